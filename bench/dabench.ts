/**
 * InfiAgent-DABench accuracy of the builtin analysis engine on the corpus's share of the dev
 * set: a question counts when every gold slot is right (numbers compared at the gold's
 * rounding, words case-free), and each slot counts on its own too. Questions are split up
 * front into a tuning half (even positions in the file) and a check half (odd positions).
 * `--set own` scores instead the project's own questions in the same form (bench/data/dabench-own.jsonl)
 * over corpus tables outside the DABench folder, with answers worked out apart from the engine.
 * Own questions written after the first seven batches carry their batch number; `--batch N` scores one
 * batch, and batches 8, 12, 14 to 82 (held out) are scored only that way. An own question over a workbook
 * names the table it asks about (`table`, as the engine detects it).
 * Run alone: node bin/run-ts.js bench/dabench.ts [--half tuning|check] [--set own [--batch N]] [--show-failures N]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvToWorkbook, decodeText } from '../src/formats/csv/read-csv.ts';
import { readFile } from '../src/formats/read-file.ts';
import { toAppError } from '../src/lib/errors.ts';
import { workbookTables } from '../src/skills/analyze-workbook/analyze-workbook.ts';
import { answerAnalysis } from '../src/skills/analyze-workbook/answer-analysis.ts';
import type { DataTable } from '../src/skills/analyze-workbook/data-table.ts';
import { headerRowTable } from '../src/skills/analyze-workbook/detect-tables.ts';

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS = join(process.env.OFFICEMATE_SHARED ?? join(here, '..', '..', 'shared'), 'corpus');
const DATA = join(CORPUS, 'tables', 'dabench');

type Question = {
  id: number;
  question: string;
  constraints: string;
  format: string;
  file_name: string;
};

/** A question of the own set: the table's path under the corpus and the answers with it. */
type OwnQuestion = Omit<Question, 'file_name'> & {
  file: string;
  table?: string;
  answers: [string, string][];
  batch?: number;
};

/** Gold and predicted slot values agree: numbers at the gold's rounding, lists item by item, words case-free. */
export function slotMatches(gold: string, predicted: string | undefined): boolean {
  if (predicted === undefined) return false;
  const g = gold.split(',').map((item) => item.trim());
  const p = predicted.split(',').map((item) => item.trim());
  if (g.length !== p.length) return false;
  return g.every((item, index) => {
    const other = p[index]!;
    const a = Number(item);
    const b = Number(other);
    if (item !== '' && other !== '' && Number.isFinite(a) && Number.isFinite(b)) {
      const decimals = (item.split('.')[1] ?? '').length;
      return Math.abs(Number(b.toFixed(decimals)) - a) < 10 ** -decimals / 2 + 1e-9;
    }
    return item.toLowerCase().replace(/[\s_-]+/g, ' ') === other.toLowerCase().replace(/[\s_-]+/g, ' ');
  });
}

const tableCache = new Map<string, DataTable>();
/** A CSV's one table, or the named table of a workbook. */
async function loadTable(file: string, tableName?: string): Promise<DataTable> {
  const key = `${file}#${tableName ?? ''}`;
  const cached = tableCache.get(key);
  if (cached) return cached;
  let table: DataTable | undefined;
  if (file.endsWith('.csv')) {
    const { text } = decodeText(readFileSync(file));
    table = headerRowTable(csvToWorkbook(text, 'table').sheets[0]!);
  } else {
    const result = await readFile(file);
    if (result.success && result.data.type === 'workbook')
      table = workbookTables(result.data).find((item) => item.name === tableName);
  }
  if (!table) throw new Error(`${file} has no table ${tableName ?? ''}`);
  tableCache.set(key, table);
  return table;
}

const jsonLines = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
const own = process.argv.includes('--set') && process.argv[process.argv.indexOf('--set') + 1] === 'own';
const batchFlag = process.argv.indexOf('--batch');
const onlyBatch = batchFlag >= 0 ? Number(process.argv[batchFlag + 1]) : undefined;
/** Batches kept out of the tuning loop: scored only when asked for by number. */
const HELD_OUT_BATCHES: ReadonlySet<number | undefined> = new Set([
  8, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38,
  39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65,
  66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
]);
const ownQuestions = own
  ? jsonLines<OwnQuestion>(join(here, 'data', 'dabench-own.jsonl')).filter((item) =>
      onlyBatch === undefined ? !HELD_OUT_BATCHES.has(item.batch) : item.batch === onlyBatch,
    )
  : [];
