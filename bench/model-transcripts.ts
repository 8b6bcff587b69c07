/**
 * Model transcripts: for three skills (ask, summarize, rewrite), the prompt each sends and
 * the answer it produces, with a real local GGUF model through node-llama-cpp and with a
 * scripted model. Not a figure: a record of the plumbing. The tiny test model
 * (stories260K.gguf) writes nonsense, so its answers show the check and the fallback to the
 * builtin result; the scripted model answers sensibly from the prompt it got, so its answers
 * show the checked model path. The input is a small invented workspace written to a temp folder.
 *
 *   node bin/run-ts.js bench/model-transcripts.ts [--chars N] [--model PATH.gguf]
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { askSkill } from '../src/chat/ask.skill.ts';
import { indexPaths } from '../src/index/index-paths.ts';
import { openIndex, type SearchIndex } from '../src/index/open-index.ts';
import { fixedClock } from '../src/lib/clock.ts';
import {
  createLlamaCppModel,
  type GenerateRequest,
  type LanguageModel,
  type ModelStreamPart,
  releaseLanguageModels,
} from '../src/models/index.ts';
import {
  createScriptedLanguageModel,
  type ScriptedReply,
} from '../src/models/testing/scripted-language-model.ts';
import { rewriteSkill } from '../src/skills/rewrite-document/rewrite.skill.ts';
import { type AnySkill, runSkill, type SkillContext } from '../src/skills/skill.ts';
import { summarizeSkill } from '../src/skills/summarize-document/summarize.skill.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const CHARS = Number(flag('--chars') ?? 900);
const GGUF = flag('--model') ?? join(here, '..', '..', 'shared', 'models', 'stories260K.gguf');
const NOW = '2026-03-12T09:00:00Z';

const MEMO = `# Warehouse move

The warehouse moves from Dockside to the Northgate site on 14 April. Please note that the movers arrive at 07:00 and the loading bay closes at 18:00 that day.

Ines Park leads the move; Tomas Rivera books the two trucks by 31 March. The budget is 12,400 euros, approved by finance on 2 March.

Orders placed after 10 April ship from Northgate, so customers may see a delay of one day.
`;

type Call = { request: GenerateRequest; output: string; streamed: boolean };

/** The model, recording each request and the raw text it wrote. */
function recording(model: LanguageModel, calls: Call[]): LanguageModel {
  return {
    specificationVersion: 'v1',
    engine: model.engine,
    modelId: model.modelId,
    async generate(request, signal) {
      const result = await model.generate(request, signal);
      calls.push({
        request,
        output: result.success ? result.data.text : `(error ${result.error.code}: ${result.error.message})`,
        streamed: false,
      });
      return result;
    },
    async *stream(request, signal): AsyncIterable<ModelStreamPart> {
      let output = '';
      try {
        for await (const part of model.stream(request, signal)) {
          if (part.type === 'text-delta') output += part.delta;
          if (part.type === 'error') output += ` (error ${part.error.code}: ${part.error.message})`;
          yield part;
        }
      } finally {
        calls.push({ request, output, streamed: true });
      }
    },
  };
}

/** Data blocks of the user message: id and text. */
function blocks(request: GenerateRequest): { id: string; text: string }[] {
  const user = request.messages.at(-1)?.content ?? '';
  return [...user.matchAll(/<document id="([^"]+)"[^>]*>\n([\s\S]*?)\n<\/document>/g)].map((match) => ({
    id: match[1] ?? '',
    text: (match[2] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  }));
}

