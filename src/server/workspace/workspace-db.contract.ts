/**
 * @module workspace-db.contract
 * The behaviour every WorkspaceDb must have, as one vitest suite run against SQLite and
 * PostgreSQL (workspace-db.test.ts).
 */
import { expect, it } from 'vitest';
import { hashSessionToken, type QueueSettings, type WorkspaceDb } from './workspace-db.ts';

/** A quick queue for the job tests: claims last a second, and are looked at every second. */
const QUICK: Partial<QueueSettings> = {
  expireMs: 1_000,
  superviseMs: 1_000,
  backoffMs: 1_000,
  maxAttempts: 5,
};

/** What `probe` gives once it gives something, trying for up to `ms` (undefined if it never does). */
async function eventually<T>(probe: () => Promise<T | undefined>, ms = 20_000): Promise<T | undefined> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const record = (id: string, owner: string) => ({
  id,
  owner,
  name: `${id}.md`,
  path: `/data/files/${id}/${id}.md`,
  size: 3,
  contentType: 'text/markdown',
  uploaded: `2026-03-12T09:00:0${id.length % 10}Z`,
});

/**
 * Registers the contract tests; `open` gives fresh, empty records each time (with these queue
 * settings), `reopen` another connection to them (with the same).
 */
export function workspaceDbContract(
  open: (queue?: Partial<QueueSettings>) => Promise<WorkspaceDb>,
  reopen: (db: WorkspaceDb) => Promise<WorkspaceDb>,
): void {
  it('keeps accounts', async () => {
    const db = await open();
    try {
      await db.addUser('ann', 'hash-a', true);
      await db.addUser('bob', 'hash-b', false);
      expect(await db.getUser('ann')).toEqual({ name: 'ann', admin: true, passwordHash: 'hash-a' });
      expect(await db.getUser('nobody')).toBeUndefined();
      expect(await db.listUsers()).toEqual([
        { name: 'ann', admin: true },
        { name: 'bob', admin: false },
      ]);
      await expect(db.addUser('ann', 'again', false)).rejects.toThrow();
    } finally {
      await db.close();
    }
  });

  it('keeps sessions by token, expires them, and never stores the token itself', async () => {
    const db = await open();
    const other = await reopen(db);
    try {
      await db.addUser('ann', 'hash-a', false);
      const session = await db.createSession('ann', 60_000);
      expect(session.token.length).toBeGreaterThanOrEqual(40);
      expect(hashSessionToken(session.token)).not.toBe(session.token);
      // Another connection (another server instance) knows the session.
      expect(await other.getSession(session.token)).toEqual(session);
      expect(await other.getSession(hashSessionToken(session.token))).toBeUndefined();
      expect(await other.getSession('made-up')).toBeUndefined();
      const expired = await db.createSession('ann', -1);
      expect(await db.getSession(expired.token)).toBeUndefined();
      await other.deleteSession(session.token);
      expect(await db.getSession(session.token)).toBeUndefined();
    } finally {
      await other.close();
      await db.close();
    }
  });

  it('keeps files with their bytes, shares and status, and deletes them', async () => {
    const db = await open();
    const other = await reopen(db);
    try {
      for (const name of ['ann', 'bob', 'cy']) await db.addUser(name, 'h', false);
      const bytes = new Uint8Array([0, 1, 2, 255, 254]);
      const stored = await db.addFile(record('f1', 'ann'), bytes);
      expect(stored).toMatchObject({ id: 'f1', owner: 'ann', sharedWith: [], status: 'indexing' });
      await db.addFile({ ...record('f2', 'bob'), status: 'ready', generatedBy: 'deck' }, new Uint8Array([7]));
      expect(new Uint8Array((await other.readBytes('f1'))!)).toEqual(bytes);
      expect((await other.getFileByPath('/data/files/f1/f1.md'))?.id).toBe('f1');
      expect((await other.filesFor('bob')).map((file) => file.id)).toEqual(['f2']);
      const shared = await other.share('f1', ['cy', 'bob', 'cy']);
      expect(shared.sharedWith).toEqual(['bob', 'cy']);
      expect((await db.filesFor('bob')).map((file) => file.id).sort()).toEqual(['f1', 'f2']);
      expect((await db.filesFor('cy')).map((file) => file.id)).toEqual(['f1']);
      await db.setStatus('f1', 'error', 'unreadable');
      expect(await other.getFile('f1')).toMatchObject({ status: 'error', error: 'unreadable' });
      await db.setStatus('f1', 'ready', undefined, [
        { type: 'skipped', message: 'Row 4 of the rota was left out.' },
      ]);
      expect(await other.getFile('f1')).toMatchObject({
        status: 'ready',
        warnings: [{ type: 'skipped', message: 'Row 4 of the rota was left out.' }],
      });
      expect((await other.getFile('f1'))?.error).toBeUndefined();
      await db.setStatus('f1', 'ready');
      expect((await other.getFile('f1'))?.warnings).toBeUndefined();
      expect((await db.getFile('f2'))?.generatedBy).toBe('deck');
      expect(await other.deleteFile('f1')).toBe(true);
      expect(await other.deleteFile('f1')).toBe(false);
      expect(await db.getFile('f1')).toBeUndefined();
      expect(await db.readBytes('f1')).toBeUndefined();
      expect((await db.filesFor('cy')).length).toBe(0);
    } finally {
      await other.close();
      await db.close();
    }
  });

  it("keeps a deck's slide thumbnails for every connection, replaces them, and drops them with the deck", async () => {
    const db = await open();
    const other = await reopen(db);
    try {
      await db.addUser('ann', 'h', false);
      await db.addFile({ ...record('d1', 'ann'), status: 'ready', generatedBy: 'deck' }, new Uint8Array([1]));
      await db.addFile({ ...record('d2', 'ann'), status: 'ready', generatedBy: 'deck' }, new Uint8Array([2]));
      expect(await other.thumbnails.count('d1')).toBe(0);
      expect(await other.thumbnails.get('d1', 1)).toBeUndefined();
      const slides = [
        new Uint8Array([137, 80, 0, 255]),
        new Uint8Array([137, 80, 1]),
        new Uint8Array([137, 80, 2]),
      ];
      await db.thumbnails.replace('d1', slides);
      await db.thumbnails.replace('d2', [new Uint8Array([9])]);
      // Another connection (another server instance) serves the same bytes.
      expect(await other.thumbnails.count('d1')).toBe(3);
      for (const [index, png] of slides.entries())
        expect(new Uint8Array((await other.thumbnails.get('d1', index + 1))!)).toEqual(png);
      expect(await other.thumbnails.get('d1', 4)).toBeUndefined();
      // A deck rendered again with fewer slides keeps only the new ones.
      await other.thumbnails.replace('d1', [new Uint8Array([5, 5])]);
      expect(await db.thumbnails.count('d1')).toBe(1);
      expect(new Uint8Array((await db.thumbnails.get('d1', 1))!)).toEqual(new Uint8Array([5, 5]));
      expect(await db.thumbnails.get('d1', 2)).toBeUndefined();
      // They go with the deck, and no other deck's go with them.
      expect(await db.deleteFile('d1')).toBe(true);
      expect(await other.thumbnails.count('d1')).toBe(0);
      expect(await other.thumbnails.get('d1', 1)).toBeUndefined();
      expect(await other.thumbnails.count('d2')).toBe(1);
      // Thumbnails of a deck that has no record are refused.
      await expect(db.thumbnails.replace('d1', [new Uint8Array([1])])).rejects.toThrow();
      // A reader never sees a deck half stored: while six slides go in, another connection
      // counts none or all six, never the first few.
      const six = Array.from({ length: 6 }, (_, index) => new Uint8Array([137, 80, index]));
      let stored = false;
      const storing = db.thumbnails.replace('d2', six).finally(() => {
        stored = true;
      });
      const seen = new Set<number>();
      while (!stored) seen.add(await other.thumbnails.count('d2'));
      await storing;
      seen.add(await other.thumbnails.count('d2'));
      expect([...seen].filter((n) => n !== 1 && n !== 6)).toEqual([]);
    } finally {
      await other.close();
      await db.close();
    }
  });

  it("runs each file's job once at a time, hands a job whose claim ran out to another worker, and retries after a backoff", async () => {
    const db = await open(QUICK);
    const other = await reopen(db);
    try {
      const now = Date.now();
      expect(await db.enqueueJob('f1', now)).toBe(true);
      expect(await other.enqueueJob('f1', now)).toBe(false);
      // Due in a minute: not claimed before.
      expect(await db.enqueueJob('later', now + 60_000)).toBe(true);
      const claimed = await db.claimJob('w1');
      expect(claimed).toMatchObject({
        fileId: 'f1',
        kind: 'index',
        status: 'running',
        attempts: 1,
        maxAttempts: 5,
      });
      // Held: nobody else gets it, and no second job for the file while it runs.
      expect(await other.claimJob('w2')).toBeUndefined();
      expect(await other.enqueueJob('f1', now)).toBe(false);
      expect(await other.latestJob('f1')).toMatchObject({ id: claimed!.id, status: 'running', attempts: 1 });
      // w1 dies; once its claim is over, w2 takes the same job, and w1 can no longer end it.
      const resumed = await eventually(() => other.claimJob('w2'));
      expect(resumed).toMatchObject({ id: claimed!.id, fileId: 'f1', attempts: 2 });
      expect(await db.finishJob(claimed!, 'w1', { status: 'done' })).toBe(false);
      // A retry waits for its backoff (doubled at the second claim: 2 s or more).
      const retried = Date.now();
      expect(await other.finishJob(resumed!, 'w2', { status: 'retry', error: 'busy' })).toBe(true);
      expect(await db.latestJob('f1')).toMatchObject({ status: 'queued', attempts: 2, error: 'busy' });
      expect(await db.claimJob('w1')).toBeUndefined();
      const again = await eventually(() => db.claimJob('w1'));
      expect(Date.now() - retried).toBeGreaterThanOrEqual(1_900);
      expect(again).toMatchObject({ id: claimed!.id, attempts: 3, error: 'busy' });
      expect(await db.finishJob(again!, 'w1', { status: 'done' })).toBe(true);
      expect(await other.latestJob('f1')).toMatchObject({ id: claimed!.id, status: 'done', attempts: 3 });
      expect(await db.claimJob('w1')).toBeUndefined();
      // Done: the file may be queued again; concurrent claims of two jobs get one each.
      expect(await other.enqueueJob('f1', Date.now())).toBe(true);
      expect(await other.enqueueJob('f2', Date.now())).toBe(true);
      const both = await Promise.all([db.claimJob('w1'), other.claimJob('w2')]);
      expect(both.map((job) => job?.fileId).sort()).toEqual(['f1', 'f2']);
    } finally {
      await other.close();
      await db.close();
    }
  }, 60_000);

  it("keeps each user's conversations with their turns, and shows them to no one else", async () => {
    const db = await open();
    const other = await reopen(db);
    try {
      const answer = (text: string) => ({
        answer: text,
        engine: 'builtin',
        kind: 'passages',
        found: true,
        citations: [{ n: 1, fileId: 'f1', name: 'f1.md', quote: text, locator: { paragraph: 2 } }],
        nearest: [],
      });
      const created = await db.conversations.create({
        id: 'c1',
        owner: 'ann',
        title: 'Travel budget',
        scope: { kind: 'file', fileId: 'f1' },
        created: '2026-03-12T09:00:00.000Z',
      });
      expect(created).toMatchObject({ id: 'c1', turns: 0, updated: '2026-03-12T09:00:00.000Z' });
      await db.conversations.create({
        id: 'c2',
        owner: 'ann',
        title: 'Second',
        scope: { kind: 'mail' },
        created: '2026-03-12T09:01:00.000Z',
      });
      await db.conversations.create({
        id: 'c3',
        owner: 'bob',
        title: "Bob's",
        scope: { kind: 'all' },
        created: '2026-03-12T09:02:00.000Z',
      });
      expect((await other.conversations.list('ann')).map((item) => item.id)).toEqual(['c2', 'c1']);
      const first = await other.conversations.addTurn('ann', 'c1', {
        question: 'What was decided?',
        answer: answer('It was approved.'),
        cited: ['Budget'],
        at: '2026-03-12T09:05:00.000Z',
      });
      expect(first?.n).toBe(1);
      await db.conversations.addTurn('ann', 'c1', {
        question: 'And who owns it?',
        answer: answer('Dana does.'),
        cited: [],
        at: '2026-03-12T09:06:00.000Z',
      });
      // Used last, listed first; turns in order with the answer as it was shown.
      expect((await db.conversations.list('ann')).map((item) => [item.id, item.turns])).toEqual([
        ['c1', 2],
        ['c2', 0],
      ]);
      const turns = await other.conversations.turns('ann', 'c1');
      expect(turns.map((turn) => turn.question)).toEqual(['What was decided?', 'And who owns it?']);
      expect(turns[0]).toMatchObject({ n: 1, cited: ['Budget'], answer: answer('It was approved.') });
      // Another user: not listed, not readable, not changeable, not deletable.
      expect(await db.conversations.get('bob', 'c1')).toBeUndefined();
      expect(await db.conversations.turns('bob', 'c1')).toEqual([]);
      expect(await db.conversations.update('bob', 'c1', { title: 'mine now' })).toBe(false);
      expect(await db.conversations.addTurn('bob', 'c1', { ...turns[0]!, at: 'x' })).toBeUndefined();
      expect(await db.conversations.remove('bob', 'c1')).toBe(false);
      expect((await db.conversations.list('bob')).map((item) => item.id)).toEqual(['c3']);
      // The owner renames, rescopes and deletes.
      expect(await db.conversations.update('ann', 'c1', { title: 'Renamed' })).toBe(true);
      expect(await other.conversations.get('ann', 'c1')).toMatchObject({
        title: 'Renamed',
        scope: { kind: 'file', fileId: 'f1' },
      });
      expect(await db.conversations.update('ann', 'c1', { scope: { kind: 'meetings' } })).toBe(true);
      expect((await db.conversations.get('ann', 'c1'))?.scope).toEqual({ kind: 'meetings' });
      expect(await other.conversations.remove('ann', 'c1')).toBe(true);
      expect(await db.conversations.get('ann', 'c1')).toBeUndefined();
      expect(await db.conversations.turns('ann', 'c1')).toEqual([]);
      expect((await db.conversations.list('ann')).map((item) => item.id)).toEqual(['c2']);
    } finally {
      await other.close();
      await db.close();
    }
  });

  it('fails a job for good when its last claim runs out, or when its worker says so', async () => {
    const db = await open({ ...QUICK, backoffMs: 0, maxAttempts: 2 });
    const other = await reopen(db);
    try {
      expect(await db.enqueueJob('long', Date.now())).toBe(true);
      const first = await db.claimJob('w1');
      expect(first).toMatchObject({ fileId: 'long', attempts: 1, maxAttempts: 2 });
      // Its worker dies twice: the second claim is its last, and when that runs out it has failed.
      const last = await eventually(() => other.claimJob('w2'));
      expect(last).toMatchObject({ id: first!.id, attempts: 2 });
      const failed = await eventually(async () => {
        expect(await db.claimJob('w3')).toBeUndefined();
        const job = await other.latestJob('long');
        return job?.status === 'failed' ? job : undefined;
      });
      expect(failed).toMatchObject({ id: first!.id, status: 'failed', attempts: 2 });
      expect(await other.finishJob(last!, 'w2', { status: 'done' })).toBe(false);
      // A worker that says a job failed (a file that cannot be read) ends it at once.
      expect(await db.enqueueJob('broken', Date.now())).toBe(true);
      const broken = await db.claimJob('w1');
      expect(await db.finishJob(broken!, 'w1', { status: 'failed', error: 'unreadable' })).toBe(true);
      expect(await other.latestJob('broken')).toMatchObject({
        status: 'failed',
        attempts: 1,
        error: 'unreadable',
      });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await db.claimJob('w1')).toBeUndefined();
    } finally {
      await other.close();
      await db.close();
    }
  }, 60_000);

  it('keeps pages for their owner and the users they are shared with, and lets only the owner change them', async () => {
    const db = await open();
    const other = await reopen(db);
    try {
      const citations = [
        { n: 1, fileId: 'f1', name: 'f1.md', quote: 'Approved.', locator: { paragraph: 1 } },
      ];
      const page = await db.pages.create({
        id: 'p1',
        owner: 'ann',
        title: 'Budget answer',
        markdown: 'The budget was approved. [1]',
        citations,
        created: '2026-03-12T09:00:00.000Z',
      });
      expect(page).toMatchObject({ sharedWith: [], citations, updated: '2026-03-12T09:00:00.000Z' });
      await db.pages.create({
        id: 'p2',
        owner: 'ann',
        title: 'Second',
        markdown: 'x',
        citations: [],
        created: '2026-03-12T09:01:00.000Z',
      });
      expect((await other.pages.list('ann')).map((item) => item.id)).toEqual(['p2', 'p1']);
      // Not shared: bob sees nothing and changes nothing.
      expect(await other.pages.get('bob', 'p1')).toBeUndefined();
      expect(await other.pages.list('bob')).toEqual([]);
      expect(await other.pages.update('bob', 'p1', { title: 'x', updated: '2026-03-12T10:00:00.000Z' })).toBe(
        false,
      );
      expect(await other.pages.share('bob', 'p1', ['bob'])).toBe(false);
      expect(await other.pages.remove('bob', 'p1')).toBe(false);
      // Shared with bob (and a name that only looks alike): he reads it, still cannot change it.
      expect(await db.pages.share('ann', 'p1', ['bob', 'bob', 'ann', 'bo'])).toBe(true);
      expect((await other.pages.get('bob', 'p1'))?.sharedWith).toEqual(['bo', 'bob']);
      expect((await other.pages.list('bob')).map((item) => item.id)).toEqual(['p1']);
      expect(await other.pages.list('b')).toEqual([]);
      expect(
        await other.pages.update('bob', 'p1', { markdown: 'mine', updated: '2026-03-12T10:00:00.000Z' }),
      ).toBe(false);
      expect(
        await db.pages.update('ann', 'p1', { markdown: 'Edited. [1]', updated: '2026-03-12T10:00:00.000Z' }),
      ).toBe(true);
      expect(await other.pages.get('bob', 'p1')).toMatchObject({
        title: 'Budget answer',
        markdown: 'Edited. [1]',
        updated: '2026-03-12T10:00:00.000Z',
      });
      expect((await db.pages.list('ann')).map((item) => item.id)).toEqual(['p1', 'p2']);
      // Unshared, then deleted.
      expect(await db.pages.share('ann', 'p1', [])).toBe(true);
      expect(await other.pages.get('bob', 'p1')).toBeUndefined();
      expect(await db.pages.remove('ann', 'p1')).toBe(true);
      expect(await db.pages.get('ann', 'p1')).toBeUndefined();
    } finally {
      await other.close();
      await db.close();
    }
  });

  it("makes a delete the file's one live job, and keeps a file being deleted hidden and 'deleting'", async () => {
    const db = await open(QUICK);
    try {
      await db.addUser('bob', 'hash', false);
      await db.addFile(
        {
          id: 'gone',
          owner: 'bob',
          name: 'gone.md',
          path: '/data/gone.md',
          size: 1,
          contentType: 'text/markdown',
          uploaded: '2026-03-12T09:00:00Z',
        },
        new Uint8Array([1]),
      );
      const now = Date.now();
      expect(await db.enqueueJob('gone', now)).toBe(true);
      const indexing = await db.claimJob('w1');
      expect(indexing).toMatchObject({ fileId: 'gone', kind: 'index' });
      await db.setStatus('gone', 'deleting');
      // The running index job is cancelled and the delete queued in its place: still one live job.
      expect(await db.enqueueJob('gone', now, 'delete')).toBe(true);
      const live = await db.latestJob('gone');
      expect(live).toMatchObject({ kind: 'delete', status: 'queued', attempts: 0 });
      expect(live?.id).not.toBe(indexing!.id);
      expect(await db.enqueueJob('gone', now)).toBe(false);
      // The index job's worker can no longer end it; the next claim is the delete.
      expect(await db.finishJob(indexing!, 'w1', { status: 'done' })).toBe(false);
      const deleting = await db.claimJob('w2');
      expect(deleting).toMatchObject({ id: live!.id, fileId: 'gone', kind: 'delete', attempts: 1 });
      await db.setStatus('gone', 'ready');
      expect((await db.getFile('gone'))?.status).toBe('deleting');
      expect(await db.filesFor('bob')).toEqual([]);
      expect(await db.finishJob(deleting!, 'w2', { status: 'done' })).toBe(true);
      // With no live job, a delete is queued as its own job.
      expect(await db.enqueueJob('gone', now, 'delete')).toBe(true);
      expect(await db.claimJob('w1')).toMatchObject({ fileId: 'gone', kind: 'delete', attempts: 1 });
    } finally {
      await db.close();
    }
  });

  it('keeps skill runs with their input and outcome', async () => {
    const db = await open();
    const other = await reopen(db);
    try {
      await db.addSkillRun({
        id: 'run1',
        user: 'bob',
        skill: 'deck',
        input: { source: 'f1', slides: 5 },
        created: '2026-03-12T09:00:00Z',
      });
      expect(await other.getSkillRun('run1')).toEqual({
        id: 'run1',
        user: 'bob',
        skill: 'deck',
        input: { source: 'f1', slides: 5 },
        status: 'queued',
        created: '2026-03-12T09:00:00Z',
      });
      await other.setSkillRun('run1', 'running');
      expect((await db.getSkillRun('run1'))?.status).toBe('running');
      await other.setSkillRun('run1', 'done', { skill: 'deck', artifacts: [{ id: 'f2' }] });
      expect(await db.getSkillRun('run1')).toMatchObject({
        status: 'done',
        output: { artifacts: [{ id: 'f2' }] },
      });
      expect(await db.getSkillRun('run2')).toBeUndefined();
    } finally {
      await other.close();
      await db.close();
    }
  });
  it('lists the latest jobs with their file, owner and status for administrators', async () => {
    const db = await open();
    try {
      await db.addUser('ann', 'h', true);
      await db.addFile(record('f1', 'ann'), new Uint8Array([1]));
      await db.enqueueJob('f1', 1_000);
      await db.enqueueJob('gone', 2_000);
      const job = await db.claimJob('w1');
      await db.finishJob(job!, 'w1', { status: 'done' });
      expect(await db.admin.jobs(10)).toEqual([
        { id: expect.any(String), fileId: 'gone', status: 'queued', attempts: 0 },
        { id: job!.id, fileId: 'f1', name: 'f1.md', owner: 'ann', status: 'done', attempts: 1 },
      ]);
      expect((await db.admin.jobs(1)).length).toBe(1);
    } finally {
      await db.close();
    }
  });
  it("keeps each user's daily token quota, seen by another connection, until it is lifted", async () => {
    const db = await open();
    const other = await reopen(db);
    try {
      await db.addUser('ann', 'h', true);
      await db.addUser('bob', 'h', false);
      expect(await db.admin.quotaOf('bob')).toBeUndefined();
      await db.admin.setQuota('bob', 5_000);
      await db.admin.setQuota('ann', 3_000_000_000);
      await db.admin.setQuota('bob', 1_200);
      expect(await other.admin.quotaOf('bob')).toBe(1_200);
      expect(await other.admin.quotas()).toEqual({ ann: 3_000_000_000, bob: 1_200 });
      await other.admin.setQuota('ann', null);
      expect(await db.admin.quotaOf('ann')).toBeUndefined();
      expect(await db.admin.quotas()).toEqual({ bob: 1_200 });
    } finally {
      await other.close();
      await db.close();
    }
  });
  it('keeps the folder a file was uploaded into', async () => {
    const db = await open();
    try {
      await db.addUser('ann', 'h', false);
      await db.addFile({ ...record('f1', 'ann'), folder: 'Reports/2026' }, new Uint8Array([1]));
      await db.addFile(record('f22', 'ann'), new Uint8Array([2]));
      expect((await db.getFile('f1'))?.folder).toBe('Reports/2026');
      expect((await db.getFile('f22'))?.folder).toBeUndefined();
      expect((await db.filesFor('ann')).map((file) => [file.id, file.folder])).toEqual([
        ['f22', undefined],
        ['f1', 'Reports/2026'],
      ]);
    } finally {
      await db.close();
    }
  });
}
