import { describe, expect, it } from 'vitest';
import { estimateTextTokens, textSize } from '../../models/token-budget.ts';
import { checkGroundedAnswer, GroundedAnswer, type Passage } from './grounded-answer.ts';
import { checkKeptFacts, factsOf } from './kept-facts.ts';
import { lexicalSupport, normalizeNumber } from './lexical-support.ts';
import { cleanModelText } from './model-text.ts';
import { parseCitedText } from './text-citations.ts';

const passages: Passage[] = [
  {
    id: '1',
    text: 'Q3 revenue was $4.2 million, up 12% on Q2, driven by the Berlin office and two new enterprise customers.',
  },
  {
    id: '2',
    text: 'Travel spending will be cut by 10% from 1 October; Maya Chen approves any trip above €1,500.',
  },
  { id: '3', text: '第三季度华东区销售额为820万元，同比增长15%，主要来自上海的两个新客户。' },
];

describe('lexical support', () => {
  it('accepts a paraphrase that keeps the passage words and numbers', () => {
    expect(lexicalSupport('Revenue rose 12% in Q3 to $4.2 million.', [passages[0]!.text]).supported).toBe(
      true,
    );
  });

  it('rejects a number the passage never states, and a sentence about something else', () => {
    const wrongNumber = lexicalSupport('Revenue rose 15% in Q3.', [passages[0]!.text]);
    expect(wrongNumber).toMatchObject({ supported: false, missingNumbers: ['15'] });
    const offTopic = lexicalSupport('The cafeteria menu changes every Monday.', [passages[0]!.text]);
    expect(offTopic.supported).toBe(false);
    expect(offTopic.reason).toMatch(/shares 0 of/);
  });

  it('checks Chinese by words and character pairs', () => {
    expect(lexicalSupport('华东区第三季度销售额增长15%。', [passages[2]!.text]).supported).toBe(true);
    expect(lexicalSupport('华东区销售额增长了30%。', [passages[2]!.text]).supported).toBe(false);
    expect(lexicalSupport('公司明年将在北京开设新的研发中心。', [passages[2]!.text]).supported).toBe(false);
  });

  it('compares numbers however they are written', () => {
    expect(normalizeNumber('1,500')).toBe('1500');
    expect(normalizeNumber('03')).toBe('3');
    expect(normalizeNumber('4.20')).toBe('4.2');
    expect(normalizeNumber('2,5')).toBe('2.5');
    expect(
      lexicalSupport('Trips above €1500 need Maya Chen’s approval.', [passages[1]!.text]).supported,
    ).toBe(true);
  });
});

