import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { STRICT } from '../../test/helpers/paths.ts';
import { openSchemaPool, schemaPoolConfig, splitPostgresUrl } from './postgres-pool.ts';

const url = process.env.OFFICEMATE_TEST_PG_URL;

describe('schemaPoolConfig', () => {
  it('starts each connection in the schema, after the options the URL gives', () => {
    const config = schemaPoolConfig(
      splitPostgresUrl(
        'postgres://ivo@db.example:5432/ledger?schema=orchard&options=-c%20work_mem%3D8MB',
        'x',
      ),
    );
    expect(config.options).toBe('-c work_mem=8MB -c search_path=orchard');
    expect(config.connectionString).toBe('postgres://ivo@db.example:5432/ledger');
  });
});

describe.skipIf(!url && !STRICT)('openSchemaPool on PostgreSQL', () => {
  const pools: pg.Pool[] = [];
  afterAll(async () => {
    for (const pool of pools) await pool.end();
  });

  it('hands out connections already in the schema, with no query sent beside the first one', async () => {
    expect(url, 'OFFICEMATE_TEST_PG_URL is set by test/helpers/global-setup.ts').toBeTruthy();
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    try {
      const schema = `pool_${process.pid}`;
      const base = new URL(url!);
      base.searchParams.set('schema', schema);
      base.searchParams.set('options', '-c statement_timeout=43210');
      const pool = await openSchemaPool(
        splitPostgresUrl(base.toString(), 'unused'),
        515253,
        async (client) => {
          await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
          await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.marks (n INTEGER)`);
          await client.query(`INSERT INTO ${schema}.marks VALUES (7)`);
        },
      );
      pools.push(pool);
      // Four connections at once: at least three are opened now, and each one's first query
      // finds the schema's table by its bare name.
      const clients = await Promise.all(Array.from({ length: 4 }, () => pool.connect()));
      try {
        const rows = await Promise.all(
          clients.map(async (client) => {
            // Two at once, as pg still takes from one caller: the second waits for the first
            // alone, with nothing of the pool's own queued before them.
            const [marks, settings] = await Promise.all([
              client.query<{ n: number }>('SELECT n FROM marks'),
              client.query<{ path: string; timeout: string }>(
                "SELECT current_setting('search_path') AS path, current_setting('statement_timeout') AS timeout",
              ),
            ]);
            return { n: marks.rows[0]?.n, ...settings.rows[0] };
          }),
        );
        expect(rows).toEqual(Array(4).fill({ n: 7, path: schema, timeout: '43210ms' }));
      } finally {
        for (const client of clients) client.release();
      }
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((message) => /already executing a query/.test(message))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});
