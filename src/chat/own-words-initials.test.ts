import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mboxMessage } from '../../test/helpers/mbox-message.ts';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';
import { greets } from './own-words.ts';

describe('greets', () => {
  it('reads a name before what the mail tells them as a greeting', () => {
    expect(greets('kit - the dock fee is paid', 'Kit')).toBe(true);
    expect(greets('Kit, call me when you land.', 'Kit')).toBe(true);
  });
  it('does not read a sentence about the person as one', () => {
    expect(greets('Kit said the dock is free.', 'Kit')).toBe(false);
    expect(greets('Kitchen closes at five.', 'Kit')).toBe(false);
  });
});

describe('ask: what did I tell someone, by a nickname and in initials', () => {
  let index: SearchIndex;
  const nora = 'Nora Lind <nora.lind@example.com>';
  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ask-own-initials-'));
    const work = join(folder, 'work');
    mkdirSync(work);
    writeFileSync(
      join(work, 'sent.mbox'),
      [
        mboxMessage(
          'lc1',
          '2031-04-02T09:00:00Z',
          nora,
          'Tomasz Brevik <t.brevik@example.com>',
          'RE: Quay Authority L/C Request',
          'tom - we are well inside our limits\n\n-----Original Message-----\nFrom: Brevik, Tomasz\nSent: Monday, March 31, 2031 9:12 AM\nTo: Lind, Nora\nSubject: Quay Authority L/C Request\n\nThe Quay Authority wants its paperwork on the berth lease settled before May.\n',
        ),
        mboxMessage(
          'kayak1',
          '2031-04-03T09:00:00Z',
          nora,
          'Tom Ek <tom.ek@example.com>',
          'Kayak invoice',
          'Tom\n\nCan you check the kayak invoice before Friday.\n\nNora\n',
        ),
      ].join('\n'),
    );
    index = await openIndex(join(folder, 'index.db'));
    await indexPaths(index, [work], { owner: 'nora', readers: ['*'] });
  });
  afterAll(async () => {
    await index.close();
  });

  it('answers from the reply that opens with the nickname, about the phrase it writes in initials', async () => {
    const result = await askQuestion(index, 'What did I tell Tom about the letter of credit request?', {
      now: new Date('2031-04-04T12:00:00Z'),
      asUser: 'nora.lind@example.com',
    });
    expect(result.found).toBe(true);
    expect(result.answer).toContain('well inside our limits');
  });
});
