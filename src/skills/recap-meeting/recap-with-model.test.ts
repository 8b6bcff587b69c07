import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CORPUS, TINY_MODEL } from '../../../test/helpers/paths.ts';
import type { Transcript } from '../../formats/model.ts';
import { readFile } from '../../formats/read-file.ts';
import { parseVtt } from '../../formats/transcript/read-vtt.ts';
import { createLlamaCppModel, type GenerateRequest, releaseLanguageModels } from '../../models/index.ts';
import { configuredModelAt } from '../../models/testing/configured-model.ts';
import {
  hang,
  replyJson,
  type ScriptedServer,
  startScriptedServer,
} from '../../models/testing/scripted-http-server.ts';
import { createScriptedLanguageModel } from '../../models/testing/scripted-language-model.ts';
import { recapMeeting } from './recap-meeting.ts';
import { recapWithModel } from './recap-with-model.ts';

const NOW = new Date('2026-03-12T09:00:00Z');
const transcript = parseVtt(
  readFileSync(join(import.meta.dirname, '__fixtures__', 'launch-review.vtt'), 'utf8'),
);

/** Turn blocks as the model sees them: id → { source, text }. */
function turnsOf(request: GenerateRequest): Map<string, { source: string; text: string }> {
  const user = request.messages.find((message) => message.role === 'user')?.content ?? '';
  return new Map(
    [
      ...user.matchAll(/<document id="([^"]+)" title="[^"]*" source="([^"]+)">\n([\s\S]*?)\n<\/document>/g),
    ].map((match) => [match[1]!, { source: match[2]!, text: match[3]! }]),
  );
}

const GOOD = {
  summary: [
    { text: 'The beta build is signed and its crash rate dropped to half a percent.', turns: [2] },
    { text: 'The group decided to ship the beta to external testers on March 20.', turns: ['3'] },
    { text: 'Marketing wants a twenty percent launch discount, finance prefers ten percent.', turns: [7] },
  ],
  decisions: [{ text: 'Ship the beta to external testers on March 20.', turns: [3] }],
  action_items: [
    { owner: 'Ben Okafor', task: 'Send the release notes to marketing', due: '2026-03-13', turns: [4] },
    { owner: 'Ben Okafor', task: 'Prepare the store screenshots', due: '2026-03-18', turns: [10, 11] },
    // Invented owner, and a due date the cited turn never speaks of: both cleared.
    {
      owner: 'Dana Ortiz',
      task: 'Update the budget sheet before the steering review',
      due: '2026-03-30',
      turns: [5],
    },
  ],
};