const questions: (Question & { path: string; table?: string })[] = own
  ? ownQuestions.map((item) => ({ ...item, file_name: item.file, path: join(CORPUS, item.file) }))
  : jsonLines<Question>(join(DATA, 'da-dev-questions.jsonl')).map((item) => ({
      ...item,
      path: join(DATA, 'tables', item.file_name),
    }));
const labels = new Map(
  own
    ? ownQuestions.map((item) => [item.id, item.answers] as const)
    : jsonLines<{ id: number; common_answers: [string, string][] }>(join(DATA, 'da-dev-labels.jsonl')).map(
        (label) => [label.id, label.common_answers] as const,
      ),
);
const halfFlag = process.argv.indexOf('--half');
const onlyHalf = halfFlag >= 0 ? process.argv[halfFlag + 1] : undefined;
const showFailures = Number(process.argv[process.argv.indexOf('--show-failures') + 1]) || 0;

type Tally = {
  questions: number;
  right: number;
  slots: number;
  slotsRight: number;
  unsupported: number;
  errors: number;
};
const tallies: Record<'tuning' | 'check', Tally> = {
  tuning: { questions: 0, right: 0, slots: 0, slotsRight: 0, unsupported: 0, errors: 0 },
  check: { questions: 0, right: 0, slots: 0, slotsRight: 0, unsupported: 0, errors: 0 },
};
const failures: string[] = [];
const started = performance.now();
for (const [index, item] of questions.entries()) {
  // The own set is all for tuning: its questions were written while building.
  const half = own || index % 2 === 0 ? 'tuning' : 'check';
  if (onlyHalf && onlyHalf !== half) continue;
  const gold = labels.get(item.id) ?? [];
  const tally = tallies[half];
  tally.questions++;
  tally.slots += gold.length;
  let slots: Record<string, string> = {};
  let note = '';
  try {
    const answer = answerAnalysis(await loadTable(item.path, item.table), item);
    slots = { ...answer.slots };
    note = answer.planText;
  } catch (thrown) {
    const error = toAppError(thrown);
    if (error.code === 'unsupported') tally.unsupported++;
    else tally.errors++;
    note = `${error.code}: ${error.message}`;
  }
  // Own properties only: a slot may be named "constructor" (a racing team).
  const right = gold.filter(([name, value]) =>
    slotMatches(value, Object.hasOwn(slots, name) ? slots[name] : undefined),
  );
  tally.slotsRight += right.length;
  if (gold.length > 0 && right.length === gold.length) tally.right++;
  else if (failures.length < showFailures)
    failures.push(
      `#${item.id} ${item.question.slice(0, 140)}\n   gold=${JSON.stringify(gold)}\n   got=${JSON.stringify(slots)}\n   ${note.slice(0, 400)}`,
    );
}
const seconds = (performance.now() - started) / 1000;
for (const failure of failures) console.error(failure);
const percent = (part: number, whole: number) => `${whole ? ((part / whole) * 100).toFixed(1) : '0.0'}%`;
console.log('| half | questions | fully right | wrong | slots right | unsupported | errors | target |');
console.log('|---|---|---|---|---|---|---|---|');
for (const half of ['tuning', 'check'] as const) {
  const tally = tallies[half];
  if (tally.questions === 0) continue;
  console.log(
    `| ${half} | ${tally.questions} | ${tally.right} (${percent(tally.right, tally.questions)}) | ${tally.questions - tally.right - tally.unsupported - tally.errors} | ${tally.slotsRight}/${tally.slots} (${percent(tally.slotsRight, tally.slots)}) | ${tally.unsupported} | ${tally.errors} | ≥ 50% (GPT-4 agent with code: about 79%) |`,
  );
}
console.log(`\n(${seconds.toFixed(1)} s, builtin engine, no model)`);
mkdirSync(join(here, 'out'), { recursive: true });
writeFileSync(
  join(here, 'out', own ? 'dabench-own.json' : 'dabench.json'),
  JSON.stringify({ ...tallies, seconds }, null, 2),
);
