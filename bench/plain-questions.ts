/**
 * Thirty plain questions over real corpus spreadsheets and CSVs, the way a new user asks them,
 * each with an answer worked out independently (SQL in DuckDB over the same files, or read off
 * the cells by hand) and checked. Covers grouping, filters from words and values (0/1 flags,
 * coded classes), comparisons, years, top N, aggregates (count, distinct, sum, mean, median,
 * max, standard deviation, percentage, difference, correlation), superlatives and lookups.
 * `--batch FILE` scores instead a held-out batch written later in the same form (bench/data/plain-batch37.json),
 * where `refuse` marks a question whose right answer is a refusal.
 * Run alone: node bin/run-ts.js bench/plain-questions.ts [--show-failures] [--batch FILE]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvToWorkbook, decodeText } from '../src/formats/csv/read-csv.ts';
import type { Workbook } from '../src/formats/model.ts';
import { readFile } from '../src/formats/read-file.ts';
import { pickTable, workbookTables } from '../src/skills/analyze-workbook/analyze-workbook.ts';
import { answerQuestion } from '../src/skills/analyze-workbook/answer-question.ts';

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS = join(here, '..', '..', 'shared', 'corpus');
const TABLES = 'tables/dabench/tables';

/** A number (right at the decimals written), a list of words, or one value per group. */
type Expected = number | string | readonly string[] | Readonly<Record<string, number>>;
type PlainQuestion = {
  file: string;
  question: string;
  expected?: Expected;
  refuse?: boolean;
  construct: string;
};

export const PLAIN_QUESTIONS: readonly PlainQuestion[] = [
  {
    file: `${TABLES}/titanic.csv`,
    question: 'what is the average fare by class?',
    expected: { 1: 84.15, 2: 20.66, 3: 13.68 },
    construct: 'group by, mean',
  },
  {
    file: `${TABLES}/titanic.csv`,
    question: 'how many passengers were in first class?',
    expected: 216,
    construct: 'coded category from words',
  },
  {
    file: `${TABLES}/titanic.csv`,
    question: 'what was the average age of passengers who survived?',
    expected: 28.34,
    construct: '0/1 flag filter, mean',
  },
  {
    file: `${TABLES}/titanic.csv`,
    question: 'how many passengers did not survive?',
    expected: 549,
    construct: 'negated flag, count',
  },
  {
    file: `${TABLES}/titanic.csv`,
    question: 'what percentage of passengers survived?',
    expected: 38.38,
    construct: 'percentage',
  },
  {
    file: `${TABLES}/titanic.csv`,
    question: 'what is the median fare?',
    expected: 14.4542,
    construct: 'median',
  },
  {
    file: `${TABLES}/titanic.csv`,
    question: 'how many female passengers survived?',
    expected: 233,
    construct: 'value and flag filters',
  },
  {
    file: `${TABLES}/titanic.csv`,
    question: 'what is the highest fare?',
    expected: 512.3292,
    construct: 'max',
  },
  {
    file: `${TABLES}/titanic.csv`,
    question: 'what is the correlation between age and fare?',
    expected: 0.0961,
    construct: 'correlation',
  },
  {
    file: `${TABLES}/titanic.csv`,
    question: 'how many passengers by sex?',
    expected: { female: 314, male: 577 },
    construct: 'group by, count',
  },
  {
    file: `${TABLES}/titanic.csv`,
    question: 'what is the total fare paid by passengers in third class?',
    expected: 6714.6951,
    construct: 'coded category, sum',
  },
  {
    file: `${TABLES}/titanic.csv`,
    question: 'what is the average of the top 5 fares?',
    expected: 412.5975,
    construct: 'top N, mean',
  },
  {
    file: `${TABLES}/titanic.csv`,
    question: 'how many different ports did passengers embark from?',
    expected: 3,
    construct: 'count distinct',
  },
  {
    file: `${TABLES}/titanic.csv`,
    question: 'how many more male passengers than female passengers were there?',
    expected: 263,
    construct: 'difference',
  },
  {
    file: `${TABLES}/titanic.csv`,
    question: 'what is the standard deviation of age?',
    expected: 14.5265,
    construct: 'standard deviation',
  },
  {
    file: `${TABLES}/titanic.csv`,
    question: 'how many passengers were older than 60?',
    expected: 22,
    construct: 'comparison',
  },
  {
    file: `${TABLES}/titanic.csv`,
    question: 'what is the standard deviation of fare for each class?',
    expected: { 1: 78.38, 2: 13.42, 3: 11.78 },
    construct: 'group by, standard deviation',
  },
  {
    file: `${TABLES}/hotel_data.csv`,
    question: 'which city has the most hotels?',
    expected: ['New York City'],
    construct: 'superlative over groups',
  },
  {
    file: `${TABLES}/hotel_data.csv`,
    question: 'how many hotels have more than 5000 reviews?',
    expected: 45,
    construct: 'comparison, count',
  },
  {
    file: `${TABLES}/test_Y3wMUE5_7gLdaTN.csv`,
    question: 'what is the average loan amount by education?',
    expected: { Graduate: 141.36, 'Not Graduate': 118.57 },
    construct: 'group by, mean, missing values',
  },
  {
    file: `${TABLES}/test_Y3wMUE5_7gLdaTN.csv`,
    question: 'what is the median applicant income?',
    expected: 3786,
    construct: 'median',
  },
  {
    file: `${TABLES}/percent-bachelors-degrees-women-usa.csv`,
    question: 'what was the percentage in computer science in 2000?',
    expected: 27.7,
    construct: 'year lookup',
  },
  {
    file: `${TABLES}/percent-bachelors-degrees-women-usa.csv`,
    question: 'which year had the highest percentage in engineering?',
    expected: ['2001'],
    construct: 'superlative lookup',
  },
  {
    file: `${TABLES}/YAHOO-BTC_USD_D.csv`,
    question: 'what was the average close in 2017?',
    expected: 4006.0336,
    construct: 'date year filter, mean',
  },
  {
    file: `${TABLES}/YAHOO-BTC_USD_D.csv`,
    question: 'on which date was the close highest?',
    expected: ['2017-12-16'],
    construct: 'superlative date',
  },
  {
    file: `${TABLES}/baseball_data.csv`,
    question: 'how many players hit more than 30 home runs?',
    expected: 12,
    construct: 'comparison on a named measure',
  },
  {
    file: 'office/xlsx/poi_simple-monthly-budget.xlsx',
    question: 'what is the total income?',
    expected: 3750,
    construct: 'defined tables',
  },
  {
    file: 'office/xlsx/poi_simple-monthly-budget.xlsx',
    question: 'what is the amount for groceries?',
    expected: 500,
    construct: 'lookup in a defined table',
  },
  {
    file: 'office/xlsx/poi_AverageTaxRates.xlsx',
    question: 'what is the average tax rate for a single person earning 30,000 in 2007?',
    expected: 0.134,
    construct: 'merged headers, lookup',
  },
  {
    file: 'office/xlsx/sheetjs_AutoFilter.xlsx',
    question: 'which library has the most formats?',
    expected: ['js-xlsx'],
    construct: 'superlative over counts',
  },
];

