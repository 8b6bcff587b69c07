import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import type {
  Calendar,
  Chat,
  ContactList,
  Document,
  Mailbox,
  Presentation,
  Transcript,
  Workbook,
} from '../model.ts';
import { readFile } from '../read-file.ts';
import { formatTimestamp, renderTable, writeMarkdown } from './write-markdown.ts';

const at = { paragraph: 1 };

describe('writeMarkdown: documents', () => {
  const document: Document = {
    type: 'document',
    format: 'docx',
    metadata: { title: 'Q3 Review', author: 'Dana Ruiz' },
    blocks: [
      { kind: 'heading', level: 1, text: 'Q3 Review', locator: at },
      {
        kind: 'paragraph',
        text: 'Revenue grew 12% see report',
        runs: [
          { text: 'Revenue ' },
          { text: 'grew 12%', bold: true },
          { text: ' ' },
          { text: 'see report', link: 'https://northwind.example/r', italic: true },
        ],
        locator: at,
      },
      { kind: 'list-item', level: 0, ordered: true, text: 'First', locator: at },
      { kind: 'list-item', level: 1, ordered: false, text: 'Nested', locator: at },
      { kind: 'list-item', level: 0, ordered: true, text: 'Second', locator: at },
      {
        kind: 'table',
        rows: [
          [{ text: 'Region' }, { text: 'Revenue' }],
          [{ text: 'North | East' }, { text: '1,200' }],
          [
            { text: 'South', colSpan: 2 },
            { text: '', merged: true },
          ],
        ],
        locator: at,
      },
      {
        kind: 'image',
        contentType: 'image/png',
        data: new Uint8Array([1, 2]),
        name: 'chart 1.png',
        altText: 'Revenue by month',
        locator: at,
      },
      { kind: 'note', noteKind: 'footnote', text: 'Source: finance.', locator: at },
      { kind: 'paragraph', text: '# not a heading and *not bold*', locator: at },
    ],
  };
  const markdown = writeMarkdown(document);

  it('renders headings, formatted runs and links', () => {
    expect(markdown.startsWith('# Q3 Review\n')).toBe(true);
    expect(markdown).toContain('*By Dana Ruiz*');
    expect(markdown).toContain('Revenue **grew 12%** *[see report](https://northwind.example/r)*');
  });

  it('renders nested ordered and bullet lists with correct numbering', () => {
    expect(markdown).toContain('1. First\n   - Nested\n2. Second');
  });

  it('renders tables as GFM with escaped pipes', () => {
    expect(markdown).toContain(
      '| Region | Revenue |\n| --- | --- |\n| North \\| East | 1,200 |\n| South |  |',
    );
  });

  it('renders images as placeholders with alt text and notes labelled', () => {
    expect(markdown).toContain('![Revenue by month](<chart_1.png> "image/png")');
    expect(markdown).toContain('> **Footnote 1:** Source: finance.');
  });

  it('keeps autolinks but escapes tags', () => {
    const escaped = writeMarkdown({
      type: 'document',
      format: 'txt',
      metadata: {},
      blocks: [
        {
          kind: 'paragraph',
          text: 'Mail <ana@northwind.example> or <https://northwind.example>, not <script>',
          locator: at,
        },
      ],
    });
    expect(escaped).toBe('Mail <ana@northwind.example> or <https://northwind.example>, not \\<script>\n');
  });

  it('escapes Markdown syntax in plain text', () => {
    expect(markdown).toContain('\\# not a heading and \\*not bold\\*');
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown.endsWith('\n\n')).toBe(false);
  });
});

