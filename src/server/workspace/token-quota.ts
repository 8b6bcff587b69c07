/**
 * @module token-quota
 * Each user's daily token quota, set by an administrator in the workspace records: the tokens
 * the model read and wrote for the user since midnight UTC, from the process's meter (every
 * instance's calls with a PostgreSQL meter), against the quota. A user at or over their quota
 * gets no more model calls that day: requests are refused with `rate_limited` (HTTP 429) and a
 * hint, and a call a running skill makes once the quota is spent fails the same way.
 */
import { type AppError, appError } from '../../lib/errors.ts';
import { usageTotals } from '../../models/metering/postgres-usage-meter.ts';
import type { WorkspaceOptions } from './workspace-options.ts';

export type QuotaStatus = {
  /** The daily quota in tokens; undefined when the user has none. */
  readonly dailyTokens?: number;
  /** Tokens in and out since midnight UTC. */
  readonly usedToday: number;
};

/** Midnight UTC of the day `now` falls in: when the day's quota starts again. */
export function utcDayStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Tokens in and out per user since midnight UTC (users without calls are absent). */
export async function tokensToday(options: WorkspaceOptions, user?: string): Promise<Record<string, number>> {
  if (!options.meter) return {};
  const rows = await usageTotals(options.meter, {
    since: utcDayStart(options.clock.now()),
    by: 'user',
    ...(user ? { user } : {}),
  });
  return Object.fromEntries(rows.map((row) => [row.key, row.inputTokens + row.outputTokens]));
}

/** Why the user may not use the model now, or undefined when they may (no quota, no meter, or tokens left). */
export async function quotaRefusal(options: WorkspaceOptions, user: string): Promise<AppError | undefined> {
  if (!options.meter) return undefined;
  const quota = await options.db.admin.quotaOf(user);
  if (quota === undefined) return undefined;
  const used = (await tokensToday(options, user))[user] ?? 0;
  if (used < quota) return undefined;
  return appError('rate_limited', `${user} has used ${used} of their ${quota} model tokens today.`, {
    hint: 'The quota starts again at midnight UTC; an administrator can raise it in the admin view.',
  });
}
