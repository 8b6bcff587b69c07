/**
 * @module summarize-file
 * `summarize` for any readable file on the builtin engine: the sentences that best cover the
 * text, in reading order, each cited to its passage. The model path, which falls back to
 * this one, is `summarize-with-model.ts`. Mail is summarized thread by thread,
 * workbooks by their sheets and tables.
 */
import { resolve } from 'node:path';
import type { Cell, Locator, ParsedFile, Sheet } from '../../formats/model.ts';
import { columnName } from '../../formats/xlsx/cell-ref.ts';
import { parseRange } from '../../formats/xlsx/write-cell-ref.ts';
import { chunkUri } from '../../index/chunk-file.ts';
import type { Warning } from '../../lib/result.ts';
import { counted } from '../../lib/text/counted.ts';
import { withoutItemMark } from '../../lib/text/item-marks.ts';
import { isPlaceholderText } from '../../lib/text/placeholder-text.ts';
import { withStopsClosedUp } from '../../lib/text/sentences.ts';
import { wallClock, zoneLabel } from '../../lib/time-zones.ts';
import { widestRow } from '../../lib/widest-row.ts';
import type { DataTable } from '../analyze-workbook/data-table.ts';
import { detectTables } from '../analyze-workbook/detect-tables.ts';
import { documentTitle } from '../build-deck/outline.ts';
import { buildThreads } from '../mail/mail-thread.ts';
import { summarizeThread } from '../mail/summarize-thread.ts';
import { rankSentences } from './rank-sentences.ts';
import { addresseeUnit, isFillIn, type TextUnit, tableRowUnits, textUnits } from './text-units.ts';

