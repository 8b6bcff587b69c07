import { describe, expect, it } from 'vitest';
import { passageUnits } from './passage-text.ts';
import { isReferenceEntry, referenceEntryForOther, withWholeEntries } from './reference-entry.ts';
import { unsoundAnswer } from './unsound-answer.ts';

const BOOK = 'Mira Okafor, Garden Pumps Handbook, 3rd Edition, 2011 Larkspur Press; ISBN 0-000-00000-0. [1]';
const CHAPTER = 'In Quiet Valves and Seals; D.K. Brannigan, Ed.; Fenwick House: Oslo, 2009; Vol. [1]';

describe('isReferenceEntry', () => {
  it('reads two marks of a citation or more as an entry', () => {
    expect(isReferenceEntry(BOOK)).toBe(true);
    expect(isReferenceEntry(CHAPTER)).toBe(true);
    expect(isReferenceEntry('Okafor, Mira (2011): Garden Pumps. Larkspur Press.')).toBe(true);
  });

  it('does not read a sentence with one such word as an entry', () => {
    expect(isReferenceEntry('The second edition of the fair drew 4,000 visitors to Larkspur.')).toBe(false);
    expect(isReferenceEntry('Mira Okafor gave the Garden Pumps talk on Tuesday.')).toBe(false);
  });
});

describe('referenceEntryForOther', () => {
  it('flags an entry given for a question that asks of no publication', () => {
    expect(referenceEntryForOther('Who gave the Garden Pumps talk?', BOOK)).toBe(true);
    expect(referenceEntryForOther('Who made the Quiet Valves report template?', CHAPTER)).toBe(true);
  });

  it('keeps an entry when the question asks of a book, an edition or a publisher', () => {
    expect(referenceEntryForOther('In which year was the Garden Pumps book published?', BOOK)).toBe(false);
    expect(referenceEntryForOther('In welchem Jahr erschien Okafors Buch „Garden Pumps“?', BOOK)).toBe(false);
    expect(referenceEntryForOther('Which edition of the Garden Pumps Handbook is cited?', BOOK)).toBe(false);
  });

  it('keeps an answer that holds a sentence other than an entry', () => {
    expect(
      referenceEntryForOther('Who gave the Garden Pumps talk?', `Mira Okafor gave the talk. [1] ${BOOK}`),
    ).toBe(false);
  });

  it('is one of the checks that make an answer unsound', () => {
    expect(unsoundAnswer('Who gave the Garden Pumps talk?', BOOK)).toBe(
      'a reference entry for no publication asked',
    );
  });
});

describe('withWholeEntries', () => {
  it('keeps the place and publisher with the author-year entry they close', () => {
    expect(
      withWholeEntries([
        'Varga, Ines (2011): Wege über den Brenlac.',
        'Velm: Orvik Verlag.',
        'Lenz, Mira (2009): Kurze Wege.',
      ]),
    ).toEqual([
      'Varga, Ines (2011): Wege über den Brenlac. Velm: Orvik Verlag.',
      'Lenz, Mira (2009): Kurze Wege.',
    ]);
  });

  it('leaves sentences that follow no entry as they are', () => {
    const sentences = ['Die Sitzung beginnt um neun.', 'Ort: Velm.'];
    expect(withWholeEntries(sentences)).toEqual(sentences);
  });

  it('is how a document passage reads its list', () => {
    const units = passageUnits({
      type: 'document',
      text: 'Literatur\n\nVarga, Ines (2011): Wege über den Brenlac. Velm: Orvik Verlag.\n\nLenz, Mira (2009): Kurze Wege. Tromsø: Nordlys.',
    } as never).map((unit) => unit.text);
    expect(units).toContain('Varga, Ines (2011): Wege über den Brenlac. Velm: Orvik Verlag.');
  });
});

describe('numbered endnotes of a report', () => {
  it('are entries for a question that asks a figure, not a publication', () => {
    expect(
      referenceEntryForOther(
        "What was Velmara's infant survival rate in 2027, according to the table in the Orla report?",
        '12 - Planning Office, June 2030, Survival Goals Review (2030-35) Velmara. [1] 13 - Orla Forum, October 2030, Second Report (draft). [2]',
      ),
    ).toBe(true);
  });

  it('leave a numbered line that gives no month of issue', () => {
    expect(
      referenceEntryForOther(
        "What was Velmara's infant survival rate in 2027?",
        '12 - Velmara: 96.1 per cent in 2027. [1]',
      ),
    ).toBe(false);
  });
});
