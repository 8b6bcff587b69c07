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
    'Администрация Кестровецкого городского поселения принимает жалобы граждан в течение 30 дней. Телефон для справок: 41 22 07.',
  );
  const english = hit(
    'The Kestrovets town office takes complaints from citizens on weekdays and answers within 30 days.',
  );

  it('gives a sentence in another language the question’s words it writes respelled or translated', () => {
    const sentences = [{ hit: russian, text: russian.text }];
    const terms = [new Set<string>()];
    addTranslatedTerms(
      'Within how many days does the Kestrovets town administration answer a complaint?',
      new Set(['kestrovet', 'town', 'administr', 'complaint', 'answer']),
      sentences,
      terms,
    );
    expect([...(terms[0] ?? [])].sort()).toEqual(['administr', 'complaint', 'kestrovet', 'town']);
  });

  it('leaves a sentence in the question’s own language as it is', () => {
    const sentences = [{ hit: english, text: english.text }];
    const terms = [new Set<string>(['town'])];
    addTranslatedTerms(
      'Within how many days does the Kestrovets town administration answer a complaint?',
      new Set(['kestrovet', 'town', 'administr', 'complaint']),
      sentences,
      terms,
    );
    expect([...(terms[0] ?? [])]).toEqual(['town']);
  });
});

describe('addTranslatedTerms: the file the question names', () => {
  it('gives no term from the words that name the file ("according to the … deck")', () => {
    const slide = hit(
      'Hormon kalin berfungsi untuk memacu pertumbuhan organ tumbuhan dan ini adalah hormon yang penting.',
    );
    const terms = [new Set<string>()];
    addTranslatedTerms(
      'Which hormone closes the buds, according to the plant growth deck?',
      new Set(['hormon', 'close', 'bud', 'plant', 'growth']),
      [{ hit: slide, text: slide.text }],
      terms,
    );
    expect([...(terms[0] ?? [])]).toEqual(['hormon']);
  });
});
