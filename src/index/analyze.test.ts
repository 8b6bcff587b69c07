import { describe, expect, it } from 'vitest';
import { analyze, analyzeQuery } from './analyze.ts';

describe('analyzeQuery', () => {
  it('drops the words that frame a long question and keeps its topic words', () => {
    expect(
      analyzeQuery(
        'I am interested in articles that describe mechanisms for communicating between processes',
      ),
    ).toEqual(['articl', 'mechan', 'communic', 'process']);
    expect(analyzeQuery('what similarity laws must be obeyed when constructing aeroelastic models')).toEqual(
      analyze('similarity laws obeyed constructing aeroelastic models'),
    );
  });

  it('keeps the words of a short quoted name, not of a quoted citation', () => {
    expect(analyzeQuery("When is the next 'Just chatting' session?")).toEqual([
      'next',
      'just',
      'chat',
      'session',
    ]);
    expect(
      analyzeQuery('articles on text formatting, including "what you see is what you get" systems'),
    ).not.toContain('what');
    expect(analyzeQuery("I'd like Mary's notes about the budget plan")).not.toContain('like');
  });

  it('keeps short queries as they are indexed', () => {
    expect(analyzeQuery('find papers')).toEqual(['find', 'paper']);
    expect(analyzeQuery('budget review')).toEqual(analyze('budget review'));
  });

  it('falls back to the words there are when a query is all structure', () => {
    expect(analyzeQuery('what about them')).toEqual(analyze('what about them'));
  });
});
