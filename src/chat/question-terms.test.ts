import { describe, expect, it } from 'vitest';
import {
  namedTerms,
  nameEndOnlyInPlaceName,
  namesDayOfMonth,
  questionTerms,
  topicHeads,
  withoutAsked,
} from './question-terms.ts';

describe('questionTerms: days and names', () => {
  it('leaves out a day named by month and number; keeps other words', () => {
    expect(questionTerms('How much did the ferry desk make on May 25?')).toEqual(['ferri', 'desk', 'make']);
    expect(questionTerms('What did Ines say on 3 June about the 5/25 deal?')).toEqual(['ine', 'deal']);
    expect(questionTerms('What did the May report say?')).toContain('may');
  });

  it('a month or a weekday is no name', () => {
    expect([...namedTerms('Is Ines Duarte in on Friday, June 5?')]).toEqual(['ine', 'duart']);
    expect(namesDayOfMonth('Who was moved on November 20, 2003?')).toBe(true);
    expect(namesDayOfMonth('Who was moved on Friday?')).toBe(false);
  });
});

describe('questionTerms: questions in other languages', () => {
  it('leaves out the question and function words of the language the question is in', () => {
    expect(questionTerms("Jusqu'à quand dure l'inscription au stage de poterie ?")).not.toEqual(
      expect.arrayContaining(['jusquà', 'quand', 'au', 'de']),
    );
    expect(questionTerms('Quando apre la mostra di ceramica?')).toEqual(['apr', 'mostra', 'ceramica']);
    expect(questionTerms('Quem organiza a feira de cerâmica?')).toEqual(['organiza', 'feira', 'cerâmica']);
    expect(questionTerms('Kiedy jest kiermasz ceramiki w Gdyni?')).toEqual(['kiermasz', 'ceramiki', 'gdyni']);
    expect(questionTerms('В каком году открылась мастерская?')).toEqual(['откр', 'мастерск']);
  });

  it('keeps those words in an English question, where they may be what it is about', () => {
    expect(questionTerms('Where is the La Paz office?')).toContain('la');
    expect(questionTerms('Who is on the Come Along rota?')).toContain('come');
  });
});

describe('topicHeads: the nouns a question is about', () => {
  it('is the last word of each noun phrase that ends plainly', () => {
    expect(topicHeads('When are my parking fees due?')).toEqual(['fee']);
    expect(topicHeads('Where did Ola suggest for the retreat?')).toEqual(['retreat']);
    expect(topicHeads('What rate did the lender quote for the loan on my cabin?')).toEqual([
      'lender',
      'loan',
      'cabin',
    ]);
  });

  it('leaves out verbs, particles and adverbs after the phrase', () => {
    expect(topicHeads('How much disk does removing an old backup free up?')).toEqual(['backup']);
    expect(topicHeads('How many rows did the nightly import actually load?')).toEqual(['import']);
    expect(topicHeads('When was the ferry timetable changed?')).toEqual(['timet']);
  });

  it('has no head for names, general nouns, codes or the thing asked for', () => {
    expect(topicHeads('What is on my calendar tomorrow?')).toEqual([]);
    // The file named in the plural is the file, as in the singular: its lines need not say "slides".
    expect(topicHeads('According to the harbour budget slides, what slows the dredging work?')).toEqual(
      topicHeads('According to the harbour budget slide, what slows the dredging work?'),
    );
    expect(topicHeads('Which rows do the Velm worksheets list?')).toEqual([]);
    expect(topicHeads('Who sent me the memo about Orla Bay?')).toEqual([]);
    expect(topicHeads('Who sent me the memo about the Orla Bay lease?')).toEqual(['leas']);
    expect(topicHeads('What is the balance?', new Set(['balanc']))).toEqual([]);
    expect(topicHeads("ana mentioned a flat in lisbon - what's the asking price?")).toEqual(['flat']);
    expect(topicHeads('for the lisbon flat, what is the asking price?')).toEqual(['flat']);
    expect(topicHeads('What was the Q3-2 figure?')).toEqual([]);
    expect(topicHeads('Когда будет встреча?')).toEqual([]);
  });
});

describe('withoutAsked', () => {
  it('for who, takes a given name out with a surname the question names after it', () => {
    const asked = new Set(['okafor']);
    expect(
      withoutAsked('John Okafor asked Mia Hale', asked, new Set(['okafor']))
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('asked Mia Hale');
    // Not a word asked in lower case: "Yuma Companies" when "company" is asked keeps "Yuma".
    expect(withoutAsked('The Yuma Companies was added', new Set(['compani']), new Set())).toContain('Yuma');
  });

  it('takes the question words out of a code but keeps a path or a link whole', () => {
    const asked = new Set(['linkkeep', 'acm', 'forum']);
    expect(withoutAsked('Code ACME-FORUM-7', asked).replace(/\s+/g, ' ')).toBe('Code - -7');
    expect(withoutAsked('In /etc/LinkKeeper/saved, see https://x.example/LinkKeeper/a', asked)).toBe(
      'In /etc/LinkKeeper/saved, see https://x.example/LinkKeeper/a',
    );
  });
});

describe('nameEndOnlyInPlaceName', () => {
  it('a surname seen only at the head of another name (a theatre, a street) is not the person', () => {
    const question = 'Where is the Ines Harbor recital?';
    expect(nameEndOnlyInPlaceName(question, 'Free shows at the Harbor Outdoor Theatre on June 8.')).toBe(
      true,
    );
    expect(nameEndOnlyInPlaceName(question, 'Recital: Ines Harbor - doors at 7')).toBe(false);
    expect(nameEndOnlyInPlaceName(question, 'Harbor will sing. Harbor Outdoor Stage')).toBe(false);
    // A surname as a modifier of something that is no place ("Harbor Numbers") is still the person.
    expect(nameEndOnlyInPlaceName(question, 'Harbor Numbers: the offer she sent back')).toBe(false);
    expect(nameEndOnlyInPlaceName(question, 'Parking behind Harbor Street, near the square.')).toBe(true);
  });
});

describe('questionTerms: the hour word of a time asked in another language', () => {
  it('drops "heure", "hora" and "Uhr" of a clock question, as it drops "when"', () => {
    expect(questionTerms('À quelle heure commence la visite du musée ?', 'date')).not.toContain('heur');
    expect(questionTerms('¿A qué hora abre la piscina?', 'date')).not.toContain('hora');
    expect(questionTerms('Um wie viel Uhr beginnt die Probe?', 'date')).not.toContain('uhr');
    expect(questionTerms('Quelles sont les heures de visite du musée ?')).toContain('heur');
  });
});
