import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CORPUS, TINY_MODEL } from '../../../test/helpers/paths.ts';
import type { Document, ParsedFile } from '../../formats/model.ts';
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
import { createScriptedLanguageModel } from '../../models/testing/scripted-language-model.ts';
import { summarizeFile } from './summarize-with-model.ts';

const NOW = new Date('2026-03-12T09:00:00Z');
const MEETING = join(CORPUS, 'meetings', 'qmsum', 'test', 'Bed003.json');
const MAILBOX = join('allen-p', 'straw.mbox');
const JAPANESE = join(CORPUS, 'office', 'docx', 'poi_stress019.docx');

async function read(path: string): Promise<ParsedFile> {
  const result = await readFile(path, { now: NOW });
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

/** The data blocks of a request, as the model sees them: id → text. */
function blocksOf(request: GenerateRequest): Map<string, string> {
  const user = request.messages.find((message) => message.role === 'user')?.content ?? '';
  return new Map(
    [...user.matchAll(/<document id="([^"]+)"[^>]*>\n([\s\S]*?)\n<\/document>/g)].map((match) => [
      match[1]!,
      match[2]!,
    ]),
  );
}

/** A model that summarizes by quoting the first sentence of the first blocks it was shown, citing them. */
function quotingModel(extra: { text: string; sources: (number | string)[] }[] = []) {
  return createScriptedLanguageModel({
    reply: (request) => {
      const blocks = [...blocksOf(request)].slice(0, 3);
      return {
        json: {
          sentences: [
            ...blocks.map(([id, text]) => ({
              text: text.split(/(?<=[.!?。])\s*/)[0]!,
              sources: [Number(id)],
            })),
            ...extra,
          ],
          no_answer: false,
        },
      };
    },
  });
}

const memo: Document = {
  type: 'document',
  format: 'md',
  metadata: { title: 'Travel budget' },
  blocks: [
    { kind: 'heading', level: 1, text: 'Travel budget', locator: { paragraph: 1 } },
    {
      kind: 'paragraph',
      text: 'On 12 March 2026 Maya Chen told the Berlin team that the Q3 travel budget of €48,000 would be cut by 10%. The cut applies to all conference trips.',
      locator: { paragraph: 2 },
    },
    {
      kind: 'paragraph',
      text: 'Omar Haddad will review every request above €1,500 before it is booked. Requests go through the finance portal.',
      locator: { paragraph: 3 },
    },
    {
      kind: 'paragraph',
      text: 'Team offsites are not affected this quarter, and the training budget stays the same.',
      locator: { paragraph: 4 },
    },
  ],
};

