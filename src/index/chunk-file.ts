/**
 * @module chunk-file
 * Splits a parsed file into chunks, each fitting its type: heading-aware sections for
 * documents, one chunk per slide, table regions with their header row for sheets (a region
 * opening inside a stacked block also with that block's title and column labels; and one per
 * cell comment, said with the cell it is on and that cell's column heading), one
 * message per email (quoted reply history left out of it; a bare forward keeps what it forwards; the
 * signature is kept in the chunk's data), and one per quoted message the mailbox does not hold
 * (quoted-chunks.ts), speaker-turn windows for
 * transcripts and chats, one chunk per event or contact.
 */
import { basename } from 'node:path';
import {
  forwardedBody,
  forwardToIndex,
  messageOpening,
  messageOpenings,
} from '../formats/mail/index-text.ts';
import { quotedHistory } from '../formats/mail/quoted-messages.ts';
import { cellDisplay } from '../formats/markdown/write-markdown.ts';
import type {
  Block,
  Calendar,
  CalendarEvent,
  Chat,
  ContactList,
  Document,
  FreeBusy,
  Locator,
  Mailbox,
  ParsedFile,
  Presentation,
  Transcript,
  UndatedEvent,
  Workbook,
} from '../formats/model.ts';
import { NOTE_LABELS } from '../formats/note-labels.ts';
import { columnIndex, columnName } from '../formats/xlsx/cell-ref.ts';
import { clipText } from '../lib/text/clip-text.ts';
import { widestRow } from '../lib/widest-row.ts';
import { quotedChunks } from './quoted-chunks.ts';
import { blockHeading } from './sheet-block.ts';
import { rebuildThreads } from './threads.ts';
import type { ChunkDraft, PersonRef } from './types.ts';

export type ChunkOptions = {
  /** Largest chunk body in words for documents (default 300). */
  readonly maxWords?: number;
  /** Data rows per sheet chunk (default 40). */
  readonly sheetRows?: number;
  /** The file's modification date, used as the date of documents without one. */
  readonly fileDate?: string;
};

const words = (text: string) => (text.match(/\S+/g) ?? []).length;

/**
 * The most quoted history kept with a mail for reading, cut at a word. Longer history is searched
 * in the passages of its quoted messages (quoted-chunks.ts); a longer copy here changed which
 * sentence of a short reply's history answered.
 */
const READING_COPY_CHARS = 2000;

/**
 * A table cell's text on one line: a table is chunked one row per line, so a cell written on
 * several lines ("Lyon, Rhône⏎France", "Handle" over "Bars", a list in a cell) is joined, or
 * its second line would split the row and lose the row's first cells.
 */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'quote':
    case 'code':
      return block.text;
    case 'list-item':
      return `${'  '.repeat(block.level)}- ${block.text}`;
    case 'note':
      return noteText(block);
    case 'table':
      return [
        block.caption ?? '',
        ...block.rows.map((row) => row.map((cell) => oneLine(cell.text)).join(' | ')),
      ]
        .filter(Boolean)
        .join('\n');
    case 'image':
      return block.altText ?? '';
    case 'chart':
      return chartText(block);
  }
}

/**
 * A note said with what it is ("Footnote: …", "Text box: …"), so a question about the footer or
 * a text box finds it; a comment says who wrote it, as a sheet's cell comment does.
 */
function noteText(block: Extract<Block, { kind: 'note' }>): string {
  const label = NOTE_LABELS[block.noteKind];
  const by = block.noteKind === 'comment' && block.author ? ` by ${block.author}` : '';
  return `${label}${by}: ${block.text}`;
}

/** At most this many categories of a chart are written out as rows. */
const CHART_ROWS = 60;

/**
 * A chart as its title and a table of its figures: a header row of the series' names, then one
 * row per category ("1st Qtr | 8.2"), so a chart's values are found and read like a table's.
 */
