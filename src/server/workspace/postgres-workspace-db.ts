/**
 * @module postgres-workspace-db
 * The workspace records in a PostgreSQL schema (`?schema=NAME`, default
 * `officemate_workspace`): accounts, sessions (token hashes), files and their bytes (bytea),
 * shares; jobs in pg-boss's schema beside it (pg-boss-queue.ts). Every `serve` instance on the
 * database sees the same records.
 */
import type pg from 'pg';
import { fail } from '../../lib/errors.ts';
import { inTransaction, openSchemaPool, splitPostgresUrl } from '../../lib/postgres-pool.ts';
import { adminStore, QUOTAS_SQL } from './admin-records.ts';
import { CONVERSATIONS_SQL, conversationStore, type SqlRunner } from './conversation-records.ts';
import { PAGES_SQL, pageStore } from './page-records.ts';
import { pgBossQueue } from './pg-boss-queue.ts';
import { THUMBNAILS_SQL, thumbnailStore } from './thumbnail-records.ts';
import {
  ADD_SKILL_RUN_SQL,
  FILE_FOLDER_COLUMN_SQL,
  FILE_WARNINGS_COLUMN_SQL,
  type FileRow,
  fileRowValues,
  GET_SKILL_RUN_SQL,
  hashSessionToken,
  newSession,
  QUEUE_DEFAULTS,
  type QueueSettings,
  rowToSkillRun,
  rowToStoredFile,
  SET_SKILL_RUN_SQL,
  SET_STATUS_SQL,
  SKILL_RUNS_SQL,
  sessionRowValues,
  skillRunValues,
  type WorkspaceDb,
  warningsColumn,
} from './workspace-records.ts';

const schemaSql = (schema: string) => `
CREATE SCHEMA IF NOT EXISTS ${schema};
SET search_path TO ${schema};
CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, admin BOOLEAN NOT NULL DEFAULT false, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (token TEXT PRIMARY KEY, "user" TEXT NOT NULL REFERENCES users(name), csrf TEXT NOT NULL, expires BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
  id TEXT PRIMARY KEY, owner TEXT NOT NULL REFERENCES users(name), name TEXT NOT NULL, path TEXT NOT NULL UNIQUE,
  size BIGINT NOT NULL, content_type TEXT NOT NULL, uploaded TEXT NOT NULL, shared_with JSONB NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'indexing', error TEXT, generated_by TEXT);
CREATE INDEX IF NOT EXISTS files_owner ON files (owner);
CREATE TABLE IF NOT EXISTS file_bytes (id TEXT PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE, bytes BYTEA NOT NULL);
`;

const SCHEMA_LOCK = 727374;

