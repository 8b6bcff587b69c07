import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openIndex } from './open-index.ts';
import { contractRanking, fillContractIndex, storeContract } from './store.contract.ts';

const folder = mkdtempSync(join(tmpdir(), 'officemate-sqlite-'));
let counter = 0;

describe('SQLite store', () => {
  storeContract(() => openIndex(join(folder, `index-${++counter}.db`)));

  it('reopens a file with its data and ranks the same', async () => {
    const path = join(folder, 'reopen.db');
    const first = await openIndex(path);
    await fillContractIndex(first);
    const before = await contractRanking(first);
    await first.close();
    const second = await openIndex(path);
    expect(await contractRanking(second)).toEqual(before);
    await second.close();
  });
});
