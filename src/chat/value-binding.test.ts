import { describe, expect, it } from 'vitest';
import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';
import {
  asksFigure,
  asksRealized,
  figureOfOther,
  holdsFigure,
  statesPlanned,
  versionBound,
} from './value-binding.ts';

function hit(text: string, uri = 'file:///work/notes.txt#p=1'): SearchHit {
  return {
    chunkId: 1,
    path: '/work/notes.txt',
    uri,
    title: 'notes.txt',
    locator: { paragraph: 1 },
    score: 1,
    snippet: '',
    text,
    type: 'document',
    people: [],
  } as SearchHit;
}

const ask = (question: string, hits: SearchHit[]) => extractiveAnswer(question, hits, new CitationList());
const words = (text: string) => new Set(analyze(text));

describe('versionBound', () => {
  it('wants the version in a clause that names what the question asks about', () => {
    const wanted = words('version quillpad render needed');
    expect(versionBound('You need Version 4.2 of Quillpad for that.', wanted)).toBe(true);
    expect(versionBound('Render needs at least 2.1 anyway.', wanted)).toBe(true);
  });

  it('does not take another thing’s version from the same sentence', () => {
    const wanted = words('version quillpad render needed');
    expect(versionBound('Our fix (after v3.0.1, made in May) lets Quillpad render pages.', wanted)).toBe(
      false,
    );
    expect(versionBound('Version 0.9-2 (bionic), package size 56 kB', wanted)).toBe(false);
  });
});

describe('the value bound to what is asked', () => {
  it('answers a version question only with the version of the thing asked', () => {
    const answer = ask('Which version of Quillpad does Brightdesk require?', [
      hit(
        'Our approach (post v3.0.1, set up in May) is simple. Brightdesk lets Quillpad lay out the pages by itself.',
      ),
    ]);
    expect(answer.found).toBe(false);
    const right = ask('Which version of Quillpad does Brightdesk require?', [
      hit('Brightdesk needs Quillpad 2.4 or later to lay out the pages.'),
    ]);
    expect(right.found).toBe(true);
    expect(right.answer).toContain('2.4');
  });

  it('takes the count next to the noun asked over another figure of the same passage', () => {
    const answer = ask('How many nights is the Lisbon stay?', [
      hit(
        [
          'Reservation for your stay',
          'HOTEL PALMA',
          'LISBON STAY DESK, PT 1200 tel: 351-21-555-0100',
          'Arrival Date: 09 Feb 2001',
          'Guest: Ana Ruiz',
          'Bed: KING',
          'Smoking: NO',
          '# Nights: 4',
          'Room Type: KING',
        ].join('\n\n'),
      ),
    ]);
    expect(answer.found).toBe(true);
    expect(answer.answer).toMatch(/Nights: 4/);
  });
});

describe('a figure paid, not one offered', () => {
  it('tells a question about what was paid from other amount questions', () => {
    expect(asksRealized('How much did the Ortega team get last year?')).toBe(true);
    expect(asksRealized('How much were the repairs paid in March?')).toBe(true);
    expect(asksRealized('How much is the Ortega deal worth?')).toBe(false);
    expect(statesPlanned('Cash, Maximum: 6 MM')).toBe(true);
    expect(statesPlanned('We paid the invoice on Friday.')).toBe(false);
  });

  it('does not answer what someone got with a range offered for them', () => {
    const text = [
      'Here are my thoughts for Tom Ortega.',
      'Bonus, Minimum: 2 MM',
      'Bonus, Market: 3 MM',
      'Bonus, Maximum: 5 MM',
    ].join('\n\n');
    expect(ask('How much bonus did Tom Ortega get last year?', [hit(text)]).found).toBe(false);
    const paid = ask('How much bonus did Tom Ortega get last year?', [
      hit('Tom Ortega got a bonus of $40,000 last year, paid in February.'),
    ]);
    expect(paid.found).toBe(true);
    expect(paid.answer).toContain('$40,000');
  });
});

