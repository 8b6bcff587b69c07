/**
 * Where topic-segment retrieval puts a QMSum query's passage, against recap's own locator
 * (focus-answer.ts `locateQuery`), on one half of ../shared/corpus/meetings/qmsum: the meeting cut
 * into topic segments by lexical cohesion (TextTiling over blocks of turns as segment-topics.ts
 * does, or over words as bench/topic-tiling.ts does, at several granularities), each segment
 * ranked for the query by the index's own ranking (`rankTexts` through bench/turn-windows.ts
 * `windowScores`), and the best segment (and a second when it scores close) taken as the passage,
 * used to weigh recap's runs, or used to cut recap's passages. For the specific queries with
 * reference spans (and with `--topics` the topic-list queries), how often the passages overlap a
 * span, the mean share of their turns inside one (bench/run-choice.ts) and their mean length in
 * turns, per kind of meeting; the segment holding most of the span as the ceiling of choosing a
 * segment; and, per locator, the queries it and recap's locator find apart. Passages only: no
 * answer is written, so no ROUGE (bench/qmsum.ts measures answers).
 *
 *   node bin/run-ts.js bench/segment-locator.ts [--half tuning|check] [--topics]
 */
import type { QmsumSpan } from '../src/formats/transcript/read-qmsum.ts';
import type { RankParams } from '../src/index/rank.ts';
import { FOCUS_PARAMS, locateQuery } from '../src/skills/recap-meeting/focus-answer.ts';
import { segmentTopics } from '../src/skills/recap-meeting/segment-topics.ts';
import { type PreparedTranscript, prepareTranscript } from '../src/skills/recap-meeting/transcript-units.ts';
import { halfFolder, kindOfMeeting, meetingsIn } from './qmsum-meetings.ts';
import { insideShare, overlapsSpans } from './run-choice.ts';
import { locatingItems } from './topic-queries.ts';
import { passagesInSegments, type TilingOptions, tileTopics } from './topic-tiling.ts';
import {
  locatingTerms,
  pickWindows,
  type TurnWindow,
  type WindowSettings,
  windowScores,
} from './turn-windows.ts';

const halfArg = process.argv.indexOf('--half');
const half = halfFolder(halfArg >= 0 ? process.argv[halfArg + 1] : 'tuning');
const withTopics = process.argv.includes('--topics');

const SCORING: WindowSettings = {
  turns: 0,
  stride: 0,
  windowsPerFile: 0,
  feedback: false,
  namedShare: 3,
  proximity: 0,
};

/** A segmentation of a meeting. */
type Segmenter = { readonly name: string; segment(prepared: PreparedTranscript): TurnWindow[] };

/** Recap's own segmenter (segment-topics.ts: TextTiling over blocks of turns) at another granularity. */
const turnTiling = (maxTopics: number, minShare: number): Segmenter => ({
  name: `TextTiling over turns, ≤${maxTopics} topics, ≥1/${minShare} of the turns`,
  segment: (prepared) =>
    segmentTopics(prepared, {
      maxTopics,
      minTurns: Math.max(3, Math.round(prepared.turnTerms.length / minShare)),
    }).map(({ from, to }) => ({ from, to })),
});

/** TextTiling over words (bench/topic-tiling.ts). */
const wordTiling = (options: TilingOptions): Segmenter => ({
  name: `TextTiling over words, blocks of ${options.block ?? 15}, cutoff ${options.cutoff ?? 0.5}${options.valleysOnly ? ', valley bottoms only' : ''}`,
  segment: (prepared) => tileTopics(prepared.turnTerms, options),
});

const SEGMENTERS: readonly Segmenter[] = [
  { name: "recap's topics (≤8)", segment: (prepared) => segmentTopics(prepared) },
  turnTiling(15, 30),
  turnTiling(25, 50),
  wordTiling({ block: 6, cutoff: -0.5 }),
  wordTiling({ block: 10, cutoff: 0 }),
  wordTiling({}),
  wordTiling({ block: 10, cutoff: 1 }),
  wordTiling({ block: 6, cutoff: -0.5, valleysOnly: true }),
  wordTiling({ valleysOnly: true }),
];

type Locator = {
  readonly name: string;
  locate(prepared: PreparedTranscript, query: string, segments: readonly TurnWindow[]): TurnWindow[];
};

const overlap = (a: TurnWindow, b: TurnWindow) => Math.min(a.to, b.to) - Math.max(a.from, b.from) + 1;

/** Each turn's words in sentences recap may answer from (units of enough content words). */
const unitWordsOf = new WeakMap<PreparedTranscript, number[]>();
function unitWords(prepared: PreparedTranscript): number[] {
  let out = unitWordsOf.get(prepared);
  if (!out) {
    out = prepared.turnTerms.map(() => 0);
    for (const unit of prepared.units)
      if (unit.terms.length >= FOCUS_PARAMS.minTerms)
        out[unit.turn] = (out[unit.turn] ?? 0) + unit.text.split(/\s+/).filter(Boolean).length;
    unitWordsOf.set(prepared, out);
  }
  return out;
}

type Use = 'segments' | "recap's passages cut to them" | "recap's runs by their segment";

