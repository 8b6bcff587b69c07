/**
 * @module write-markdown
 * Renders any typed model as GitHub-flavoured Markdown: what `officemate convert` prints and
 * what people and models read. It is a pure function of the model: the same input always
 * gives the same text. Binary content (images) becomes a placeholder with its alt text, and
 * large sheets are bounded so the output stays readable.
 */

import { describeDay, describeVcardDate } from '../../lib/text/calendar-names.ts';
import { counted } from '../../lib/text/counted.ts';
import { widestRow } from '../../lib/widest-row.ts';
import type {
  Address,
  Attachment,
  Block,
  Calendar,
  CalendarEvent,
  Cell,
  Chat,
  ContactList,
  Document,
  Mailbox,
  Message,
  ParsedFile,
  Presentation,
  Run,
  Sheet,
  TableCell,
  Transcript,
  Workbook,
} from '../model.ts';
import { NOTE_LABELS } from '../note-labels.ts';
import { formatCellValue } from '../xlsx/format-cell-value.ts';

export type MarkdownOptions = {
  /** Rows shown per sheet (default 200); the output says when a sheet has more. */
  readonly maxSheetRows?: number;
  /** Columns shown per sheet (default 50). */
  readonly maxSheetColumns?: number;
  /** Added to every heading level, to nest one file inside another (attachments). */
  readonly headingOffset?: number;
};

export const DEFAULT_MAX_SHEET_ROWS = 200;
export const DEFAULT_MAX_SHEET_COLUMNS = 50;

type Settings = Required<MarkdownOptions>;

/** Renders a parsed file as Markdown. The text ends with exactly one newline. */
export function writeMarkdown(parsed: ParsedFile, options: MarkdownOptions = {}): string {
  const settings: Settings = {
    maxSheetRows: options.maxSheetRows ?? DEFAULT_MAX_SHEET_ROWS,
    maxSheetColumns: options.maxSheetColumns ?? DEFAULT_MAX_SHEET_COLUMNS,
    headingOffset: options.headingOffset ?? 0,
  };
  const sections = renderParsed(parsed, settings);
  return `${sections
    .filter((section) => section !== '')
    .join('\n\n')
    .trim()}\n`;
}

function renderParsed(parsed: ParsedFile, settings: Settings): string[] {
  switch (parsed.type) {
    case 'document':
      return renderDocument(parsed, settings);
    case 'workbook':
      return renderWorkbook(parsed, settings);
    case 'presentation':
      return renderPresentation(parsed, settings);
    case 'mailbox':
      return renderMailbox(parsed, settings);
    case 'calendar':
      return renderCalendar(parsed, settings);
    case 'contacts':
      return renderContacts(parsed, settings);
    case 'transcript':
      return renderTranscript(parsed, settings);
    case 'chat':
      return renderChat(parsed, settings);
  }
}

// ---------------------------------------------------------------------------------------
// Inline text

