// Language resources read by the dates stage. (placeholder: filled by the dates stage's owner)
export type DateResources = Record<string, unknown>;