function chartText(block: Extract<Block, { kind: 'chart' }>): string {
  const names = block.series.map((series) => series.name);
  const categories = block.series.reduce<readonly string[]>(
    (longest, series) => (series.categories.length > longest.length ? series.categories : longest),
    [],
  );
  const rows = categories
    .slice(0, CHART_ROWS)
    .map((category, i) =>
      [
        category,
        ...block.series.map((series) => (series.values[i] == null ? '' : String(series.values[i]))),
      ].join(' | '),
    );
  const header = rows.length > 0 ? [` | ${names.join(' | ')}`] : names.length > 0 ? [names.join(' ')] : [];
  return [block.title ?? '', ...header, ...rows].filter(Boolean).join('\n');
}

function documentChunks(doc: Document, path: string, options: ChunkOptions): ChunkDraft[] {
  const maxWords = options.maxWords ?? 300;
  const docTitle = doc.metadata.title?.trim() || basename(path);
  const date = doc.metadata.modified ?? doc.metadata.created ?? options.fileDate;
  const author = doc.metadata.author?.trim();
  const people: PersonRef[] = author ? [{ name: author, role: 'author' }] : [];
  const chunks: ChunkDraft[] = [];
  const headings: string[] = [];
  let parts: string[] = [];
  let count = 0;
  let locator: Locator | undefined;
  const flush = () => {
    const text = parts.join('\n').trim();
    if (text) {
      const section = headings
        .filter((heading, level) => heading && !(level === 0 && heading === docTitle))
        .join(' › ');
      chunks.push({
        type: 'document',
        title: section ? `${docTitle} › ${section}` : docTitle,
        text,
        locator: locator ?? {},
        people,
        ...(date ? { date } : {}),
      });
    }
    parts = [];
    count = 0;
    locator = undefined;
  };
  for (const block of doc.blocks) {
    if (block.kind === 'heading') {
      flush();
      const level = Math.max(1, Math.min(block.level, 6));
      headings.length = level - 1;
      headings[level - 1] = block.text.trim();
      locator = block.locator;
      continue;
    }
    const text = blockText(block).trim();
    if (!text) continue;
    const size = words(text);
    if (count > 0 && count + size > maxWords) flush();
    if (!locator) locator = block.locator;
    parts.push(text);
    count += size;
  }
  flush();
  return chunks;
}

function slideChunks(deck: Presentation, path: string, options: ChunkOptions): ChunkDraft[] {
  const deckTitle = deck.metadata.title?.trim() || basename(path);
  const date = deck.metadata.modified ?? deck.metadata.created ?? options.fileDate;
  return deck.slides.flatMap((slide) => {
    // The speaker notes said as such, so a question about a slide's notes finds them.
    const notes = slide.notes?.trim() ? `Speaker notes: ${slide.notes.trim()}` : '';
    const body = [...slide.blocks.map(blockText), notes].map((text) => text.trim()).filter(Boolean);
    const title = slide.title?.trim() || `Slide ${slide.index}`;
    if (body.length === 0 && !slide.title) return [];
    return [
      {
        type: 'slide' as const,
        title: `${deckTitle} › ${title}`,
        text: body.join('\n') || title,
        locator: { slide: slide.index },
        people: [],
        ...(date ? { date } : {}),
      },
    ];
  });
}

