/**
 * @module postgres-pool
 * A PostgreSQL connection pool kept in one schema, for the stores that live in PostgreSQL
 * (the index, the workspace records). `?schema=NAME` on the URL picks the schema; its tables
 * are created once under an advisory lock, so instances starting together take turns.
 */
import pg from 'pg';
import { fail } from './errors.ts';

export type PostgresUrl = {
  /** The URL without `schema`, as the driver takes it. */
  readonly connectionString: string;
  readonly schema: string;
  /** The URL without the password, with the schema: safe to show. */
  readonly location: string;
};

export function splitPostgresUrl(url: string, defaultSchema: string): PostgresUrl {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? defaultSchema;
  if (!/^[a-z_][a-z0-9_]{0,62}$/i.test(schema)) {
    fail('bad_usage', `The schema name "${schema}" in the database URL is not a plain SQL name.`, {
      hint: 'Use letters, digits and underscores, e.g. ?schema=team_index.',
    });
  }
  parsed.searchParams.delete('schema');
  const location = new URL(parsed.toString());
  location.password = '';
  return {
    connectionString: parsed.toString(),
    schema,
    location: `${location.toString()}${location.search ? '&' : '?'}schema=${schema}`,
  };
}

/**
 * The pool's settings: each connection starts in `url.schema` through the startup `options`
 * (`-c search_path=…`), after any options the URL or PGOPTIONS already give. A `SET search_path`
 * sent when a connection opened ran beside the first query of whoever took the connection
 * (pg warns "client.query() when the client is already executing a query").
 */
export function schemaPoolConfig(url: PostgresUrl): pg.PoolConfig {
  const parsed = new URL(url.connectionString);
  const given = parsed.searchParams.get('options') ?? process.env.PGOPTIONS;
  parsed.searchParams.delete('options');
  return {
    connectionString: parsed.toString(),
    options: [given, `-c search_path=${url.schema}`].filter(Boolean).join(' '),
    max: 4,
  };
}

/**
 * A pool whose connections use `url.schema`, after `setup` ran on one of them while holding
 * advisory lock `lock`. Throws (with the pool closed) when the server cannot be reached or
 * `setup` fails; the caller says what could not be opened.
 */
export async function openSchemaPool(
  url: PostgresUrl,
  lock: number,
  setup: (client: pg.PoolClient) => Promise<void>,
): Promise<pg.Pool> {
  const pool = new pg.Pool(schemaPoolConfig(url));
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [lock]);
      try {
        await setup(client);
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [lock]);
      }
    } finally {
      client.release();
    }
  } catch (thrown) {
    await pool.end().catch(() => undefined);
    throw thrown;
  }
  return pool;
}

/** Runs `work` on one connection of `pool` inside a transaction: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (thrown) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw thrown;
  } finally {
    client.release();
  }
}
