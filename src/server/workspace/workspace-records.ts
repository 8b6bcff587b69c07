/**
 * @module workspace-records
 * The types of the server's own records and what both stores share: the WorkspaceDb
 * interface, who may read a file, new sessions, and file rows.
 */
import { randomBytes } from 'node:crypto';
import type { Warning } from '../../lib/result.ts';

import { hashSessionToken } from '../security/session-token.ts';
import type { AdminStore } from './admin-records.ts';
import type { ConversationStore } from './conversation-records.ts';
import type { PageStore } from './page-records.ts';
import type { ThumbnailStore } from './thumbnail-records.ts';

/** Only a token's hash is stored (security/session-token.ts). */
export { hashSessionToken };

export type User = { readonly name: string; readonly admin: boolean; readonly passwordHash: string };
export type Session = {
  /** The token as the client holds it (only its hash is stored). */
  readonly token: string;
  readonly user: string;
  readonly csrf: string;
  readonly expires: number;
};
export type StoredFile = {
  readonly id: string;
  readonly owner: string;
  readonly name: string;
  /**
   * Where the file is known to the index: the path of the copy on the instance that stored it.
   * Other instances never read it; they read the bytes from the records (`readBytes`).
   */
  readonly path: string;
  readonly size: number;
  readonly contentType: string;
  readonly uploaded: string;
  readonly sharedWith: readonly string[];
  /** 'deleting': a delete job is under way; the file is hidden from everyone (`canRead`). */
  readonly status: 'indexing' | 'ready' | 'error' | 'deleting';
  readonly error?: string;
  /** What the reader skipped or guessed in a file it did index (each message once); cleared when it is read again. */
  readonly warnings?: readonly Warning[];
  /** Set on files the server generated (decks, workbooks, drafts). */
  readonly generatedBy?: string;
  /** The folder it was uploaded into ("Reports/2026"), when it came from a folder. */
  readonly folder?: string;
};

export type NewFileRecord = Omit<StoredFile, 'sharedWith' | 'status' | 'warnings'> & {
  status?: StoredFile['status'];
};

/**
 * What a job does to its file: index it (from its recorded bytes), set its readers in the
 * index from its record (after a share), or delete it with everything derived; a 'skill' job
 * runs a queued skill run, a 'thumbnails' job renders a deck's slides (thumbnail-jobs.ts).
 */
export type JobKind = 'index' | 'readers' | 'delete' | 'skill' | 'thumbnails';

const JOB_KINDS: readonly JobKind[] = ['index', 'readers', 'delete', 'skill', 'thumbnails'];

/**
 * A skill run queued as a job (kind 'skill', whose file id is the run's id): who asked, for
 * which skill, with what input, and what came of it (the body `POST /api/skills/:id` answers).
 */
export type SkillRun = {
  readonly id: string;
  readonly user: string;
  readonly skill: string;
  readonly input: unknown;
  readonly status: 'queued' | 'running' | 'done' | 'failed';
  /** The response body when done, the error body when failed. */
  readonly output?: unknown;
  readonly created: string;
};

/** A durable job on one stored file. At most one is queued or running per file. */
export type Job = {
  readonly id: string;
  readonly fileId: string;
  readonly kind: JobKind;
  /** 'cancelled': a delete took the file over while it waited or ran. */
  readonly status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  /** Claims so far, the current one included. */
  readonly attempts: number;
  /** Claims it gets before it fails for good. */
  readonly maxAttempts: number;
  readonly error?: string;
  /** The worker holding a running job (`host:pid:random`), where the store records it (SQLite). */
  readonly worker?: string;
};

/** How a claimed job ended: done, failed for good, or back in the queue (after the queue's backoff). */
export type JobOutcome =
  | { readonly status: 'done' }
  | { readonly status: 'failed'; readonly error: string }
  | { readonly status: 'retry'; readonly error: string };

/**
 * How the queue treats jobs, the same for every instance on the records. A job's worker never
 * extends its claim: each job has a time budget its worker enforces (the job thread), so a
 * claim lasts the budget and a margin, and a job whose worker died is claimed again once that
 * is over (on PostgreSQL, at pg-boss's next check after it).
 */
