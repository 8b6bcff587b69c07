/**
 * @module moved-by-count
 * A count of the rows whose made percentage change moved by a stated amount, said with a verb:
 * "the number of weeks the rate sank by more than 4 percent" (change below −4), "on how many weeks
 * did the level climb by at least 8%" (change 8 or more). The change is the one percentage change
 * from the previous row a step made; the verb says the direction and the comparison word how the
 * bar is met. Only the count slot reads the bound: a figure of every change asked beside it ("the
 * mean of the weekly changes", "the smallest weekly change") stays over every row.
 */
import { cellsOf, type Frame } from './analysis-frame.ts';
import { type Bound, boundOf, comparisonTest } from './comparison-words.ts';
import { numberResult, type SlotRule } from './slot-context.ts';
import { isStatisticWord, readSlotName } from './slot-words.ts';

/** "how many weeks did the level climb by more than 8 percent", "the number of weeks the rate sank by over 4%". */
const MOVED =
  /\b(?:how many|number of|count of)\s+(?:the\s+)?(?:trading\s+)?(?:days?|weeks?|months?|quarters?|years?|sessions?|rows?|times)\b[^?.;\n]{0,60}?\b(?<verb>[a-z]+(?:\s+(?:up|down))?)\s+(?:by\s+)?(?<word>more than|over|above|at least|no less than|less than|under|at most|no more than)\s+(?<number>\d+(?:\.\d+)?)\s*(?:percent|per cent|%)/i;

/** Verbs of a rise and of a fall, by the forms they start with. */
const RISES =
  /^(?:ris|rose|jump|gain|climb|increas|grew|grow|went up|go up|goes up|ralli|rally|soar|surg|spik)/i;
const FALLS =
  /^(?:fall|fell|drop|declin|lost|los|decreas|slid|sank|sink|slump|went down|go down|goes down|plung|tumbl)/i;

/** A bound on a fall, said of the change: "more than 4" down is "less than −4". */
const TURNED: Readonly<Record<Bound, Bound>> = {
  'more than': 'less than',
  'at least': 'at most',
  'less than': 'more than',
  'at most': 'at least',
};

/** The one column a step made as a percentage change from the previous row. */
function changeColumn(frame: Frame): string | undefined {
  const made = frame.steps
    .map((step) => / = percentage change of .+ from the previous row/.exec(step) && step.split(' = ')[0]!)
    .filter((name): name is string => Boolean(name) && frame.derived.has(name as string));
  return made.length === 1 ? made[0] : undefined;
}

/** The stated move: the change column, the test on each row's change, and the words for the note. */
function statedMove(
  frame: Frame,
  question: string,
): { column: string; test: (value: number) => boolean; words: string } | undefined {
  const match = MOVED.exec(question);
  if (!match?.groups) return undefined;
  const { verb, word, number } = match.groups as Record<string, string>;
  const up = RISES.test(verb!);
  if (up === FALLS.test(verb!)) return undefined;
  const column = changeColumn(frame);
  const bound = boundOf(word!);
  if (!column || !bound) return undefined;
  // A fall by more than 4 is a change below −4: the bound turned round on the other side of 0.
  const side = up ? bound : TURNED[bound];
  const bar = up ? Number(number) : -Number(number);
  const test = comparisonTest(side)!;
  return { column, test: (value) => test(value, bar), words: `${column} ${side} ${bar}` };
}

/** The count slot of a move the question states, for a slot whose name holds no statistic word. */
export const MOVED_BY_COUNT_RULE: SlotRule = {
  name: 'count of rows whose made change moved by a stated amount',
  applies: (_words, context) =>
    !readSlotName(context.slot.name).some((word) => isStatisticWord(word)) &&
    statedMove(context.frame, context.question) !== undefined,
  compute: (context) => {
    const move = statedMove(context.frame, context.question)!;
    const cells = cellsOf(context.frame, move.column);
    const rows = context.rows.filter((row) => {
      const value = cells[row];
      return typeof value === 'number' && move.test(value);
    });
    return numberResult(
      context,
      rows.length,
      `count of rows where ${move.words} (${rows.length})`,
      [move.column],
      rows,
    );
  },
};
