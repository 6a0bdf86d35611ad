// Language resources read by the actors stage. (placeholder: filled by the actors stage's owner)
export type ActorResources = Record<string, unknown>;
