/**
 * @module time-of-day-rows
 * "between 9:00 AM and 11:45 AM", "from 07:30 to 10:15": rows kept by the time of day their one
 * clock-time column shows ("Mar 3 2031 9:15:00 AM", "09:15"), both ends included, whatever the date.
 * Read only when every such span the text states is the same span and exactly one column writes a
 * clock time on most of its cells (or the text names one of several); otherwise left for the plan's
 * coverage to refuse.
 */
import { columnNames, type Frame, filterRows, findMentions } from './analysis-frame.ts';

/** A clock time as the text writes it: "9:00", "9:00 AM", "14:30:15", "9 am". */
const CLOCK = String.raw`\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?`;
const SPAN = new RegExp(
  String.raw`\b(?:between|from)\s+(${CLOCK})(?![\w:])\s+(?:and|to|until|till|through)\s+(${CLOCK})(?![\w:])`,
  'gi',
);
/** A clock time inside a cell ("Apr 3 2031 8:15:00 PM", "08:15"). */
const CELL_CLOCK = /(?<![\d:])(\d{1,2}):(\d\d)(?::(\d\d))?(?:\s*([AaPp])\.?[Mm]\.?)?(?![\d:])/;

/** Seconds since midnight of a clock time, with its half of the day when written. */
function secondsOf(
  hours: number,
  minutes: number,
  seconds: number,
  half: string | undefined,
): number | undefined {
  if (minutes > 59 || seconds > 59) return undefined;
  let hour = hours;
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (/p/i.test(half) ? 12 : 0);
  } else if (hour > 23) return undefined;
  return hour * 3600 + minutes * 60 + seconds;
}

/** A stated clock time in seconds since midnight. */
function statedSeconds(text: string): number | undefined {
  const match = /^(\d{1,2})(?::(\d\d)(?::(\d\d))?)?\s*(?:([AaPp])\.?[Mm]\.?)?$/.exec(text.trim());
  if (!match || (match[2] === undefined && match[4] === undefined)) return undefined;
  return secondsOf(Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0), match[4]);
}

/** Each cell's time of day in seconds, or undefined where the cell writes none. */
function cellSeconds(texts: readonly string[]): (number | undefined)[] {
  return texts.map((text) => {
    const match = CELL_CLOCK.exec(String(text ?? ''));
    return match ? secondsOf(Number(match[1]), Number(match[2]), Number(match[3] ?? 0), match[4]) : undefined;
  });
}

/** A zone's letters a clock time may carry ("16:00 UT", "9:30 GMT"). */
const ZONE = String.raw`(?:\s+(?:UTC|UT|GMT|[A-Z]{2,4}T))?`;
/** "at 16:00 or later", "18:00 or earlier", "at or after 8:00 AM", "no later than 9:30", "after 18:00", "before 9 am". */
const ONE_SIDED: readonly {
  pattern: RegExp;
  side: 'from' | 'to';
  strict: boolean;
  /** The bound in words around its clock time, for the plan. */
  say: (clock: string) => string;
}[] = [
  {
    pattern: new RegExp(String.raw`\b(?:at\s+)?(${CLOCK})(?![\w:])${ZONE}\s+or\s+(?:later|after)\b`, 'gi'),
    side: 'from',
    strict: false,
    say: (clock) => `${clock} or later`,
  },
  {
    pattern: new RegExp(String.raw`\b(?:at\s+)?(${CLOCK})(?![\w:])${ZONE}\s+or\s+(?:earlier|before)\b`, 'gi'),
    side: 'to',
    strict: false,
    say: (clock) => `${clock} or earlier`,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:at\s+or\s+after|no\s+earlier\s+than|not\s+before)\s+(${CLOCK})(?![\w:])`,
      'gi',
    ),
    side: 'from',
    strict: false,
    say: (clock) => `${clock} or later`,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:at\s+or\s+before|no\s+later\s+than|not\s+after)\s+(${CLOCK})(?![\w:])`,
      'gi',
    ),
    side: 'to',
    strict: false,
    say: (clock) => `${clock} or earlier`,
  },
  {
    pattern: new RegExp(String.raw`(?<!\bor\s|\bnot\s)\b(?:after|later\s+than)\s+(${CLOCK})(?![\w:])`, 'gi'),
    side: 'from',
    strict: true,
    say: (clock) => `later than ${clock}`,
  },
  {
    pattern: new RegExp(
      String.raw`(?<!\bor\s|\bnot\s)\b(?:before|earlier\s+than)\s+(${CLOCK})(?![\w:])`,
      'gi',
    ),
    side: 'to',
    strict: true,
    say: (clock) => `earlier than ${clock}`,
  },
];

/** A span of times of day; `clock` is the first clock time as the text writes it ("1:00 PM"). */
type Span = {
  from: number;
  to: number;
  strictFrom: boolean;
  strictTo: boolean;
  said: string;
  clock: string;
};