/** Ends on a colon, closing quotes or emphasis aside ("…three aims: *Equity, Integration:*"). */
const INTRODUCES = /:["'”’*)\]]*$/;

export const SummaryLength = { Short: 'short', Medium: 'medium', Long: 'long' } as const;
export type SummaryLength = (typeof SummaryLength)[keyof typeof SummaryLength];

export type Citation = {
  readonly n: number;
  readonly path: string;
  readonly uri: string;
  readonly locator: Locator;
  readonly quote: string;
};

export type FileSummary = {
  readonly title: string;
  readonly summary: string;
  /** The summary's sentences, each with the citation numbers it rests on. */
  readonly sentences: readonly { readonly text: string; readonly citations: readonly number[] }[];
  /** The engine that wrote this summary: `builtin`, or the model's when its answer was used. */
  readonly engine: string;
  readonly citations: readonly Citation[];
  /** What did not go as configured: the model failed or its answer was cut (see summarize-with-model.ts). */
  readonly warnings: readonly Warning[];
};

/** How many sentences a summary of `total` sentences gets. */
export function sentenceBudget(total: number, length: SummaryLength): number {
  const [share, min, max] =
    length === 'short' ? [0.05, 3, 5] : length === 'medium' ? [0.1, 5, 10] : [0.2, 8, 20];
  return Math.max(Math.min(min, total), Math.min(max, Math.round(total * share)));
}

export function titleOf(parsed: ParsedFile, path: string): string {
  // A title property typed over lines or with double spaces ("Toward a Standard  Benchmark") is one line.
  const property = 'metadata' in parsed ? parsed.metadata.title?.replace(/\s+/g, ' ').trim() : undefined;
  if (property) return property;
  if (parsed.type === 'document') {
    // As a deck names it: a Title-styled line, an opening heading or a short first line, never
    // a table of contents' own heading ("Contents", "Inhalt").
    const name = path.split('/').at(-1) ?? path;
    return documentTitle(parsed, name);
  }
  if (parsed.type === 'transcript' && parsed.title) return parsed.title;
  return path.split('/').at(-1) ?? path;
}

/** A column name the table reader made up for a header cell that was empty ("Column 3", "Unnamed: 5"). */
const MADE_UP_NAME = /^(?:Column \d+|Unnamed: \d+)$/;

function cellText(cell: Cell | null | undefined): string {
  // A header cell written on two lines ("Preceded by⏎Ada Corvin") is one name.
  return (cell ? String(cell.text ?? cell.value ?? '') : '').replace(/\s+/g, ' ').trim();
}

/**
 * The sheet's main table when it starts below the sheet's first line: a title line ("Worked
 * Examples for …", "Quarterly Stock Sheet") sits over a table whose header is further
 * down. The title is not the header; the table found by the analysis's table reader gives the
 * columns and the rows, and the title is named as such. The title line is one text; or one text
 * up to the table's last column with the rest set apart beyond it (a form's version stamp
 * "V1.0 | FORM | 0" two blank columns or more to the right), which does not make it a header.
 */
function tableUnderTitle(
  sheet: Sheet,
  rows: readonly (readonly (Cell | null)[])[],
): { table: DataTable; title: string } | undefined {
  const first = rows[0] ?? [];
  if (first.map(cellText).filter(Boolean).length === 0) return undefined;
  const firstRow = sheet.rows.indexOf(first as (Cell | null)[]) + 1;
  let main: DataTable | undefined;
  for (const table of detectTables(sheet)) {
    const size = table.rowNumbers.length * table.columns.length;
    if (!main || size > main.rowNumbers.length * main.columns.length) main = table;
  }
  const top = main ? (main.headerRows[0] ?? main.rowNumbers[0] ?? 0) : 0;
  if (!main || top <= firstRow || main.rowNumbers.length < 2) return undefined;
  const right = parseRange(main.range).right;
  const texts = first
    .map((cell, index) => ({ text: cellText(cell), column: index + 1 }))
    .filter(({ text }) => text);
  const overTable = texts.filter(({ column }) => column <= right);
  // Beside the table: two blank columns or more past its right edge.
  const setApart = texts.every(({ column }) => column <= right || column >= right + 3);
  if (texts.length !== 1 && (overTable.length !== 1 || !setApart)) return undefined;
  return { table: main, title: (texts.length === 1 ? texts[0] : overTable[0])!.text };
}

function summarizeWorkbook(parsed: Extract<ParsedFile, { type: 'workbook' }>, path: string): FileSummary {
  const citations: Citation[] = [];
  const sentences: FileSummary['sentences'][number][] = [];
  parsed.sheets.forEach((sheet) => {
    if (sheet.hidden) return;
    const rows = sheet.rows.filter((row) => row.some((cell) => cell && cell.type !== 'empty'));
    if (rows.length === 0) return;
    const titled = tableUnderTitle(sheet, rows);
    const named = titled?.table.columns
      .map((column) => column.name)
      .filter((name) => !MADE_UP_NAME.test(name));
    const header = titled ? (named ?? []) : (rows[0] ?? []).map(cellText).filter(Boolean);
    const width = widestRow(rows, Number.NEGATIVE_INFINITY);
    const lastColumn = columnName(width - 1);
    const locator: Locator = {
      sheet: sheet.name,
      range: titled?.table.range ?? `A1:${lastColumn}${sheet.rows.length}`,
    };
    const n = citations.length + 1;
    citations.push({
      n,
      path,
      uri: chunkUri(resolve(path), locator),
      locator,
      quote: (titled ? [titled.title, ...header] : header).join(' | ').slice(0, 200),
    });
    const columns = header.length
      ? `; its columns are ${header.slice(0, 8).join(', ')}${header.length > 8 ? ` and ${header.length - 8} more` : ''}`
      : '';
    const tables = sheet.tables.length ? ` It has ${counted(sheet.tables.length, 'defined table')}.` : '';
    const text = titled
      ? `Sheet "${sheet.name}", titled “${titled.title.replace(/[.:]+$/, '')}”, holds ${counted(titled.table.rowNumbers.length, 'row')} of data in ${titled.table.range}${columns}.${tables}`
      : `Sheet "${sheet.name}" holds ${counted(rows.length - (header.length ? 1 : 0), 'row')} of data${columns}.${tables}`;
    sentences.push({ text, citations: [n] });
  });
  return finish(titleOf(parsed, path), sentences, citations);
}

/**
 * A sentence with its closing stop: a slide's bullets and a table's lines end without one, and
 * run together in a summary ("Here is a text box Here is a numbered list: …") unless given one.
 * Chinese and Japanese text gets the ideographic stop.
 */
function ended(text: string): string {
  const trimmed = text.trimEnd();
  if (/[.!?…:;。！？．」』”"'’)\]]$/u.test(trimmed)) return trimmed;
  return /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u.test(trimmed) ? `${trimmed}。` : `${trimmed}.`;
}

/**
 * A summary from its cited sentences (the builtin and the model path both end here). A run of
 * sentences citing the same passages shows the marks once, after its last sentence.
 */
export function finish(
  title: string,
  sentences: FileSummary['sentences'][number][],
  citations: Citation[],
  engine = 'builtin',
  warnings: readonly Warning[] = [],
): FileSummary {
  return {
    title,
    summary: sentences
      .map((sentence, i) => {
        const marks = sentence.citations.map((n) => `[${n}]`).join('');
        const next = sentences[i + 1]?.citations.map((n) => `[${n}]`).join('');
        const text = ended(sentence.text);
        return marks && marks !== next ? `${text} ${marks}` : text;
      })
      .join(' '),
    sentences,
    engine,
    citations,
    warnings,
  };
}

/**
 * A unit that is mostly words: a line of figures, ids and dashes (a list of reply links
 * "1003 1004 -") is data, not a sentence to quote. Letters are counted, not words, so a
 * sentence of Chinese or Japanese, written without spaces, is one.
 */
function saysSomething(text: string): boolean {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return letters >= 2 && letters * 3 >= text.replace(/\s/g, '').length;
}

const NOTHING_TO_SUMMARIZE: Warning = {
  type: 'skipped',
  message:
    'No sentence to summarize: the readable text of this file is only headings, labels, short table cells or pictures.',
};

/** The builtin summary of any parsed file; an empty one says why in its warnings. */
export function summarizeParsed(
  parsed: ParsedFile,
  path: string,
  length: SummaryLength = 'medium',
): FileSummary {
  const summary = summarizeByType(parsed, path, length);
  if (summary.sentences.length > 0 || summary.warnings.length > 0) return summary;
  const nothing: Warning =
    parsed.type === 'calendar'
      ? {
          type: 'skipped',
          message: 'No event to summarize: the calendar holds no event with a readable date.',
        }
      : parsed.type === 'workbook'
        ? { type: 'skipped', message: 'No data to summarize: every sheet is empty or hidden.' }
        : NOTHING_TO_SUMMARIZE;
  return { ...summary, warnings: [nothing] };
}

function summarizeByType(parsed: ParsedFile, path: string, length: SummaryLength): FileSummary {
  if (parsed.type === 'workbook') return summarizeWorkbook(parsed, path);
  if (parsed.type === 'mailbox') {
    const threads = buildThreads(parsed.messages.map((message) => ({ ...message, path })));
    const citations: Citation[] = [];
    const sentences: FileSummary['sentences'][number][] = [];
    for (const thread of threads.slice(0, length === 'short' ? 3 : 8)) {
      const summary = summarizeThread(thread);
      const offset = citations.length;
      citations.push(...summary.citations.map((citation) => ({ ...citation, n: citation.n + offset })));
      const lead = summary.summary.split(/(?<=\]\.)\s+/).slice(0, length === 'short' ? 2 : 4);
      for (const sentence of lead) {
        const cited = [...sentence.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]) + offset);
        sentences.push({ text: sentence.replace(/\s*\[\d+\]/g, ''), citations: cited });
      }
    }
    return finish(titleOf(parsed, path), sentences, citations);
  }
  if (parsed.type === 'calendar') {
    const citations: Citation[] = [];
    const sentences = calendarSeries(parsed.events)
      .slice(0, 12)
      .map((series, i) => {
        const event = series[0]!;
        const locator: Locator = { eventUid: event.uid };
        citations.push({
          n: i + 1,
          path,
          uri: chunkUri(resolve(path), locator),
          locator,
          quote: event.summary,
        });
        return { text: eventSentence(series), citations: [i + 1] };
      });
    return finish(parsed.name ?? titleOf(parsed, path), sentences, citations);
  }
  if (parsed.type === 'contacts') {
    const sentences = [
      {
        text: `${counted(parsed.contacts.length, 'contact')}: ${parsed.contacts
          .slice(0, 10)
          .map((contact) => contact.fullName)
          .join(', ')}${parsed.contacts.length > 10 ? ', …' : ''}.`,
        citations: [1],
      },
    ];
    return finish(titleOf(parsed, path), sentences, [
      {
        n: 1,
        path,
        uri: chunkUri(resolve(path), {}),
        locator: {},
        quote: parsed.contacts[0]?.fullName ?? '',
      },
    ]);
  }
  // A template's placeholder ("Click here to enter text.") is the template's, not the document's.
  const units = textUnits(parsed, { labelsJoined: true }).filter(
    (unit) => saysSomething(unit.text) && !isPlaceholderText(unit.text),
  );
  // A sentence that ends on a colon introduces what follows it (a list, a quotation): alone it says
  // nothing; nor does a form's field with its blank to fill in.
  const standalone = units.filter((unit) => !INTRODUCES.test(unit.text.trim()) && !isFillIn(unit.text));
  // A document that says less in sentences than a summary holds (an invoice, an order form) is
  // summarized by the rows of its data tables too.
  const tableRows = tableRowUnits(parsed, units.length);
  const rows = standalone.length < sentenceBudget(units.length + tableRows.length, length) ? tableRows : [];
  const count = sentenceBudget(units.length + rows.length, length);
  const pool = standalone.length > 0 || rows.length > 0 ? [...standalone, ...rows] : units;
  // Whom a letter or invoice is for, and its date, are what a reader looks for first.
  const addressee = addresseeUnit(parsed, -1);
  const lead = [
    ...(addressee ? [addressee] : []),
    ...(parsed.type === 'document' ? leadFields(pool, count - 1 - (addressee ? 1 : 0)) : []),
  ];
  const ranked = rankSentences(
    pool.filter((unit) => !lead.includes(unit)),
    { count: count - lead.length },
  );
  const chosen = [...lead, ...ranked].sort((a, b) => a.position - b.position);
  const { citations, numbers } = citedPlaces(chosen, path);
  // Nothing to choose from is said, never shown as an empty summary.
  const nothing: Warning[] = chosen.length === 0 ? [NOTHING_TO_SUMMARIZE] : [];
  return finish(
    titleOf(parsed, path),
    chosen.map((unit, i) => ({
      text: withStopsClosedUp(withoutItemMark(unit.text)),
      citations: [numbers[i]!],
    })),
    citations,
    'builtin',
    nothing,
  );
}

