/**
 * @module slot-rules-correlation
 * Slot rules for correlation: the most correlated column, covariance, the direction and
 * the coefficient.
 */
import { fail } from '../../lib/errors.ts';
import { columnNames, findMentions, isNumericColumn, pairsOf } from './analysis-frame.ts';
import { has, needMeasure, numberResult, pairNamed, population, type SlotRule } from './slot-context.ts';
import { correlation } from './statistic-tests.ts';
import { mean, pearson } from './stats.ts';

/** "Which column is least correlated with …", "which variable correlates most strongly with …". */
const WHICH_COLUMN_CORRELATED =
  /\bwhich\s+(?:\w+\s+)?(?:column|variable|feature|attribute|field|measure)s?\b[^.?;]{0,40}\bcorrelat/i;

/** The column the others are correlated with: "correlated with Volume". */
const CORRELATED_WITH =
  /\bcorrelat\w*\s+with\s+(?:the\s+)?(.{1,60}?)(?=[,;?]|\.(?:\s|$)|\s+(?:among|from|of|out of)\b|$)/i;

/** "among Alpha, Beta and Gamma": the candidates listed. */
const AMONG =
  /\b(?:among|out of|from among)\s+(?:the\s+)?(?:columns\s+|variables\s+)?(.{3,200}?)(?=[;?]|\.(?:\s|$)|$)/i;

/** Correlation rules, most specific first. */
export const CORRELATION_RULES: readonly SlotRule[] = [
  {
    name: 'most correlated column',
    applies: (words, context) =>
      /correlat/i.test(context.text) &&
      (has(words, 'column', 'feature', 'variable', 'attribute', 'field', 'name') ||
        // "@least_correlated" of "Which column is least correlated with Volume?".
        (WHICH_COLUMN_CORRELATED.test(context.question) && has(words, 'correlated', 'correlation'))) &&
      !has(words, 'coefficient', 'coeff', 'r', 'value', 'p', 'pvalue'),
    compute: (context) => {
      const partner = CORRELATED_WITH.exec(context.question);
      const target =
        (partner
          ? findMentions(context.frame, partner[1]!).find(
              (mention) => mention.position === 0 && isNumericColumn(context.frame, mention.column),
            )?.column
          : undefined) ?? context.measures[0];
      if (!target)
        fail('unsupported', `No numeric column found to correlate for @${context.slot.name}.`, {
          hint: 'Name the column the others are compared with.',
        });
      const low = /\b(least|lowest|weakest|smallest|minimum)\b/i.test(context.question);
      const signed = /\b(most negative|strongest negative|most positive|strongest positive)\b/i.exec(
        context.question,
      );
      // "among Alpha, Beta and Gamma": the columns the question lists are the candidates.
      const listed = AMONG.exec(context.question);
      const among = listed
        ? [...new Set(findMentions(context.frame, listed[1]!).map((mention) => mention.column))].filter(
            (name) => name !== target && isNumericColumn(context.frame, name),
          )
        : [];
      const scored = (among.length >= 2 ? among : columnNames(context.frame))
        .filter((name) => name !== target && isNumericColumn(context.frame, name))
        .map((name) => {
          const { x, y } = pairsOf(context.frame, target, name, [...context.rows]);
          const r = x.length > 2 ? pearson(x, y).r : Number.NaN;
          return { name, r, score: signed ? (/negative/i.test(signed[1]!) ? -r : r) : Math.abs(r) };
        })
        .filter((item) => Number.isFinite(item.score));
      if (scored.length === 0)
        fail('unsupported', `No other numeric column to correlate with ${target}.`, {
          hint: 'The table needs at least two numeric columns.',
        });
      const best = scored.reduce((a, b) => ((low ? b.score < a.score : b.score > a.score) ? b : a));
      return {
        value: best.name,
        note: `Pearson correlation of ${target} with each other numeric column: ${low ? 'weakest' : 'strongest'} ${best.name} (r = ${best.r.toFixed(3)})`,
        columns: [target, best.name],
        rows: context.rows,
      };
    },
  },
  {
    // pandas Series.cov and numpy.cov: the sample covariance (ddof=1) unless ddof=0 or the population one is stated.
    name: 'covariance',
    applies: (words) => has(words, 'covariance', 'cov'),
    compute: (context) => {
      const pair = pairNamed(context);
      const a = pair?.[0] ?? needMeasure(context, 0);
      const b = pair?.[1] ?? needMeasure(context, 1);
      const { rows, x, y } = pairsOf(context.frame, a, b, [...context.rows]);
      const whole = population(context.text);
      if (rows.length < 2)
        fail('unsupported', `@${context.slot.name}: fewer than two rows have both ${a} and ${b}.`);
      const [mx, my] = [mean(x), mean(y)];
      const sum = x.reduce((total, value, index) => total + (value - mx) * (y[index]! - my), 0);
      const cov = sum / (rows.length - (whole ? 0 : 1));
      return numberResult(
        context,
        cov,
        `${whole ? 'population' : 'sample'} covariance of ${a} and ${b} over ${rows.length} rows`,
        [a, b],
        rows,
      );
    },
  },
  {
    // "@direction[positive/negative]" after a correlation: the sign of r.
    name: 'direction of a correlation',
    applies: (_words, context) =>
      /correlat/i.test(context.text) &&
      context.slot.options.some((option) => /^positive$/i.test(option)) &&
      context.slot.options.some((option) => /^negative$/i.test(option)) &&
      // A third word ("none") picked by a significance test is the relationship rules' to give.
      !(
        context.slot.options.some((option) => /^(?:none|no correlation|zero)$/i.test(option)) &&
        /p-?value|significan|alpha/i.test(context.text)
      ),
    compute: (context) => {
      const { r, note, columns, rows } = correlation(context);
      const none = context.slot.options.find((option) => /^(?:none|no correlation|zero)$/i.test(option));
      const word = r > 0 ? 'positive' : r < 0 ? 'negative' : (none ?? 'none');
      const value = context.slot.options.find((option) => option.toLowerCase() === word) ?? word;
      return { value, note: `sign (direction) of the ${note}: r = ${r.toFixed(4)}`, columns, rows };
    },
  },
  {
    name: 'correlation',
    applies: (words) =>
      has(words, 'correlation', 'corr', 'coefficient', 'r', 'coeff', 'tau', 'kendall', 'rho'),
    compute: (context) => {
      const { r, note, columns, rows } = correlation(context);
      return numberResult(context, r, note, columns, rows);
    },
  },
];
