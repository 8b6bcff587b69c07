import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { searchHit } from './__fixtures__/search-hit.ts';
import { expectedAnswerType } from './answer-type.ts';
import { CitationList } from './citations.ts';
import { fieldKindAsked, kindFieldAnswer, kindLines } from './kind-field.ts';

const notice = (text: string, type: SearchHit['type'] = 'document'): SearchHit =>
  searchHit({
    path: '/work/harvest_fair.docx',
    text,
    type,
  });

const fair = notice(
  [
    'Programme',
    'Event:',
    '- Harvest fair of the Lindqvist weavers guild.',
    'Date and time:',
    '- 3 May 2031, 10:00.',
    'Planned duration:',
    '- up to 5 hours',
    'Venue:',
    '- Old Mill Hall, 12 Quarry Lane, Brackwater.',
    'Questions go to Orla Fenwick.',
  ].join('\n'),
);

const targi = notice(
  [
    'Wydarzenie:',
    '- Targi rzemiosła w Zalesiu, które odbywają się co roku.',
    'Planowany czas trwania:',
    '- do 4 godzin',
    'Miejsce:',
    '- Dom Kultury, ul. Lipowa 7, Zalesie.',
  ].join('\n'),
);

const ask = (question: string, hits: SearchHit[]) =>
  kindFieldAnswer(question, expectedAnswerType(question), hits, new CitationList())?.answer;

describe('kindFieldAnswer', () => {
  it('reads where and how long from the question’s own word', () => {
    expect(fieldKindAsked('Where is the harvest fair held?', 'place')).toBe('place');
    expect(fieldKindAsked('Jak długo potrwają targi rzemiosła?', 'amount')).toBe('duration');
    expect(fieldKindAsked('How many stalls are there at the fair?', 'amount')).toBeUndefined();
  });

  it('joins a label to the value on the line below it', () => {
    expect(kindLines(fair.text, 'place')).toEqual(['Venue: Old Mill Hall, 12 Quarry Lane, Brackwater.']);
    expect(kindLines(fair.text, 'duration')).toEqual(['Planned duration: up to 5 hours']);
  });

  it('answers with the line labelled by the kind asked, in any language', () => {
    expect(ask('Where is the harvest fair of the Lindqvist weavers guild?', [fair])).toBe(
      'Venue: Old Mill Hall, 12 Quarry Lane, Brackwater. [1]',
    );
    expect(ask('How long will the harvest fair of the Lindqvist weavers guild last?', [fair])).toBe(
      'Planned duration: up to 5 hours. [1]',
    );
    expect(ask('Gdzie odbywają się targi rzemiosła w Zalesiu?', [targi])).toBe(
      'Miejsce: Dom Kultury, ul. Lipowa 7, Zalesie. [1]',
    );
    expect(ask('Jak długo trwają targi rzemiosła w Zalesiu?', [targi])).toBe(
      'Planowany czas trwania: do 4 godzin. [1]',
    );
  });

  it('gives no answer for a passage that is not the notice asked about', () => {
    expect(ask('Where is the spring regatta of the Tarrow rowing club?', [fair])).toBeUndefined();
  });

  it('gives no answer when the passage labels two places', () => {
    const two = notice(`${fair.text}\nLocation:\n- Brackwater Town Hall`);
    expect(ask('Where is the harvest fair of the Lindqvist weavers guild?', [two])).toBeUndefined();
  });

  it('reads only documents and slides, not mail', () => {
    expect(
      ask('Where is the harvest fair of the Lindqvist weavers guild?', [notice(fair.text, 'email')]),
    ).toBeUndefined();
  });

  it('gives no answer for a kind it does not read', () => {
    expect(
      ask('Who should questions about the harvest fair of the Lindqvist weavers guild go to?', [fair]),
    ).toBeUndefined();
  });
});
