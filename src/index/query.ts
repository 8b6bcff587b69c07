/**
 * @module query
 * Query understanding: reads filters out of a search written in words or operators.
 * "emails from Ann last week about the budget" gives type email, from Ann (checked against
 * the people table), the range of last week (relative to `now`, weeks start on Monday, UTC)
 * and the words "budget". Operators: from: to: type: since: until: (values may be quoted).
 * Pure: the people list and `now` come in as arguments.
 */
import * as chrono from 'chrono-node';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lib/text/calendar-names.ts';
import { SMALL_NUMBER_WORDS } from '../lib/text/number-words.ts';
import { lookupKeys, personKeys, resolvePerson } from './people.ts';
import { CHUNK_TYPES, type ChunkType, type ParsedQuery, type Person, type SearchFilters } from './types.ts';

export type QueryContext = {
  readonly now: Date;
  readonly people?: readonly Person[];
};

const TYPE_WORDS: Readonly<Record<string, ChunkType>> = {
  email: 'email',
  emails: 'email',
  mail: 'email',
  mails: 'email',
  message: 'email',
  messages: 'email',
  'e-mail': 'email',
  'e-mails': 'email',
  document: 'document',
  documents: 'document',
  doc: 'document',
  docs: 'document',
  slide: 'slide',
  slides: 'slide',
  deck: 'slide',
  decks: 'slide',
  presentation: 'slide',
  presentations: 'slide',
  sheet: 'sheet',
  sheets: 'sheet',
  spreadsheet: 'sheet',
  spreadsheets: 'sheet',
  workbook: 'sheet',
  workbooks: 'sheet',
  event: 'event',
  events: 'event',
  meeting: 'event',
  meetings: 'event',
  appointment: 'event',
  appointments: 'event',
  calendar: 'event',
  contact: 'contact',
  contacts: 'contact',
  transcript: 'transcript',
  transcripts: 'transcript',
  recording: 'transcript',
  recordings: 'transcript',
  chat: 'chat',
  chats: 'chat',
};

/** The chunk type a word names ("mail", "Decks", "meetings"), as the query words read it. */
export function chunkTypeOfWord(word: string): ChunkType | undefined {
  const key = word.trim().toLowerCase();
  return Object.hasOwn(TYPE_WORDS, key) ? TYPE_WORDS[key] : undefined;
}

const LEAD_WORDS = new Set([
  'show',
  'find',
  'list',
  'search',
  'get',
  'me',
  'my',
  'all',
  'the',
  'any',
  'recent',
  'latest',
  'give',
  'for',
]);
const BOUNDARY = new Set([
  'about',
  'regarding',
  're',
  'concerning',
  'on',
  'in',
  'last',
  'this',
  'next',
  'past',
  'since',
  'before',
  'after',
  'until',
  'during',
  'that',
  'which',
  'where',
  'who',
  'for',
  'from',
  'to',
  'with',
  'and',
  'or',
  'today',
  'yesterday',
  'tomorrow',
  'between',
  'sent',
  'received',
  'containing',
  'mentioning',
  'of',
  'at',
  'by',
]);
const TYPE_TRIGGERS = new Set([
  'from',
  'to',
  'with',
  'by',
  'about',
  'regarding',
  'sent',
  'received',
  'on',
  'mentioning',
  'containing',
  'that',
  'where',
  'cc',
]);
const FILLER = new Set([
  'about',
  'regarding',
  'concerning',
  're',
  'containing',
  'mentioning',
  'sent',
  'received',
]);
const MONTHS = MONTH_NAMES.map((month) => month.toLowerCase());
/** A word that starts a day or a time ("monday", "tomorrow", "june", "5pm", "12/3"). */
const DATE_WORD = new RegExp(
  `^(?:${[...WEEKDAY_NAMES.map((day) => day.toLowerCase()), ...MONTHS, 'today', 'tonight', 'tomorrow', 'yesterday', 'noon', 'midnight', 'next', 'end'].join('|')})$|^\\d`,
);
const MONTH_SHORT = MONTHS.map((month) => month.slice(0, 3));

type Range = { since?: Date; until?: Date };

const DAY = 86_400_000;
const startOfDay = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
const startOfWeek = (date: Date) => addDays(startOfDay(date), -((date.getUTCDay() + 6) % 7));
const startOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 1));

