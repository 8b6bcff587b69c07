/**
 * @module correlated-pair
 * "Which pair of columns has the strongest correlation?": Pearson's r of every pair of the
 * numeric columns the text names (all the table's measures when it names fewer than three), and
 * the pair with the largest |r| (the smallest for "weakest"; the largest r for "most positive",
 * the smallest for "most negative"). A slot naming the coefficient gets r, any other slot the
 * two columns in table order. "Highest correlation" is answered only when the largest r and the
 * largest |r| are the same pair, since it reads either way.
 */
import { fail } from '../../lib/errors.ts';
import { columnNames, type Frame, findMentions, isNumericColumn, pairsOf } from './analysis-frame.ts';
import {
  has,
  numberResult,
  type SlotContext,
  type SlotResult,
  type SlotRule,
  slotWords,
} from './slot-context.ts';
import { pearson } from './stats.ts';

/** The question asks which pair of columns correlates most or least. */
const PAIR_ASKED =
  /\b(?:pair|two (?:columns|variables|features|measures))\b[^.?;]{0,60}\b(strongest|highest|largest|greatest|most|weakest|lowest|least|smallest)\b(?:\s+(positive|negative))?[^.?;]{0,30}correlat|\b(strongest|highest|largest|weakest|lowest)\s+(?:(positive|negative)\s+)?(?:absolute\s+)?correlation[^.?;]{0,40}\b(?:pair|two (?:columns|variables|features))\b|\bmost (positively |negatively )?correlated (?:pair|two (?:columns|variables|features))\b/i;

type Scored = { a: string; b: string; r: number };

/** The table's numeric measures in column order (no identifiers or dates). */
function measureNames(frame: Frame): string[] {
  return columnNames(frame).filter(
    (name) =>
      isNumericColumn(frame, name) &&
      !['identifier', 'date'].includes(
        frame.table.columns.find((column) => column.name === name)?.type ?? '',
      ),
  );
}

function strongestPair(context: SlotContext): { best: Scored; how: string } {
  const asked = PAIR_ASKED.exec(context.question)!;
  const end = (asked[1] ?? asked[3] ?? 'strongest').toLowerCase();
  const sign = (asked[2] ?? asked[4] ?? asked[5] ?? '').trim().toLowerCase();
  const named = [
    ...new Set(
      findMentions(context.frame, context.text)
        .map((mention) => mention.column)
        .filter((name) => isNumericColumn(context.frame, name)),
    ),
  ];
  const order = measureNames(context.frame);
  const columns = (named.length >= 3 ? named : order).filter((name) => order.includes(name));
  const scored: Scored[] = [];
  for (const [i, a] of columns.entries())
    for (const b of columns.slice(i + 1)) {
      const { x, y } = pairsOf(context.frame, a, b, [...context.rows]);
      const r = x.length > 2 ? pearson(x, y).r : Number.NaN;
      if (Number.isFinite(r)) scored.push({ a, b, r });
    }
  if (scored.length < 2)
    fail(
      'unsupported',
      `@${context.slot.name} asks for the most correlated pair, but fewer than three numeric columns are in play.`,
      {
        hint: 'Name the columns to compare.',
      },
    );
  const pick = (score: (item: Scored) => number) => scored.reduce((x, y) => (score(y) > score(x) ? y : x));
  const weakest = /^(?:weakest|lowest|least|smallest)$/.test(end);
  if (sign === 'positive') return { best: pick((item) => item.r), how: 'largest r' };
  if (sign === 'negative') return { best: pick((item) => -item.r), how: 'smallest r' };
  if (weakest) return { best: pick((item) => -Math.abs(item.r)), how: 'smallest |r|' };
  const strongest = pick((item) => Math.abs(item.r));
  if (end !== 'strongest' && pick((item) => item.r) !== strongest)
    fail(
      'unsupported',
      `"${end} correlation" reads as the largest r or the largest |r|, and they are different pairs here.`,
      { hint: 'Say "the strongest (absolute) correlation" or "the most positive correlation".' },
    );
  return { best: strongest, how: 'largest |r|' };
}

function pairResult(context: SlotContext): SlotResult {
  const { best, how } = strongestPair(context);
  const note = `Pearson r of each pair of numeric columns: ${how} for ${best.a} and ${best.b} (r = ${best.r.toFixed(4)}, correlation coefficient)`;
  const words = slotWords(context.slot);
  if (has(words, 'r', 'corr', 'correlation', 'coefficient', 'coef', 'coeff', 'value', 'strength'))
    return numberResult(context, best.r, note, [best.a, best.b], context.rows);
  return { value: `${best.a}, ${best.b}`, note, columns: [best.a, best.b], rows: context.rows };
}

/** The slot rule: the most (or least) correlated pair of columns, or its r. */
export const CORRELATED_PAIR_RULE: SlotRule = {
  name: 'most correlated pair of columns',
  applies: (_words, context) => PAIR_ASKED.test(context.question),
  compute: pairResult,
};
