import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CORPUS, TINY_MODEL } from '../../../test/helpers/paths.ts';
import type { Document } from '../../formats/model.ts';
import { readFile } from '../../formats/read-file.ts';
import type { GenerateRequest } from '../../models/index.ts';
import { createBuiltinModel, createLlamaCppModel, releaseLanguageModels } from '../../models/index.ts';
import { configuredModelAt } from '../../models/testing/configured-model.ts';
import {
  hang,
  replyJson,
  type ScriptedServer,
  startScriptedServer,
} from '../../models/testing/scripted-http-server.ts';
import {
  createScriptedLanguageModel,
  type ScriptedReply,
} from '../../models/testing/scripted-language-model.ts';
import { rewriteDocument } from './rewrite-document.ts';

const NOW = new Date('2026-03-12T09:00:00Z');

const memo: Document = {
  type: 'document',
  format: 'md',
  metadata: { title: 'Travel budget' },
  blocks: [
    { kind: 'heading', level: 1, text: 'Budget changes', locator: { paragraph: 1 } },
    {
      kind: 'paragraph',
      text: 'As was announced on 12 March 2026 by Maya Chen, it has been decided that the Q3 travel budget of €48,000 is going to be reduced by 10% for everyone in the Berlin team.',
      locator: { paragraph: 2 },
    },
    {
      kind: 'paragraph',
      text: 'Any request that is above €1,500 will, from now on, need to be reviewed by the finance team before anything is booked.',
      locator: { paragraph: 3 },
    },
    { kind: 'paragraph', text: 'Thanks, Maya', locator: { paragraph: 4 } },
  ],
};

/** The paragraph inside the data block of a request. */
function paragraphOf(request: GenerateRequest): string {
  const user = request.messages.at(-1)?.content ?? '';
  return /<document[^>]*>\n([\s\S]*?)\n<\/document>/.exec(user)?.[1] ?? '';
}

const SHORT: Record<string, string> = {
  'As was': 'On 12 March 2026 Maya Chen cut the Berlin team’s Q3 travel budget of €48,000 by 10%.',
  'Any request': 'Finance reviews any request above €1,500 before booking.',
};

function shortening(overrides: Record<string, ScriptedReply> = {}) {
  return createScriptedLanguageModel({
    reply: (request) => {
      const paragraph = paragraphOf(request);
      const key = Object.keys(SHORT).find((start) => paragraph.startsWith(start)) ?? '';
      return overrides[key] ?? { json: { text: SHORT[key] ?? paragraph } };
    },
  });
}

