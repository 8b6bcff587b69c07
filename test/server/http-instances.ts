/**
 * Several `serve` instances in this process over real HTTP, each with its own data folder, on
 * one index and records location (a PostgreSQL URL): what the multi-instance tests start, call
 * and stop.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { expect } from 'vitest';
import { openIndex, type SearchIndex } from '../../src/index/open-index.ts';
import { fixedClock } from '../../src/lib/clock.ts';
import { createBuiltinModel } from '../../src/models/index.ts';
import { createApp } from '../../src/server/app.ts';
import { openLimitStore } from '../../src/server/security/open-limit-store.ts';
import { type IndexWorker, startIndexWorker } from '../../src/server/workspace/index-jobs.ts';
import {
  openWorkspaceDb,
  type WorkspaceDb,
  workspaceLocation,
} from '../../src/server/workspace/workspace-db.ts';
import { builtinModelConfig, PASSWORDS } from './workspace-helpers.ts';

export type Instance = {
  base: string;
  db: WorkspaceDb;
  index: SearchIndex;
  dataDir: string;
  server: ServerType;
  jobs: IndexWorker;
};

/** Starts an instance on `location`; `objects` keeps file bytes in that bucket. */
export async function startInstance(location: string, options: { objects?: string } = {}): Promise<Instance> {
  const dataDir = mkdtempSync(join(tmpdir(), 'officemate-instance-'));
  const db = await openWorkspaceDb(workspaceLocation(location, dataDir), { objects: options.objects });
  const index = await openIndex(location);
  const clock = fixedClock('2026-03-12T09:00:00Z');
  const jobs = startIndexWorker(
    { db, index, clock, dataDir },
    { pollMs: 100, skills: { model: builtinModelConfig(dataDir) } },
  );
  const app = createApp({
    model: createBuiltinModel(),
    workspace: { db, index, dataDir, clock, jobs, limitStore: openLimitStore(location, dataDir) },
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, db, index, dataDir, server, jobs };
}

export async function stopInstance(instance: Instance | undefined): Promise<void> {
  if (!instance) return;
  await new Promise((resolve) => instance.server.close(resolve));
  await instance.jobs.stop();
  await instance.index.close();
  await instance.db.close();
  rmSync(instance.dataDir, { recursive: true, force: true });
}

/** A request to `on` with the user's bearer token. */
export function call(on: Instance, token: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${on.base}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
  });
}

/** Signs `user` in on `on` with the test password; its token. */
export async function login(on: Instance, user: string): Promise<string> {
  const response = await fetch(`${on.base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user, password: PASSWORDS[user] }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}
