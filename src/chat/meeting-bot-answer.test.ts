/**
 * A meeting bot's chair and vote lines answer "who chaired the … meeting" and "the result of the
 * vote on …" through `askQuestion`, on an invented channel log of two untitled meetings.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';

const chatter = (at: string, count: number, topic: string): string[] =>
  Array.from(
    { length: count },
    (_, i) => `[${at}] <tarrow> note ${i + 1} on the ${topic}, nothing decided yet`,
  );

const LOG = [
  '[09:58] <quilla> morning all, the orchard agenda is on the wiki',
  '[10:00] <quilla> #startmeeting',
  '[10:00] <PlanBot> Meeting started at 10:00. The chair is quilla.',
  '[10:01] <quilla> [TOPIC] Orchard pruning rota',
  ...chatter('10:02', 30, 'orchard pruning rota'),
  '[10:20] <quilla> [VOTE] Buy two new ladders for the orchard?',
  '[10:20] <PlanBot> Please vote on: Buy two new ladders for the orchard?',
  '[10:21] <PlanBot> Final result is 3 for, 1 against. 0 abstained. Total: 4',
  '[10:40] <quilla> #endmeeting',
  '[10:40] <PlanBot> Meeting finished at 10:40.',
  '[11:00] <mendip> #startmeeting',
  '[11:00] <PlanBot> Meeting started at 11:00. The chair is mendip.',
  '[11:01] <mendip> [TOPIC] Beehive inspections',
  ...chatter('11:02', 30, 'beehive inspections'),
  '[11:20] <mendip> [VOTE] Move beehive inspections to Saturdays?',
  '[11:21] <PlanBot> Final result is 2 for, 2 against. 1 abstained. Total: 5',
  '[11:30] <mendip> #endmeeting',
  '',
].join('\n');

let index: SearchIndex;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'meeting-bot-'));
  const work = join(folder, 'work');
  mkdirSync(work);
  writeFileSync(join(work, 'garden-channel.txt'), LOG);
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [work], { owner: 'me', now: new Date('2031-05-03T12:00:00Z') });
}, 120_000);

afterAll(async () => {
  await index?.close();
});

const ask = (question: string) =>
  askQuestion(index, question, { now: new Date('2031-05-03T12:00:00Z'), asUser: 'me' });

describe('a meeting bot’s lines', () => {
  it('answer who chaired the meeting whose lines say its name', async () => {
    const orchard = await ask('Who chaired the orchard meeting?');
    expect(orchard.found).toBe(true);
    expect(orchard.answer).toContain('The chair is quilla');
    const beehive = await ask('Who chaired the beehive meeting?');
    expect(beehive.answer).toContain('The chair is mendip');
  });

  it('answer the result of the vote on the motion named', async () => {
    const result = await ask('What was the result of the vote on the new ladders?');
    expect(result.found).toBe(true);
    expect(result.answer).toContain('3 for, 1 against');
  });
});