export type QueueSettings = {
  /** How long a claimed job is its worker's (default 120 s: the 60 s job budget and a margin for starting the job thread). */
  readonly expireMs: number;
  /** Claims before a job fails for good (default 5). */
  readonly maxAttempts: number;
  /** Wait before the first retry; doubles with each (default 5 s; whole seconds on PostgreSQL, where pg-boss adds up to as much again at random). */
  readonly backoffMs: number;
  /** How often jobs held past their claim are looked for (default 30 s; PostgreSQL only, SQLite looks at every claim). */
  readonly superviseMs: number;
};

export const QUEUE_DEFAULTS: QueueSettings = {
  expireMs: 120_000,
  maxAttempts: 5,
  backoffMs: 5_000,
  superviseMs: 30_000,
};

export type WorkspaceDb = {
  readonly kind: 'sqlite' | 'postgres';
  /** The path or URL it was opened from, credentials included: for another connection (a job thread); never shown. */
  readonly url: string;
  /** How this connection's queue claims and retries jobs. */
  readonly queue: QueueSettings;
  /** Where file bytes are kept when not in these records: an object store's `s3://` location (object-bytes.ts). */
  readonly objects?: string;
  addUser(name: string, passwordHash: string, admin: boolean): Promise<void>;
  getUser(name: string): Promise<User | undefined>;
  listUsers(): Promise<{ name: string; admin: boolean }[]>;
  createSession(user: string, ttlMs: number): Promise<Session>;
  getSession(token: string): Promise<Session | undefined>;
  deleteSession(token: string): Promise<void>;
  /** Records a file with its bytes; without them when they are kept in an object store (object-bytes.ts). */
  addFile(file: NewFileRecord, bytes: Uint8Array | undefined): Promise<StoredFile>;
  getFile(id: string): Promise<StoredFile | undefined>;
  getFileByPath(path: string): Promise<StoredFile | undefined>;
  /** The stored bytes of a file. */
  readBytes(id: string): Promise<Uint8Array | undefined>;
  /** Files the user owns or that are shared with them, newest first. */
  filesFor(user: string): Promise<StoredFile[]>;
  /** Sets a file's status, with its error or its reader's warnings (none when left out); a file being deleted keeps 'deleting'. */
  setStatus(
    id: string,
    status: StoredFile['status'],
    error?: string,
    warnings?: readonly Warning[],
  ): Promise<void>;
  share(id: string, users: readonly string[]): Promise<StoredFile>;
  /** Forgets a file and its bytes; false when there was none. */
  deleteFile(id: string): Promise<boolean>;
  /**
   * Queues a job on a file, due from `now` (ms); false when one is already queued or running.
   * A delete is never refused: it cancels the file's live job, if any, and is queued instead (a
   * running index job sees the file is being deleted and deletes it when it ends).
   */
  enqueueJob(fileId: string, now: number, kind?: JobKind): Promise<boolean>;
  /**
   * Claims the oldest due job, or one whose claim ran out (a worker that died mid-job), for the
   * queue's `expireMs`; atomically, so two workers never hold the same job.
   */
  claimJob(worker: string): Promise<Job | undefined>;
  addSkillRun(run: Pick<SkillRun, 'id' | 'user' | 'skill' | 'input' | 'created'>): Promise<void>;
  getSkillRun(id: string): Promise<SkillRun | undefined>;
  setSkillRun(id: string, status: SkillRun['status'], output?: unknown): Promise<void>;
  /** The file's newest job, whatever its state: what an operator looks at. */
  latestJob(fileId: string): Promise<Job | undefined>;
  /**
   * Ends a claimed job (a retry waits the queue's backoff, doubled for each claim so far); false
   * when this claim no longer holds it (it ran out, or a delete cancelled the job).
   */
  finishJob(job: Job, worker: string, outcome: JobOutcome): Promise<boolean>;
  /** Each user's stored conversations (conversation-records.ts). */
  readonly conversations: ConversationStore;
  /** Saved pages, private or shared with named users (page-records.ts). */
  readonly pages: PageStore;
  /** What administrators see beyond accounts: the jobs (admin-records.ts). */
  readonly admin: AdminStore;
  /** Decks' slide thumbnails, one PNG per slide (thumbnail-records.ts). */
  readonly thumbnails: ThumbnailStore;
  close(): Promise<void>;
};

export function newId(bytes = 12): string {
  return randomBytes(bytes).toString('base64url');
}

/** May this user read this file? Its owner and the users it is shared with may, unless it is being deleted. */
export function canRead(user: string, file: StoredFile): boolean {
  return file.status !== 'deleting' && (file.owner === user || file.sharedWith.includes(user));
}

