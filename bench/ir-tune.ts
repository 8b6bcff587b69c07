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
 * `doc=W` is short for `{"documentWeight":W}` (each passage plus W times its document's score).
 * `--no-defaults` leaves out the defaults' row (when it was run already, to save a run).
 */
import { prepareHarness, resultPath, runHarness, TUNING } from './ir-harness.ts';

/** `name=value` parts of a variant and the adapter's environment variable each one sets. */
const KNOBS = {
  chunk: 'OFFICEMATE_CHUNK_WORDS',
  decay: 'OFFICEMATE_PASSAGE_DECAY',
} as const;

type Variant = { readonly label: string; readonly env: Record<string, string> };

/** Reads `chunk=N decay=D doc=W {json}` (each part optional) into the adapter's environment. */
function parseVariant(text: string): Variant {
  const env: Record<string, string> = {};
  const rank: Record<string, unknown> = {};
  let rest = text.trim();
  for (;;) {
    const match = /^(chunk|decay|doc)=(\S+)\s*/.exec(rest);
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
        `ir-tune: "${text}" is not chunk=N, decay=D, doc=W and a JSON object of ranking parameters`,
      );
    }
  }
  if (Object.keys(rank).length > 0) env.OFFICEMATE_RANK = JSON.stringify(rank);
  return { label: text.trim() || 'defaults', env };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const given = args.filter((arg) => arg !== '--no-defaults');
  const variants = (given.length < args.length ? given : ['', ...given]).map(parseVariant);
  await prepareHarness();
  const lines = [
    `| variant | ${TUNING.join(' | ')} | mean |`,
    `|---|${TUNING.map(() => '---:|').join('')}---:|`,
  ];
  for (const [position, variant] of variants.entries()) {
    const output = runHarness(TUNING, ['officemate'], resultPath(`officemate-tune-${position}`), variant.env);
    const values = TUNING.map(
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
}

await main();
