/**
 * @module usage-meter
 * Usage and cost metering. Every model call and every skill run is one row: who (user),
 * what (skill), which engine and model, tokens in and out, latency, cost and outcome.
 * Rows live in SQLite (default $OFFICEMATE_HOME/usage.db); cost is computed when the row is
 * written, from per-1K-token prices in configuration, so later price changes do not rewrite
 * history.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ModelPrice } from '../model-config.ts';

export type UsageKind = 'model-call' | 'skill-run';

export type UsageRecord = {
  readonly kind?: UsageKind;
  readonly at?: Date;
  readonly user?: string;
  readonly skill?: string;
  readonly engine: string;
  readonly model: string;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly latencyMs: number;
  /** Overrides the price table (e.g. a server-reported cost). */
  readonly cost?: number;
  /** The error code when the call failed. */
  readonly errorCode?: string;
};

export type UsageGroupBy = 'user' | 'skill' | 'model' | 'engine' | 'day';

export type UsageQuery = {
  readonly since?: Date;
  readonly until?: Date;
  readonly by?: UsageGroupBy;
  readonly kind?: UsageKind;
  readonly user?: string;
};

export type UsageRow = {
  /** The group's value (user, skill, model, engine or YYYY-MM-DD); "all" when not grouped. */
  readonly key: string;
  readonly calls: number;
  readonly failures: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly latencyMs: number;
  readonly cost: number;
};

export type UsageMeter = {
  readonly path: string;
  readonly prices: Readonly<Record<string, ModelPrice>>;
  readonly db: Database.Database;
  close(): void;
};

export type OpenUsageMeterOptions = {
  /** A file path, or ':memory:'. */
  readonly path: string;
  readonly prices?: Readonly<Record<string, ModelPrice>>;
};

const SCHEMA = `
CREATE TABLE IF NOT EXISTS usage (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  at TEXT NOT NULL,
  user TEXT NOT NULL,
  skill TEXT NOT NULL,
  engine TEXT NOT NULL,
  model TEXT NOT NULL,
  input_tokens INTEGER NOT NULL,
  output_tokens INTEGER NOT NULL,
  latency_ms REAL NOT NULL,
  cost REAL NOT NULL,
  error_code TEXT
);
CREATE INDEX IF NOT EXISTS usage_at ON usage (at);
`;

/** Opens (creating if needed) the usage database. */
export function openUsageMeter(options: OpenUsageMeterOptions): UsageMeter {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return { path: options.path, prices: options.prices ?? {}, db, close: () => db.close() };
}

/** Cost of a call from per-1K-token prices; 0 when the model has no price. */
export function costOf(
  prices: Readonly<Record<string, ModelPrice>>,
  model: string,
  inputTokens: number,
  outputTokens: number,
): number {
  const price = prices[model];
  if (!price) return 0;
  return (inputTokens / 1000) * price.input + (outputTokens / 1000) * price.output;
}

/** Writes one usage row. */
export function recordUsage(meter: UsageMeter, record: UsageRecord): void {
  const cost = record.cost ?? costOf(meter.prices, record.model, record.inputTokens, record.outputTokens);
  meter.db
    .prepare(
      `INSERT INTO usage (kind, at, user, skill, engine, model, input_tokens, output_tokens, latency_ms, cost, error_code)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      record.kind ?? 'model-call',
      (record.at ?? new Date()).toISOString(),
      record.user ?? 'local',
      record.skill ?? 'none',
      record.engine,
      record.model,
      record.inputTokens,
      record.outputTokens,
      record.latencyMs,
      cost,
      record.errorCode ?? null,
    );
}

const GROUP_COLUMNS: Record<UsageGroupBy, string> = {
  user: 'user',
  skill: 'skill',
  model: 'model',
  engine: 'engine',
  day: 'substr(at, 1, 10)',
};

/** Totals, optionally grouped; model calls only unless `kind` says otherwise (skill runs would double-count tokens). */
export function queryUsage(meter: UsageMeter, query: UsageQuery = {}): UsageRow[] {
  const where: string[] = ['kind = ?'];
  const params: unknown[] = [query.kind ?? 'model-call'];
  if (query.since) {
    where.push('at >= ?');
    params.push(query.since.toISOString());
  }
  if (query.until) {
    where.push('at < ?');
    params.push(query.until.toISOString());
  }
  if (query.user) {
    where.push('user = ?');
    params.push(query.user);
  }
  const key = query.by ? GROUP_COLUMNS[query.by] : `'all'`;
  const rows = meter.db
    .prepare(
      `SELECT ${key} AS key, COUNT(*) AS calls, SUM(error_code IS NOT NULL) AS failures,
              SUM(input_tokens) AS input_tokens, SUM(output_tokens) AS output_tokens,
              SUM(latency_ms) AS latency_ms, SUM(cost) AS cost
       FROM usage WHERE ${where.join(' AND ')} ${query.by ? `GROUP BY ${key} ORDER BY ${key}` : ''}`,
    )
    .all(...params) as TotalsRecord[];
  return usageRows(rows);
}

/** A totals query's record, as either database returns it (sums may come back as text or null). */
export type TotalsRecord = Record<string, number | string | null>;

/** Totals records as usage rows: groups with no calls left out, latency to 0.1 ms, cost to a millionth. */
export function usageRows(records: readonly TotalsRecord[]): UsageRow[] {
  return records
    .filter((row) => Number(row.calls) > 0)
    .map((row) => ({
      key: String(row.key),
      calls: Number(row.calls),
      failures: Number(row.failures ?? 0),
      inputTokens: Number(row.input_tokens ?? 0),
      outputTokens: Number(row.output_tokens ?? 0),
      latencyMs: Math.round(Number(row.latency_ms ?? 0) * 10) / 10,
      cost: Math.round(Number(row.cost ?? 0) * 1e6) / 1e6,
    }));
}
