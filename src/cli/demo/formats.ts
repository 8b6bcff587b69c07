/**
 * @module formats-demo
 * The demo's first section: read every file of the sample workspace through the formats layer,
 * print one line per file with what was found, and write each as Markdown into the demo's
 * output folder (converted/), so the writers are shown too.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatTimestamp, writeMarkdown } from '../../formats/markdown/write-markdown.ts';
import type { Block, ParsedFile } from '../../formats/model.ts';
import { readFile } from '../../formats/read-file.ts';
import type { DemoContext, DemoSection } from './demo-context.ts';

/** Files in the workspace that describe it rather than belong to it. */
const SKIPPED = new Set(['README.md']);

export const formatsDemo: DemoSection = {
  title: 'Reading the workspace',
  async run(context: DemoContext) {
    context.heading(this.title);
    const names = (await readdir(context.workspace, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !SKIPPED.has(entry.name))
      .map((entry) => entry.name)
      .sort((a, b) => a.localeCompare(b));
    const convertedDir = join(context.outDir, 'converted');
    await mkdir(convertedDir, { recursive: true });
    const width = Math.max(...names.map((name) => name.length));
    const failures: string[] = [];
    const now = context.clock.now();
    for (const name of names) {
      const result = await readFile(join(context.workspace, name), { now });
      if (!result.success) {
        failures.push(name);
        context.out(`  ${name.padEnd(width)}  ! ${result.error.code}: ${result.error.message}`);
        continue;
      }
      context.out(`  ${name.padEnd(width)}  ${describeParsed(result.data, now)}`);
      await writeFile(join(convertedDir, `${name}.md`), writeMarkdown(result.data));
    }
    context.out(
      `  ${names.length - failures.length} of ${names.length} files read; Markdown versions in ${convertedDir}`,
    );
    if (failures.length > 0)
      throw new Error(`${failures.length} workspace file(s) could not be read: ${failures.join(', ')}.`);
  },
};

function plural(count: number, word: string, many = `${word}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? word : many}`;
}

function countBlocks(blocks: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    const key = block.kind === 'note' ? block.noteKind : block.kind;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function blockSummary(blocks: readonly Block[]): string[] {
  const counts = countBlocks(blocks);
  const parts: [string, string, string?][] = [
    ['heading', 'heading'],
    ['paragraph', 'paragraph'],
    ['list-item', 'list item'],
    ['table', 'table'],
    ['image', 'image'],
    ['chart', 'chart'],
    ['footnote', 'footnote'],
    ['comment', 'comment'],
  ];
  return parts
    .filter(([key]) => (counts.get(key) ?? 0) > 0)
    .map(([key, word, many]) => plural(counts.get(key) ?? 0, word, many));
}

/** One line saying what a parsed file holds, e.g. "document: 14 headings, 3 tables, 1 image". */
export function describeParsed(parsed: ParsedFile, now: Date = new Date()): string {
  switch (parsed.type) {
    case 'document': {
      const title = parsed.metadata.title ? ` "${parsed.metadata.title}"` : '';
      return `document${title}: ${blockSummary(parsed.blocks).join(', ') || 'no text'}`;
    }
    case 'workbook': {
      const sheets = parsed.sheets.map((sheet) => {
        const columns = Math.max(0, ...sheet.rows.map((row) => row.length));
        const tables = sheet.tables.length
          ? `, table ${sheet.tables.map((table) => table.name).join(', ')}`
          : '';
        return `${sheet.name} ${sheet.rows.length.toLocaleString('en-US')}×${columns}${tables}`;
      });
      const formulas = parsed.sheets.reduce(
        (sum, sheet) =>
          sum + sheet.rows.reduce((inner, row) => inner + row.filter((cell) => cell?.formula).length, 0),
        0,
      );
      return `workbook: ${plural(parsed.sheets.length, 'sheet')} (${sheets.join('; ')})${formulas ? `, ${plural(formulas, 'formula')}` : ''}`;
    }
    case 'presentation': {
      const hidden = parsed.slides.filter((slide) => slide.hidden).length;
      const notes = parsed.slides.filter((slide) => slide.notes?.trim()).length;
      const blocks = countBlocks(parsed.slides.flatMap((slide) => slide.blocks));
      const extras = [
        blocks.get('table') ? plural(blocks.get('table') ?? 0, 'table') : '',
        blocks.get('image') ? plural(blocks.get('image') ?? 0, 'image') : '',
        blocks.get('chart') ? plural(blocks.get('chart') ?? 0, 'chart') : '',
      ].filter(Boolean);
      return `presentation: ${plural(parsed.slides.length, 'slide')}${hidden ? ` (${hidden} hidden)` : ''}, ${notes} with speaker notes${extras.length ? `, ${extras.join(', ')}` : ''}`;
    }
    case 'mailbox': {
      const roots = new Set(
        parsed.messages.map((message) => message.references[0] ?? message.inReplyTo ?? message.messageId),
      );
      const attachments = parsed.messages.reduce((sum, message) => sum + message.attachments.length, 0);
      const people = new Set(
        parsed.messages.flatMap((message) => (message.from ? [message.from.address.toLowerCase()] : [])),
      );
      return `mailbox: ${plural(parsed.messages.length, 'message')} in ${plural(roots.size, 'thread')} from ${plural(people.size, 'sender')}${attachments ? `, ${plural(attachments, 'attachment')}` : ''}`;
    }
    case 'calendar': {
      const series = new Set(
        parsed.events.filter((event) => event.rrule || event.recurrenceId).map((event) => event.uid),
      );
      const upcoming = parsed.events
        .filter((event) => !event.allDay && Date.parse(event.start) >= now.getTime())
        .sort((a, b) => a.start.localeCompare(b.start))[0];
      const next = upcoming
        ? `; next: ${upcoming.summary} at ${upcoming.start.slice(0, 16).replace('T', ' ')} UTC`
        : '';
      return `calendar: ${plural(parsed.events.length, 'event')} (${plural(series.size, 'recurring series', 'recurring series')}) from ${parsed.window.start.slice(0, 10)} to ${parsed.window.end.slice(0, 10)}${next}`;
    }
    case 'contacts': {
      const withPhone = parsed.contacts.filter((contact) => contact.phones.length > 0).length;
      const withEmail = parsed.contacts.filter((contact) => contact.emails.length > 0).length;
      return `contacts: ${plural(parsed.contacts.length, 'person', 'people')} (${withEmail} with email, ${withPhone} with phone)`;
    }
    case 'transcript': {
      const speakers = new Set(parsed.turns.map((turn) => turn.speaker));
      const last = parsed.turns.at(-1);
      const length = last?.end ?? last?.start;
      return `transcript: ${plural(parsed.turns.length, 'turn')}, ${plural(speakers.size, 'speaker')}${length !== undefined ? `, ${formatTimestamp(length)} long` : ''}`;
    }
    case 'chat': {
      const authors = new Set(parsed.messages.map((message) => message.author));
      const replies = parsed.messages.filter((message) => message.replyTo !== undefined).length;
      return `chat${parsed.channel ? ` ${parsed.channel}` : ''}: ${plural(parsed.messages.length, 'message')} from ${plural(authors.size, 'author')}, ${plural(replies, 'reply', 'replies')}`;
    }
  }
}
