/**
 * Mail answers that are in the passages read but were not picked: a forward that names its
 * writer only in its data, a person's field in the message they wrote, words written by their
 * initials, a time told relative to another moment, a sentence on the other alternative of the
 * thing asked, and "what quantity". Invented people, places and figures.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mboxMessage } from '../../test/helpers/mbox-message.ts';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import type { SearchHit } from '../index/types.ts';
import { notesHit } from './__fixtures__/search-hit.ts';
import { expectedAnswerType } from './answer-type.ts';
import { askQuestion } from './ask-question.ts';
import { concernsOrWrittenBy, reportsActOf } from './attributed-person.ts';
import { CitationList } from './citations.ts';
import { carriedWriters } from './forwarded-sender.ts';
import { spelledRuns } from './initialism.ts';
import { extractiveAnswer } from './passage-answer.ts';
import { quoteAuthor } from './quoted-source.ts';
import { statesRelativeTime } from './relative-time.ts';

const forwarder: SearchHit['people'] = [
  { name: 'Voss, Henrik', address: 'henrik.voss@example.com', role: 'from' },
  { address: 'lena.marsh@example.com', role: 'to' },
];

/** A bare forward of Orla Penhale's invitation: its text holds her words, its data her name. */
function forwardHit(text: string, opening: string): SearchHit {
  return notesHit(text, 'email', {
    title: 'FW: Supper',
    date: '2035-03-01T15:00:00Z',
    people: forwarder,
    data: {
      forwarded: true,
      forwardedFrom: [{ author: 'Orla Penhale', sent: 'Wednesday, February 28, 2035 10:12 AM', opening }],
    },
  });
}

const INVITATION =
  'Henrik:\n\nWe are cooking supper for the whole choir, so save the evening. Tamsin brings the bread.\n\nCall me at the office on 555 0142\n\nOrla\n\nTime: Friday MARCH 9, 2035 at 7:30 PM\nPlace: 14 Quill Lane';

describe('a bare forward names the writer it carries', () => {
  const hit = forwardHit(INVITATION, 'henrik: we are cooking supper for the whole choir, so save t');

  it('lists the writers its data keeps', () => {
    expect(carriedWriters(hit)).toEqual(['Orla Penhale']);
    expect(carriedWriters(notesHit('No forward here.', 'email'))).toEqual([]);
  });

  it('answers a question that names the writer only its data gives', () => {
    const answer = extractiveAnswer("What time is Orla Penhale's supper?", [hit], new CitationList());
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('7:30 PM');
  });

  it('gives a person’s field from the message they wrote, not from the forwarder’s note', () => {
    // The answer adds a full stop the text does not write.
    expect(quoteAuthor('Call me at the office on 555 0142. [1]', hit)).toBe('Orla Penhale');
    expect(concernsOrWrittenBy(hit, 'Orla Penhale', 'Call me at the office on 555 0142. [1]')).toBe(true);
    const note = forwardHit(
      `Lena, my cell is 555 0199 if you need me.\n\n${INVITATION}`,
      'henrik: we are cooking supper for the whole choir, so save t',
    );
    expect(concernsOrWrittenBy(note, 'Orla Penhale', 'Lena, my cell is 555 0199 if you need me.')).toBe(
      false,
    );
  });
});

