/**
 * @module present-file
 * How stored files and skill results look to a client: file ids and original names, never
 * paths on the server, and only files the requesting user may read.
 */
import type { FileInfo } from '../../protocol/api.ts';
import { canRead, type StoredFile, type WorkspaceDb } from './workspace-db.ts';

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
    ...(file.warnings?.length
      ? { warnings: file.warnings.map(({ type, message }) => ({ type, message })) }
      : {}),
    ...(file.generatedBy ? { generatedBy: file.generatedBy } : {}),
    ...(file.folder ? { folder: file.folder } : {}),
    downloadUrl: `/api/files/${file.id}/download`,
  };
}

/** The file with this id, if the user may read it. */
export async function readableFile(
  db: WorkspaceDb,
  user: string,
  id: string,
): Promise<StoredFile | undefined> {
  return ifReadable(user, await db.getFile(id));
}

/** The file stored at this server path, if the user may read it. */
export async function visibleFile(
  db: WorkspaceDb,
  user: string,
  path: string,
): Promise<StoredFile | undefined> {
  return ifReadable(user, await db.getFileByPath(path));
}

function ifReadable(user: string, file: StoredFile | undefined): StoredFile | undefined {
  return file && canRead(user, file) ? file : undefined;
}

/** The stored files the user may read among these index paths, by path. */
export async function visibleFiles(
  db: WorkspaceDb,
  user: string,
  paths: Iterable<string>,
): Promise<Map<string, StoredFile>> {
  const found = new Map<string, StoredFile>();
  for (const path of new Set(paths)) {
    const file = await visibleFile(db, user, path);
    if (file) found.set(path, file);
  }
  return found;
}

/**
 * A skill's result as a client sees it: every `{ path }` that is a stored file the user may
 * read becomes `{ fileId, name }`; any other mention of the data folder becomes `<workspace>`.
 */
export async function presentSkillData(
  value: unknown,
  db: WorkspaceDb,
  user: string,
  dataDir: string,
): Promise<unknown> {
  const paths: string[] = [];
  const collect = (item: unknown): void => {
    if (Array.isArray(item)) for (const child of item) collect(child);
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if (typeof record.path === 'string') paths.push(record.path);
      for (const child of Object.values(record)) collect(child);
    }
  };
  collect(value);
  const files = await visibleFiles(db, user, paths);
  const walk = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(walk);
    if (typeof item === 'string') return item.split(dataDir).join('<workspace>');
    if (!item || typeof item !== 'object') return item;
    const record = item as Record<string, unknown>;
    const file = typeof record.path === 'string' ? files.get(record.path) : undefined;
    const entries = Object.entries(record)
      .filter(([key]) => !(file && key === 'path'))
      .map(([key, child]) => [key, walk(child)] as const);
    return { ...(file ? { fileId: file.id, name: file.name } : {}), ...Object.fromEntries(entries) };
  };
  return walk(value);
}
