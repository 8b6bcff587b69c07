import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/formats/docx/write-docx.ts';
import type { Document, ParsedFile } from '../../src/formats/model.ts';
import { readBuffer, readFile } from '../../src/formats/read-file.ts';
import { fixedClock } from '../../src/lib/clock.ts';
import { convertWithLibreOffice, pdfPageCount } from '../../src/lib/libreoffice.ts';
import { createBuiltinModel } from '../../src/models/index.ts';
import { createScriptedLanguageModel } from '../../src/models/testing/scripted-language-model.ts';
import { draftDocument, type Reference } from '../../src/skills/draft-document/draft-document.ts';
import { rewriteDocument } from '../../src/skills/rewrite-document/rewrite-document.ts';
import { summarizeParsed } from '../../src/skills/summarize-document/summarize-file.ts';
import { CORPUS, EXAMPLES } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';

const NOW = new Date('2026-03-12T09:00:00Z');
const clock = fixedClock(NOW);
const builtin = createBuiltinModel();

async function read(path: string): Promise<ParsedFile> {
  const result = await readFile(path, { now: NOW });
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

async function references(...names: string[]): Promise<Reference[]> {
  return Promise.all(
    names.map(async (name) => ({ path: join(EXAMPLES, name), parsed: await read(join(EXAMPLES, name)) })),
  );
}

function allText(document: Document): string {
  return document.blocks.map((block) => ('text' in block ? block.text : '')).join('\n');
}

describe('draft', () => {
  it('drafts a memo from the workspace that LibreOffice opens and that reads back with its footnotes', async () => {
    const draft = await draftDocument(
      {
        prompt: 'memo to the leadership team about the Q3 travel budget',
        references: await references('Q3 Business Review.docx', 'Inbox.mbox'),
        now: NOW,
        author: 'Maya Chen',
      },
      builtin,
    );
    expect(draft.type).toBe('memo');
    expect(draft.engine).toBe('builtin');
    expect(draft.citations.length).toBeGreaterThanOrEqual(4);
    const dir = mkdtempSync(join(tmpdir(), 'officemate-draft-'));
    const path = join(dir, 'memo.docx');
    writeFileSync(path, await writeDocx(draft.document, { clock }));
    const pdf = await convertWithLibreOffice(path, { to: 'pdf', outDir: dir });
    expect(await pdfPageCount(pdf)).toBeGreaterThan(0);
    const back = await read(path);
    if (back.type !== 'document') throw new Error('not a document');
    const headings = back.blocks
      .filter((block) => block.kind === 'heading')
      .map((block) => (block.kind === 'heading' ? block.text : ''));
    expect(headings).toEqual([
      'Memo: The Q3 travel budget',
      'Purpose',
      'Background',
      'Details',
      'Next steps',
      // Dated deadlines and figures of the references that the sections did not take.
      'Key dates and figures',
    ]);
    const footnotes = back.blocks.filter((block) => block.kind === 'note' && block.noteKind === 'footnote');
    expect(footnotes).toHaveLength(draft.citations.length);
    // Every cited passage is a real sentence of the cited reference.
    for (const citation of draft.citations) {
      const source = await read(citation.path);
      const text =
        source.type === 'mailbox'
          ? source.messages.map((message) => message.text).join('\n')
          : source.type === 'document'
            ? allText(source)
            : '';
      expect(text.replace(/\s+/g, ' ')).toContain(citation.quote.slice(0, 40));
    }
    expect(allText(back)).toMatch(/travel budget by 10%/);
  });

  it('marks every section it cannot fill instead of inventing it', async () => {
    const draft = await draftDocument(
      { prompt: 'write a proposal for a new customer portal', references: [], now: NOW },
      builtin,
    );
    expect(draft.type).toBe('proposal');
    expect(draft.citations).toEqual([]);
    expect(draft.sections.every((section) => !section.filled)).toBe(true);
    const placeholders = draft.document.blocks.filter(
      (block) => block.kind === 'paragraph' && block.runs?.[0]?.text.startsWith('[To complete:'),
    );
    expect(placeholders).toHaveLength(draft.sections.length);
    // No author was given: the file names none, and reads back with no byline and no
    // "Page  of" left by its page-number footer.
    const back = await readBuffer('proposal.docx', await writeDocx(draft.document, { clock }));
    if (!back.success || back.data.type !== 'document') throw new Error('not a document');
    expect(back.data.metadata.author).toBeUndefined();
    expect(back.data.blocks.filter((block) => block.kind === 'note')).toEqual([]);
  });

  it('plans around free time in the calendar and takes details from the prompt', async () => {
    const draft = await draftDocument(
      {
        prompt: 'plan for a customer visit to Berlin next week',
        references: await references('Calendar.ics'),
        now: NOW,
      },
      builtin,
    );
    expect(draft.type).toBe('plan');
    const items = draft.document.blocks
      .filter((block) => block.kind === 'list-item')
      .map((block) => (block.kind === 'list-item' && 'text' in block ? block.text : ''));
    expect(items).toContain('Where: Berlin');
    const schedule = items.filter((item) =>
      /^(Monday|Tuesday|Wednesday|Thursday|Friday), \d+ March 2026: free/.test(item ?? ''),
    );
    expect(schedule.length).toBeGreaterThanOrEqual(3);
    expect(schedule[0]).toMatch(/^Monday, 16 March 2026/);
  });

  it('with a model, keeps only sentences whose citations point at real passages that support them', async () => {
    let quoted = '';
    const model = createScriptedLanguageModel({
      reply: (request) => {
        // The first sentence of the first passage shown, cited to it, and a claim citing a passage that does not exist.
        const user = request.messages.at(-1)?.content ?? '';
        const first = /<document id="(\d+)"[^>]*>\n([\s\S]*?)\n<\/document>/.exec(user);
        quoted = (first?.[2] ?? '').split(/(?<=[.!?])\s+/)[0] ?? '';
        return {
          json: {
            sentences: [
              { text: quoted, sources: [Number(first?.[1] ?? 1)] },
              { text: 'An invented claim.', sources: [99] },
            ],
            no_answer: false,
          },
        };
      },
    });
    const draft = await draftDocument(
      { prompt: 'memo about the Q3 travel budget', references: await references('Inbox.mbox'), now: NOW },
      model,
    );
    expect(draft.engine).toBe('mock');
    const text = draft.document.blocks
      .map((block) => ('runs' in block && block.runs ? block.runs.map((run) => run.text).join('') : ''))
      .join('\n');
    expect(quoted.length).toBeGreaterThan(0);
    expect(text).toContain(quoted);
    expect(text).not.toContain('An invented claim.');
    expect(
      draft.warnings.some((warning) => /1 of the model's sentences .* was dropped/.test(warning.message)),
    ).toBe(true);
  });
});

describe('summarize and draft over a calendar with an event that cannot be read', () => {
  it('name that event in their warnings, with the file it is in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'officemate-read-warnings-'));
    const calendar = join(dir, 'orchard.ics');
    writeFileSync(
      calendar,
      [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:pruning-day',
        'DTSTART:20310211T090000Z',
        'SUMMARY:Pruning day in the lower orchard',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:cider-press',
        'DTSTART:20310218T::',
        'SUMMARY:Cider press hire',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    const unread = /^orchard\.ics: Event "Cider press hire" \(UID cider-press\) could not be read: /;
    const summarized = await runCli(['summarize', calendar, '--json', '--now', '2031-02-01T09:00:00Z']);
    expect(summarized.code).toBe(0);
    expect(
      JSON.parse(summarized.stdout).warnings.map((warning: { message: string }) => warning.message),
    ).toEqual(expect.arrayContaining([expect.stringMatching(unread)]));
    const drafted = await runCli([
      'draft',
      'a memo on the orchard work',
      '--ref',
      calendar,
      '-o',
      join(dir, 'memo.docx'),
      '--json',
      '--now',
      '2031-02-01T09:00:00Z',
    ]);
    expect(drafted.code).toBe(0);
    expect(
      JSON.parse(drafted.stdout).warnings.map((warning: { message: string }) => warning.message),
    ).toEqual(expect.arrayContaining([expect.stringMatching(unread)]));
  });
});

describe('summarize', () => {
  it('summarizes a real Word file with citations that resolve to its passages', async () => {
    const path = join(CORPUS, 'office', 'docx', 'tika_testWORD_features.docx');
    const parsed = await read(path);
    const summary = summarizeParsed(parsed, path, 'short');
    expect(summary.citations.length).toBeGreaterThan(0);
    const text = parsed.type === 'document' ? allText(parsed) : '';
    for (const citation of summary.citations) {
      expect(text.replace(/\s+/g, ' ')).toContain(citation.quote);
      expect(citation.uri).toMatch(/^file:\/\/.*#paragraph=\d+/);
    }
    expect(summary.summary).toMatch(/\[1\]/);
  });

  it('summarizes a protocol whose prose lies in table cells, and says so when a file has no sentence at all', async () => {
    const path = join(CORPUS, 'office', 'docx', 'poi_60329.docx');
    const summary = summarizeParsed(await read(path), path, 'medium');
    expect(summary.summary).toMatch(/phase II, randomized, double-blinded, placebo-controlled trial/);
    // Labels and figures of the form ("Version No.:", "1.0 Dated 06/22/2015") are not sentences.
    expect(summary.summary).not.toMatch(/Version No/);
    expect(summary.warnings).toEqual([]);
    const cells = join(CORPUS, 'office', 'docx', 'pandoc_table_with_list_cell.docx');
    const empty = summarizeParsed(await read(cells), cells, 'medium');
    expect(empty.sentences).toEqual([]);
    expect(empty.warnings[0]?.message).toMatch(/No sentence to summarize/);
  });

  it('summarizes a recurring event once, with how often it repeats, not occurrence by occurrence', async () => {
    const path = join(CORPUS, 'calendar', 'icaljs', 'samples__daily_recur.ics');
    const summary = summarizeParsed(await read(path), path, 'medium');
    expect(summary.sentences).toHaveLength(1);
    // On the event's own clock (DTSTART 05:00 in Los Angeles), the zone named.
    expect(summary.summary).toBe(
      'Every day recurring, every day from 2012-08-01 05:00 America/Los_Angeles. [1]',
    );
  });
});

describe('rewrite', () => {
  it('makes the sample report shorter, keeping headings, tables and images, and LibreOffice opens it', async () => {
    const path = join(EXAMPLES, 'Q3 Business Review.docx');
    const original = await read(path);
    if (original.type !== 'document') throw new Error('not a document');
    const result = await rewriteDocument(original, 'shorter', builtin);
    expect(result.engine).toBe('builtin');
    expect(result.wordsAfter).toBeLessThan(result.wordsBefore * 0.85);
    const kinds = (document: Document) =>
      document.blocks
        .filter((block) => block.kind !== 'paragraph' && block.kind !== 'list-item')
        .map((block) => block.kind);
    expect(kinds(result.document)).toEqual(kinds(original));
    const dir = mkdtempSync(join(tmpdir(), 'officemate-rewrite-'));
    const out = join(dir, 'short.docx');
    writeFileSync(out, await writeDocx(result.document, { clock }));
    expect(await pdfPageCount(await convertWithLibreOffice(out, { to: 'pdf', outDir: dir }))).toBeGreaterThan(
      0,
    );
    const back = await read(out);
    if (back.type !== 'document') throw new Error('not a document');
    expect(back.blocks.filter((block) => block.kind === 'heading').length).toBe(
      original.blocks.filter((block) => block.kind === 'heading').length,
    );
    expect(back.blocks.filter((block) => block.kind === 'table').length).toBe(
      original.blocks.filter((block) => block.kind === 'table').length,
    );
  });

  it("keeps the source's own footer in the rewritten file, page number aside, and LibreOffice opens it (poi_stress017.docx)", async () => {
    const original = await read(join(CORPUS, 'office', 'docx', 'poi_stress017.docx'));
    if (original.type !== 'document') throw new Error('not a document');
    const result = await rewriteDocument(original, 'shorter', builtin);
    const dir = mkdtempSync(join(tmpdir(), 'officemate-rewrite-'));
    const out = join(dir, 'short.docx');
    writeFileSync(out, await writeDocx(result.document, { clock }));
    expect(await pdfPageCount(await convertWithLibreOffice(out, { to: 'pdf', outDir: dir }))).toBeGreaterThan(
      0,
    );
    const back = await read(out);
    if (back.type !== 'document') throw new Error('not a document');
    const footers = back.blocks.flatMap((block) =>
      block.kind === 'note' && block.noteKind === 'footer' ? block.text.split('\n') : [],
    );
    expect(footers[0]).toBe(
      'Regionalna Dyrekcja Lasów Państwowych w Białymstoku, ul. Lipowa 51, 15-424 Białystok',
    );
    // The source's rendered page number ("2") is left to the page field, whose empty
    // value reads back as nothing (not "Page  of").
    expect(footers).not.toContain('2');
    expect(footers).toHaveLength(2);
  });

  it('says a tone change needs a model on the builtin engine, and uses one when configured', async () => {
    const document: Document = {
      type: 'document',
      format: 'md',
      metadata: {},
      blocks: [
        {
          kind: 'paragraph',
          text: 'hey folks, the numbers look great this time around',
          locator: { paragraph: 1 },
        },
      ],
    };
    await expect(rewriteDocument(document, 'formal', builtin)).rejects.toMatchObject({
      code: 'model_capability',
    });
    const model = createScriptedLanguageModel({
      replies: [{ json: { text: 'The results for this period are very good.' } }],
    });
    const result = await rewriteDocument(document, 'formal', model);
    expect(result.document.blocks[0]).toMatchObject({ text: 'The results for this period are very good.' });
    expect(result.engine).toBe('mock');
  });
});