function segmentLocator(use: Use, second: number, rank: Partial<RankParams> = {}): Locator {
  const scoring = { ...SCORING, rank };
  const tuned = Object.entries(rank)
    .map(([key, value]) => `, ${key} ${value}`)
    .join('');
  return {
    name: `best segment, a second at ${second}${tuned}: ${use}`,
    locate(prepared, query, segments) {
      const terms = locatingTerms(prepared, query);
      if (!terms) return [];
      const scores = windowScores(prepared, segments, terms.weights, terms.words, terms.speakers, scoring);
      const chosen = pickWindows(segments, scores, second);
      if (use === 'segments' || chosen.length === 0) return chosen;
      const located = locateQuery(prepared, query);
      if (!located) return chosen;
      if (use === "recap's passages cut to them")
        return passagesInSegments(located.regions, chosen, unitWords(prepared), FOCUS_PARAMS.answerWords);
      // Recap's runs, each weighed by its own weight times the score of the segment it lies most in.
      const top = Math.max(...scores) || 1;
      const value = located.runs.map((item) => {
        let best = 0;
        segments.forEach((segment, i) => {
          if (overlap(item.run, segment) > overlap(item.run, segments[best]!)) best = i;
        });
        return item.weight * ((scores[best] ?? 0) / top);
      });
      const most = Math.max(0, ...value);
      return located.runs.filter((_, i) => most > 0 && value[i]! >= 0.8 * most).map((item) => item.run);
    },
  };
}

const LOCATORS: readonly Locator[] = [
  segmentLocator('segments', 1),
  segmentLocator('segments', 0.8),
  segmentLocator('segments', 1, { k1: 3 }),
  segmentLocator('segments', 1, { k1: 3, bodyB: 0 }),
  segmentLocator("recap's runs by their segment", 1),
  segmentLocator("recap's passages cut to them", 0.8),
];

const KINDS = ['all', 'AMI', 'ICSI', 'committee'] as const;

type Tally = { n: number; overlap: number; inside: number; turns: number };
const tallies = new Map<string, Tally>();
const count = (key: string, passages: readonly TurnWindow[], spans: readonly QmsumSpan[]) => {
  const t = tallies.get(key) ?? { n: 0, overlap: 0, inside: 0, turns: 0 };
  t.n++;
  if (passages.some((passage) => overlapsSpans(passage, spans))) t.overlap++;
  t.inside += insideShare(passages, spans);
  t.turns += passages.reduce((sum, passage) => sum + passage.to - passage.from + 1, 0);
  tallies.set(key, t);
};

const RECAP = "recap's locator (main)";
const agreement = new Map<string, number[]>();
const rows: string[] = [RECAP];
for await (const { name, transcript, evaluation } of meetingsIn(half)) {
  const prepared = prepareTranscript(transcript);
  const items = locatingItems(evaluation, withTopics);
  const segmentations = SEGMENTERS.map((segmenter) => segmenter.segment(prepared));
  for (const item of items) {
    const tally = (row: string, passages: readonly TurnWindow[]) => {
      if (!rows.includes(row)) rows.push(row);
      for (const kind of ['all', kindOfMeeting(name)])
        count(`${row}\u0000${item.kind}\u0000${kind}`, passages, item.spans);
    };
    const recap = locateQuery(prepared, item.query)?.regions ?? [];
    tally(RECAP, recap);
    const recapRight = recap.some((passage) => overlapsSpans(passage, item.spans));
    SEGMENTERS.forEach((segmenter, s) => {
      // The ceiling of choosing a segment: the one holding most of the span's turns.
      const segments = segmentations[s]!;
      const held = segments.map(
        (segment) => insideShare([segment], item.spans) * (segment.to - segment.from + 1),
      );
      const most = Math.max(...held);
      tally(
        `${segmenter.name}: the segment holding most of the span (ceiling)`,
        most > 0 ? [segments[held.indexOf(most)]!] : [],
      );
      for (const locator of LOCATORS) {
        const passages = locator.locate(prepared, item.query, segmentations[s]!);
        tally(`${segmenter.name}: ${locator.name}`, passages);
        // Against recap's passages: right by both / by recap alone / by the segments alone / by neither.
        const right = passages.some((passage) => overlapsSpans(passage, item.spans));
        const key = `${segmenter.name}: ${locator.name}\u0000${item.kind}`;
        const cells = agreement.get(key) ?? [0, 0, 0, 0];
        cells[recapRight ? (right ? 0 : 1) : right ? 2 : 3]!++;
        agreement.set(key, cells);
      }
    });
  }
}

const pct = (value: number, n: number) => (n ? ((100 * value) / n).toFixed(1) : '–');
console.log(
  `Topic-segment locators on the ${half === 'test' ? 'tuning' : 'check'} half (${half}/): passages overlapping a span / mean share of their turns inside one / mean turns\n`,
);
for (const queries of withTopics ? ['specific', 'topic'] : ['specific']) {
  console.log(`| ${queries} queries | ${KINDS.join(' | ')} |`);
  console.log(`|---|${KINDS.map(() => '---').join('|')}|`);
  for (const row of rows) {
    const cells = KINDS.map((kind) => {
      const t = tallies.get(`${row}\u0000${queries}\u0000${kind}`);
      return t
        ? `${pct(t.overlap, t.n)}% / ${pct(t.inside, t.n)}% / ${(t.turns / t.n).toFixed(0)} (${t.n})`
        : '–';
    });
    console.log(`| ${row} | ${cells.join(' | ')} |`);
  }
  console.log('');
}

console.log(
  "Against recap's locator, queries whose passages overlap a span (by both / by recap's alone / by this one alone / by neither):\n",
);
console.log('| locator | queries | both | recap alone | this alone | neither |');
console.log('|---|---|---|---|---|---|');
for (const [key, cells] of agreement)
  console.log(`| ${key.replace('\u0000', ' | ')} | ${cells.join(' | ')} |`);
