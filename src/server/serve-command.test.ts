// `sitrep serve` end to end: a database file, a token, a real port; stopped as Ctrl-C would.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runServe } from '../cli/serve-command.js';

it('serves a database on loopback, takes writes with the token, and stops cleanly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
  let out = '';
  let err = '';
  let stop!: () => void;
  const stopped = new Promise<void>((r) => (stop = r));
  const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (err += s), readStdin: async () => Buffer.alloc(0) };
  const running = runServe({ db: join(dir, 'x.db'), port: 0, token: 'secret-token-1' }, io, stopped);
  try {
    for (let i = 0; i < 200 && !/Open the page: (\S+)/.test(out); i++) await new Promise((r) => setTimeout(r, 25));
    const url = /Open the page: (\S+)/.exec(out)?.[1];
    assert.ok(url, out + err);
    assert.match(url!, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.match(out, /writes \(POST \/api\/articles\): enabled/);
    const stats = (await (await fetch(`${url}api/stats`)).json()) as { articles: number };
    assert.equal(stats.articles, 0);
    const res = await fetch(`${url}api/articles`, {
      method: 'POST',
      headers: { authorization: 'Bearer secret-token-1', 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Police arrested three men in Kano on Wednesday, a police spokesman said.', published: '2024-03-14', lang: 'en' }),
    });
    assert.equal(res.status, 201);
    const after = (await (await fetch(`${url}api/incidents`)).json()) as { total: number };
    assert.ok(after.total >= 1);
  } finally {
    stop();
    assert.equal(await running, 0);
    rmSync(dir, { recursive: true, force: true });
  }
  assert.match(err, /stopped/);
});

it('refuses a bad port or a short token before opening anything', async () => {
  let err = '';
  const io = { stdout: () => {}, stderr: (s: string) => void (err += s), readStdin: async () => Buffer.alloc(0) };
  assert.equal(await runServe({ port: 70000 }, io), 2);
  assert.match(err, /E_BAD_OPTION: --port/);
  assert.equal(await runServe({ port: 0, token: 'short' }, io), 2);
  assert.match(err, /token must have at least 8/);
});
