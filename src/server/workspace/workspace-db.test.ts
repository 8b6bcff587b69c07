import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
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

describe('SQLite records kept before files had folders and warnings', () => {
  it("adds both columns on opening, keeping the files, and stores a reading's warnings", async () => {
    const location = join(folder, 'earlier.db');
    const old = new Database(location);
    old.exec(`
      CREATE TABLE users (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, admin INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL);
      CREATE TABLE files (
        id TEXT PRIMARY KEY, owner TEXT NOT NULL REFERENCES users(name), name TEXT NOT NULL, path TEXT NOT NULL UNIQUE,
        size INTEGER NOT NULL, content_type TEXT NOT NULL, uploaded TEXT NOT NULL, shared_with TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'indexing', error TEXT, generated_by TEXT);
      INSERT INTO users VALUES ('odile', 'x', 0, '2031-01-01T00:00:00Z');
      INSERT INTO files (id, owner, name, path, size, content_type, uploaded, status)
        VALUES ('kept', 'odile', 'lathe.ics', '/data/files/kept/lathe.ics', 12, 'text/calendar', '2031-01-02T00:00:00Z', 'ready');
    `);
    old.close();
    const db = await openWorkspaceDb(location);
    try {
      expect(await db.getFile('kept')).toMatchObject({ name: 'lathe.ics', status: 'ready' });
      await db.setStatus('kept', 'ready', undefined, [
        { type: 'skipped', message: 'Event "Lathe hour" has no start.' },
      ]);
      expect((await db.getFile('kept'))?.warnings).toEqual([
        { type: 'skipped', message: 'Event "Lathe hour" has no start.' },
      ]);
    } finally {
      await db.close();
    }
  });
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

describe.skipIf(!url)('PostgreSQL records of two instances starting at once', () => {
  it('queues and claims on both from the first call, while each starts the job queue', async () => {
    for (let round = 0; round < 3; round++) {
      const location = `${url}${url?.includes('?') ? '&' : '?'}schema=together_${process.pid}_${round}`;
      const [a, b] = await Promise.all([openWorkspaceDb(location), openWorkspaceDb(location)]);
      try {
        await a.addUser('ines', 'scrypt$not-a-real-hash', false);
        const calls = await Promise.allSettled([
          a.enqueueJob('ledger-one', Date.now()),
          b.claimJob('worker-b'),
          a.claimJob('worker-a'),
          b.enqueueJob('ledger-two', Date.now()),
        ]);
        const failures = calls.flatMap((call) => (call.status === 'rejected' ? [String(call.reason)] : []));
        expect(failures).toEqual([]);
      } finally {
        await a.close();
        await b.close();
      }
    }
  });
});
