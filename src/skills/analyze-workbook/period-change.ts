/**
 * @module period-change
 * "By what percentage did Sales change from 2015 to 2019?", "the growth of Apples between January
 * and June", "the compound annual growth rate (CAGR) of Sales from 2015 to 2019": the change of a
 * measure between the two rows a label column names (a year, a month, any cell the text quotes
 * whole), or between the first and the last rows in play ("from the first year to the last", by
 * the one column that dates every row; by table order only when the text says rows). A change is
 * later minus earlier (earlier minus later for a decrease, drop or decline); a percentage divides
 * it by the earlier value ("percentage points" asks for the plain difference); compound growth is
 * (later / earlier) ** (1 / n) − 1 over the n periods the text states, or the years between two
 * year labels. Refused where the form
 * (a percentage or a fraction) is not said for a rate, where either row lacks a number, or where
 * the earlier value is 0.
 */
import { fail } from '../../lib/errors.ts';
import { MONTH_NAME_PATTERN } from '../../lib/text/calendar-names.ts';
import { type Cell, cellsOf, columnNames, isNumericColumn } from './analysis-frame.ts';
import { numberResult, type SlotContext, type SlotResult, type SlotRule, slotWords } from './slot-context.ts';

const LABEL = String.raw`[A-Za-z0-9][\w.\-/]*(?: [A-Za-z0-9][\w.\-/]*){0,2}?`;
const LEAD = String.raw`(?:the\s+)?(?:(?:year|month|season|quarter)s?\s+)?`;
const END = String.raw`(?=\s*(?:[,;?)]|\.(?:\s|$)|$|\s+(?:and|in|for|of|with|where|using|as|to|by|what|how|is|was)\b))`;
const FROM_TO = new RegExp(
  String.raw`\bfrom\s+${LEAD}(${LABEL})\s+(?:to|until|through|till)\s+${LEAD}(${LABEL})${END}`,
  'i',
);
const BETWEEN = new RegExp(String.raw`\bbetween\s+${LEAD}(${LABEL})\s+and\s+${LEAD}(${LABEL})${END}`, 'i');

const CHANGE_WORD =
  /\b(?:change[sd]?|changing|growth|grow|grew|grown|increase[sd]?|decrease[sd]?|rise|rose|risen|drop(?:ped)?|decline[sd]?|fell|fall(?:en)?|cagr|compound(?:ed)?)\b/i;
const FALLING = /\b(?:decrease[sd]?|drop(?:ped)?|decline[sd]?|fell|fall(?:en)?)\b/i;
const COMPOUND =
  /\bcagr\b|\bcompound(?:ed)?\s+(?:annual\s+|monthly\s+|yearly\s+|quarterly\s+|average\s+)*(?:growth|rate)/i;
/** A percentage change asked; "percentage points" is a difference of two percentages, not one. */
const PERCENT_WORDS = /\bper\s?cent(?:age)?s?\b(?![\s-]+points?\b)|%|\bpct\b/i;

/** "from the first year in the data to the last year", "between the first and the last row". */
const FIRST_TO_LAST =
  /\b(?:from\s+the\s+(?:first|earliest)\b[^,;?]{0,40}?\bto\s+the\s+(?:last|latest|final|most recent)|between\s+the\s+(?:first|earliest)\b[^,;?]{0,30}?\band\s+the\s+(?:last|latest|final|most recent))\b(?:\s+([a-z]+))?/i;

/** A column that orders rows in time, by its name. */
const TIME_NAME = /\b(?:year|date|month|day|time|period|season|quarter)s?\b/i;

/** A cell's place in time: a year as written, else a parsed date. */
function timeOf(cell: Cell): number | undefined {
  if (typeof cell === 'number' && Number.isInteger(cell)) return cell;
  if (typeof cell !== 'string') return undefined;
  const year = /^\s*(\d{4})\s*$/.exec(cell);
  if (year) return Number(year[1]);
  const time = Date.parse(cell);
  return Number.isNaN(time) ? undefined : time;
}

/**
 * The first and last rows in play by the one column that orders them in time ("from the first
 * year to the last"), or in table order when the text says rows. Undefined when no one column
 * dates every row, or when two rows share the first or last time.
 */