describe('rewrite with a model', () => {
  it('sends each paragraph with the style, the facts rule, an example and its section, and uses the answers', async () => {
    const model = shortening();
    const result = await rewriteDocument(memo, 'shorter', model, { now: NOW });
    // "Thanks, Maya" is under three words: left alone.
    expect(model.calls).toHaveLength(2);
    const [system, user] = model.calls[0]!.messages;
    expect(system?.content).toContain('about half its length');
    expect(system?.content).toContain('Keep every number, date and name exactly as written');
    expect(system?.content).toContain('Today is Thursday, 12 March 2026.');
    expect(system?.content).toMatch(
      /Examples:\nInput:\n<document id="4" title="Team notes" source="document body">\n.*Priya Nair/,
    );
    expect(user?.content).toMatch(
      /^<document id="2" title="Travel budget" source="section &quot;Budget changes&quot;">/,
    );
    expect(user?.content).toMatch(/<\/document>\n\nRewrite paragraph 2 to be shorter\.$/);
    expect(result.engine).toBe('mock');
    expect(result.warnings).toEqual([]);
    expect(result.paragraphs).toEqual([
      { block: 1, engine: 'mock', changed: true },
      { block: 2, engine: 'mock', changed: true },
    ]);
    expect(result.document.blocks[2]).toMatchObject({ text: SHORT['Any request'] });
    expect(result.wordsAfter).toBeLessThan(result.wordsBefore);
  });

  it('falls back for a paragraph whose rewrite loses a number, date or name, and says which and why', async () => {
    const model = shortening({ 'As was': { json: { text: 'Maya Chen cut the travel budget by 10%.' } } });
    const result = await rewriteDocument(memo, 'shorter', model, { now: NOW });
    expect(result.paragraphs).toEqual([
      { block: 1, engine: 'builtin', changed: true },
      { block: 2, engine: 'mock', changed: true },
    ]);
    expect(result.engine).toBe('mock');
    // The builtin rewrite of that paragraph, which keeps its facts.
    expect(result.document.blocks[1]).toMatchObject({
      text: expect.stringMatching(/12 March 2026 by Maya Chen.*€48,000 will be reduced by 10%/),
    });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.message).toMatch(
      /^Paragraph 2: the model's rewrite dropped "12", "2026", "48000", .*"Berlin".*; used the builtin rewrite\.$/,
    );
  });

  it('falls back on invalid JSON, on a rewrite that is not shorter, and keeps the text for a tone it cannot change', async () => {
    const model = shortening({
      'As was': 'I cannot help with that.',
      'Any request': { json: { text: memo.blocks[2]!.kind === 'paragraph' ? memo.blocks[2].text : '' } },
    });
    const result = await rewriteDocument(memo, 'shorter', model, { now: NOW });
    expect(result.engine).toBe('builtin');
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      expect.stringMatching(
        /^Paragraph 2: .*\(after one repair attempt\) \(model_output_invalid\); used the builtin rewrite\.$/,
      ),
      "Paragraph 3: the model's rewrite was not shorter; used the builtin rewrite.",
    ]);
    const formal = await rewriteDocument(memo, 'formal', createScriptedLanguageModel({ replies: ['nope'] }), {
      now: NOW,
    });
    expect(formal.document.blocks).toEqual(memo.blocks);
    expect(formal.warnings[0]?.message).toMatch(/^Paragraphs 2, 3: .*; kept the original text\.$/);
  });

  it('falls back for a rewrite about something else, even with no facts to lose', async () => {
    const plain: Document = {
      type: 'document',
      format: 'md',
      metadata: {},
      blocks: [
        {
          kind: 'paragraph',
          text: 'Our support team answers customer questions by email and chat during office hours, and urgent problems are passed to the engineers on call.',
          locator: { paragraph: 1 },
        },
      ],
    };
    const nonsense = createScriptedLanguageModel({
      replies: [{ json: { text: 'It is a shiny blue boat.' } }],
    });
    const result = await rewriteDocument(plain, 'shorter', nonsense, { now: NOW });
    expect(result.engine).toBe('builtin');
    expect(result.warnings[0]?.message).toBe(
      "Paragraph 1: the model's rewrite shares too few words with the paragraph; used the builtin rewrite.",
    );
    const faithful = createScriptedLanguageModel({
      replies: [
        {
          json: {
            text: 'Support answers customers by email and chat in office hours; on-call engineers take urgent problems.',
          },
        },
      ],
    });
    expect((await rewriteDocument(plain, 'shorter', faithful, { now: NOW })).engine).toBe('mock');
  });

  it('after a 500 or a timeout, the other paragraphs fall back at once, under one warning', async () => {
    const configured = (baseUrl: string, timeoutMs = 200) => configuredModelAt(baseUrl, { timeoutMs });
    const steps = [
      { step: replyJson(500, { error: { message: 'overloaded' } }), timeoutMs: 10_000 },
      { step: hang, timeoutMs: 200 },
    ];
    for (const { step, timeoutMs } of steps) {
      const server = await startScriptedServer([step]);
      servers.push(server);
      const started = performance.now();
      const result = await rewriteDocument(memo, 'simpler', configured(server.baseUrl, timeoutMs), {
        now: NOW,
      });
      // One call's wait, not one per paragraph.
      expect(performance.now() - started).toBeLessThan(timeoutMs === 200 ? 2_000 : 10_000);
      expect(server.requests).toHaveLength(1);
      expect(result.engine).toBe('builtin');
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]?.message).toMatch(
        /^Paragraphs 2, 3: .*\((model_unreachable|timeout)\); used the builtin rewrite\.$/,
      );
    }
  });

  it('rewrites Chinese paragraphs (not "under three words"), with a token budget by characters', async () => {
    const chinese: Document = {
      type: 'document',
      format: 'md',
      metadata: { title: '差旅预算' },
      blocks: [
        {
          kind: 'paragraph',
          text: '根据陈美雅在2026年3月12日的通知，柏林团队第三季度的差旅预算将从4.8万欧元削减10%，所有超过1500欧元的申请都必须先由财务部审核后才能预订。',
          locator: { paragraph: 1 },
        },
      ],
    };
    const model = createScriptedLanguageModel({
      replies: [
        {
          json: {
            text: '陈美雅2026年3月12日通知：柏林团队第三季度差旅预算（4.8万欧元）削减10%，超过1500欧元须先经财务审核。',
          },
        },
      ],
    });
    const result = await rewriteDocument(chinese, 'shorter', model, { now: NOW });
    expect(model.calls).toHaveLength(1);
    expect(model.calls[0]?.messages[0]?.content).toContain(
      'The paragraph is in Chinese, so write in Chinese.',
    );
    const paragraph = chinese.blocks[0]!.kind === 'paragraph' ? chinese.blocks[0].text : '';
    expect(model.calls[0]?.maxTokens).toBeGreaterThanOrEqual(paragraph.length);
    expect(result.paragraphs).toEqual([{ block: 0, engine: 'mock', changed: true }]);

    const lossy = createScriptedLanguageModel({ replies: [{ json: { text: '柏林团队将削减差旅预算。' } }] });
    const fallback = await rewriteDocument(chinese, 'shorter', lossy, { now: NOW });
    expect(fallback.engine).toBe('builtin');
    expect(fallback.warnings[0]?.message).toMatch(/dropped "2026", "3", "12", "4.8", "10", "1500"/);
  });

  it("leaves a paragraph that does not fit the model's context to the builtin path, without calling the model", async () => {
    const model = shortening();
    const result = await rewriteDocument(memo, 'shorter', model, { now: NOW, contextTokens: 300 });
    expect(model.calls).toHaveLength(0);
    expect(result.warnings[0]?.message).toBe(
      "Paragraphs 2, 3: the paragraph is too long for the model's context; used the builtin rewrite.",
    );
  });

  it('sizes the budget of a real Japanese document by characters', async () => {
    const path = join(CORPUS, 'office', 'docx', 'poi_stress019.docx');
    const parsed = await readFile(path, { now: NOW });
    if (!parsed.success || parsed.data.type !== 'document') throw new Error('unreadable');
    const document = { ...parsed.data, blocks: parsed.data.blocks.slice(0, 40) };
    const echo = createScriptedLanguageModel({
      reply: (request) => ({ json: { text: paragraphOf(request) } }),
    });
    const result = await rewriteDocument(document, 'formal', echo, { now: NOW });
    expect(echo.calls.length).toBeGreaterThan(5);
    for (const call of echo.calls) expect(call.maxTokens).toBeGreaterThanOrEqual(paragraphOf(call).length);
    expect(result.warnings).toEqual([]);
  });

  it('goes through a real GGUF model (plumbing only: the tiny model writes nonsense)', async () => {
    const model = createLlamaCppModel({ modelPath: TINY_MODEL, threads: 1 });
    const result = await rewriteDocument(memo, 'shorter', model, { now: NOW, contextTokens: 1024 });
    expect(result.paragraphs).toHaveLength(2);
    // Nonsense keeps none of the names and numbers: each paragraph falls back, and the warnings say why.
    for (const paragraph of result.paragraphs)
      if (paragraph.engine === 'builtin')
        expect(result.warnings.map((warning) => warning.message).join('\n')).toContain(
          `Paragraph ${paragraph.block + 1}`,
        );
  }, 60_000);
});

