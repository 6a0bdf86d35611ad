// Language resources read by the event stages. (placeholder until the events stage lands)
export type EventResources = Record<string, unknown>;
