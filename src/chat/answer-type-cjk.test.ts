import { describe, expect, it } from 'vitest';
import { carriesType, countedByCounter, expectedAnswerType } from './answer-type.ts';

describe('a count asked in Japanese by its counter word', () => {
  it('何 with a counter asks an amount; 何時 and 何年 ask an hour and a year', () => {
    expect(expectedAnswerType('見学会の参加者は何名以内ですか？')).toBe('amount');
    expect(expectedAnswerType('会報は年に何回発行されますか？')).toBe('amount');
    expect(expectedAnswerType('審査は何点満点ですか？')).toBe('amount');
    expect(expectedAnswerType('説明会は何時に始まりますか？')).not.toBe('amount');
    expect(expectedAnswerType('協会は何年に設立されましたか？')).not.toBe('amount');
  });

  it('a figure written with the counter and the words after it is the count asked', () => {
    const counted = countedByCounter('審査は何点満点ですか？');
    expect(counted?.test('合計（５０点満点）'.normalize('NFKC'))).toBe(true);
    expect(counted?.test('評点：１０'.normalize('NFKC'))).toBe(false);
    expect(countedByCounter('What is the total score?')).toBeUndefined();
  });
});

describe('numbers Chinese and Japanese text marks as no amount', () => {
  it("a heading's or an item's number opening a line, an ordinal and a year of an era", () => {
    expect(carriesType('３．申込方法', 'amount')).toBe(false);
    expect(carriesType('（２）持参する書類の一覧', 'amount')).toBe(false);
    expect(carriesType('規約第１２条に定める手続き', 'amount')).toBe(false);
    expect(carriesType('令和５年に改定された', 'amount')).toBe(false);
  });

  it('a count in the same text is still one', () => {
    expect(carriesType('３．定員は２５名とする', 'amount')).toBe(true);
    expect(carriesType('3. Staff meeting on 14 seats', 'amount')).toBe(true);
  });
});
