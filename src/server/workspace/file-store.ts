/**
 * @module file-store
 * Stores uploaded and generated files under the data folder, each in its own folder under a
 * safe name, records them with their bytes in the workspace db, changes their readers in place
 * when they are shared, and deletes them with everything derived (indexing: index-jobs.ts).
 */
import { access, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fail } from '../../lib/errors.ts';
import { newId, type StoredFile } from './workspace-db.ts';
import type { WorkspaceOptions } from './workspace-options.ts';

/** A storage name that can never escape its folder or confuse a shell. */
export function safeStorageName(original: string): string {
  const base = basename(original.replace(/\\/g, '/')).normalize('NFKC');
  const extension = extname(base)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '')
    .slice(0, 10);
  const stem =
    base
      .slice(0, base.length - extname(base).length)
      .replace(/[^\p{L}\p{N}._ -]/gu, '_')
      .replace(/^[.\s]+/, '')
      .slice(0, 100) || 'file';
  return `${stem}${extension}`;
}

export type NewFile = {
  readonly owner: string;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly contentType: string;
  /** The skill that made it; generated files are ready at once and not indexed. */
  readonly generatedBy?: string;
  /** The folder it was uploaded into. */
  readonly folder?: string;
};

/** Where this instance keeps its copy of a stored file: its own folder, named by the file's id. */
function localPath(options: Pick<WorkspaceOptions, 'dataDir'>, id: string, name: string): string {
  return resolve(options.dataDir, 'files', id, safeStorageName(name));
}

/** Records a file with its bytes (every instance can read them) and keeps a copy on this one for reading and indexing. */
export async function storeFile(
  options: Pick<WorkspaceOptions, 'db' | 'dataDir' | 'clock'>,
  file: NewFile,
): Promise<StoredFile> {
  const id = newId();
  const path = localPath(options, id, file.name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, file.bytes);
  return options.db.addFile(
    {
      id,
      owner: file.owner,
      name: file.name,
      path,
      size: file.bytes.length,
      contentType: file.contentType,
      uploaded: options.clock.now().toISOString(),
      ...(file.generatedBy ? { status: 'ready' as const, generatedBy: file.generatedBy } : {}),
      ...(file.folder ? { folder: file.folder } : {}),
    },
    file.bytes,
  );
}

/**
 * A readable copy of a stored file on this instance: the one it stored, or one written from
 * the recorded bytes (a file stored by another instance on the same database).
 */
export async function localCopy(
  options: Pick<WorkspaceOptions, 'db' | 'dataDir'>,
  file: StoredFile,
): Promise<string> {
  const path = localPath(options, file.id, file.name);
  const present = await access(path).then(
    () => true,
    () => false,
  );
  if (present) return path;
  const bytes = await options.db.readBytes(file.id);
  if (!bytes)
    return fail('not_found', `The bytes of ${file.name} are missing.`, { hint: 'Upload it again.' });
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  return path;
}

/** Who may read a stored file's passages: its owner and the users it is shared with. */
export function readersOf(file: StoredFile): string[] {
  return [file.owner, ...file.sharedWith];
}

/**
 * Shares a file with exactly these users: the record and the index's readers change in place.
 * A readers job is queued first, so the index follows the record even when this process dies
 * between the two (a live index job sets the readers itself when it ends).
 */
export async function shareFile(
  options: WorkspaceOptions,
  file: StoredFile,
  users: readonly string[],
): Promise<StoredFile> {
  await options.db.enqueueJob(file.id, Date.now(), 'readers');
  const updated = await options.db.share(file.id, users);
  await options.index.store.setReaders(updated.path, readersOf(updated));
  options.jobs?.kick();
  return updated;
}

/**
 * Deletes a stored file as a durable job: the file is marked 'deleting' (hidden from every
 * route at once) and its delete job queued; its passages and people mentions leave the index
 * now, so no search or answer reaches it; the job (`deleteStoredFile`, index-jobs.ts) then
 * removes them again, the record and the recorded bytes, and finishes after a crash.
 */
export async function deleteFile(options: WorkspaceOptions, file: StoredFile): Promise<void> {
  await options.db.setStatus(file.id, 'deleting');
  await options.db.enqueueJob(file.id, Date.now(), 'delete');
  await options.index.store.removeFile(file.path);
  options.jobs?.kick();
}

/** The delete job's work, safe to repeat: passages and mentions, record and bytes, this instance's copy. */
export async function deleteStoredFile(
  options: Pick<WorkspaceOptions, 'db' | 'index' | 'dataDir'>,
  file: StoredFile,
): Promise<void> {
  await options.index.store.removeFile(file.path);
  await options.db.deleteFile(file.id);
  await rm(dirname(localPath(options, file.id, file.name)), { recursive: true, force: true });
}

/**
 * Removes this instance's copies of files that have no record any more (deleted through
 * another instance); returns how many. `serve` runs it at start and every few minutes.
 */
export async function pruneLocalCopies(options: Pick<WorkspaceOptions, 'db' | 'dataDir'>): Promise<number> {
  const folder = join(options.dataDir, 'files');
  const ids = await readdir(folder).catch(() => [] as string[]);
  let removed = 0;
  for (const id of ids) {
    if (await options.db.getFile(id)) continue;
    await rm(join(folder, id), { recursive: true, force: true });
    removed++;
  }
  return removed;
}
