import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRICT } from '../../../test/helpers/paths.ts';
import { workspaceDbContract } from './workspace-db.contract.ts';
import { openWorkspaceDb } from './workspace-db.ts';

const folder = mkdtempSync(join(tmpdir(), 'officemate-workspace-db-'));
let counter = 0;

describe('SQLite workspace records', () => {
  const locations = new Map<unknown, string>();
  workspaceDbContract(
    async (queue) => {
      const location = join(folder, `workspace-${++counter}.db`);
      const db = await openWorkspaceDb(location, queue);
      locations.set(db, location);
      return db;
    },
    (db) => openWorkspaceDb(locations.get(db)!, db.queue),
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
      const db = await openWorkspaceDb(location, queue);
      locations.set(db, location);
      return db;
    },
    (db) => openWorkspaceDb(locations.get(db)!, db.queue),
  );
});
