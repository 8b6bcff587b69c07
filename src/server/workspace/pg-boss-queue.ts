/**
 * @module pg-boss-queue
 * The job queue of the PostgreSQL records, through pg-boss 10 in its own schema beside the
 * records' (`<records schema>_jobs`, made when the queue is first used). One pg-boss queue
 * holds every kind of job, keyed by file (pg-boss's singleton key); the kind is the job's data.
 * - One live job per file: a job is sent in a transaction that holds an advisory lock on the
 *   file and finds no created, retrying or active job for it; a delete cancels that job instead
 *   and is sent in its place.
 * - A claim lasts the queue's `expireMs` (pg-boss's expireInSeconds, set on each job); pg-boss
 *   cannot extend it, so the worker's job thread holds each job to its time budget, and a job
 *   whose worker died is failed by pg-boss's supervisor once its claim is over (checked every
 *   `superviseMs` by whichever instance's turn it is) and retried after its backoff.
 * - A claim is told apart from a later one of the same job by its attempt number: a worker
 *   whose claim ran out cannot end the job another worker now holds.
 */

import type pg from 'pg';
import PgBoss from 'pg-boss';
import { inTransaction } from '../../lib/postgres-pool.ts';
import type { JobView } from './admin-records.ts';
import { type Job, type JobKind, jobKindOf, type QueueSettings } from './workspace-records.ts';

/** The one pg-boss queue every job is sent to. */
const QUEUE = 'officemate_jobs';

/** A job row as pg-boss keeps it (the columns read here). */
type BossRow = {
  id: string;
  singleton_key: string | null;
  data: { kind?: string } | null;
  state: 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
  retry_count: number;
  retry_limit: number;
  started_on: Date | null;
  output: { message?: string; value?: { message?: string } } | null;
};

const STATUS: Record<BossRow['state'], Job['status']> = {
  created: 'queued',
  retry: 'queued',
  active: 'running',
  completed: 'done',
  cancelled: 'cancelled',
  failed: 'failed',
};

const COLUMNS = 'id, singleton_key, data, state, retry_count, retry_limit, started_on, output';

/** Claims so far: pg-boss counts retries, and a job never started has had none. */
function attemptsOf(row: Pick<BossRow, 'retry_count' | 'started_on'>): number {
  return row.started_on ? Number(row.retry_count) + 1 : 0;
}

function rowToJob(row: BossRow): Job {
  const error = row.output?.message ?? row.output?.value?.message;
  return {
    id: row.id,
    fileId: row.singleton_key ?? '',
    kind: jobKindOf(row.data?.kind),
    status: STATUS[row.state],
    attempts: attemptsOf(row),
    maxAttempts: Number(row.retry_limit) + 1,
    ...(error ? { error } : {}),
  };
}

export type PgBossQueue = {
  enqueue(fileId: string, now: number, kind: JobKind): Promise<boolean>;
  claim(): Promise<Job | undefined>;
  latest(fileId: string): Promise<Job | undefined>;
  finish(
    job: Job,
    outcome: { status: 'done' } | { status: 'failed' | 'retry'; error: string },
  ): Promise<boolean>;
  /** The latest jobs with their file's name and owner, newest first (the admin view). */
  recent(limit: number): Promise<JobView[]>;
  /** Stops pg-boss's supervisor, when it was started; the pool stays the caller's. */
  stop(): Promise<void>;
};