/** A field's value short enough to be a fact ("27 May, 10:00"), not a paragraph under a label. */
const FACT_WORDS = 15;

/** The share of a document's sentences that must be fields for it to be read as a form or notice. */
const FIELD_SHARE = 0.15;

/**
 * The fields a notice, agenda or form states (three or more "Label: value" lines making a good
 * share of its sentences, see withLabelsJoined): what, when, where and who of an invitation are
 * its point, while each is too short to rank well among sentences. Up to `most` of them lead the
 * summary: the first field, then those with figures (dates, times, amounts, postcodes), then the
 * rest in reading order. Markup or code as a value ("<w:hdr> …") is no fact.
 */
export function leadFields<U extends TextUnit>(units: readonly U[], most: number): U[] {
  const fields = units.filter(
    (unit) =>
      unit.label !== undefined &&
      !/[<>{}=]/.test(unit.text) &&
      unit.text.split(/\s+/).length - unit.label.split(/\s+/).length <= FACT_WORDS,
  );
  if (fields.length < 3 || fields.length < units.length * FIELD_SHARE) return [];
  const [first, ...rest] = fields;
  const byFigures = [
    ...rest.filter((unit) => /\d/.test(unit.text)),
    ...rest.filter((unit) => !/\d/.test(unit.text)),
  ];
  return [first!, ...byFigures].slice(0, most);
}

