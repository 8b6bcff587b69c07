/**
 * ask over an invented workspace whose one long document repeats the body it is about in every
 * section: a question that names that body as well as what it asks finds the section with the
 * rest of its words.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';

const NOW = new Date('2026-03-12T09:00:00Z');

const TOPICS = [
  'adopts these by-laws for the services it provides to residents',
  'registers every written request on the day it arrives',
  'answers a written request within thirty days of its registration',
  'may extend the review of a request when other offices must be asked',
  'publishes its decisions on the notice board and on its web site',
  'hears complaints about its officials in the order they arrive',
  'keeps a register of the property it leases to residents',
  'holds tenders for leases in the form of an auction or a contest',
  'signs a lease with the winner of a tender within ten days',
  'refuses a lease when the papers handed in are incomplete',
  'informs the applicant of a refusal in writing',
  'reviews these by-laws every three years',
];

const BYLAWS = [
  '# By-laws of the Harbourton town council',
  '',
  ...TOPICS.flatMap((topic, i) => [
    `## Section ${i + 1}`,
    '',
    `The Harbourton town council ${topic}. The head of the Harbourton town council oversees this section.`,
    '',
  ]),
  '## Opening hours',
  '',
  'Monday to Thursday from 8:00 to 16:30, with a lunch break from 12:30 to 13:30; Friday from 8:00 to 15:00.',
  '',
].join('\n');

let index: SearchIndex;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ask-file-words-'));
  writeFileSync(join(folder, 'bylaws.md'), BYLAWS);
  // Other notes of the workspace: the council's name is rare in it, a lunch or a break is not.
  for (let i = 0; i < 120; i++)
    writeFileSync(
      join(folder, `note-${i}.md`),
      `# Note ${i}\n\nThe ${i % 2 ? 'lunch' : 'coffee break'} with team ${i} moved to room ${i + 100}; the time stays.\n`,
    );
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [folder], { owner: 'ana' });
}, 120_000);

afterAll(async () => {
  await index?.close();
});

describe('askQuestion: words that name the document asked about', () => {
  it('finds the section with the rest of the question within the file its words name', async () => {
    const result = await askQuestion(
      index,
      'What time does the lunch break end at the Harbourton town council?',
      { now: NOW, asUser: 'ana' },
    );
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/lunch break from 12:30 to 13:30/);
    expect(result.citations[0]?.path).toMatch(/bylaws\.md$/);
  });
});
