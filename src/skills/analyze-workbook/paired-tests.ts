/**
 * @module paired-tests
 * Tests over the same rows rather than groups of rows: the paired t-test and the Wilcoxon
 * signed-rank test of two columns, and the one-sample t-test of one column's mean against a
 * stated value, each two-sided or one-sided as the text says.
 */
import { fail } from '../../lib/errors.ts';
import { numbersOf, numericMentions, pairsOf } from './analysis-frame.ts';
import { oneSampleT, pairedT, type SidedResult, wilcoxonSignedRank } from './sided-tests.ts';
import { needMeasure, pairNamed, type SlotContext } from './slot-context.ts';
import { ONE_SAMPLE_T, oneSampleAlternative, statedAlternative } from './test-alternative.ts';

export const PAIRED_T =
  /\bpaired(?: samples?)?[- ]t[- ]?test|\bttest_rel\b|\bt-?test for (?:related|paired|dependent) samples/i;
export const SIGNED_RANK = /\bsigned[- ]ranks?\b|\bstats\.wilcoxon\b/i;

type SameRowsKind = 'paired t' | 'signed rank' | 'one-sample t';

export type SameRowsOutcome = SidedResult & { note: string; columns: string[]; rows: readonly number[] };

/** The same-rows test the text names, if any; a text naming two of them is left to refuse. */
export function sameRowsKind(text: string): SameRowsKind | 'ambiguous' | undefined {
  const kinds = (
    [
      [PAIRED_T, 'paired t'],
      [SIGNED_RANK, 'signed rank'],
      [ONE_SAMPLE_T, 'one-sample t'],
    ] as const
  )
    .filter(([pattern]) => pattern.test(text))
    .map(([, kind]) => kind);
  if (kinds.length > 1) return 'ambiguous';
  return kinds[0];
}

/**
 * The two columns compared row by row, in the order the text names them: "between A and B",
 * else the two numeric columns the question names, else the two the whole text names.
 */
function pairedColumns(context: SlotContext): [string, string] {
  const between = comparedInOrder(context) ?? pairNamed(context) ?? comparedPair(context);
  if (between) return between;
  for (const text of [context.question, context.text]) {
    // "for the same shift" names what pairs the values, not a compared column.
    const named = numericMentions(context.frame, text.replace(/\bthe same \w+/gi, ' '));
    if (named.length === 2) return [named[0]!, named[1]!];
  }
  return fail(
    'unsupported',
    'A paired test compares two columns row by row; the builtin engine cannot tell which two the text means.',
    { hint: 'Say "between <column> and <column>".' },
  );
}

/**
 * The two columns a step compares in a stated order, "compare A with B row by row": A first, as
 * the test subtracts B from A, whichever order a "between" of the question names them in.
 */
function comparedInOrder(context: SlotContext): [string, string] | undefined {
  for (const match of context.text.matchAll(
    /\bcompar(?:e|es|ing)\s+(?:the\s+)?("[^"\n]{1,80}"|[^.;:?\n]{1,80}?)\s+(?:with|to|against)\s+(?:the\s+)?("[^"\n]{1,80}"|[^.;:?\n]{1,80}?)(?=\s+(?:row by row|for each|in each|using|with|by|over|across)\b|[.,;:()?\n]|$)/gi,
  )) {
    const a = comparedSide(context, match[1]!);
    const b = comparedSide(context, match[2]!);
    if (a && b && a !== b) return [a, b];
  }
  return undefined;
}

