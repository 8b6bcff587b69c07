/**
 * @module admin-routes
 * `/api/admin/…`, administrators only: model usage per user and per day from the process's
 * meter (tokens in and out, calls, failures), and the indexing jobs with their status.
 */
import { Hono } from 'hono';
import { queryUsage } from '../../../models/metering/usage-meter.ts';
import type { AdminJobs, AdminUsage } from '../../../protocol/api.ts';
import { problem, type WorkspaceEnv, type WorkspaceOptions } from '../workspace-options.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export function createAdminRoutes(options: WorkspaceOptions): Hono<WorkspaceEnv> {
  const { db, clock } = options;
  const routes = new Hono<WorkspaceEnv>();
  routes.use('/admin/*', async (c, next) => {
    if (!(await db.getUser(c.get('session').user))?.admin)
      return c.json(problem('forbidden', 'Only administrators see usage and jobs.'), 403);
    await next();
  });

  routes.get('/admin/usage', async (c) => {
    const days = Math.min(366, Math.max(1, Number(c.req.query('days') ?? 14) || 14));
    const since = new Date(clock.now().getTime() - days * DAY_MS);
    const meter = options.meter;
    const body: AdminUsage = {
      metered: Boolean(meter),
      since: since.toISOString(),
      byUser: meter ? queryUsage(meter, { since, by: 'user' }) : [],
      byDay: meter ? queryUsage(meter, { since, by: 'day' }) : [],
    };
    return c.json(body);
  });

  routes.get('/admin/jobs', async (c) => {
    const jobs = await db.admin.jobs(100);
    const counts: Record<string, number> = {};
    for (const job of jobs) counts[job.status] = (counts[job.status] ?? 0) + 1;
    const body: AdminJobs = { jobs: jobs.map((job) => ({ ...job })), counts };
    return c.json(body);
  });

  return routes;
}
