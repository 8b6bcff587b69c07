/**
 * ask's model prompt on real data: does the prompt ask sends a model hold the answer? For
 * each hand-checked question of `../shared/eval/workspace-qa/dev.jsonl` that ask answers from
 * passages, the prompt is captured (a recording model that then says it found nothing, so ask
 * gives its builtin answer in the same call) and its data blocks are tested for every answer
 * group (the README's normalised containment). That is the ceiling of the model path: a model
 * can only state what it was shown. The peer in the same run is the builtin answer to the same
 * question. Context sizes 2048, 4096 and 8192 tokens show what the passage budget costs.
 *
 * Questions are split as in bench/workspace-qa.ts (odd ids tune, even ids check), reported apart.
 *
 *   node bin/run-ts.js bench/ask-prompt.ts [--show]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { askQuestion } from '../src/chat/ask-question.ts';
import { indexPaths } from '../src/index/index-paths.ts';
import { openIndex } from '../src/index/open-index.ts';
import type { GenerateRequest } from '../src/models/language-model.ts';
import { createScriptedLanguageModel } from '../src/models/testing/scripted-language-model.ts';
import { half, isRight, type WorkspaceQuestion } from './workspace-qa-scoring.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SHARED = process.env.OFFICEMATE_SHARED ?? join(here, '..', '..', 'shared');
const CORPUS = join(SHARED, 'corpus');
const DEV = join(SHARED, 'eval', 'workspace-qa', 'dev.jsonl');
const FOLDERS = ['email/enron', 'calendar', 'contacts', 'office', 'chats'];
const OUT = join(here, 'out', 'ask-prompt');
const SHOW = process.argv.includes('--show');
const CONTEXTS = [2048, 4096, 8192] as const;

type Question = WorkspaceQuestion;

const questions = readFileSync(DEV, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Question)
  .filter((q) => !q.no_answer);

mkdirSync(OUT, { recursive: true });
const db = process.env.ASK_PROMPT_DB ?? join(OUT, 'index.db');
const index = await openIndex(db);
{
  // Incremental: unchanged files are skipped on later runs.
  const started = performance.now();
  const summary = await indexPaths(
    index,
    FOLDERS.map((folder) => join(CORPUS, folder)),
    { owner: 'bench', readers: ['*'] },
  );
  console.error(`index: ${summary.files} files (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

/** The data blocks of a prompt (the question and instructions left out). */
function dataOf(request: GenerateRequest): string {
  const user = request.messages.at(-1)?.content ?? '';
  return [...user.matchAll(/<document[^>]*>\n([\s\S]*?)\n<\/document>/g)]
    .map((match) => (match[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))
    .join('\n');
}

type Row = {
  id: string;
  half: 'tune' | 'check';
  asked: boolean;
  builtinRight: boolean;
  shown: Record<number, boolean>;
  blocks: Record<number, number>;
};
const rows: Row[] = [];
try {
  for (const q of questions) {
    const row: Row = { id: q.id, half: half(q.id), asked: false, builtinRight: false, shown: {}, blocks: {} };
    for (const contextTokens of CONTEXTS) {
      const model = createScriptedLanguageModel({ replies: [{ json: { sentences: [], no_answer: true } }] });
      const result = await askQuestion(index, q.question, {
        now: new Date(q.now),
        ...(q.as ? { asUser: q.as } : {}),
        model,
        contextTokens,
      });
      row.builtinRight = result.found && isRight(result.answer, q.answer);
      const request = model.calls[0];
      if (!request) continue;
      row.asked = true;
      row.shown[contextTokens] = isRight(dataOf(request), q.answer);
      row.blocks[contextTokens] = (request.messages.at(-1)?.content.match(/<document /g) ?? []).length;
    }
    rows.push(row);
    if (SHOW) console.error(JSON.stringify(row));
  }
} finally {
  await index.close();
}

const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(0)}%` : '—');
console.log(
  '| half | questions | model asked | answer in prompt @2048 | @4096 | @8192 | blocks @4096 (mean) | builtin right (same questions) |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const which of ['tune', 'check'] as const) {
  const all = rows.filter((row) => row.half === which);
  const asked = all.filter((row) => row.asked);
  const shown = (size: number) => asked.filter((row) => row.shown[size]).length;
  const blocks = asked.reduce((sum, row) => sum + (row.blocks[4096] ?? 0), 0) / Math.max(1, asked.length);
  console.log(
    `| ${which} | ${all.length} | ${asked.length} | ${pct(shown(2048), asked.length)} | ${pct(shown(4096), asked.length)} | ${pct(shown(8192), asked.length)} | ${blocks.toFixed(1)} | ${pct(asked.filter((row) => row.builtinRight).length, asked.length)} |`,
  );
}
