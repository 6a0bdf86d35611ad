// One error type with stable codes. The CLI prints `code: message`; the API maps codes to HTTP status.
export type ErrorCode =
  | 'E_EMPTY_INPUT'
  | 'E_BINARY_INPUT'
  | 'E_INVALID_UTF8'
  | 'E_INPUT_TOO_LARGE'
  | 'E_BAD_JSONL'
  | 'E_BAD_ARTICLE'
  | 'E_BAD_HTML'
  | 'E_UNKNOWN_LANGUAGE'
  | 'E_UNSUPPORTED_LANGUAGE'
  | 'E_BAD_DATE'
  | 'E_BAD_OPTION'
  | 'E_FILE_NOT_FOUND'
  | 'E_GAZETTEER_MISSING'
  | 'E_GAZETTEER_CORRUPT'
  | 'E_PIPELINE'
  | 'E_BAD_GOLD'
  | 'E_DATA_MISSING'
  | 'E_DB_CORRUPT'
  | 'E_DB_LOCKED'
  | 'E_DB_FULL'
  | 'E_DB_OPEN'
  | 'E_DB_VERSION'
  | 'E_BAD_XML'
  | 'E_INTERNAL';

export class SitrepError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'SitrepError';
    this.code = code;
    this.details = details;
  }
}

export function asSitrepError(err: unknown): SitrepError {
  if (err instanceof SitrepError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new SitrepError('E_INTERNAL', message);
}

/** A non-fatal problem found while processing a document. */
export type DocIssue = { code: string; message: string; span?: { start: number; end: number }; stage?: string };