function sheetChunks(book: Workbook, path: string, options: ChunkOptions): ChunkDraft[] {
  const perChunk = options.sheetRows ?? 40;
  const bookTitle = book.metadata.title?.trim() || basename(path);
  const date = book.metadata.modified ?? book.metadata.created ?? options.fileDate;
  const chunks: ChunkDraft[] = [];
  for (const sheet of book.sheets) {
    // Empty rows share one array: a sheet with one cell on its last row stays small.
    const blank: string[] = [];
    const rows = sheet.rows.map((row) =>
      row.some((cell) => cell)
        ? // A cell reads as the sheet shows it ("5,895" for 5894.832 in "#,##0"), not its stored digits.
          row.map((cell) => oneLine(cellDisplay(cell)))
        : blank,
    );
    const headerIndex = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
    if (headerIndex < 0) continue;
    const header = rows[headerIndex]!;
    const width = widestRow(rows, 1);
    const lastColumn = columnName(width - 1);
    const data = rows.slice(headerIndex + 1);
    const windows = Math.max(1, Math.ceil(data.length / perChunk));
    for (let w = 0; w < windows; w++) {
      const slice = data.slice(w * perChunk, (w + 1) * perChunk);
      if (windows > 1 && slice.every((row) => row === blank)) continue;
      // A window opening inside a stacked block carries the block's title and column labels.
      const heading = w === 0 ? [] : blockHeading(rows, headerIndex + 1 + w * perChunk, headerIndex);
      const lines = [
        header.join(' | '),
        ...heading.map((index) => (rows[index] ?? []).join(' | ')),
        ...slice.filter((row) => row.some((cell) => cell.trim() !== '')).map((row) => row.join(' | ')),
      ];
      const firstRow = headerIndex + 1 + (w === 0 ? 0 : w * perChunk + 1);
      const lastRow = headerIndex + 1 + Math.min((w + 1) * perChunk, data.length);
      chunks.push({
        type: 'sheet',
        title: `${bookTitle} › ${sheet.name}`,
        text: lines.join('\n'),
        locator: { sheet: sheet.name, range: `A${firstRow}:${lastColumn}${Math.max(lastRow, firstRow)}` },
        people: [],
        ...(date ? { date } : {}),
      });
    }
    chunks.push(...commentChunks(sheet, rows, headerIndex, bookTitle, date));
  }
  return chunks;
}

/** One chunk per cell comment: "Comment on D1 (Order amount), by Ann Lee:" and its text. */
function commentChunks(
  sheet: Workbook['sheets'][number],
  rows: readonly (readonly string[])[],
  headerIndex: number,
  bookTitle: string,
  date: string | undefined,
): ChunkDraft[] {
  return (sheet.comments ?? []).map((comment) => {
    const at = /^([A-Z]+)(\d+)$/.exec(comment.ref.toUpperCase());
    const col = at ? columnIndex(at[1] ?? 'A') : -1;
    const row = at ? Number(at[2]) - 1 : -1;
    const own = rows[row]?.[col]?.trim() ?? '';
    const heading = row !== headerIndex ? (rows[headerIndex]?.[col]?.trim() ?? '') : '';
    const label = [heading, own].filter(Boolean).join(': ');
    const by = comment.author ? `, by ${comment.author}` : '';
    return {
      type: 'sheet' as const,
      title: `${bookTitle} › ${sheet.name} › comment on ${comment.ref}`,
      text: `Comment on ${comment.ref}${label ? ` (${label})` : ''}${by}: ${comment.text}`,
      locator: { sheet: sheet.name, range: comment.ref },
      people: [],
      ...(date ? { date } : {}),
    };
  });
}

