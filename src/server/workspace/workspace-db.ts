/**
 * @module workspace-db
 * The server's own records, in one SQLite file beside the index: user accounts, login
 * sessions, uploaded files with their owner and who they are shared with, and generated
 * artifacts. The index holds the content; this holds who may see it.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type User = { readonly name: string; readonly admin: boolean; readonly passwordHash: string };
export type Session = {
  readonly token: string;
  readonly user: string;
  readonly csrf: string;
  readonly expires: number;
};
export type StoredFile = {
  readonly id: string;
  readonly owner: string;
  readonly name: string;
  /** Absolute path of the stored copy (a safe name, never the user's). */
  readonly path: string;
  readonly size: number;
  readonly contentType: string;
  readonly uploaded: string;
  readonly sharedWith: readonly string[];
  readonly status: 'indexing' | 'ready' | 'error';
  readonly error?: string;
  /** Set on files the server generated (decks, workbooks, drafts). */
  readonly generatedBy?: string;
};

export type WorkspaceDb = {
  addUser(name: string, passwordHash: string, admin: boolean): void;
  getUser(name: string): User | undefined;
  listUsers(): { name: string; admin: boolean }[];
  createSession(user: string, ttlMs: number): Session;
  getSession(token: string): Session | undefined;
  deleteSession(token: string): void;
  addFile(file: Omit<StoredFile, 'sharedWith' | 'status'> & { status?: StoredFile['status'] }): StoredFile;
  getFile(id: string): StoredFile | undefined;
  getFileByPath(path: string): StoredFile | undefined;
  /** Files the user owns or that are shared with them. */
  filesFor(user: string): StoredFile[];
  canRead(user: string, file: StoredFile): boolean;
  setStatus(id: string, status: StoredFile['status'], error?: string): void;
  share(id: string, users: readonly string[]): StoredFile;
  /** Forgets a file's record; false when there was none. */
  deleteFile(id: string): boolean;
  close(): void;
};

export function newId(bytes = 12): string {
  return randomBytes(bytes).toString('base64url');
}

type FileRow = {
  id: string;
  owner: string;
  name: string;
  path: string;
  size: number;
  content_type: string;
  uploaded: string;
  shared_with: string;
  status: string;
  error: string | null;
  generated_by: string | null;
};

function toFile(row: FileRow): StoredFile {
  return {
    id: row.id,
    owner: row.owner,
    name: row.name,
    path: row.path,
    size: row.size,
    contentType: row.content_type,
    uploaded: row.uploaded,
    sharedWith: JSON.parse(row.shared_with) as string[],
    status: row.status as StoredFile['status'],
    ...(row.error ? { error: row.error } : {}),
    ...(row.generated_by ? { generatedBy: row.generated_by } : {}),
  };
}

export function openWorkspaceDb(path: string): WorkspaceDb {
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
  `);
  const statements = {
    addUser: db.prepare('INSERT INTO users (name, password_hash, admin, created) VALUES (?, ?, ?, ?)'),
    getUser: db.prepare('SELECT name, password_hash, admin FROM users WHERE name = ?'),
    listUsers: db.prepare('SELECT name, admin FROM users ORDER BY name'),
    createSession: db.prepare('INSERT INTO sessions (token, user, csrf, expires) VALUES (?, ?, ?, ?)'),
    getSession: db.prepare('SELECT token, user, csrf, expires FROM sessions WHERE token = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE token = ?'),
    purgeSessions: db.prepare('DELETE FROM sessions WHERE expires < ?'),
    addFile: db.prepare(
      'INSERT INTO files (id, owner, name, path, size, content_type, uploaded, status, generated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    getFile: db.prepare('SELECT * FROM files WHERE id = ?'),
    getFileByPath: db.prepare('SELECT * FROM files WHERE path = ?'),
    allFiles: db.prepare('SELECT * FROM files ORDER BY uploaded DESC, name'),
    setStatus: db.prepare('UPDATE files SET status = ?, error = ? WHERE id = ?'),
    share: db.prepare('UPDATE files SET shared_with = ? WHERE id = ?'),
    deleteFile: db.prepare('DELETE FROM files WHERE id = ?'),
  };
  const api: WorkspaceDb = {
    addUser(name, passwordHash, admin) {
      statements.addUser.run(name, passwordHash, admin ? 1 : 0, new Date().toISOString());
    },
    getUser(name) {
      const row = statements.getUser.get(name) as
        | { name: string; password_hash: string; admin: number }
        | undefined;
      return row ? { name: row.name, admin: row.admin === 1, passwordHash: row.password_hash } : undefined;
    },
    listUsers() {
      return (statements.listUsers.all() as { name: string; admin: number }[]).map((row) => ({
        name: row.name,
        admin: row.admin === 1,
      }));
    },
    createSession(user, ttlMs) {
      statements.purgeSessions.run(Date.now());
      const session: Session = { token: newId(32), user, csrf: newId(24), expires: Date.now() + ttlMs };
      statements.createSession.run(session.token, session.user, session.csrf, session.expires);
      return session;
    },
    getSession(token) {
      const row = statements.getSession.get(token) as Session | undefined;
      if (!row || row.expires < Date.now()) return undefined;
      return row;
    },
    deleteSession(token) {
      statements.deleteSession.run(token);
    },
    addFile(file) {
      statements.addFile.run(
        file.id,
        file.owner,
        file.name,
        file.path,
        file.size,
        file.contentType,
        file.uploaded,
        file.status ?? 'indexing',
        file.generatedBy ?? null,
      );
      return api.getFile(file.id)!;
    },
    getFile(id) {
      const row = statements.getFile.get(id) as FileRow | undefined;
      return row ? toFile(row) : undefined;
    },
    getFileByPath(path) {
      const row = statements.getFileByPath.get(path) as FileRow | undefined;
      return row ? toFile(row) : undefined;
    },
    filesFor(user) {
      return (statements.allFiles.all() as FileRow[]).map(toFile).filter((file) => api.canRead(user, file));
    },
    canRead(user, file) {
      return file.owner === user || file.sharedWith.includes(user);
    },
    setStatus(id, status, error) {
      statements.setStatus.run(status, error ?? null, id);
    },
    share(id, users) {
      statements.share.run(JSON.stringify([...new Set(users)].sort()), id);
      return api.getFile(id)!;
    },
    deleteFile(id) {
      return statements.deleteFile.run(id).changes > 0;
    },
    close() {
      db.close();
    },
  };
  return api;
}