const servers: ScriptedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(releaseLanguageModels);

describe('prose in table cells', () => {
  it('is made shorter cell by cell on the builtin engine, labels left alone', async () => {
    const document: Document = {
      type: 'document',
      format: 'docx',
      metadata: {},
      blocks: [
        {
          kind: 'table',
          rows: [
            [
              { text: 'Design:' },
              {
                text: 'The ferry study is a two-year count of crossings on the northern route. It runs from March to March. The harbour office keeps the tally sheets in its archive.',
              },
            ],
          ],
          locator: {},
        },
      ],
    };
    const result = await rewriteDocument(document, 'shorter', createBuiltinModel());
    expect(result.paragraphsChanged).toBe(1);
    const table = result.document.blocks[0];
    if (table?.kind !== 'table') throw new Error('the table is gone');
    expect(table.rows[0]?.[0]?.text).toBe('Design:');
    expect(table.rows[0]?.[1]?.text).toMatch(/^The ferry study is a two-year count of crossings/);
    expect(result.wordsAfter).toBeLessThan(result.wordsBefore);
  });

  it('leaves a short cell whole: a dated entry keeps both its sentences and its aside', async () => {
    const entry = 'Harbour Day. Opening of the new north pier (the old timber one) at noon (1924).';
    const document: Document = {
      type: 'document',
      format: 'docx',
      metadata: {},
      blocks: [{ kind: 'table', rows: [[{ text: '12' }, { text: entry }]], locator: {} }],
    };
    const result = await rewriteDocument(document, 'shorter', createBuiltinModel());
    const table = result.document.blocks[0];
    if (table?.kind !== 'table') throw new Error('the table is gone');
    expect(table.rows[0]?.[1]?.text).toBe(entry);
    expect(result.paragraphsChanged).toBe(0);
    // The reader is told why the file came back unchanged.
    expect(result.warnings.map((warning) => warning.message).join(' ')).toMatch(/^Nothing was made shorter/);
  });
});

