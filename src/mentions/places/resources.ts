// Language resources read by the places stage. (placeholder: filled by the places stage's owner)
export type PlaceResources = Record<string, unknown>;
