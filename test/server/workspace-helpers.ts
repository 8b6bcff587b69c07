/** An in-process workspace server for tests: two users, a data folder, a fresh index. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { openIndex, type SearchIndex } from '../../src/index/open-index.ts';
import { fixedClock } from '../../src/lib/clock.ts';
import { createBuiltinModel } from '../../src/models/index.ts';
import type { LanguageModel } from '../../src/models/language-model.ts';
import type { UsageMeter } from '../../src/models/metering/usage-meter.ts';
import { type ModelConfig, resolveModelConfig } from '../../src/models/model-config.ts';
import { createApp } from '../../src/server/app.ts';
import type { ServerLog } from '../../src/server/server-log.ts';
import { type IndexWorker, startIndexWorker } from '../../src/server/workspace/index-jobs.ts';
import { hashPassword } from '../../src/server/workspace/password.ts';
import {
  openWorkspaceDb,
  type QueueSettings,
  type WorkspaceDb,
  workspaceLocation,
} from '../../src/server/workspace/workspace-db.ts';

export type TestServer = {
  app: Hono;
  db: WorkspaceDb;
  index: SearchIndex;
  dataDir: string;
  jobs: IndexWorker;
  close(): Promise<void>;
};

export const PASSWORDS: Record<string, string> = {
  alice: 'alice-password-1',
  bob: 'bob-password-22',
  carol: 'carol-password-333',
};

export type TestServerOptions = {
  /** The process's model (default builtin). */
  readonly model?: LanguageModel;
  readonly meter?: UsageMeter;
  /** Where the index lives (default a SQLite file in the data folder; a postgres:// URL for the team store). */
  readonly indexLocation?: string;
  /** How the records' queue claims and retries jobs (default the queue's defaults). */
  readonly queue?: Partial<QueueSettings>;
  /** Where the app describes its failures (default stderr). */
  readonly log?: ServerLog;
  /** Wraps the records the routes see (the index worker keeps the plain ones), e.g. to make a call fail. */
  readonly routeDb?: (db: WorkspaceDb) => WorkspaceDb;
};

/** The serve configuration of the builtin engine, as a skill thread builds its model from it. */
export function builtinModelConfig(home: string): ModelConfig {
  return resolveModelConfig({ engine: 'builtin', home, cwd: home, env: {} });
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'officemate-server-'));
  const db = await openWorkspaceDb(workspaceLocation(options.indexLocation, dataDir), {
    queue: options.queue,
  });
  for (const [name, password] of Object.entries(PASSWORDS))
    await db.addUser(name, await hashPassword(password), name === 'alice');
  const index = await openIndex(options.indexLocation ?? join(dataDir, 'index.db'));
  const clock = fixedClock('2026-03-12T09:00:00Z');
  // Queued skill runs build the builtin engine in the skill thread (the app's model stays here).
  const jobs = startIndexWorker(
    { db, index, clock, dataDir },
    { pollMs: 100, skills: { model: builtinModelConfig(dataDir) } },
  );
  const app = createApp({
    model: options.model ?? createBuiltinModel(),
    ...(options.meter ? { meter: options.meter } : {}),
    ...(options.log ? { log: options.log } : {}),
    workspace: { db: options.routeDb?.(db) ?? db, index, dataDir, clock, jobs },
  });
  return {
    app,
    db,
    index,
    dataDir,
    jobs,
    async close() {
      await jobs.stop();
      await index.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function login(
  app: Hono,
  user: string,
): Promise<{ token: string; csrf: string; cookie: string }> {
  const response = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user, password: PASSWORDS[user] }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
  const body = (await response.json()) as { token: string; csrf: string };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { token: body.token, csrf: body.csrf, cookie };
}

export async function upload(
  app: Hono,
  token: string,
  name: string,
  content: string | Uint8Array,
): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([typeof content === 'string' ? content : Buffer.from(content)]), name);
  const response = await app.request('/api/files', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { files: { id: string }[] };
  const id = body.files[0]!.id;
  // Indexing runs in the background (the first job also starts the job thread): wait until the file is searchable.
  for (let i = 0; i < 600; i++) {
    const status = (await (
      await app.request(`/api/files/${id}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { status: string; error?: string };
    if (status.status === 'ready') return id;
    if (status.status === 'error') throw new Error(`indexing failed: ${status.error}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('indexing did not finish');
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
}

/** A GET as the holder of `token`: the status and the parsed JSON body. */
export async function getJson<T>(
  app: Hono,
  token: string,
  path: string,
): Promise<{ status: number; body: T }> {
  const response = await app.request(path, { headers: bearer(token) });
  return { status: response.status, body: (await response.json()) as T };
}