async function load(file: string): Promise<Workbook> {
  const path = join(CORPUS, file);
  if (file.endsWith('.csv')) return csvToWorkbook(decodeText(readFileSync(path)).text, 'table');
  const result = await readFile(path);
  if (!result.success || result.data.type !== 'workbook') throw new Error(`${file} is not a workbook`);
  return result.data;
}

function close(expected: number, got: unknown): boolean {
  const value = typeof got === 'number' ? got : Number(String(got).replace(/[,$%]/g, ''));
  const decimals = (String(expected).split('.')[1] ?? '').length;
  return (
    Number.isFinite(value) &&
    Math.abs(Number(value.toFixed(decimals)) - expected) < 10 ** -decimals / 2 + 1e-9
  );
}

function right(expected: Expected, answer: ReturnType<typeof answerQuestion>): boolean {
  if (typeof expected === 'number') return answer.answer.length === 1 && close(expected, answer.answer[0]);
  if (typeof expected === 'string' || Array.isArray(expected)) {
    const wanted = (typeof expected === 'string' ? [expected] : expected).map((item) => item.toLowerCase());
    const got = answer.answer.map((item) => String(item).toLowerCase());
    return got.length === wanted.length && wanted.every((item) => got.includes(item));
  }
  const groups = answer.groups ?? [];
  const entries = Object.entries(expected as Record<string, number>);
  return (
    groups.length === entries.length &&
    entries.every(([key, value]) => groups.some((group) => group.key === key && close(value, group.value)))
  );
}

const show = process.argv.includes('--show-failures');
const batchFlag = process.argv.indexOf('--batch');
const QUESTIONS: readonly PlainQuestion[] =
  batchFlag >= 0
    ? (JSON.parse(readFileSync(process.argv[batchFlag + 1]!, 'utf8')) as { questions: PlainQuestion[] })
        .questions
    : PLAIN_QUESTIONS;
const cache = new Map<string, Workbook>();
let correct = 0;
let unsupported = 0;
for (const item of QUESTIONS) {
  const workbook = cache.get(item.file) ?? (await load(item.file));
  cache.set(item.file, workbook);
  const table = pickTable(workbookTables(workbook), item.question);
  let answer: ReturnType<typeof answerQuestion> | undefined;
  try {
    answer = table ? answerQuestion(table, item.question) : undefined;
  } catch (thrown) {
    if ((thrown as { code?: string }).code !== 'unsupported') throw thrown;
    if (item.refuse) {
      correct++;
      continue;
    }
    unsupported++;
    if (show) console.error(`? ${item.question}: ${(thrown as Error).message}`);
    continue;
  }
  const ok = answer && item.expected !== undefined ? right(item.expected, answer) : false;
  if (ok) correct++;
  else if (show)
    console.error(
      `✗ ${item.question} [${item.construct}]\n   expected ${JSON.stringify(item.expected)}\n   got ${answer?.text} | ${answer?.planText}`,
    );
}
console.log('| set | questions | right | unsupported | wrong | target |');
console.log('|---|---|---|---|---|---|');
console.log(
  `| ${batchFlag >= 0 ? 'held-out batch' : 'plain questions over corpus files'} | ${QUESTIONS.length} | ${correct} | ${unsupported} | ${QUESTIONS.length - correct - unsupported} | all ${QUESTIONS.length} |`,
);
