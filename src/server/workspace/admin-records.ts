/**
 * @module admin-records
 * What administrators see and set in the workspace records beyond accounts: the jobs with
 * their file and status, newest first (from the SQLite jobs table, or pg-boss's: pg-boss-queue.ts), and each user's daily token quota. Over the SQL
 * runner of conversation-records.ts, so SQLite and PostgreSQL answer alike.
 */
import type { SqlRunner } from './conversation-records.ts';

export type JobView = {
  readonly id: string;
  readonly fileId: string;
  /** The file's name and owner; absent once the file is deleted. */
  readonly name?: string;
  readonly owner?: string;
  readonly status: string;
  readonly attempts: number;
  readonly error?: string;
};

export type AdminStore = {
  /** The latest jobs, waiting ones first (by when they are due; finished ones keep no due time), at most `limit`. */
  jobs(limit: number): Promise<JobView[]>;
  /** Sets a user's daily token quota (tokens in and out of the model, per UTC day); null lifts it. */
  setQuota(user: string, dailyTokens: number | null): Promise<void>;
  /** A user's daily token quota; undefined when they have none. */
  quotaOf(user: string): Promise<number | undefined>;
  /** Every quota set, by user. */
  quotas(): Promise<Record<string, number>>;
};

/** The quotas table, the same in both stores. */
export const QUOTAS_SQL = `CREATE TABLE IF NOT EXISTS quotas ("user" TEXT PRIMARY KEY, daily_tokens BIGINT NOT NULL)`;

type QuotaRow = { user: string; daily_tokens: number | string };

type JobRow = {
  id: string;
  file_id: string;
  status: string;
  attempts: number | string;
  error: string | null;
  name: string | null;
  owner: string | null;
};

/** Over the runner's tables; `jobs` answers the job list where the queue is elsewhere (pg-boss). */
export function adminStore(sql: SqlRunner, jobs?: AdminStore['jobs']): AdminStore {
  return {
    async jobs(limit) {
      if (jobs) return jobs(limit);
      const rows = await sql.all<JobRow>(
        `SELECT j.id, j.file_id, j.status, j.attempts, j.error, f.name, f.owner
         FROM jobs j LEFT JOIN files f ON f.id = j.file_id ORDER BY j.run_after DESC, j.id LIMIT $1`,
        [limit],
      );
      return rows.map((row) => ({
        id: row.id,
        fileId: row.file_id,
        ...(row.name ? { name: row.name } : {}),
        ...(row.owner ? { owner: row.owner } : {}),
        status: row.status,
        attempts: Number(row.attempts),
        ...(row.error ? { error: row.error } : {}),
      }));
    },
    async setQuota(user, dailyTokens) {
      if (dailyTokens === null) await sql.run(`DELETE FROM quotas WHERE "user" = $1`, [user]);
      else
        await sql.run(
          `INSERT INTO quotas ("user", daily_tokens) VALUES ($1, $2)
           ON CONFLICT ("user") DO UPDATE SET daily_tokens = excluded.daily_tokens`,
          [user, dailyTokens],
        );
    },
    async quotaOf(user) {
      const [row] = await sql.all<QuotaRow>(`SELECT "user", daily_tokens FROM quotas WHERE "user" = $1`, [
        user,
      ]);
      return row ? Number(row.daily_tokens) : undefined;
    },
    async quotas() {
      const rows = await sql.all<QuotaRow>(`SELECT "user", daily_tokens FROM quotas`, []);
      return Object.fromEntries(rows.map((row) => [row.user, Number(row.daily_tokens)]));
    },
  };
}
