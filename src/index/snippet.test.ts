import { describe, expect, it } from 'vitest';
import { analyzeQuery } from './analyze.ts';
import { makeSnippet, SNIPPET_CHARS } from './snippet.ts';

const terms = (query: string) => new Set(analyzeQuery(query));

describe('makeSnippet', () => {
  const english = `${'Opening remarks about the weather and other things. '.repeat(20)}The budget review for the Houston office was moved to Friday after the audit. ${'Closing words that say nothing at all. '.repeat(20)}`;

  it('keeps short text whole', () => {
    expect(makeSnippet('The budget is final.', terms('budget'))).toBe('The budget is final.');
  });

  it('centres on the query terms, cut between words, within the bound', () => {
    const snippet = makeSnippet(english, terms('budget review Houston'));
    expect(snippet).toContain('budget review for the Houston office');
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_CHARS + 4);
    expect(
      snippet
        .slice(2, -2)
        .split(' ')
        .every((word) => english.includes(word)),
    ).toBe(true);
  });

  it('bounds text without spaces (Chinese) in characters too', () => {
    const chinese = `${'会议开始时大家讨论了天气和其他事情。'.repeat(30)}下周五审批北京办公室的年度预算。${'最后大家说了一些无关的话。'.repeat(30)}`;
    const snippet = makeSnippet(chinese, new Set(analyzeQuery('年度预算')));
    expect(snippet).toContain('年度预算');
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_CHARS + 4);
  });

  it('finds Simplified query terms in Traditional text', () => {
    const traditional = `${'會議開始時大家討論了天氣和其他事情。'.repeat(30)}下週五審批北京辦公室的年度預算。`;
    expect(makeSnippet(traditional, new Set(analyzeQuery('年度预算')))).toContain('年度預算');
  });

  it('starts at the head when no term is found', () => {
    const snippet = makeSnippet(english, terms('zebra'));
    expect(snippet.startsWith('Opening remarks')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_CHARS + 2);
  });
});
