import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { searchHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { spelledOut } from './initialism.ts';
import { initialismAnswer, initialismAsked } from './initialism-meaning.ts';

const report = (text: string, type: SearchHit['type'] = 'document'): SearchHit =>
  searchHit({
    path: '/work/quayside_review.docx',
    uri: 'file:///work/quayside_review.docx#paragraph=3',
    title: 'quayside_review.docx › Findings',
    text,
    type,
  });

const findings = report(
  [
    'Since 2019 the quayside checks are run by the Harbour Safety Board (HSB or "the board") on each berth.',
    'In the quayside review the HSB found that most berths passed; HSB checks of the quayside review take two days.',
  ].join('\n'),
);

const ask = (question: string, hits: SearchHit[]) =>
  initialismAnswer(question, hits, new CitationList())?.answer;

describe('initialismAnswer', () => {
  it('reads the letters a question asks the words of', () => {
    expect(initialismAsked('What does HSB stand for in the quayside review?')).toBe('HSB');
    expect(initialismAsked('What is P&L short for?')).toBe('PL');
    expect(initialismAsked('What do the letters QRT mean?')).toBe('QRT');
    expect(initialismAsked('What does the HSB check in the quayside review?')).toBeUndefined();
    expect(initialismAsked('What is the HSB fee?')).toBeUndefined();
  });

  it('finds the words beside the letters, before them or in brackets after them', () => {
    expect(spelledOut('run by the Harbour Safety Board (HSB or "the board")', 'HSB')).toBe(
      'Harbour Safety Board',
    );
    expect(spelledOut('The QRT (quick response team) meets daily.', 'QRT')).toBe('quick response team');
    expect(spelledOut('Ask the Department of Energy (DOE) first.', 'DOE')).toBe('Department of Energy');
    expect(spelledOut('In the review the HSB (see annex) found most berths passed.', 'HSB')).toBeUndefined();
  });

  it('answers with the sentence that spells the letters out, not one sharing more words', () => {
    expect(ask('What does HSB stand for in the quayside review?', [findings])).toBe(
      'Since 2019 the quayside checks are run by the Harbour Safety Board (HSB or "the board") on each berth. [1]',
    );
  });

  it('leaves the question to the other rules when no passage spells the letters out', () => {
    const later = report('In the quayside review the HSB found that most berths passed.');
    expect(ask('What does HSB stand for in the quayside review?', [later])).toBeUndefined();
  });
});
