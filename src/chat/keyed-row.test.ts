import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { keyNamed, namedKeyRow, rowParts, termKeyedRow } from './keyed-row.ts';
import { extractiveAnswer } from './passage-answer.ts';
import { rankSentences } from './sentence-rank.ts';

const mail = (text: string, title: string) =>
  notesHit(text, 'email', { title, path: '/mail/harrow.mbox', uri: 'mail:///harrow/1' });

describe('rowParts', () => {
  it('reads a key before its value and a code before its key', () => {
    expect(rowParts('Closing fee    2,400')).toEqual({ key: 'Closing fee', value: '2,400' });
    expect(rowParts('Jun 03 - Aug 05 : $41/MWh')).toEqual({ key: 'Jun 03 - Aug 05', value: '$41/MWh' });
    expect(rowParts('QX71B - Ida Brenner')).toEqual({ key: 'Ida Brenner', value: 'QX71B' });
  });

  it('reads a value with a short note after it that says where it goes', () => {
    expect(rowParts('Retention bonus 12,500.00 box 14')).toEqual({
      key: 'Retention bonus',
      value: '12,500.00',
    });
    expect(rowParts('Moving allowance 3,100 CAD')).toEqual({ key: 'Moving allowance', value: '3,100' });
  });

  it('a sentence that runs on past a few words is no row, nor is a line without a value', () => {
    expect(
      rowParts('We expect the roof on the east wing of the school to cost about 18,000'),
    ).toBeUndefined();
    expect(rowParts('Code - Person')).toBeUndefined();
    // A code with a figure in it is a name, not a key and its value.
    expect(rowParts('Session QK2.15')).toBeUndefined();
  });
});

describe('keyNamed and termKeyedRow', () => {
  it('every word of the key is in the question, figures without their leading zeros', () => {
    const question = 'What price did Varna Hydro agree for Jun 3 to Aug 5?';
    expect(keyNamed(question, 'Jun 03 - Aug 05 : $41/MWh')).toBe(true);
    expect(termKeyedRow(question, 'Jun 03 - Aug 05 : $41/MWh')).toBe(true);
    expect(keyNamed(question, 'Jan 02 - May 03 : $52/MWh')).toBe(false);
  });

  it('a key of one word keys too many lines; a key of words alone is named but is no term', () => {
    expect(keyNamed('What was the total?', 'Total 9,120')).toBe(false);
    expect(keyNamed('What closing fee did Ines use?', 'Closing fee 2,400')).toBe(true);
    expect(termKeyedRow('What closing fee did Ines use?', 'Closing fee 2,400')).toBe(false);
  });
});

describe('namedKeyRow', () => {
  const lines = (texts: string[]) => texts.map((text, position) => ({ text, position }));

  it('moves to the row keyed by the person named, from the lead-in that holds another row', () => {
    const passage = lines([
      'Your access code for each reviewer is: Code - Reviewer QX71B - Ida Brenner',
      'RT48K - Tove Lindqvist',
      'MM20P - Nils Varga',
    ]);
    const row = namedKeyRow("What is Tove Lindqvist's access code?", passage[0]!, passage);
    expect(row?.text).toBe('RT48K - Tove Lindqvist');
  });

  it('stays when the sentence picked is the row asked, or when no row adds a word the sentence lacks', () => {
    const passage = lines(['Closing fee 2,400', 'Cash flow 18,240']);
    expect(namedKeyRow('What closing fee did Ines use?', passage[0]!, passage)).toBeUndefined();
    const told = lines(['The cash flow of Harrow Court is 18,240 a year', 'Cash flow 18,240']);
    expect(namedKeyRow('What cash flow does Harrow Court show?', told[0]!, told)).toBeUndefined();
  });

  it('two rows that fit alike leave the sentence as it is', () => {
    const passage = lines(['Here are the dues:', 'Unit fee 120', 'Unit fee 135']);
    expect(namedKeyRow('What is the unit fee?', passage[0]!, passage)).toBeUndefined();
  });
});

describe('extractiveAnswer with a mail table', () => {
  it('the row whose key the question names answers, not the sentence under the table', () => {
    const hit = mail(
      [
        'Ines, here is how Harrow Court works out.',
        '',
        'Purchase price  610,000',
        '',
        'Closing fee  2,400',
        '',
        'Cash flow  18,240',
        '',
        'Cash on cash  140%',
        '',
        'These numbers use the low rent estimate, so the cash return could be higher.',
      ].join('\n'),
      'Harrow Court numbers',
    );
    const answer = extractiveAnswer(
      'What cash flow does the low estimate for Harrow Court show?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('Cash flow 18,240');
  });

  it('the row of the person asked, not the first row after the lead-in', () => {
    const hit = mail(
      [
        'Please rate each reviewer by Friday.',
        '',
        'Your unique ID for each reviewer you have been asked to rate is:',
        '',
        'Unique ID - Reviewer',
        'QX71B - Ida Brenner',
        'RT48K - Tove Lindqvist',
        'MM20P - Nils Varga',
        '',
        'If the site fails, call the help line.',
      ].join('\n'),
      'Reviewer IDs',
    );
    const answer = extractiveAnswer(
      "What's Tove Lindqvist's unique ID for the reviewer site?",
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('RT48K');
  });
});

describe('rankSentences: a row keyed by a term the question writes', () => {
  it('counts the key as the question words it says', () => {
    const hit = mail(
      [
        'We closed with Varna Hydro today on these terms:',
        'plant: Brekke falls',
        'Jan 02 - May 03 : $52/MWh',
        'Jun 03 - Aug 05 : $41/MWh',
        'Delivery: north hub',
      ].join('\n'),
      'Varna Hydro closed',
    );
    const ranked = rankSentences('What price did Varna Hydro agree for Jun 03 to Aug 05?', [hit]);
    const row = ranked.find((candidate) => candidate.text.startsWith('Jun 03'));
    const other = ranked.find((candidate) => candidate.text.startsWith('Jan 02'));
    expect(row?.own).toBe(1);
    expect(row?.score ?? 0).toBeGreaterThan(other?.score ?? 0);
  });
});

describe('a breakdown forwarded in a mail', () => {
  it('the row the question names answers, not the lead-in read with the first rows', () => {
    const hit = mail(
      [
        'Ines, here is the breakdown for 2030 pay items:',
        '',
        'Regular pay\t\t 61,200.00\t\tbox 14',
        'Bonus\t\t\t 8,000.00\t\tbox 14',
        'Sign-on bonus\t\t 2,500.00\t\tbox 14',
        'Retention bonus\t 12,500.00\t\tbox 14',
        'Parking\t\t\t 900.00\t\tbox 40',
      ].join('\n'),
      'Pay items',
    );
    const answer = extractiveAnswer(
      'What retention bonus did my 2030 pay breakdown show?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('12,500.00');
    expect(answer.answer).not.toContain('61,200.00');
  });
});
