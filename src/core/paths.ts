// Where the package's own files are, whether running from src (tests) or dist (built).
import { fileURLToPath } from 'node:url';
import { dirname, join, basename } from 'node:path';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  // src/core or dist/src/core -> package root
  while (basename(dir) !== 'src') dir = dirname(dir);
  dir = dirname(dir);
  return basename(dir) === 'dist' ? dirname(dir) : dir;
}

export const packageRoot = findRoot();

/** a path inside the committed or built data folder */
export function dataPath(...parts: string[]): string {
  return join(packageRoot, 'data', ...parts);
}

/** `../shared` beside the checkout, where outside evaluation data lives by default */
export function sharedPath(...parts: string[]): string {
  return join(packageRoot, '..', 'shared', ...parts);
}
