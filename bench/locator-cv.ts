/**
 * Ways of locating a QMSum query's passage, each judged by cross-validation inside one half of
 * ../shared/corpus/meetings/qmsum (the tuning half unless `--half check`), so that a setting chosen
 * on some meetings is scored on others. Every form answers through recap's own steps (focus-answer.ts,
 * the `locate` option), so only where the answer is drawn from differs. For each form: cited turns
 * in span and specific ROUGE-1 on the two fixed parts of the half (bench/qmsum-meetings.ts), and the
 * topic-list queries' cited turns in span (more queries, no reference answer). For each family of
 * forms with a setting: the setting chosen on part a scored on part b and the other way round, and
 * leave-one-meeting-out (the setting chosen on the other meetings, scored on the one left out,
 * pooled), against recap's locator on the same queries.
 *
 * Families, each asked for by its option (recap as is always runs): `--signals`, recap's locator
 * rebuilt with its settings given, one signal left out (query words counted once per concept, the
 * named speaker's boost); `--grid`, its smoothing radius × threshold × second-run share; `--answers`,
 * the settings of the answer steps after locating (tail turns, the candidate score's weights, the
 * fewest terms of a candidate; moved in `FOCUS_PARAMS` for the answer and put back after it);
 * `--lead`, the fewest words of candidates from the first mention on; `--others`, the second run's
 * share, one run only, no announced passages, candidate runs re-weighed by BM25 of the run as one
 * text (a word said in many turns saturates, so a run saying more of the query's words wins), the
 * best window of turns by query likelihood with Dirichlet smoothing (its μ the length prior), and
 * fixed windows of turns scored by BM25; `--fresh`, relevance smoothed over fewer turns before a
 * mention than after it (talk after a mention is about it, talk before it need not be), smoothed by
 * a flat, triangular or Gaussian kernel over the same radius, and the
 * smoothed relevance times the share of the query's weight said within the smoothing radius (a
 * stretch saying every query word above one repeating a single word); `--budget`, the answer's
 * word budget, the share of the heaviest passage's weight from which a second passage is answered
 * from too, and the fewest units of a named speaker for the answer to come from them alone;
 * `--speech`, the passage located by the subject's nouns alone, or without its adjectives and
 * adverbs ("the next step", "the new remote"), by the part-of-speech tagger; `--discussion`, the
 * subject looked for only inside the wider discussion the query names ("… when discussing X");
 * `--spread`, each query word weighed by how concentrated its mentions are over the meeting's parts
 * (recap's topic segments, or stretches of the smoothing window's length; Gries's deviation of
 * proportions, so a word said evenly throughout locates nothing), in the scores the runs are cut
 * from, only in choosing among recap's runs, or only in the answer's sentence scores and where its
 * candidates start and end; `--ends`, each passage's candidates from its first to its last strong
 * mention (own relevance at least the passage's mean over its matching turns, or the turns saying
 * its most concentrated query word), the passage cut there or kept whole with the weak mentions no
 * longer counted, with 30 or 45 words of candidates at least; `--cite`, which turns the answer is
 * drawn from and so cites: only the passage's turns that say the query's words, or those and the
 * direct reply to each, or only the exchange of the first chosen sentence (its turn, the direct reply,
 * the question before it), and a second passage kept only when it scores like the heaviest (its best
 * turn, its mean mention, its weight per turn at least the heaviest's, or it says every query word
 * the heaviest says); `--neighbours`, runs weighed by the mentions whose neighbourhood (1–8 turns
 * either side, anyone or another speaker) says the query's words too; `--said`, the passage located
 * by the words as said, restarts the readable text leaves out included. The table also gives each
 * form's cited turns and words per specific answer. `--only` keeps recap as is beside the forms it names.
 *
 *   node bin/run-ts.js bench/locator-cv.ts [--half tuning|check] [--signals] [--grid] [--answers] [--lead] [--others] [--fresh] [--budget] [--speech] [--discussion] [--spread] [--ends] [--cite] [--neighbours] [--said] [--only NAME-PREFIX]
 */
import type { QmsumSpan } from '../src/formats/transcript/read-qmsum.ts';
import { stem } from '../src/lib/text/stem.ts';
import { announcedPassages } from '../src/skills/recap-meeting/announced-subjects.ts';
import { compressUtterance } from '../src/skills/recap-meeting/compress-utterance.ts';
import { tagger } from '../src/skills/recap-meeting/english-tagger.ts';
import {
  answerPicks,
  CONTEXT_CLAUSE,
  FOCUS_PARAMS,
  type FocusOptions,
  type LocatedQuery,
  locateQuery,
  passageRuns,
  queryTerms,
  smoothedRelevance,
  speakersNamed,
  type TurnRegion,
  turnScores,
  type WeightedRun,
  weightedQueryTerms,
} from '../src/skills/recap-meeting/focus-answer.ts';
import { weightsPerConcept } from '../src/skills/recap-meeting/query-concepts.ts';
import { answerQuery } from '../src/skills/recap-meeting/recap-meeting.ts';
import { segmentTopics } from '../src/skills/recap-meeting/segment-topics.ts';
import { contentTerms } from '../src/skills/recap-meeting/text-terms.ts';
import {
  type PreparedTranscript,
  prepareTranscript,
  turnStatistics,
} from '../src/skills/recap-meeting/transcript-units.ts';
import { halfFolder, type MeetingPart, meetingsIn } from './qmsum-meetings.ts';
import { rouge } from './rouge.ts';
import { topicQuery } from './topic-queries.ts';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const folder = halfFolder(arg('--half'));
const only = arg('--only');

type Locate = NonNullable<FocusOptions['locate']>;
/** A form: a locator, or recap's own with some of its answer settings moved (`FOCUS_PARAMS`, restored after each answer). */
type Form = {
  readonly family: string;
  readonly setting: string;
  readonly locate?: Locate;
  readonly params?: Partial<Record<keyof typeof FOCUS_PARAMS, unknown>>;
};

