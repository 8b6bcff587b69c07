import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { STRICT } from '../../../test/helpers/paths.ts';
import { workspaceDbContract } from './workspace-db.contract.ts';
import { JOB_KIND_COLUMN_SQL, JOBS_SQL, openWorkspaceDb } from './workspace-db.ts';

const folder = mkdtempSync(join(tmpdir(), 'officemate-workspace-db-'));
let counter = 0;

describe('SQLite workspace records', () => {
  const locations = new Map<unknown, string>();
  workspaceDbContract(
    async (queue) => {
      const location = join(folder, `workspace-${++counter}.db`);
      const db = await openWorkspaceDb(location, { queue });
      locations.set(db, location);
      return db;
    },
    (db) => openWorkspaceDb(locations.get(db)!, { queue: db.queue }),
  );
});

const url = process.env.OFFICEMATE_TEST_PG_URL;

describe.skipIf(!url && !STRICT)('PostgreSQL workspace records', () => {
  it('has a server to test against', () => {
    expect(url, 'OFFICEMATE_TEST_PG_URL is set by test/helpers/global-setup.ts').toBeTruthy();
  });
  const locations = new Map<unknown, string>();
  workspaceDbContract(
    async (queue) => {
      const location = `${url}${url?.includes('?') ? '&' : '?'}schema=workspace_${process.pid}_${++counter}`;
      const db = await openWorkspaceDb(location, { queue });
      locations.set(db, location);
      return db;
    },
    (db) => openWorkspaceDb(locations.get(db)!, { queue: db.queue }),
  );
});

describe.skipIf(!url)('PostgreSQL records kept before pg-boss', () => {
  it("queues the jobs left live in the records' own jobs table in pg-boss, once", async () => {
    const schema = `earlier_${process.pid}`;
    const location = `${url}${url?.includes('?') ? '&' : '?'}schema=${schema}`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.query(`SET search_path TO ${schema}`);
      await client.query(JOBS_SQL);
      await client.query(JOB_KIND_COLUMN_SQL);
      await client.query(
        `INSERT INTO jobs (id, file_id, kind, status, run_after) VALUES
         ('j1', 'waiting', 'index', 'queued', 1), ('j2', 'held', 'delete', 'running', 1), ('j3', 'over', 'index', 'done', 1)`,
      );
    } finally {
      await client.end();
    }
    const db = await openWorkspaceDb(location);
    try {
      expect(await db.latestJob('waiting')).toMatchObject({ kind: 'index', status: 'queued', attempts: 0 });
      expect(await db.latestJob('held')).toMatchObject({ kind: 'delete', status: 'queued', attempts: 0 });
      expect(await db.latestJob('over')).toBeUndefined();
      const again = await openWorkspaceDb(location);
      expect(await again.latestJob('waiting')).toBeDefined();
      expect((await again.admin.jobs(10)).map((job) => job.fileId).sort()).toEqual(['held', 'waiting']);
      await again.close();
    } finally {
      await db.close();
    }
  });
});
