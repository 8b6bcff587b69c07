import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRICT } from '../../test/helpers/paths.ts';
import { openIndex } from './open-index.ts';
import { contractRanking, fillContractIndex, storeContract } from './store.contract.ts';

const url = process.env.OFFICEMATE_TEST_PG_URL;
let counter = 0;
const schemaUrl = () => `${url}${url?.includes('?') ? '&' : '?'}schema=contract_${process.pid}_${++counter}`;

describe.skipIf(!url && !STRICT)('PostgreSQL store', () => {
  it('has a server to test against', () => {
    expect(url, 'OFFICEMATE_TEST_PG_URL is set by test/helpers/global-setup.ts').toBeTruthy();
  });

  storeContract(() => openIndex(schemaUrl()));

  it('ranks exactly like the SQLite store', async () => {
    const pg = await openIndex(schemaUrl());
    const sqlite = await openIndex(join(mkdtempSync(join(tmpdir(), 'officemate-pg-cmp-')), 'index.db'));
    try {
      await fillContractIndex(pg);
      await fillContractIndex(sqlite);
      const a = await contractRanking(pg);
      const b = await contractRanking(sqlite);
      expect(a.map((list) => list.map(([title]) => title))).toEqual(
        b.map((list) => list.map(([title]) => title)),
      );
      for (const [i, list] of a.entries())
        for (const [j, [, score]] of list.entries()) expect(score).toBeCloseTo(b[i]![j]![1], 6);
    } finally {
      await pg.close();
      await sqlite.close();
    }
  });
});