/** The subject's term weights before words of one concept share theirs (the wider discussion's when the subject is never said). */
function subjectWeights(prepared: PreparedTranscript, query: string): Map<string, number> {
  const labels = prepared.transcript.turns.map((turn) => turn.speaker);
  const named = weightedQueryTerms(query, labels);
  const weighted = named.size > 0 ? named : weightedQueryTerms(query);
  const subject = new Map([...weighted].filter(([, weight]) => weight >= 1));
  return isSaid(prepared, subject) ? subject : weighted;
}

const isSaid = (prepared: PreparedTranscript, terms: ReadonlyMap<string, number>) =>
  [...terms.keys()].some((term) => prepared.turnTerms.some((turn) => turn.includes(term)));

/** The subject's term weights as recap's locator reads them, one share per concept. */
function locatingWeights(prepared: PreparedTranscript, query: string): Map<string, number> {
  return weightsPerConcept(prepared.turnTerms, subjectWeights(prepared, query));
}

/** Runs kept as recap keeps them: the heaviest and any holding `share` of its weight. */
function keptRuns(runs: readonly WeightedRun[], share: number): TurnRegion[] {
  const best = Math.max(0, ...runs.map((item) => item.weight));
  return runs.filter((item) => item.weight > 0 && item.weight >= share * best).map((item) => item.run);
}

/** Recap's located query with its passages replaced (unless an announcement placed them). */
function withRegions(
  located: LocatedQuery,
  runs: readonly WeightedRun[],
  share: number = FOCUS_PARAMS.runShare,
): LocatedQuery {
  if (located.announced) return located;
  const regions = keptRuns(runs, share);
  return regions.length > 0 ? { ...located, regions, runs } : located;
}

/** Term counts of turns `from`..`to`, and their number of terms. */
function windowCounts(prepared: PreparedTranscript, from: number, to: number) {
  const counts = new Map<string, number>();
  let length = 0;
  for (let turn = from; turn <= to; turn++)
    for (const term of prepared.turnTerms[turn] ?? []) {
      counts.set(term, (counts.get(term) ?? 0) + 1);
      length++;
    }
  return { counts, length };
}

/** Candidate runs re-weighed by BM25 of the run as one text. */
const runsBm25 =
  (k1: number, b: number): Locate =>
  (prepared, query) => {
    const located = locateQuery(prepared, query);
    if (!located) return undefined;
    const weights = locatingWeights(prepared, query);
    const texts = located.runs.map((item) => windowCounts(prepared, item.run.from, item.run.to));
    const average = texts.reduce((sum, text) => sum + text.length, 0) / Math.max(texts.length, 1) || 1;
    const runs = located.runs.map((item, i) => {
      const text = texts[i] ?? { counts: new Map<string, number>(), length: 0 };
      let weight = 0;
      for (const [term, w] of weights) {
        const tf = text.counts.get(term) ?? 0;
        if (tf === 0) continue;
        const idf = prepared.idf.get(term) ?? 0;
        weight += (w * idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * text.length) / average));
      }
      return { run: item.run, weight };
    });
    return withRegions(located, runs);
  };