/**
 * One citation per distinct place the chosen sentences come from, numbered by first use: five
 * sentences of one paragraph cite that paragraph once, not five times. A citation quotes the
 * first chosen sentence of its place. `numbers[i]` is the citation of `units[i]`.
 */
function citedPlaces(units: readonly TextUnit[], path: string): { citations: Citation[]; numbers: number[] } {
  const citations: Citation[] = [];
  const byUri = new Map<string, number>();
  const numbers = units.map((unit) => {
    const uri = chunkUri(resolve(path), unit.locator);
    const known = byUri.get(uri);
    if (known !== undefined) return known;
    const n = citations.length + 1;
    byUri.set(uri, n);
    citations.push({ n, path, uri, locator: unit.locator, quote: unit.text });
    return n;
  });
  return { citations, numbers };
}

type Event = Extract<ParsedFile, { type: 'calendar' }>['events'][number];

/** A calendar's events with the occurrences of one recurring series together, in order of first start. */
function calendarSeries(events: readonly Event[]): Event[][] {
  const byUid = new Map<string, Event[]>();
  for (const event of events) {
    const key =
      event.rrule || event.recurrenceId ? `${event.uid}\n${event.summary}` : `${event.uid}\n${event.start}`;
    byUid.set(key, [...(byUid.get(key) ?? []), event]);
  }
  return [...byUid.values()];
}