describe('writeMarkdown: other models', () => {
  it('bounds workbooks to the first rows and says so', () => {
    const rows = Array.from({ length: 250 }, (_, index) => [
      { type: 'number' as const, value: index },
      { type: 'text' as const, value: `row ${index}` },
      { type: 'number' as const, value: index * 1000, numberFormat: '"$"#,##0' },
    ]);
    const workbook: Workbook = {
      type: 'workbook',
      format: 'xlsx',
      metadata: {},
      date1904: false,
      sheets: [
        {
          name: 'Sales',
          hidden: false,
          rows,
          merges: [],
          tables: [{ name: 'SalesTable', range: 'A1:B250' }],
        },
        { name: 'Empty', hidden: true, rows: [], merges: [], tables: [] },
      ],
    };
    const markdown = writeMarkdown(workbook);
    expect(markdown).toContain('## Sheet: Sales');
    expect(markdown).toContain('| 199 | row 199 | $199,000 |');
    expect(markdown).not.toContain('| 200 | row 200 |');
    expect(markdown).toContain('*Showing the first 200 of 250 rows.*');
    expect(markdown).toContain('## Sheet: Empty (hidden)\n\n*Empty sheet.*');
  });

  it('renders slides in order with notes', () => {
    const deck: Presentation = {
      type: 'presentation',
      format: 'pptx',
      metadata: {},
      slides: [
        {
          index: 1,
          title: 'Roadmap',
          hidden: false,
          blocks: [
            { kind: 'paragraph', text: 'Roadmap', locator: { slide: 1 } },
            { kind: 'paragraph', text: 'Launch in May', locator: { slide: 1 } },
            { kind: 'paragraph', text: 'Beta first', level: 1, locator: { slide: 1 } },
          ],
          notes: 'Mention the beta.',
        },
        { index: 2, hidden: true, blocks: [] },
      ],
    };
    const markdown = writeMarkdown(deck);
    expect(markdown).toContain(
      '## Slide 1: Roadmap\n\nLaunch in May\n\n  - Beta first\n\n> **Notes:** Mention the beta.',
    );
    expect(markdown).toContain('## Slide 2 (hidden)');
    expect(markdown.match(/Roadmap/g)).toHaveLength(1);
    const bullets = writeMarkdown({
      ...deck,
      slides: [
        {
          index: 1,
          title: 'Plan',
          hidden: false,
          blocks: [
            { kind: 'paragraph', text: 'Subtitle', level: 0, locator: { slide: 1 } },
            { kind: 'table', rows: [[{ text: 'x' }]], locator: { slide: 1 } },
            { kind: 'paragraph', text: 'One', level: 0, locator: { slide: 1 } },
            { kind: 'paragraph', text: 'One.a', level: 1, locator: { slide: 1 } },
            { kind: 'paragraph', text: 'Two', level: 0, locator: { slide: 1 } },
          ],
        },
      ],
    });
    expect(bullets).toContain('Subtitle\n\n| x |');
    expect(bullets).toContain('- One\n  - One.a\n- Two');
  });

  it('renders mail with headers, text and quoted replies', () => {
    const mailbox: Mailbox = {
      type: 'mailbox',
      format: 'mbox',
      messages: [
        {
          type: 'message',
          messageId: '<a@northwind.example>',
          subject: 'Travel budget',
          from: { name: 'Priya Shah', address: 'priya@northwind.example' },
          to: [{ address: 'team@northwind.example' }],
          cc: [],
          bcc: [],
          date: '2026-03-02T10:00:00.000Z',
          references: [],
          text: 'Finance cut the Q3 travel budget by 10%.\n\nPlease plan accordingly.\nThanks',
          quoted: 'Any news?',
          attachments: [{ filename: 'budget.xlsx', contentType: 'application/vnd.ms-excel', size: 2048 }],
          headers: {},
          locator: { messageId: '<a@northwind.example>' },
        },
        {
          type: 'message',
          messageId: '<b@northwind.example>',
          subject: '',
          to: [],
          cc: [],
          bcc: [],
          references: [],
          text: 'Second',
          attachments: [],
          headers: {},
          locator: {},
        },
      ],
    };
    const markdown = writeMarkdown(mailbox);
    expect(markdown).toContain('# Mailbox: 2 messages');
    expect(markdown).toContain('## Travel budget\n\n**From:** Priya Shah <priya@northwind.example>');
    expect(markdown).toContain(
      'Finance cut the Q3 travel budget by 10%.\n\nPlease plan accordingly.\\\nThanks',
    );
    expect(markdown).toContain('> Any news?');
    expect(markdown).toContain('- budget.xlsx (application/vnd.ms-excel, 2.0 KiB)');
    expect(markdown).toContain('## (no subject)');
  });

  it('renders calendars sorted by start, contacts, transcripts and chats', () => {
    const calendar: Calendar = {
      type: 'calendar',
      format: 'ics',
      name: 'Team',
      window: { start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z' },
      events: [
        {
          type: 'event',
          uid: 'b',
          summary: 'Later',
          start: '2026-03-13T09:00:00Z',
          end: '2026-03-13T09:30:00Z',
          allDay: false,
          attendees: [],
          locator: {},
        },
        {
          type: 'event',
          uid: 'a',
          summary: 'Offsite',
          start: '2026-03-10',
          end: '2026-03-12',
          allDay: true,
          attendees: [],
          locator: {},
        },
      ],
    };
    const calendarMarkdown = writeMarkdown(calendar);
    expect(calendarMarkdown.indexOf('## Offsite')).toBeLessThan(calendarMarkdown.indexOf('## Later'));
    expect(calendarMarkdown).toContain('**When:** 2026-03-10 – 2026-03-11 (all day)');
    expect(calendarMarkdown).toContain('**When:** 2026-03-13 09:00–09:30 UTC');

    const contacts: ContactList = {
      type: 'contacts',
      format: 'vcf',
      contacts: [
        {
          type: 'contact',
          fullName: 'Priya Shah',
          emails: ['priya@northwind.example'],
          phones: [{ type: 'work', value: '+1 555 0100' }],
          title: 'Head of Finance',
          addresses: [],
          urls: [],
          locator: {},
        },
      ],
    };
    expect(writeMarkdown(contacts)).toContain(
      '## Priya Shah\n\n**Title:** Head of Finance\\\n**Email:** priya@northwind.example\\\n**Phone (work):** +1 555 0100',
    );

    const transcript: Transcript = {
      type: 'transcript',
      format: 'vtt',
      title: 'Weekly sync',
      turns: [
        { index: 0, speaker: 'Dana', start: 5, text: "I'll send the forecast by Friday." },
        { index: 1, speaker: 'Priya', start: 3725, text: 'OK.' },
      ],
    };
    const transcriptMarkdown = writeMarkdown(transcript);
    expect(transcriptMarkdown).toContain("**[00:05] Dana:** I'll send the forecast by Friday.");
    expect(transcriptMarkdown).toContain('**[1:02:05] Priya:** OK.');

    const chat: Chat = {
      type: 'chat',
      format: 'officemate-chat-json',
      channel: '#launch',
      messages: [
        { index: 1, author: 'Dana', time: '2026-03-11T10:00:00Z', text: 'Ship it?' },
        { index: 2, author: 'Priya', text: 'Yes', replyTo: 1 },
      ],
    };
    const chatMarkdown = writeMarkdown(chat);
    expect(chatMarkdown).toContain('# Chat: #launch');
    expect(chatMarkdown).toContain('#2 **Priya** ↳ reply to #1: Yes');
  });

  it('formats timestamps and tables', () => {
    expect(formatTimestamp(0)).toBe('00:00');
    expect(formatTimestamp(59.9)).toBe('00:59');
    expect(formatTimestamp(3600)).toBe('1:00:00');
    expect(renderTable([['a'], ['b', 'c']])).toBe('| a |  |\n| --- | --- |\n| b | c |');
  });
});

describe('dates in contacts and calendars, on real files', () => {
  it('shows a vCard birthday without a year as a day and month (ez-vcard rfc6351 example)', async () => {
    const result = await readFile(
      join(CORPUS, 'contacts', 'ez-vcard', 'ezvcard__io__xml__rfc6351-example.xml'),
    );
    if (!result.success) throw new Error('unreadable');
    const markdown = writeMarkdown(result.data);
    expect(markdown).toContain('**Birthday:** 3 February');
    expect(markdown).not.toContain('--0203');
  });

  it("shows a calendar's window as days, and only as the span its repeats were expanded in (icaljs, libical)", async () => {
    const series = await readFile(join(CORPUS, 'calendar', 'icaljs', 'samples__recur_instances_finite.ics'));
    if (!series.success) throw new Error('unreadable');
    expect(writeMarkdown(series.data)).toMatch(
      /\*1 event; repeating events expanded between \d{1,2} [A-Z][a-z]+ \d{4} and \d{1,2} [A-Z][a-z]+ \d{4}\.\*/,
    );
    // Five one-off events of 2000: no window to speak of, and no "5 events between 2025 and 2027".
    const oneOffs = await readFile(join(CORPUS, 'calendar', 'libical', 'overlaps.ics'));
    if (!oneOffs.success) throw new Error('unreadable');
    expect(writeMarkdown(oneOffs.data)).toContain('*5 events.*');
    expect(writeMarkdown(oneOffs.data)).not.toContain('between');
  });
});
