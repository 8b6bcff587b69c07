import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mboxMessage } from '../../test/helpers/mbox-message.ts';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';
import { ownWordsAsked } from './own-words.ts';

describe('ownWordsAsked', () => {
  it('reads the asker as the one who said it, and whom to', () => {
    expect(ownWordsAsked('What did I tell Odile Varga about the lease?')).toEqual({
      recipient: 'Odile Varga',
    });
    expect(ownWordsAsked('What number did I send Tomas?')).toEqual({ recipient: 'Tomas' });
    expect(ownWordsAsked('What did I say about the harbour survey?')).toEqual({});
    expect(ownWordsAsked('What extension did I give Kirk for Ed Hale?')).toEqual({ recipient: 'Kirk' });
  });
  it('leaves questions about what others said, and who-questions, alone', () => {
    expect(ownWordsAsked('What did Odile say about the lease?')).toBeUndefined();
    expect(ownWordsAsked('Who did I send the lease to?')).toBeUndefined();
    expect(ownWordsAsked('What time do I arrive in Oslo?')).toBeUndefined();
  });
});

describe('ask: what did I say or send', () => {
  let index: SearchIndex;
  const nora = 'Nora Lind <nora.lind@example.com>';
  const odile = 'Odile Varga <odile.varga@example.com>';
  const tomas = 'Tomas Brevik <tomas.brevik@example.com>';
  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ask-own-words-'));
    const work = join(folder, 'work');
    mkdirSync(work);
    writeFileSync(
      join(work, 'inbox.mbox'),
      [
        mboxMessage(
          'in1',
          '2024-05-02T09:00:00Z',
          odile,
          nora,
          'Harbour lease renewal',
          'Nora,\n\nThe harbour lease renewal should run for five years at the current rent.\n\nOdile\n',
        ),
        mboxMessage(
          'in2',
          '2024-05-03T09:00:00Z',
          'Kari Holm <kari.holm@example.com>',
          'nora.lind/corp/example@example.com',
          'Kayak rental',
          'Here is the kayak rental price list for the summer.\n',
        ),
      ].join('\n'),
    );
    writeFileSync(
      join(work, 'sent.mbox'),
      [
        mboxMessage(
          'out1',
          '2024-05-03T09:00:00Z',
          nora,
          odile,
          'Re: Harbour lease renewal',
          'Three years at most.\n\n-----Original Message-----\nFrom: Odile Varga\nSubject: Harbour lease renewal\n\nThe harbour lease renewal should run for five years at the current rent.\n',
        ),
        mboxMessage('out2', '2024-05-04T09:00:00Z', nora, tomas, 'Re: gate code', 'Tomas,\n\n4471\n\nNora\n'),
        mboxMessage(
          'out3',
          '2024-05-05T09:00:00Z',
          nora,
          odile,
          'Gate code',
          'Odile, the gate code for the yard is 9902 from Monday.\n',
        ),
        mboxMessage(
          'out5',
          '2024-05-07T09:00:00Z',
          nora,
          tomas,
          'Boat trailer',
          'Tomas, the boat trailer is parked at the north gate until Friday.\n',
        ),
        mboxMessage(
          'out6',
          '2024-05-08T09:00:00Z',
          nora,
          tomas,
          'Re: Lodge visit',
          'Tomas,\n\nI would like to meet you at the lodge in Varberg. Saturday morning is the only day that suits me.\n\nNora\n',
        ),
        mboxMessage(
          'out7',
          '2024-05-09T09:00:00Z',
          nora,
          tomas,
          'Boathouse financing',
          '---------------------- Forwarded by Nora Lind on 05/09/2024 ----------------------\n\nFrom: Ivar Sand <ivar.sand@example.com>\nSent: 05/08/2024\nSubject: Boathouse financing\n\nThe builder would fund the boathouse loan for the partners at a fixed 9% annual interest rate, paid monthly over ten years.\n',
        ),
        mboxMessage(
          'out8',
          '2024-05-09T10:00:00Z',
          nora,
          tomas,
          'Boathouse terms',
          'Tomas,\n\nThe main points for the partners:\n\n1. The boathouse loan carries a rate of prime plus 2%.\n2. The partners repay it before any profit is split.\n\nNora\n',
        ),
        mboxMessage(
          'out4',
          '2024-05-06T09:00:00Z',
          nora,
          odile,
          '',
          'The account numbers you asked for:\n\n1.\tFjord Rowing Club - 5520193\n2.\tHarbour Chess Society - 381044\n',
        ),
      ].join('\n'),
    );
    index = await openIndex(join(folder, 'index.db'));
    await indexPaths(index, [work], { owner: 'nora', readers: ['*'] });
  });
  afterAll(async () => {
    await index.close();
  });
  const now = new Date('2024-05-10T12:00:00Z');

  it('answers from the asker’s reply, not from the mail it quotes', async () => {
    for (const asUser of ['nora.lind@example.com', undefined]) {
      const result = await askQuestion(index, 'What did I tell Odile about the harbour lease?', {
        now,
        ...(asUser ? { asUser } : {}),
      });
      expect(result.found).toBe(true);
      expect(result.answer).toContain('Three years at most');
      expect(result.answer).not.toContain('five years');
    }
  });

  it('takes the mail to the person named when a value is asked', async () => {
    const result = await askQuestion(index, 'What gate code did I send Tomas?', {
      now,
      asUser: 'nora.lind@example.com',
    });
    expect(result.found).toBe(true);
    expect(result.answer).toContain('4471');
    expect(result.answer).not.toContain('9902');
  });

  it('a time of day asked is not answered by the day the asker wrote', async () => {
    const result = await askQuestion(
      index,
      'What time did I suggest for meeting Tomas at the lodge in Varberg?',
      {
        now,
        asUser: 'nora.lind@example.com',
      },
    );
    expect(result.found).toBe(false);
  });

  it('gives the line of a list that carries the code for what is named', async () => {
    const ask = (question: string) => askQuestion(index, question, { now, asUser: 'nora.lind@example.com' });
    const rowing = await ask('What account number did I send for the Fjord Rowing Club?');
    expect(rowing.found).toBe(true);
    expect(rowing.answer).toContain('5520193');
    expect(rowing.answer).not.toContain('381044');
    // A club the list does not name: no line of it answers.
    expect((await ask('What account number did I send for the Tennis Club?')).found).toBe(false);
  });

  it('does not take a forward with no note of the asker’s own as the asker’s words', async () => {
    const ask = (question: string) => askQuestion(index, question, { now, asUser: 'nora.lind@example.com' });
    const proposed = await ask('What interest rate did I propose for the partners’ boathouse loan?');
    expect(proposed.answer).not.toContain('9%');
    expect(proposed.answer).toContain('prime plus 2%');
    // What the asker sent on is the forward's text.
    const sent = await ask('What interest rate did I send Tomas for the boathouse loan from the builder?');
    expect(sent.answer).toContain('9%');
  });

  it('asks of the latest mail to the person when the question names no topic', async () => {
    // Nora wrote Odile three times; the last (May 6) is the account numbers.
    const result = await askQuestion(index, 'What did I send Odile?', {
      now,
      asUser: 'nora.lind@example.com',
    });
    expect(result.found).toBe(true);
    expect(result.answer).toContain('2024-05-06');
    expect(result.answer).toContain('account numbers');
    // Asked before that mail was written, the one before it.
    const earlier = await askQuestion(index, 'What did I send Odile?', {
      now: new Date('2024-05-05T18:00:00Z'),
      asUser: 'nora.lind@example.com',
    });
    expect(earlier.answer).toContain('9902');
  });

  it('reads mail to the asker’s Notes-routed address as sent to the asker', async () => {
    const result = await askQuestion(index, 'Who sent me the kayak rental price list?', {
      now,
      asUser: 'nora.lind@example.com',
    });
    expect(result.kind).toBe('sender');
    expect(result.answer).toMatch(/^Kari Holm <kari\.holm@example\.com> sent it on 2024-05-03/);
  });

  it('says nothing when none of the asker’s mail is about the topic', async () => {
    const result = await askQuestion(index, 'What did I say about the ferry timetable?', {
      now,
      asUser: 'nora.lind@example.com',
    });
    expect(result.found).toBe(false);
  });

  it('does not answer what someone asked the asker from the asker’s own mail to them', async () => {
    // Nora told Tomas where the trailer is; Tomas wrote nothing.
    for (const asUser of ['nora.lind@example.com', undefined]) {
      const result = await askQuestion(index, 'Where did Tomas tell me the boat trailer is?', {
        now,
        ...(asUser ? { asUser } : {}),
      });
      expect(result.answer).not.toContain('north gate');
    }
  });
});