const FREQUENCY: Readonly<Record<string, string>> = {
  DAILY: 'every day',
  WEEKLY: 'every week',
  MONTHLY: 'every month',
  YEARLY: 'every year',
};

/**
 * A moment of an event on its own clock ("2013-07-16 10:57 Europe/Monaco" for 08:57 UTC); a date
 * alone, or a time the calendar gave no zone for, as read.
 */
function momentText(iso: string, event: Event): string {
  const plain = iso.slice(0, 16).replace('T', ' ');
  if (event.allDay || !event.timeZone || iso.length <= 10 || Number.isNaN(Date.parse(iso))) return plain;
  const clock = wallClock(new Date(iso), event.timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  const zone = /^(?:Etc\/)?(?:UTC|GMT|Zulu)$/i.test(event.timeZone) ? 'UTC' : zoneLabel(event.timeZone);
  return `${clock.year}-${two(clock.month)}-${two(clock.day)} ${two(clock.hour)}:${two(clock.minute)} ${zone}`;
}

/**
 * One sentence for an event, or for a series: when it starts, how often it repeats, where; a to-do as one, when done or due.
 * An event without a title is said to be untitled ("An untitled event on …"), never left as a sentence with no subject.
 */
function eventSentence(series: readonly Event[]): string {
  const first = series[0]!;
  const title = first.summary.trim();
  const when = (event: Event) => momentText(event.start, event);
  const where = first.location ? ` at ${first.location}` : '';
  if (series.length === 1 && first.todo) {
    const { completed, due } = first.todo;
    const subject = title ? `${title}, a to-do` : 'An untitled to-do';
    if (completed && first.start === completed) return `${subject} done on ${when(first)}${where}.`;
    if (due && first.start === due) return `${subject} due ${when(first)}${where}.`;
  }
  const subject = title || (first.todo ? 'An untitled to-do' : 'An untitled event');
  if (series.length === 1) return `${subject} on ${when(first)}${where}.`;
  const frequency = FREQUENCY[/FREQ=(\w+)/.exec(first.rrule ?? '')?.[1] ?? ''];
  const last = series[series.length - 1]!;
  return frequency
    ? `${subject}, ${frequency} from ${momentText(first.seriesStart ?? first.start, first)}${where}.`
    : `${subject}, ${series.length} times from ${when(first)} to ${when(last)}${where}.`;
}
