/**
 * @module admin-routes
 * `/api/admin/…`, administrators only: model usage per user and per day from the process's
 * meter (tokens in and out, calls, failures), the indexing jobs with their status, and the
 * users with their daily token quota (token-quota.ts) and what they used of it today.
 */
import { Hono } from 'hono';
import { usageTotals } from '../../../models/metering/postgres-usage-meter.ts';
import { type AdminJobs, type AdminUsage, type AdminUsers, QuotaBody } from '../../../protocol/api.ts';
import { tokensToday, utcDayStart } from '../token-quota.ts';
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
      byUser: meter ? await usageTotals(meter, { since, by: 'user' }) : [],
      byDay: meter ? await usageTotals(meter, { since, by: 'day' }) : [],
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

  routes.get('/admin/users', async (c) => c.json(await adminUsers(options)));

  routes.patch('/admin/users/:name', async (c) => {
    const name = c.req.param('name');
    const body = QuotaBody.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success)
      return c.json(
        problem(
          'bad_usage',
          'Send {"dailyTokenQuota": N} with N a whole number of tokens, or null to lift the quota.',
        ),
        400,
      );
    if (!(await db.getUser(name)))
      return c.json(problem('not_found', `No user ${name}.`, 'Pick a user from the list.'), 404);
    await db.admin.setQuota(name, body.data.dailyTokenQuota);
    const user = (await adminUsers(options)).users.find((row) => row.name === name);
    return c.json(user);
  });

  return routes;
}

/** Every account with its quota and today's tokens. */
async function adminUsers(options: WorkspaceOptions): Promise<AdminUsers> {
  const [users, quotas, used] = await Promise.all([
    options.db.listUsers(),
    options.db.admin.quotas(),
    tokensToday(options),
  ]);
  return {
    metered: Boolean(options.meter),
    day: utcDayStart(options.clock.now()).toISOString().slice(0, 10),
    users: users.map((user) => ({
      name: user.name,
      admin: user.admin,
      ...(quotas[user.name] !== undefined ? { dailyTokenQuota: quotas[user.name] } : {}),
      usedToday: used[user.name] ?? 0,
    })),
  };
}