function unitRange(unit: string, offset: number, now: Date): Range {
  const today = startOfDay(now);
  switch (unit) {
    case 'day':
      return { since: addDays(today, offset), until: addDays(today, offset + 1) };
    case 'week': {
      const start = addDays(startOfWeek(now), 7 * offset);
      return { since: start, until: addDays(start, 7) };
    }
    case 'month':
      return {
        since: startOfMonth(now.getUTCFullYear(), now.getUTCMonth() + offset),
        until: startOfMonth(now.getUTCFullYear(), now.getUTCMonth() + offset + 1),
      };
    case 'quarter': {
      const quarter = Math.floor(now.getUTCMonth() / 3) + offset;
      return {
        since: startOfMonth(now.getUTCFullYear(), quarter * 3),
        until: startOfMonth(now.getUTCFullYear(), quarter * 3 + 3),
      };
    }
    default:
      return {
        since: new Date(Date.UTC(now.getUTCFullYear() + offset, 0, 1)),
        until: new Date(Date.UTC(now.getUTCFullYear() + offset + 1, 0, 1)),
      };
  }
}

function lastN(count: number, unit: string, now: Date): Range {
  const today = startOfDay(now);
  const days = unit.startsWith('day')
    ? count
    : unit.startsWith('week')
      ? count * 7
      : unit.startsWith('month')
        ? count * 30
        : count * 365;
  return { since: addDays(today, -days + 1), until: addDays(today, 1) };
}

/** Counts in relative dates: "a week", "a few days", "a couple of months". */
const NUMBER_WORDS: Readonly<Record<string, number>> = { ...SMALL_NUMBER_WORDS, a: 1, few: 3, couple: 2 };

/** A date expression at a known place in the text, with the range it means. */
type DateMatch = { start: number; end: number; range: Range };

function relativeMatches(text: string, now: Date, taken: readonly DateMatch[] = []): DateMatch[] {
  const found: DateMatch[] = [...taken];
  const patterns: [RegExp, (m: RegExpExecArray) => Range][] = [
    [
      /\b(?:(?:in|during|over|from|within)\s+)?(?:the\s+)?(?:last|past|previous)\s+(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|couple(?:\s+of)?)\s+(days?|weeks?|months?|years?)\b/gi,
      (m) =>
        lastN(
          Number(m[1]) || NUMBER_WORDS[m[1]!.toLowerCase().replace(/\s+of$/, '')] || 1,
          m[2]!.toLowerCase(),
          now,
        ),
    ],
    [
      /\b(?:(?:in|during|from|over)\s+)?(this|last|previous|next|the\s+past)\s+(week|month|quarter|year)\b/gi,
      (m) => {
        const which = m[1]!.toLowerCase();
        const unit = m[2]!.toLowerCase();
        if (which === 'the past') return lastN(1, unit, now);
        return unitRange(unit, which === 'this' ? 0 : which === 'next' ? 1 : -1, now);
      },
    ],
    [
      /\b(?:(?:from|on)\s+)?(today|yesterday|tomorrow)\b/gi,
      (m) =>
        unitRange('day', { today: 0, yesterday: -1, tomorrow: 1 }[m[1]!.toLowerCase() as 'today'] ?? 0, now),
    ],
    [
      /\b(?:(?:in|during|from)\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?:\s+(\d{4}))?\b(?!\s+\d{1,2}\b)/gi,
      (m) => {
        const name = m[1]!.toLowerCase().slice(0, 3);
        const month = MONTH_SHORT.indexOf(name);
        let year = m[2] ? Number(m[2]) : now.getUTCFullYear();
        if (!m[2] && month > now.getUTCMonth()) year -= 1;
        return { since: startOfMonth(year, month), until: startOfMonth(year, month + 1) };
      },
    ],
    [
      /\b(?:in\s+)?((?:19|20)\d{2})\b(?![-/.]\d)/g,
      (m) => ({
        since: new Date(Date.UTC(Number(m[1]), 0, 1)),
        until: new Date(Date.UTC(Number(m[1]) + 1, 0, 1)),
      }),
    ],
  ];
  for (const [pattern, toRange] of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      // "may" as a verb: only a month when followed by a year or preceded by in/during.
      if (/^(?:may)$/i.test(match[1] ?? '') && !match[2] && !/^(?:in|during|from)\s/i.test(match[0]))
        continue;
      if (found.some((other) => start < other.end && end > other.start)) continue;
      found.push({ start, end, range: toRange(match as RegExpExecArray) });
    }
  }
  return found;
}

/** Which way a date without a year leans: the last one before now, the next one after, or the nearest. */
export type Tense = 'past' | 'future' | 'any';

/** The tense of a question or query, from its verbs and time words. */
export function tenseOf(text: string): Tense {
  if (/\b(?:will|next|upcoming|coming|going to|shall)\b/i.test(text)) return 'future';
  if (/\b(?:was|were|did|had|last|previous|ago|sent|said|wrote|happened|decided)\b/i.test(text))
    return 'past';
  return 'any';
}