/** The one span of times of day the text states, both ends or one; undefined when none, or when it states different ones. */
function statedSpan(text: string): Span | undefined {
  const spans: (Span | undefined)[] = [...text.matchAll(SPAN)].map((match) => {
    const from = statedSeconds(match[1]!);
    const to = statedSeconds(match[2]!);
    return from === undefined || to === undefined || from > to
      ? undefined
      : {
          from,
          to,
          strictFrom: false,
          strictTo: false,
          said: `from ${match[1]!.trim()} to ${match[2]!.trim()}`,
          clock: match[1]!.trim(),
        };
  });
  // "between 9:00 and 11:00" holds no one-sided bound of its own.
  const spanless = text.replace(SPAN, ' ');
  for (const { pattern, side, strict, say } of ONE_SIDED)
    for (const match of spanless.matchAll(pattern)) {
      const at = statedSeconds(match[1]!);
      if (at === undefined) {
        spans.push(undefined);
        continue;
      }
      const said = say(match[1]!.trim());
      spans.push(
        side === 'from'
          ? { from: at, to: 86_400, strictFrom: strict, strictTo: false, said, clock: match[1]!.trim() }
          : { from: 0, to: at, strictFrom: false, strictTo: strict, said, clock: match[1]!.trim() },
      );
    }
  if (spans.length === 0 || spans.some((span) => span === undefined)) return undefined;
  // "from 8:00 AM to 12:00 PM" said again as "at or after 8:00 AM and at or before 12:00 PM": one span.
  // Each end stated must be the same wherever it is stated; an end left open takes the other's.
  const all = spans as Span[];
  const froms = all.filter((span) => span.from > 0 || span.strictFrom);
  const tos = all.filter((span) => span.to < 86_400 || span.strictTo);
  const agree = (list: Span[], same: (a: Span, b: Span) => boolean) =>
    list.every((span) => same(span, list[0]!));
  if (!agree(froms, (a, b) => a.from === b.from && a.strictFrom === b.strictFrom)) return undefined;
  if (!agree(tos, (a, b) => a.to === b.to && a.strictTo === b.strictTo)) return undefined;
  const from = froms[0];
  const to = tos[0];
  if (from && to && from.from > to.to) return undefined;
  const first = all[0]!;
  const both = all.find((span) => span === from && span === to);
  return {
    from: from?.from ?? 0,
    to: to?.to ?? 86_400,
    strictFrom: from?.strictFrom ?? false,
    strictTo: to?.strictTo ?? false,
    said: both?.said ?? (from && to && from !== to ? `${from.said} and ${to.said}` : first.said),
    clock: first.clock,
  };
}

/** A cell that writes minutes:seconds with a fraction ("3:45.20"): a duration, not a time of day. */
const DURATION_CELL = /(?<![\d:])\d{1,2}:\d\d\.\d/;

/** Keeps the rows whose clock-time column falls inside the one span of times of day the text states. */
export function applyTimeOfDayRows(frame: Frame, question: string, constraints: string): void {
  const text = `${question}\n${constraints}`;
  const first = statedSpan(text);
  if (!first) return;
  const clocked = columnNames(frame).filter((name) => {
    const column = frame.table.columns.find((item) => item.name === name);
    if (!column) return false;
    const filled = column.texts.filter((item) => String(item ?? '').trim() !== '');
    const times = cellSeconds(filled).filter((value) => value !== undefined);
    if (filled.some((item) => DURATION_CELL.test(String(item)))) return false;
    return filled.length > 0 && times.length >= filled.length * 0.8;
  });
  const named = new Set(findMentions(frame, text).map((mention) => mention.column));
  const column = clocked.length === 1 ? clocked[0] : clocked.filter((name) => named.has(name)).at(0);
  if (column === undefined || (clocked.length > 1 && clocked.filter((name) => named.has(name)).length !== 1))
    return;
  // "between 9:00 AM and 11:45 AM" over cells written "11:45 AM": an end already read as one value of the
  // column is a second reading of the span; it is left unread, for the coverage to refuse.
  if (
    frame.conditions.some((condition) => condition.column === column) &&
    frame.steps.some((step) => step.includes(column) && /\d:\d\d/.test(step.replaceAll(column, '')))
  )
    return;
  const times = cellSeconds(frame.table.columns.find((item) => item.name === column)!.texts);
  filterRows(
    frame,
    column,
    (row) => {
      const time = times[row];
      return (
        time !== undefined &&
        (first.strictFrom ? time > first.from : time >= first.from) &&
        (first.strictTo ? time < first.to : time <= first.to)
      );
    },
    `rows where the time of day of ${column} is ${first.said}`,
    undefined,
    // The clock time as written: the clause of the question that states it (clause-conditions.ts).
    first.clock,
  );
}
