/**
 * @module workspace-records
 * The types of the server's own records and what both stores share: the WorkspaceDb
 * interface, who may read a file, new sessions, and file rows.
 */
import { randomBytes } from 'node:crypto';

import { hashSessionToken } from '../security/session-token.ts';

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
  readonly status: 'indexing' | 'ready' | 'error';
  readonly error?: string;
  /** Set on files the server generated (decks, workbooks, drafts). */
  readonly generatedBy?: string;
};

export type NewFileRecord = Omit<StoredFile, 'sharedWith' | 'status'> & { status?: StoredFile['status'] };

export type WorkspaceDb = {
  readonly kind: 'sqlite' | 'postgres';
  addUser(name: string, passwordHash: string, admin: boolean): Promise<void>;
  getUser(name: string): Promise<User | undefined>;
  listUsers(): Promise<{ name: string; admin: boolean }[]>;
  createSession(user: string, ttlMs: number): Promise<Session>;
  getSession(token: string): Promise<Session | undefined>;
  deleteSession(token: string): Promise<void>;
  /** Records a file with its bytes. */
  addFile(file: NewFileRecord, bytes: Uint8Array): Promise<StoredFile>;
  getFile(id: string): Promise<StoredFile | undefined>;
  getFileByPath(path: string): Promise<StoredFile | undefined>;
  /** The stored bytes of a file. */
  readBytes(id: string): Promise<Uint8Array | undefined>;
  /** Files the user owns or that are shared with them, newest first. */
  filesFor(user: string): Promise<StoredFile[]>;
  setStatus(id: string, status: StoredFile['status'], error?: string): Promise<void>;
  share(id: string, users: readonly string[]): Promise<StoredFile>;
  /** Forgets a file and its bytes; false when there was none. */
  deleteFile(id: string): Promise<boolean>;
  close(): Promise<void>;
};

export function newId(bytes = 12): string {
  return randomBytes(bytes).toString('base64url');
}

/** May this user read this file? Its owner and the users it is shared with may. */
export function canRead(user: string, file: StoredFile): boolean {
  return file.owner === user || file.sharedWith.includes(user);
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
};

/** A new file's columns in the order both stores insert them (id … generated_by). */
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
  ];
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
  };
}