function mailChunks(mailbox: Mailbox): ChunkDraft[] {
  const threadIds = rebuildThreads(mailbox.messages).map((assignment) => assignment.threadId);
  const openings = messageOpenings(mailbox.messages.map((message) => message.text));
  // Openings of the messages quoted so far: a message quoted under several replies is one passage.
  const quotedSeen = new Set<string>();
  return mailbox.messages.flatMap((message, index) => {
    const people: PersonRef[] = [
      ...(message.from ? [{ ...message.from, role: 'from' as const }] : []),
      ...message.to.map((address) => ({ ...address, role: 'to' as const })),
      ...message.cc.map((address) => ({ ...address, role: 'cc' as const })),
    ];
    const attachments = message.attachments.map((attachment) => attachment.filename).filter(Boolean);
    const own = message.text.trim();
    const forward = forwardToIndex(message, openings);
    const text = mailText(own, forward, attachments);
    const chunk: ChunkDraft = {
      type: 'email' as const,
      title: message.subject?.trim() || '(no subject)',
      text: text || message.subject || '',
      locator: { ...message.locator, messageId: message.messageId },
      people,
      ...(message.date ? { date: message.date } : {}),
      threadId: threadIds[index]!,
      data: {
        messageId: message.messageId,
        subject: message.subject,
        ...(message.from ? { from: message.from } : {}),
        to: message.to,
        cc: message.cc,
        ...(message.date ? { date: message.date } : {}),
        ...(message.inReplyTo ? { inReplyTo: message.inReplyTo } : {}),
        references: message.references,
        ...(message.quoted && !forward ? { quoted: clipText(message.quoted, READING_COPY_CHARS) } : {}),
        ...(forward ? { forwarded: true, ...forwardedWriters(forward) } : {}),
        ...(message.signature?.trim() ? { signature: message.signature.trim().slice(0, 500) } : {}),
      },
    };
    // A bare forward searches what it forwards already; other quoted history the mailbox does not hold is searched on its own.
    return forward ? [chunk] : [chunk, ...quotedChunks(message, chunk, openings, quotedSeen)];
  });
}

/** A message a bare forward carries: who wrote it and when, as its header says, and its opening (flattened, as `messageOpening` gives it). */
export type ForwardedMessage = { readonly author?: string; readonly sent?: string; readonly opening: string };

/**
 * The messages a bare forward carries, in order, for naming who wrote a sentence of it
 * (chat/quoted-source.ts): its text keeps their words, not their headers.
 */
function forwardedWriters(forward: string): { forwardedFrom?: ForwardedMessage[] } {
  const messages = quotedHistory(forward)
    .map((message) => ({
      ...(message.author ? { author: message.author } : {}),
      ...(message.sent ? { sent: message.sent } : {}),
      opening: messageOpening(message.text),
    }))
    .filter((message) => message.opening.length >= 20);
  return messages.some((message) => message.author) ? { forwardedFrom: messages } : {};
}

/**
 * A message's searchable text: its own words and attachment names, then what a bare forward
 * carries. A forward with no note is its forwarded message (headers dropped); under a short
 * note it follows an "Original Message" line, read as quoted history, its headers dropped too. The signature stays in
 * the chunk's data: in the text its numbers outweighed the message's own words in ranking.
 */
function mailText(own: string, forward: string | undefined, attachments: readonly string[]): string {
  const extras = [attachments.length ? `Attachments: ${attachments.join(', ')}` : ''];
  if (forward && !own) return [forwardedBody(forward), ...extras].filter(Boolean).join('\n');
  const text = [own, ...extras].filter(Boolean).join('\n');
  if (!forward) return text;
  // The forwarded message without its header block: a list of recipients is no answer to anything.
  return `${text}\n\n-----Original Message-----\n${forwardedBody(forward)}`;
}

const ANSWERS: readonly (readonly [string, string])[] = [
  ['ACCEPTED', 'Accepted'],
  ['DECLINED', 'Declined'],
  ['TENTATIVE', 'Tentative'],
  ['DELEGATED', 'Delegated'],
];

/** "Accepted: Ana Ruiz <ana@example.com>": who answered an invitation and how (PARTSTAT), so search finds it. */
function answeredLines(attendees: CalendarEvent['attendees']): string[] {
  return ANSWERS.flatMap(([status, word]) => {
    const who = attendees
      .filter((attendee) => attendee.status?.toUpperCase() === status)
      .map((attendee) => (attendee.name ? `${attendee.name} <${attendee.address}>` : attendee.address));
    return who.length > 0 ? [`${word}: ${who.join(', ')}`] : [];
  });
}

