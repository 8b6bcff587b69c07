/**
 * @module postgres-usage-meter
 * Usage metering in PostgreSQL, for `serve` instances that share one database: every
 * instance's model calls and skill runs land in one `usage` table (in the schema of the URL),
 * so `officemate usage --db URL` reports the whole team. It is a UsageMeter like the SQLite
 * one: `recordUsage` stays synchronous and writes to an in-memory buffer, which is moved to
 * PostgreSQL every second and when the meter is flushed; a row is never lost to a slow
 * database, only delayed. Totals for the team come from `queryDatabase`.
 *
 * @example
 * const meter = await openPostgresUsageMeter('postgres://officemate@db/officemate?schema=team_workspace');
 * recordUsage(meter, { engine: 'openai-compatible', model: 'm', inputTokens: 7, outputTokens: 5, latencyMs: 80 });
 * await meter.flush();
 * await queryDatabase(meter, { by: 'user' });
 * await meter.closeAndFlush();
 */
import type pg from 'pg';
import { fail } from '../../lib/errors.ts';
import { openSchemaPool, splitPostgresUrl } from '../../lib/postgres-pool.ts';
import type { ModelPrice } from '../model-config.ts';
import {
  openUsageMeter,
  queryUsage,
  type TotalsRecord,
  type UsageMeter,
  type UsageQuery,
  type UsageRow,
  usageRows,
} from './usage-meter.ts';

export type PostgresUsageMeter = UsageMeter & {
  /** Moves the rows recorded so far to PostgreSQL. */
  flush(): Promise<void>;
  /** Flushes, then closes the buffer and the pool. */
  closeAndFlush(): Promise<void>;
  readonly pool: pg.Pool;
};

const SCHEMA_LOCK = 727375;

const schemaSql = (schema: string) => `
CREATE SCHEMA IF NOT EXISTS ${schema};
SET search_path TO ${schema};
CREATE TABLE IF NOT EXISTS usage (
  id BIGSERIAL PRIMARY KEY, kind TEXT NOT NULL, at TEXT NOT NULL, "user" TEXT NOT NULL, skill TEXT NOT NULL,
  engine TEXT NOT NULL, model TEXT NOT NULL, input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL,
  latency_ms DOUBLE PRECISION NOT NULL, cost DOUBLE PRECISION NOT NULL, error_code TEXT);
CREATE INDEX IF NOT EXISTS usage_at ON usage (at);
`;

const COLUMNS = [
  'kind',
  'at',
  'user',
  'skill',
  'engine',
  'model',
  'input_tokens',
  'output_tokens',
  'latency_ms',
  'cost',
  'error_code',
] as const;

/** Rows moved per INSERT. */
const BATCH = 500;

export async function openPostgresUsageMeter(
  url: string,
  prices: Readonly<Record<string, ModelPrice>> = {},
  flushEveryMs = 1_000,
): Promise<PostgresUsageMeter> {
  const target = splitPostgresUrl(url, 'officemate_workspace');
  let pool: pg.Pool;
  try {
    pool = await openSchemaPool(target, SCHEMA_LOCK, async (client) => {
      await client.query(schemaSql(target.schema));
    });
  } catch (thrown) {
    return fail(
      'index_corrupt',
      `The usage table at ${target.location} cannot be opened: ${(thrown as Error).message}.`,
      { hint: 'Check that the server is running and the URL, user and password are right.' },
    );
  }
  const buffer = openUsageMeter({ path: ':memory:', prices });
  const pending = buffer.db.prepare(`SELECT id, ${COLUMNS.join(', ')} FROM usage ORDER BY id LIMIT ${BATCH}`);
  const forget = buffer.db.prepare('DELETE FROM usage WHERE id <= ?');
  let flushing: Promise<void> | undefined;
  const moveAll = async () => {
    for (;;) {
      const rows = pending.all() as Record<string, unknown>[];
      if (rows.length === 0) return;
      const values: unknown[] = [];
      const tuples = rows.map((row, rowIndex) => {
        for (const column of COLUMNS) values.push(row[column]);
        return `(${COLUMNS.map((_, columnIndex) => `$${rowIndex * COLUMNS.length + columnIndex + 1}`).join(', ')})`;
      });
      await pool.query(
        `INSERT INTO usage (${COLUMNS.map((column) => `"${column}"`).join(', ')}) VALUES ${tuples.join(', ')}`,
        values,
      );
      forget.run(rows.at(-1)!.id);
    }
  };
  const flush = () => {
    flushing ??= moveAll().finally(() => {
      flushing = undefined;
    });
    return flushing;
  };
  const timer = setInterval(() => void flush().catch(() => undefined), flushEveryMs);
  timer.unref();
  let closed = false;
  const closeAndFlush = async () => {
    if (closed) return;
    closed = true;
    clearInterval(timer);
    await flushing?.catch(() => undefined);
    await flush().catch(() => undefined);
    buffer.close();
    await pool.end();
  };
  return {
    path: target.location,
    prices: buffer.prices,
    db: buffer.db,
    pool,
    flush,
    closeAndFlush,
    close: () => void closeAndFlush(),
  };
}

const GROUP_COLUMNS = {
  user: '"user"',
  skill: 'skill',
  model: 'model',
  engine: 'engine',
  day: 'substr(at, 1, 10)',
} as const;

/** Totals from PostgreSQL, every instance's rows (this one's flushed first); the same rows as `queryUsage`. */
export async function queryDatabase(meter: PostgresUsageMeter, query: UsageQuery = {}): Promise<UsageRow[]> {
  await meter.flush();
  const where: string[] = ['kind = $1'];
  const params: unknown[] = [query.kind ?? 'model-call'];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (query.since) add('at >= ?', query.since.toISOString());
  if (query.until) add('at < ?', query.until.toISOString());
  if (query.user) add('"user" = ?', query.user);
  const key = query.by ? GROUP_COLUMNS[query.by] : `'all'`;
  const { rows } = await meter.pool.query(
    `SELECT ${key} AS key, COUNT(*) AS calls, COUNT(error_code) AS failures,
            SUM(input_tokens) AS input_tokens, SUM(output_tokens) AS output_tokens,
            SUM(latency_ms) AS latency_ms, SUM(cost) AS cost
     FROM usage WHERE ${where.join(' AND ')} ${query.by ? `GROUP BY ${key} ORDER BY ${key} COLLATE "C"` : ''}`,
    params,
  );
  return usageRows(rows as TotalsRecord[]);
}

function isPostgresUsageMeter(meter: UsageMeter): meter is PostgresUsageMeter {
  return 'pool' in meter && 'flush' in meter;
}

/** Totals from any meter: every instance's rows for a PostgreSQL one (`queryDatabase`), the file's for a SQLite one. */
export async function usageTotals(meter: UsageMeter, query: UsageQuery = {}): Promise<UsageRow[]> {
  return isPostgresUsageMeter(meter) ? queryDatabase(meter, query) : queryUsage(meter, query);
}
