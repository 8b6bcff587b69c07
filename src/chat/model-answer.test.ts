import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import type { GenerateRequest } from '../models/language-model.ts';
import { configuredModelAt } from '../models/testing/configured-model.ts';
import { hang, replyJson, startScriptedServer } from '../models/testing/scripted-http-server.ts';
import { createScriptedLanguageModel } from '../models/testing/scripted-language-model.ts';
import { askQuestion } from './ask-question.ts';
import { askPassages, askPrompt, passageExcerpt } from './model-answer.ts';

const NOW = new Date('2026-03-12T09:00:00Z');
let index: SearchIndex;

const MAIL = [
  'From: Tomas Rivera <tomas@example.com>',
  'To: Ines Park <ines@example.com>',
  'Subject: Warehouse lease',
  'Date: Tue, 10 Mar 2026 08:15:00 +0000',
  'Message-ID: <lease-1@example.com>',
  '',
  'Hi Ines, the warehouse lease renewal is signed: 3 years at 18,500 euros a month, starting 1 May.',
  'The landlord repaints the loading bay before we move the racks.',
  '',
].join('\r\n');

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'model-answer-'));
  const work = join(folder, 'work');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(work);
  writeFileSync(join(work, 'lease.eml'), MAIL);
  writeFileSync(
    join(work, 'canteen.md'),
    '# Canteen\n\nThe canteen opens at 11:30 and closes at 14:00. Soup of the day costs 4 euros.\n',
  );
  writeFileSync(
    join(work, '华东销售.md'),
    '# 华东区销售简报\n\n第三季度华东区销售额为820万元，同比增长15%，主要来自上海的两个新客户。\n',
  );
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [work], { owner: 'ines' });
}, 120_000);

afterAll(async () => {
  await index?.close();
});

/** The id of the data block whose text contains `needle`, read from the prompt the model got. */
function idOf(request: GenerateRequest, needle: string): string {
  const user = request.messages.at(-1)?.content ?? '';
  for (const block of user.split('</document>')) {
    const id = /<document id="([^"]+)"/.exec(block)?.[1];
    if (id && block.includes(needle)) return id;
  }
  return '999';
}