/** The queue on `pool` (the records' pool, whose schema is `schema`); pg-boss starts on first use. */
export function pgBossQueue(pool: pg.Pool, schema: string, settings: QueueSettings): PgBossQueue {
  const jobs = `${schema}_jobs`;
  let starting: Promise<PgBoss> | undefined;
  const boss = () => {
    starting ??= (async () => {
      const started = new PgBoss({
        db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) },
        schema: jobs,
        schedule: false,
        supervise: true,
        maintenanceIntervalSeconds: Math.max(1, Math.ceil(settings.superviseMs / 1000)),
      });
      // A failed check is tried again at the next interval; nothing here to throw to.
      started.on('error', () => undefined);
      await oneAtATime(async () => {
        await started.start();
        if (!(await started.getQueue(QUEUE)))
          await started.createQueue(QUEUE, { name: QUEUE, policy: 'standard' });
      });
      await adoptEarlierJobs(started);
      return started;
    })();
    starting.catch(() => {
      starting = undefined;
    });
    return starting;
  };

  /**
   * Runs `work` while this process holds a session lock that every instance on the same queue
   * takes to start pg-boss. pg-boss creates its schema under a lock of its own, but two instances
   * starting at once on a new schema still collide on CREATE SCHEMA IF NOT EXISTS (PostgreSQL
   * answers the second with a unique violation on pg_namespace, which pg-boss does not take for
   * "already exists"), and the loser's first upload failed with it. Started one at a time, the
   * second finds the schema and the queue made.
   */
  const oneAtATime = async (work: () => Promise<void>) => {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [`${jobs}:start`]);
      try {
        await work();
      } finally {
        await client
          .query('SELECT pg_advisory_unlock(hashtext($1))', [`${jobs}:start`])
          .catch((thrown: Error) => {
            // A connection that cannot unlock is dropped, and its lock with it.
            broken = thrown;
          });
      }
    } finally {
      client.release(broken);
    }
  };

  /** Queues a job on the started pg-boss: one live job per file, a delete taking the live one's place. */
  const send = (queue: PgBoss, fileId: string, now: number, kind: JobKind) =>
    transaction(async (client, db) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${jobs}:${fileId}`]);
      const live = await client.query<{ id: string }>(
        `SELECT id FROM ${jobs}.job WHERE name = $1 AND singleton_key = $2 AND state < 'completed'`,
        [QUEUE, fileId],
      );
      if (live.rows.length > 0) {
        if (kind !== 'delete') return false;
        await queue.cancel(
          QUEUE,
          live.rows.map((row) => row.id),
          { db },
        );
      }
      const id = await queue.send(
        QUEUE,
        { kind },
        {
          db,
          singletonKey: fileId,
          startAfter: new Date(now),
          expireInSeconds: Math.max(1, Math.ceil(settings.expireMs / 1000)),
          retryLimit: Math.max(0, settings.maxAttempts - 1),
          // pg-boss doubles a delay of a second or more; none is none.
          retryDelay: Math.ceil(settings.backoffMs / 1000),
          retryBackoff: settings.backoffMs > 0,
        },
      );
      return id !== null;
    });

  /**
   * Jobs still queued or running in the jobs table these records kept before pg-boss are
   * queued in pg-boss (and marked 'moved' there), so no file is left "indexing" by the change.
   */
  const adoptEarlierJobs = async (queue: PgBoss) => {
    const { rows } = await pool.query<{ found: string | null }>('SELECT to_regclass($1) AS found', [
      `${schema}.jobs`,
    ]);
    if (!rows[0]?.found) return;
    const moved = await pool.query<{ file_id: string; kind: string | null }>(
      `UPDATE ${schema}.jobs SET status = 'moved' WHERE status IN ('queued', 'running') RETURNING file_id, kind`,
    );
    for (const row of moved.rows) await send(queue, row.file_id, Date.now(), jobKindOf(row.kind));
  };

  /** Runs `work` in a transaction on one connection, which pg-boss's calls share through `db`. */
  const transaction = <T>(work: (client: pg.PoolClient, db: PgBoss.Db) => Promise<T>): Promise<T> =>
    inTransaction(pool, (client) =>
      work(client, { executeSql: (text: string, values: unknown[]) => client.query(text, values) }),
    );

  return {
    async enqueue(fileId, now, kind) {
      return send(await boss(), fileId, now, kind);
    },
    async claim() {
      const [fetched] = await (await boss()).fetch(QUEUE, { includeMetadata: true });
      if (!fetched) return undefined;
      const { rows } = await pool.query<BossRow>(
        `SELECT ${COLUMNS} FROM ${jobs}.job WHERE name = $1 AND id = $2`,
        [QUEUE, fetched.id],
      );
      return rows[0] ? rowToJob(rows[0]) : undefined;
    },
    async latest(fileId) {
      await boss();
      const { rows } = await pool.query<BossRow>(
        `SELECT ${COLUMNS} FROM (
           SELECT ${COLUMNS}, created_on FROM ${jobs}.job WHERE name = $1 AND singleton_key = $2
           UNION ALL SELECT ${COLUMNS}, created_on FROM ${jobs}.archive WHERE name = $1 AND singleton_key = $2
         ) j ORDER BY (state < 'completed') DESC, created_on DESC LIMIT 1`,
        [QUEUE, fileId],
      );
      return rows[0] ? rowToJob(rows[0]) : undefined;
    },
    async finish(job, outcome) {
      const queue = await boss();
      return transaction(async (client, db) => {
        const { rows } = await client.query<Pick<BossRow, 'state' | 'retry_count' | 'started_on'>>(
          `SELECT state, retry_count, started_on FROM ${jobs}.job WHERE name = $1 AND id = $2 FOR UPDATE`,
          [QUEUE, job.id],
        );
        const held = rows[0];
        if (held?.state !== 'active' || attemptsOf(held) !== job.attempts) return false;
        if (outcome.status === 'done') {
          await queue.complete(QUEUE, job.id, {}, { db });
          return true;
        }
        // Failed for good: no retries left, whatever the job was sent with.
        if (outcome.status === 'failed')
          await client.query(`UPDATE ${jobs}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2`, [
            QUEUE,
            job.id,
          ]);
        await queue.fail(QUEUE, job.id, { message: outcome.error }, { db });
        return true;
      });
    },
    async recent(limit) {
      await boss();
      const { rows } = await pool.query<BossRow & { name: string | null; owner: string | null }>(
        `SELECT j.id, j.singleton_key, j.data, j.state, j.retry_count, j.retry_limit, j.started_on, j.output, f.name, f.owner
         FROM ${jobs}.job j LEFT JOIN ${schema}.files f ON f.id = j.singleton_key
         WHERE j.name = $1 ORDER BY j.created_on DESC, j.id LIMIT $2`,
        [QUEUE, limit],
      );
      return rows.map((row) => {
        const job = rowToJob(row);
        return {
          id: job.id,
          fileId: job.fileId,
          ...(row.name ? { name: row.name } : {}),
          ...(row.owner ? { owner: row.owner } : {}),
          status: job.status,
          attempts: job.attempts,
          ...(job.error ? { error: job.error } : {}),
        };
      });
    },
    async stop() {
      const started = await starting?.catch(() => undefined);
      starting = undefined;
      await started?.stop({ graceful: false, close: false });
    },
  };
}