function firstToLast(context: SlotContext, measure: string, prose: string): Span | undefined {
  const match = FIRST_TO_LAST.exec(prose);
  if (!match) return undefined;
  const rows = [...context.rows].sort((a, b) => a - b);
  if (rows.length < 2) return undefined;
  const timed = columnNames(context.frame).filter((name) => name !== measure && TIME_NAME.test(name));
  const orders = timed
    .map((name) => ({ name, times: rows.map((row) => timeOf(cellsOf(context.frame, name)[row] ?? null)) }))
    .filter((item) => item.times.every((time) => time !== undefined));
  if (orders.length !== 1) {
    if (!/\brows?\b/i.test(match[0])) return undefined;
    const name = columnNames(context.frame).find((item) => item !== measure) ?? measure;
    const cells = cellsOf(context.frame, name);
    return {
      label: name,
      from: rows[0]!,
      to: rows.at(-1)!,
      fromText: String(cells[rows[0]!]),
      toText: String(cells[rows.at(-1)!]),
    };
  }
  const { name, times } = orders[0]!;
  const low = Math.min(...(times as number[]));
  const high = Math.max(...(times as number[]));
  if (times.filter((time) => time === low).length > 1 || times.filter((time) => time === high).length > 1)
    return undefined;
  const cells = cellsOf(context.frame, name);
  const from = rows[times.indexOf(low)]!;
  const to = rows[times.indexOf(high)]!;
  return { label: name, from, to, fromText: String(cells[from]), toText: String(cells[to]) };
}
const FRACTION_WORDS =
  /\bas\s+a\s+(?:decimal|fraction|ratio|proportion)\b|\bnot\s+(?:as\s+)?a\s+percentage\b/i;
const RATE = /\brate\b/i;

const MONTH = new RegExp(`^(?:${MONTH_NAME_PATTERN})\\.?$`, 'i');
const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A month's number (0 for January) when a text is a month name or its short form. */
function monthIndex(text: string): number | undefined {
  const trimmed = text.trim();
  if (!MONTH.test(trimmed)) return undefined;
  return MONTH_KEYS.indexOf(trimmed.slice(0, 3).toLowerCase());
}

function sameLabel(cell: Cell, label: string): boolean {
  if (cell === null) return false;
  const text = String(cell).trim();
  if (text.toLowerCase() === label.trim().toLowerCase()) return true;
  const a = monthIndex(text);
  return a !== undefined && a === monthIndex(label);
}

type Span = {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly fromText: string;
  readonly toText: string;
};

/** The label column and the two rows the text's span names, earlier first. */
function spanOf(context: SlotContext, measure: string): Span | undefined {
  const prose = `${context.question}\n${context.text}`;
  const ends = firstToLast(context, measure, prose);
  if (ends) return ends;
  const match = FROM_TO.exec(prose) ?? BETWEEN.exec(prose);
  if (!match) return undefined;
  const between = !FROM_TO.test(prose);
  let [first, second] = [match[1]!, match[2]!];
  const found: Span[] = [];
  for (const name of columnNames(context.frame)) {
    if (name === measure) continue;
    const cells = cellsOf(context.frame, name);
    const one = (label: string) => {
      const rows = context.rows.filter((row) => sameLabel(cells[row] ?? null, label));
      return rows.length === 1 ? rows[0] : undefined;
    };
    const a = one(first);
    const b = one(second);
    if (a === undefined || b === undefined || a === b) continue;
    found.push({ label: name, from: a, to: b, fromText: first, toText: second });
  }
  if (found.length !== 1) return undefined;
  let span = found[0]!;
  // "between 2018 and 2016": the earlier label first, by number or by month.
  if (between) {
    const order = (text: string) => monthIndex(text) ?? Number(text);
    if (Number.isFinite(order(first)) && Number.isFinite(order(second)) && order(first) > order(second)) {
      [first, second] = [second, first];
      span = { label: span.label, from: span.to, to: span.from, fromText: first, toText: second };
    }
  }
  return span;
}

