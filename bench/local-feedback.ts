/**
 * Meeting-local query expansion and other run weights for locating a QMSum query's passage,
 * against recap's own locator (focus-answer.ts `locateQuery`), on one half of
 * ../shared/corpus/meetings/qmsum. Passages only: no answer is written, so no ROUGE (bench/qmsum.ts
 * measures answers).
 *
 * Expansion learns from the meeting itself, so that a query reaches talk that says the subject in
 * other words:
 *  - feedback (a relevance model, as RM3 does over documents): the words of the query's best-matching
 *    turns, each weighted by its turn's relevance times its share of the turn's words times its idf,
 *    said in two of those turns at least; the best `words` of them join the query at `beta` times
 *    their share of the best one's weight;
 *  - co-occurrence: for each query word, the words said in the turns that say it or within
 *    `window` turns of one, ranked by the overlap of their turn sets (Jaccard), `words` per query
 *    word, joining at `beta` times the query word's weight and their share of the best overlap.
 * The expansion's BM25 scores are either added to the turns' scores before the runs are cut
 * ("turns") or used only to choose among the runs the query's own words cut ("choice").
 * Run weights other than the sum of the turns' scores: the sum of the run's k best turns, the sum
 * of the scores raised to a power, and a prior for earlier runs (the weight times 1 − α·start/turns).
 *
 * For the specific queries with reference spans (and with `--topics` the topic-list queries), per
 * part (the 1st, 3rd, 5th … meeting in name order, and the others): how often the passages overlap
 * a span, and the mean share of their turns inside one (bench/run-choice.ts).
 *
 *   node bin/run-ts.js bench/local-feedback.ts [--half tuning|check] [--topics]
 */
import type { QmsumSpan } from '../src/formats/transcript/read-qmsum.ts';
import {
  FOCUS_PARAMS,
  type LocatedQuery,
  locateQuery,
  queryRegions,
  smoothedRelevance,
  type TurnRegion,
  turnScores,
  type WeightedRun,
  weightedQueryTerms,
} from '../src/skills/recap-meeting/focus-answer.ts';
import { type PreparedTranscript, prepareTranscript } from '../src/skills/recap-meeting/transcript-units.ts';
import { halfFolder, meetingFiles, meetingsIn } from './qmsum-meetings.ts';
import { insideShare, overlapsSpans } from './run-choice.ts';
import { locatingItems } from './topic-queries.ts';

const halfArg = process.argv.indexOf('--half');
const half = halfFolder(halfArg >= 0 ? process.argv[halfArg + 1] : 'tuning');
const withTopics = process.argv.includes('--topics');

/** Words that join a query, with their weights before `beta`. */
type Expansion = (
  prepared: PreparedTranscript,
  located: LocatedQuery,
  query: ReadonlyMap<string, number>,
) => Map<string, number>;

/** The relevance model of the `turns` best-matching turns: their `words` most distinctive words. */
const feedback =
  (turns: number, words: number): Expansion =>
  (prepared, located, query) => {
    const best = located.own
      .map((score, turn) => ({ score, turn }))
      .filter((item) => item.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, turns);
    const top = best[0]?.score ?? 1;
    const mass = new Map<string, number>();
    const seen = new Map<string, number>();
    for (const { score, turn } of best) {
      const terms = prepared.turnTerms[turn] ?? [];
      for (const term of terms) mass.set(term, (mass.get(term) ?? 0) + score / top / terms.length);
      for (const term of new Set(terms)) seen.set(term, (seen.get(term) ?? 0) + 1);
    }
    return strongest(
      [...mass]
        .filter(([term]) => !query.has(term) && (seen.get(term) ?? 0) >= 2)
        .map(([term, value]) => [term, value * (prepared.idf.get(term) ?? 0)] as const),
      words,
    );
  };

/** Words said near each query word (within `window` turns), by the overlap of their turn sets. */
const coOccurring =
  (window: number, words: number): Expansion =>
  (prepared, _located, query) => {
    const turns = prepared.turnTerms.length;
    const turnsOf = new Map<string, number>();
    for (const terms of prepared.turnTerms)
      for (const term of new Set(terms)) turnsOf.set(term, (turnsOf.get(term) ?? 0) + 1);
    const out = new Map<string, number>();
    for (const [word, weight] of query) {
      const near = new Set<number>();
      prepared.turnTerms.forEach((terms, turn) => {
        if (!terms.includes(word)) return;
        for (let at = Math.max(0, turn - window); at <= Math.min(turns - 1, turn + window); at++)
          near.add(at);
      });
      if (near.size === 0) continue;
      const shared = new Map<string, number>();
      for (const turn of near)
        for (const term of new Set(prepared.turnTerms[turn] ?? []))
          shared.set(term, (shared.get(term) ?? 0) + 1);
      const ranked = strongest(
        [...shared]
          .filter(([term, count]) => !query.has(term) && count >= 2)
          .map(([term, count]) => [term, count / ((turnsOf.get(term) ?? 0) + near.size - count)] as const),
        words,
      );
      for (const [term, value] of ranked) out.set(term, Math.max(out.get(term) ?? 0, weight * value));
    }
    return out;
  };

/** The `count` heaviest words, each as a share of the heaviest one's weight. */
function strongest(scored: readonly (readonly [string, number])[], count: number): Map<string, number> {
  const ranked = [...scored].sort((a, b) => b[1] - a[1]).slice(0, count);
  const top = ranked[0]?.[1] ?? 1;
  return new Map(ranked.map(([term, value]) => [term, top > 0 ? value / top : 0]));
}

