import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../model.ts';
import { readBuffer } from '../read-file.ts';
import { htmlToText } from './html-to-text.ts';

async function document(name: string, text: string | Buffer): Promise<Document> {
  const result = await readBuffer(name, Buffer.isBuffer(text) ? text : Buffer.from(text));
  if (!result.success) throw new Error(result.error.message);
  expect(result.data.type).toBe('document');
  return result.data as Document;
}

const summary = (blocks: readonly Block[]) =>
  blocks.map((block) => {
    if (block.kind === 'heading') return `h${block.level}:${block.text}`;
    if (block.kind === 'list-item') return `${block.ordered ? 'ol' : 'ul'}${block.level}:${block.text}`;
    if (block.kind === 'table')
      return `table:${block.rows.map((row) => row.map((cell) => cell.text).join('|')).join('/')}`;
    return `${block.kind}:${'text' in block ? block.text : ''}`;
  });

describe('readMarkdown', () => {
  it('reads headings, paragraphs, nested lists, tables, code and quotes with line locators', async () => {
    const md = [
      '---',
      'title: Q3 plan',
      '---',
      '# Quarterly plan',
      '',
      'Intro with **bold**, a [link](https://example.com) and an image ![chart](chart.png).',
      'Same paragraph.',
      '',
      'Risks',
      '-----',
      '',
      '- hiring',
      '- budget',
      '  - travel',
      '    continued',
      '- vendors',
      '',
      '1. plan',
      '2. ship',
      '',
      '| Region | Sales |',
      '|:---|---:|',
      '| North | 10 |',
      '',
      '```sql',
      'select 1;',
      '```',
      '',
      '> Ship it.',
      '',
      '![only an image](x.png)',
    ].join('\n');
    const doc = await document('plan.md', md);
    expect(doc.metadata.title).toBe('Q3 plan');
    expect(summary(doc.blocks)).toEqual([
      'h1:Quarterly plan',
      'paragraph:Intro with bold, a link and an image . Same paragraph.',
      'h2:Risks',
      'ul0:hiring',
      'ul0:budget',
      'ul1:travel continued',
      'ul0:vendors',
      'ol0:plan',
      'ol0:ship',
      'table:Region|Sales/North|10',
      'code:select 1;',
      'quote:Ship it.',
    ]);
    expect(doc.blocks[0]?.locator).toEqual({ paragraph: 1, line: 4 });
    expect(doc.blocks[2]?.locator).toEqual({ paragraph: 3, line: 9 });
    const code = doc.blocks.find((block) => block.kind === 'code');
    expect(code?.kind === 'code' && code.language).toBe('sql');
  });
});

