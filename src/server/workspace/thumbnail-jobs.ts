/**
 * @module thumbnail-jobs
 * Slide thumbnails of the decks the server makes, rendered in a job (kind 'thumbnails') after
 * the deck is stored: LibreOffice and pdftoppm (lib/slide-thumbnails.ts) render one PNG per
 * slide into a scratch folder, and the PNGs are kept in the workspace records
 * (thumbnail-records.ts), so every instance on the same records serves them. The job's
 * file id is the deck's id with a `:thumbnails` suffix, so it never waits on the deck's own
 * index job.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderSlideThumbnails } from '../../lib/slide-thumbnails.ts';
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

/** Queues the rendering of a deck's thumbnails. */
export async function queueThumbnails(db: WorkspaceDb, fileId: string, now: number): Promise<void> {
  await db.enqueueJob(thumbnailJobFile(fileId), now, 'thumbnails');
}

/** Runs a thumbnails job: renders the deck's slides; a deck deleted meanwhile is done with. */
export async function runThumbnailJob(
  options: Pick<WorkspaceOptions, 'db' | 'dataDir'>,
  job: Job,
): Promise<JobOutcome> {
  const file = await options.db.getFile(job.fileId.slice(0, -SUFFIX.length));
  if (!file || file.status === 'deleting') return { status: 'done' };
  const scratch = await mkdtemp(join(tmpdir(), 'officemate-slides-'));
  try {
    const paths = await renderSlideThumbnails(await localCopy(options, file), scratch);
    const pngs = await Promise.all(paths.map((path) => readFile(path)));
    // A deck deleted while it rendered keeps no thumbnails.
    const current = await options.db.getFile(file.id);
    if (!current || current.status === 'deleting') return { status: 'done' };
    await options.db.thumbnails.replace(file.id, pngs);
    return { status: 'done' };
  } catch (thrown) {
    // Storing fails when the deck was deleted meanwhile: nothing is left to do.
    if (!(await options.db.getFile(file.id))) return { status: 'done' };
    if (job.attempts < Math.min(3, job.maxAttempts))
      return { status: 'retry', error: (thrown as Error).message };
    return { status: 'failed', error: (thrown as Error).message };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
