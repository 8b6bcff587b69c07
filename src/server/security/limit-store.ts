/**
 * @module limit-store
 * Fixed-window counters for rate limits and quotas. `hit` adds to each key and returns the counts,
 * atomically per key; a key whose window has ended starts again at one. Two stores: in
 * memory (one process) and a SQLite table (every instance on the host shares it); a
 * PostgreSQL table follows the same statement.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type LimitCount = { readonly count: number; readonly resetAt: number };

export type LimitStore = {
  /** Adds `amount` (default 1) to each key's counter in its window and returns the counts. */
  hit(keys: readonly string[], now: number, windowMs: number, amount?: number): Promise<LimitCount[]>;
  clear(key: string): Promise<void>;
  /** Counters alive now (for tests and monitoring). */
  size(now: number): Promise<number>;
  close(): void;
};

/** Expired counters are swept after this many hits. */
const SWEEP_EVERY = 256;

export function memoryLimitStore(): LimitStore {
  const counters = new Map<string, { count: number; resetAt: number }>();
  let hits = 0;
  const sweep = (now: number) => {
    for (const [key, counter] of counters) if (counter.resetAt <= now) counters.delete(key);
  };
  return {
    async hit(keys, now, windowMs, amount = 1) {
      if (++hits % SWEEP_EVERY === 0) sweep(now);
      // Synchronous from read to write: nothing can interleave on one thread.
      return keys.map((key) => {
        const current = counters.get(key);
        const next =
          current && current.resetAt > now
            ? { count: current.count + amount, resetAt: current.resetAt }
            : { count: amount, resetAt: now + windowMs };
        counters.set(key, next);
        return next;
      });
    },
    async clear(key) {
      counters.delete(key);
    },
    async size(now) {
      sweep(now);
      return counters.size;
    },
    close() {
      counters.clear();
    },
  };
}

export function sqliteLimitStore(path: string): LimitStore {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(
    'CREATE TABLE IF NOT EXISTS rate_limits (key TEXT PRIMARY KEY, count INTEGER NOT NULL, reset_at INTEGER NOT NULL)',
  );
  // One statement per key: SQLite runs it atomically, across connections and processes.
  const hit = db.prepare(`
    INSERT INTO rate_limits (key, count, reset_at) VALUES (@key, @amount, @resetAt)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN reset_at <= @now THEN @amount ELSE count + @amount END,
      reset_at = CASE WHEN reset_at <= @now THEN @resetAt ELSE reset_at END
    RETURNING count, reset_at AS resetAt`);
  const clear = db.prepare('DELETE FROM rate_limits WHERE key = ?');
  const sweep = db.prepare('DELETE FROM rate_limits WHERE reset_at <= ?');
  const count = db.prepare('SELECT COUNT(*) AS n FROM rate_limits WHERE reset_at > ?');
  const hitAll = db.transaction((keys: readonly string[], now: number, windowMs: number, amount: number) =>
    keys.map((key) => hit.get({ key, now, amount, resetAt: now + windowMs }) as LimitCount),
  );
  let hits = 0;
  return {
    async hit(keys, now, windowMs, amount = 1) {
      if (++hits % SWEEP_EVERY === 0) sweep.run(now);
      return hitAll(keys, now, windowMs, amount);
    },
    async clear(key) {
      clear.run(key);
    },
    async size(now) {
      sweep.run(now);
      return (count.get(now) as { n: number }).n;
    },
    close() {
      db.close();
    },
  };
}
