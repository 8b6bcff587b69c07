/**
 * Two `serve` instances on one PostgreSQL, each with its own data folder, over HTTP on two
 * ports: accounts, sessions, files, bytes, shares, deck thumbnails and deletions made on one are
 * seen on the other;
 * and a real `officemate serve` killed with kill -9 mid-indexing finishes the file after a restart.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckThumbnails } from '../../src/protocol/api.ts';
import { pruneLocalCopies } from '../../src/server/workspace/file-store.ts';
import { hashPassword } from '../../src/server/workspace/password.ts';
import {
  openWorkspaceDb,
  type WorkspaceDb,
  workspaceLocation,
} from '../../src/server/workspace/workspace-db.ts';
import { CORPUS, EXAMPLES, REPO_ROOT, STRICT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';
import { call, type Instance, login, startInstance, stopInstance } from './http-instances.ts';
import { PASSWORDS } from './workspace-helpers.ts';

const url = process.env.OFFICEMATE_TEST_PG_URL;

const WORD = 'plovdivane';
const NOTE = `# The ${WORD} tender\n\nThe ${WORD} tender closes on Friday; Bob sends the final price to the board.\n`;

describe.skipIf(!url && !STRICT)('two instances on one PostgreSQL', () => {
  let a: Instance;
  let b: Instance;
  let location: string;
  beforeAll(async () => {
    expect(url, 'OFFICEMATE_TEST_PG_URL is set by test/helpers/global-setup.ts').toBeTruthy();
    location = `${url}${url!.includes('?') ? '&' : '?'}schema=two_${process.pid}`;
    a = await startInstance(location);
    b = await startInstance(location);
    // Accounts are added once, through A's records.
    for (const [name, password] of Object.entries(PASSWORDS))
      await a.db.addUser(name, await hashPassword(password), name === 'alice');
  }, 60_000);
  afterAll(async () => {
    await stopInstance(a);
    await stopInstance(b);
  });

  const json = (on: Instance, token: string, path: string, init: RequestInit = {}) =>
    call(on, token, path, { ...init, headers: { 'content-type': 'application/json' } });
  const upload = async (on: Instance, token: string, name: string, content: string | Uint8Array) => {
    const form = new FormData();
    form.append('file', new Blob([typeof content === 'string' ? content : Buffer.from(content)]), name);
    const response = await call(on, token, '/api/files', { method: 'POST', body: form });
    expect(response.status).toBe(201);
    return ((await response.json()) as { files: { id: string }[] }).files[0]!.id;
  };
  /** Waits, watching from `watch`, until the file is ready. */
  const ready = async (watch: Instance, token: string, id: string) => {
    for (let i = 0; i < 400; i++) {
      const file = (await (await call(watch, token, `/api/files/${id}`)).json()) as {
        status: string;
        error?: string;
      };
      if (file.status === 'ready') return;
      if (file.status === 'error') throw new Error(`indexing failed: ${file.error}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${id} did not become ready`);
  };
  const searchIds = async (on: Instance, token: string, query: string) =>
    (
      (await (await call(on, token, `/api/search?q=${encodeURIComponent(query)}`)).json()) as {
        results: { fileId: string }[];
      }
    ).results.map((hit) => hit.fileId);

  it('limits 12 wrong logins spread over both instances with rotating X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await fetch(`${(i % 2 ? a : b).base}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i + 1}` },
        body: JSON.stringify({ user: 'mallory', password: `guess-${i}` }),
      });
      statuses.push(response.status);
    }
    // The counters are shared through the database: the sixth attempt overall is refused,
    // whichever instance it reaches, and so is every one after it.
    expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual(Array(7).fill(429));
  });

  it('takes a token issued by A on B, and an account added through A logs in on B', async () => {
    const token = await login(a, 'bob');
    const me = await call(b, token, '/api/me');
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: string }).user).toBe('bob');
    expect((await login(b, 'carol')).length).toBeGreaterThan(20);
    expect((await call(b, 'made-up-token', '/api/me')).status).toBe(401);
    // Logging out on B ends the session on A.
    expect((await call(b, token, '/api/session', { method: 'DELETE' })).status).toBe(200);
    expect((await call(a, token, '/api/me')).status).toBe(401);
  });

  it('serves on B what was uploaded on A: list, search, ask, preview and the same bytes; shares and deletes both ways', async () => {
    const bobOnA = await login(a, 'bob');
    const bobOnB = await login(b, 'bob');
    const carolOnB = await login(b, 'carol');
    const id = await upload(a, bobOnA, `${WORD} tender.md`, NOTE);
    await ready(b, bobOnB, id);

    const listed = (await (await call(b, bobOnB, '/api/files')).json()) as { files: { id: string }[] };
    expect(listed.files.map((file) => file.id)).toContain(id);
    expect(await searchIds(b, bobOnB, `${WORD} tender`)).toContain(id);
    const answer = (await (
      await json(b, bobOnB, '/api/ask', {
        method: 'POST',
        body: JSON.stringify({ question: `When does the ${WORD} tender close?` }),
      })
    ).json()) as { citations: { fileId: string }[] };
    expect(answer.citations.map((citation) => citation.fileId)).toContain(id);
    const preview = (await (await call(b, bobOnB, `/api/files/${id}/preview`)).json()) as {
      markdown: string;
    };
    expect(preview.markdown).toContain(`${WORD} tender closes on Friday`);
    const download = await call(b, bobOnB, `/api/files/${id}/download`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).toString('utf8')).toBe(NOTE);

    // Shared and unshared on A, seen on B.
    expect(await searchIds(b, carolOnB, WORD)).toEqual([]);
    const share = (users: string[]) =>
      json(a, bobOnA, `/api/files/${id}/share`, { method: 'POST', body: JSON.stringify({ users }) });
    expect((await share(['carol'])).status).toBe(200);
    expect(await searchIds(b, carolOnB, WORD)).toContain(id);
    expect((await call(b, carolOnB, `/api/files/${id}/download`)).status).toBe(200);
    expect((await share([])).status).toBe(200);
    expect(await searchIds(b, carolOnB, WORD)).toEqual([]);
    expect((await call(b, carolOnB, `/api/files/${id}/download`)).status).toBe(404);

    // Deleted on B, gone on A.
    expect((await call(b, bobOnB, `/api/files/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(a, bobOnA, `/api/files/${id}`)).status).toBe(404);
    expect((await call(a, bobOnA, `/api/files/${id}/preview`)).status).toBe(404);
    expect((await call(a, bobOnA, `/api/files/${id}/download`)).status).toBe(404);
    expect(await searchIds(a, bobOnA, WORD)).toEqual([]);
    expect((await a.index.store.integrityCheck()).problems).toEqual([]);
    // The delete job (run by whichever instance claims it) ends with the record and bytes gone;
    // each instance's own copy goes with the job or at its next sweep.
    // Up to 20 s: under load a claim waits for the next poll of a busy job thread.
    for (let i = 0; i < 400 && (await a.db.latestJob(id))?.status !== 'done'; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await a.db.latestJob(id))?.status).toBe('done');
    expect(await a.db.getFile(id)).toBeUndefined();
    expect(await a.db.readBytes(id)).toBeUndefined();
    const copies = [a, b].filter((instance) => existsSync(join(instance.dataDir, 'files', id))).length;
    expect(copies).toBeLessThan(2);
    expect((await pruneLocalCopies(a)) + (await pruneLocalCopies(b))).toBe(copies);
    expect(existsSync(join(a.dataDir, 'files', id)) || existsSync(join(b.dataDir, 'files', id))).toBe(false);
  });

  it('runs a deck queued on A in a skill thread while /health answers, and both instances read the run', async () => {
    const bobOnA = await login(a, 'bob');
    const bobOnB = await login(b, 'bob');
    const source = await upload(
      a,
      bobOnA,
      'Q3 Business Review.docx',
      readFileSync(join(EXAMPLES, 'Q3 Business Review.docx')),
    );
    await ready(a, bobOnA, source);
    const queued = await call(a, bobOnA, '/api/skills/deck', {
      method: 'POST',
      headers: { 'content-type': 'application/json', prefer: 'respond-async' },
      body: JSON.stringify({ source, slides: 4 }),
    });
    expect(queued.status).toBe(202);
    const { id, statusUrl } = (await queued.json()) as { id: string; statusUrl: string };
    type Run = { status: string; response?: { artifact?: { id: string; name: string } } };
    let run: Run = { status: 'queued' };
    let health = 0;
    for (let i = 0; i < 600 && (run.status === 'queued' || run.status === 'running'); i++) {
      // Both request threads keep answering while the run is under way.
      for (const instance of [a, b]) {
        expect((await fetch(`${instance.base}/health`)).status).toBe(200);
        health++;
      }
      run = (await (await call(b, bobOnB, statusUrl)).json()) as Run;
      if (run.status === 'queued' || run.status === 'running')
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(run.status).toBe('done');
    expect(health).toBeGreaterThanOrEqual(2);
    expect(run.response?.artifact?.name).toMatch(/\.pptx$/);
    const onA = (await (await call(a, bobOnA, statusUrl)).json()) as Run;
    expect(onA).toEqual(run);
    // The run is recorded done inside the job; the job itself is finished just after it.
    let job = await a.db.latestJob(id);
    for (let i = 0; i < 200 && job?.status === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = await a.db.latestJob(id);
    }
    expect(job).toMatchObject({ kind: 'skill', status: 'done', attempts: 1 });
    const deck = await call(b, bobOnB, `/api/files/${run.response!.artifact!.id}/download`);
    expect(deck.status).toBe(200);
    expect((await deck.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  }, 180_000);

  it('shows on B the slide thumbnails of a deck made on A, and drops them when it is deleted on B', async () => {
    const bobOnA = await login(a, 'bob');
    const bobOnB = await login(b, 'bob');
    const source = await upload(
      a,
      bobOnA,
      'Q3 Business Review.docx',
      readFileSync(join(EXAMPLES, 'Q3 Business Review.docx')),
    );
    await ready(a, bobOnA, source);
    const made = await json(a, bobOnA, '/api/skills/deck', {
      method: 'POST',
      body: JSON.stringify({ source, slides: 4 }),
    });
    expect(made.status).toBe(200);
    const body = (await made.json()) as { artifact: { id: string }; result: { slides: number } };
    const deck = body.artifact.id;
    expect(body.result.slides).toBeGreaterThan(1);
    let thumbnails: DeckThumbnails | undefined;
    for (let tries = 0; tries < 240; tries++) {
      thumbnails = (await (await call(b, bobOnB, `/api/files/${deck}/thumbnails`)).json()) as DeckThumbnails;
      if (thumbnails.status === 'done' || thumbnails.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(thumbnails?.error).toBeUndefined();
    expect(thumbnails?.status).toBe('done');
    expect(thumbnails?.urls).toHaveLength(body.result.slides);
    // Whichever instance rendered them, both serve the same PNGs, and neither keeps them on its disk.
    for (const url of thumbnails!.urls) {
      const onB = await call(b, bobOnB, url);
      expect(onB.status).toBe(200);
      expect(onB.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await onB.arrayBuffer());
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(Buffer.from(await (await call(a, bobOnA, url)).arrayBuffer())).toEqual(bytes);
    }
    for (const instance of [a, b]) expect(existsSync(join(instance.dataDir, 'thumbnails'))).toBe(false);

    expect((await call(b, bobOnB, `/api/files/${deck}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(a, bobOnA, thumbnails!.urls[0]!)).status).toBe(404);
    await expect.poll(() => a.db.thumbnails.count(deck), { timeout: 30_000 }).toBe(0);
  }, 180_000);

  it('adds an account with `users add --db` that both instances know', async () => {
    const home = mkdtempSync(join(tmpdir(), 'officemate-users-'));
    try {
      // Run without blocking this process, which serves both instances: a synchronous child held
      // the event loop past the servers' keep-alive timeout, and the next request went out on a
      // connection the server was closing (ECONNRESET).
      const adding = spawn(
        process.execPath,
        [join(REPO_ROOT, 'bin/officemate.js'), 'users', 'add', 'dana', '--password-stdin', '--db', location],
        {
          env: { ...process.env, OFFICEMATE_HOME: home, OFFICEMATE_TSX: '1' },
          stdio: ['pipe', 'ignore', 'pipe'],
        },
      );
      let stderr = '';
      adding.stderr?.on('data', (chunk) => {
        stderr += chunk;
      });
      adding.stdin?.end('dana-password-4444');
      const code = await new Promise<number | null>((resolve) => adding.on('close', resolve));
      expect(code, stderr).toBe(0);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
    for (const instance of [a, b]) {
      const response = await fetch(`${instance.base}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: 'dana', password: 'dana-password-4444' }),
      });
      expect(response.status).toBe(200);
    }
  }, 60_000);

  it('makes eight concurrent uploads across A and B all ready', async () => {
    const onA = await login(a, 'carol');
    const onB = await login(b, 'carol');
    const ids = await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        upload(
          n % 2 ? b : a,
          n % 2 ? onB : onA,
          `batch-${n}.eml`,
          [
            `From: ${n % 3 ? 'Ann Smith' : 'A. Smith'} <asmith@example.com>`,
            `To: Batch ${n} <batch${n}@example.com>`,
            `Subject: Batch upload ${n}`,
            'Date: Tue, 10 Mar 2026 09:00:00 +0000',
            `Message-ID: <batch-${n}@example.com>`,
            '',
            `Batch upload ${n}: the quarterly ledger is attached.`,
            '',
          ].join('\r\n'),
        ),
      ),
    );
    for (const [n, id] of ids.entries()) await ready(n % 2 ? a : b, n % 2 ? onA : onB, id);
    expect((await searchIds(a, onA, 'batch upload ledger')).length).toBe(8);
    expect((await b.index.store.integrityCheck()).problems).toEqual([]);
  });
});

/** A mailbox of about `bytes` built from the corpus's mail files, cut at a message boundary. */
function buildMailbox(bytes: number): string {
  const folder = join(CORPUS, 'email');
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mbox'))
    .sort();
  let mailbox = '';
  for (const name of files) {
    mailbox += `${readFileSync(join(folder, name), 'utf8').replace(/\s+$/, '')}\n\n`;
    if (mailbox.length >= bytes) break;
  }
  const cut = mailbox.indexOf('\nFrom ', bytes);
  return cut > 0 ? mailbox.slice(0, cut + 1) : mailbox;
}

type Child = { child: ChildProcess; base: string };

/** `officemate serve` as a real child process on the database, with its own data folder. */
async function spawnServe(location: string, dataDir: string, home: string): Promise<Child> {
  const child = spawn(
    process.execPath,
    [
      join(REPO_ROOT, 'bin', 'officemate.js'),
      'serve',
      '--port',
      '0',
      '--engine',
      'builtin',
      '--db',
      location,
      '--data',
      dataDir,
      // A job may take 50 s; one whose instance died is free again 60 s after it was claimed,
      // seen within a second.
      '--job-seconds',
      '50',
      '--job-expiry-seconds',
      '60',
      '--job-check-seconds',
      '1',
    ],
    {
      env: { ...process.env, OFFICEMATE_HOME: home, OFFICEMATE_TSX: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 90_000);
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

async function killHard(running: Child | undefined): Promise<void> {
  if (!running || running.child.exitCode !== null || running.child.signalCode) return;
  const exited = new Promise((resolve) => running.child.once('exit', resolve));
  running.child.kill('SIGKILL');
  await exited;
}

describe.skipIf(!url && !STRICT)('an instance killed with kill -9 while it indexes', () => {
  let location: string;
  let records: WorkspaceDb;
  let home: string;
  let dataDir: string;
  let a: Child | undefined;
  beforeAll(async () => {
    expect(url, 'OFFICEMATE_TEST_PG_URL is set by test/helpers/global-setup.ts').toBeTruthy();
    location = `${url}${url!.includes('?') ? '&' : '?'}schema=killed_${process.pid}`;
    home = mkdtempSync(join(tmpdir(), 'officemate-killed-home-'));
    dataDir = mkdtempSync(join(tmpdir(), 'officemate-killed-a-'));
    records = await openWorkspaceDb(workspaceLocation(location, dataDir));
    await records.addUser('bob', await hashPassword(PASSWORDS.bob!), false);
  }, 60_000);
  afterAll(async () => {
    await killHard(a);
    await records?.close();
    rmSync(home, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('resumes the 2 MB mailbox after a restart, and the file becomes ready', async () => {
    const mailbox = buildMailbox(2 * 1_048_576);
    expect(mailbox.length).toBeGreaterThan(2 * 1_000_000);
    const subject = /^Subject: (.{12,60})$/m.exec(mailbox)![1]!.trim();
    a = await spawnServe(location, dataDir, home);
    const session = await fetch(`${a.base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'bob', password: PASSWORDS.bob }),
    });
    const { token } = (await session.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}` };
    const form = new FormData();
    form.append('file', new Blob([mailbox]), 'archive.mbox');
    const uploaded = await fetch(`${a.base}/api/files`, { method: 'POST', headers, body: form });
    expect(uploaded.status).toBe(201);
    const id = ((await uploaded.json()) as { files: { id: string }[] }).files[0]!.id;

    // Killed as soon as its worker (the only one on these records) holds the job: mid-indexing.
    for (let i = 0; i < 600; i++) {
      if ((await records.latestJob(id))?.status === 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await killHard(a);
    expect((await records.getFile(id))?.status).toBe('indexing');
    expect(await records.latestJob(id)).toMatchObject({ status: 'running', attempts: 1 });

    // Restarted on the same folder and database: the job is claimed again once the dead
    // worker's claim is over (pg-boss fails it at its next check and retries it), and the file
    // becomes ready and searchable.
    a = await spawnServe(location, dataDir, home);
    let status = 'indexing';
    for (let i = 0; i < 900 && status === 'indexing'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = ((await (await fetch(`${a.base}/api/files/${id}`, { headers })).json()) as { status: string })
        .status;
    }
    expect(status).toBe('ready');
    // The file is marked ready inside the job; the job row closes just after it.
    let job = await records.latestJob(id);
    for (let i = 0; i < 100 && job?.status === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = await records.latestJob(id);
    }
    expect(job).toMatchObject({ status: 'done', attempts: 2 });
    const found = (await (
      await fetch(`${a.base}/api/search?q=${encodeURIComponent(subject)}`, { headers })
    ).json()) as { results: { fileId: string }[] };
    expect(found.results.map((hit) => hit.fileId)).toContain(id);
  }, 300_000);

  it('meters model calls in the database, where `usage --db` reports them', async () => {
    const before = await totalCalls(location);
    const asked = await fetch(`${a!.base}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'Hi' }] }),
    });
    // The builtin engine writes no free text: the call fails, and is metered as a failure.
    expect(asked.status).toBe(400);
    let after = before;
    for (let i = 0; i < 50 && after.calls === before.calls; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await totalCalls(location);
    }
    expect(after.calls).toBe(before.calls + 1);
    expect(after.failures).toBe(before.failures + 1);
  }, 60_000);
});

/** `officemate usage --db URL --json`: the team's total. */
async function totalCalls(location: string): Promise<{ calls: number; failures: number }> {
  const { code, stdout, stderr } = await runCli(['usage', '--db', location, '--json']);
  expect(code, stderr).toBe(0);
  return (JSON.parse(stdout) as { total: { calls: number; failures: number } }).total;
}
