/**
 * The repository's deploy/nginx.conf in front of two instances on one PostgreSQL: a session
 * made through nginx works whichever instance takes the next request, requests reach both
 * instances, and an upload of a few MiB passes nginx and comes back with the same bytes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openIndex, type SearchIndex } from '../../src/index/open-index.ts';
import { fixedClock } from '../../src/lib/clock.ts';
import { createBuiltinModel } from '../../src/models/index.ts';
import { createApp } from '../../src/server/app.ts';
import { openLimitStore } from '../../src/server/security/open-limit-store.ts';
import { hashPassword } from '../../src/server/workspace/password.ts';
import {
  openWorkspaceDb,
  type WorkspaceDb,
  workspaceLocation,
} from '../../src/server/workspace/workspace-db.ts';
import { startNginx, type TestNginx } from '../helpers/nginx.ts';
import { STRICT } from '../helpers/paths.ts';
import { PASSWORDS } from './workspace-helpers.ts';

const url = process.env.OFFICEMATE_TEST_PG_URL;

type Instance = {
  port: number;
  served: number;
  db: WorkspaceDb;
  index: SearchIndex;
  server: ServerType;
  dataDir: string;
  close(): Promise<void>;
};

async function startInstance(location: string): Promise<Instance> {
  const dataDir = mkdtempSync(join(tmpdir(), 'officemate-nginx-instance-'));
  const db = await openWorkspaceDb(workspaceLocation(location, dataDir));
  const index = await openIndex(location);
  const limitStore = openLimitStore(location, dataDir);
  const app = createApp({
    model: createBuiltinModel(),
    workspace: {
      db,
      index,
      dataDir,
      clock: fixedClock('2026-03-12T09:00:00Z'),
      limitStore,
      trustedProxies: ['loopback'],
    },
  });
  const instance = { served: 0 } as Instance;
  const server = serve({
    fetch: (request, env) => {
      instance.served++;
      return app.fetch(request, env);
    },
    port: 0,
    hostname: '127.0.0.1',
  });
  await new Promise((resolve) => server.once('listening', resolve));
  return Object.assign(instance, {
    port: (server.address() as AddressInfo).port,
    db,
    index,
    server,
    dataDir,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      limitStore.close();
      await index.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

describe.skipIf(!url && !STRICT)('deploy/nginx.conf in front of two instances', () => {
  let a: Instance;
  let b: Instance;
  let nginx: TestNginx;
  beforeAll(async () => {
    expect(url, 'OFFICEMATE_TEST_PG_URL is set by test/helpers/global-setup.ts').toBeTruthy();
    const location = `${url}${url!.includes('?') ? '&' : '?'}schema=nginx_${process.pid}`;
    a = await startInstance(location);
    b = await startInstance(location);
    await a.db.addUser('bob', await hashPassword(PASSWORDS.bob!), false);
    nginx = await startNginx([a.port, b.port]);
  }, 60_000);
  afterAll(async () => {
    await nginx?.stop();
    await a?.close();
    await b?.close();
  });

  it('keeps a session across both instances, and passes a large upload intact', async () => {
    const login = await fetch(`${nginx.base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'bob', password: PASSWORDS.bob }),
    });
    expect(login.status).toBe(200);
    const headers = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
    const before = [a.served, b.served];
    const answers = await Promise.all(
      Array.from({ length: 24 }, () =>
        fetch(`${nginx.base}/api/me`, { headers }).then((response) => response.status),
      ),
    );
    expect(answers).toEqual(Array(24).fill(200));
    expect(a.served - before[0]!).toBeGreaterThan(0);
    expect(b.served - before[1]!).toBeGreaterThan(0);

    const text = `${'The quarterly ledger balances. '.repeat(120_000)}\n`;
    const form = new FormData();
    form.append('file', new Blob([text]), 'ledger.txt');
    const uploaded = await fetch(`${nginx.base}/api/files`, { method: 'POST', headers, body: form });
    expect(uploaded.status).toBe(201);
    const id = ((await uploaded.json()) as { files: { id: string }[] }).files[0]!.id;
    const download = await fetch(`${nginx.base}/api/files/${id}/download`, { headers });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).toString('utf8')).toBe(text);
  }, 60_000);
});