describe('readText', () => {
  it('splits paragraphs on blank lines and guesses only obvious headings', async () => {
    const doc = await document(
      'notes.txt',
      'MEETING NOTES\n\nWe agreed on the plan.\nBudget is fixed.\n\n2.1 Next steps\n\nShip on Friday.\n\nOverview\n========\n\nshort line\n\nThis is not a heading either.',
    );
    expect(summary(doc.blocks)).toEqual([
      'h1:MEETING NOTES',
      'paragraph:We agreed on the plan.\nBudget is fixed.',
      'h2:2.1 Next steps',
      'paragraph:Ship on Friday.',
      'h1:Overview',
      'paragraph:short line',
      'paragraph:This is not a heading either.',
    ]);
    expect(doc.blocks[3]?.locator).toEqual({ paragraph: 4, line: 8 });
  });

  it('reads a short capitalised line over the paragraph it titles as a heading, but no greeting, date or verse', async () => {
    const doc = await document(
      'plan.txt',
      [
        'Spring Plan for the Reading Club',
        '',
        'The club will meet every second Thursday and read one novel a month from March on.',
        '',
        'Budget',
        'The budget for the spring is $1,200, most of it for books and room hire at the library.',
        '',
        'Open questions',
        '',
        'Nobody has yet offered to host the June meeting, and the library closes early in summer.',
        '',
        'Dear Members',
        'Please send your book suggestions to the secretary before the end of February.',
        '',
        '4 February 2027',
        'The committee met and agreed on the first three titles for the spring season.',
        '',
        'Roses are red',
        'Violets are blue',
        'Sugar is sweet.',
      ].join('\n'),
    );
    expect(summary(doc.blocks)).toEqual([
      'h1:Spring Plan for the Reading Club',
      'paragraph:The club will meet every second Thursday and read one novel a month from March on.',
      'h2:Budget',
      'paragraph:The budget for the spring is $1,200, most of it for books and room hire at the library.',
      'h2:Open questions',
      'paragraph:Nobody has yet offered to host the June meeting, and the library closes early in summer.',
      'paragraph:Dear Members\nPlease send your book suggestions to the secretary before the end of February.',
      'paragraph:4 February 2027\nThe committee met and agreed on the first three titles for the spring season.',
      'paragraph:Roses are red\nViolets are blue\nSugar is sweet.',
    ]);
    expect(doc.metadata.title).toBe('Spring Plan for the Reading Club');
  });

  it('reads lines typed with list markers as list items, and a first line over labelled lines or a section as the title', async () => {
    const notes = await document(
      'notes.txt',
      [
        'Garden Committee Notes',
        'Date: 3 March',
        'Attendees: Ann Lee, Raj Patel',
        '',
        'Action items',
        '- Ann Lee: order the soil by March 10.',
        '- Raj Patel: book the van',
        '  for the build weekend.',
        '  * check the trailer hitch',
        '1. Sign the lease.',
        '2) Pay the deposit.',
        '',
        'Prices rose again - we must order early.',
      ].join('\n'),
    );
    // Before: one paragraph "Garden Committee Notes⏎Date: …⏎Attendees: …" (the deck titled by the file name), and
    // the items one paragraph that a shorter rewrite joined into "\- Ann Lee: … - Raj Patel: …".
    expect(summary(notes.blocks)).toEqual([
      'h1:Garden Committee Notes',
      'paragraph:Date: 3 March\nAttendees: Ann Lee, Raj Patel',
      'h2:Action items',
      'ul0:Ann Lee: order the soil by March 10.',
      'ul0:Raj Patel: book the van for the build weekend.',
      'ul1:check the trailer hitch',
      'ol0:Sign the lease.',
      'ol0:Pay the deposit.',
      'paragraph:Prices rose again - we must order early.',
    ]);
    expect(notes.blocks[4]?.locator).toEqual({ paragraph: 5, line: 7 });
    expect(notes.blocks[6]?.locator).toEqual({ paragraph: 7, line: 10 });
    const proposal = await document(
      'proposal.txt',
      'Proposal: Four-Day Rota\n\nSummary\nWe propose a rota of four longer days, while the desk stays open all week.\n',
    );
    // Before: the title line was a paragraph of its own, which drafts citing the file lent as a sentence.
    expect(summary(proposal.blocks)).toEqual([
      'h1:Proposal: Four-Day Rota',
      'h2:Summary',
      'paragraph:We propose a rota of four longer days, while the desk stays open all week.',
    ]);
  });

  it('decodes UTF-16 and windows-1252 text', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße aus Köln', 'utf16le')]);
    expect(summary((await document('a.txt', utf16)).blocks)).toEqual(['paragraph:Grüße aus Köln']);
    expect(summary((await document('b.txt', Buffer.from('Caf\xe9 cr\xe8me', 'latin1'))).blocks)).toEqual([
      'paragraph:Café crème',
    ]);
  });
});

describe('readHtml', () => {
  it('reads headings, paragraphs, lists, tables with spans; drops scripts and styles', async () => {
    const html = `<!doctype html>
<html><head><title>Status</title><style>p { color: red }</style><script>alert('x')</script></head>
<body>
<h1>Weekly status</h1>
<p>All <b>green</b> this&nbsp;week.</p>
<ul><li>Done<ul><li>API</li></ul></li><li>Next</li></ul>
<ol><li>First</li></ol>
<table><tr><th colspan="2">Totals</th></tr><tr><td rowspan="2">Q1</td><td>10</td></tr><tr><td>20</td></tr></table>
<blockquote>Quoted words</blockquote>
<pre>line 1
line 2</pre>
<div>Loose text<p>Inner paragraph</p></div>
<img src="x.png" alt="chart">
</body></html>`;
    const doc = await document('status.html', html);
    expect(doc.metadata.title).toBe('Status');
    expect(summary(doc.blocks)).toEqual([
      'h1:Weekly status',
      'paragraph:All green this week.',
      'ul0:Done',
      'ul1:API',
      'ul0:Next',
      'ol0:First',
      'table:Totals|/Q1|10/|20',
      'quote:Quoted words',
      'code:line 1\nline 2',
      'paragraph:Loose text',
      'paragraph:Inner paragraph',
    ]);
    const table = doc.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.rows[0]).toEqual([
      { text: 'Totals', colSpan: 2 },
      { text: '', merged: true },
    ]);
    expect(table?.kind === 'table' && table.rows[2]?.[0]).toEqual({ text: '', merged: true });
    expect(doc.blocks[0]?.locator).toEqual({ paragraph: 1, line: 4 });
    expect(JSON.stringify(doc)).not.toContain('alert');
  });

  it('turns HTML mail bodies into readable text', () => {
    expect(
      htmlToText('<p>Hi Ana,</p><p>See <a href="x">the plan</a>:</p><ul><li>one</li><li>two</li></ul>'),
    ).toBe('Hi Ana,\n\nSee the plan:\n\n- one\n- two');
  });
});
