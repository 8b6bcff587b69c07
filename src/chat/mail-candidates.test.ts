/**
 * Mail answers that never reached the passages read: the candidates a question's mail search
 * brings. Invented people, places and figures.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mboxMessage } from '../../test/helpers/mbox-message.ts';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';
import { retrievalQuestion } from './retrieval-query.ts';

/** An index of one mailbox folder of the given messages. */
async function mailIndex(prefix: string, messages: readonly string[]): Promise<SearchIndex> {
  const work = join(mkdtempSync(join(tmpdir(), prefix)), 'work');
  mkdirSync(work);
  writeFileSync(join(work, 'mail.mbox'), messages.join('\n'));
  const index = await openIndex(join(work, '..', 'index.db'));
  await indexPaths(index, [work], { owner: 'nora', readers: ['*'] });
  return index;
}

describe('"according to" a person', () => {
  it('is searched without "according to", so the name is no recipient filter', () => {
    expect(retrievalQuestion('According to Odile Brask, how long will the Pellham survey take?')).toBe(
      'Odile Brask, how long will the Pellham survey take?',
    );
    const unnamed = 'How long will the dock take according to the Pellham survey?';
    expect(retrievalQuestion(unnamed)).toBe(unnamed);
  });

  let index: SearchIndex;
  beforeAll(async () => {
    index = await mailIndex('ask-according-', [
      mboxMessage(
        'asked',
        '2034-05-02T09:00:00Z',
        'Nora Lind <nora.lind@example.com>',
        'Odile Brask <odile.brask@example.com>',
        'Pellham survey',
        'Odile, what is the Pellham survey going to be used for? The board asks.',
      ),
      mboxMessage(
        'answer',
        '2034-05-03T09:00:00Z',
        'Odile Brask <odile.brask@example.com>',
        'Nora Lind <nora.lind@example.com>',
        'Re: Pellham survey',
        'Nora, the Pellham survey will be used solely for pricing the new quay berths next spring.',
      ),
    ]);
  });
  afterAll(async () => {
    await index.close();
  });

  it('answers from the mail the person wrote, not only from mail sent to them', async () => {
    const result = await askQuestion(
      index,
      'According to Odile Brask, what will the Pellham survey be used for?',
      {
        now: new Date('2034-05-10T09:00:00Z'),
      },
    );
    expect(result.found).toBe(true);
    expect(result.answer).toContain('quay berths');
  });
});