/**
 * A month and day without a year ("on November 16") as the person means it: the one in the
 * year before, this year or the next that fits the tense (the last one up to today, the next
 * one from today) or, with no tense, the nearest to now. Explicit years are never moved.
 */
export function dayWithoutYear(month: number, day: number, now: Date, tense: Tense = 'any'): Date {
  const today = startOfDay(now).getTime();
  const year = now.getUTCFullYear();
  const options = [year - 1, year, year + 1].map((y) => new Date(Date.UTC(y, month - 1, day)));
  if (tense === 'past') return options.filter((date) => date.getTime() <= today).at(-1) ?? options[0]!;
  if (tense === 'future') return options.find((date) => date.getTime() >= today) ?? options[2]!;
  return options.reduce((best, date) =>
    Math.abs(date.getTime() - today) < Math.abs(best.getTime() - today) ? date : best,
  );
}

/** A length of time as chrono reads it from "for …" or "within …": no date at all. */
const DURATION = /^(?:for|within)\s/i;

function chronoMatches(text: string, now: Date, taken: readonly DateMatch[]): DateMatch[] {
  const found: DateMatch[] = [];
  const tense = tenseOf(text);
  for (const result of chrono.strict.parse(text, { instant: now, timezone: 'UTC' })) {
    const start = result.index;
    const end = start + result.text.length;
    if (taken.some((other) => start < other.end && end > other.start)) continue;
    // "stay for six months", "paid within 30 days": a length of time, not a time to search in.
    if (DURATION.test(result.text)) continue;
    let from = result.start.date();
    if (result.start.isCertain('day') && result.start.isCertain('month') && !result.start.isCertain('year'))
      from = dayWithoutYear(from.getUTCMonth() + 1, from.getUTCDate(), now, tense);
    const day = startOfDay(from);
    let range: Range;
    if (result.end) range = { since: day, until: addDays(startOfDay(result.end.date()), 1) };
    else if (result.start.isCertain('day')) range = { since: day, until: addDays(day, 1) };
    else
      range = {
        since: startOfMonth(from.getUTCFullYear(), from.getUTCMonth()),
        until: startOfMonth(from.getUTCFullYear(), from.getUTCMonth() + 1),
      };
    found.push({ start, end, range });
  }
  return found;
}

