/**
 * WikiTableQuestions accuracy of the builtin question engine, scored with the dataset's
 * official answer matching (evaluator.py: normalized strings, numbers, order-free lists).
 * Run alone: node bin/run-ts.js bench/wikitablequestions.ts [--show-failures N]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvToWorkbook, decodeText } from '../src/formats/csv/read-csv.ts';
import { answerQuestion } from '../src/skills/analyze-workbook/answer-question.ts';
import type { DataTable } from '../src/skills/analyze-workbook/data-table.ts';
import { detectTables } from '../src/skills/analyze-workbook/detect-tables.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const DATA = join(root, '..', 'shared', 'corpus', 'tables', 'wikitablequestions');

/** evaluator.py normalize(). */
export function normalizeAnswer(text: string): string {
  let x = text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[‘’´`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—−]/g, '-');
  for (;;) {
    const old = x;
    x = x.trim().replace(/((?<!^)\[[^\]]*\]|\[\d+\]|[•♦†‡*#+])*$/u, '');
    x = x.trim().replace(/(?<!^)( \([^)]*\))*$/u, '');
    x = x.trim().replace(/^"([^"]*)"$/u, '$1');
    if (x === old) break;
  }
  if (x.endsWith('.')) x = x.slice(0, -1);
  return x.replace(/\s+/gu, ' ').toLowerCase().trim();
}

type Value = {
  kind: 'string' | 'number' | 'date';
  normalized: string;
  amount?: number;
  date?: [number, number, number];
};

function parseNumber(text: string): number | undefined {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text.trim())) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function parseDate(text: string): [number, number, number] | undefined {
  const match = /^(\d{4}|xx|xxxx)-(\d{2}|xx)-(\d{2}|xx)$/i.exec(text.trim());
  if (!match) return undefined;
  const part = (value: string) => (/x/i.test(value) ? -1 : Number(value));
  const date: [number, number, number] = [part(match[1]!), part(match[2]!), part(match[3]!)];
  return date.every((item) => item === -1) ? undefined : date;
}

function toValue(original: string): Value {
  const normalized = normalizeAnswer(original);
  const amount = parseNumber(normalized);
  if (amount !== undefined) return { kind: 'number', normalized: String(amount), amount };
  const date = parseDate(normalized);
  if (date) return { kind: 'date', normalized, date };
  return { kind: 'string', normalized };
}

function valueMatch(target: Value, predicted: Value): boolean {
  if (target.normalized === predicted.normalized) return true;
  if (target.kind === 'number' && predicted.kind === 'number')
    return Math.abs(target.amount! - predicted.amount!) < 1e-6;
  if (target.kind === 'date' && predicted.kind === 'date')
    return target.date!.every((part, index) => part === predicted.date![index]);
  return false;
}

/** evaluator.py check_denotation(). */
export function checkDenotation(targets: readonly string[], predicted: readonly string[]): boolean {
  if (targets.length !== predicted.length) return false;
  const t = targets.map(toValue);
  const p = predicted.map(toValue);
  return t.every((target) => p.some((value) => valueMatch(target, value)));
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

const tableCache = new Map<string, DataTable | undefined>();
function loadTable(context: string): DataTable | undefined {
  if (tableCache.has(context)) return tableCache.get(context);
  const { text } = decodeText(readFileSync(join(DATA, context)));
  // The dataset's CSVs escape newlines as \n and quotes inside quoted cells as \" (not "").
  const workbook = csvToWorkbook(text.replace(/\\n/g, ' ').replace(/\\"/g, '""'), 'table');
  const table = detectTables(workbook.sheets[0]!).sort(
    (a, b) => b.rowNumbers.length - a.rowNumbers.length,
  )[0];
  tableCache.set(context, table);
  return table;
}

const lines = readFileSync(join(DATA, 'pristine-unseen-tables.subset.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean);
const showFailures = Number(process.argv[process.argv.indexOf('--show-failures') + 1]) || 0;
const started = performance.now();
const halfFlag = process.argv.indexOf('--half');
const onlyHalf = halfFlag >= 0 ? process.argv[halfFlag + 1] : undefined;
let correct = 0;
let errors = 0;
let asked = 0;
const byHalf = {
  tuning: { questions: 0, correct: 0, unsupported: 0 },
  check: { questions: 0, correct: 0, unsupported: 0 },
};
const failures: string[] = [];
for (const [index, line] of lines.entries()) {
  // Split up front: even lines tune, odd lines check.
  const half = index % 2 === 0 ? 'tuning' : 'check';
  if (onlyHalf && onlyHalf !== half) continue;
  asked++;
  byHalf[half].questions++;
  const [id, utterance, context, target] = line.split('\t');
  const targets = (target ?? '').split('|');
  let predicted: string[] = [];
  let planText = '';
  try {
    const table = loadTable(context!);
    if (table) {
      const answer = answerQuestion(table, utterance!);
      predicted = answer.answer.map((value) => (typeof value === 'number' ? formatNumber(value) : value));
      planText = answer.planText;
    }
  } catch (thrown) {
    if ((thrown as { code?: string }).code === 'unsupported') byHalf[half].unsupported++;
    else errors++;
    planText = `error: ${(thrown as Error).message}`;
  }
  if (checkDenotation(targets, predicted)) {
    correct++;
    byHalf[half].correct++;
  } else if (failures.length < showFailures)
    failures.push(
      `${id}\t${utterance}\tgold=${target}\tgot=${predicted.slice(0, 5).join('|')}\t${planText}\t${context}`,
    );
}
const seconds = (performance.now() - started) / 1000;
const accuracy = correct / asked;
for (const failure of failures) console.error(failure);
console.log('| engine | half | questions | correct | accuracy | unsupported | wrong | target | time |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const half of ['tuning', 'check'] as const) {
  const tally = byHalf[half];
  if (tally.questions === 0) continue;
  console.log(
    `| builtin rules | ${half} | ${tally.questions} | ${tally.correct} | ${((tally.correct / tally.questions) * 100).toFixed(1)}% | ${tally.unsupported} | ${tally.questions - tally.correct - tally.unsupported} | > 40% on the check half (Pasupat & Liang 2015: 37.1%) | ${seconds.toFixed(1)} s |`,
  );
}
console.log(`\n(all: ${correct}/${asked}, ${(accuracy * 100).toFixed(1)}%; ${errors} errors)`);
mkdirSync(join(here, 'out'), { recursive: true });
writeFileSync(
  join(here, 'out', 'wikitablequestions.json'),
  JSON.stringify({ questions: asked, correct, accuracy, errors, seconds, ...byHalf }, null, 2),
);