describe('grounded answers', () => {
  it('keeps supported sentences, drops and counts the rest, and reads ids as the model wrote them', () => {
    const answer = GroundedAnswer.parse({
      sentences: [
        { text: 'Q3 revenue grew 12% to $4.2 million.', sources: [1] },
        { text: 'Maya Chen approves trips above €1,500.', sources: ['[2]'] },
        { text: 'Headcount doubled in Q3.', sources: [1] },
        { text: 'The Paris office closed.', sources: [7] },
        { text: '华东区销售额为820万元。', sources: ['3'] },
      ],
      no_answer: false,
    });
    const check = checkGroundedAnswer(answer, passages);
    expect(check.kept.map((sentence) => sentence.sources)).toEqual([['1'], ['2'], ['3']]);
    expect(check.dropped.map((sentence) => sentence.reason)).toEqual([
      expect.stringMatching(/content words/),
      'cites 7, which do not exist',
    ]);
    expect(check.fallback).toBeUndefined();
  });

  it('tells the caller to fall back when too little survives or the model found nothing', () => {
    const mostlyInvented = checkGroundedAnswer(
      {
        sentences: [
          { text: 'Revenue grew 12%.', sources: [1] },
          { text: 'The board resigned in protest.', sources: [1] },
          { text: 'Shares fell 40%.', sources: [2] },
        ],
        no_answer: false,
      },
      passages,
    );
    expect(mostlyInvented.kept).toHaveLength(1);
    expect(mostlyInvented.fallback).toMatch(/only 1 of the model's 3 sentences/);
    const nothing = checkGroundedAnswer({ sentences: [], no_answer: true }, passages);
    expect(nothing).toMatchObject({ noAnswer: true, fallback: 'the model found no answer in the passages' });
  });
});

describe('citations written in text', () => {
  it('reads [1, 2], [1][2], ranges and full-width brackets, and a marker after the full stop', () => {
    const text =
      'Revenue grew 12%.[1, 2] Travel is cut by 10% [2][3]. Two customers signed. [1] Costs were flat [2-4].\n华东区增长15%。【3】';
    expect(parseCitedText(text)).toEqual([
      { text: 'Revenue grew 12%.', sources: [1, 2] },
      { text: 'Travel is cut by 10%.', sources: [2, 3] },
      { text: 'Two customers signed.', sources: [1] },
      { text: 'Costs were flat.', sources: [2, 3, 4] },
      { text: '华东区增长15%。', sources: [3] },
    ]);
  });

  it('gives a sentence without a marker no sources, instead of the next one’s', () => {
    expect(parseCitedText('First claim. Second claim [2].')).toEqual([
      { text: 'First claim.', sources: [] },
      { text: 'Second claim.', sources: [2] },
    ]);
  });
});

describe('kept facts', () => {
  const source =
    'On 12 March 2026 Maya Chen told the Berlin team that the Q3 travel budget of €48,000 would be cut by 10%. Omar Haddad will review every request.';

  it('finds the numbers and proper names of a paragraph, not the capital that opens a sentence', () => {
    const facts = factsOf(source);
    expect([...facts.numbers].sort()).toEqual(['10', '12', '2026', '48000']);
    expect([...facts.names].sort()).toEqual(['Berlin', 'Chen', 'Haddad', 'March', 'Maya', 'Q3']);
  });

  it('accepts a rewrite that keeps them in other words, and names what another one lost or added', () => {
    expect(
      checkKeptFacts(
        source,
        'Maya Chen told the Berlin team on 12 March 2026: the Q3 travel budget (€48,000) shrinks by 10%, and Omar Haddad reviews each request.',
      ).kept,
    ).toBe(true);
    const lossy = checkKeptFacts(source, 'The travel budget will be cut by 10% in Q3, Maya told the team.');
    expect(lossy.kept).toBe(false);
    expect(lossy.missing).toEqual(
      expect.arrayContaining(['12', '2026', '48000', 'Chen', 'Berlin', 'Haddad']),
    );
    expect(checkKeptFacts('The budget is cut by 10%.', 'The budget is cut by 15%.').added).toEqual(['15']);
  });

  it('works on Chinese paragraphs through their numbers and Latin names', () => {
    const chinese = '2026年3月12日，陈美雅在柏林办公室宣布，Q3差旅预算将削减10%，共计4.8万欧元。';
    expect(checkKeptFacts(chinese, '陈美雅于2026年3月12日宣布：Q3差旅预算削减10%（4.8万欧元）。').kept).toBe(
      true,
    );
    const lost = checkKeptFacts(chinese, '陈美雅宣布削减差旅预算。');
    expect(lost.missing).toEqual(expect.arrayContaining(['2026', '3', '12', '10', '4.8', 'Q3']));
  });
});

describe('model text', () => {
  it('decodes the entities a model copied from a data block', () => {
    expect(cleanModelText(' R&amp;D spend &lt;5% &#x2264; plan &#8364;3m ')).toBe('R&D spend <5% ≤ plan €3m');
    expect(checkKeptFacts('R&D spend rose 5%.', cleanModelText('R&amp;D spend rose by 5%.')).kept).toBe(true);
  });
});

describe('token budgets', () => {
  it('counts Chinese by characters and English by about four characters a token', () => {
    const chinese = '第三季度华东区销售额为820万元';
    expect(estimateTextTokens(chinese)).toBeGreaterThanOrEqual(13);
    expect(estimateTextTokens('The quarterly revenue grew by twelve percent.')).toBe(12);
    // A Chinese paragraph is not "under three words".
    expect(textSize('预算削减百分之十，由财务部负责')).toBeGreaterThanOrEqual(6);
    expect(textSize('Thanks, Maya')).toBe(2);
  });
});
