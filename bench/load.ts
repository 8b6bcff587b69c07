/**
 * Load across instances: 50 clients for 60 s (LOAD_CLIENTS, LOAD_SECONDS) asking, searching
 * and uploading, against two `officemate serve` instances (real child processes, builtin
 * engine) on one PostgreSQL behind a real nginx running deploy/nginx.conf; and, in the same
 * run, the same clients against one instance alone (no nginx; run first unless
 * LOAD_PAIR_FIRST is set). Each client signs in once, then loops: of every ten requests, six
 * are searches, three are questions and one is an upload of a small mail message, all made
 * from a mailbox built from the corpus's mail files
 * (`../shared/corpus/email`). An error is any answer that is not 2xx, or no answer; 0 are
 * expected. After each run, the bench waits for every upload to be indexed and reports how
 * many ended "ready".
 *
 * Servers, nginx, PostgreSQL and the clients share this machine's cores, so the two-instance
 * figure measures what the balancer and a second process cost or gain on the same hardware,
 * not a second machine. PostgreSQL: OFFICEMATE_TEST_PG_URL, else a throwaway one started here.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../src/server/workspace/password.ts';
import { openWorkspaceDb, workspaceLocation } from '../src/server/workspace/workspace-db.ts';
import { freePort, startNginx } from '../test/helpers/nginx.ts';
import { CORPUS, REPO_ROOT } from '../test/helpers/paths.ts';
import { startPostgres } from '../test/helpers/postgres.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50);
const USERS = ['ann', 'ben', 'cleo', 'dev', 'eli'];
const PASSWORD = 'load-test-password';

/** Messages of the corpus's mailboxes, in file order, up to `limit`. */
function corpusMessages(limit: number): string[] {
  const folder = join(CORPUS, 'email');
  const messages: string[] = [];
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mbox'))
    .sort()) {
    for (const message of readFileSync(join(folder, name), 'utf8').split(/\n(?=From )/)) {
      const body = message.replace(/^From .*\n/, '');
      if (body.length > 200 && body.length < 20_000) messages.push(body);
      if (messages.length >= limit) return messages;
    }
  }
  return messages;
}

const messages = corpusMessages(400);
const seed = messages.slice(0, 300);
const uploads = messages.slice(300);
const subjects = seed
  .map((message) => /^Subject:\s*(?:(?:re|fw|fwd):\s*)*(.+)$/im.exec(message)?.[1]?.trim() ?? '')
  .filter((subject) => subject.length >= 8);
const mailbox = seed
  .map((message) => `From load@example.com Mon Jan  1 00:00:00 2001\n${message.trim()}\n`)
  .join('\n');

type Server = { child: ChildProcess; port: number; dataDir: string };

async function startServe(location: string, home: string): Promise<Server> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'officemate-load-data-'));
  const child = spawn(
    process.execPath,
    [
      join(REPO_ROOT, 'bin', 'officemate.js'),
      'serve',
      '--port',
      String(port),
      '--engine',
      'builtin',
      '--db',
      location,
      '--data',
      dataDir,
      '--trusted-proxy',
      'loopback',
    ],
    { env: { ...process.env, OFFICEMATE_HOME: home }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 120_000);
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
      if (stderr.includes(`:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
  return { child, port, dataDir };
}

async function stopServe(server: Server): Promise<void> {
  if (server.child.exitCode === null) {
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
  }
  rmSync(server.dataDir, { recursive: true, force: true });
}

type Op = 'search' | 'ask' | 'upload';
type Run = { latencies: Record<Op, number[]>; errors: number; requests: number; uploaded: string[] };

const OPS: readonly Op[] = [
  'search',
  'ask',
  'search',
  'search',
  'ask',
  'search',
  'upload',
  'search',
  'ask',
  'search',
];

async function signIn(base: string, user: string): Promise<Record<string, string>> {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in as ${user} failed: HTTP ${response.status}`);
  return { authorization: `Bearer ${((await response.json()) as { token: string }).token}` };
}

async function waitReady(
  base: string,
  auth: Record<string, string>,
  ids: readonly string[],
  limitMs: number,
) {
  const deadline = Date.now() + limitMs;
  const status = new Map<string, string>();
  for (;;) {
    for (const id of ids) {
      if (status.get(id) === 'ready' || status.get(id) === 'error') continue;
      const response = await fetch(`${base}/api/files/${id}`, { headers: auth });
      if (response.ok) status.set(id, ((await response.json()) as { status: string }).status);
    }
    const pending = ids.filter((id) => status.get(id) !== 'ready' && status.get(id) !== 'error');
    if (pending.length === 0 || Date.now() > deadline)
      return {
        ready: ids.filter((id) => status.get(id) === 'ready').length,
        failed: ids.filter((id) => status.get(id) === 'error').length,
        pending: pending.length,
      };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Sign-in, the seed mailbox (indexed before the clock starts), then the clients. */
async function drive(
  base: string,
  label: string,
): Promise<Run & { label: string; indexed: Awaited<ReturnType<typeof waitReady>> }> {
  const sessions = await Promise.all(USERS.map((user) => signIn(base, user)));
  const form = new FormData();
  form.append('file', new Blob([mailbox]), 'seed.mbox');
  const seeded = await fetch(`${base}/api/files`, { method: 'POST', headers: sessions[0]!, body: form });
  const seedId = ((await seeded.json()) as { files: { id: string }[] }).files[0]!.id;
  await fetch(`${base}/api/files/${seedId}/share`, {
    method: 'POST',
    headers: { ...sessions[0]!, 'content-type': 'application/json' },
    body: JSON.stringify({ users: USERS.slice(1) }),
  });
  const seedState = await waitReady(base, sessions[0]!, [seedId], 300_000);
  if (seedState.ready !== 1) throw new Error(`${label}: the seed mailbox did not become ready`);

  const run: Run = { latencies: { search: [], ask: [], upload: [] }, errors: 0, requests: 0, uploaded: [] };
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      const auth = sessions[client % sessions.length]!;
      for (let i = client; performance.now() < deadline; i++) {
        const op = OPS[i % OPS.length]!;
        const subject = subjects[(i * 7 + client) % subjects.length]!;
        const started = performance.now();
        try {
          let response: Response;
          if (op === 'search') {
            response = await fetch(`${base}/api/search?q=${encodeURIComponent(subject)}`, { headers: auth });
          } else if (op === 'ask') {
            response = await fetch(`${base}/api/ask`, {
              method: 'POST',
              headers: { ...auth, 'content-type': 'application/json' },
              body: JSON.stringify({ question: `What was said about ${subject}?` }),
            });
          } else {
            const upload = new FormData();
            upload.append('file', new Blob([uploads[i % uploads.length]!]), `client-${client}-${i}.eml`);
            response = await fetch(`${base}/api/files`, { method: 'POST', headers: auth, body: upload });
          }
          const body = await response.text();
          if (!response.ok) run.errors++;
          else if (op === 'upload')
            run.uploaded.push((JSON.parse(body) as { files: { id: string }[] }).files[0]!.id);
        } catch {
          run.errors++;
        }
        run.latencies[op].push(performance.now() - started);
        run.requests++;
      }
    }),
  );
  // Each user waits for the uploads they made (only the owner may read an upload).
  const indexed = { ready: 0, failed: 0, pending: 0 };
  for (const auth of sessions) {
    const state = await waitReady(base, auth, await ownUploads(base, auth, run.uploaded), 300_000);
    indexed.ready += state.ready;
    indexed.failed += state.failed;
    indexed.pending += state.pending;
  }
  return { ...run, label, indexed };
}

