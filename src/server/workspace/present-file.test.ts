import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentSkillData } from './present-file.ts';
import { openWorkspaceDb, type WorkspaceDb } from './workspace-db.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'officemate-present-'));
let db: WorkspaceDb;
beforeAll(async () => {
  db = await openWorkspaceDb(join(dataDir, 'workspace.db'));
});
afterAll(async () => {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('presentSkillData', () => {
  it('replaces paths of files the user may read by file ids, and hides every other server path', async () => {
    await db.addUser('ann', 'x', false);
    await db.addUser('bob', 'x', false);
    const file = (id: string, owner: string) =>
      db.addFile(
        {
          id,
          owner,
          name: `${id}.docx`,
          path: join(dataDir, 'files', id, `${id}.docx`),
          size: 1,
          contentType: 'application/octet-stream',
          uploaded: '2026-03-12T09:00:00Z',
        },
        new Uint8Array([1]),
      );
    const mine = await file('mine', 'ann');
    const theirs = await file('theirs', 'bob');
    const result = (await presentSkillData(
      {
        citations: [
          { n: 1, path: mine.path, quote: 'q' },
          { n: 2, path: theirs.path, quote: 'r' },
        ],
        note: `written from ${mine.path}`,
      },
      db,
      'ann',
      dataDir,
    )) as { citations: Record<string, unknown>[]; note: string };
    expect(result.citations[0]).toEqual({ fileId: 'mine', name: 'mine.docx', n: 1, quote: 'q' });
    expect(result.citations[1]?.fileId).toBeUndefined();
    expect(JSON.stringify(result)).not.toContain(dataDir);
  });
});
