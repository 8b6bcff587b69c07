/**
 * @module thumbnail-jobs
 * Slide thumbnails of the decks the server makes, rendered in a job (kind 'thumbnails') after
 * the deck is stored: LibreOffice and pdftoppm (lib/slide-thumbnails.ts) write one PNG per
 * slide under `<dataDir>/thumbnails/<file id>/` on the instance that ran the job. The job's
 * file id is the deck's id with a `:thumbnails` suffix, so it never waits on the deck's own
 * index job.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { renderSlideThumbnails, thumbnailName } from '../../lib/slide-thumbnails.ts';
import { localCopy } from './file-store.ts';
import type { WorkspaceOptions } from './workspace-options.ts';
import type { Job, JobOutcome, WorkspaceDb } from './workspace-records.ts';

const SUFFIX = ':thumbnails';

/** The job id under which a deck's thumbnails are rendered. */
export function thumbnailJobFile(fileId: string): string {
  return `${fileId}${SUFFIX}`;
}

/** Does the server render thumbnails for this file? PowerPoint decks. */
export function hasThumbnails(name: string): boolean {
  return /\.pptx$/i.test(name);
}

export function thumbnailFolder(dataDir: string, fileId: string): string {
  return join(dataDir, 'thumbnails', fileId);
}

/** Queues the rendering of a deck's thumbnails. */
export async function queueThumbnails(db: WorkspaceDb, fileId: string, now: number): Promise<void> {
  await db.enqueueJob(thumbnailJobFile(fileId), now, 'thumbnails');
}

/** How many thumbnails the deck has on this instance (0 before its job is done). */
export async function thumbnailCount(dataDir: string, fileId: string): Promise<number> {
  const names = await readdir(thumbnailFolder(dataDir, fileId)).catch(() => [] as string[]);
  let count = 0;
  while (names.includes(thumbnailName(count + 1))) count++;
  return count;
}

/** Runs a thumbnails job: renders the deck's slides; a deck deleted meanwhile is done with. */
export async function runThumbnailJob(
  options: Pick<WorkspaceOptions, 'db' | 'dataDir'>,
  job: Job,
): Promise<JobOutcome> {
  const file = await options.db.getFile(job.fileId.slice(0, -SUFFIX.length));
  if (!file || file.status === 'deleting') return { status: 'done' };
  try {
    await renderSlideThumbnails(await localCopy(options, file), thumbnailFolder(options.dataDir, file.id));
    return { status: 'done' };
  } catch (thrown) {
    if (job.attempts < 3)
      return {
        status: 'retry',
        error: (thrown as Error).message,
        runAfter: Date.now() + 5_000 * job.attempts,
      };
    return { status: 'failed', error: (thrown as Error).message };
  }
}
