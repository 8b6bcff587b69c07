/**
 * Load: 50 concurrent clients ask questions of `officemate serve`'s API for 60 s on the
 * builtin engine (override with LOAD_SECONDS / LOAD_CLIENTS), over real HTTP on 127.0.0.1.
 * The peer in the same run is the same clients calling /api/search, the retrieval step
 * alone. Clients run in the same process as the server, on the same 2 cores.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { openIndex } from '../src/index/open-index.ts';
import { fixedClock } from '../src/lib/clock.ts';
import { createBuiltinModel } from '../src/models/index.ts';
import { createApp } from '../src/server/app.ts';
import { hashPassword } from '../src/server/workspace/password.ts';
import { openWorkspaceDb } from '../src/server/workspace/workspace-db.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50);
const QUESTIONS = [
  'What did finance decide about the travel budget?',
  'When is the vendor review?',
  'What happened with the Acme Retail incident?',
  'Who is running the vendor review of Stratus and Nimbus?',
  'What was Q3 revenue?',
  'What are the risks in the Q3 review?',
  'When is the planning offsite?',
  'What did Priya ask Lars to send?',
];

const dataDir = mkdtempSync(join(tmpdir(), 'officemate-load-'));
const db = await openWorkspaceDb(join(dataDir, 'workspace.db'));
await db.addUser('loadtest', await hashPassword('load-test-password'), false);
const index = await openIndex(join(dataDir, 'index.db'));
const app = createApp({
  model: createBuiltinModel(),
  workspace: { db, index, dataDir, clock: fixedClock('2026-03-12T09:00:00Z') },
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const login = await fetch(`${base}/api/session`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ user: 'loadtest', password: 'load-test-password' }),
});
const { token } = (await login.json()) as { token: string };
const auth = { authorization: `Bearer ${token}` };
const workspace = join(import.meta.dirname, '..', 'examples', 'workspace');
const form = new FormData();
for (const name of readdirSync(workspace).filter((file) => !file.startsWith('.') && file !== 'README.md'))
  form.append('file', new Blob([readFileSync(join(workspace, name))]), name);
const uploaded = (await (
  await fetch(`${base}/api/files`, { method: 'POST', headers: auth, body: form })
).json()) as { files: { id: string }[] };
for (;;) {
  const files = (await (await fetch(`${base}/api/files`, { headers: auth })).json()) as {
    files: { status: string }[];
  };
  if (files.files.length >= uploaded.files.length && files.files.every((file) => file.status !== 'indexing'))
    break;
  await new Promise((resolve) => setTimeout(resolve, 200));
}

type Run = { latencies: number[]; errors: number; requests: number };

async function drive(request: (i: number) => Promise<Response>): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  let requests = 0;
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      let i = client;
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          const response = await request(i++);
          await response.arrayBuffer();
          if (!response.ok) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - started);
        requests++;
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), errors, requests };
}

const percentile = (values: number[], p: number) =>
  values[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;
const ask = await drive((i) =>
  fetch(`${base}/api/ask`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ question: QUESTIONS[i % QUESTIONS.length] }),
  }),
);
const searchRun = await drive((i) =>
  fetch(`${base}/api/search?q=${encodeURIComponent(QUESTIONS[i % QUESTIONS.length]!)}`, { headers: auth }),
);

const row = (name: string, run: Run) =>
  `| ${name} | ${CLIENTS} | ${SECONDS} s | ${run.requests} | ${(run.requests / SECONDS).toFixed(1)} | ${run.errors} | ${percentile(run.latencies, 50).toFixed(0)} ms | ${percentile(run.latencies, 99).toFixed(0)} ms |`;
console.log('| endpoint | clients | duration | requests | requests/s | errors | p50 | p99 |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(row('POST /api/ask (builtin)', ask));
console.log(row('GET /api/search (peer)', searchRun));
console.log(
  `\nask p50 / search p50 = ${(percentile(ask.latencies, 50) / Math.max(1, percentile(searchRun.latencies, 50))).toFixed(2)}x`,
);

await new Promise((resolve) => server.close(resolve));
await index.close();
await db.close();
rmSync(dataDir, { recursive: true, force: true });