describe('recap with a model', () => {
  it('sends turns with speaker and time, the schema in words, an example and the date, and uses the checked answer', async () => {
    const model = createScriptedLanguageModel({ replies: [{ json: GOOD }] });
    const recap = await recapWithModel(transcript, { model, now: NOW });
    expect(model.calls).toHaveLength(1);
    const [system, user] = model.calls[0]!.messages;
    expect(system?.content).toContain('Today is Thursday, 12 March 2026.');
    expect(system?.content).toContain('The meeting was held on 2026-03-10.');
    expect(system?.content).toContain('"action_items"');
    expect(system?.content).toContain('Examples:');
    expect(system?.content).toContain('Write in the same language as the documents.');
    expect(user?.content).toMatch(/<\/document>\n\nWrite the minutes of "Launch review"\.$/);
    const turns = turnsOf(model.calls[0]!);
    expect(turns.get('2')?.source).toBe('turn by Ben Okafor at 00:10');
    // Fillers are gone from what the model reads; turns stay in meeting order.
    expect(turns.get('2')?.text).not.toMatch(/\buh\b/);
    expect([...turns.keys()].map(Number)).toEqual([...turns.keys()].map(Number).sort((a, b) => a - b));

    expect(recap.engine).toBe('mock');
    expect(recap.warnings).toEqual([]);
    expect(recap.summarySentences.map((item) => item.text)).toEqual(GOOD.summary.map((item) => item.text));
    expect(recap.decisions).toHaveLength(1);
    expect(recap.actionItems.map(({ owner, task, due }) => ({ owner, task, due }))).toEqual([
      { owner: 'Ben Okafor', task: 'Send the release notes to marketing', due: '2026-03-13' },
      { owner: 'Ben Okafor', task: 'Prepare the store screenshots', due: '2026-03-18' },
      { owner: null, task: 'Update the budget sheet before the steering review', due: null },
    ]);
    // Every [n] resolves to the turn the model cited (id n is turn n - 1), with its times.
    const first = recap.citations[recap.summarySentences[0]!.citations[0]! - 1]!;
    expect(first).toMatchObject({ turn: 1, speaker: 'Ben Okafor', locator: { turn: 1, start: 10 } });
    const screenshots = recap.actionItems[1]!.citations.map((n) => recap.citations[n - 1]?.turn);
    expect(screenshots).toEqual([9, 10]);
    for (const n of [...recap.summary.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])))
      expect(recap.citations[n - 1]?.n).toBe(n);
    // Topics and open questions stay the builtin ones, their citations renumbered.
    const builtin = recapMeeting(transcript, { now: NOW });
    expect(recap.openQuestions.map((item) => item.text)).toEqual(
      builtin.openQuestions.map((item) => item.text),
    );
    expect(recap.citations[recap.openQuestions[0]!.citations[0]! - 1]?.turn).toBe(
      builtin.citations[builtin.openQuestions[0]!.citations[0]! - 1]?.turn,
    );
  });

  it('drops and counts items with a bad turn id or no support, and answers a query', async () => {
    const model = createScriptedLanguageModel({
      replies: [
        {
          json: {
            ...GOOD,
            decisions: [
              ...GOOD.decisions,
              { text: 'Marketing approved the new company logo.', turns: [3] },
              { text: 'The discount is fifteen percent.', turns: [42] },
            ],
            answer: [
              {
                text: 'Marketing wants twenty percent off for the first month; finance prefers ten.',
                turns: [7],
              },
            ],
          },
        },
      ],
    });
    const recap = await recapWithModel(transcript, { model, now: NOW, query: 'What about the discount?' });
    expect(model.calls[0]?.messages[0]?.content).toContain('"answer"');
    expect(model.calls[0]?.messages.at(-1)?.content).toMatch(
      /answer this question about it: What about the discount\?$/,
    );
    expect(recap.engine).toBe('mock');
    expect(recap.decisions.map((item) => item.text)).toEqual([
      'Ship the beta to external testers on March 20.',
    ]);
    expect(recap.answer).toMatch(/^Marketing wants twenty percent.*\[\d+\]$/);
    expect(recap.warnings).toEqual([
      {
        type: 'lossy',
        message: "2 of the model's 10 recap items were dropped: not supported by the turns they cite.",
      },
    ]);
  });

  it('gives the builtin answer, with a warning, to a question the model left unanswered', async () => {
    const model = createScriptedLanguageModel({ replies: [{ json: { ...GOOD, answer: [] } }] });
    const query = 'What was said about pricing and the discount?';
    const recap = await recapWithModel(transcript, { model, now: NOW, query });
    const builtin = recapMeeting(transcript, { now: NOW, query });
    expect(recap.engine).toBe('mock');
    expect(recap.answerSentences?.map((item) => item.text)).toEqual(
      builtin.answerSentences?.map((item) => item.text),
    );
    const turns = (recap.answerSentences ?? [])
      .flatMap((item) => item.citations)
      .map((n) => recap.citations[n - 1]?.turn);
    expect(turns).toEqual(
      (builtin.answerSentences ?? [])
        .flatMap((item) => item.citations)
        .map((n) => builtin.citations[n - 1]?.turn),
    );
    expect(recap.warnings).toEqual([
      {
        type: 'other',
        message:
          "The model's answer was not used: it did not answer the question; used the builtin answer to the question.",
      },
    ]);
  });

  it('falls back to the builtin recap with a warning on invented items and on invalid JSON', async () => {
    const builtin = recapMeeting(transcript, { now: NOW });
    const invented = createScriptedLanguageModel({
      replies: [
        {
          json: {
            summary: [{ text: 'The company will open an office in Lisbon.', turns: [1] }],
            decisions: [],
            action_items: [],
          },
        },
      ],
    });
    const fromInvented = await recapWithModel(transcript, { model: invented, now: NOW });
    expect(fromInvented).toMatchObject({ engine: 'builtin', summary: builtin.summary });
    expect(fromInvented.warnings[0]?.message).toMatch(
      /none of the model's 1 summary sentences was supported.*used the builtin recap/,
    );

    const broken = createScriptedLanguageModel({ replies: ['The meeting went well.'] });
    const fromBroken = await recapWithModel(transcript, { model: broken, now: NOW });
    expect(fromBroken.engine).toBe('builtin');
    expect(fromBroken.actionItems).toEqual(builtin.actionItems);
    expect(fromBroken.warnings[0]?.message).toMatch(
      /valid JSON.*\(model_output_invalid\); used the builtin recap/,
    );
  });

  it('falls back on an HTTP 500 and on a timeout, and does not call the model again after the timeout', async () => {
    servers.push(await startScriptedServer([replyJson(500, { error: { message: 'out of memory' } })]));
    const failing = await recapWithModel(transcript, {
      model: configuredModelAt(servers[0]!.baseUrl, { timeoutMs: 10_000 }),
      now: NOW,
    });
    expect(failing.engine).toBe('builtin');
    expect(failing.warnings[0]?.message).toMatch(/HTTP 500.*\(model_unreachable\); used the builtin recap/);

    servers.push(await startScriptedServer([hang]));
    const slow = configuredModelAt(servers[1]!.baseUrl, { timeoutMs: 1_000 });
    expect((await recapWithModel(transcript, { model: slow, now: NOW })).warnings[0]?.message).toMatch(
      /\(timeout\)/,
    );
    // The circuit is open: the next recap is builtin without a second request.
    const second = await recapWithModel(transcript, { model: slow, now: NOW });
    expect(second.engine).toBe('builtin');
    expect(second.warnings[0]?.message).toMatch(/is not used for now: an earlier call failed/);
    expect(servers[1]!.requests).toHaveLength(1);
  });

  it('fits a long real meeting into the context, the turns the builtin recap cites first', async () => {
    const path = join(CORPUS, 'meetings', 'qmsum', 'test', 'Bed003.json');
    const read = await readFile(path, { now: NOW });
    if (!read.success || read.data.type !== 'transcript')
      throw new Error('Bed003 did not read as a transcript');
    const meeting: Transcript = read.data;
    const model = createScriptedLanguageModel({
      reply: (request) => {
        const [id, turn] = [...turnsOf(request)][0]!;
        return {
          json: {
            summary: [{ text: turn.text.split(/(?<=[.!?])\s/)[0], turns: [id] }],
            decisions: [],
            action_items: [],
          },
        };
      },
    });
    const recap = await recapWithModel(meeting, { model, now: NOW, contextTokens: 2048 });
    const request = model.calls[0]!;
    const chars = request.messages.reduce((sum, message) => sum + message.content.length, 0);
    expect(chars / 4 + (request.maxTokens ?? 0)).toBeLessThan(2048);
    const shown = new Set([...turnsOf(request).keys()].map((id) => Number(id) - 1));
    expect(shown.size).toBeLessThan(meeting.turns.length);
    const builtin = recapMeeting(meeting, { now: NOW });
    const summaryTurns = builtin.summarySentences.map(
      (item) => builtin.citations[item.citations[0]! - 1]!.turn,
    );
    expect(summaryTurns.filter((turn) => shown.has(turn)).length).toBeGreaterThan(summaryTurns.length / 2);
    expect(recap.engine).toBe('mock');
  });

  it('tells the model to write Chinese for a Chinese meeting, and checks Chinese items', async () => {
    const chinese = parseVtt(
      [
        'WEBVTT - 预算会议',
        '',
        '1',
        '00:00:01.000 --> 00:00:08.000',
        '<v 王芳>今天我们讨论第三季度的差旅预算，预算总额为四十八万元。',
        '',
        '2',
        '00:00:09.000 --> 00:00:15.000',
        '<v 李明>我们决定把差旅预算削减百分之十，从十月一日开始执行。',
        '',
        '3',
        '00:00:16.000 --> 00:00:22.000',
        '<v 王芳>李明请在周五之前把新的审批流程发给财务部。',
        '',
      ].join('\n'),
    );
    const model = createScriptedLanguageModel({
      replies: [
        {
          json: {
            summary: [
              { text: '会议讨论了第三季度的差旅预算，总额为四十八万元。', turns: [1] },
              { text: '公司明年将在北京开设新的研发中心。', turns: [2] },
            ],
            decisions: [{ text: '差旅预算削减百分之十，从十月一日开始执行。', turns: [2] }],
            action_items: [
              { owner: '李明', task: '把新的审批流程发给财务部', due: '2026-03-13', turns: [3] },
            ],
          },
        },
      ],
    });
    const recap = await recapWithModel(chinese, { model, now: NOW });
    expect(model.calls[0]?.messages[0]?.content).toContain(
      'The documents are in Chinese, so write in Chinese.',
    );
    expect(recap.engine).toBe('mock');
    expect(recap.summarySentences.map((item) => item.text)).toEqual([
      '会议讨论了第三季度的差旅预算，总额为四十八万元。',
    ]);
    expect(recap.actionItems).toMatchObject([{ owner: '李明', due: '2026-03-13' }]);
    expect(recap.warnings[0]?.message).toMatch(/^1 of the model's 4 recap items was dropped/);
  });
});

describe('recap with a real GGUF model', () => {
  it('goes through node-llama-cpp (plumbing only: the tiny model writes stories, not minutes)', async () => {
    const model = createLlamaCppModel({ modelPath: TINY_MODEL, threads: 1 });
    const recap = await recapWithModel(transcript, { model, now: NOW, contextTokens: 512 });
    // Its JSON is grammar-constrained; its words support nothing, so the builtin recap stands, with the reason.
    expect(['llama-cpp', 'builtin']).toContain(recap.engine);
    if (recap.engine === 'builtin') expect(recap.warnings).toHaveLength(1);
    expect(recap.actionItems.length).toBeGreaterThan(0);
  }, 60_000);
});

const servers: ScriptedServer[] = [];
afterAll(releaseLanguageModels);
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
