import { describe, expect, it } from 'vitest';
import { withItemMarksMoved, withoutItemMark, withoutTypedMark } from './item-marks.ts';
import { splitSentences } from './sentences.ts';

const sentences = (text: string) => withItemMarksMoved(splitSentences(text).map((span) => span.text));

describe('item numbers run into a paragraph (PDF text of numbered clauses)', () => {
  it('go back to the item they open: after a colon, after a closing quote, and the next number', () => {
    expect(
      sentences(
        'The council resolves: 1. Amend the order of 2 May by striking the words «Harbour district» 2. Add to clause 3.5 the words on tenders. 3. This order takes effect on publication.',
      ),
    ).toEqual([
      'The council resolves:',
      '1. Amend the order of 2 May by striking the words «Harbour district»',
      '2. Add to clause 3.5 the words on tenders.',
      '3. This order takes effect on publication.',
    ]);
  });

  it('move a dotted clause number from the end of a clause that opens with one', () => {
    expect(
      sentences(
        '3.6 Documents required for the service 3.6.1. Where the applicant bids at auction, these documents are filed.',
      ),
    ).toEqual([
      '3.6 Documents required for the service',
      '3.6.1. Where the applicant bids at auction, these documents are filed.',
    ]);
  });

  it('leave numbers that end a sentence alone', () => {
    const text =
      'Parking is set out in Chapter 18.20. The total was 12. Install version 3.6.1. Then restart.';
    expect(sentences(text)).toEqual(splitSentences(text).map((span) => span.text));
  });
});

describe('withoutItemMark', () => {
  it('drops list numbers, letters and bullets, the letters of a bullet font included', () => {
    expect(withoutItemMark('5. The budget is set.')).toBe('The budget is set.');
    expect(withoutItemMark('b) The budget is set.')).toBe('The budget is set.');
    expect(withoutItemMark('5.) Ines, the budget is set.')).toBe('Ines, the budget is set.');
    expect(withoutItemMark('• The budget is set.')).toBe('The budget is set.');
    // Plain-text mail keeps a word processor's bullets as "o" and "§".
    expect(withoutItemMark('o The top 5 priorities should also be agreed.')).toBe(
      'The top 5 priorities should also be agreed.',
    );
    expect(withoutItemMark('§ Reviews close on Friday.')).toBe('Reviews close on Friday.');
  });

  it('drops a number or letter typed before its item with a wide gap, its stop missing too', () => {
    expect(withoutItemMark('2    The shed holds the tools.')).toBe('The shed holds the tools.');
    expect(withoutItemMark('A.    Rules for Every Garden Plot.')).toBe('Rules for Every Garden Plot.');
    expect(withoutItemMark('5.\u00a0\u00a0\u00a0The plot has its own tap.')).toBe(
      'The plot has its own tap.',
    );
    expect(withoutItemMark('3\tThe garden is fenced.')).toBe('The garden is fenced.');
    // One space after a capital with a stop is an initial; after a bare figure, a count.
    expect(withoutItemMark('A. Lindqvist signed the lease.')).toBe('A. Lindqvist signed the lease.');
    expect(withoutItemMark('12 Tenants signed the lease.')).toBe('12 Tenants signed the lease.');
  });

  it('drops a small letter or roman numeral typed with its stop before a paragraph with a wide gap', () => {
    // Taken off before the paragraph is split into sentences, where the mark would be a sentence of its own.
    expect(withoutTypedMark('c.    Every hull is logged. The log is kept.')).toBe(
      'Every hull is logged. The log is kept.',
    );
    expect(withoutTypedMark('iii.\tThe warden signs the log.')).toBe('The warden signs the log.');
    expect(withoutTypedMark('b)    The warden signs the log.')).toBe('The warden signs the log.');
    // One space after it, or a small word before a wide gap, is no typed mark.
    expect(withoutTypedMark('c. The warden signs the log.')).toBe('c. The warden signs the log.');
    expect(withoutTypedMark('e.g.    The warden signs the log.')).toBe('e.g.    The warden signs the log.');
  });

  it('drops the marks before a sentence of a script without capitals', () => {
    // An invented report in Arabic: "The public garden opens its doors at eight in the morning."
    expect(withoutItemMark('• تفتح الحديقة العامة أبوابها في الساعة الثامنة صباحا.')).toBe(
      'تفتح الحديقة العامة أبوابها في الساعة الثامنة صباحا.',
    );
    // Numbered paragraphs closed with a dash and a tab, up to three figures.
    expect(withoutItemMark('47 -\tتفتح الحديقة العامة أبوابها في الساعة الثامنة صباحا.')).toBe(
      'تفتح الحديقة العامة أبوابها في الساعة الثامنة صباحا.',
    );
    expect(withoutItemMark('212 -\tتفتح الحديقة العامة أبوابها.')).toBe('تفتح الحديقة العامة أبوابها.');
    expect(withoutItemMark('212 - تفتح الحديقة العامة أبوابها.')).toBe('تفتح الحديقة العامة أبوابها.');
    // Japanese items lettered with the kana of the syllabary's order: "The new library opens in April."
    expect(withoutItemMark('イ\u3000新しい図書館は四月に開館する。')).toBe('新しい図書館は四月に開館する。');
    expect(withoutItemMark('3. 新しい図書館は四月に開館する。')).toBe('新しい図書館は四月に開館する。');
  });

  it('keeps a figure and a dash that are part of the sentence', () => {
    expect(withoutItemMark('12 - 15 Tenants signed the lease.')).toBe('12 - 15 Tenants signed the lease.');
    // In a script with capitals a number and a dash may open a numbered reference: it stays.
    expect(withoutItemMark('30 - Planning Office, Survey of Sheds, 2029.')).toBe(
      '30 - Planning Office, Survey of Sheds, 2029.',
    );
    expect(withoutItemMark('2024 -\tThe year the shed was built.')).toBe(
      '2024 -\tThe year the shed was built.',
    );
    expect(withoutItemMark('アイスクリームは四月に届く。')).toBe('アイスクリームは四月に届く。');
  });

  it('keeps an initial and a word that opens the sentence', () => {
    expect(withoutItemMark('A. Lindqvist signed the lease.')).toBe('A. Lindqvist signed the lease.');
    expect(withoutItemMark('On Monday the office opens.')).toBe('On Monday the office opens.');
    expect(withoutItemMark('o, what a day.')).toBe('o, what a day.');
  });
});
