/**
 * Parameter sweeps on the tuning collections alone (Cranfield, ADI, CACM, QMSum topics; never the check
 * collections): each variant is one run of the reference harness with our engine only,
 * changed by the adapter's environment (OFFICEMATE_RANK, OFFICEMATE_CHUNK_WORDS,
 * OFFICEMATE_PASSAGE_DECAY; see bench/ir-bench-adapter.mjs). Prints nDCG@10 per collection
 * and the mean, one row per variant, beside the defaults.
 *
 *   node bin/run-ts.js bench/ir-tune.ts '{"k1":1.5}' '{"feedbackTerms":0}'
 *   node bin/run-ts.js bench/ir-tune.ts 'chunk=60 decay=0.15 {"bodyB":0.75}'
 *
 * A variant is a JSON object of ranking parameters, optionally after `chunk=N` and `decay=D`;
 * `doc=W` is short for `{"documentWeight":W}` (each passage plus W times its document's score);
 * `second=D` adds D times each document's second passage's own score (OFFICEMATE_SECOND_OWN).
 * `--no-defaults` leaves out the defaults' row (when it was run already, to save a run).
 * `--collections a,b` runs a subset of the tuning collections (to screen a variant cheaply on
 * the ones it is meant for; a choice is made on all of them).
 * `--paired` also compares each variant with the first row query by query (bench/paired.ts):
 * per collection the mean change of nDCG@10 ± its standard error and the queries up / down,
 * since one query moves the mean of a collection of 35 to 80 queries by 0.01 or more.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareHarness, queryScores, resultPath, runHarness, TUNING } from './ir-harness.ts';
import { pairedDifference } from './paired.ts';

/** `name=value` parts of a variant and the adapter's environment variable each one sets. */
const KNOBS = {
  chunk: 'OFFICEMATE_CHUNK_WORDS',
  decay: 'OFFICEMATE_PASSAGE_DECAY',
  second: 'OFFICEMATE_SECOND_OWN',
} as const;

type Variant = { readonly label: string; readonly env: Record<string, string> };

/** Reads `chunk=N decay=D doc=W {json}` (each part optional) into the adapter's environment. */
function parseVariant(text: string): Variant {
  const env: Record<string, string> = {};
  const rank: Record<string, unknown> = {};
  let rest = text.trim();
  for (;;) {
    const match = /^(chunk|decay|second|doc)=(\S+)\s*/.exec(rest);
    if (!match) break;
    if (match[1] === 'doc') rank.documentWeight = Number(match[2]);
    else env[KNOBS[match[1] as keyof typeof KNOBS]] = match[2]!;
    rest = rest.slice(match[0].length);
  }
  if (rest) {
    try {
      Object.assign(rank, JSON.parse(rest));
    } catch {
      throw new Error(
        `ir-tune: "${text}" is not chunk=N, decay=D, second=D, doc=W and a JSON object of ranking parameters`,
      );
    }
  }
  if (Object.keys(rank).length > 0) env.OFFICEMATE_RANK = JSON.stringify(rank);
  return { label: text.trim() || 'defaults', env };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const paired = args.includes('--paired');
  const subset = args.find((arg) => arg.startsWith('--collections='))?.slice('--collections='.length);
  const collections = subset ? subset.split(',').filter((name) => TUNING.includes(name)) : TUNING;
  const given = args.filter(
    (arg) => arg !== '--no-defaults' && arg !== '--paired' && !arg.startsWith('--collections='),
  );
  const variants = (args.includes('--no-defaults') ? given : ['', ...given]).map(parseVariant);
  const runs = paired ? mkdtempSync(join(tmpdir(), 'officemate-ir-tune-')) : undefined;
  await prepareHarness();
  const lines = [
    `| variant | ${collections.join(' | ')} | mean |`,
    `|---|${collections.map(() => '---:|').join('')}---:|`,
  ];
  for (const [position, variant] of variants.entries()) {
    const output = runHarness(
      collections,
      ['officemate'],
      resultPath(`officemate-tune-${position}`),
      variant.env,
      runs && join(runs, String(position)),
    );
    const values = collections.map(
      (name) =>
        output.collections.find((collection) => collection.name === name)?.engines[0]?.metrics?.[
          'ndcg_cut.10'
        ] ?? 0,
    );
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    lines.push(
      `| ${variant.label} | ${values.map((value) => value.toFixed(4)).join(' | ')} | ${mean.toFixed(4)} |`,
    );
    process.stderr.write(`${lines.at(-1)}\n`);
  }
  console.log(lines.join('\n'));
  if (runs) {
    console.log(await pairedTable(variants, runs, collections));
    rmSync(runs, { recursive: true, force: true });
  }
}

/** Each variant against the first, query by query: mean change ± standard error (up / down) per collection. */
async function pairedTable(
  variants: readonly Variant[],
  runs: string,
  collections: readonly string[],
): Promise<string> {
  const scores = async (position: number, collection: string) => {
    const file = join(runs, String(position), `${collection}.officemate.native.run`);
    const byQuery = existsSync(file) ? await queryScores(collection, file) : new Map<string, number>();
    return [...byQuery].map(([id, score]) => ({ id, score, text: '', cited: 0, citedInside: 0 }));
  };
  const lines = [
    '',
    `| against ${variants[0]?.label} | ${collections.join(' | ')} |`,
    `|---|${collections.map(() => '---:|').join('')}`,
  ];
  for (let position = 1; position < variants.length; position++) {
    const cells: string[] = [];
    for (const collection of collections) {
      const d = pairedDifference(await scores(0, collection), await scores(position, collection));
      cells.push(
        `${d.mean >= 0 ? '+' : ''}${d.mean.toFixed(4)} ± ${d.standardError.toFixed(4)} (${d.better}/${d.worse})`,
      );
    }
    lines.push(`| ${variants[position]!.label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

await main();
