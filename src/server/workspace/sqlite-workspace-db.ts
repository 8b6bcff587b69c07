/**
 * @module sqlite-workspace-db
 * The workspace records in one local SQLite file (WAL). Files made before bytes were kept in
 * the records are read from their stored path.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { adminStore, QUOTAS_SQL } from './admin-records.ts';
import { CONVERSATIONS_SQL, conversationStore, type SqlRunner } from './conversation-records.ts';
import { PAGES_SQL, pageStore } from './page-records.ts';
import { THUMBNAILS_SQL, thumbnailStore } from './thumbnail-records.ts';
import {
  ADD_SKILL_RUN_SQL,
  CANCEL_LIVE_JOB_SQL,
  CLAIM_JOB_SQL,
  canRead,
  DUE_JOB_SQL,
  ENQUEUE_JOB_SQL,
  EXPIRE_LAST_ATTEMPTS_SQL,
  FILE_FOLDER_COLUMN_SQL,
  FILE_WARNINGS_COLUMN_SQL,
  FINISH_JOB_SQL,
  type FileRow,
  fileRowValues,
  finishJobValues,
  GET_SKILL_RUN_SQL,
  hashSessionToken,
  JOB_KIND_COLUMN_SQL,
  JOBS_SQL,
  type JobKind,
  LATEST_JOB_SQL,
  newId,
  newSession,
  QUEUE_DEFAULTS,
  type QueueSettings,
  rowToJob,
  rowToSkillRun,
  rowToStoredFile,
  SET_SKILL_RUN_SQL,
  SET_STATUS_SQL,
  type Session,
  SKILL_RUNS_SQL,
  sessionRowValues,
  skillRunValues,
  type WorkspaceDb,
  warningsColumn,
} from './workspace-records.ts';

/** PostgreSQL's `$1` placeholders as named ones (`@p1`), for the statements both stores share. */
function numbered(sql: string): string {
  return sql.replace(/\$(\d+)/g, '@p$1');
}

/** Values for `numbered` statements, in PostgreSQL's order. */
function bind(values: readonly unknown[]): Record<string, unknown> {
  return Object.fromEntries(values.map((value, index) => [`p${index + 1}`, value]));
}

/** Statements with `$n` placeholders on this connection, prepared once each. */
function sqliteRunner(db: Database.Database): SqlRunner {
  const prepared = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    const found = prepared.get(sql) ?? db.prepare(numbered(sql));
    prepared.set(sql, found);
    return found;
  };
  return {
    async all<T>(sql: string, params: readonly unknown[]) {
      return statement(sql).all(bind(params)) as T[];
    },
    async run(sql: string, params: readonly unknown[]) {
      return statement(sql).run(bind(params)).changes;
    },
    async runInTransaction(statements) {
      db.transaction(() => {
        for (const { sql, params } of statements) statement(sql).run(bind(params));
      })();
    },
  };
}

