/**
 * @module admin-records
 * What administrators see of the workspace records beyond accounts: the indexing jobs with
 * their file and status, newest first. Over the SQL runner of conversation-records.ts, so
 * SQLite and PostgreSQL answer alike.
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
};

type JobRow = {
  id: string;
  file_id: string;
  status: string;
  attempts: number | string;
  error: string | null;
  name: string | null;
  owner: string | null;
};

export function adminStore(sql: SqlRunner): AdminStore {
  return {
    async jobs(limit) {
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
  };
}