describe('ask with a model', () => {
  it('sends the passages with id, type, sender and date, today and the language rule; uses the checked JSON answer', async () => {
    const model = createScriptedLanguageModel({
      reply: (request) => ({
        json: {
          sentences: [
            {
              text: 'The warehouse lease was renewed for 3 years at 18,500 euros a month.',
              sources: [Number(idOf(request, 'lease renewal'))],
            },
            { text: 'It starts on 1 May.', sources: [`[${idOf(request, 'lease renewal')}]`] },
          ],
          no_answer: false,
        },
      }),
    });
    const warnings: string[] = [];
    const result = await askQuestion(index, 'What are the terms of the warehouse lease?', {
      now: NOW,
      asUser: 'ines',
      model,
      warn: (warning) => warnings.push(warning.message),
    });
    expect(result).toMatchObject({ engine: 'mock', found: true, kind: 'passages' });
    expect(result.answer).toBe(
      'The warehouse lease was renewed for 3 years at 18,500 euros a month. [1] It starts on 1 May. [1]',
    );
    expect(result.citations).toHaveLength(1);
    expect(result.citations[0]).toMatchObject({ path: expect.stringMatching(/lease\.eml$/) });
    expect(result.citations[0]?.quote).toMatch(/18,500 euros/);
    expect(warnings).toEqual([]);
    const [system, user] = model.calls[0]!.messages;
    expect(system?.content).toContain('Today is Thursday, 12 March 2026.');
    expect(system?.content).toContain('Write in the same language as the question.');
    expect(system?.content).toMatch(/Examples:\nInput:\n<document id="1"/);
    expect(user?.content).toMatch(
      /<document id="\d+" title="Warehouse lease" source="email from Tomas Rivera to Ines Park on 2026-03-10 08:15">/,
    );
    // The question is the request, outside every data block.
    expect(user?.content.trim().endsWith('What are the terms of the warehouse lease?')).toBe(true);
    expect(model.calls[0]?.responseFormat?.type).toBe('json');
  });

  it('drops and counts a sentence its source does not support, keeping the rest', async () => {
    const model = createScriptedLanguageModel({
      reply: (request) => ({
        json: {
          sentences: [
            { text: 'The lease runs 3 years at 18,500 euros a month.', sources: [idOf(request, 'lease')] },
            { text: 'The landlord repaints the loading bay first.', sources: [idOf(request, 'lease')] },
            { text: 'The lease costs 25,000 euros a month.', sources: [idOf(request, 'lease')] },
          ],
          no_answer: false,
        },
      }),
    });
    const warnings: string[] = [];
    const result = await askQuestion(index, 'What are the terms of the warehouse lease?', {
      now: NOW,
      asUser: 'ines',
      model,
      warn: (warning) => warnings.push(warning.message),
    });
    expect(result.engine).toBe('mock');
    expect(result.answer).not.toContain('25,000');
    expect(result.answer).toContain('loading bay');
    expect(warnings).toEqual([
      "1 of the model's 3 sentences was dropped: not supported by the passages it cites.",
    ]);
  });

  it('reads prose with [n] markers from a server that ignores the schema, a marker after the full stop included', async () => {
    const model = createScriptedLanguageModel({
      reply: (request) =>
        `The lease runs 3 years at 18,500 euros a month.[${idOf(request, 'lease')}] It starts on 1 May. [${idOf(request, 'lease')}, 42]`,
    });
    const warnings: string[] = [];
    const result = await askQuestion(index, 'What are the terms of the warehouse lease?', {
      now: NOW,
      asUser: 'ines',
      model,
      warn: (warning) => warnings.push(warning.message),
    });
    expect(result.engine).toBe('mock');
    expect(result.answer).toBe('The lease runs 3 years at 18,500 euros a month. [1] It starts on 1 May. [1]');
    expect(model.calls).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['invalid JSON, twice', ['not json', 'still not json'], /did not return valid JSON/],
    [
      'citations to passages it was not given',
      [{ json: { sentences: [{ text: 'The lease is 3 years.', sources: [77] }], no_answer: false } }],
      /not used: none of the model's 1 sentences was supported/,
    ],
    [
      'no answer',
      [{ json: { sentences: [], no_answer: true } }],
      /not used: the model found no answer in the passages/,
    ],
    [
      'an error',
      [{ error: { code: 'model_unreachable' as const, message: 'The model server is down.' } }],
      /The model server is down \(model_unreachable\); used the builtin answer\./,
    ],
  ])(
    'on %s: gives the builtin answer (never "found nothing") with a warning',
    async (_name, replies, warning) => {
      const model = createScriptedLanguageModel({ replies });
      const warnings: string[] = [];
      const result = await askQuestion(index, 'What are the terms of the warehouse lease?', {
        now: NOW,
        asUser: 'ines',
        model,
        warn: (item) => warnings.push(item.message),
      });
      const builtin = await askQuestion(index, 'What are the terms of the warehouse lease?', {
        now: NOW,
        asUser: 'ines',
      });
      expect(builtin.found).toBe(true);
      expect(result).toEqual(builtin);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(warning);
    },
  );

  it('falls back on a 500 and on a timeout; after the timeout the next question does not wait again', async () => {
    const server = await startScriptedServer([replyJson(500, { error: { message: 'boom' } }), hang]);
    try {
      const broken = configuredModelAt(server.baseUrl, { timeoutMs: 400 });
      const warnings: string[] = [];
      const ask = () =>
        askQuestion(index, 'What are the terms of the warehouse lease?', {
          now: NOW,
          asUser: 'ines',
          model: broken,
          warn: (item) => warnings.push(item.message),
        });
      const first = await ask();
      expect(first).toMatchObject({ engine: 'builtin', found: true });
      expect(warnings[0]).toMatch(/used the builtin answer/);
      const timeoutServer = await startScriptedServer([hang]);
      try {
        const slow = configuredModelAt(timeoutServer.baseUrl, { timeoutMs: 300 });
        const times: number[] = [];
        for (let i = 0; i < 2; i++) {
          const started = performance.now();
          const result = await askQuestion(index, 'What are the terms of the warehouse lease?', {
            now: NOW,
            asUser: 'ines',
            model: slow,
            warn: (item) => warnings.push(item.message),
          });
          times.push(performance.now() - started);
          expect(result.engine).toBe('builtin');
        }
        expect(warnings.at(-2)).toMatch(/did not answer within 300 ms \(timeout\)/);
        expect(times[1]).toBeLessThan(300);
      } finally {
        await timeoutServer.close();
      }
    } finally {
      await server.close();
    }
  });

  it('answers a Chinese question in Chinese: the prompt names the language, the check reads Chinese', async () => {
    const model = createScriptedLanguageModel({
      reply: (request) => ({
        json: {
          sentences: [
            { text: '第三季度华东区销售额为820万元，同比增长15%。', sources: [idOf(request, '华东区')] },
          ],
          no_answer: false,
        },
      }),
    });
    const result = await askQuestion(index, '第三季度华东区的销售额是多少？', {
      now: NOW,
      asUser: 'ines',
      model,
    });
    expect(result).toMatchObject({ engine: 'mock', found: true });
    expect(result.answer).toBe('第三季度华东区销售额为820万元，同比增长15%。 [1]');
    expect(result.citations[0]?.path).toMatch(/华东销售\.md$/);
    expect(model.calls[0]?.messages[0]?.content).toContain(
      'The question is in Chinese, so write in Chinese.',
    );
    expect(model.calls[0]?.maxTokens).toBeGreaterThan(400);
  });
});