/** A session's columns as both stores insert them: the token's hash, never the token. */
export function sessionRowValues(session: Session): (string | number)[] {
  return [hashSessionToken(session.token), session.user, session.csrf, session.expires];
}

/** A new session for a user: random token and CSRF token. */
export function newSession(user: string, ttlMs: number, now = Date.now()): Session {
  return { token: newId(32), user, csrf: newId(24), expires: now + ttlMs };
}

/** File rows as both stores hold them. */
export type FileRow = {
  id: string;
  owner: string;
  name: string;
  path: string;
  size: number | string;
  content_type: string;
  uploaded: string;
  shared_with: string | string[];
  status: string;
  error: string | null;
  generated_by: string | null;
  folder?: string | null;
  /** The reader's warnings as JSON text. */
  warnings?: string | null;
};

/** A new file's columns in the order both stores insert them (id … generated_by, folder). */
export function fileRowValues(file: NewFileRecord): (string | number | null)[] {
  return [
    file.id,
    file.owner,
    file.name,
    file.path,
    file.size,
    file.contentType,
    file.uploaded,
    file.status ?? 'indexing',
    file.generatedBy ?? null,
    file.folder ?? null,
  ];
}

/** The SQLite store's jobs table (PostgreSQL's queue is pg-boss); a partial unique index keeps one live job per file. */
export const JOBS_SQL = `
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY, file_id TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
  run_after BIGINT NOT NULL, lease_owner TEXT, lease_until BIGINT, error TEXT);
CREATE UNIQUE INDEX IF NOT EXISTS jobs_one_per_file ON jobs (file_id) WHERE status IN ('queued', 'running');
CREATE INDEX IF NOT EXISTS jobs_due ON jobs (status, run_after);
`;

/** Files got a folder after the table was first made: a separate step, run once. */
export const FILE_FOLDER_COLUMN_SQL = `ALTER TABLE files ADD COLUMN folder TEXT`;

/** Files got their reader's warnings after the table was first made: a separate step, run once. */
export const FILE_WARNINGS_COLUMN_SQL = `ALTER TABLE files ADD COLUMN warnings TEXT`;

/** Jobs got a kind after the table was first made: a separate step, run after JOBS_SQL. */
export const JOB_KIND_COLUMN_SQL = `ALTER TABLE jobs ADD COLUMN kind TEXT NOT NULL DEFAULT 'index'`;

/** Queues a job (placeholders: id, file id, kind, run after); nothing when the file has a live job. */
export const ENQUEUE_JOB_SQL = `INSERT INTO jobs (id, file_id, kind, status, run_after) VALUES ($1, $2, $3, 'queued', $4) ON CONFLICT DO NOTHING`;

/** Cancels the file's live job, before a delete is queued (placeholder: file id). */
export const CANCEL_LIVE_JOB_SQL = `UPDATE jobs SET status = 'cancelled', lease_owner = NULL, lease_until = NULL WHERE file_id = $1 AND status IN ('queued', 'running')`;

/** Sets a file's status (placeholders: id, status, error, warnings as JSON text); 'deleting' is only left for good. */
export const SET_STATUS_SQL = `UPDATE files SET status = $2, error = $3, warnings = $4 WHERE id = $1 AND (status <> 'deleting' OR $2 = 'deleting')`;

/** Skill runs queued as jobs: a table of their own, the same in both stores. */
export const SKILL_RUNS_SQL = `
CREATE TABLE IF NOT EXISTS skill_runs (
  id TEXT PRIMARY KEY, "user" TEXT NOT NULL, skill TEXT NOT NULL, input TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'queued', output TEXT, created TEXT NOT NULL);
`;
export const ADD_SKILL_RUN_SQL = `INSERT INTO skill_runs (id, "user", skill, input, created) VALUES ($1, $2, $3, $4, $5)`;
export const GET_SKILL_RUN_SQL = `SELECT id, "user", skill, input, status, output, created FROM skill_runs WHERE id = $1`;
export const SET_SKILL_RUN_SQL = `UPDATE skill_runs SET status = $2, output = $3 WHERE id = $1`;

export function skillRunValues(run: Pick<SkillRun, 'id' | 'user' | 'skill' | 'input' | 'created'>): string[] {
  return [run.id, run.user, run.skill, JSON.stringify(run.input ?? null), run.created];
}

