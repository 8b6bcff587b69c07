import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mboxMessage } from '../../test/helpers/mbox-message.ts';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';
import { senderOnlyQuestion } from './sent-by.ts';

describe('senderOnlyQuestion', () => {
  it('reads a sender asked about without a topic, with or without a time', () => {
    expect(senderOnlyQuestion('What did Odile send me?')).toBe('Odile');
    expect(senderOnlyQuestion('What has Tomas Brevik sent me this week?')).toBe('Tomas Brevik');
  });
  it('leaves a question with a topic to the passages', () => {
    expect(senderOnlyQuestion('What did Odile send me about the harbour survey?')).toBeUndefined();
  });
});

describe('ask: what a person sent me', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ask-sent-by-'));
    const work = join(folder, 'work');
    mkdirSync(work);
    const nora = 'Nora Lind <nora.lind@example.com>';
    writeFileSync(
      join(work, 'inbox.mbox'),
      [
        mboxMessage(
          'a',
          '2024-05-02T09:00:00Z',
          'Odile Varga <odile.varga@example.com>',
          nora,
          'Harbour survey',
          'Nora,\n\nThe harbour survey is booked for the second week of June.\n',
        ),
        mboxMessage(
          'b',
          '2024-05-06T09:00:00Z',
          'Odile Varga <odile.varga@example.com>',
          'team@example.com',
          'Kitchen rota',
          'The kitchen rota for May is on the wall.\n',
        ),
        mboxMessage(
          'c',
          '2024-05-07T09:00:00Z',
          'Odile Varga <odile.varga@example.com>',
          nora,
          'Invoice 114',
          'Nora,\n\nInvoice 114 from the printers is approved and paid.\n',
        ),
        mboxMessage(
          'd',
          '2024-05-20T09:00:00Z',
          'Odile Varga <odile.varga@example.com>',
          nora,
          'Later',
          'This mail is written after the question is asked.\n',
        ),
      ].join('\n'),
    );
    index = await openIndex(join(folder, 'index.db'));
    await indexPaths(index, [work], { owner: 'nora.lind@example.com' });
  }, 60_000);
  afterAll(async () => {
    await index?.close();
  });

  it("lists the person's mail to the asker, newest first, with its first sentence, not a greeting", async () => {
    const result = await askQuestion(index, 'What did Odile send me?', {
      now: new Date('2024-05-10T09:00:00Z'),
      asUser: 'nora.lind@example.com',
    });
    expect(result.found).toBe(true);
    expect(result.answer).toContain('Invoice 114 from the printers is approved and paid.');
    expect(result.answer.indexOf('Invoice 114')).toBeLessThan(result.answer.indexOf('Harbour survey'));
    expect(result.answer).not.toContain('kitchen rota');
    expect(result.answer).not.toContain('after the question');
  });
});
