/**
 * @module postgres-limit-store
 * The rate-limit and quota counters of `limit-store.ts` in a PostgreSQL table, so every
 * instance on one database shares them. Each hit is one `INSERT … ON CONFLICT DO UPDATE`
 * per key, which PostgreSQL runs atomically under concurrent writers.
 */
import pg from 'pg';
import { splitPostgresUrl } from '../../lib/postgres-pool.ts';
import type { LimitCount, LimitStore } from './limit-store.ts';

/** Expired counters are swept after this many hits. */
const SWEEP_EVERY = 256;

/** Counters in `<schema>.rate_limits` of the database at `url` (a postgres:// index URL). */
export function postgresLimitStore(url: string): LimitStore {
  const { connectionString, schema } = splitPostgresUrl(url, 'officemate');
  const pool = new pg.Pool({ connectionString, max: 2 });
  const table = `${schema}.rate_limits`;
  const createSql = `CREATE SCHEMA IF NOT EXISTS ${schema};
     CREATE TABLE IF NOT EXISTS ${table} (key TEXT PRIMARY KEY, count BIGINT NOT NULL, reset_at BIGINT NOT NULL)`;
  // Two instances starting together can race on IF NOT EXISTS; the second try sees the first's work.
  const ready = pool.query(createSql).catch(() => pool.query(createSql));
  const hitSql = `
    INSERT INTO ${table} AS r (key, count, reset_at) VALUES ($1, $2, $3)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN r.reset_at <= $4 THEN $2 ELSE r.count + $2 END,
      reset_at = CASE WHEN r.reset_at <= $4 THEN $3 ELSE r.reset_at END
    RETURNING count, reset_at`;
  let hits = 0;
  const sweep = (now: number) => pool.query(`DELETE FROM ${table} WHERE reset_at <= $1`, [now]);
  return {
    async hit(keys, now, windowMs, amount = 1) {
      await ready;
      if (++hits % SWEEP_EVERY === 0) await sweep(now);
      const counts: LimitCount[] = [];
      for (const key of keys) {
        const { rows } = await pool.query<{ count: string; reset_at: string }>(hitSql, [
          key,
          amount,
          now + windowMs,
          now,
        ]);
        counts.push({ count: Number(rows[0]!.count), resetAt: Number(rows[0]!.reset_at) });
      }
      return counts;
    },
    async clear(key) {
      await ready;
      await pool.query(`DELETE FROM ${table} WHERE key = $1`, [key]);
    },
    async size(now) {
      await ready;
      await sweep(now);
      const { rows } = await pool.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${table}`);
      return Number(rows[0]!.n);
    },
    close() {
      void pool.end();
    },
  };
}
