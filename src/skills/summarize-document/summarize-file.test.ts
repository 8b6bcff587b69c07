import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import type { Document } from '../../formats/model.ts';
import { readFile } from '../../formats/read-file.ts';
import { summarizeParsed, titleOf } from './summarize-file.ts';

describe('the title of a summarized document', () => {
  it('is never the heading of its table of contents', () => {
    const document: Document = {
      type: 'document',
      format: 'docx',
      metadata: {},
      blocks: [
        { kind: 'paragraph', text: 'Harbour Quarterly', locator: { paragraph: 1 } },
        { kind: 'heading', level: 2, text: 'Contents', locator: { paragraph: 2 } },
        { kind: 'paragraph', text: 'Ferry news / 2', locator: { paragraph: 3 } },
        { kind: 'heading', level: 1, text: '1. Ferry news', locator: { paragraph: 4 } },
        { kind: 'paragraph', text: 'The ferry runs twice a day from May.', locator: { paragraph: 5 } },
      ],
    };
    expect(titleOf(document, '/files/quarterly.docx')).toBe('Harbour Quarterly');
  });

  it('names a real journal issue by its masthead, not "Inhalt" (poi_stress008.docx)', async () => {
    const path = join(CORPUS, 'office', 'docx', 'poi_stress008.docx');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    expect(titleOf(read.data, path)).toBe('C.G.JUNG-FORUM');
  });
});