export function rowToSkillRun(row: Record<string, unknown>): SkillRun {
  return {
    id: String(row.id),
    user: String(row.user),
    skill: String(row.skill),
    input: JSON.parse(String(row.input)),
    status: String(row.status) as SkillRun['status'],
    ...(row.output ? { output: JSON.parse(String(row.output)) } : {}),
    created: String(row.created),
  };
}

/** Picks the due job (placeholders: now, now, worker, claim end); the caller adds its own locking. */
export const CLAIM_JOB_SQL = (select: string) => `
UPDATE jobs SET status = 'running', lease_owner = $3, lease_until = $4, attempts = attempts + 1
WHERE id = (${select}) RETURNING id, file_id, kind, status, attempts, error, lease_owner`;
export const DUE_JOB_SQL = `SELECT id FROM jobs WHERE (status = 'queued' AND run_after <= $1) OR (status = 'running' AND lease_until < $2) ORDER BY run_after, id LIMIT 1`;

/** A job whose last claim ran out fails for good (placeholders: now, most attempts). */
export const EXPIRE_LAST_ATTEMPTS_SQL = `UPDATE jobs SET status = 'failed', error = 'Its worker stopped before it ended, on its last attempt.', lease_owner = NULL, lease_until = NULL
WHERE status = 'running' AND lease_until < $1 AND attempts >= $2`;

/** A retry waits until its time; a finished job keeps the time it last became due (LATEST_JOB_SQL orders by it). */
export const FINISH_JOB_SQL = `UPDATE jobs SET status = $1, error = $2,
  run_after = CASE WHEN $1 = 'queued' THEN $3 ELSE run_after END, lease_owner = NULL, lease_until = NULL
WHERE id = $4 AND lease_owner = $5 AND status = 'running' AND attempts = $6`;

/** The newest job of a file (placeholder: file id): its live one, else the one that last became due. */
export const LATEST_JOB_SQL = `SELECT id, file_id, kind, status, attempts, error, lease_owner FROM jobs WHERE file_id = $1
ORDER BY CASE WHEN status IN ('queued', 'running') THEN 0 ELSE 1 END, run_after DESC, rowid DESC LIMIT 1`;

/** The parameters of FINISH_JOB_SQL: a retry is due after the backoff, doubled for each claim before this one. */
export function finishJobValues(
  job: Job,
  worker: string,
  outcome: JobOutcome,
  settings: Pick<QueueSettings, 'backoffMs'>,
  now = Date.now(),
): (string | number | null)[] {
  const status = outcome.status === 'retry' ? 'queued' : outcome.status;
  const error = outcome.status === 'done' ? null : outcome.error;
  const runAfter = now + settings.backoffMs * 2 ** Math.max(0, job.attempts - 1);
  return [status, error, outcome.status === 'retry' ? runAfter : 0, job.id, worker, job.attempts];
}

/** A job's kind as stored (an unknown one reads as 'index'). */
export function jobKindOf(value: unknown): JobKind {
  return JOB_KINDS.find((kind) => kind === value) ?? 'index';
}

export function rowToJob(row: Record<string, unknown>, maxAttempts: number): Job {
  return {
    id: String(row.id),
    fileId: String(row.file_id),
    kind: jobKindOf(row.kind),
    status: String(row.status) as Job['status'],
    attempts: Number(row.attempts),
    maxAttempts,
    ...(row.error ? { error: String(row.error) } : {}),
    ...(row.lease_owner ? { worker: String(row.lease_owner) } : {}),
  };
}

export function rowToStoredFile(row: FileRow): StoredFile {
  return {
    id: row.id,
    owner: row.owner,
    name: row.name,
    path: row.path,
    size: Number(row.size),
    contentType: row.content_type,
    uploaded: row.uploaded,
    sharedWith:
      typeof row.shared_with === 'string' ? (JSON.parse(row.shared_with) as string[]) : row.shared_with,
    status: row.status as StoredFile['status'],
    ...(row.error ? { error: row.error } : {}),
    ...(row.generated_by ? { generatedBy: row.generated_by } : {}),
    ...(row.folder ? { folder: row.folder } : {}),
    ...(row.warnings ? { warnings: JSON.parse(row.warnings) as Warning[] } : {}),
  };
}

/** A file's warnings as the warnings column holds them: JSON text, or null when there are none. */
export function warningsColumn(warnings: readonly Warning[] | undefined): string | null {
  return warnings?.length ? JSON.stringify(warnings) : null;
}
