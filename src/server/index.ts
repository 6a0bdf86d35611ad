// The HTTP API and web page of `sitrep serve`.
export { createApp, incidentRow, DEFAULT_BODY_LIMIT, type AppOptions } from './app.js';
export { SqliteViews, cellDegrees, type StoreViews, type MapCell, type TimelineDay, type ArticleRow } from './views.js';
export { ApiError, toErrorResponse, type ApiErrorCode } from './errors.js';
export { annotate, ROLES, type Annotation, type Role } from './annotations.js';
export { openApiDocument } from './openapi.js';
export { startServer, webRoot, type RunningServer } from './listen.js';
export { loadArticles } from './load.js';