/** A scripted model that answers like a careful instruct model: from the blocks it was given. */
function scriptedReply(request: GenerateRequest): ScriptedReply {
  const found = blocks(request);
  const wantsParagraph = /Rewrite paragraph/.test(request.messages.at(-1)?.content ?? '');
  if (wantsParagraph) {
    const target = /Rewrite paragraph (\S+)/.exec(request.messages.at(-1)?.content ?? '')?.[1];
    const text = found.find((block) => block.id === target)?.text ?? found.at(-1)?.text ?? '';
    return {
      json: { text: text.replace(/\bPlease note that (\w)/, (_all, first: string) => first.toUpperCase()) },
    };
  }
  const question = (request.messages.at(-1)?.content ?? '').split('</document>').at(-1)?.trim() ?? '';
  const wanted = /when|date|day/i.test(question) ? /\d{1,2} (?:April|March)/ : /./;
  const sentences = found
    .flatMap((block) =>
      (block.text.match(/[^.!?]+[.!?]/g) ?? []).map((sentence) => ({
        text: sentence.trim(),
        sources: [block.id],
      })),
    )
    .filter((sentence) => wanted.test(sentence.text) && !sentence.text.startsWith('#'))
    .slice(0, 2);
  return { json: { sentences, no_answer: sentences.length === 0 } };
}

function context(model: LanguageModel, index: SearchIndex, contextTokens: number): SkillContext {
  return {
    model,
    contextTokens,
    index: async () => index,
    clock: fixedClock(NOW),
    user: 'owner',
    seesAll: true,
    signal: new AbortController().signal,
    readSource: async (ref) => ({ path: ref, name: basename(ref) }),
    log: () => {},
  };
}

const cut = (text: string, chars = CHARS) =>
  text.length > chars ? `${text.slice(0, chars)}… [${text.length - chars} more characters]` : text;

function show(result: unknown): string {
  const data = result as Record<string, unknown>;
  const keep = ['engine', 'answer', 'summary', 'paragraphsChanged', 'wordsBefore', 'wordsAfter', 'warnings'];
  return JSON.stringify(
    Object.fromEntries(keep.filter((key) => key in data).map((key) => [key, data[key]])),
    null,
    2,
  );
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'officemate-transcripts-'));
  const work = join(folder, 'work');
  mkdirSync(work);
  const memo = join(work, 'warehouse-move.md');
  writeFileSync(memo, MEMO);
  const index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [work], { owner: 'owner' });
  const runs: { name: string; skill: AnySkill; input: unknown }[] = [
    {
      name: 'ask',
      skill: askSkill,
      input: { question: 'When does the warehouse move, and who books the trucks?' },
    },
    { name: 'summarize', skill: summarizeSkill, input: { source: memo, length: 'short' } },
    { name: 'rewrite', skill: rewriteSkill, input: { source: memo, style: 'shorter' } },
  ];
  const models: { name: string; create: () => LanguageModel; contextTokens: number }[] = [
    {
      name: `llama-cpp ${basename(GGUF)} (tiny real GGUF: plumbing only, its words are nonsense)`,
      create: () => createLlamaCppModel({ modelPath: GGUF, threads: 1, contextSize: 2048 }),
      contextTokens: 2048,
    },
    {
      name: 'scripted model (answers from the data blocks it was given)',
      create: () => createScriptedLanguageModel({ reply: scriptedReply }),
      contextTokens: 4096,
    },
  ];
  try {
    for (const { name: modelName, create, contextTokens } of models) {
      const model = create();
      for (const run of runs) {
        const calls: Call[] = [];
        const result = await runSkill(
          run.skill,
          run.input,
          context(recording(model, calls), index, contextTokens),
        );
        console.log(`\n## ${run.name} — ${modelName}\n`);
        const first = calls[0];
        if (!first) console.log('(no model call)');
        else {
          console.log(`${calls.length} model call${calls.length === 1 ? '' : 's'}; the first:\n`);
          for (const message of first.request.messages)
            console.log(`### ${message.role}\n${cut(message.content)}\n`);
          console.log(`### model wrote${first.streamed ? ' (streamed)' : ''}\n${cut(first.output, 500)}\n`);
        }
        console.log(
          `### result\n${result.success ? show(result.data.data) : `failure: ${result.error.code} ${result.error.message}`}`,
        );
      }
    }
  } finally {
    await index.close();
    await releaseLanguageModels();
  }
}

await main();
