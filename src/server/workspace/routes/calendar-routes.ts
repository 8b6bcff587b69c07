/**
 * @module calendar-routes
 * `/api/calendar/week`: the occurrences in a range (at most two weeks) of every calendar the
 * user may read, recurring events expanded for the range. Free times for a meeting go through
 * `POST /api/skills/mail-schedule`.
 */
import { Hono } from 'hono';
import { attempt } from '../../../lib/result.ts';
import { CalendarWeekQuery } from '../../../protocol/api.ts';
import { presentError, statusFor } from '../../presenters/present-error.ts';
import { calendarWeek, MAX_RANGE_DAYS } from '../calendar-view.ts';
import { workspaceSkillContext } from '../skill-runner.ts';
import { problem, type WorkspaceEnv, type WorkspaceOptions } from '../workspace-options.ts';

const DAY_MS = 86_400_000;

export function createCalendarRoutes(options: WorkspaceOptions): Hono<WorkspaceEnv> {
  const routes = new Hono<WorkspaceEnv>();
  routes.get('/calendar/week', async (c) => {
    const query = CalendarWeekQuery.safeParse(c.req.query());
    const from = query.success ? new Date(query.data.from) : undefined;
    const to = query.success ? new Date(query.data.to) : undefined;
    if (!from || !to || to <= from || to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS)
      return c.json(
        problem(
          'bad_usage',
          `Give from and to as ISO 8601 instants, to after from, at most ${MAX_RANGE_DAYS} days apart.`,
          'Example: /api/calendar/week?from=2026-03-16T00:00:00Z&to=2026-03-23T00:00:00Z',
        ),
        400,
      );
    const user = c.get('session').user;
    const context = workspaceSkillContext(options, user, 'calendar-week', c.req.raw.signal);
    const week = await attempt(async () => calendarWeek(context, await options.db.filesFor(user), from, to));
    if (!week.success) return c.json(presentError(week.error), statusFor(week.error));
    return c.json(week.data);
  });
  return routes;
}