/** The window of turns with the best Dirichlet query likelihood (rank-equivalent form), ends on matching turns. */
const windowQl =
  (mu: number, maxTurns: number): Locate =>
  (prepared, query) => {
    const located = locateQuery(prepared, query);
    if (!located) return undefined;
    const weights = locatingWeights(prepared, query);
    const total = prepared.turnTerms.reduce((sum, terms) => sum + terms.length, 0) || 1;
    const collection = new Map<string, number>();
    for (const terms of prepared.turnTerms)
      for (const term of terms) if (weights.has(term)) collection.set(term, (collection.get(term) ?? 0) + 1);
    const mass = [...weights.values()].reduce((sum, w) => sum + w, 0);
    const matching = located.own.flatMap((score, turn) => (score > 0 ? [turn] : []));
    let best: { run: TurnRegion; weight: number } | undefined;
    for (const from of matching) {
      const counts = new Map<string, number>();
      let length = 0;
      for (let to = from; to < prepared.turnTerms.length && to - from < maxTurns; to++) {
        for (const term of prepared.turnTerms[to] ?? []) {
          length++;
          if (weights.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
        }
        if ((located.own[to] ?? 0) <= 0) continue;
        let score = mass * Math.log(mu / (length + mu));
        for (const [term, tf] of counts) {
          const p = (collection.get(term) ?? 0) / total;
          if (p > 0) score += (weights.get(term) ?? 0) * Math.log(1 + tf / (mu * p));
        }
        if (!best || score > best.weight) best = { run: { from, to }, weight: score };
      }
    }
    if (!best || located.announced) return located;
    return { ...located, regions: [best.run], runs: [{ run: best.run, weight: 1 }] };
  };

/** Fixed windows of `size` turns (stride 1) scored by BM25 of the window as one text; the best one. */
const windowBm25 =
  (size: number, k1: number): Locate =>
  (prepared, query) => {
    const located = locateQuery(prepared, query);
    if (!located) return undefined;
    const weights = locatingWeights(prepared, query);
    const turns = prepared.turnTerms.length;
    let best: { run: TurnRegion; weight: number } | undefined;
    for (let from = 0; from + size <= Math.max(turns, size); from++) {
      const to = Math.min(turns - 1, from + size - 1);
      const { counts } = windowCounts(prepared, from, to);
      let weight = 0;
      for (const [term, w] of weights) {
        const tf = counts.get(term) ?? 0;
        if (tf > 0) weight += (w * (prepared.idf.get(term) ?? 0) * tf * (k1 + 1)) / (tf + k1);
      }
      if (!best || weight > best.weight) best = { run: { from, to }, weight };
    }
    if (!best || best.weight <= 0 || located.announced) return located;
    return { ...located, regions: [best.run], runs: [{ run: best.run, weight: 1 }] };
  };

/** Recap's locator with its settings given: what each of its signals and parameters is worth on other meetings. */
type Settings = {
  readonly radius: number;
  readonly threshold: number;
  readonly share: number;
  /** Query words said in nearly the same turns count once. */
  readonly concepts: boolean;
  /** Weight of a matching turn by a speaker the query names. */
  readonly boost: number;
};
const RECAP: Settings = {
  radius: FOCUS_PARAMS.radius,
  threshold: FOCUS_PARAMS.threshold,
  share: FOCUS_PARAMS.runShare,
  concepts: true,
  boost: FOCUS_PARAMS.namedBoost,
};
const recapWith =
  (settings: Settings): Locate =>
  (prepared, query) => {
    const labels = prepared.transcript.turns.map((turn) => turn.speaker);
    const speakers = speakersNamed(query, labels);
    const named = weightedQueryTerms(query, labels);
    const weighted = named.size > 0 ? named : weightedQueryTerms(query);
    const subject = new Map([...weighted].filter(([, weight]) => weight >= 1));
    const per = (terms: Map<string, number>) =>
      settings.concepts ? weightsPerConcept(prepared.turnTerms, terms) : terms;
    const bySubject = turnScores(prepared, per(subject));
    const matched = bySubject.some((score) => score > 0) ? bySubject : turnScores(prepared, per(weighted));
    if (matched.every((score) => score === 0)) return undefined;
    const own = matched.map((score, turn) =>
      speakers.has(prepared.transcript.turns[turn]?.speaker ?? '') ? score * settings.boost : score,
    );
    const runs = passageRuns(own, smoothedRelevance(own, settings.radius), settings.threshold);
    const spoken = [...subject.keys()].filter((term) => prepared.idf.has(term));
    const announced = announcedPassages(
      prepared.transcript.turns.map((turn) => turn.text),
      (said) => spoken.length > 0 && spoken.every((term) => queryTerms(said).includes(term)),
    );
    const kept = keptRuns(runs, settings.share);
    return {
      terms: [...weighted.keys()],
      own,
      speakers,
      regions: announced.length > 0 ? announced : kept.length > 0 ? kept : [{ from: 0, to: own.length - 1 }],
      runs,
      ...(announced.length > 0 ? { announced: true } : {}),
    };
  };

/** Recap's located query with the second passage left out. */
const oneRun: Locate = (prepared, query) => {
  const located = locateQuery(prepared, query);
  return located ? withRegions(located, located.runs, 1) : undefined;
};

/** Recap's candidate runs kept at another share of the heaviest. */
const runShare =
  (share: number): Locate =>
  (prepared, query) => {
    const located = locateQuery(prepared, query);
    return located ? withRegions(located, located.runs, share) : undefined;
  };

/** Recap's locator without its announced-subject passages. */
const noAnnounced: Locate = (prepared, query) => {
  const located = locateQuery(prepared, query);
  if (!located?.announced) return located;
  const { announced: _, ...rest } = located;
  return withRegions(rest, located.runs);
};

/** Scores spread over neighbouring turns, `back` turns to the turns before a mention and `ahead` to those after it. */
function smoothSided(values: readonly number[], back: number, ahead: number): number[] {
  const reach = Math.max(back, ahead);
  return values.map((_, i) => {
    let sum = 0;
    for (let j = Math.max(0, i - reach); j <= Math.min(values.length - 1, i + reach); j++) {
      const radius = j <= i ? ahead : back;
      if (Math.abs(i - j) > radius) continue;
      sum += (values[j] ?? 0) * Math.exp(-Math.abs(i - j) / (radius / 2));
    }
    return sum;
  });
}

const scaled = (values: readonly number[]) => {
  const max = Math.max(...values, 0);
  return max > 0 ? values.map((value) => value / max) : values.map(() => 0);
};

/** Recap's candidate runs cut from relevance smoothed more after a mention than before it. */
const sided =
  (back: number): Locate =>
  (prepared, query) => {
    const located = locateQuery(prepared, query);
    if (!located) return undefined;
    const region = scaled(smoothSided(located.own, back, FOCUS_PARAMS.radius));
    return withRegions(located, passageRuns(located.own, region, FOCUS_PARAMS.threshold));
  };

/**
 * Recap's smoothed relevance times the share of the query's weight (idf times weight) said within
 * the smoothing radius: a stretch that says every query word outranks one repeating a single word.
 */
const covered =
  (power: number): Locate =>
  (prepared, query) => {
    const located = locateQuery(prepared, query);
    if (!located) return undefined;
    const weights = locatingWeights(prepared, query);
    const radius = FOCUS_PARAMS.radius;
    const turns = prepared.turnTerms.length;
    const total = [...weights].reduce((sum, [term, w]) => sum + w * (prepared.idf.get(term) ?? 0), 0);
    if (total <= 0) return located;
    const cover = new Array<number>(turns).fill(0);
    for (const [term, w] of weights) {
      const value = (w * (prepared.idf.get(term) ?? 0)) / total;
      const near = new Array<boolean>(turns).fill(false);
      prepared.turnTerms.forEach((said, turn) => {
        if (!said.includes(term)) return;
        for (let i = Math.max(0, turn - radius); i <= Math.min(turns - 1, turn + radius); i++) near[i] = true;
      });
      near.forEach((yes, i) => {
        if (yes) cover[i] = (cover[i] ?? 0) + value;
      });
    }
    const region = scaled(smoothedRelevance(located.own).map((value, i) => value * (cover[i] ?? 0) ** power));
    return withRegions(located, passageRuns(located.own, region, FOCUS_PARAMS.threshold));
  };

/** Scores spread over ±`radius` turns by a kernel of the distance (1 at the turn itself). */
function smoothBy(values: readonly number[], radius: number, kernel: (distance: number) => number): number[] {
  return values.map((_, i) => {
    let sum = 0;
    for (let j = Math.max(0, i - radius); j <= Math.min(values.length - 1, i + radius); j++)
      sum += (values[j] ?? 0) * kernel(Math.abs(i - j));
    return sum;
  });
}

const KERNELS: Readonly<Record<string, (distance: number) => number>> = {
  flat: () => 1,
  triangle: (distance) => 1 - distance / (FOCUS_PARAMS.radius + 1),
  gaussian: (distance) => Math.exp(-((distance / (FOCUS_PARAMS.radius / 2)) ** 2) / 2),
};

/** Recap's candidate runs cut from relevance smoothed by another kernel over the same radius. */
const kernelled =
  (name: string): Locate =>
  (prepared, query) => {
    const located = locateQuery(prepared, query);
    const kernel = KERNELS[name];
    if (!located || !kernel) return located;
    const region = scaled(smoothBy(located.own, FOCUS_PARAMS.radius, kernel));
    return withRegions(located, passageRuns(located.own, region, FOCUS_PARAMS.threshold));
  };

/** Stems of the query's words whose part of speech `keep` accepts (compromise's tags). */
function stemsTagged(query: string, keep: (tags: readonly string[]) => boolean): Set<string> {
  const out = new Set<string>();
  for (const sentence of tagger()(query).out('tags'))
    for (const [word, tags] of Object.entries(sentence))
      if (keep(tags)) out.add(stem(word.toLowerCase().replace(/'.*$/, '')));
  return out;
}

/**
 * Recap's locator with the subject's words restricted to those `keep` accepts when locating
 * (all of them when none is left); the answer still weighs every query word in its sentences.
 */
const byPartOfSpeech =
  (keep: (tags: readonly string[]) => boolean): Locate =>
  (prepared, query) => {
    const located = locateQuery(prepared, query);
    if (!located || located.announced) return located;
    const raw = subjectWeights(prepared, query);
    const kept = stemsTagged(query, keep);
    const filtered = new Map([...raw].filter(([term]) => kept.has(term)));
    if (filtered.size === 0 || filtered.size === raw.size || !isSaid(prepared, filtered)) return located;
    const chosen = weightsPerConcept(prepared.turnTerms, filtered);
    const scores = turnScores(prepared, chosen);
    if (scores.every((score) => score === 0)) return located;
    const own = scores.map((score, turn) =>
      located.speakers.has(prepared.transcript.turns[turn]?.speaker ?? '')
        ? score * FOCUS_PARAMS.namedBoost
        : score,
    );
    const runs = passageRuns(own, smoothedRelevance(own), FOCUS_PARAMS.threshold);
    const regions = keptRuns(runs, FOCUS_PARAMS.runShare);
    return regions.length > 0 ? { ...located, own, runs, regions } : located;
  };
const isNoun = (tags: readonly string[]) => tags.includes('Noun') || tags.includes('Acronym');
const isModifier = (tags: readonly string[]) =>
  !isNoun(tags) && (tags.includes('Adjective') || tags.includes('Adverb'));

/**
 * Recap's locator with the subject looked for only inside the wider discussion the query names
 * ("… when discussing the budget"): the turns of that discussion's candidate runs (every run, or the
 * runs recap would keep), the subject's matches elsewhere set to nothing; recap's passages when the
 * query names no discussion, the meeting never says its words, or the subject is not said inside it.
 */
const withinDiscussion =
  (which: 'every run' | 'kept runs'): Locate =>
  (prepared, query) => {
    const located = locateQuery(prepared, query);
    if (!located || located.announced) return located;
    const [, ...context] = query.split(CONTEXT_CLAUSE);
    if (context.length === 0) return located;
    const labels = prepared.transcript.turns.map((turn) => turn.speaker);
    const terms = new Map(queryTerms(context.join(' '), labels).map((term) => [term, 1]));
    if (!isSaid(prepared, terms)) return located;
    const discussion = turnScores(prepared, weightsPerConcept(prepared.turnTerms, terms));
    const runs = passageRuns(discussion, smoothedRelevance(discussion), FOCUS_PARAMS.threshold);
    const spans =
      which === 'every run' ? runs.map((item) => item.run) : keptRuns(runs, FOCUS_PARAMS.runShare);
    const inside = (turn: number) => spans.some((span) => turn >= span.from && turn <= span.to);
    const own = located.own.map((score, turn) => (inside(turn) ? score : 0));
    if (own.every((score) => score === 0)) return located;
    const subjectRuns = passageRuns(own, smoothedRelevance(own), FOCUS_PARAMS.threshold);
    const regions = keptRuns(subjectRuns, FOCUS_PARAMS.runShare);
    return regions.length > 0 ? { ...located, own, runs: subjectRuns, regions } : located;
  };

/**
 * How unevenly a word's mentions fall over parts of the meeting (Gries's deviation of proportions,
 * normalised: 0 for a word said in each part as often as the part's length predicts, 1 for a word
 * said in one short part only), the parts being recap's topic segments or stretches of `size` turns.
 */
function concentration(prepared: PreparedTranscript, term: string, parts: readonly TurnRegion[]): number {
  const said = parts.map((part) => {
    let count = 0;
    let length = 0;
    for (let turn = part.from; turn <= part.to; turn++) {
      const terms = prepared.turnTerms[turn] ?? [];
      length += terms.length;
      for (const t of terms) if (t === term) count++;
    }
    return { count, length };
  });
  const total = said.reduce((sum, part) => sum + part.count, 0);
  const words = said.reduce((sum, part) => sum + part.length, 0);
  if (total === 0 || words === 0) return 0;
  const expected = said.map((part) => part.length / words);
  const dp = 0.5 * said.reduce((sum, part, i) => sum + Math.abs(part.count / total - (expected[i] ?? 0)), 0);
  const smallest = Math.min(...expected.filter((e) => e > 0));
  return smallest < 1 ? dp / (1 - smallest) : 0;
}

const stretches = (turns: number, size: number): TurnRegion[] =>
  Array.from({ length: Math.ceil(turns / size) }, (_, i) => ({
    from: i * size,
    to: Math.min(turns - 1, (i + 1) * size - 1),
  }));

/**
 * Recap's locator with each query word's weight times its concentration over the meeting's parts
 * (a word spread evenly over the meeting locates nothing): in the turns' scores the runs are cut
 * from ('locate'), or only to weigh the runs cut from the plain scores ('choose').
 */
const concentrated =
  (parts: 'topics' | 'stretches', use: 'locate' | 'choose' | 'sentences' | 'bounds'): Locate =>
  (prepared, query) => {
    const located = locateQuery(prepared, query);
    if (!located || located.announced) return located;
    const regions =
      parts === 'topics'
        ? segmentTopics(prepared).map((topic) => ({ from: topic.from, to: topic.to }))
        : stretches(prepared.turnTerms.length, 2 * FOCUS_PARAMS.radius + 1);
    if (regions.length < 2) return located;
    const weights = locatingWeights(prepared, query);
    const peaked = new Map(
      [...weights].map(([term, weight]) => [term, weight * concentration(prepared, term, regions)]),
    );
    const scores = turnScores(prepared, peaked).map((score, turn) =>
      located.speakers.has(prepared.transcript.turns[turn]?.speaker ?? '')
        ? score * FOCUS_PARAMS.namedBoost
        : score,
    );
    if (scores.every((score) => score === 0)) return located;
    // The passages as recap finds them; the answer's sentences (their turn's relevance, the
    // passage's smoothed relevance, where candidates start and end) read the concentrated weights.
    if (use === 'sentences') return { ...located, own: scores };
    if (use === 'locate') {
      const runs = passageRuns(scores, smoothedRelevance(scores), FOCUS_PARAMS.threshold);
      return withRegions(located, runs);
    }
    const runs = located.runs.map((item) => {
      let weight = 0;
      for (let turn = item.run.from; turn <= item.run.to; turn++) weight += scores[turn] ?? 0;
      return { run: item.run, weight };
    });
    return withRegions(located, runs);
  };

/**
 * Recap's passages cut to the stretch from their first to their last strong mention: a turn whose own
 * relevance is at least the mean of the passage's matching turns ('mean'), or, with 'concentrated',
 * the first and last turns that say the passage's most concentrated query word (`concentration`
 * over the topic segments); weak mentions at a passage's ends are the talk before and after it.
 */
const strongEnds =
  (by: 'mean' | 'concentrated', how: 'cut' | 'zero' = 'cut'): Locate =>
  (prepared, query) => {
    const located = locateQuery(prepared, query);
    if (!located || located.announced) return located;
    const weights = locatingWeights(prepared, query);
    const topics = segmentTopics(prepared).map((topic) => ({ from: topic.from, to: topic.to }));
    const cut = (span: TurnRegion): TurnRegion => {
      const turns: number[] = [];
      for (let turn = span.from; turn <= span.to; turn++) if ((located.own[turn] ?? 0) > 0) turns.push(turn);
      if (turns.length < 2) return span;
      let strong: number[];
      if (by === 'mean') {
        const mean = turns.reduce((sum, turn) => sum + (located.own[turn] ?? 0), 0) / turns.length;
        strong = turns.filter((turn) => (located.own[turn] ?? 0) >= mean);
      } else {
        const said = [...weights.keys()].filter((term) =>
          turns.some((turn) => prepared.turnTerms[turn]?.includes(term)),
        );
        if (said.length < 2 || topics.length < 2) return span;
        const best = said.reduce((a, b) =>
          concentration(prepared, b, topics) > concentration(prepared, a, topics) ? b : a,
        );
        strong = turns.filter((turn) => prepared.turnTerms[turn]?.includes(best));
      }
      const from = Math.min(...strong);
      const to = Math.max(...strong);
      return { from, to };
    };
    const regions = located.regions.map(cut);
    if (how === 'zero') {
      // The passages kept whole; their weak mentions outside the strong stretch no longer count as mentions.
      const inCore = (turn: number) => regions.some((span) => turn >= span.from && turn <= span.to);
      const inPassage = (turn: number) =>
        located.regions.some((span) => turn >= span.from && turn <= span.to);
      return {
        ...located,
        own: located.own.map((score, turn) => (inPassage(turn) && !inCore(turn) ? 0 : score)),
      };
    }
    const runs = located.runs.map((item) => {
      const at = located.regions.findIndex((span) => span.from === item.run.from && span.to === item.run.to);
      return at >= 0 ? { run: regions[at] ?? item.run, weight: item.weight } : item;
    });
    return { ...located, regions, runs };
  };

/**
 * Recap's passages with their answer drawn only from the turns that say the query's words
 * ('mentions'), or those and the direct reply to each (the next turn, by another speaker); the
 * whole passage when these hold too few words.
 */
const citedTurns =
  (which: 'mentions' | 'mentions and replies'): Locate =>
  (prepared, query) => {
    const located = locateQuery(prepared, query);
    if (!located || located.announced) return located;
    const turns = prepared.transcript.turns;
    const says = (turn: number) => (located.own[turn] ?? 0) > 0;
    const answerTurns = new Set<number>();
    located.own.forEach((_, turn) => {
      if (says(turn)) answerTurns.add(turn);
      else if (
        which === 'mentions and replies' &&
        says(turn - 1) &&
        turns[turn]?.speaker !== turns[turn - 1]?.speaker
      )
        answerTurns.add(turn);
    });
    return { ...located, answerTurns };
  };

/**
 * Recap's answer drawn only from the exchange of its first choice: the turn of the sentence chosen
 * first and the direct reply to it (the next turn, by another speaker), with the question before it
 * too ('question, turn and reply': the turn before, by another speaker, when it asks).
 */
const firstExchange =
  (which: 'turn and reply' | 'question, turn and reply'): Locate =>
  (prepared, query) => {
    const located = locateQuery(prepared, query);
    const first = answerPicks(prepared, query)?.[0]?.unit.turn;
    if (!located || first === undefined) return located;
    const turns = prepared.transcript.turns;
    const speaker = turns[first]?.speaker;
    const answerTurns = new Set([first]);
    if (turns[first + 1] && turns[first + 1]?.speaker !== speaker) answerTurns.add(first + 1);
    const before = turns[first - 1];
    if (which !== 'turn and reply' && before && before.speaker !== speaker && /\?\s*$/.test(before.text))
      answerTurns.add(first - 1);
    return { ...located, answerTurns };
  };

/**
 * Recap's second passage kept only when it scores like the heaviest one: its best turn's own
 * relevance ('peak'), its matching turns' mean relevance ('mean mention'), its query weight per turn
 * ('density'), at least the heaviest passage's; or it says every query word the heaviest says ('words').
 */
const secondLike =
  (by: 'peak' | 'mean mention' | 'density' | 'words'): Locate =>
  (prepared, query) => {
    const located = locateQuery(prepared, query);
    if (!located || located.announced || located.regions.length < 2) return located;
    const of = (span: TurnRegion) => {
      const mentions: number[] = [];
      for (let turn = span.from; turn <= span.to; turn++)
        if ((located.own[turn] ?? 0) > 0) mentions.push(located.own[turn] ?? 0);
      const sum = mentions.reduce((a, b) => a + b, 0);
      const said = new Set<string>();
      for (let turn = span.from; turn <= span.to; turn++)
        for (const term of prepared.turnTerms[turn] ?? []) if (located.terms.includes(term)) said.add(term);
      return {
        peak: Math.max(0, ...mentions),
        mean: mentions.length ? sum / mentions.length : 0,
        density: sum / (span.to - span.from + 1),
        said,
        sum,
      };
    };
    const measured = located.regions.map((span) => ({ span, ...of(span) }));
    const best = measured.reduce((a, b) => (b.sum > a.sum ? b : a));
    const kept = measured.filter((item) => {
      if (item === best) return true;
      if (by === 'peak') return item.peak >= best.peak;
      if (by === 'mean mention') return item.mean >= best.mean;
      if (by === 'density') return item.density >= best.density;
      return [...best.said].every((term) => item.said.has(term));
    });
    return { ...located, regions: kept.map((item) => item.span) };
  };

/**
 * Recap's candidate runs re-weighed by the mentions whose neighbourhood also says the query's words:
 * a matching turn counts only when another turn within `reach` turns matches too (by anyone, or by
 * another speaker, a discussion taken up rather than one speaker's aside).
 */
const neighbourhood =
  (reach: number, who: 'anyone' | 'another speaker'): Locate =>
  (prepared, query) => {
    const located = locateQuery(prepared, query);
    if (!located || located.announced) return located;
    const turns = prepared.transcript.turns;
    const echoed = (turn: number) => {
      for (let other = turn - reach; other <= turn + reach; other++) {
        if (other === turn || (located.own[other] ?? 0) <= 0) continue;
        if (who === 'anyone' || turns[other]?.speaker !== turns[turn]?.speaker) return true;
      }
      return false;
    };
    const runs = located.runs.map((item) => {
      let weight = 0;
      for (let turn = item.run.from; turn <= item.run.to; turn++)
        if ((located.own[turn] ?? 0) > 0 && echoed(turn)) weight += located.own[turn] ?? 0;
      return { run: item.run, weight };
    });
    return withRegions(located, runs);
  };

const spokenCache = new WeakMap<PreparedTranscript, PreparedTranscript>();
/**
 * The transcript's terms as said, markup aside: restarts the speaker abandoned, which readable
 * sentences leave out, still say what is being talked about ("how much of it is built into the
 * {disfmarker}").
 */
function spoken(prepared: PreparedTranscript, keep: 'all' | 'short restarts dropped'): PreparedTranscript {
  const known = keep === 'all' ? spokenCache.get(prepared) : undefined;
  if (known) return known;
  const turnTerms = prepared.transcript.turns.map((turn) =>
    contentTerms(
      keep === 'all'
        ? turn.text.replace(/\{[a-z_]+\}|\[[^\]]*\]/g, ' ')
        : compressUtterance(turn.text, { aggressive: false }),
    ),
  );
  const value = { ...prepared, turnTerms, ...turnStatistics(turnTerms) };
  if (keep === 'all') spokenCache.set(prepared, value);
  return value;
}

/** Recap's locator reading the words as said (`spoken`); the answer's sentences are recap's. */
const asSaid =
  (keep: 'all' | 'short restarts dropped'): Locate =>
  (prepared, query) =>
    locateQuery(spoken(prepared, keep), query);

const FORMS: readonly Form[] = [
  { family: 'recap', setting: 'as is' },
  ...(process.argv.includes('--signals')
    ? [
        { family: 'recap, rebuilt', setting: 'as is', locate: recapWith(RECAP) },
        { family: 'no concepts', setting: '-', locate: recapWith({ ...RECAP, concepts: false }) },
        { family: 'named boost', setting: '1', locate: recapWith({ ...RECAP, boost: 1 }) },
        { family: 'named boost', setting: '1.5', locate: recapWith(RECAP) },
        { family: 'named boost', setting: '2.5', locate: recapWith({ ...RECAP, boost: 2.5 }) },
      ]
    : []),
  ...(process.argv.includes('--grid') ? [7, 10, 14, 20, 28] : []).flatMap((radius) =>
    [0.2, 0.35, 0.5].flatMap((threshold) =>
      [0.6, 0.8, 1].map((share) => ({
        family: 'radius × threshold × share',
        setting: `${radius} / ${threshold} / ${share}`,
        locate: recapWith({ ...RECAP, radius, threshold, share }),
      })),
    ),
  ),
  ...(process.argv.includes('--lead')
    ? [0, 5, 10, 15, 20, 25, 30, 45, 60].map((leadWords) => ({
        family: 'lead words',
        setting: String(leadWords),
        params: { leadWords },
      }))
    : []),
  ...(process.argv.includes('--answers')
    ? [
        ...[0, 1, 6].map((tailTurns) => ({
          family: 'tail turns',
          setting: String(tailTurns),
          params: { tailTurns },
        })),
        ...[0.1, 0.4].map((local) => ({
          family: 'weight of the turn',
          setting: String(local),
          params: { weights: { ...FOCUS_PARAMS.weights, local } },
        })),
        ...[0, 0.1, 0.4].map((region) => ({
          family: 'weight of the passage',
          setting: String(region),
          params: { weights: { ...FOCUS_PARAMS.weights, region } },
        })),
        ...[0, 0.1, 0.4].map((central) => ({
          family: 'weight of centrality',
          setting: String(central),
          params: { weights: { ...FOCUS_PARAMS.weights, central } },
        })),
        ...[0, 0.3].map((query) => ({
          family: 'weight of query share',
          setting: String(query),
          params: { weights: { ...FOCUS_PARAMS.weights, query } },
        })),
        ...[1, 3, 5].map((minTerms) => ({
          family: 'fewest terms',
          setting: String(minTerms),
          params: { minTerms },
        })),
      ]
    : []),
  ...(process.argv.includes('--others')
    ? [
        { family: 'one run', setting: '-', locate: oneRun },
        { family: 'no announcements', setting: '-', locate: noAnnounced },
        ...[0.5, 0.6, 0.7, 0.9].map((share) => ({
          family: 'run share',
          setting: String(share),
          locate: runShare(share),
        })),
        ...[0.01, 0.5, 1.2, 3].flatMap((k1) =>
          [0, 0.5, 1].map((b) => ({
            family: 'runs by BM25 of the run',
            setting: `k1 ${k1} b ${b}`,
            locate: runsBm25(k1, b),
          })),
        ),
        ...[50, 100, 200, 400, 800].flatMap((mu) =>
          [40, 100].map((turns) => ({
            family: 'window by query likelihood',
            setting: `mu ${mu} max ${turns}`,
            locate: windowQl(mu, turns),
          })),
        ),
        ...[10, 20, 30, 45].flatMap((size) =>
          [0.5, 1.2].map((k1) => ({
            family: 'fixed window by BM25',
            setting: `${size} turns k1 ${k1}`,
            locate: windowBm25(size, k1),
          })),
        ),
      ]
    : []),
  ...(process.argv.includes('--fresh')
    ? [
        ...[14, 7, 3, 1].map((back) => ({
          family: 'smoothing before a mention',
          setting: String(back),
          locate: sided(back),
        })),
        ...Object.keys(KERNELS).map((name) => ({
          family: 'smoothing kernel',
          setting: name,
          locate: kernelled(name),
        })),
        ...[0, 0.5, 1, 2].map((power) => ({
          family: 'query words covered nearby',
          setting: String(power),
          locate: covered(power),
        })),
      ]
    : []),
  ...(process.argv.includes('--spread')
    ? (['topics', 'stretches'] as const).flatMap((parts) =>
        (['locate', 'choose', 'sentences'] as const).map((use) => ({
          family: `concentration over ${parts}`,
          setting: use,
          locate: concentrated(parts, use),
        })),
      )
    : []),
  ...(process.argv.includes('--ends')
    ? (['mean', 'concentrated'] as const).flatMap((by) =>
        (['cut', 'zero'] as const).flatMap((how) =>
          [30, 45].map((leadWords) => ({
            family: 'passage ends at strong mentions',
            setting: `${by} ${how} ${leadWords}`,
            locate: strongEnds(by, how),
            params: { leadWords },
          })),
        ),
      )
    : []),
  ...(process.argv.includes('--budget')
    ? [
        ...[35, 40, 45, 50, 55].map((answerWords) => ({
          family: 'answer words',
          setting: String(answerWords),
          params: { answerWords },
        })),
        ...[0.6, 0.7, 0.8, 0.9, 1].map((share) => ({
          family: 'second passage from',
          setting: String(share),
          locate: runShare(share),
        })),
        ...[1, 2, 3, 5, 1000].map((namedUnits) => ({
          family: 'named speaker alone from',
          setting: String(namedUnits),
          params: { namedUnits },
        })),
      ]
    : []),
  ...(process.argv.includes('--cite')
    ? [
        ...(['mentions', 'mentions and replies'] as const).map((which) => ({
          family: 'answer turns',
          setting: which,
          locate: citedTurns(which),
        })),
        ...(['turn and reply', 'question, turn and reply'] as const).map((which) => ({
          family: "the first choice's exchange",
          setting: which,
          locate: firstExchange(which),
        })),
        ...(['peak', 'mean mention', 'density', 'words'] as const).map((by) => ({
          family: 'second passage like the first',
          setting: by,
          locate: secondLike(by),
        })),
      ]
    : []),
  ...(process.argv.includes('--neighbours')
    ? [1, 2, 3, 5, 8].flatMap((reach) =>
        (['anyone', 'another speaker'] as const).map((who) => ({
          family: `mentions echoed nearby by ${who}`,
          setting: String(reach),
          locate: neighbourhood(reach, who),
        })),
      )
    : []),
  ...(process.argv.includes('--said')
    ? (['all', 'short restarts dropped'] as const).map((keep) => ({
        family: 'located by the words as said',
        setting: keep,
        locate: asSaid(keep),
      }))
    : []),
  ...(process.argv.includes('--speech')
    ? [
        { family: 'locating words', setting: 'nouns', locate: byPartOfSpeech(isNoun) },
        {
          family: 'locating words',
          setting: 'no modifiers',
          locate: byPartOfSpeech((tags) => !isModifier(tags)),
        },
      ]
    : []),
  ...(process.argv.includes('--discussion')
    ? (['every run', 'kept runs'] as const).map((which) => ({
        family: 'subject inside the discussion',
        setting: which,
        locate: withinDiscussion(which),
      }))
    : []),
].filter((form) => !only || form.family === 'recap' || `${form.family} ${form.setting}`.startsWith(only));

type Outcome = { cited: number; inside: number; r1: number; words: number };
type Item = {
  meeting: string;
  part: MeetingPart;
  kind: 'specific' | 'topic';
  outcomes: Outcome[];
};

const inSpans = (spans: readonly QmsumSpan[]) => (turn: number) =>
  spans.some((span) => turn >= span.start && turn <= span.end);

const items: Item[] = [];
const started = Date.now();
for await (const { name, part, transcript, evaluation } of meetingsIn(folder)) {
  prepareTranscript(transcript);
  const queries = [
    ...evaluation.specific
      .filter((item) => item.spans.length > 0)
      .map((item) => ({
        kind: 'specific' as const,
        query: item.query,
        spans: item.spans,
        answer: item.answer,
      })),
    ...evaluation.topics.flatMap((item) => {
      const query = topicQuery(item.topic);
      return query && item.spans.length > 0
        ? [{ kind: 'topic' as const, query, spans: item.spans, answer: '' }]
        : [];
    }),
  ];
  for (const { kind, query, spans, answer } of queries) {
    const outcomes = FORMS.map((form) => {
      const params = FOCUS_PARAMS as unknown as Record<string, unknown>;
      const saved = Object.fromEntries(Object.keys(form.params ?? {}).map((name) => [name, params[name]]));
      Object.assign(params, form.params ?? {});
      const result = answerQuery(transcript, query, form.locate ? { locate: form.locate } : {});
      Object.assign(params, saved);
      const turns = [...new Set(result.sentences.map((sentence) => sentence.turn))];
      return {
        cited: turns.length,
        inside: turns.filter(inSpans(spans)).length,
        r1: answer ? rouge(result.text, answer).rouge1 : 0,
        words: result.text.split(/\s+/).filter(Boolean).length,
      };
    });
    items.push({ meeting: name, part, kind, outcomes });
  }
}

type Figures = { n: number; cited: number; inside: number; r1: number; words: number };
function figures(these: readonly Item[], pick: (item: Item) => number): Figures {
  const t = { n: 0, cited: 0, inside: 0, r1: 0, words: 0 };
  for (const item of these) {
    const outcome = item.outcomes[pick(item)];
    if (!outcome) continue;
    t.n++;
    t.cited += outcome.cited;
    t.inside += outcome.inside;
    t.r1 += outcome.r1;
    t.words += outcome.words;
  }
  return t;
}
const share = (t: Figures) => (t.cited ? (100 * t.inside) / t.cited : 0);
const meanR1 = (t: Figures) => (t.n ? (100 * t.r1) / t.n : 0);
const specific = (item: Item) => item.kind === 'specific';
const topic = (item: Item) => item.kind === 'topic';
const inPart = (part: MeetingPart) => (item: Item) => item.part === part;

console.log(
  `Locating forms by cross-validation, ${new Set(items.map((item) => item.meeting)).size} meetings of ${folder}/ (${((Date.now() - started) / 1000).toFixed(0)} s): ${items.filter(specific).length} specific queries, ${items.filter(topic).length} topic queries\n`,
);
console.log(
  '| family | setting | cited in span, specific a / b / all | ROUGE-1, specific a / b / all | cited in span, topic a / b / all | cited turns per answer, specific a / b / all | words per answer, specific a / b / all |',
);
console.log('|---|---|---|---|---|---|---|');
const f1 = (value: number) => value.toFixed(1);
FORMS.forEach((form, index) => {
  const row = (keep: (item: Item) => boolean, measure: (t: Figures) => number) =>
    (['a', 'b'] as const)
      .map((part) =>
        f1(
          measure(
            figures(
              items.filter((item) => keep(item) && inPart(part)(item)),
              () => index,
            ),
          ),
        ),
      )
      .concat(f1(measure(figures(items.filter(keep), () => index))))
      .join(' / ');
  console.log(
    `| ${form.family} | ${form.setting} | ${row(specific, share)} | ${row(specific, meanR1)} | ${row(topic, share)} | ${row(specific, (t) => (t.n ? t.cited / t.n : 0))} | ${row(specific, (t) => (t.n ? t.words / t.n : 0))} |`,
  );
});

/**
 * A family's setting chosen on some queries and scored on others: the choice maximizes cited turns in
 * span of the specific queries on the choosing meetings (ties to the earlier setting).
 */
function chosenOn(family: string, choosing: readonly Item[]): number {
  let best = -1;
  let bestValue = Number.NEGATIVE_INFINITY;
  FORMS.forEach((form, index) => {
    if (form.family !== family) return;
    const value = share(figures(choosing.filter(specific), () => index));
    if (value > bestValue + 1e-9) {
      bestValue = value;
      best = index;
    }
  });
  return best;
}

console.log(
  '\nEach family with its setting chosen on one part and scored on the other, and left one meeting out at a time (pooled), against recap as is on the same queries (specific: cited in span / ROUGE-1; topic: cited in span):\n',
);
console.log(
  '| family | chosen on a → scored on b | chosen on b → scored on a | leave one meeting out | recap on b / a / all |',
);
console.log('|---|---|---|---|---|');
const recapIndex = FORMS.findIndex((form) => form.family === 'recap');
const scored = (these: readonly Item[], pick: (item: Item) => number) => {
  const s = figures(these.filter(specific), pick);
  return `${f1(share(s))} / ${f1(meanR1(s))} / ${f1(share(figures(these.filter(topic), pick)))}`;
};
for (const family of [...new Set(FORMS.map((form) => form.family))]) {
  if (family === 'recap') continue;
  const a = items.filter(inPart('a'));
  const b = items.filter(inPart('b'));
  const onA = chosenOn(family, a);
  const onB = chosenOn(family, b);
  const meetings = [...new Set(items.map((item) => item.meeting))];
  const pickOut = new Map(
    meetings.map((meeting) => [
      meeting,
      chosenOn(
        family,
        items.filter((item) => item.meeting !== meeting),
      ),
    ]),
  );
  const label = (index: number) => FORMS[index]?.setting ?? '?';
  console.log(
    `| ${family} | ${label(onA)}: ${scored(b, () => onA)} | ${label(onB)}: ${scored(a, () => onB)} | ${scored(items, (item) => pickOut.get(item.meeting) ?? -1)} | ${scored(b, () => recapIndex)} · ${scored(a, () => recapIndex)} · ${scored(items, () => recapIndex)} |`,
  );
}