/** The uploads among `ids` that this session's user owns. */
async function ownUploads(
  base: string,
  auth: Record<string, string>,
  ids: readonly string[],
): Promise<string[]> {
  const listed = (await (await fetch(`${base}/api/files`, { headers: auth })).json()) as {
    files: { id: string; name: string }[];
  };
  const wanted = new Set(ids);
  return listed.files
    .filter((file) => wanted.has(file.id) && file.name.startsWith('client-'))
    .map((file) => file.id);
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function setUpDatabase(location: string): Promise<void> {
  const records = await openWorkspaceDb(workspaceLocation(location, tmpdir()));
  try {
    const hash = await hashPassword(PASSWORD);
    for (const user of USERS) await records.addUser(user, hash, false);
  } finally {
    await records.close();
  }
}

const postgres = process.env.OFFICEMATE_TEST_PG_URL ? undefined : startPostgres();
const url = process.env.OFFICEMATE_TEST_PG_URL ?? postgres!.url;
const home = mkdtempSync(join(tmpdir(), 'officemate-load-home-'));
const schema = (name: string) => `${url}${url.includes('?') ? '&' : '?'}schema=${name}_${process.pid}`;
const results: Awaited<ReturnType<typeof drive>>[] = [];
/** One instance alone, direct. */
async function runAlone(): Promise<void> {
  const alone = schema('load_one');
  await setUpDatabase(alone);
  const single = await startServe(alone, home);
  try {
    results.push(await drive(`http://127.0.0.1:${single.port}`, 'one instance, direct'));
  } finally {
    await stopServe(single);
  }
}

/** Two instances on one database behind nginx. */
async function runPair(): Promise<void> {
  const shared = schema('load_two');
  await setUpDatabase(shared);
  const pair = await Promise.all([startServe(shared, home), startServe(shared, home)]);
  const nginx = await startNginx(pair.map((server) => server.port));
  try {
    results.push(await drive(nginx.base, 'two instances behind nginx'));
  } finally {
    await nginx.stop();
    await Promise.all(pair.map(stopServe));
  }
}

// LOAD_PAIR_FIRST=1 runs the pair first, to see whether the order (a machine getting busier) matters.
try {
  for (const run of process.env.LOAD_PAIR_FIRST ? [runPair, runAlone] : [runAlone, runPair]) await run();
} finally {
  postgres?.stop();
  rmSync(home, { recursive: true, force: true });
}

console.log(
  `${CLIENTS} clients, ${SECONDS} s each; six searches, three questions and one upload in ten; builtin engine; PostgreSQL.\n`,
);
console.log(
  '| set-up | requests | requests/s | errors | p50 | p99 | search p50 | ask p50 | upload p50 | uploads ready |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const run of results) {
  const all = [...run.latencies.search, ...run.latencies.ask, ...run.latencies.upload];
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  console.log(
    `| ${run.label} | ${run.requests} | ${(run.requests / SECONDS).toFixed(1)} | ${run.errors} | ${ms(percentile(all, 50))} | ${ms(percentile(all, 99))} | ${ms(percentile(run.latencies.search, 50))} | ${ms(percentile(run.latencies.ask, 50))} | ${ms(percentile(run.latencies.upload, 50))} | ${run.indexed.ready}/${run.uploaded.length}${run.indexed.failed ? ` (${run.indexed.failed} error)` : ''} |`,
  );
}
const one = results.find((run) => run.label.startsWith('one'));
const two = results.find((run) => run.label.startsWith('two'));
if (one && two)
  console.log(
    `\nthroughput two behind nginx / one alone = ${(two.requests / Math.max(1, one.requests)).toFixed(2)}x`,
  );
if (results.some((run) => run.errors > 0 || run.indexed.failed > 0 || run.indexed.pending > 0))
  process.exitCode = 1;
