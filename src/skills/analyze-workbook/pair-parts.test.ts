import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// An invented hockey club's cup ties: the score with the club's goals first, one tie settled on
// a shoot-out noted in parentheses, and where it was played.
const TIES = `Round,Leg,Score
First,"Leg 1, Home",3–1
First,"Leg 2, Away",0–2
Second,"Leg 1, Away",2–2 (4–3 so)
Second,"Leg 2, Home",5–0
Third,"Leg 1, Home",1–4
`;
const mean = (name: string) => `@${name}[mean] where "mean" is rounded to two decimal places.`;

describe('a dashed pair split into named sides and figures over them', () => {
  it('names each side by the words in parentheses and adds them by a sum written in words', () => {
    const answer = ask(TIES, {
      question: 'What is the mean number of goals per match, counting both sides?',
      constraints:
        'Split Score on the dash into goals for (the number before it) and goals against (the number after it). The total goals of a match are goals for plus goals against. Round to two decimal places.',
      format: mean('mean_total_goals'),
    });
    // 4 + 2 + 4 + 5 + 5 = 20 over 5 ties; the shoot-out note is dropped.
    expect(answer.slots.mean_total_goals).toBe('4.00');
    expect(answer.planText).toContain('total goals = goals for + goals against');
  });
  it('keeps the sides apart when the text names the second one first', () => {
    const answer = ask(TIES, {
      question: 'What is the mean number of goals the club conceded?',
      constraints:
        'Split Score on the dash into goals against (the number after it) and goals for (the number before it). Round to two decimal places.',
      format: mean('mean_goals_against'),
    });
    // 1 + 2 + 2 + 0 + 4 = 9 over 5.
    expect(answer.slots.mean_goals_against).toBe('1.80');
  });
  it('makes the figures a sentence defines over two unnamed parts', () => {
    const answer = ask(TIES, {
      question: 'What is the largest margin of any match?',
      constraints:
        'Split Score on the dash into two numbers; the total is their sum and the margin the first minus the second.',
      format: '@max_margin[max] where "max" is an integer.',
    });
    expect(answer.slots.max_margin).toBe('5');
  });
  it('drops the note the text says to drop, and its example keeps no rows; "the sum of the two" adds the parts', () => {
    const answer = ask(TIES, {
      question: 'What is the mean number of goals per tie, counting both sides?',
      constraints:
        "Split Score on the dash into home goals (before it) and away goals (after it), dropping any note in parentheses ('2–2 (4–3 so)' is 2 and 2). The total of a tie is the sum of the two. Round to two decimal places.",
      format: mean('mean_total'),
    });
    expect(answer.slots.mean_total).toBe('4.00');
    expect(answer.planText).not.toContain('rows where');
  });
  it('refuses a slot that names only what both parts share', () => {
    expect(
      refusalCode(TIES, {
        question: 'What is the mean number of goals per tie?',
        constraints: 'Split Score on the dash into home goals (before it) and away goals (after it).',
        format: mean('mean_goals'),
      }),
    ).toBe('unsupported');
  });
});

describe('other ways of stating the split', () => {
  it('reads "the goals of each side" as two unnamed parts and "their sum" as a figure over them', () => {
    const answer = ask(TIES, {
      question: 'What is the mean number of goals per match?',
      constraints: 'Split Score on the dash into the goals of each side; the goals of a match are their sum.',
      format: mean('mean_match_goals'),
    });
    expect(answer.slots.mean_match_goals).toBe('4.00');
  });
  it('reads a split with no parts named, one part defined after the semicolon, and makes no numbered parts', () => {
    const answer = ask(TIES, {
      question: 'What is the mean number of goals the club conceded?',
      constraints:
        'Split Score on the dash; goals conceded are the number after it. Round to two decimal places.',
      format: mean('mean_conceded'),
    });
    expect(answer.slots.mean_conceded).toBe('1.80');
    expect(answer.planText).not.toContain('second number');
  });
  it('reads "the number before it minus the number after it" as a figure', () => {
    const answer = ask(TIES, {
      question: 'What is the largest margin?',
      constraints: 'Split Score on the dash; the margin is the number before it minus the number after it.',
      format: '@max_margin[max] where "max" is an integer.',
    });
    expect(answer.slots.max_margin).toBe('5');
  });
  it('names a part with a hyphen in it ("runner-up")', () => {
    const answer = ask(TIES, {
      question: 'What is the mean of the runner-up goals?',
      constraints:
        "Split Score on the dash into the winner's goals (before it) and the runner-up's goals (after it).",
      format: mean('mean_runner_up_goals'),
    });
    expect(answer.slots.mean_runner_up_goals).toBe('1.80');
  });
  it('defines no part from a clause that compares it ("won when the number before the dash is greater")', () => {
    expect(
      refusalCode(TIES, {
        question: 'In how many matches did the club win?',
        constraints: 'Split Score on the dash; the club won when the number before the dash is greater.',
        format: '@wins[count]',
      }),
    ).toBe('unsupported');
  });
});