/** The number of periods compound growth spans: stated, else the years between two year labels. */
function periodsOf(text: string, span: Span): number | undefined {
  const stated =
    /\(\s*1\s*\/\s*(\d+(?:\.\d+)?)\s*\)/.exec(text) ??
    /\b(\d+)\s+(?:years?|months?|periods?|quarters?)\s+(?:between|apart|in between|elapsed)\b/i.exec(text) ??
    /\b(?:over|across|spanning)\s+(\d+)\s+(?:years?|months?|periods?|quarters?)\b/i.exec(text);
  if (stated) return Number(stated[1]);
  const [a, b] = [Number(span.fromText), Number(span.toText)];
  if (/^\d{4}$/.test(span.fromText.trim()) && /^\d{4}$/.test(span.toText.trim()) && b > a) return b - a;
  return undefined;
}

type Asked = { readonly measure: string; readonly span: Span };

function asked(context: SlotContext): Asked | undefined {
  const words = slotWords(context.slot).join(' ');
  if (!CHANGE_WORD.test(words) && !CHANGE_WORD.test(context.question)) return undefined;
  const measure = context.measures.find((name) => isNumericColumn(context.frame, name));
  if (!measure) return undefined;
  const span = spanOf(context, measure);
  return span ? { measure, span } : undefined;
}

function compute(context: SlotContext): SlotResult {
  const { measure, span } = asked(context)!;
  const cells = cellsOf(context.frame, measure);
  const [a, b] = [cells[span.from], cells[span.to]];
  if (typeof a !== 'number' || typeof b !== 'number')
    fail('unsupported', `${measure} has no number on the row of ${span.fromText} or of ${span.toText}.`, {
      hint: 'Name two rows that have a value.',
    });
  const text = context.text;
  const slotText = `${slotWords(context.slot).join(' ')} ${context.slot.placeholder}`;
  const percent = PERCENT_WORDS.test(slotText) || PERCENT_WORDS.test(text);
  const fraction = FRACTION_WORDS.test(text);
  const compound = COMPOUND.test(text) || /\bcagr\b/i.test(slotText);
  const rate = compound || RATE.test(slotText) || /\bgrowth rate\b|\brate of (?:change|growth)\b/i.test(text);
  if (rate && percent === fraction)
    fail(
      'unsupported',
      `@${context.slot.name} asks for a rate without saying whether as a percentage or a fraction.`,
      {
        hint: 'Say "as a percentage" or "as a decimal".',
      },
    );
  const cited = [span.from, span.to];
  const where = `from ${span.label} ${span.fromText} (${a}) to ${span.toText} (${b})`;
  if (compound) {
    const periods = periodsOf(text, span);
    if (periods === undefined || periods <= 0 || a <= 0 || b < 0)
      fail(
        'unsupported',
        `The builtin engine cannot tell over how many periods @${context.slot.name} compounds.`,
        {
          hint: 'State the number of periods ("over 4 years").',
        },
      );
    const growth = (b / a) ** (1 / periods) - 1;
    return numberResult(
      context,
      percent ? growth * 100 : growth,
      `compound growth rate of ${measure} ${where} over ${periods} periods${percent ? ', as a percentage' : ''}`,
      [measure, span.label],
      cited,
    );
  }
  const falling =
    FALLING.test(slotText) || (FALLING.test(context.question) && !/\bchange/i.test(context.question));
  const change = falling ? a - b : b - a;
  if (!percent && !fraction)
    return numberResult(
      context,
      change,
      `${falling ? 'decrease' : 'change'} of ${measure} ${where}`,
      [measure, span.label],
      cited,
    );
  if (a === 0)
    fail(
      'unsupported',
      `${measure} is 0 on the row of ${span.fromText}, so no percentage change can be taken.`,
      {
        hint: 'Pick another starting row.',
      },
    );
  const relative = change / Math.abs(a);
  return numberResult(
    context,
    percent ? relative * 100 : relative,
    `${percent ? 'percentage' : 'relative'} ${falling ? 'decrease' : 'change'} of ${measure} ${where}`,
    [measure, span.label],
    cited,
  );
}

export const PERIOD_CHANGE_RULE: SlotRule = {
  name: 'change between two named rows',
  applies: (_words, context) => asked(context) !== undefined,
  compute,
};
