// One colour per event type, the same on the map, the timeline and the tables.
const FIXED: Record<string, string> = {
  ASSAULT: '#c0392b',
  COERCE: '#e67e22',
  PROTEST: '#8e44ad',
  THREATEN: '#d35400',
  MOBILIZE: '#a04000',
  ACCUSE: '#b7950b',
  REJECT: '#7d6608',
  SANCTION: '#6e2c00',
  REQUEST: '#2874a6',
  CONSULT: '#1abc9c',
  AGREE: '#27ae60',
  COOPERATE: '#229954',
  SUPPORT: '#52be80',
  AID: '#16a085',
  CONCEDE: '#45b39d',
  RETREAT: '#5dade2',
  ACCIDENT: '#34495e',
  DISASTER: '#2e86c1',
  FIRE: '#ff5733',
  EPIDEMIC: '#7f8c8d',
  CRIME: '#6c3483',
};
const SPARE = ['#e377c2', '#bcbd22', '#17becf', '#9467bd', '#8c564b'];

export function typeColor(type: string): string {
  const c = FIXED[type];
  if (c) return c;
  let h = 0;
  for (const ch of type) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return SPARE[h % SPARE.length]!;
}
