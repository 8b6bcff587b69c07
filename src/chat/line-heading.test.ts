import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { isHeading } from './line-heading.ts';
import { extractiveAnswer } from './passage-answer.ts';

const report = notesHit(
  [
    'Harbor office move - weekly progress',
    '',
    'North wing',
    '',
    '14 of 20 desks moved (two more on Friday)',
    '',
    'South wing',
    '',
    '37 of 52 desks moved (nine waiting for chairs - puts us at 46). Target is 48.',
    '',
    'The South wing names still to move are on the sheet.',
  ].join('\n'),
  'email',
  { title: 'Harbor office move - weekly progress', date: '2024-03-04T10:00:00Z', people: [] },
);

describe('isHeading', () => {
  it('is a short line with no figure and no closing stop', () => {
    expect(isHeading('South wing')).toBe(true);
    expect(isHeading('37 of 52 desks moved')).toBe(false);
    expect(isHeading('The names are on the sheet.')).toBe(false);
  });
});

describe('extractiveAnswer: the figure under the heading asked', () => {
  it('answers "… in the South wing" from the line under "South wing", not the one under "North wing"', () => {
    const answer = extractiveAnswer(
      'How many desks in the South wing have moved?',
      [report],
      new CitationList(),
    );
    expect(answer.answer).toContain('37 of 52');
  });

  it('keeps the line under the heading that is asked', () => {
    const answer = extractiveAnswer(
      'How many desks in the North wing have moved?',
      [report],
      new CitationList(),
    );
    expect(answer.answer).toContain('14 of 20');
  });
});