describe('a price accepted, not one offered', () => {
  it('reads "what price did X accept" as a figure agreed, and an offer to buy as none', () => {
    expect(asksRealized('What price did the rowing club accept for its boathouse?')).toBe(true);
    // Under a modal the figure asked is one someone would take, which an offer may state.
    expect(asksRealized('What price did the rowing club say it could accept for its boathouse?')).toBe(false);
    expect(asksRealized('How much would the treasurer accept?')).toBe(false);
    expect(statesPlanned('The mayor has offered to purchase the boathouse for $2 million.')).toBe(true);
    expect(statesPlanned('The boathouse was sold for $2 million.')).toBe(false);
    const offered = ask('What price did the rowing club accept for its boathouse?', [
      hit(
        'In later talks the mayor has offered to purchase the boathouse for a price of at least $2 million.',
      ),
    ]);
    expect(offered.found).toBe(false);
    const agreed = ask('What price did the rowing club accept for its boathouse?', [
      hit('The rowing club accepted $1.8 million for its boathouse on Friday.'),
    ]);
    expect(agreed.answer).toContain('$1.8 million');
  });
});

describe('versionBound: verbs bind nothing', () => {
  it('"I am using v4.2" names no product the question asks about', () => {
    const wanted = new Set(['quillkit', 'dara', 'use']);
    expect(versionBound("I'm using v4.2 and it crashes", wanted)).toBe(false);
    expect(versionBound('quillkit 4.2 is what I run', wanted)).toBe(true);
  });
});

describe('figureOfOther', () => {
  it("reads a figure right after a name the question does not ask about as that party's", () => {
    const line = 'The other owners are: Harbor Light Power 40% (a condition of their Kestrel merger).';
    expect(figureOfOther(line, words('What share of the plant does Kestrel own?'))).toBe(true);
    expect(figureOfOther(line, words('What share of the plant does Harbor Light Power own?'))).toBe(false);
    // A label before the figure is no party.
    expect(figureOfOther('Total Monthly Income 2,435', words('What is the income of Kestrel?'))).toBe(false);
  });

  it("leaves the question with no answer rather than give another party's share", () => {
    const owners = hit(
      'The other owners are as follows: Harbor Light Power 40% (a condition of their Kestrel merger).',
    );
    expect(ask('What share of the plant does Kestrel own?', [owners]).found).toBe(false);
    expect(ask('What share of the plant does Harbor Light Power own?', [owners]).answer).toContain('40%');
  });
});

describe('a measure asked that only a figure gives', () => {
  it('reads "what IRR …", "what was my bid …" and "what does … cost" as asking a figure', () => {
    expect(asksFigure('What IRR did I calculate for the Selby warehouse?')).toBe(true);
    expect(asksFigure('What was my bid for the Tarn gas at Kessel?')).toBe(true);
    expect(asksFigure('What does the storm cover for the K200 fleet cost?')).toBe(true);
    expect(asksFigure('What was the bid about?')).toBe(false);
    // A spread or a rate may be told in words ("a wider spread", "the prime rate").
    expect(asksFigure('What spread will the desk quote once the new screen is up?')).toBe(false);
    expect(asksFigure('What value is assumed when the flag is left out?')).toBe(false);
  });

  it('is not answered by a sentence that names the measure without a figure', () => {
    const hit = notesHit(
      'Take a look at this sheet. I tried to calculate the IRR on the Selby and Marsh warehouses. The Selby deal looks much better.',
      'email',
      { title: 'warehouses', date: '2024-03-04T10:00:00Z', people: [] },
    );
    const answer = extractiveAnswer(
      'What IRR did I calculate for the Selby warehouse?',
      [hit],
      new CitationList(),
    );
    expect(answer.found).toBe(false);
    expect(
      holdsFigure('The storm cover for the K200 fleet was not economic.', 'What does the K200 cover cost?'),
    ).toBe(false);
    expect(holdsFigure('The IRR came to 14%.', 'What IRR did I calculate?')).toBe(true);
  });
});
