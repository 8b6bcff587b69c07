/**
 * @module file-store
 * Stores uploaded and generated files under the data folder, each in its own folder under a
 * safe name, records them in the workspace db, (re)indexes them with their readers, changes
 * their readers in place when they are shared, and deletes them with everything derived.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { indexPaths } from '../../index/index-paths.ts';
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
};

export async function storeFile(options: WorkspaceOptions, file: NewFile): Promise<StoredFile> {
  const id = newId();
  const folder = join(options.dataDir, 'files', id);
  await mkdir(folder, { recursive: true });
  const path = resolve(folder, safeStorageName(file.name));
  await writeFile(path, file.bytes);
  return options.db.addFile({
    id,
    owner: file.owner,
    name: file.name,
    path,
    size: file.bytes.length,
    contentType: file.contentType,
    uploaded: options.clock.now().toISOString(),
    ...(file.generatedBy ? { status: 'ready' as const, generatedBy: file.generatedBy } : {}),
  });
}

/** Who may read a stored file's passages: its owner and the users it is shared with. */
export function readersOf(file: StoredFile): string[] {
  return [file.owner, ...file.sharedWith];
}

/**
 * Indexes a stored file for its owner and the users it is shared with; its status says how it
 * went. The index replaces the file's passages in one transaction, so a failure leaves the
 * earlier version searchable. A file shared or deleted while it was being indexed is brought
 * in line afterwards.
 */
export async function reindexFile(options: WorkspaceOptions, file: StoredFile): Promise<void> {
  const { db, index, clock } = options;
  db.setStatus(file.id, 'indexing');
  try {
    const summary = await indexPaths(index, [file.path], {
      owner: file.owner,
      readers: readersOf(file),
      removeDeleted: false,
      now: clock.now(),
    });
    const current = db.getFile(file.id);
    if (!current) {
      await index.store.removeFile(file.path);
      return;
    }
    if (JSON.stringify(readersOf(current)) !== JSON.stringify(readersOf(file)))
      await index.store.setReaders(file.path, readersOf(current));
    const failed = summary.errors[0];
    db.setStatus(file.id, failed ? 'error' : 'ready', failed?.message);
  } catch (thrown) {
    db.setStatus(file.id, 'error', (thrown as Error).message);
  }
}

/** Shares a file with exactly these users: the record and the index's readers change in place. */
export async function shareFile(
  options: WorkspaceOptions,
  file: StoredFile,
  users: readonly string[],
): Promise<StoredFile> {
  const updated = options.db.share(file.id, users);
  await options.index.store.setReaders(updated.path, readersOf(updated));
  return updated;
}

/**
 * Deletes a stored file: first its passages and people mentions (so no search or answer can
 * reach it), then its record, then its bytes.
 */
export async function deleteFile(options: WorkspaceOptions, file: StoredFile): Promise<void> {
  await options.index.store.removeFile(file.path);
  options.db.deleteFile(file.id);
  const folder = dirname(file.path);
  // Each stored file has a folder of its own, named by its id; anything else only loses the file.
  const own = folder === resolve(options.dataDir, 'files', file.id);
  await rm(own ? folder : file.path, { recursive: true, force: true });
}
