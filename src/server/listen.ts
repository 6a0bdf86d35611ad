// Binding the app to a port: loopback by default, the address reported once the socket listens.
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { packageRoot } from '../core/paths.js';

export type RunningServer = { url: string; port: number; close(): Promise<void> };

/** the built page: `vite build` writes it to dist/web */
export function webRoot(): string {
  return join(packageRoot, 'dist', 'web');
}

export function startServer(app: Hono, options: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, (info: AddressInfo) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            const s = server as unknown as { close(cb: () => void): void; closeAllConnections?: () => void };
            s.close(() => done());
            s.closeAllConnections?.();
          }),
      });
    });
    server.once('error', reject);
  });
}
