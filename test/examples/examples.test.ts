/**
 * The bundled sample workspace: every file reads, holds the content the skills rely on, is
 * reproduced by its generator, and `officemate demo` runs over it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile as readBytes, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleFiles } from '../../scripts/examples/example-files.ts';
import { DEMO_NOW } from '../../src/cli/commands/demo.ts';
import { writeMarkdown } from '../../src/formats/markdown/write-markdown.ts';
import type {
  Calendar,
  Chat,
  ContactList,
  Document,
  Mailbox,
  ParsedFile,
  Presentation,
  Transcript,
  Workbook,
} from '../../src/formats/model.ts';
import { readBuffer, readFile } from '../../src/formats/read-file.ts';
import { convertWithLibreOffice, findLibreOffice, pdfPageCount } from '../../src/lib/libreoffice.ts';
import { EXAMPLES, REPO_ROOT, STRICT } from '../helpers/paths.ts';

const now = new Date(DEMO_NOW);

const EXPECTED_TYPES: Record<string, ParsedFile['type']> = {
  'Calendar.ics': 'calendar',
  'Contacts.vcf': 'contacts',
  'flow-launch-chat.json': 'chat',
  'Inbox.mbox': 'mailbox',
  'Notes.md': 'document',
  'Ops Sync 2026-03-10.vtt': 'transcript',
  'Product Plan 2026.docx': 'document',
  'Q3 Business Review.docx': 'document',
  'Q3 Review.pptx': 'presentation',
  'Sales 2024-2026.xlsx': 'workbook',
};

const parsed = new Map<string, ParsedFile>();

beforeAll(async () => {
  for (const name of Object.keys(EXPECTED_TYPES)) {
    const result = await readFile(join(EXAMPLES, name), { now });
    if (!result.success) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
    parsed.set(name, result.data);
  }
});

function get<T extends ParsedFile>(name: string): T {
  const value = parsed.get(name);
  if (!value) throw new Error(`${name} was not read`);
  return value as T;
}

describe('examples/workspace', () => {
  it('holds exactly the expected files, under 2 MB in all, each read as its type', async () => {
    const names = (await readdir(EXAMPLES)).filter((name) => name !== 'README.md').sort();
    expect(names).toEqual(Object.keys(EXPECTED_TYPES).sort());
    let total = 0;
    for (const name of await readdir(EXAMPLES)) total += (await stat(join(EXAMPLES, name))).size;
    expect(total).toBeLessThan(2 * 1024 * 1024);
    for (const [name, type] of Object.entries(EXPECTED_TYPES)) expect(get(name).type, name).toBe(type);
    const readme = await readFile(join(EXAMPLES, 'README.md'), { now });
    expect(readme.success && readme.data.type).toBe('document');
  });

  it('has reports with headings, lists, tables, images and footnotes', () => {
    for (const name of ['Q3 Business Review.docx', 'Product Plan 2026.docx']) {
      const document = get<Document>(name);
      const kinds = new Set<string>(
        document.blocks.map((block) => (block.kind === 'note' ? block.noteKind : block.kind)),
      );
      for (const kind of ['heading', 'list-item', 'table', 'image', 'footnote'])
        expect(kinds.has(kind), `${name} ${kind}`).toBe(true);
    }
    const review = get<Document>('Q3 Business Review.docx');
    const headings = review.blocks
      .filter((block) => block.kind === 'heading' && block.level === 2)
      .map((block) => ('text' in block ? block.text : ''));
    expect(headings).toEqual(['Summary', 'Revenue', 'Customers', 'Risks', 'Next Steps']);
  });

  it('has a sales table over two years with a December peak and one outlier', () => {
    const workbook = get<Workbook>('Sales 2024-2026.xlsx');
    const sales = workbook.sheets.find((sheet) => sheet.name === 'Sales');
    expect(sales?.rows[0]?.map((cell) => cell?.value)).toEqual([
      'Date',
      'Region',
      'Product',
      'Units',
      'Revenue',
      'Cost',
    ]);
    const rows = sales?.rows.slice(1) ?? [];
    expect(rows.length).toBe(1664);
    expect(rows[0]?.[0]?.type).toBe('date');
    const byMonth = new Map<string, number>();
    for (const row of rows) {
      const month = String(row[0]?.value).slice(0, 7);
      byMonth.set(month, (byMonth.get(month) ?? 0) + Number(row[4]?.value));
    }
    expect(byMonth.get('2025-12')).toBeGreaterThan(
      Math.max(byMonth.get('2025-11') ?? 0, byMonth.get('2026-01') ?? 0),
    );
    const enterpriseUnits = rows
      .filter((row) => row[2]?.value === 'Flow Enterprise')
      .map((row) => Number(row[3]?.value));
    expect(Math.max(...enterpriseUnits)).toBe(19);
    expect(enterpriseUnits.filter((units) => units > 6)).toHaveLength(1);
  });

  it('has a deck with notes and a hidden slide', () => {
    const deck = get<Presentation>('Q3 Review.pptx');
    expect(deck.slides.length).toBe(7);
    expect(deck.slides.every((slide) => slide.notes)).toBe(true);
    expect(deck.slides.filter((slide) => slide.hidden)).toHaveLength(1);
    expect(deck.slides[1]?.title).toBe('Summary');
  });

  it('has mail threads with replies, a deadline, a decision and a newsletter', () => {
    const mailbox = get<Mailbox>('Inbox.mbox');
    expect(mailbox.messages.length).toBeGreaterThanOrEqual(15);
    const replies = mailbox.messages.filter((message) => message.inReplyTo);
    expect(replies.length).toBeGreaterThanOrEqual(10);
    const ids = new Set(mailbox.messages.map((message) => message.messageId));
    for (const reply of replies) expect(ids.has(reply.inReplyTo ?? ''), reply.subject).toBe(true);
    expect(replies.some((message) => message.quoted?.includes('Stratus'))).toBe(true);
    const text = mailbox.messages.map((message) => message.text).join('\n');
    expect(text).toContain('finance decided to cut the Q4 travel budget by 10%');
    expect(text).toContain('by Friday, March 13');
    expect(
      mailbox.messages.filter((message) => message.from?.address === 'news@northwind.example'),
    ).toHaveLength(2);
    expect(
      mailbox.messages.every(
        (message) => !message.from || message.from.address.endsWith('@northwind.example'),
      ),
    ).toBe(true);
  });

  it('has recurring meetings with an exception and a moved occurrence around the demo date', () => {
    const calendar = get<Calendar>('Calendar.ics');
    const sync = calendar.events
      .filter((event) => event.uid === 'ops-sync@northwind.example')
      .map((event) => event.start);
    expect(sync).toContain('2026-03-10T16:00:00Z');
    expect(sync).toContain('2026-03-03T17:00:00Z');
    expect(sync).not.toContain('2026-02-24T17:00:00Z');
    expect(sync).toContain('2026-03-17T17:00:00Z');
    expect(sync).not.toContain('2026-03-17T16:00:00Z');
    const oneOnOne = calendar.events
      .filter((event) => event.uid === 'one-on-one-maya-daniel@northwind.example')
      .map((event) => event.start);
    expect(oneOnOne).toContain('2026-03-12T21:00:00Z');
    expect(oneOnOne).not.toContain('2026-03-19T21:00:00Z');
    const vendor = calendar.events.find((event) => event.uid === 'vendor-review-hosting@northwind.example');
    expect(vendor?.start).toBe('2026-03-16T15:00:00Z');
  });

  it('has contacts, a transcript with decisions and action items, and a chat with replies', () => {
    const contacts = get<ContactList>('Contacts.vcf').contacts;
    expect(contacts.length).toBe(8);
    expect(
      contacts.every((contact) => contact.emails[0]?.endsWith('@northwind.example') && contact.title),
    ).toBe(true);

    const transcript = get<Transcript>('Ops Sync 2026-03-10.vtt');
    expect(transcript.turns.length).toBeGreaterThanOrEqual(60);
    expect(new Set(transcript.turns.map((turn) => turn.speaker))).toEqual(
      new Set(['Maya Chen', 'Tom Becker', 'Sofia Alvarez', 'Lars Nilsson', 'Priya Shah']),
    );
    const spoken = transcript.turns.map((turn) => turn.text).join(' ');
    expect(spoken).toContain("I'll send the revised forecast by Friday");
    expect(spoken).toContain('Priya, can you take the vendor review?');
    expect(spoken).toContain('Decision: Flow 3.2 ships on April seventh');

    const chat = get<Chat>('flow-launch-chat.json');
    expect(chat.channel).toBe('#flow-launch');
    expect(chat.messages.length).toBe(22);
    expect(chat.messages.filter((message) => message.replyTo !== undefined).length).toBeGreaterThan(5);
  });

  it('is what the generator writes: same workbook bytes, same document content', async () => {
    const generated = await exampleFiles();
    expect(generated.map(([name]) => name).sort()).toEqual([
      'Product Plan 2026.docx',
      'Q3 Business Review.docx',
      'Q3 Review.pptx',
      'Sales 2024-2026.xlsx',
    ]);
    for (const [name, bytes] of generated) {
      const committed = await readBytes(join(EXAMPLES, name));
      if (name.endsWith('.xlsx')) {
        expect(bytes.equals(committed), name).toBe(true);
        continue;
      }
      // Word and PowerPoint files embed chart images rendered with this machine's fonts: compare content.
      const fresh = await readBuffer(name, bytes);
      if (!fresh.success) throw new Error(fresh.error.message);
      expect(writeMarkdown(fresh.data), name).toBe(writeMarkdown(get(name)));
    }
  });
});

describe('generated Office files', () => {
  it('open in LibreOffice after their packages were normalised', async () => {
    if (!findLibreOffice()) {
      if (STRICT) throw new Error('LibreOffice is required on CI');
      return;
    }
    const dir = await mkdtemp(join(tmpdir(), 'officemate-examples-pdf-'));
    try {
      for (const name of ['Q3 Review.pptx', 'Sales 2024-2026.xlsx']) {
        const pdf = await convertWithLibreOffice(join(EXAMPLES, name), { to: 'pdf', outDir: dir });
        expect(await pdfPageCount(pdf), name).toBeGreaterThan(0);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('officemate demo', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'officemate-demo-'));
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('runs over the workspace and reports every file in its first section', async () => {
    const { code, stdout, stderr } = await new Promise<{
      code: number | null;
      stdout: string;
      stderr: string;
    }>((resolve, reject) => {
      const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'officemate.js'), 'demo', '--out', out], {
        cwd: REPO_ROOT,
        env: { ...process.env, OFFICEMATE_HOME: out },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
      });
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('error', reject);
      child.on('close', (exitCode) => resolve({ code: exitCode, stdout, stderr }));
    });
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    expect(stdout).toContain('== Reading the workspace ==');
    const lines = stdout.split('\n');
    const line = (name: string) => lines.find((text) => text.trimStart().startsWith(name)) ?? '';
    expect(line('Q3 Business Review.docx')).toMatch(
      /document "Q3 FY2026 Business Review": 10 headings, .*4 tables, 1 image, 3 footnotes/,
    );
    expect(line('Sales 2024-2026.xlsx')).toMatch(/workbook: 2 sheets \(Sales 1,665×6, table SalesData/);
    expect(line('Q3 Review.pptx')).toContain('presentation: 7 slides (1 hidden), 7 with speaker notes');
    expect(line('Inbox.mbox')).toContain('mailbox: 23 messages in 8 threads');
    expect(line('Calendar.ics')).toContain('next: Maya / Daniel 1:1 at 2026-03-12 21:00 UTC');
    expect(line('Contacts.vcf')).toContain('contacts: 8 people');
    expect(line('Ops Sync 2026-03-10.vtt')).toContain('transcript: 68 turns, 5 speakers');
    expect(line('flow-launch-chat.json')).toContain('chat #flow-launch: 22 messages');
    expect(line('Notes.md')).toContain('document');
    expect(stdout).toContain('10 of 10 files read');
    // Free slots on the calendar's own clock, not UTC instants under the zone's name.
    expect(stdout).toContain(
      "Free 45-minute slots in Maya's calendar (America/Los_Angeles): Thu 12 Mar 2026 09:00–09:45",
    );
    const converted = await readdir(join(out, 'converted'));
    expect(converted).toContain('Q3 Business Review.docx.md');
  }, 300_000);
});
