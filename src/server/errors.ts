// API errors: every failure is JSON `{ error: { code, message } }` with its HTTP status, mapped in this one place.
import { SitrepError } from '../core/errors.js';

/** codes the API adds to the pipeline's and the store's */
export type ApiErrorCode =
  | 'E_UNKNOWN_FILTER'
  | 'E_BAD_FILTER'
  | 'E_NOT_FOUND'
  | 'E_UNAUTHORIZED'
  | 'E_FORBIDDEN'
  | 'E_WRITES_DISABLED'
  | 'E_BODY_TOO_LARGE'
  | 'E_BAD_BODY'
  | 'E_UNSUPPORTED_MEDIA_TYPE'
  | 'E_METHOD_NOT_ALLOWED';

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly details?: unknown;
  constructor(code: ApiErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = API_STATUS[code];
    this.details = details;
  }
}

const API_STATUS: Record<ApiErrorCode, number> = {
  E_UNKNOWN_FILTER: 400,
  E_BAD_FILTER: 400,
  E_NOT_FOUND: 404,
  E_UNAUTHORIZED: 401,
  E_FORBIDDEN: 403,
  E_WRITES_DISABLED: 403,
  E_BODY_TOO_LARGE: 413,
  E_BAD_BODY: 400,
  E_UNSUPPORTED_MEDIA_TYPE: 415,
  E_METHOD_NOT_ALLOWED: 405,
};

/** pipeline and store codes: bad input is the client's (4xx), a broken database is ours (5xx) */
const SITREP_STATUS: Record<string, number> = {
  E_EMPTY_INPUT: 422,
  E_BINARY_INPUT: 422,
  E_INVALID_UTF8: 422,
  E_INPUT_TOO_LARGE: 413,
  E_BAD_ARTICLE: 422,
  E_BAD_HTML: 422,
  E_BAD_XML: 422,
  E_BAD_JSONL: 400,
  E_UNKNOWN_LANGUAGE: 422,
  E_UNSUPPORTED_LANGUAGE: 422,
  E_BAD_DATE: 400,
  E_BAD_OPTION: 400,
  E_DB_LOCKED: 503,
  E_DB_FULL: 507,
};

export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

export function toErrorResponse(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof ApiError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message } };
    if (err.details !== undefined) body.error.details = err.details;
    return { status: err.status, body };
  }
  if (err instanceof SitrepError) {
    return { status: SITREP_STATUS[err.code] ?? 500, body: { error: { code: err.code, message: err.message } } };
  }
  return { status: 500, body: { error: { code: 'E_INTERNAL', message: 'internal error' } } };
}
