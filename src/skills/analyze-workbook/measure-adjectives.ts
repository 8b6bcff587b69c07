/**
 * @module measure-adjectives
 * Superlatives that name a measure as well as an end: "the youngest passengers on average" is
 * the lowest mean of the age column, "the most expensive tickets on average" the highest mean
 * price. A question is rewritten into the plain form ("the lowest average Age") when the table
 * has exactly one numeric column the adjective is about and the sentence asks for an average;
 * otherwise it is left as written.
 */
import { columnNames, type Frame, isNumericColumn, wordsOf } from './analysis-frame.ts';

/** Each adjective, the column words it is about, and the end it takes. */
const ADJECTIVES: readonly { words: RegExp; columns: readonly string[]; low: boolean }[] = [
  { words: /youngest/, columns: ['age'], low: true },
  { words: /oldest/, columns: ['age'], low: false },
  { words: /tallest/, columns: ['height'], low: false },
  { words: /heaviest/, columns: ['weight'], low: false },
  { words: /lightest/, columns: ['weight'], low: true },
  { words: /longest/, columns: ['time', 'duration', 'length', 'runtime'], low: false },
  { words: /shortest/, columns: ['time', 'duration', 'length', 'runtime'], low: true },
  { words: /cheapest|least expensive/, columns: ['price', 'fare', 'cost'], low: true },
  { words: /most expensive|priciest|costliest/, columns: ['price', 'fare', 'cost'], low: false },
];

const AVERAGE = /\b(?:on average|average|mean)\b/i;

/** The question with "the youngest passengers on average" written as "the lowest average Age". */
export function plainSuperlatives(frame: Frame, question: string): string {
  let text = question;
  for (const { words, columns, low } of ADJECTIVES) {
    const pattern = new RegExp(`\\b(?:the\\s+)?(${words.source})\\s+(?:(?:average|mean)\\s+)?([a-z]+)`, 'i');
    const match = pattern.exec(text);
    if (!match) continue;
    const sentence = text.slice(match.index).split(/[.?;\n]/)[0]!;
    if (
      !AVERAGE.test(sentence) &&
      !AVERAGE.test(
        text
          .slice(0, match.index)
          .split(/[.?;\n]/)
          .pop() ?? '',
      )
    )
      continue;
    const named = columnNames(frame).filter(
      (name) => isNumericColumn(frame, name) && wordsOf(name).some((word) => columns.includes(word)),
    );
    if (named.length !== 1) continue;
    text = `${text.slice(0, match.index)}the ${low ? 'lowest' : 'highest'} average ${named[0]} of ${match[2]}${text.slice(match.index + match[0].length)}`;
  }
  return text;
}

/**
 * "Which class has the oldest passenger?": one row's superlative, not a group's average. The
 * question with the adjective written as the plain end of its one column ("the highest Age
 * passenger"), when the sentence asks for no average and the table has exactly one numeric
 * column the adjective is about; undefined otherwise.
 */
export function rowSuperlative(frame: Frame, question: string): string | undefined {
  for (const { words, columns, low } of ADJECTIVES) {
    const pattern = new RegExp(`\\b(?:the\\s+)?(${words.source})\\s+(?!(?:average|mean)\\b)([a-z]+)`, 'i');
    const match = pattern.exec(question);
    if (!match) continue;
    // "Give the average length and the team with the oldest player": an average in a clause of its
    // own, before an "and", is not this superlative's.
    const before =
      question
        .slice(0, match.index)
        .split(/[.?;\n]|\band\b/)
        .pop() ?? '';
    const sentence = question.slice(match.index).split(/[.?;\n]/)[0]!;
    if (AVERAGE.test(sentence) || AVERAGE.test(before)) return undefined;
    const named = columnNames(frame).filter(
      (name) => isNumericColumn(frame, name) && wordsOf(name).some((word) => columns.includes(word)),
    );
    if (named.length !== 1) return undefined;
    return `${question.slice(0, match.index)}the ${low ? 'lowest' : 'highest'} ${named[0]} ${match[2]}${question.slice(match.index + match[0].length)}`;
  }
  return undefined;
}

/**
 * "@youngest_age" over an Age column: the end a superlative word of a slot takes of the measure
 * it is about ('low' for the minimum), or undefined when no word is one about that measure.
 */
export function adjectiveEnd(
  words: readonly string[],
  measure: string | undefined,
): 'low' | 'high' | undefined {
  if (!measure) return undefined;
  const measureWords = wordsOf(measure);
  for (const { words: pattern, columns, low } of ADJECTIVES)
    if (
      words.some((word) => new RegExp(`^(?:${pattern.source})$`).test(word)) &&
      measureWords.some((word) => columns.includes(word))
    )
      return low ? 'low' : 'high';
  return undefined;
}