describe('the ask prompt', () => {
  it('cuts a long passage around the question: first line, then the lines sharing its words, in order', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `Bank ${i} | ${1000 + i} | ${2000 + i}`);
    const table = [
      'Name | January | February',
      ...rows.slice(0, 120),
      'Harbor Savings | 7731 | 8842',
      ...rows.slice(120),
    ].join('\n');
    const excerpt = passageExcerpt(table, 'What did Harbor Savings report in February?', 300);
    expect(excerpt.length).toBeLessThanOrEqual(320);
    expect(excerpt.split('\n')[0]).toBe('Name | January | February');
    expect(excerpt).toContain('Harbor Savings | 7731 | 8842');
    expect(excerpt).toContain('…');
    expect(passageExcerpt('Short text.', 'anything')).toBe('Short text.');
  });

  it('narrows a wide table to its first column and the column the question names', () => {
    const months = Array.from({ length: 40 }, (_, i) => `M${i + 1}`);
    const header = ['Account', ...months].join(' | ');
    const rows = Array.from({ length: 30 }, (_, r) =>
      [`Account ${r}`, ...months.map((_, c) => String(r * 1000 + c))].join(' | '),
    );
    const excerpt = passageExcerpt(
      [header, ...rows].join('\n'),
      'What is the M17 value of Account 12?',
      2400,
    );
    expect(excerpt.split('\n')[0]).toBe('Account | M17');
    expect(excerpt).toContain('Account 12 | 12016');
  });

  it('puts a follow-up’s earlier questions in the request, outside every data block', () => {
    const prompt = askPrompt('And who pays for it?', [], {
      now: NOW,
      earlierQuestions: ['What is the first question?', 'When is the office move?'],
    });
    expect(prompt.parts.at(-1)).toEqual({
      type: 'request',
      text: 'Earlier in this conversation I asked: "What is the first question?" and "When is the office move?".\nAnd who pays for it?',
    });
  });

  it('keeps the most relevant passages that fit the context budget, in retrieval order', async () => {
    const long = 'The quarterly plan covers hiring, budgets and the office move. '.repeat(40);
    const hits = Array.from({ length: 12 }, (_, i) => ({
      chunkId: i,
      path: `/work/plan-${i}.md`,
      uri: `file:///work/plan-${i}.md`,
      title: `Plan ${i}`,
      locator: { paragraph: 1 },
      score: 12 - i,
      snippet: '',
      text: long,
      type: 'document' as const,
      people: [],
    }));
    const small = askPrompt('What is in the plan?', askPassages(hits), { now: NOW, contextTokens: 2048 });
    const large = askPrompt('What is in the plan?', askPassages(hits), { now: NOW, contextTokens: 16384 });
    expect(small.passages.length).toBeGreaterThan(0);
    expect(small.passages.length).toBeLessThan(large.passages.length);
    expect(small.passages.map((passage) => passage.id)).toEqual(
      large.passages.slice(0, small.passages.length).map((passage) => passage.id),
    );
    expect(small.passages[0]?.source).toBe('document plan-0.md, paragraph 1');
  });
});
