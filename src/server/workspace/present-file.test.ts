import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { presentSkillData } from './present-file.ts';
import { openWorkspaceDb } from './workspace-db.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'officemate-present-'));
const db = openWorkspaceDb(join(dataDir, 'workspace.db'));
afterAll(() => {
  db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('presentSkillData', () => {
  it('replaces paths of files the user may read by file ids, and hides every other server path', () => {
    db.addUser('ann', 'x', false);
    db.addUser('bob', 'x', false);
    const file = (id: string, owner: string) =>
      db.addFile({
        id,
        owner,
        name: `${id}.docx`,
        path: join(dataDir, 'files', id, `${id}.docx`),
        size: 1,
        contentType: 'application/octet-stream',
        uploaded: '2026-03-12T09:00:00Z',
      });
    const mine = file('mine', 'ann');
    const theirs = file('theirs', 'bob');
    const result = presentSkillData(
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
    ) as { citations: Record<string, unknown>[]; note: string };
    expect(result.citations[0]).toEqual({ fileId: 'mine', name: 'mine.docx', n: 1, quote: 'q' });
    expect(result.citations[1]?.fileId).toBeUndefined();
    expect(JSON.stringify(result)).not.toContain(dataDir);
  });
});