describe('the sentences of a summary', () => {
  it('are never one that ends on a colon, introducing what the summary leaves out (poi_stress018.docx)', async () => {
    const path = join(CORPUS, 'office', 'docx', 'poi_stress018.docx');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    const summary = summarizeParsed(read.data, path);
    expect(summary.citations.length).toBeGreaterThan(3);
    for (const citation of summary.citations) expect(citation.quote.trim()).not.toMatch(/:["'”’*)\]]*$/);
  });
});

describe('the sentences of a summary of numbered rules (poi_stress015.docx)', () => {
  it('do not open with the number or letter of their list item', async () => {
    const path = join(CORPUS, 'office', 'docx', 'poi_stress015.docx');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    const summary = summarizeParsed(read.data, path);
    expect(summary.sentences.length).toBeGreaterThan(3);
    // The numbered articles are still chosen, without their numbers.
    expect(summary.citations.some((citation) => /^\s*\d{1,2}\.\s/.test(citation.quote))).toBe(true);
    for (const sentence of summary.sentences) expect(sentence.text).not.toMatch(/^(?:\d{1,2}|[a-z])[.)]\s/);
  });
});

describe('the sentences of a summary of a form', () => {
  it('are never a field with its blank to fill in', () => {
    const lines = [
      'The harbour office issues berth permits to boat owners for the summer season.',
      'A berth permit application names the boat owner, the boat and the berth permit wanted.',
      'Boat owner applying for the berth permit…………………………… boat name……………… berth……………',
      'The harbour office answers every berth permit application within ten days.',
      'Berth permits are valid from May to September.',
      'Signed by the boat owner: ______________________ date of the berth permit application ________',
    ];
    const document: Document = {
      type: 'document',
      format: 'pdf',
      metadata: {},
      blocks: lines.map((text, i) => ({ kind: 'paragraph', text, locator: { page: 1, paragraph: i + 1 } })),
    };
    // A long summary of six lines would take every one of them.
    const summary = summarizeParsed(document, '/files/berths.pdf', 'long');
    expect(summary.sentences.length).toBeGreaterThan(1);
    for (const sentence of summary.sentences) expect(sentence.text).not.toMatch(/…{3}|_{4}/);
  });
});

describe('the citations of a summary', () => {
  const summarize = async (folder: string, name: string) => {
    const path = join(CORPUS, 'office', folder, name);
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    return summarizeParsed(read.data, path);
  };

  it('name each cited passage once: five sentences of one paragraph cite it once (tika_testWORD_features.docx)', async () => {
    const summary = await summarize('docx', 'tika_testWORD_features.docx');
    expect(summary.sentences.length).toBeGreaterThan(1);
    expect(summary.citations).toHaveLength(1);
    expect(summary.sentences.every((sentence) => sentence.citations.join() === '1')).toBe(true);
    // The mark stands once, after the run of sentences it covers.
    expect(summary.summary.match(/\[1\]/g)).toHaveLength(1);
    expect(summary.summary).toMatch(/\[1\]$/);
    const uris = summary.citations.map((citation) => citation.uri);
    expect(new Set(uris).size).toBe(uris.length);
  });

  it('are distinct places in a longer document, numbered by first use (poi_stress018.docx)', async () => {
    const summary = await summarize('docx', 'poi_stress018.docx');
    const uris = summary.citations.map((citation) => citation.uri);
    expect(new Set(uris).size).toBe(uris.length);
    expect(summary.citations.map((citation) => citation.n)).toEqual(uris.map((_, i) => i + 1));
  });
});

describe('the summary of a deck', () => {
  it('never quotes a footer placeholder as slide text (tika_testPPT_masterFooter.pptx, poi_layouts.pptx)', async () => {
    const path = join(CORPUS, 'office', 'pptx', 'tika_testPPT_masterFooter.pptx');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    const summary = summarizeParsed(read.data, path);
    expect(summary.summary).not.toContain('Master footer');
    expect(summary.citations).toEqual([]);
    const layouts = join(CORPUS, 'office', 'pptx', 'poi_layouts.pptx');
    const deck = await readFile(layouts);
    if (!deck.success) throw new Error('the corpus file does not read');
    expect(summarizeParsed(deck.data, layouts).summary).not.toMatch(
      /October 21, 2011|Apache Software Foundation/,
    );
  });
});

describe('summaries of real files a user picked at random', () => {
  const summarize = async (...parts: string[]) => {
    const path = join(CORPUS, ...parts);
    const read = await readFile(path);
    if (!read.success) throw new Error(`${path} does not read`);
    return summarizeParsed(read.data, path);
  };

  it('say why a calendar with no readable event has no summary (an event whose start is "INVALID-DATE")', async () => {
    const summary = await summarize(
      'calendar',
      'python-icalendar',
      'calendars__issue_1081_invalid_start_and_end.ics',
    );
    expect(summary.summary).toBe('');
    expect(summary.warnings.map((warning) => warning.message)).toEqual([
      'No event to summarize: the calendar holds no event with a readable date.',
    ]);
  });

  it('never quote a file of reply links ("1003 1004 -") as a sentence (irc stripe.1.annotation.txt)', async () => {
    const summary = await summarize('chats', 'irc-disentanglement', 'new-domains', 'stripe.1.annotation.txt');
    expect(summary.summary).toBe('');
    expect(summary.warnings[0]?.message).toMatch(/^No sentence to summarize/);
  });

  it('count one contact and one row in the singular, and list defined tables apart from columns', async () => {
    expect(
      (await summarize('contacts', 'ez-vcard', 'ezvcard__io__xml__rfc6351-example.xml')).summary,
    ).toMatch(/^1 contact: Simon Perreault\./);
    expect((await summarize('office', 'xlsx', 'poi_55745.xlsx')).summary).toBe(
      'Sheet "Sheet2" holds 5 rows of data; its columns are 列1, 列1. It has 8 defined tables. [1]',
    );
  });

  it('name a header cell written on two lines on one line (wikitablequestions 200-csv/37.csv)', async () => {
    const summary = await summarize('tables', 'wikitablequestions', 'csv', '200-csv', '37.csv');
    expect(summary.summary).toContain('its columns are Preceded by Alfred Scott, Member of Parliament');
    expect(summary.summary).not.toContain('\n');
  });
});

describe('what counts as a sentence to summarize', () => {
  it('keeps a sentence written without spaces and drops a line of figures', () => {
    const document: Document = {
      type: 'document',
      format: 'docx',
      metadata: {},
      blocks: [
        { kind: 'paragraph', text: '渡船从五月起每天开两班。', locator: { paragraph: 1 } },
        { kind: 'paragraph', text: '1001 1002 - 1002 1003 - 1003 1005 -', locator: { paragraph: 2 } },
      ],
    };
    expect(summarizeParsed(document, '/files/ferry.docx').summary).toBe('渡船从五月起每天开两班。 [1]');
  });
});

describe('a summary of a real meeting transcript (QMSum ES2009a)', () => {
  it('quotes the turns without transcript markup, fillers or a comma before the end', async () => {
    const path = join(CORPUS, 'meetings', 'qmsum', 'val', 'ES2009a.json');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    const summary = summarizeParsed(read.data, path);
    expect(summary.sentences.length).toBeGreaterThan(4);
    expect(summary.summary).not.toMatch(/\{\w+\}|\b(?:um|uh)\b|\s[,.](?:\s|$)|,\./);
    expect(summary.summary).toContain('Things we like about the city you know.');
  });
});