/** Of some weighted runs, the heaviest and any holding `runShare` of its weight, as recap chooses. */
function chosen(runs: readonly WeightedRun[], turns: number): TurnRegion[] {
  const best = Math.max(0, ...runs.map((item) => item.weight));
  const kept = runs.filter((item) => item.weight > 0 && item.weight >= FOCUS_PARAMS.runShare * best);
  return kept.length > 0 ? kept.map((item) => item.run) : [{ from: 0, to: turns - 1 }];
}

/** A locator: the passages of a query, from recap's own located query. */
type Locator = {
  readonly name: string;
  passages(prepared: PreparedTranscript, located: LocatedQuery, query: string): readonly TurnRegion[];
};

const expanded = (name: string, expansion: Expansion, beta: number, mode: 'turns' | 'choice'): Locator => ({
  name: `${name}, β ${beta}, ${mode === 'turns' ? 'added to the turns' : 'choosing among the runs'}`,
  passages(prepared, located, query) {
    const weights = expansion(prepared, located, weightedQueryTerms(query));
    const extra = turnScores(prepared, new Map([...weights].map(([term, weight]) => [term, beta * weight])));
    const own = located.own.map((score, turn) => score + (extra[turn] ?? 0));
    if (mode === 'turns') return queryRegions(own, smoothedRelevance(own), FOCUS_PARAMS.threshold);
    return chosen(
      located.runs.map(({ run }) => ({
        run,
        weight: own.slice(run.from, run.to + 1).reduce((a, b) => a + b, 0),
      })),
      own.length,
    );
  },
});

const reweighted = (
  name: string,
  weight: (scores: number[], run: TurnRegion, turns: number) => number,
): Locator => ({
  name,
  passages: (_prepared, located) =>
    chosen(
      located.runs.map(({ run }) => ({
        run,
        weight: weight(located.own.slice(run.from, run.to + 1), run, located.own.length),
      })),
      located.own.length,
    ),
});

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

const LOCATORS: readonly Locator[] = [
  { name: "recap's locator", passages: (_prepared, located) => located.regions },
  ...[0.1, 0.2, 0.4].flatMap((beta) =>
    (['turns', 'choice'] as const).flatMap((mode) => [
      expanded('feedback from the 10 best turns, 10 words', feedback(10, 10), beta, mode),
      expanded('feedback from the 20 best turns, 20 words', feedback(20, 20), beta, mode),
      expanded('co-occurring within ±2 turns, 5 words each', coOccurring(2, 5), beta, mode),
      expanded('co-occurring in the same turn, 10 words each', coOccurring(0, 10), beta, mode),
    ]),
  ),
  ...[3, 5, 8].map((k) =>
    reweighted(`a run weighed by its ${k} best turns`, (scores) =>
      sum(scores.sort((a, b) => b - a).slice(0, k)),
    ),
  ),
  ...[0.5, 2].map((power) =>
    reweighted(`a run weighed by its scores to the power ${power}`, (scores) =>
      sum(scores.map((s) => s ** power)),
    ),
  ),
  ...[0.2, 0.4].map((alpha) =>
    reweighted(
      `earlier runs first (α ${alpha})`,
      (scores, run, turns) => sum(scores) * (1 - (alpha * run.from) / turns),
    ),
  ),
];

type Tally = { n: number; overlap: number; inside: number };
const tallies = new Map<string, Tally>();
const count = (key: string, passages: readonly TurnRegion[], spans: readonly QmsumSpan[]) => {
  const tally = tallies.get(key) ?? { n: 0, overlap: 0, inside: 0 };
  tally.n++;
  if (passages.some((run) => overlapsSpans(run, spans))) tally.overlap++;
  tally.inside += insideShare(passages, spans);
  tallies.set(key, tally);
};

const names = meetingFiles(half);
for await (const { transcript, evaluation, part } of meetingsIn(half)) {
  const prepared = prepareTranscript(transcript);
  for (const item of locatingItems(evaluation, withTopics)) {
    const located = locateQuery(prepared, item.query);
    if (!located) continue;
    for (const locator of LOCATORS) {
      const passages = locator.passages(prepared, located, item.query);
      for (const group of [part, 'all'])
        count(`${locator.name}\u0000${item.kind}\u0000${group}`, passages, item.spans);
    }
  }
}

const kinds = withTopics ? ['specific', 'topic'] : ['specific'];
const cell = (key: string) => {
  const tally = tallies.get(key);
  if (!tally) return '– | –';
  return `${tally.overlap}/${tally.n} (${((100 * tally.overlap) / tally.n).toFixed(1)}%) | ${((100 * tally.inside) / tally.n).toFixed(1)}%`;
};
console.log(
  `Locating with meeting-local expansion and other run weights, ${half === 'test' ? 'tuning' : 'check'} half (${names.length} meetings; queries that match some turn)\n`,
);
for (const kind of kinds) {
  console.log(`${kind} queries: passages overlapping a span | mean share of their turns inside one\n`);
  console.log('| locator | all | | part a | | part b | |\n|---|---|---|---|---|---|---|');
  for (const locator of LOCATORS)
    console.log(
      `| ${locator.name} | ${cell(`${locator.name}\u0000${kind}\u0000all`)} | ${cell(`${locator.name}\u0000${kind}\u0000a`)} | ${cell(`${locator.name}\u0000${kind}\u0000b`)} |`,
    );
  console.log('');
}
