/**
 * Grounding benchmark: how well the lexical support check (`src/skills/grounding/`) tells a
 * sentence from the passages it rests on apart from passages it does not. Data: the specific
 * queries of ../shared/corpus/meetings/qmsum, whose reference answers are written by people
 * and cite the transcript turns they summarize (`relevant_text_span`). Each answer sentence
 * is checked against its own turns (it should pass) and against the turns of another query
 * of the same meeting that share none of them (it should fail: a wrong citation inside the
 * right meeting, the hard case). The peer in the same run is the check the skills had before,
 * "the cited source exists", which passes both.
 *
 * Meetings are split into a tuning half and a check half by a hash of their file name; the
 * threshold was chosen on the tuning half only.
 *
 *   node bin/run-ts.js bench/grounding.ts
 */
import { join } from 'node:path';
import type { QmsumSpan } from '../src/formats/transcript/read-qmsum.ts';
import { splitSentences } from '../src/lib/text/sentences.ts';
import { lexicalSupport } from '../src/skills/grounding/lexical-support.ts';
import { meetingFiles, readMeeting } from './qmsum-meetings.ts';

type Pair = { sentence: string; sources: string[]; supported: boolean; context: readonly string[] };

function hash(text: string): number {
  let value = 2166136261;
  for (const char of text) value = Math.imul(value ^ char.codePointAt(0)!, 16777619) >>> 0;
  return value;
}

function turnsIn(spans: readonly QmsumSpan[]): Set<number> {
  const out = new Set<number>();
  for (const span of spans) for (let turn = span.start; turn <= span.end; turn++) out.add(turn);
  return out;
}

async function pairsOf(file: string): Promise<Pair[]> {
  const { transcript, evaluation } = await readMeeting(file);
  const queries = evaluation.specific.filter((query) => query.spans.length > 0);
  // As the skills show a turn to the model: its speaker, then its words.
  const turnText = (turn: number) => {
    const found = transcript.turns[turn];
    return found ? `${found.speaker}: ${found.text}` : '';
  };
  const context = transcript.turns.map((turn) => `${turn.speaker}: ${turn.text}`);
  const text = (turns: Set<number>) => [...turns].map(turnText).filter(Boolean);
  const pairs: Pair[] = [];
  for (const [i, query] of queries.entries()) {
    const own = turnsIn(query.spans);
    const other = queries.find(
      (candidate, j) => j !== i && [...turnsIn(candidate.spans)].every((turn) => !own.has(turn)),
    );
    for (const span of splitSentences(query.answer)) {
      if (span.text.split(/\s+/).length < 4) continue;
      pairs.push({ sentence: span.text, sources: text(own), supported: true, context });
      if (other)
        pairs.push({ sentence: span.text, sources: text(turnsIn(other.spans)), supported: false, context });
    }
  }
  return pairs;
}

type Score = { accepted: number; rejected: number; positives: number; negatives: number };

function score(pairs: readonly Pair[], accept: (pair: Pair) => boolean): Score {
  const out = { accepted: 0, rejected: 0, positives: 0, negatives: 0 };
  for (const pair of pairs) {
    const ok = accept(pair);
    if (pair.supported) {
      out.positives++;
      if (ok) out.accepted++;
    } else {
      out.negatives++;
      if (!ok) out.rejected++;
    }
  }
  return out;
}

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '–');

const files: string[] = [];
for (const split of ['test', 'val']) for (const name of meetingFiles(split)) files.push(join(split, name));
const halves: Record<'tuning' | 'check', Pair[]> = { tuning: [], check: [] };
for (const file of files) halves[hash(file) % 2 === 0 ? 'tuning' : 'check'].push(...(await pairsOf(file)));

const checks: { name: string; accept: (pair: Pair) => boolean }[] = [
  { name: 'peer: the cited source exists', accept: (pair) => pair.sources.length > 0 },
  ...[0.4, 0.5].map((minShare) => ({
    name: `lexical support, minShare ${minShare}, sources only`,
    accept: (pair: Pair) => lexicalSupport(pair.sentence, pair.sources, { minShare }).supported,
  })),
  ...[0.4, 0.5, 0.6].map((minShare) => ({
    name: `lexical support, minShare ${minShare}, words weighted by rarity in the document${minShare === 0.5 ? ' (default)' : ''}`,
    accept: (pair: Pair) =>
      lexicalSupport(pair.sentence, pair.sources, { minShare, context: pair.context }).supported,
  })),
];

console.log('| check | half | supported sentences accepted | wrong citations rejected | balanced accuracy |');
console.log('|---|---|---|---|---|');
for (const check of checks)
  for (const half of (process.argv.includes('--tuning') ? ['tuning'] : ['tuning', 'check']) as (
    | 'tuning'
    | 'check'
  )[]) {
    const result = score(halves[half], check.accept);
    const balanced = (result.accepted / result.positives + result.rejected / result.negatives) / 2;
    console.log(
      `| ${check.name} | ${half} (${result.positives}+${result.negatives}) | ${percent(result.accepted, result.positives)} | ${percent(result.rejected, result.negatives)} | ${percent(balanced, 1)} |`,
    );
  }