type Token = { text: string; start: number; end: number };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(/"[^"]*"|\S+/g))
    out.push({ text: match[0], start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  return out;
}

const bare = (word: string) => word.toLowerCase().replace(/^[("'“]+|[)"'”,.;:!?]+$/g, '');

function looksLikePerson(
  words: readonly string[],
  people: readonly Person[] | undefined,
  /** The words follow "to" or "with", where lower-case words are mostly a verb. */
  afterTo = false,
): boolean {
  const phrase = words.join(' ');
  if (phrase.includes('@')) return true;
  // Lower-case words after "to" or "with" are mostly a verb ("to type", "to list"): a person only
  // when they are a known name or handle as written, not a part of a longer one ("esc_type_").
  if (afterTo && words.every((word) => /^\p{Ll}+$/u.test(word))) {
    const keys = lookupKeys(phrase);
    return (people ?? []).some((person) => {
      const known = personKeys(person);
      return keys.some((key) => known.has(key));
    });
  }
  if (people && resolvePerson(people, phrase).length > 0) return true;
  return (
    words.every((word) => /^[A-Z\p{Lu}][\p{L}.'-]*$/u.test(word.replace(/[,.;:!?]+$/, ''))) &&
    words.length > 0
  );
}

/** Reads filters from a query. Explicit operators win; words are read only where they are unambiguous. */
export function parseQuery(query: string, context: QueryContext): ParsedQuery {
  const from: string[] = [];
  const to: string[] = [];
  const types = new Set<ChunkType>();
  let since: Date | undefined;
  let until: Date | undefined;
  let text = query;

  // 1. Operators.
  text = text.replace(
    /\b(from|to|type|since|until|before|after|with):(?:"([^"]*)"|(\S+))/gi,
    (_, key: string, quoted?: string, plain?: string) => {
      const value = (quoted ?? plain ?? '').trim();
      const name = key.toLowerCase();
      if (name === 'from') from.push(value);
      else if (name === 'to' || name === 'with') to.push(value);
      else if (name === 'type') {
        for (const part of value.split(',')) {
          const type =
            TYPE_WORDS[part.toLowerCase()] ??
            (CHUNK_TYPES.includes(part.toLowerCase() as ChunkType)
              ? (part.toLowerCase() as ChunkType)
              : undefined);
          if (type) types.add(type);
        }
      } else {
        const date = parseDateValue(value, context.now);
        if (date) {
          if (name === 'since' || name === 'after')
            since = name === 'after' ? addDays(startOfDay(date), 1) : date;
          else until = date;
        }
      }
      return ' ';
    },
  );

  // 2. Dates in words.
  const explicit = chronoMatches(text, context.now, []);
  const dates = relativeMatches(text, context.now, explicit).sort((a, b) => a.start - b.start);
  for (const match of dates) {
    const before = text
      .slice(0, match.start)
      .match(/\b(since|after|before|until|till|by)\s+$/i)?.[1]
      ?.toLowerCase();
    if (before === 'since' || before === 'after')
      since = before === 'after' ? match.range.until : match.range.since;
    else if (before === 'before' || before === 'until' || before === 'till' || before === 'by')
      until = before === 'before' ? match.range.since : match.range.until;
    else {
      since = match.range.since;
      until = match.range.until;
    }
  }
  for (const match of [...dates].reverse()) {
    let start = match.start;
    const prefix = text
      .slice(0, start)
      .match(/\b(?:since|after|before|until|till|on|in|during|from|between|by)\s+$/i);
    if (prefix) start -= prefix[0].length;
    text = `${text.slice(0, start)} ${text.slice(match.end)}`;
  }

  // 3. Types, people and filler words.
  const list = tokens(text);
  const keep: boolean[] = list.map(() => true);
  for (let i = 0; i < list.length; i++) {
    const word = bare(list[i]!.text);
    const type = TYPE_WORDS[word];
    if (type) {
      const previous = list.slice(0, i).map((token) => bare(token.text));
      const next = i + 1 < list.length ? bare(list[i + 1]!.text) : '';
      const atStart = previous.every((token) => LEAD_WORDS.has(token) || TYPE_WORDS[token] !== undefined);
      // "documents by Ann" names who made them; "sent their documents by Friday" a deadline.
      const deadline = next === 'by' && i + 2 < list.length && DATE_WORD.test(bare(list[i + 2]!.text));
      if ((TYPE_TRIGGERS.has(next) && !deadline) || (next === '' && atStart)) {
        types.add(type);
        keep[i] = false;
        for (let j = 0; j < i; j++) if (LEAD_WORDS.has(bare(list[j]!.text))) keep[j] = false;
        continue;
      }
    }
    if (
      (word === 'from' || word === 'by' || word === 'to' || word === 'with' || word === 'cc') &&
      i + 1 < list.length
    ) {
      const name: Token[] = [];
      let j = i + 1;
      while (j < list.length && name.length < 4 && !BOUNDARY.has(bare(list[j]!.text))) {
        name.push(list[j]!);
        if (/[,.;:!?]$/.test(list[j]!.text)) {
          j++;
          break;
        }
        j++;
      }
      const words = name.map((token) => token.text.replace(/^"|"$/g, '').replace(/[,.;:!?]+$/, ''));
      if (words.length > 0 && looksLikePerson(words, context.people, word === 'to' || word === 'with')) {
        (word === 'from' || word === 'by' ? from : to).push(words.join(' '));
        for (let m = i; m < j; m++) keep[m] = false;
        i = j - 1;
        continue;
      }
    }
    if (FILLER.has(word)) keep[i] = false;
  }
  const rest = list.filter((_, index) => keep[index]).map((token) => token.text.replace(/^"|"$/g, ''));
  const filters: SearchFilters = {
    ...(types.size ? { types: [...types] } : {}),
    ...(from.length ? { from } : {}),
    ...(to.length ? { to } : {}),
    ...(since ? { since: since.toISOString() } : {}),
    ...(until ? { until: until.toISOString() } : {}),
  };
  return { text: rest.join(' ').replace(/\s+/g, ' ').trim(), filters };
}

/** A date given to a flag or an operator: ISO 8601, or words ("last monday", "2 weeks ago"). */
export function parseDateValue(value: string, now: Date): Date | undefined {
  if (/^\d{4}-\d{2}(-\d{2})?(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
    const date = new Date(
      value.length === 7 ? `${value}-01T00:00:00Z` : value.length === 10 ? `${value}T00:00:00Z` : value,
    );
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const relative = relativeMatches(value, now)[0];
  if (relative?.range.since) return relative.range.since;
  const parsed = chrono.parseDate(value, { instant: now, timezone: 'UTC' });
  return parsed ? startOfDay(parsed) : undefined;
}

export { MONTHS };