/** Escapes characters that would otherwise start Markdown syntax inside running text. */
export function escapeInline(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/([*`[\]])/g, '\\$1')
      // `<` would start raw HTML; an autolink (<name@host>, <https://...>) reads the same, so it stays.
      .replace(/<(?=[A-Za-z/!?])(?![^\s<>@]+@[^\s<>@]+>|https?:\/\/[^\s<>]+>)/g, '\\<')
      .replace(/(^|[^A-Za-z0-9])_/g, '$1\\_')
      .replace(/_(?=[^A-Za-z0-9]|$)/g, '\\_')
  );
}

/** Escapes what would make the start of a line a heading, list item, quote or rule. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)([#>+=|])/, '$1\\$2')
    .replace(/^(\s*)-(?=\s|-|$)/, '$1\\-')
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/, '$1$2\\$3');
}

/** Multi-line text as Markdown lines joined with hard breaks (blank lines are dropped). */
function inlineText(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => escapeLineStart(escapeInline(line)))
    .join('\\\n');
}

/** Longer text (mail bodies, descriptions, notes): paragraphs at blank lines, hard breaks inside them. */
function textParagraphs(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map(inlineText)
    .join('\n\n');
}

function renderRun(run: Run): string {
  if (run.text === '') return '';
  const lead = /^\s*/.exec(run.text)?.[0] ?? '';
  const trail = /\s*$/.exec(run.text)?.[0] ?? '';
  const core = run.text.slice(lead.length, run.text.length - trail.length);
  if (core === '') return run.text;
  let out = escapeInline(core).replace(/\r?\n/g, '\\\n');
  if (run.link) out = `[${out}](${linkTarget(run.link)})`;
  if (run.strike) out = `~~${out}~~`;
  if (run.italic) out = `*${out}*`;
  if (run.bold) out = `**${out}**`;
  return `${lead}${out}${trail}`;
}

/** Text with its formatting when runs are present, else the plain text escaped. */
function richText(text: string, runs: readonly Run[] | undefined): string {
  if (!runs || runs.length === 0 || !runs.some((run) => run.bold || run.italic || run.link || run.strike)) {
    return inlineText(text);
  }
  const merged = mergeRuns(runs);
  return escapeLineStart(merged.map(renderRun).join(''));
}

/** Joins neighbouring runs with the same formatting, so `**a****b**` never appears. */
function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && sameFormat(last, run)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push(run);
  }
  return out;
}

function sameFormat(a: Run, b: Run): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.strike === !!b.strike && a.link === b.link;
}

function linkTarget(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

function heading(level: number, text: string, settings: Settings): string {
  const depth = Math.min(6, Math.max(1, level + settings.headingOffset));
  return `${'#'.repeat(depth)} ${escapeInline(text.replace(/\s+/g, ' ').trim()) || '(untitled)'}`;
}

// ---------------------------------------------------------------------------------------
// Blocks (documents, slides)

type ListState = { widths: number[]; counters: number[] };

/** Renders a sequence of blocks; consecutive list items form one list. */
export function renderBlocks(blocks: readonly Block[], settings: Settings): string[] {
  const out: string[] = [];
  let list: ListState | undefined;
  let listLines: string[] = [];
  const noteCounters = new Map<string, number>();
  const flushList = () => {
    if (listLines.length) out.push(listLines.join('\n'));
    listLines = [];
    list = undefined;
  };
  for (const block of blocks) {
    if (block.kind === 'list-item' || (block.kind === 'paragraph' && (block.level ?? 0) > 0)) {
      list ??= { widths: [], counters: [] };
      const level = Math.max(0, Math.min(block.level ?? 0, 9));
      const ordered = block.kind === 'list-item' && block.ordered;
      list.widths.length = Math.max(list.widths.length, level);
      list.counters.length = level + 1;
      list.counters[level] = (list.counters[level] ?? 0) + 1;
      let indent = 0;
      for (let depth = 0; depth < level; depth++) indent += list.widths[depth] ?? 2;
      const marker = ordered ? `${list.counters[level]}.` : '-';
      list.widths[level] = marker.length + 1;
      list.widths.length = level + 1;
      const body = richText(block.text, block.runs).replace(
        /\\\n/g,
        `\\\n${' '.repeat(indent + marker.length + 1)}`,
      );
      listLines.push(`${' '.repeat(indent)}${marker} ${body}`);
      continue;
    }
    flushList();
    const rendered = renderBlock(block, settings, noteCounters);
    if (rendered !== '') out.push(rendered);
  }
  flushList();
  return out;
}

function renderBlock(block: Block, settings: Settings, noteCounters: Map<string, number>): string {
  switch (block.kind) {
    case 'heading':
      return heading(block.level, block.text, settings);
    case 'paragraph':
      return block.text.trim() === '' ? '' : richText(block.text, block.runs);
    case 'list-item':
      return richText(block.text, block.runs);
    case 'table':
      return [
        block.caption ? `*${escapeInline(block.caption)}*` : '',
        renderTable(block.rows.map((row) => row.map(tableCellText))),
      ]
        .filter(Boolean)
        .join('\n\n');
    case 'image':
      return renderImage(block);
    case 'chart':
      return renderChart(block);
    case 'note': {
      const count = (noteCounters.get(block.noteKind) ?? 0) + 1;
      noteCounters.set(block.noteKind, count);
      const numbered =
        block.noteKind === 'footnote' || block.noteKind === 'endnote' || block.noteKind === 'comment';
      const label = `${NOTE_LABELS[block.noteKind]}${numbered ? ` ${count}` : ''}${block.author ? ` (${block.author})` : ''}`;
      return quoteLines(`**${escapeInline(label)}:** ${inlineText(block.text)}`);
    }
    case 'quote':
      return quoteLines(inlineText(block.text));
    case 'code':
      return fence(block.text, block.language);
  }
}

function tableCellText(cell: TableCell): string {
  return cell.merged ? '' : cell.text;
}

function renderImage(block: Extract<Block, { kind: 'image' }>): string {
  const alt = (block.altText ?? '').replace(/\s+/g, ' ').trim();
  const size = block.widthPx && block.heightPx ? `, ${block.widthPx}×${block.heightPx}` : '';
  const title = `${block.contentType}${size}`.replace(/"/g, "'");
  const label = escapeInline(alt || block.name || 'image').replace(/\\?\]/g, '\\]');
  return `![${label}](<${(block.name ?? 'image').replace(/[<>\s]/g, '_')}> "${title}")`;
}

function renderChart(block: Extract<Block, { kind: 'chart' }>): string {
  const title = `**Chart${block.title ? `: ${escapeInline(block.title)}` : ''}** (${escapeInline(block.chartType)})`;
  if (block.series.length === 0) return title;
  const categories = block.series.reduce<readonly string[]>(
    (longest, series) => (series.categories.length > longest.length ? series.categories : longest),
    [],
  );
  const rows: string[][] = [['', ...block.series.map((series) => series.name)]];
  const count = Math.max(categories.length, ...block.series.map((series) => series.values.length));
  for (let index = 0; index < count; index++) {
    rows.push([
      categories[index] ?? String(index + 1),
      ...block.series.map((series) => chartValue(series.values[index])),
    ]);
  }
  return `${title}\n\n${renderTable(rows)}`;
}

function chartValue(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function quoteLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function fence(text: string, language?: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${language ?? ''}\n${text.replace(/\n$/, '')}\n${marks}`;
}

/** A GFM table; the first row is the header. Pipes and line breaks inside cells are escaped. */
export function renderTable(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  const width = Math.max(1, ...rows.map((row) => row.length));
  const cell = (text: string | undefined) =>
    escapeInline(text ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\r?\n/g, '<br>')
      .trim();
  const line = (row: readonly string[]) =>
    `| ${Array.from({ length: width }, (_, index) => cell(row[index])).join(' | ')} |`;
  const [header, ...body] = rows;
  return [line(header ?? []), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------
// Documents

function renderDocument(document: Document, settings: Settings): string[] {
  const out = renderBlocks(document.blocks, settings);
  const title = document.metadata.title?.trim();
  if (title && !document.blocks.some((block) => block.kind === 'heading'))
    out.unshift(heading(1, title, settings));
  if (document.metadata.author) {
    const firstHeading = out.findIndex((section) => section.startsWith('#'));
    const at = firstHeading >= 0 && firstHeading < 3 ? firstHeading + 1 : 0;
    out.splice(at, 0, `*By ${escapeInline(document.metadata.author)}*`);
  }
  if (document.blocks.length === 0) out.push('*This document has no text.*');
  return out;
}

// ---------------------------------------------------------------------------------------
// Workbooks

function renderWorkbook(workbook: Workbook, settings: Settings): string[] {
  const out: string[] = [];
  if (workbook.metadata.title) out.push(heading(1, workbook.metadata.title, settings));
  for (const sheet of workbook.sheets) out.push(...renderSheet(sheet, settings));
  if (workbook.sheets.length === 0) out.push('*This workbook has no sheets.*');
  return out;
}

/** The text a cell shows: its display text when known, else its value in its number format. */
export function cellDisplay(cell: Cell | null | undefined): string {
  if (!cell || cell.value === null) return cell?.text ?? '';
  if (cell.text !== undefined) return cell.text;
  if (cell.type === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  if (cell.type === 'number' && typeof cell.value === 'number')
    return formatCellValue(cell.value, cell.numberFormat);
  return String(cell.value);
}

function renderSheet(sheet: Sheet, settings: Settings): string[] {
  const out = [heading(2, `Sheet: ${sheet.name}${sheet.hidden ? ' (hidden)' : ''}`, settings)];
  const columns = widestRow(sheet.rows);
  if (sheet.rows.length === 0 || columns === 0) {
    out.push('*Empty sheet.*');
    return out;
  }
  const shownColumns = Math.min(columns, settings.maxSheetColumns);
  const shownRows = sheet.rows.slice(0, settings.maxSheetRows);
  const rows = shownRows.map((row) =>
    Array.from({ length: shownColumns }, (_, index) => cellDisplay(row[index])),
  );
  out.push(renderTable(rows));
  const limits: string[] = [];
  if (sheet.rows.length > shownRows.length)
    limits.push(`the first ${shownRows.length} of ${sheet.rows.length} rows`);
  if (columns > shownColumns) limits.push(`the first ${shownColumns} of ${columns} columns`);
  if (limits.length) out.push(`*Showing ${limits.join(' and ')}.*`);
  const extras: string[] = [];
  if (sheet.tables.length)
    extras.push(`Tables: ${sheet.tables.map((table) => `${table.name} (${table.range})`).join(', ')}`);
  if (sheet.merges.length) extras.push(`Merged cells: ${sheet.merges.join(', ')}`);
  if (extras.length) out.push(extras.map((line) => `*${escapeInline(line)}*`).join('\\\n'));
  for (const chart of sheet.charts ?? []) out.push(renderChart(chart));
  return out;
}

// ---------------------------------------------------------------------------------------
// Presentations

function renderPresentation(presentation: Presentation, settings: Settings): string[] {
  const out: string[] = [];
  if (presentation.metadata.title) out.push(heading(1, presentation.metadata.title, settings));
  for (const slide of presentation.slides) {
    const title = slide.title?.trim();
    const label = `Slide ${slide.index}${title ? `: ${title}` : ''}${slide.hidden ? ' (hidden)' : ''}`;
    out.push(heading(2, label, settings));
    const blocks = slide.blocks.filter(
      (block, index) => !(index === 0 && title && 'text' in block && block.text.trim() === title),
    );
    out.push(...renderBlocks(slideBullets(blocks), settings));
    if (slide.notes?.trim()) out.push(quoteLines(`**Notes:** ${textParagraphs(slide.notes)}`));
  }
  if (presentation.slides.length === 0) out.push('*This presentation has no slides.*');
  return out;
}

/**
 * Runs of two or more text-frame paragraphs (those with a `level`) on a slide are bullet
 * lists; a lone paragraph (a subtitle, a caption) stays a paragraph.
 */
function slideBullets(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let index = 0;
  while (index < blocks.length) {
    let end = index;
    while (end < blocks.length) {
      const block = blocks[end];
      if (block?.kind !== 'paragraph' || block.level === undefined) break;
      end++;
    }
    const group = blocks.slice(index, end);
    if (group.length >= 2) {
      for (const block of group) {
        if (block.kind !== 'paragraph') continue;
        out.push({
          kind: 'list-item',
          level: block.level ?? 0,
          ordered: false,
          text: block.text,
          ...(block.runs ? { runs: block.runs } : {}),
          locator: block.locator,
        });
      }
      index = end;
    } else {
      const block = blocks[index];
      if (block) out.push(block);
      index++;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Mail

function formatAddress(address: Address): string {
  return address.name ? `${address.name} <${address.address}>` : address.address;
}

function renderMailbox(mailbox: Mailbox, settings: Settings): string[] {
  const out: string[] = [];
  if (mailbox.messages.length !== 1)
    out.push(heading(1, `Mailbox: ${mailbox.messages.length} messages`, settings));
  const level = mailbox.messages.length === 1 ? 1 : 2;
  for (const message of mailbox.messages) out.push(...renderMessage(message, level, settings));
  return out;
}

function renderMessage(message: Message, level: number, settings: Settings): string[] {
  const out = [heading(level, message.subject || '(no subject)', settings)];
  const fields: [string, string | undefined][] = [
    ['From', message.from ? formatAddress(message.from) : undefined],
    ['To', message.to.map(formatAddress).join(', ') || undefined],
    ['Cc', message.cc.map(formatAddress).join(', ') || undefined],
    ['Date', message.date],
    ['Message-ID', message.messageId || undefined],
    ['In-Reply-To', message.inReplyTo],
  ];
  out.push(
    fields
      .filter((field): field is [string, string] => !!field[1])
      .map(([name, value]) => `**${name}:** ${escapeInline(value)}`)
      .join('\\\n'),
  );
  if (message.text.trim()) out.push(textParagraphs(message.text));
  if (message.quoted?.trim()) out.push(quoteLines(textParagraphs(message.quoted)));
  if (message.signature?.trim()) out.push(`*Signature:*\\\n${inlineText(message.signature.trim())}`);
  if (message.attachments.length) {
    out.push(
      `**Attachments:**\n\n${message.attachments.map((attachment) => `- ${attachmentLine(attachment)}`).join('\n')}`,
    );
    for (const attachment of message.attachments) {
      if (!attachment.content) continue;
      out.push(heading(level + 1, `Attachment: ${attachment.filename}`, settings));
      out.push(
        ...renderParsed(attachment.content, {
          ...settings,
          headingOffset: settings.headingOffset + level + 1,
        }),
      );
    }
  }
  return out;
}

function attachmentLine(attachment: Attachment): string {
  const error = attachment.error ? `, not read: ${attachment.error.message}` : '';
  return `${escapeInline(attachment.filename)} (${attachment.contentType}, ${formatSize(attachment.size)}${escapeInline(error)})`;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// ---------------------------------------------------------------------------------------
// Calendars and contacts

function renderCalendar(calendar: Calendar, settings: Settings): string[] {
  const out = [heading(1, calendar.name ? `Calendar: ${calendar.name}` : 'Calendar', settings)];
  // The window bounds only the repeats: a one-off event, or a series that ended before it, is
  // listed wherever it falls ("1 event between 2025 and 2027" over an event of 2012 misled).
  const repeats = calendar.events.some((event) => event.rrule !== undefined);
  out.push(
    `*${counted(calendar.events.length, 'event')}${repeats ? `; repeating events expanded between ${describeDay(calendar.window.start)} and ${describeDay(calendar.window.end)}` : ''}.*`,
  );
  const events = [...calendar.events].sort(
    (a, b) => a.start.localeCompare(b.start) || a.summary.localeCompare(b.summary),
  );
  for (const event of events) out.push(...renderEvent(event, settings));
  return out;
}

/** "2026-03-12 09:00–09:30 UTC" for timed events, "2026-03-12 (all day)" for all-day ones. */
export function formatEventTime(event: Pick<CalendarEvent, 'start' | 'end' | 'allDay'>): string {
  if (event.allDay) {
    const lastDay = previousDay(event.end);
    return lastDay && lastDay > event.start
      ? `${event.start} – ${lastDay} (all day)`
      : `${event.start} (all day)`;
  }
  const start = isoMinutes(event.start);
  const end = isoMinutes(event.end);
  if (start.slice(0, 10) === end.slice(0, 10)) return `${start}–${end.slice(11)} UTC`;
  return `${start} – ${end} UTC`;
}

function isoMinutes(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toISOString().slice(0, 16).replace('T', ' ');
}

function previousDay(date: string): string | undefined {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return undefined;
  return new Date(time - 86_400_000).toISOString().slice(0, 10);
}

function renderEvent(event: CalendarEvent, settings: Settings): string[] {
  const lines: string[] = [
    `**When:** ${formatEventTime(event)}${event.timeZone ? ` (written in ${event.timeZone})` : ''}`,
  ];
  if (event.location) lines.push(`**Where:** ${escapeInline(event.location)}`);
  if (event.organizer) lines.push(`**Organizer:** ${escapeInline(formatAddress(event.organizer))}`);
  if (event.attendees.length)
    lines.push(`**Attendees:** ${escapeInline(event.attendees.map(formatAddress).join(', '))}`);
  if (event.rrule) lines.push(`**Repeats:** ${escapeInline(event.rrule)}`);
  if (event.status) lines.push(`**Status:** ${escapeInline(event.status)}`);
  const out = [heading(2, event.summary || '(no title)', settings), lines.join('\\\n')];
  if (event.description?.trim()) out.push(textParagraphs(event.description));
  return out;
}

function renderContacts(list: ContactList, settings: Settings): string[] {
  const out = [heading(1, `Contacts: ${list.contacts.length}`, settings)];
  for (const contact of list.contacts) {
    const lines: string[] = [];
    if (contact.title) lines.push(`**Title:** ${escapeInline(contact.title)}`);
    if (contact.organization) lines.push(`**Organization:** ${escapeInline(contact.organization)}`);
    if (contact.emails.length) lines.push(`**Email:** ${escapeInline(contact.emails.join(', '))}`);
    for (const phone of contact.phones)
      lines.push(
        `**Phone${phone.type ? ` (${escapeInline(phone.type)})` : ''}:** ${escapeInline(phone.value)}`,
      );
    for (const address of contact.addresses)
      lines.push(`**Address:** ${escapeInline(address.replace(/\s*\n\s*/g, ', '))}`);
    if (contact.birthday) lines.push(`**Birthday:** ${escapeInline(describeVcardDate(contact.birthday))}`);
    if (contact.anniversary)
      lines.push(`**Anniversary:** ${escapeInline(describeVcardDate(contact.anniversary))}`);
    if (contact.urls.length) lines.push(`**Web:** ${escapeInline(contact.urls.join(', '))}`);
    for (const field of contact.fields ?? [])
      lines.push(
        `**${escapeInline(field.label.charAt(0).toUpperCase() + field.label.slice(1))}:** ${escapeInline(field.value)}`,
      );
    out.push(heading(2, contact.fullName || contact.emails[0] || '(no name)', settings));
    if (lines.length) out.push(lines.join('\\\n'));
    if (contact.note?.trim()) out.push(textParagraphs(contact.note));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Transcripts and chats

/** Seconds as mm:ss, or h:mm:ss from one hour on. */
export function formatTimestamp(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(secs)}` : `${pad(minutes)}:${pad(secs)}`;
}

function renderTranscript(transcript: Transcript, settings: Settings): string[] {
  const out = [heading(1, transcript.title || 'Meeting transcript', settings)];
  const speakers = [...new Set(transcript.turns.map((turn) => turn.speaker).filter(Boolean))];
  const facts = [
    transcript.date ? `**Date:** ${escapeInline(transcript.date)}` : '',
    `**Turns:** ${transcript.turns.length}`,
    speakers.length ? `**Speakers:** ${escapeInline(speakers.join(', '))}` : '',
  ].filter(Boolean);
  out.push(facts.join('\\\n'));
  for (const turn of transcript.turns) {
    const time = turn.start !== undefined ? `[${formatTimestamp(turn.start)}] ` : '';
    out.push(`**${time}${escapeInline(turn.speaker || 'Unknown')}:** ${inlineText(turn.text.trim())}`);
  }
  return out;
}

function renderChat(chat: Chat, settings: Settings): string[] {
  const title = chat.title ?? (chat.channel ? `Chat: ${chat.channel}` : 'Chat');
  const out = [heading(1, title, settings)];
  if (chat.title && chat.channel) out.push(`**Channel:** ${escapeInline(chat.channel)}`);
  const lines = chat.messages.map((message) => {
    const time = message.time ? ` (${escapeInline(message.time)})` : '';
    const reply = message.replyTo !== undefined ? ` ↳ reply to #${message.replyTo}` : '';
    const text = inlineText(message.text.trim());
    if (message.kind === 'system') return `#${message.index}${time} *${text}*`;
    if (message.kind === 'action')
      return `#${message.index}${time} *${escapeInline(message.author)} ${text}*`;
    return `#${message.index}${time} **${escapeInline(message.author)}**${reply}: ${text}`;
  });
  if (lines.length) out.push(lines.join('\n\n'));
  else out.push('*No messages.*');
  return out;
}