export async function openPostgresWorkspaceDb(
  url: string,
  queueSettings: QueueSettings = QUEUE_DEFAULTS,
): Promise<WorkspaceDb> {
  const target = splitPostgresUrl(url, 'officemate_workspace');
  let pool: pg.Pool;
  try {
    pool = await openSchemaPool(target, SCHEMA_LOCK, async (client) => {
      await client.query(schemaSql(target.schema));
      await client.query(CONVERSATIONS_SQL);
      await client.query(PAGES_SQL);
      await client.query(SKILL_RUNS_SQL);
      await client.query(FILE_FOLDER_COLUMN_SQL.replace('ADD COLUMN', 'ADD COLUMN IF NOT EXISTS'));
      await client.query(FILE_WARNINGS_COLUMN_SQL.replace('ADD COLUMN', 'ADD COLUMN IF NOT EXISTS'));
      await client.query(QUOTAS_SQL);
      await client.query(THUMBNAILS_SQL('BYTEA'));
    });
  } catch (thrown) {
    return fail(
      'index_corrupt',
      `The workspace records at ${target.location} cannot be opened: ${(thrown as Error).message}.`,
      { hint: 'Check that the server is running and the URL, user and password are right.' },
    );
  }
  const query = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    (await pool.query(sql, params)).rows as T[];
  const runner: SqlRunner = {
    all: <T>(sql: string, params: readonly unknown[]) => query<T>(sql, [...params]),
    run: async (sql, params) => (await pool.query(sql, [...params])).rowCount ?? 0,
    runInTransaction: (statements) =>
      inTransaction(pool, async (client) => {
        for (const { sql, params } of statements) await client.query(sql, [...params]);
      }),
  };
  const getFile = async (id: string) => {
    const [row] = await query<FileRow>('SELECT * FROM files WHERE id = $1', [id]);
    return row ? rowToStoredFile(row) : undefined;
  };
  const queue = pgBossQueue(pool, target.schema, queueSettings);
  return {
    kind: 'postgres',
    url,
    queue: queueSettings,
    async addUser(name, passwordHash, admin) {
      await query('INSERT INTO users (name, password_hash, admin, created) VALUES ($1, $2, $3, $4)', [
        name,
        passwordHash,
        admin,
        new Date().toISOString(),
      ]);
    },
    async getUser(name) {
      const [row] = await query<{ name: string; password_hash: string; admin: boolean }>(
        'SELECT name, password_hash, admin FROM users WHERE name = $1',
        [name],
      );
      return row ? { name: row.name, admin: row.admin, passwordHash: row.password_hash } : undefined;
    },
    async listUsers() {
      return query<{ name: string; admin: boolean }>(
        'SELECT name, admin FROM users ORDER BY name COLLATE "C"',
      );
    },
    async createSession(user, ttlMs) {
      await query('DELETE FROM sessions WHERE expires < $1', [Date.now()]);
      const session = newSession(user, ttlMs);
      await query(
        'INSERT INTO sessions (token, "user", csrf, expires) VALUES ($1, $2, $3, $4)',
        sessionRowValues(session),
      );
      return session;
    },
    async getSession(token) {
      const [row] = await query<{ user: string; csrf: string; expires: string }>(
        'SELECT "user", csrf, expires FROM sessions WHERE token = $1',
        [hashSessionToken(token)],
      );
      if (!row || Number(row.expires) < Date.now()) return undefined;
      return { token, user: row.user, csrf: row.csrf, expires: Number(row.expires) };
    },
    async deleteSession(token) {
      await query('DELETE FROM sessions WHERE token = $1', [hashSessionToken(token)]);
    },
    async addFile(file, bytes) {
      await inTransaction(pool, async (client) => {
        await client.query(
          'INSERT INTO files (id, owner, name, path, size, content_type, uploaded, status, generated_by, folder) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
          fileRowValues(file),
        );
        if (bytes)
          await client.query('INSERT INTO file_bytes (id, bytes) VALUES ($1, $2)', [
            file.id,
            Buffer.from(bytes),
          ]);
      });
      return (await getFile(file.id))!;
    },
    getFile,
    async getFileByPath(path) {
      const [row] = await query<FileRow>('SELECT * FROM files WHERE path = $1', [path]);
      return row ? rowToStoredFile(row) : undefined;
    },
    async readBytes(id) {
      const [row] = await query<{ bytes: Buffer }>('SELECT bytes FROM file_bytes WHERE id = $1', [id]);
      return row?.bytes;
    },
    async filesFor(user) {
      return (
        await query<FileRow>(
          `SELECT * FROM files WHERE (owner = $1 OR shared_with ? $1) AND status <> 'deleting' ORDER BY uploaded DESC, name COLLATE "C"`,
          [user],
        )
      ).map(rowToStoredFile);
    },
    async setStatus(id, status, error, warnings) {
      await query(SET_STATUS_SQL, [id, status, error ?? null, warningsColumn(warnings)]);
    },
    async share(id, users) {
      await query('UPDATE files SET shared_with = $2 WHERE id = $1', [
        id,
        JSON.stringify([...new Set(users)].sort()),
      ]);
      return (await getFile(id))!;
    },
    async deleteFile(id) {
      return ((await pool.query('DELETE FROM files WHERE id = $1', [id])).rowCount ?? 0) > 0;
    },
    enqueueJob: (fileId, now, kind = 'index') => queue.enqueue(fileId, now, kind),
    claimJob: () => queue.claim(),
    async addSkillRun(run) {
      await query(ADD_SKILL_RUN_SQL, skillRunValues(run));
    },
    async getSkillRun(id) {
      const [row] = await query(GET_SKILL_RUN_SQL, [id]);
      return row ? rowToSkillRun(row) : undefined;
    },
    async setSkillRun(id, status, output) {
      await query(SET_SKILL_RUN_SQL, [id, status, output === undefined ? null : JSON.stringify(output)]);
    },
    latestJob: (fileId) => queue.latest(fileId),
    finishJob: (job, _worker, outcome) => queue.finish(job, outcome),
    conversations: conversationStore(runner),
    pages: pageStore(runner),
    admin: adminStore(runner, (limit) => queue.recent(limit)),
    thumbnails: thumbnailStore(runner),
    async close() {
      await queue.stop();
      await pool.end();
    },
  };
}
