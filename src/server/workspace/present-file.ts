/**
 * @module present-file
 * How stored files and skill results look to a client: file ids and original names, never
 * paths on the server, and only files the requesting user may read.
 */
import type { FileInfo } from '../../protocol/api.ts';
import type { StoredFile, WorkspaceDb } from './workspace-db.ts';

export function presentFile(file: StoredFile): FileInfo {
  return {
    id: file.id,
    name: file.name,
    owner: file.owner,
    size: file.size,
    contentType: file.contentType,
    uploaded: file.uploaded,
    sharedWith: [...file.sharedWith],
    status: file.status,
    ...(file.error ? { error: file.error } : {}),
    ...(file.generatedBy ? { generatedBy: file.generatedBy } : {}),
    downloadUrl: `/api/files/${file.id}/download`,
  };
}

/** The file with this id, if the user may read it. */
export function readableFile(db: WorkspaceDb, user: string, id: string): StoredFile | undefined {
  const file = db.getFile(id);
  return file && db.canRead(user, file) ? file : undefined;
}

/** The file stored at this server path, if the user may read it. */
export function visibleFile(db: WorkspaceDb, user: string, path: string): StoredFile | undefined {
  const file = db.getFileByPath(path);
  return file && db.canRead(user, file) ? file : undefined;
}

/**
 * A skill's result as a client sees it: every `{ path }` that is a stored file the user may
 * read becomes `{ fileId, name }`; any other mention of the data folder becomes `<workspace>`.
 */
export function presentSkillData(value: unknown, db: WorkspaceDb, user: string, dataDir: string): unknown {
  const walk = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(walk);
    if (typeof item === 'string') return item.split(dataDir).join('<workspace>');
    if (!item || typeof item !== 'object') return item;
    const record = item as Record<string, unknown>;
    const file = typeof record.path === 'string' ? visibleFile(db, user, record.path) : undefined;
    const entries = Object.entries(record)
      .filter(([key]) => !(file && key === 'path'))
      .map(([key, child]) => [key, walk(child)] as const);
    return { ...(file ? { fileId: file.id, name: file.name } : {}), ...Object.fromEntries(entries) };
  };
  return walk(value);
}