function eventChunks(calendar: Calendar): ChunkDraft[] {
  return [
    ...calendar.events.map(datedChunk),
    ...(calendar.undated ?? []).map(undatedChunk),
    ...(calendar.freeBusy ?? []).map(freeBusyChunk),
  ];
}

/** An event written without a start: its text and people, at no date (no agenda lists it). */
function undatedChunk(event: UndatedEvent): ChunkDraft {
  return {
    type: 'event' as const,
    title: event.summary || '(untitled event)',
    text: eventLines(event).join('\n'),
    locator: { eventUid: event.uid },
    people: eventPeople(event),
    data: { type: 'undated-event', ...event } as Record<string, unknown>,
  };
}

function eventPeople(event: UndatedEvent): PersonRef[] {
  return [
    ...(event.organizer
      ? [{ name: event.organizer.name, address: event.organizer.address, role: 'organizer' as const }]
      : []),
    ...event.attendees.map((attendee) => ({
      name: attendee.name,
      address: attendee.address,
      role: 'attendee' as const,
    })),
  ];
}

function datedChunk(event: CalendarEvent): ChunkDraft {
  const text = [...eventLines(event), `When: ${event.start} to ${event.end}`].join('\n');
  const { locator, ...data } = event;
  return {
    type: 'event' as const,
    title: event.summary || '(untitled event)',
    text,
    locator: { ...locator, eventUid: event.uid },
    people: eventPeople(event),
    date: event.start,
    endDate: event.end,
    data: data as Record<string, unknown>,
  };
}

/** An event's title, notes, place, ways to join and who answered, as the lines its text holds. */
function eventLines(event: UndatedEvent): string[] {
  return [
    event.summary,
    event.description ?? '',
    event.location ? `Location: ${event.location}` : '',
    ...(event.conferences ?? []).map((join) => `${join.label ?? 'Conference'}: ${join.uri}`),
    ...answeredLines(event.attendees),
    ...delegatedLines(event.attendees),
    ...memberLines(event.attendees),
  ].filter(Boolean);
}

/** "ana@example.org delegated to ben@example.org": whom an attendee handed the invitation on to (DELEGATED-TO). */
function delegatedLines(attendees: CalendarEvent['attendees']): string[] {
  return attendees.flatMap((attendee) =>
    attendee.delegatedTo?.length
      ? [
          `${attendee.name ? `${attendee.name} <${attendee.address}>` : attendee.address} delegated to ${attendee.delegatedTo.join(', ')}`,
        ]
      : [],
  );
}

/** "ana@example.org is a member of team@example.org": the groups an attendee is invited as a member of (MEMBER). */
function memberLines(attendees: CalendarEvent['attendees']): string[] {
  return attendees.flatMap((attendee) =>
    attendee.memberOf?.length
      ? [
          `${attendee.name ? `${attendee.name} <${attendee.address}>` : attendee.address} is a member of ${attendee.memberOf.join(', ')}`,
        ]
      : [],
  );
}

/**
 * A free/busy list as one chunk: whose time it is and each period, at the span the periods
 * cover. Its data is of its own type, not an event: busy time is no appointment of the asker's
 * (chat/free-busy.ts answers from it).
 */
function freeBusyChunk(list: FreeBusy): ChunkDraft {
  const owner = list.owner
    ? list.owner.name
      ? `${list.owner.name} <${list.owner.address}>`
      : list.owner.address
    : '';
  const starts = list.periods.map((period) => period.start).sort();
  const ends = list.periods.map((period) => period.end).sort();
  return {
    type: 'event' as const,
    title: owner ? `Free/busy time of ${owner}` : 'Free/busy time',
    text: [
      owner ? `Free/busy time of ${owner}` : 'Free/busy time',
      ...list.periods.map((period) => `${BUSY_WORDS[period.kind]}: ${period.start} to ${period.end}`),
      list.comment ?? '',
    ]
      .filter(Boolean)
      .join('\n'),
    locator: { eventUid: list.uid },
    people: list.owner
      ? [
          {
            ...(list.owner.name ? { name: list.owner.name } : {}),
            address: list.owner.address,
            role: 'attendee' as const,
          },
        ]
      : [],
    ...(starts[0] ? { date: starts[0] } : {}),
    ...(ends.at(-1) ? { endDate: ends.at(-1) } : {}),
    data: { ...list, type: 'free-busy' } as Record<string, unknown>,
  };
}

