// Language resources read by the numbers stage. (placeholder: filled by the numbers stage's owner)
export type NumberResources = Record<string, unknown>;
