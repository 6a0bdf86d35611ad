// The OpenAPI 3.1 description served at /openapi.json, written next to the routes it describes (app.ts).
import { DEFAULT_PAGE, MAX_PAGE } from './filters.js';

const str = (description: string, extra: Record<string, unknown> = {}) => ({ type: 'string', description, ...extra });

const filterParams = [
  { name: 'from', in: 'query', schema: str('first day, inclusive (YYYY-MM-DD)', { format: 'date' }) },
  { name: 'to', in: 'query', schema: str('last day, inclusive (YYYY-MM-DD)', { format: 'date' }) },
  { name: 'bbox', in: 'query', schema: str('minLon,minLat,maxLon,maxLat in degrees', { example: '44,38,48,41' }) },
  { name: 'country', in: 'query', schema: str('ISO 3166-1 alpha-3 code of the place', { pattern: '^[A-Za-z]{3}$' }) },
  { name: 'type', in: 'query', schema: str('event type (PLOVER or incident type), e.g. ASSAULT') },
  { name: 'actor', in: 'query', schema: str("part of an actor's or recipient's words, case-insensitive", { maxLength: 100 }) },
  { name: 'claimant', in: 'query', schema: str("part of the claimant's words, or 'outlet'", { maxLength: 100 }) },
  { name: 'text', in: 'query', schema: str('full-text query over the article texts (words, "phrases", prefix*)', { maxLength: 200 }) },
];
const pageParams = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: DEFAULT_PAGE } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
];

const error = { $ref: '#/components/responses/Error' };
const json = (description: string, schema: Record<string, unknown> = { type: 'object' }) => ({ description, content: { 'application/json': { schema } } });

export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version,
      description:
        'Event records extracted from French and English news reports and the incidents merged from them. Reads are open on loopback; ' +
        'writes need the token given at start (`sitrep serve --token` or SITREP_TOKEN) as `Authorization: Bearer TOKEN`. ' +
        'Errors are `{"error": {"code", "message"}}` with the HTTP status. Unknown query parameters are refused.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { token: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
        },
        Page: {
          type: 'object',
          required: ['items', 'total', 'limit', 'offset'],
          properties: { items: { type: 'array', items: { type: 'object' } }, total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' } },
        },
        ArticleInput: {
          type: 'object',
          required: ['text'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', maxLength: 200 },
            text: { type: 'string', minLength: 1 },
            title: { type: 'string' },
            published: { type: 'string', format: 'date' },
            lang: { type: 'string', enum: ['fr', 'en'] },
            url: { type: 'string' },
            outlet: { type: 'string' },
          },
        },
      },
      responses: { Error: json('error', { $ref: '#/components/schemas/Error' }) },
    },
    paths: {
      '/api/stats': { get: { summary: 'counts of articles, events and incidents', responses: { 200: json('counts') } } },
      '/api/facets': { get: { summary: 'types and countries with their incident counts', responses: { 200: json('facets') } } },
      '/api/incidents': {
        get: {
          summary: 'incidents matching the filters, latest first',
          parameters: [...filterParams, ...pageParams],
          responses: { 200: json('a page of incidents', { $ref: '#/components/schemas/Page' }), 400: error },
        },
      },
      '/api/incidents/{id}': {
        get: {
          summary: 'one incident: its summary, claimants, fatality range, event records and source articles',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: { 200: json('the incident'), 400: error, 404: error },
        },
      },
      '/api/events': {
        get: {
          summary: 'event records matching the filters',
          parameters: [...filterParams, ...pageParams],
          responses: { 200: json('a page of events', { $ref: '#/components/schemas/Page' }), 400: error },
        },
      },
      '/api/map': {
        get: {
          summary: 'incidents aggregated into grid cells for the map (one cell per incident when alone)',
          parameters: [...filterParams, { name: 'zoom', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 16, default: 0 } }],
          responses: { 200: json('cells'), 400: error },
        },
      },
      '/api/timeline': {
        get: { summary: 'incident counts per day and type', parameters: filterParams, responses: { 200: json('days'), 400: error } },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'one article: its text, its event records and its annotations (spans by role, UTF-16 offsets)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: json('the article'), 404: error },
        },
      },
      '/api/articles': {
        post: {
          summary: 'extract the events of one article and store them (merged into incidents)',
          security: [{ token: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ArticleInput' } } } },
          responses: { 201: json('stored'), 200: json('already stored'), 400: error, 401: error, 403: error, 413: error, 415: error, 422: error },
        },
      },
    },
  };
}
