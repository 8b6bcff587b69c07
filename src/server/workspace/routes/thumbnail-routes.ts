/**
 * @module thumbnail-routes
 * `/api/files/:id/thumbnails`: a deck's slide thumbnails for those who may read the deck —
 * the rendering job's status with the PNGs' URLs once done, and each PNG, served from the
 * workspace records so that every instance has them.
 */
import { Hono } from 'hono';
import type { DeckThumbnails } from '../../../protocol/api.ts';
import { readableFile } from '../present-file.ts';
import { hasThumbnails, thumbnailJobFile } from '../thumbnail-jobs.ts';
import { problem, type WorkspaceEnv, type WorkspaceOptions } from '../workspace-options.ts';

export function createThumbnailRoutes(options: WorkspaceOptions): Hono<WorkspaceEnv> {
  const routes = new Hono<WorkspaceEnv>();
  const NOT_FOUND = problem(
    'not_found',
    'No such deck.',
    'Give the id of a .pptx you own or that is shared with you.',
  );

  routes.get('/files/:id/thumbnails', async (c) => {
    const file = await readableFile(options.db, c.get('session').user, c.req.param('id'));
    if (!file || !hasThumbnails(file.name)) return c.json(NOT_FOUND, 404);
    const count = await options.db.thumbnails.count(file.id);
    const job = await options.db.latestJob(thumbnailJobFile(file.id));
    const body: DeckThumbnails = {
      status: count > 0 ? 'done' : !job || job.status === 'cancelled' ? 'none' : job.status,
      ...(job?.error && count === 0 ? { error: job.error } : {}),
      urls: Array.from({ length: count }, (_, index) => `/api/files/${file.id}/thumbnails/${index + 1}`),
    };
    return c.json(body);
  });

  routes.get('/files/:id/thumbnails/:n', async (c) => {
    const file = await readableFile(options.db, c.get('session').user, c.req.param('id'));
    const n = Number(c.req.param('n'));
    if (!file || !hasThumbnails(file.name) || !Number.isInteger(n) || n < 1) return c.json(NOT_FOUND, 404);
    const bytes = await options.db.thumbnails.get(file.id, n);
    if (!bytes) return c.json(problem('not_found', `Slide ${n} has no thumbnail (yet).`), 404);
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': 'image/png',
      'cache-control': 'private, max-age=300',
    });
  });
  return routes;
}
