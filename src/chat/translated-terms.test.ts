import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { addTranslatedTerms } from './translated-terms.ts';

function hit(text: string): SearchHit {
  return {
    path: '/files/note.docx',
    uri: 'file:///files/note.docx#paragraph=1',
    title: 'note',
    type: 'document',
    locator: { paragraph: 1 },
    score: 1,
    snippet: text,
    text,
    people: [],
  } as unknown as SearchHit;
}

describe('addTranslatedTerms', () => {
  const russian = hit(
    'Заседание совета Кестровецкого института проводится раз в месяц, стоимость участия 300 рублей. Телефон для справок: 41 22 07.',
  );
  const english = hit(
    'The Kestrovets institute holds its board meeting once a month, and a seat costs 300 roubles.',
  );

  it('gives a sentence in another language the question’s words it writes respelled or translated', () => {
    const sentences = [{ hit: russian, text: russian.text }];
    const terms = [new Set<string>()];
    addTranslatedTerms(
      'What is the fee for the monthly Kestrovets institute meeting?',
      new Set(['kestrovet', 'institut', 'meet', 'fee', 'monthli']),
      sentences,
      terms,
    );
    expect([...(terms[0] ?? [])].sort()).toEqual(['fee', 'institut', 'kestrovet', 'meet']);
  });

  it('leaves a sentence in the question’s own language as it is', () => {
    const sentences = [{ hit: english, text: english.text }];
    const terms = [new Set<string>(['meet'])];
    addTranslatedTerms(
      'What is the fee for the monthly Kestrovets institute meeting?',
      new Set(['kestrovet', 'institut', 'meet', 'fee']),
      sentences,
      terms,
    );
    expect([...(terms[0] ?? [])]).toEqual(['meet']);
  });
});

describe('addTranslatedTerms: the file the question names', () => {
  it('gives no term from the words that name the file ("according to the … deck")', () => {
    const slide = hit(
      'Hormon kalin berfungsi untuk memacu pertumbuhan organ tumbuhan dan ini adalah hormon yang penting.',
    );
    const terms = [new Set<string>()];
    addTranslatedTerms(
      'Which hormone closes the buds, according to the garden care deck?',
      new Set(['hormon', 'close', 'bud', 'garden', 'care']),
      [{ hit: slide, text: slide.text }],
      terms,
    );
    expect([...(terms[0] ?? [])]).toEqual(['hormon']);
  });
});

describe('addTranslatedTerms: words joined with a hyphen', () => {
  it('reads each part of a hyphenated word of another language on its own', () => {
    const slide = hit(
      'Der Mahlwerk-Faktor sagt, wie viel Wasser eine Mühle für ein Kilogramm Mehl braucht, und er ist wichtig.',
    );
    const terms = [new Set<string>()];
    addTranslatedTerms(
      'What grinder factor does the mill note give?',
      new Set(['grinder', 'factor', 'mill', 'note', 'give']),
      [{ hit: slide, text: slide.text }],
      terms,
    );
    expect([...(terms[0] ?? [])]).toContain('factor');
  });
});
