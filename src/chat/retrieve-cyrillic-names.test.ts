import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { retrieve } from './retrieve.ts';

let index: SearchIndex;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'retrieve-cyrillic-'));
  // Notes in English that share the question's common words, and two notes in Russian that share
  // only a name with it: one on the asked town's administration, one on a namesake's poems.
  for (let n = 1; n <= 10; n++)
    writeFileSync(
      join(folder, `office-hours-${n}.md`),
      `# Office hours ${n}\n\nThe town administration answers the phone number on weekdays; the administration phone number is on the town page.\n`,
    );
  writeFileSync(
    join(folder, 'zarevsk.md'),
    '# Поселок\n\nАдминистрация поселка Заревск принимает обращения граждан по телефону 41 22 07 по будням.\n',
  );
  writeFileSync(
    join(folder, 'poems.md'),
    '# Стихи\n\nСборник стихов поэта Ивана Колмина вышел в свет осенью, тираж разошелся за неделю.\n',
  );
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [folder], { owner: 'ana' });
}, 120_000);

afterAll(async () => {
  await index?.close();
});

describe('retrieve: names a question writes in Latin letters over a file in Russian', () => {
  const now = new Date('2025-03-01T09:00:00Z');

  it('reads the passage that writes the name in Cyrillic and another word of the question', async () => {
    const { results } = await retrieve(index, 'What is the phone number of the Zarevsk administration?', {
      k: 4,
      now,
      filters: { asUser: 'ana' },
    });
    expect(results.map((hit) => hit.path.split('/').pop())).toContain('zarevsk.md');
  });

  it('leaves out a passage that shares only the name', async () => {
    const { results } = await retrieve(index, "What did Kolmin's brother sell at the market?", {
      k: 4,
      now,
      filters: { asUser: 'ana' },
    });
    expect(results.map((hit) => hit.path.split('/').pop())).not.toContain('poems.md');
  });
});
