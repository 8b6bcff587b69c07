import { describe, expect, it } from 'vitest';
import {
  cyrillicSpelling,
  inOtherLanguage,
  latinSpelling,
  questionLanguage,
  sameBorrowedWord,
  sameThing,
  soundKey,
  translates,
} from './cross-language.ts';

describe('latinSpelling', () => {
  it('transliterates Cyrillic and drops accents', () => {
    expect(latinSpelling('Зеленогорск')).toBe('zelenogorsk');
    expect(latinSpelling('Łódź')).toBe('lodz');
    expect(latinSpelling('Straße')).toBe('strasse');
  });
});

describe('sameBorrowedWord', () => {
  it('matches a name written in Latin and in Cyrillic letters', () => {
    expect(soundKey('Kestrovets')).toBe(soundKey('Кестровец'));
    expect(sameBorrowedWord('Kestrovets', 'Кестровецкого')).toBe(true);
  });
  it('matches a word borrowed with its letters respelled', () => {
    expect(sameBorrowedWord('electronic', 'Elektronik')).toBe(true);
    expect(sameBorrowedWord('institute', 'Institut')).toBe(true);
    expect(sameBorrowedWord('results', 'résultats')).toBe(true);
  });
  it('does not match words that share only a short start', () => {
    expect(sameBorrowedWord('garden', 'garantie')).toBe(false);
    expect(sameBorrowedWord('tel', 'telefon')).toBe(false);
  });
});

describe('sameThing', () => {
  it('finds a noun of another language in the table', () => {
    expect(sameThing('deadline', 'Fristen')).toBe(true);
    expect(sameThing('members', 'членов')).toBe(true);
    expect(sameThing('meeting', 'Sitzungen')).toBe(true);
  });
  it('does not take an article for a noun', () => {
    expect(sameThing('year', 'le')).toBe(false);
    expect(sameThing('day', 'la')).toBe(false);
  });
  it('keeps apart nouns of different rows', () => {
    expect(sameThing('fee', 'Sitzung')).toBe(false);
  });
});

describe('translates', () => {
  it('takes a respelling or a translation', () => {
    expect(translates('director', 'Директора')).toBe(true);
    expect(translates('members', 'członkowie')).toBe(true);
    expect(translates('members', 'Kobalt')).toBe(false);
  });
});

describe('inOtherLanguage', () => {
  it('tells a question from a passage in another language', () => {
    expect(
      inOtherLanguage(
        'When is the library of Velmar open on Friday?',
        'Библиотека работает в пятницу с 9 до 15 часов, а в субботу и в воскресенье не работает.',
      ),
    ).toBe(true);
    expect(
      inOtherLanguage(
        'When is the library of Velmar open on Friday?',
        'The library of Velmar is open on Friday from 9 to 3, and it is closed on the weekend.',
      ),
    ).toBe(false);
  });
  it('tells a passage in Indonesian from an English question', () => {
    expect(
      inOtherLanguage(
        'Which hormone makes the stems of the plant grow?',
        'Hormon ini adalah zat yang membuat batang tumbuhan tumbuh dengan cepat dan kuat dalam musim hujan.',
      ),
    ).toBe(true);
  });
});

describe('questionLanguage', () => {
  it('reads a short English question by its question word', () => {
    expect(questionLanguage('Within how many days does Orvel answer?')).toBe('en');
    expect(questionLanguage('Jak długo trwa spotkanie w sprawie lasu?')).toBe('pl');
  });
});

describe('cyrillicSpelling', () => {
  it('spells a name in Latin letters as a text in Russian writes it', () => {
    expect(cyrillicSpelling('Zarevsk')).toBe('заревск');
    expect(cyrillicSpelling('Shchelkin')).toBe('щелкин');
    expect(cyrillicSpelling('Kolmin')).toBe('колмин');
    expect(cyrillicSpelling('Zhukova')).toBe('жукова');
  });

  it('spells no word with other letters', () => {
    expect(cyrillicSpelling('Zaréвsk')).toBeUndefined();
    expect(cyrillicSpelling('R2D2')).toBeUndefined();
  });
});