export function openSqliteWorkspaceDb(path: string, queue: QueueSettings = QUEUE_DEFAULTS): WorkspaceDb {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, admin INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS sessions (token TEXT PRIMARY KEY, user TEXT NOT NULL REFERENCES users(name), csrf TEXT NOT NULL, expires INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS files (
      id TEXT PRIMARY KEY, owner TEXT NOT NULL REFERENCES users(name), name TEXT NOT NULL, path TEXT NOT NULL UNIQUE,
      size INTEGER NOT NULL, content_type TEXT NOT NULL, uploaded TEXT NOT NULL, shared_with TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL DEFAULT 'indexing', error TEXT, generated_by TEXT
    );
    CREATE INDEX IF NOT EXISTS files_owner ON files(owner);
    CREATE TABLE IF NOT EXISTS file_bytes (id TEXT PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE, bytes BLOB NOT NULL);
  `);
  db.exec(JOBS_SQL);
  db.exec(CONVERSATIONS_SQL);
  db.exec(PAGES_SQL);
  if (
    !(db.prepare('PRAGMA table_info(jobs)').all() as { name: string }[]).some(
      (column) => column.name === 'kind',
    )
  )
    db.exec(JOB_KIND_COLUMN_SQL);
  db.exec(SKILL_RUNS_SQL);
  const fileColumns = new Set(
    (db.prepare('PRAGMA table_info(files)').all() as { name: string }[]).map((column) => column.name),
  );
  if (!fileColumns.has('folder')) db.exec(FILE_FOLDER_COLUMN_SQL);
  if (!fileColumns.has('warnings')) db.exec(FILE_WARNINGS_COLUMN_SQL);
  db.exec(QUOTAS_SQL);
  db.exec(THUMBNAILS_SQL('BLOB'));
  db.pragma('foreign_keys = ON');
  const statements = {
    addUser: db.prepare('INSERT INTO users (name, password_hash, admin, created) VALUES (?, ?, ?, ?)'),
    getUser: db.prepare('SELECT name, password_hash, admin FROM users WHERE name = ?'),
    listUsers: db.prepare('SELECT name, admin FROM users ORDER BY name'),
    createSession: db.prepare('INSERT INTO sessions (token, user, csrf, expires) VALUES (?, ?, ?, ?)'),
    getSession: db.prepare('SELECT user, csrf, expires FROM sessions WHERE token = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE token = ?'),
    purgeSessions: db.prepare('DELETE FROM sessions WHERE expires < ?'),
    addFile: db.prepare(
      'INSERT INTO files (id, owner, name, path, size, content_type, uploaded, status, generated_by, folder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    addBytes: db.prepare('INSERT INTO file_bytes (id, bytes) VALUES (?, ?)'),
    getBytes: db.prepare('SELECT bytes FROM file_bytes WHERE id = ?').pluck(),
    getFile: db.prepare('SELECT * FROM files WHERE id = ?'),
    getFileByPath: db.prepare('SELECT * FROM files WHERE path = ?'),
    allFiles: db.prepare('SELECT * FROM files ORDER BY uploaded DESC, name'),
    setStatus: db.prepare(numbered(SET_STATUS_SQL)),
    share: db.prepare('UPDATE files SET shared_with = ? WHERE id = ?'),
    deleteFile: db.prepare('DELETE FROM files WHERE id = ?'),
    enqueueJob: db.prepare(numbered(ENQUEUE_JOB_SQL)),
    cancelLiveJob: db.prepare(numbered(CANCEL_LIVE_JOB_SQL)),
    expireLastAttempts: db.prepare(numbered(EXPIRE_LAST_ATTEMPTS_SQL)),
    // One statement: SQLite runs it atomically, across connections and processes.
    claimJob: db.prepare(numbered(CLAIM_JOB_SQL(DUE_JOB_SQL))),
    latestJob: db.prepare(numbered(LATEST_JOB_SQL)),
    addSkillRun: db.prepare(numbered(ADD_SKILL_RUN_SQL)),
    getSkillRun: db.prepare(numbered(GET_SKILL_RUN_SQL)),
    setSkillRun: db.prepare(numbered(SET_SKILL_RUN_SQL)),
    finishJob: db.prepare(numbered(FINISH_JOB_SQL)),
  };
  const runner = sqliteRunner(db);
  // A delete cancels the file's live job and takes its place, in one transaction.
  const enqueue = db.transaction((fileId: string, now: number, kind: JobKind) => {
    if (kind === 'delete') statements.cancelLiveJob.run(bind([fileId]));
    return statements.enqueueJob.run(bind([newId(), fileId, kind, now])).changes > 0;
  });
  // A claim that ran out on a job's last attempt fails it; then the oldest due job is claimed.
  const claim = db.transaction((worker: string, now: number) => {
    statements.expireLastAttempts.run(bind([now, queue.maxAttempts]));
    return statements.claimJob.get(bind([now, now, worker, now + queue.expireMs]));
  });
  const getFile = (id: string) => {
    const row = statements.getFile.get(id) as FileRow | undefined;
    return row ? rowToStoredFile(row) : undefined;
  };
  const addFileTx = db.transaction(
    (file: Parameters<WorkspaceDb['addFile']>[0], bytes: Uint8Array | undefined) => {
      statements.addFile.run(...fileRowValues(file));
      if (bytes) statements.addBytes.run(file.id, Buffer.from(bytes));
    },
  );
  return {
    kind: 'sqlite',
    url: path,
    queue,
    async addUser(name, passwordHash, admin) {
      statements.addUser.run(name, passwordHash, admin ? 1 : 0, new Date().toISOString());
    },
    async getUser(name) {
      const row = statements.getUser.get(name) as
        | { name: string; password_hash: string; admin: number }
        | undefined;
      return row ? { name: row.name, admin: row.admin === 1, passwordHash: row.password_hash } : undefined;
    },
    async listUsers() {
      return (statements.listUsers.all() as { name: string; admin: number }[]).map((row) => ({
        name: row.name,
        admin: row.admin === 1,
      }));
    },
    async createSession(user, ttlMs) {
      statements.purgeSessions.run(Date.now());
      const session = newSession(user, ttlMs);
      statements.createSession.run(...sessionRowValues(session));
      return session;
    },
    async getSession(token) {
      const row = statements.getSession.get(hashSessionToken(token)) as Omit<Session, 'token'> | undefined;
      if (!row || row.expires < Date.now()) return undefined;
      return { token, ...row };
    },
    async deleteSession(token) {
      statements.deleteSession.run(hashSessionToken(token));
    },
    async addFile(file, bytes) {
      addFileTx(file, bytes);
      return getFile(file.id)!;
    },
    async getFile(id) {
      return getFile(id);
    },
    async getFileByPath(path) {
      const row = statements.getFileByPath.get(path) as FileRow | undefined;
      return row ? rowToStoredFile(row) : undefined;
    },
    async readBytes(id) {
      const bytes = statements.getBytes.get(id) as Buffer | undefined;
      if (bytes) return bytes;
      const file = getFile(id);
      return file ? readFile(file.path).catch(() => undefined) : undefined;
    },
    async filesFor(user) {
      return (statements.allFiles.all() as FileRow[])
        .map(rowToStoredFile)
        .filter((file) => canRead(user, file));
    },
    async setStatus(id, status, error, warnings) {
      statements.setStatus.run(bind([id, status, error ?? null, warningsColumn(warnings)]));
    },
    async share(id, users) {
      statements.share.run(JSON.stringify([...new Set(users)].sort()), id);
      return getFile(id)!;
    },
    async deleteFile(id) {
      return statements.deleteFile.run(id).changes > 0;
    },
    async enqueueJob(fileId, now, kind = 'index') {
      return enqueue(fileId, now, kind);
    },
    async claimJob(worker) {
      const now = Date.now();
      const row = claim(worker, now) as Record<string, unknown> | undefined;
      return row ? rowToJob(row, queue.maxAttempts) : undefined;
    },
    async addSkillRun(run) {
      statements.addSkillRun.run(bind(skillRunValues(run)));
    },
    async getSkillRun(id) {
      const row = statements.getSkillRun.get(bind([id])) as Record<string, unknown> | undefined;
      return row ? rowToSkillRun(row) : undefined;
    },
    async setSkillRun(id, status, output) {
      statements.setSkillRun.run(bind([id, status, output === undefined ? null : JSON.stringify(output)]));
    },
    async latestJob(fileId) {
      const row = statements.latestJob.get(bind([fileId])) as Record<string, unknown> | undefined;
      return row ? rowToJob(row, queue.maxAttempts) : undefined;
    },
    async finishJob(job, worker, outcome) {
      return statements.finishJob.run(bind(finishJobValues(job, worker, outcome, queue))).changes > 0;
    },
    conversations: conversationStore(runner),
    pages: pageStore(runner),
    admin: adminStore(runner),
    thumbnails: thumbnailStore(runner),
    async close() {
      db.close();
    },
  };
}