describe('words written by their initials', () => {
  it('are the run of the question’s words the initials spell', () => {
    expect(
      spelledRuns('Which yield to maturity do the Dunmore bonds give?', 'Dunmore Water has a YTM of 4.4%.'),
    ).toEqual([['yield', 'to', 'maturity']]);
    expect(spelledRuns('Who signed the power purchase agreement?', 'The PPA was signed Monday.')).toEqual([
      ['power', 'purchase', 'agreement'],
    ]);
    // Two letters, a word in lower case, or letters the question does not spell are no run.
    expect(spelledRuns('What is the yield to maturity?', 'The YT is low, the ytm is high.')).toEqual([]);
    expect(spelledRuns('What is the yield to maturity?', 'The ABC fund is closed.')).toEqual([]);
  });

  it('let the line that writes them answer', () => {
    const hit = notesHit(
      'A yield near 5% is what the fund hopes for on the Dunmore Water Board bonds.\n\nThe Dunmore Water Board bonds carry a YTM of 4.4% and run to 2031.',
      'email',
    );
    const answer = extractiveAnswer(
      'What yield to maturity do the Dunmore Water Board bonds carry?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('4.4%');
  });
});

describe('a time told relative to another moment', () => {
  it('is said by the end of a period, a coming week, a day by its ordinal or a span after a moment', () => {
    expect(statesRelativeTime('The portal should open by the end of the month.')).toBe(true);
    expect(statesRelativeTime('We will send it early next week.')).toBe(true);
    expect(statesRelativeTime('I would like to visit Fenmoor on the 9th.')).toBe(true);
    expect(statesRelativeTime('The power tariffs go up two hours after the gas tariffs.')).toBe(true);
    expect(statesRelativeTime('The archive is on the 5th floor.')).toBe(false);
    expect(statesRelativeTime('Sales were up 30 minutes ago.')).toBe(false);
    expect(statesRelativeTime('Please send the figures by end of day.')).toBe(true);
    expect(statesRelativeTime('At the end of the day it is your call.')).toBe(false);
  });

  it('answers "when" where no date is written', () => {
    const hit = notesHit(
      'Thanks for the update on the mill.\n\nFYI the Fenwick portal should open to members by the end of the month.',
      'email',
    );
    const answer = extractiveAnswer(
      'When should the Fenwick portal open to members?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('end of the month');
  });
});

describe('a sentence on the other alternative of the thing asked', () => {
  it('gives way to the one on the alternative asked', () => {
    const hit = notesHit(
      'The Fenmoor gas tariffs go up on the board at noon on Fridays. Ada Brenn says the power tariffs go up two hours after the gas tariffs.',
      'email',
    );
    const answer = extractiveAnswer('When will the Fenmoor power tariffs go up?', [hit], new CitationList());
    expect(answer.answer).toContain('two hours after');
  });
});

describe('"what quantity"', () => {
  it('asks an amount', () => {
    expect(expectedAnswerType('What quantity did the Brann mill order for the winter?')).toBe('amount');
  });
});

describe('a mail that tells the act asked as the named person’s', () => {
  const told = (text: string) => notesHit(text, 'email', { people: forwarder });

  it('reports their word, though another wrote it', () => {
    const question = 'Who did Quennell suggest should run the Fenmoor desk?';
    expect(
      reportsActOf(
        told('Ilse Varga takes the Fenmoor desk from June: Quennell suggested her, as she knows the buyers.'),
        question,
      ),
    ).toBe(true);
    expect(
      reportsActOf(told('Ilse Varga, as suggested by Bram Quennell, will run the Fenmoor desk.'), question),
    ).toBe(true);
    expect(
      reportsActOf(
        told('Who did Tamsin tell about it? Quennell told me nothing.'),
        'What did Quennell tell Tamsin?',
      ),
    ).toBe(true);
  });

  it('not a mail that names them beside another act, nor a question without an act of theirs', () => {
    expect(
      reportsActOf(
        told('Quennell thinks the desk is fine. Ilse Varga suggested we wait.'),
        'Who did Quennell suggest should run the Fenmoor desk?',
      ),
    ).toBe(false);
    expect(reportsActOf(told('Quennell suggested Ilse Varga.'), 'Who runs the Fenmoor desk?')).toBe(false);
  });
});

describe('ask: the named person’s act told in another writer’s mail', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    const work = join(mkdtempSync(join(tmpdir(), 'ask-told-act-')), 'work');
    mkdirSync(work);
    writeFileSync(
      join(work, 'mail.mbox'),
      [
        mboxMessage(
          'own',
          '2034-05-02T09:00:00Z',
          'Bram Quennell <bram.quennell@example.com>',
          'nora.lind@example.com',
          'Harbour budget',
          'Nora, the harbour budget looks fine to me. We can talk about the Fenmoor staffing on Friday.',
        ),
        mboxMessage(
          'told',
          '2034-05-03T09:00:00Z',
          'Ilse Varga <ilse.varga@example.com>',
          'nora.lind@example.com',
          'Fenmoor staffing',
          'Nora, on the Fenmoor staffing: Tamsin Oyelaran takes the Fenmoor desk from June. Quennell suggested her, as she knows the buyers there.',
        ),
      ].join('\n'),
    );
    index = await openIndex(join(work, '..', 'index.db'));
    await indexPaths(index, [work], { owner: 'nora', readers: ['*'] });
  });
  afterAll(async () => {
    await index.close();
  });

  it('answers from it, though the person wrote other mail on the topic', async () => {
    const result = await askQuestion(index, 'Who did Quennell suggest should run the Fenmoor desk?', {
      now: new Date('2034-05-10T09:00:00Z'),
    });
    expect(result.found).toBe(true);
    expect(result.answer).toContain('Tamsin Oyelaran');
  });
});