describe('summarize with a model', () => {
  it('sends one prompt with the task, the schema, an example, the date and the passages as data, and uses the answer', async () => {
    const model = quotingModel();
    const summary = await summarizeFile(memo, 'travel.md', { model, now: NOW, length: 'short' });
    expect(model.calls).toHaveLength(1);
    const [system, user] = model.calls[0]!.messages;
    expect(system?.role).toBe('system');
    expect(system?.content).toContain('Today is Thursday, 12 March 2026.');
    expect(system?.content).toContain('"no_answer"');
    expect(system?.content).toContain('Examples:');
    expect(system?.content).toContain('Write in the same language as the documents.');
    // The request sits after the data blocks, outside them.
    expect(user?.content).toMatch(/<\/document>\n\nSummarize "Travel budget" in at most 3 sentences\.$/);
    expect(user?.content).toContain(
      '<document id="1" title="Travel budget" source="document travel.md, paragraph 2">',
    );
    expect(model.calls[0]?.responseFormat?.type).toBe('json');
    expect(summary.engine).toBe('mock');
    expect(summary.warnings).toEqual([]);
    expect(summary.sentences.map((sentence) => sentence.text)).toEqual([
      'On 12 March 2026 Maya Chen told the Berlin team that the Q3 travel budget of €48,000 would be cut by 10%.',
      'Omar Haddad will review every request above €1,500 before it is booked.',
      'Team offsites are not affected this quarter, and the training budget stays the same.',
    ]);
    expect(summary.citations.map((citation) => citation.locator)).toEqual([
      { paragraph: 2 },
      { paragraph: 3 },
      { paragraph: 4 },
    ]);
    expect(summary.summary).toMatch(/cut by 10%\. \[1\]/);
  });

  it('drops sentences with a bad citation or no support, counts them, and keeps the rest', async () => {
    const model = quotingModel([
      { text: 'The CEO resigned over the cuts.', sources: [2] },
      { text: 'Travel is cut by 10%.', sources: [42] },
    ]);
    const summary = await summarizeFile(memo, 'travel.md', { model, now: NOW, length: 'medium' });
    expect(summary.engine).toBe('mock');
    expect(summary.sentences).toHaveLength(3);
    expect(summary.summary).not.toContain('CEO');
    expect(summary.warnings).toEqual([
      {
        type: 'lossy',
        message: "2 of the model's 5 sentences were dropped: not supported by the passages they cite.",
      },
    ]);
  });

  it('falls back to the builtin summary, with a warning, when too little survives or the JSON is invalid', async () => {
    const invented = createScriptedLanguageModel({
      replies: [
        {
          json: {
            sentences: [
              { text: 'Revenue doubled in Q3.', sources: [1] },
              { text: 'The Paris office closes in May.', sources: [9] },
            ],
            no_answer: false,
          },
        },
      ],
    });
    const builtin = await summarizeFile(memo, 'travel.md', { model: createBuiltinModel() });
    const fromInvented = await summarizeFile(memo, 'travel.md', { model: invented, now: NOW });
    expect(fromInvented).toMatchObject({ engine: 'builtin', summary: builtin.summary });
    expect(fromInvented.warnings[0]?.message).toMatch(/none of the model's 2 sentences was supported/);

    const broken = createScriptedLanguageModel({ replies: ['Here is your summary: travel is cut.'] });
    const fromBroken = await summarizeFile(memo, 'travel.md', { model: broken, now: NOW });
    expect(broken.calls).toHaveLength(2); // the answer, then one repair attempt
    expect(fromBroken.engine).toBe('builtin');
    expect(fromBroken.warnings[0]?.message).toMatch(
      /did not return valid JSON.*\(model_output_invalid\); used the builtin summary/,
    );
  });

  it('falls back on a 500 and on a timeout, and after a timeout later summaries do not wait again', async () => {
    const configured = (baseUrl: string, timeoutMs = 200) => configuredModelAt(baseUrl, { timeoutMs });
    servers.push(await startScriptedServer([replyJson(500, { error: { message: 'CUDA out of memory' } })]));
    const failing = await summarizeFile(memo, 'travel.md', {
      model: configured(servers[0]!.baseUrl, 10_000),
      now: NOW,
    });
    expect(failing.engine).toBe('builtin');
    expect(failing.warnings[0]?.message).toMatch(/HTTP 500.*\(model_unreachable\); used the builtin summary/);

    servers.push(await startScriptedServer([hang]));
    const slow = configured(servers[1]!.baseUrl, 1_000);
    const first = await summarizeFile(memo, 'travel.md', { model: slow, now: NOW });
    expect(first.warnings[0]?.message).toMatch(/\(timeout\)/);
    const started = performance.now();
    const second = await summarizeFile(memo, 'travel.md', { model: slow, now: NOW });
    expect(performance.now() - started).toBeLessThan(500);
    expect(second.engine).toBe('builtin');
    expect(servers[1]!.requests).toHaveLength(1);
  });

  it('shows a real meeting to the model as turns with speaker and time, central passages within the context', async () => {
    const model = quotingModel();
    const summary = await summarizeFile(await read(MEETING), MEETING, {
      model,
      now: NOW,
      contextTokens: 2048,
    });
    const request = model.calls[0]!;
    const user = request.messages.at(-1)?.content ?? '';
    expect(user).toMatch(/source="meeting turn by [^"]+"/);
    const shown = blocksOf(request).size;
    expect(shown).toBeGreaterThan(3);
    // The prompt fits the context: ~4 characters a token, with room left for the answer.
    const promptChars = request.messages.reduce((sum, message) => sum + message.content.length, 0);
    expect(promptChars / 4 + (request.maxTokens ?? 0)).toBeLessThan(2048);
    expect(summary.engine).toBe('mock');
    expect(summary.citations.every((citation) => citation.locator.turn !== undefined)).toBe(true);
  });

  it('shows mail with its subject, sender, recipients and date', async () => {
    const path = join(CORPUS, 'email', 'enron', MAILBOX);
    const model = quotingModel();
    const summary = await summarizeFile(await read(path), path, { model, now: NOW });
    const user = model.calls[0]?.messages.at(-1)?.content ?? '';
    expect(user).toMatch(
      /<document id="\d+" title="[^"]+" source="email from [^"]+ to [^"]+ on \d{4}-\d\d-\d\d \d\d:\d\d">/,
    );
    expect(summary.engine).toBe('mock');
    expect(summary.citations[0]?.locator.messageId).toBeTruthy();
  });

  it('tells the model to answer in Japanese for a Japanese document', async () => {
    const model = quotingModel();
    const summary = await summarizeFile(await read(JAPANESE), JAPANESE, { model, now: NOW });
    expect(model.calls[0]?.messages[0]?.content).toContain(
      'The documents are in Japanese, so write in Japanese.',
    );
    expect(summary.engine).toBe('mock');
    expect(summary.sentences.length).toBeGreaterThan(0);
  });

  it('says so when a configured model is not used for a workbook', async () => {
    const model = quotingModel();
    const path = join(CORPUS, 'tables', 'dabench', 'tables', 'Current_Logan.csv');
    const workbook = await read(path);
    expect(workbook.type).toBe('workbook');
    const summary = await summarizeFile(workbook, path, { model });
    expect(model.calls).toHaveLength(0);
    expect(summary.warnings[0]).toMatchObject({ type: 'unsupported' });
  });

  it('goes through a real GGUF model (plumbing only: the tiny model writes nonsense)', async () => {
    const model = createLlamaCppModel({ modelPath: TINY_MODEL, threads: 1 });
    const summary = await summarizeFile(memo, 'travel.md', { model, now: NOW, contextTokens: 512 });
    // Its JSON is schema-constrained; its words support nothing, so the builtin summary stands, with the reason.
    expect(['llama-cpp', 'builtin']).toContain(summary.engine);
    if (summary.engine === 'builtin') expect(summary.warnings).toHaveLength(1);
    expect(summary.citations.length).toBeGreaterThan(0);
  }, 60_000);
});

const servers: ScriptedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(releaseLanguageModels);
