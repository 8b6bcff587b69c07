/**
 * @module worded-formula
 * A quantity defined by arithmetic written in words over columns of numbers: "The total goals
 * of a match are goals for plus goals against", "the spread is High minus Low", "Create a keep
 * rate feature: Kept divided by the sum of Kept, Released and Lost, times 100". The words are
 * read as the operators they name and the definition handed to the formula reader, which makes
 * the column only when every word of the formula is a column, a number or an operator.
 */
import type { Frame } from './analysis-frame.ts';
import { applyDefinedFormula } from './defined-formula.ts';
import { splitPair } from './pair-parts.ts';
import { sentencesOf } from './transform-frame.ts';

const OPERATORS: readonly [RegExp, string][] = [
  [/\s+plus\s+/gi, ' + '],
  [/\s+minus\s+/gi, ' − '],
  [/\s+(?:times|multiplied by)\s+/gi, ' × '],
  [/\s+divided by\s+/gi, ' / '],
];

/** "The total goals of a match are A plus B": the name, "of a match" dropped, and "are" read as "is". */
const DEFINITION =
  /^(?:the\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+(?:(?:of|for|in)\s+(?:a|an|each|every|one)\s+[A-Za-z]+\s+)?(?:is|are)\s+(?!the\s+(?:number|count|sum|mean|difference|ratio)\b)/i;

/** "The total of a tie is the sum of the two", after a split into two numbers. */
const OF_THE_TWO =
  /^(?:the\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+(?:(?:of|for|in)\s+(?:a|an|each|every|one)\s+[A-Za-z]+\s+)?(?:is|are)\s+the\s+(sum|total|difference)\s+of\s+the\s+two(?:\s+(?:numbers|parts|values))?\s*[.;]?$/i;

/**
 * "Create a keep rate feature: Kept divided by …", "add a margin column: A minus B": the
 * feature's name, then its formula after the colon.
 */
const FEATURE_COLON =
  /\b(?:create|make|add|build|compute|engineer|derive)\s+(?:a|an|the)\s+(?:new\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)\s+(?:feature|column|variable)\s*:\s*(.+)$/i;

/** "the sum of Kept, Released and Lost": a list of two or more pieces added up. */
const SUM_OF_LIST =
  /\bthe\s+(?:sum|total)\s+of\s+((?:[^,.;]+?,\s*)+[^,.;]+?,?\s+and\s+[^,.;]+?|[^,.;]+?\s+and\s+[^,.;]+?)(?=\s*(?:,|\.|;|$|\s+(?:times|multiplied|divided|plus|minus)\b))/gi;

/**
 * The formula's words as the formula reader takes them: a summed list in parentheses
 * ("(Kept + Released + Lost)"), no comma before an operator word (", times 100"), and each
 * operator word its symbol.
 */
function writtenFormula(formula: string): string {
  const summed = formula.replace(SUM_OF_LIST, (_, list: string) => {
    const parts = list
      .split(/\s*,\s*(?:and\s+)?|\s+and\s+/i)
      .map((part) => part.trim())
      .filter(Boolean);
    return `(${parts.join(' + ')})`;
  });
  const joined = summed.replace(/,\s*(?=(?:times|multiplied by|divided by|plus|minus)\b)/gi, ' ');
  return OPERATORS.reduce((text, [pattern, symbol]) => text.replace(pattern, symbol), joined);
}

/** Makes each column a sentence defines by arithmetic in words. */
export function applyWordedFormula(frame: Frame, question: string, constraints: string): void {
  // A line may start with what an earlier step left of its sentence (a lone ".").
  const lines = `${question}\n${constraints}`.split('\n').map((line) => line.replace(/^[^A-Za-z]+/, ''));
  for (const sentence of lines.flatMap((line) => sentencesOf(line))) {
    const pair = splitPair(frame);
    const ofTwo = pair ? OF_THE_TWO.exec(sentence.trim()) : null;
    if (ofTwo && pair) {
      const operator = /^(?:sum|total)$/i.test(ofTwo[2]!) ? '+' : '−';
      applyDefinedFormula(frame, `${ofTwo[1]} is ${pair[0]} ${operator} ${pair[1]}`, '');
      continue;
    }
    const feature = FEATURE_COLON.exec(sentence.trim());
    const match = feature ? null : DEFINITION.exec(sentence.trim());
    if (!feature && !match) continue;
    const name = feature ? feature[1]! : match![1]!;
    const formula = feature ? feature[2]!.replace(/[.?!]\s*$/, '') : sentence.trim().slice(match![0].length);
    if (!OPERATORS.some(([pattern]) => new RegExp(pattern.source, 'i').test(formula))) continue;
    applyDefinedFormula(frame, `${name} is ${writtenFormula(formula)}`, '');
  }
}
