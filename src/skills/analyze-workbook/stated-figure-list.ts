/**
 * @module stated-figure-list
 * 'Take the sum of "Calls taken" and the sum of "Calls dropped".', 'Find the most frequent value of
 * "Kind". Count the distinct values of "Kind".': constraints that list, over every row, one figure
 * of a quoted column after another, as many as the format has slots, give each slot its own. A
 * slot takes the figure whose column's words it alone carries ("@calls_dropped"); failing words,
 * slots and figures pair in order. Read only when it is plain: no sentence states rows ("whose",
 * "where"), no two figures are alike, and no slot's name writes a statistic other than its figure's.
 */
import { columnNames, type Frame, wordsOf } from './analysis-frame.ts';
import type { Slot } from './answer-format.ts';
import { constraintSentences } from './sentence-conditions.ts';
import { readSlotName, statisticWord } from './slot-words.ts';

/** A figure the constraints ask of a quoted column: the words, then the slot rule computing it. */
const FIGURES: readonly [RegExp, string, string | undefined][] = [
  [/\bthe\s+(?:mean|average)\s+of\s+"([^"\n]{1,60})"/gi, 'mean', 'mean'],
  [/\bthe\s+median\s+of\s+"([^"\n]{1,60})"/gi, 'median', 'median'],
  [/\bthe\s+(?:sum|total)\s+of\s+"([^"\n]{1,60})"/gi, 'total', 'total'],
  [/\bthe\s+(?:maximum|largest value|highest value)\s+of\s+"([^"\n]{1,60})"/gi, 'maximum', 'max'],
  [/\bthe\s+(?:minimum|smallest value|lowest value)\s+of\s+"([^"\n]{1,60})"/gi, 'minimum', 'min'],
  [/\bthe\s+(?:sample\s+)?standard deviation\s+of\s+"([^"\n]{1,60})"/gi, 'standard deviation', 'std'],
  [/\bthe\s+most\s+(?:frequent|common)\s+value\s+of\s+"([^"\n]{1,60})"/gi, 'most frequent value', undefined],
  [
    /\b(?:count|the number of)\s+(?:the\s+)?distinct\s+values\s+of\s+"([^"\n]{1,60})"/gi,
    'distinct count',
    undefined,
  ],
];

/** Words by which a sentence states the rows a figure is over. */
const STATES_ROWS =
  /\b(?:whose|where|which|with|keep|drop|remove|exclude|filter|only|among|per|each|group)\b/i;

/** Words that take a figure over every row its column has ("each over the rows where it is present"). */
const EVERY_ROW =
  /\b(?:each\s+|both\s+)?(?:over|across)\s+(?:all\s+(?:the\s+)?rows|every row|the rows where (?:it is|they are|both are|each is) present)\b/gi;

/** Canonical statistic words a slot's name may write. */
const CANONICAL = new Set(['mean', 'median', 'total', 'max', 'min', 'std']);

type Figure = {
  readonly rule: string;
  readonly column: string;
  readonly canonical?: string;
  readonly at: number;
};

/** The figures the constraints list, in order; undefined when a sentence asking one states rows. */
function listedFigures(constraints: string): Figure[] | undefined {
  const found: Figure[] = [];
  let offset = 0;
  for (const sentence of constraintSentences(constraints)) {
    const own: Figure[] = [];
    for (const [pattern, rule, canonical] of FIGURES)
      for (const match of sentence.matchAll(pattern))
        own.push({ rule, column: match[1]!, at: offset + match.index, ...(canonical ? { canonical } : {}) });
    if (own.length > 0 && STATES_ROWS.test(sentence.replace(/"[^"]*"/g, ' ').replace(EVERY_ROW, ' ')))
      return undefined;
    found.push(...own);
    offset += sentence.length + 1;
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * The slot rule's name and the column `slot` takes from the constraints' list of figures;
 * undefined when the constraints list no figure for each slot or the reading is not plain.
 */
export function listedFigureOf(
  frame: Frame,
  slot: Slot,
  slots: readonly Slot[],
  constraints: string,
): { rule: string; column: string } | undefined {
  if (slots.length < 2) return undefined;
  const figures = listedFigures(constraints);
  if (!figures || figures.length !== slots.length) return undefined;
  const names = columnNames(frame);
  if (figures.some((figure) => !names.includes(figure.column))) return undefined;
  const keys = figures.map((figure) => `${figure.rule}\u0000${figure.column}`);
  if (new Set(keys).size !== keys.length) return undefined;
  // Each slot's figure: by the column words it alone carries among the figures, else its place.
  const own = slots.map((item) => {
    const words = new Set(readSlotName(item.name));
    const scores = figures.map(
      (figure) =>
        wordsOf(figure.column).filter(
          (word) =>
            words.has(word) &&
            figures.every((other) => other.column === figure.column || !wordsOf(other.column).includes(word)),
        ).length,
    );
    const best = Math.max(...scores);
    return best > 0 && scores.filter((score) => score === best).length === 1
      ? scores.indexOf(best)
      : undefined;
  });
  const byWords = own.every((found) => found !== undefined) && new Set(own).size === own.length;
  const place = byWords
    ? own
    : slots.map((_, index) => (own[index] === undefined || own[index] === index ? index : -1));
  const index = slots.findIndex((item) => item.name === slot.name);
  const at = place[index];
  if (at === undefined || at < 0 || place.some((other) => other === undefined || other < 0)) return undefined;
  const figure = figures[at]!;
  // "@mean_calls" for a figure that is a sum writes another statistic: not this reading.
  const written = readSlotName(slot.name)
    .map((word) => statisticWord(word) ?? word)
    .filter((word) => CANONICAL.has(word));
  if (written.some((word) => word !== figure.canonical)) return undefined;
  return { rule: figure.rule, column: figure.column };
}