const BUSY_WORDS: Readonly<Record<FreeBusy['periods'][number]['kind'], string>> = {
  busy: 'Busy',
  unavailable: 'Busy (unavailable)',
  tentative: 'Busy (tentative)',
  free: 'Free',
};

/**
 * "Manager: Ann Smith", so search finds a contact by the people it names ("Ann's assistant");
 * other fields are written the same way ("Mail program: Thunderbird").
 */
function relatedLine(related: { readonly relation: string; readonly name: string }): string {
  const relation = related.relation.replace(/[_-]+/g, ' ').trim();
  return `${relation.charAt(0).toUpperCase()}${relation.slice(1)}: ${related.name}`;
}

/**
 * A card's e-mails, addresses or web pages as lines: one whose card says its kind is written
 * with it ("Home address: 12 Elm St", "Work e-mail: ana@acme.example"), so a passage tells a
 * home address from a work one; the others as they are.
 */
function kindedLines(
  values: readonly string[],
  kinds: readonly { readonly value: string; readonly type: string }[] | undefined,
  field: string,
): string[] {
  const typed = (kinds ?? []).map((kind) => {
    const words = kind.type.split(',').join(', ');
    return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${field}: ${kind.value}`;
  });
  const rest = values.filter((value) => !kinds?.some((kind) => kind.value === value));
  return [...typed, ...rest];
}

function contactChunks(list: ContactList): ChunkDraft[] {
  return list.contacts.map((contact) => {
    const text = [
      contact.fullName,
      contact.nickname ?? '',
      [contact.title, contact.organization].filter(Boolean).join(', '),
      ...kindedLines(contact.emails, contact.emailKinds, 'e-mail'),
      ...contact.phones.map((phone) => `${phone.type ? `${phone.type}: ` : ''}${phone.value}`),
      ...kindedLines(contact.addresses, contact.addressKinds, 'address'),
      ...kindedLines([], contact.urlKinds, 'web page'),
      ...(contact.related ?? []).map(relatedLine),
      ...(contact.fields ?? []).map((field) => relatedLine({ relation: field.label, name: field.value })),
      contact.note ?? '',
    ]
      .filter(Boolean)
      .join('\n');
    const people: PersonRef[] =
      contact.emails.length > 0
        ? contact.emails.map((address) => ({ name: contact.fullName, address, role: 'contact' as const }))
        : [{ name: contact.fullName, role: 'contact' as const }];
    if (contact.nickname) people.push({ name: contact.nickname, role: 'contact' });
    const { locator, ...data } = contact;
    return {
      type: 'contact' as const,
      title: contact.fullName || contact.emails[0] || '(unnamed contact)',
      text,
      locator,
      people,
      data: data as Record<string, unknown>,
    };
  });
}

function transcriptChunks(transcript: Transcript, path: string, options: ChunkOptions): ChunkDraft[] {
  const title = transcript.title?.trim() || basename(path);
  const maxWords = options.maxWords ?? 300;
  const chunks: ChunkDraft[] = [];
  let turns: Transcript['turns'][number][] = [];
  let count = 0;
  const flush = () => {
    if (turns.length === 0) return;
    const first = turns[0]!;
    const last = turns[turns.length - 1]!;
    const speakers = [...new Set(turns.map((turn) => turn.speaker).filter(Boolean))];
    chunks.push({
      type: 'transcript',
      title: `${title} › turns ${first.index}–${last.index}`,
      text: turns.map((turn) => `${turn.speaker}: ${turn.text}`).join('\n'),
      locator: {
        turn: first.index,
        ...(first.start !== undefined ? { start: first.start } : {}),
        ...(last.end !== undefined ? { end: last.end } : {}),
      },
      people: speakers.map((name) => ({ name, role: 'speaker' as const })),
      ...(transcript.date ? { date: transcript.date } : {}),
    });
    turns = [];
    count = 0;
  };
  for (const turn of transcript.turns) {
    const size = words(turn.text);
    if (count > 0 && count + size > maxWords) flush();
    turns.push(turn);
    count += size;
  }
  flush();
  return chunks;
}

function chatChunks(chat: Chat, path: string, options: ChunkOptions): ChunkDraft[] {
  const title = chat.title?.trim() || chat.channel || basename(path);
  const maxWords = options.maxWords ?? 300;
  const chunks: ChunkDraft[] = [];
  let batch: Chat['messages'][number][] = [];
  let count = 0;
  const flush = () => {
    if (batch.length === 0) return;
    const first = batch[0]!;
    const authors = [...new Set(batch.map((message) => message.author).filter(Boolean))];
    const date = first.time && /^\d{4}-\d{2}-\d{2}/.test(first.time) ? first.time : options.fileDate;
    chunks.push({
      type: 'chat',
      title: `${title} › messages ${first.index}–${batch[batch.length - 1]!.index}`,
      text: batch.map((message) => `${message.author}: ${message.text}`).join('\n'),
      locator: { turn: first.index },
      people: authors.map((name) => ({ name, role: 'author' as const })),
      ...(date ? { date } : {}),
    });
    batch = [];
    count = 0;
  };
  for (const message of chat.messages) {
    const size = words(message.text);
    if (count > 0 && count + size > maxWords) flush();
    batch.push(message);
    count += size;
  }
  flush();
  return chunks;
}

/** The chunks of one parsed file. */
export function chunkFile(parsed: ParsedFile, path: string, options: ChunkOptions = {}): ChunkDraft[] {
  switch (parsed.type) {
    case 'document':
      return documentChunks(parsed, path, options);
    case 'presentation':
      return slideChunks(parsed, path, options);
    case 'workbook':
      return sheetChunks(parsed, path, options);
    case 'mailbox':
      return mailChunks(parsed);
    case 'calendar':
      return eventChunks(parsed);
    case 'contacts':
      return contactChunks(parsed);
    case 'transcript':
      return transcriptChunks(parsed, path, options);
    case 'chat':
      return chatChunks(parsed, path, options);
  }
}

/** A URI for a chunk: the file plus a fragment naming the locator. */
export function chunkUri(path: string, locator: Locator): string {
  const base = `file://${encodeURI(path)}`;
  const parts: string[] = [];
  if (locator.page !== undefined) parts.push(`page=${locator.page}`);
  if (locator.paragraph !== undefined) parts.push(`paragraph=${locator.paragraph}`);
  if (locator.slide !== undefined) parts.push(`slide=${locator.slide}`);
  if (locator.sheet !== undefined)
    parts.push(
      `sheet=${encodeURIComponent(locator.range ? `${locator.sheet}!${locator.range}` : locator.sheet)}`,
    );
  if (locator.messageId !== undefined) parts.push(`mid=${encodeURIComponent(locator.messageId)}`);
  if (locator.quote !== undefined) parts.push(`quote=${locator.quote}`);
  if (locator.eventUid !== undefined) parts.push(`uid=${encodeURIComponent(locator.eventUid)}`);
  if (locator.turn !== undefined) parts.push(`turn=${locator.turn}`);
  if (locator.start !== undefined)
    parts.push(`t=${locator.start}${locator.end !== undefined ? `,${locator.end}` : ''}`);
  if (locator.line !== undefined) parts.push(`line=${locator.line}`);
  return parts.length ? `${base}#${parts.join('&')}` : base;
}
