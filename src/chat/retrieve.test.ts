import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../../test/helpers/paths.ts';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { retrieve } from './retrieve.ts';

let index: SearchIndex;

/** One mail of an invented mailbox. */
function message(n: number, date: string, subject: string, body: string): string {
  return [
    `From MAILER-DAEMON Mon Jan  1 00:00:00 2024`,
    `Message-ID: <m${n}@example.com>`,
    `Date: ${date}`,
    'From: ana.ruiz@example.com',
    'To: ben.ode@example.com',
    `Subject: ${subject}`,
    '',
    body,
    '',
  ].join('\n');
}

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'retrieve-'));
  // Many later mails on the lodge's room rate, and one earlier one: asked before the later
  // ones were written, only the earlier one existed.
  const later = Array.from({ length: 7 }, (_, i) =>
    message(
      i + 1,
      `Mon, ${i + 1} Jun 2024 10:00:00 +0000`,
      `Pine Lodge room rate ${i + 1}`,
      `The Pine Lodge room rate for the June retreat is under review, note ${i + 1}.`,
    ),
  );
  const earlier = message(
    100,
    'Mon, 6 May 2024 10:00:00 +0000',
    'RE: Pine Lodge booking',
    'Yes, the lodge charges $210 a night. See you there.\n\n> Is the Pine Lodge room rate still the same?',
  );
  writeFileSync(join(folder, 'inbox.mbox'), [...later, earlier].join('\n'));
  // Notes that repeat "headers and footers" far more often than the one slide of that title.
  for (let n = 1; n <= 8; n++)
    writeFileSync(
      join(folder, `page-setup-${n}.md`),
      `# Headers and footers ${n}\n\nThe date is shown in the headers and footers of every page and slide. Headers and footers show the date, the page number and the title; the date shown may differ on the first slide.\n`,
    );
  // Notes on the river programme's sessions that repeat the question's common words, and one
  // short schedule line that holds the session code asked.
  for (let n = 1; n <= 12; n++)
    writeFileSync(
      join(folder, `river-sessions-${n}.md`),
      `# River programme sessions ${n}\n\nThe river programme session on water funding models is held each season; the session on water funding models reviews the funding of river works.\n`,
    );
  writeFileSync(join(folder, 'schedule.md'), '# Schedule\n\nQX7.21: Monday 4 May, 10:00, Hall B.\n');
  copyFileSync(join(CORPUS, 'office/pptx/poi_layouts.pptx'), join(folder, 'layouts.pptx'));
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [folder], { owner: 'ana' });
}, 120_000);

afterAll(async () => {
  await index?.close();
});

describe('retrieve: mail written after now', () => {
  it('reads deeper to fill k when later mail crowds out what existed then', async () => {
    const now = new Date('2024-05-20T09:00:00Z');
    const query = 'What is the room rate at Pine Lodge?';
    const plain = await retrieve(index, query, { k: 2, now, filters: { asUser: 'ana' } });
    const filled = await retrieve(index, query, { k: 2, now, filters: { asUser: 'ana' }, fill: true });
    expect(plain.results.some((hit) => hit.title.includes('booking'))).toBe(false);
    expect(filled.results.map((hit) => hit.title)).toContain('RE: Pine Lodge booking');
    expect(filled.results.every((hit) => (hit.date ?? '') < now.toISOString())).toBe(true);
  });
});

describe('retrieve: a kind of file named', () => {
  it('reads the slides beside the best passages when the question names a slide', async () => {
    const now = new Date('2024-05-20T09:00:00Z');
    const { results } = await retrieve(index, 'What date is shown on the headers and footers slide?', {
      k: 2,
      now,
      filters: { asUser: 'ana' },
    });
    expect(results.some((hit) => hit.type === 'slide' && hit.text.includes('October 21, 2011'))).toBe(true);
  });
});

describe('retrieve: a code named in the question', () => {
  const now = new Date('2024-05-20T09:00:00Z');
  const question = 'When is the river programme session QX7.21 on water funding models?';

  it('reads first the passage that holds the code whole, though common words rank it low', async () => {
    const { results } = await retrieve(index, question, { k: 4, now, filters: { asUser: 'ana' } });
    expect(results[0]?.text).toContain('QX7.21');
  });

  it('leaves the ranking alone when no passage holds the code', async () => {
    const asked = question.replace('QX7.21', 'QX7.29');
    const { results } = await retrieve(index, asked, { k: 4, now, filters: { asUser: 'ana' } });
    expect(results.some((hit) => hit.text.includes('QX7.21'))).toBe(false);
  });
});
