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

/** Keeps the rows whose clock-time column falls inside the one span of times of day the text states. */
export function applyTimeOfDayRows(frame: Frame, question: string, constraints: string): void {
  const text = `${question}\n${constraints}`;
  const spans = [...text.matchAll(SPAN)].map((match) => ({
    from: statedSeconds(match[1]!),
    to: statedSeconds(match[2]!),
    said: [match[1]!.trim(), match[2]!.trim()] as const,
  }));
  if (spans.length === 0 || spans.some((span) => span.from === undefined || span.to === undefined)) return;
  const first = spans[0]!;
  if (spans.some((span) => span.from !== first.from || span.to !== first.to) || first.from! > first.to!)
    return;
  const clocked = columnNames(frame).filter((name) => {
    const column = frame.table.columns.find((item) => item.name === name);
    if (!column) return false;
    const filled = column.texts.filter((item) => String(item ?? '').trim() !== '');
    const times = cellSeconds(filled).filter((value) => value !== undefined);
    return filled.length > 0 && times.length >= filled.length * 0.8;
  });
  const named = new Set(findMentions(frame, text).map((mention) => mention.column));
  const column = clocked.length === 1 ? clocked[0] : clocked.filter((name) => named.has(name)).at(0);
  if (column === undefined || (clocked.length > 1 && clocked.filter((name) => named.has(name)).length !== 1))
    return;
  // "between 9:00 AM and 11:45 AM" over cells written "11:45 AM": an end already read as one value of the
  // column is a second reading of the span; it is left unread, for the coverage to refuse.
  if (frame.conditions.some((condition) => condition.column === column)) return;
  const times = cellSeconds(frame.table.columns.find((item) => item.name === column)!.texts);
  filterRows(
    frame,
    column,
    (row) => {
      const time = times[row];
      return time !== undefined && time >= first.from! && time <= first.to!;
    },
    `rows where the time of day of ${column} is from ${first.said[0]} to ${first.said[1]}`,
  );
}