describe('a document whose text is only short labels (pandoc_0_level_headers.docx)', () => {
  it('counts no paragraph rewritten when only the spacing would change, and says nothing was made shorter', async () => {
    const read = await readFile(join(CORPUS, 'office', 'docx', 'pandoc_0_level_headers.docx'));
    if (!read.success || read.data.type !== 'document') throw new Error('the corpus file does not read');
    const result = await rewriteDocument(read.data, 'shorter', createBuiltinModel());
    // Before: "3 paragraphs rewritten, 11 → 11 words": "Section⇥Page" had become "Section Page".
    expect(result.paragraphsChanged).toBe(0);
    expect(result.wordsAfter).toBe(result.wordsBefore);
    expect(result.warnings.map((warning) => warning.message).join(' ')).toMatch(/^Nothing was made shorter/);
  });
});

describe('a paragraph of lines broken by hand with nothing to make shorter', () => {
  it('keeps its lines', async () => {
    const text = 'Date: 3 March 2027\nAttendees: Ann Lee, Raj Patel';
    const document: Document = {
      type: 'document',
      format: 'txt',
      metadata: {},
      blocks: [{ kind: 'paragraph', text, locator: {} }],
    };
    const result = await rewriteDocument(document, 'shorter', createBuiltinModel());
    // Before: "Date: 3 March 2027 Attendees: Ann Lee, Raj Patel", one line.
    expect(result.document.blocks[0]).toMatchObject({ kind: 'paragraph', text });
    expect(result.paragraphsChanged).toBe(0);
  });
});

describe('numbered clauses run into one paragraph (as PDF text has them)', () => {
  it('are all kept when made shorter: dropping one would drop a clause of the order', async () => {
    const clauses =
      'The council resolves: 1. Amend the order of 2 May by striking the words «Harbour district» 2. Add to clause 3.5 the words on tenders. 3. This order takes effect on publication.';
    const document: Document = {
      type: 'document',
      format: 'pdf',
      metadata: {},
      blocks: [{ kind: 'paragraph', text: clauses, locator: { page: 1, paragraph: 1 } }],
    };
    const result = await rewriteDocument(document, 'shorter', createBuiltinModel());
    const text = result.document.blocks[0]?.kind === 'paragraph' ? result.document.blocks[0].text : '';
    for (const clause of ['1. Amend the order', '2. Add to clause 3.5', '3. This order takes effect'])
      expect(text).toContain(clause);
  });
});

describe('sentences cut at a false stop', () => {
  const shortened = async (name: string): Promise<string[]> => {
    const read = await readFile(join(CORPUS, 'office', 'docx', name));
    const parsed = read.success ? read.data : undefined;
    if (parsed?.type !== 'document') throw new Error(`${name} is not a document`);
    const result = await rewriteDocument(parsed, 'shorter', createBuiltinModel());
    return result.document.blocks.flatMap((block) =>
      block.kind === 'paragraph' || block.kind === 'list-item' ? [block.text] : [],
    );
  };

  it('keeps that sentence: a line broken by hand is not cut in half (poi_stress015.docx)', async () => {
    const texts = await shortened('poi_stress015.docx');
    const line = texts.find((text) => text.startsWith('dispositions de la FIFA'));
    expect(line).toBe('dispositions de la FIFA. Seuls les arbitres ayant déposé un dossier');
    expect(texts).toContain('d’engagement complet prendront part à ce test.');
  });

  it('keeps a name cut at an abbreviation whole (poi_stress017.docx, "Zespół ds. …")', async () => {
    const texts = await shortened('poi_stress017.docx');
    expect(texts).toContain('Zespół ds. Koordynacji Projektów Rozwojowych');
    expect(texts).not.toContain('Zespół ds.');
  });

  it('keeps a numbered item of a decree with its verb: the next "sentence" opens in lower case (poi_stress003.docx)', async () => {
    const texts = await shortened('poi_stress003.docx');
    const item = texts.find((text) => text.includes('указанных договоров может осуществляться путем'));
    expect(item).toMatch(/^Дополнить п 3\.5 по тексту Постановления/);
  });

  it('still drops the less central of two finished sentences', () => {
    const document: Document = {
      type: 'document',
      format: 'docx',
      metadata: {},
      blocks: [
        {
          kind: 'paragraph',
          text: 'The ferry timetable changes on 1 June. The harbour café will also repaint its sign and the old bench by the pier, which nobody minds.',
          locator: { paragraph: 1 },
        },
      ],
    };
    return rewriteDocument(document, 'shorter', createBuiltinModel()).then((result) => {
      expect(result.wordsAfter).toBeLessThan(result.wordsBefore);
    });
  });
});