/** The one numeric column a side names: a quoted name whole ('"Sales 2031"'), else the only one its words name. */
function comparedSide(context: SlotContext, phrase: string): string | undefined {
  const quoted = /^"([^"]+)"$/.exec(phrase.trim())?.[1]?.toLowerCase();
  const named = numericMentions(context.frame, phrase);
  if (quoted !== undefined) return named.find((name) => name.toLowerCase() === quoted);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The two columns either side of a comparison, "A is greater than B": the last numeric column
 * named before the comparison word and the first named after "than", in the question first.
 * Other columns the text names (a filter's, say) are not compared.
 */
function comparedPair(context: SlotContext): [string, string] | undefined {
  for (const text of [context.question, context.text])
    for (const match of text.matchAll(
      /([^.;:?\n]{1,120}?)\b(?:greater|higher|larger|bigger|more|less|lower|smaller|fewer)\s+than\s+([^.;,?\n]{1,120})/gi,
    )) {
      const before = numericMentions(context.frame, match[1]!);
      const after = numericMentions(context.frame, match[2]!);
      const a = before[before.length - 1];
      const b = after[0];
      if (a && b && a !== b) return [a, b];
    }
  return undefined;
}

/** The value a one-sample test compares the mean with: one number the text states for it. */
function statedMean(text: string): number {
  const plain = text.replace(/(\d),(\d{3})\b/g, '$1$2');
  const found = new Set<number>();
  for (const match of plain.matchAll(
    /\b(?:against|versus|vs\.?|than|from|equal to|equals|popmean\s*=|(?:hypothesi[sz]ed|population|reference|assumed|expected|null) mean(?: value)?(?: of| is| =)?)\s*(?:a (?:value|mean) of\s*)?(-?\d+(?:\.\d+)?)/gi,
  )) {
    const lead = plain.slice(Math.max(0, (match.index ?? 0) - 40), match.index);
    if (/p-?\s?values?|alpha|significance|level|confidence/i.test(lead)) continue;
    found.add(Number(match[1]));
  }
  if (found.size !== 1)
    fail(
      'unsupported',
      `A one-sample t-test needs the one value its mean is tested against; the text states ${found.size}.`,
      { hint: 'Say "against a mean of <value>".' },
    );
  return [...found][0]!;
}

function sidedWords(result: SidedResult, alternative: string): string {
  return `${alternative === 'two-sided' ? 'two-sided' : `one-sided, alternative ${alternative}`}, statistic ${result.statistic.toPrecision(5)}`;
}

/**
 * The paired t-test, Wilcoxon signed-rank test or one-sample t-test the text names, over the
 * rows in play; undefined when it names none. A one-sided test whose direction is unclear is refused.
 */
export function sameRowsTest(context: SlotContext): SameRowsOutcome | undefined {
  const kind = sameRowsKind(context.text);
  if (!kind) return undefined;
  if (kind === 'ambiguous')
    fail('unsupported', 'The text names more than one paired or one-sample test.', {
      hint: 'Ask for one test per question.',
    });
  const unclear = () =>
    fail('unsupported', 'The text asks for a one-sided test but the builtin engine cannot tell which side.', {
      hint: 'Say which is expected to be larger ("alternative: <column> is greater").',
    });
  if (kind === 'one-sample t') {
    const name = needMeasure(context);
    const mu = statedMean(context.text);
    const alternative = oneSampleAlternative(context.text, mu) ?? unclear();
    const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
    const result = oneSampleT(values, mu, alternative);
    return {
      ...result,
      note: `one-sample t-test of the mean of ${name} against ${mu} over ${rows.length} rows (${sidedWords(result, alternative)})`,
      columns: [name],
      rows,
    };
  }
  const [a, b] = pairedColumns(context);
  const alternative = statedAlternative(context.text, [a.toLowerCase()], [b.toLowerCase()]) ?? unclear();
  const { rows, x, y } = pairsOf(context.frame, a, b, [...context.rows]);
  if (rows.length < 2)
    fail('unsupported', `Fewer than two rows have both ${a} and ${b}.`, { hint: 'Check the columns.' });
  const result = kind === 'paired t' ? pairedT(x, y, alternative) : wilcoxonSignedRank(x, y, alternative);
  return {
    ...result,
    note: `${kind === 'paired t' ? 'paired t-test' : 'Wilcoxon signed-rank test'} of ${a} − ${b} over ${rows.length} rows with both (${sidedWords(result, alternative)})`,
    columns: [a, b],
    rows,
  };
}
