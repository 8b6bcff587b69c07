/**
 * @module usage
 * `officemate usage [--since D] [--until D] [--by user|skill|model|engine|day]`: metered
 * model calls (tokens, time, cost) from the usage database, or with a postgres:// --db from
 * the table every `serve` instance on that database meters into.
 */

import { isPostgresUrl } from '../../index/open-index.ts';
import { fail } from '../../lib/errors.ts';
import {
  openConfiguredUsageMeter,
  queryUsage,
  type UsageGroupBy,
  type UsageQuery,
  type UsageRow,
} from '../../models/metering/index.ts';
import { openPostgresUsageMeter, queryDatabase } from '../../models/metering/postgres-usage-meter.ts';
import { resolveModelConfig } from '../../models/model-config.ts';
import { workspaceLocation } from '../../server/workspace/workspace-db.ts';
import { stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

const GROUPS: readonly UsageGroupBy[] = ['user', 'skill', 'model', 'engine', 'day'];

/** An ISO date, or a span back from now: 30m, 12h, 7d. */
export function parseSince(value: string, now: Date, flag: string): Date {
  const span = /^(\d+)\s*([mhd])$/.exec(value.trim());
  if (span) {
    const unit = { m: 60_000, h: 3_600_000, d: 86_400_000 }[span[2] as 'm' | 'h' | 'd'];
    return new Date(now.getTime() - Number(span[1]) * unit);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    fail('bad_usage', `${flag} must be an ISO date or a span like 7d, 12h, 30m, not "${value}".`);
  return date;
}

/**
 * The end of an --until value: a date without a time of day ("2026-03-10") is included whole,
 * so the calls of that day count; a date with a time, or a span back from now, ends there.
 */
export function parseUntil(value: string, now: Date): Date {
  const date = parseSince(value, now, '--until');
  return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? new Date(date.getTime() + 86_400_000) : date;
}

type UsageReader = { query(query: UsageQuery): Promise<UsageRow[]>; close(): Promise<void> };

/** The team's usage table with a postgres:// --db, else the local usage database. */
async function openUsageReader(
  db: unknown,
  config: ReturnType<typeof resolveModelConfig>,
  path: string | undefined,
): Promise<UsageReader> {
  if (typeof db === 'string' && isPostgresUrl(db)) {
    const meter = await openPostgresUsageMeter(workspaceLocation(db, '.'), config.prices);
    return { query: (query) => queryDatabase(meter, query), close: () => meter.closeAndFlush() };
  }
  const meter = openConfiguredUsageMeter(config, path);
  return { query: async (query) => queryUsage(meter, query), close: async () => meter.close() };
}

export const usageCommand: Command = {
  name: 'usage',
  summary: 'Report metered model calls: tokens, time and cost, by user, skill or model.',
  usage:
    'usage [--since D] [--until D] [--by user|skill|model|engine|day] [--usage-db PATH | --db postgres://…] [--json]',
  options: {
    since: { type: 'string' },
    until: { type: 'string' },
    by: { type: 'string' },
    'usage-db': { type: 'string' },
  },
  help: [
    'Flags:',
    '  --since D       an ISO date or a span back from now (7d, 12h, 30m)',
    '  --until D       an ISO date, the day itself included (2026-03-10), or a time',
    '  --by G          group by user, skill, model, engine or day (default: one total)',
    '  --usage-db PATH the usage database (default $OFFICEMATE_HOME/usage.db or "usageDb" in config)',
    '  --db URL        with a postgres:// URL, the usage of every `serve` instance on that database',
    '',
    'Cost uses per-1K-token "prices" from officemate.config.json, fixed when each call was recorded.',
  ].join('\n'),
  async run(context) {
    const by = stringFlag(context, 'by');
    if (by !== undefined && !GROUPS.includes(by as UsageGroupBy))
      fail('bad_usage', `--by must be one of ${GROUPS.join(', ')}, not "${by}".`);
    const now = context.clock.now();
    const sinceFlag = stringFlag(context, 'since');
    const untilFlag = stringFlag(context, 'until');
    const config = resolveModelConfig(context);
    const reader = await openUsageReader(context.values.db, config, stringFlag(context, 'usage-db'));
    try {
      const query = {
        ...(sinceFlag ? { since: parseSince(sinceFlag, now, '--since') } : {}),
        ...(untilFlag ? { until: parseUntil(untilFlag, now) } : {}),
        ...(by ? { by: by as UsageGroupBy } : {}),
      };
      const rows = await reader.query(query);
      const [all] = await reader.query({ ...query, by: undefined });
      const { key: _all, ...total } = all ?? {
        key: 'all',
        calls: 0,
        failures: 0,
        inputTokens: 0,
        outputTokens: 0,
        latencyMs: 0,
        cost: 0,
      };
      if (context.json) {
        context.outJson({ rows: rows.map(({ key, ...row }) => ({ [by ?? 'total']: key, ...row })), total });
        return 0;
      }
      // An empty table reads as broken: say why there is nothing to count.
      if (rows.length === 0) {
        context.out(
          'No model calls recorded in this period. The builtin engine makes none; a configured model (llama-cpp or openai-compatible) is metered per call.',
        );
        return 0;
      }
      const header = `| ${by ?? 'total'} | calls | failures | tokens in | tokens out | time (s) | cost |`;
      context.out(
        [
          header,
          '|---|---:|---:|---:|---:|---:|---:|',
          ...rows.map(
            (row) =>
              `| ${row.key} | ${row.calls} | ${row.failures} | ${row.inputTokens} | ${row.outputTokens} | ${(row.latencyMs / 1000).toFixed(1)} | ${row.cost.toFixed(4)} |`,
          ),
        ].join('\n'),
      );
      return 0;
    } finally {
      await reader.close();
    }
  },
};
