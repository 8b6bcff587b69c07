/**
 * @module file-store
 * Stores uploaded and generated files under the data folder, each in its own folder under a
 * safe name, records them in the workspace db, and (re)indexes them with their readers.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { indexPaths, removePaths } from '../../index/index-paths.ts';
import { sharedIsolatedReader } from '../../index/isolated-reader.ts';
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

/** Indexes a stored file for its owner and the users it is shared with; its status says how it went. */
export async function reindexFile(options: WorkspaceOptions, file: StoredFile): Promise<void> {
  const { db, index, clock } = options;
  db.setStatus(file.id, 'indexing');
  try {
    await removePaths(index, [file.path]);
    const summary = await indexPaths(index, [file.path], {
      owner: file.owner,
      readers: [file.owner, ...file.sharedWith],
      removeDeleted: false,
      now: clock.now(),
      // Read in a worker under the file budget: a hostile file fails alone, the server goes on.
      reader: sharedIsolatedReader(),
    });
    const failed = summary.errors[0];
    db.setStatus(file.id, failed ? 'error' : 'ready', failed?.message);
  } catch (thrown) {
    db.setStatus(file.id, 'error', (thrown as Error).message);
  }
}
