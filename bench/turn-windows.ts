/**
 * Locating a query's passage as retrieval over windows of turns, for bench/window-locator.ts: a
 * meeting cut into overlapping windows of a few turns, each ranked against the query by the
 * index's own ranking (`rankTexts`: its analysis, BM25F, and optionally its feedback, its file
 * share and its proximity bonus), raised by the share of the window's words said by a speaker
 * the query names. Two ways to use the scores: pick the best window (and a second one), or
 * weigh recap's own candidate passages (focus-answer.ts `passageRuns`) by the best window in
 * each. Measured on 2026-12-04 and not adopted by recap (docs/recap-and-ask.md).
 */
import { queryWordForms } from '../src/index/analyze.ts';
import type { QueryWord } from '../src/index/proximity.ts';
import { DEFAULT_RANK_PARAMS, type RankParams } from '../src/index/rank.ts';
import { rankTexts } from '../src/index/rank-texts.ts';
import {
  speakersNamed,
  weightedQueryTerms,
  withoutSpeakerNames,
} from '../src/skills/recap-meeting/focus-answer.ts';
import type { PreparedTranscript } from '../src/skills/recap-meeting/transcript-units.ts';

/** A window of turns, or a passage: ends included. */
export type TurnWindow = { readonly from: number; readonly to: number };

export type WindowSettings = {
  /** Turns per window, and turns from one window's start to the next. */
  readonly turns: number;
  readonly stride: number;
  /** Windows per file for the index's file share (consecutive windows form a file); 0: no file share. */
  readonly windowsPerFile: number;
  /** The index's pseudo-relevance feedback from the best windows. */
  readonly feedback: boolean;
  /** A window's score times 1 + this × the share of its words said by a speaker the query names. */
  readonly namedShare: number;
  /** The index's proximity bonus for neighbouring query words (its `proximityWeight`); 0: off. */
  readonly proximity: number;
  /** Ranking parameters in place of the index's own (its saturation `k1`, its length normalisation `bodyB`). */
  readonly rank?: Partial<RankParams>;
};

/** What locates a query's passage: its term weights, its words in order, and the speakers it names. */
export type LocatingTerms = {
  readonly weights: ReadonlyMap<string, number>;
  readonly words: readonly QueryWord[];
  readonly speakers: ReadonlySet<string>;
};

/**
 * The terms that locate a query's passage, as in recap: the subject's words, or the wider
 * discussion's when the meeting never says the subject's (its terms are index terms but for words
 * of three letters or fewer, which recap leaves unstemmed); undefined when the meeting says none.
 */
export function locatingTerms(prepared: PreparedTranscript, query: string): LocatingTerms | undefined {
  const labels = prepared.transcript.turns.map((turn) => turn.speaker);
  const speakers = speakersNamed(query, labels);
  const named = weightedQueryTerms(query, labels);
  const weighted = named.size > 0 ? named : weightedQueryTerms(query);
  const subject = new Map([...weighted].filter(([, weight]) => weight >= 1));
  const said = (terms: ReadonlyMap<string, number>) =>
    [...terms.keys()].some((term) => prepared.idf.has(term));
  const weights = said(subject) ? subject : weighted;
  if (!said(weights)) return undefined;
  const words = queryWordForms(withoutSpeakerNames(query, labels)).filter((word) => weights.has(word.term));
  return { weights, words, speakers };
}

/** Windows of `turns` turns every `stride` turns over a meeting of `count` turns, the last reaching the end. */
export function turnWindows(count: number, turns: number, stride: number): TurnWindow[] {
  const out: TurnWindow[] = [];
  for (let from = 0; from < count; from += stride) {
    out.push({ from, to: Math.min(count - 1, from + turns - 1) });
    if (from + turns >= count) break;
  }
  return out;
}

/** Each window's score for the query (index terms with weights, and its words in order for proximity). */
export function windowScores(
  prepared: PreparedTranscript,
  windows: readonly TurnWindow[],
  weights: ReadonlyMap<string, number>,
  words: readonly QueryWord[],
  speakers: ReadonlySet<string>,
  settings: WindowSettings,
): number[] {
  const texts = windows.map((window, i) => ({
    body: prepared.turnTexts.slice(window.from, window.to + 1).join('\n'),
    file: settings.windowsPerFile > 0 ? Math.floor(i / settings.windowsPerFile) : 0,
  }));
  const params = {
    ...DEFAULT_RANK_PARAMS,
    // One file for all windows lends each the same share: left out.
    documentWeight: settings.windowsPerFile > 0 ? DEFAULT_RANK_PARAMS.documentWeight : 0,
    proximityWeight: settings.proximity,
    ...settings.rank,
  };
  const scores = rankTexts(texts, weights, { params, feedback: settings.feedback, words });
  if (speakers.size === 0 || settings.namedShare === 0) return scores;
  return scores.map((score, i) => {
    const window = windows[i]!;
    let all = 0;
    let named = 0;
    for (let turn = window.from; turn <= window.to; turn++) {
      const size = prepared.turnTexts[turn]?.split(/\s+/).filter(Boolean).length ?? 0;
      all += size;
      if (speakers.has(prepared.transcript.turns[turn]?.speaker ?? '')) named += size;
    }
    return score * (1 + settings.namedShare * (all > 0 ? named / all : 0));
  });
}

/** The best score of a window lying at least half inside a passage; 0 when none does. */
export function bestWindowIn(
  passage: TurnWindow,
  windows: readonly TurnWindow[],
  scores: readonly number[],
): number {
  let best = 0;
  windows.forEach((window, i) => {
    const shared = Math.min(window.to, passage.to) - Math.max(window.from, passage.from) + 1;
    if (shared * 2 >= window.to - window.from + 1) best = Math.max(best, scores[i] ?? 0);
  });
  return best;
}

/**
 * The best window, and the best window apart from it when that scores at least `second` of the
 * best; none when no window scores.
 */
export function pickWindows(
  windows: readonly TurnWindow[],
  scores: readonly number[],
  second: number,
): TurnWindow[] {
  let best = -1;
  scores.forEach((score, i) => {
    if (score > 0 && (best < 0 || score > scores[best]!)) best = i;
  });
  if (best < 0) return [];
  const first = windows[best]!;
  let other = -1;
  scores.forEach((score, i) => {
    const window = windows[i]!;
    const apart = window.to < first.from || window.from > first.to;
    if (apart && score > 0 && (other < 0 || score > scores[other]!)) other = i;
  });
  return other >= 0 && scores[other]! >= second * scores[best]! ? [first, windows[other]!] : [first];
}

/**
 * Recap's candidate passages weighed by a mix of their own query weight and their best window
 * (each as a share of the best passage's and of the best window's; `windowShare` 1: the window
 * alone), keeping the heaviest and any holding `keep` of its weight.
 */
export function choosePassages(
  passages: readonly { readonly run: TurnWindow; readonly weight: number }[],
  windows: readonly TurnWindow[],
  scores: readonly number[],
  windowShare: number,
  keep: number,
): TurnWindow[] {
  const topWeight = Math.max(0, ...passages.map((item) => item.weight)) || 1;
  const topWindow = Math.max(0, ...scores) || 1;
  const value = passages.map(
    (item) =>
      (1 - windowShare) * (item.weight / topWeight) +
      windowShare * (bestWindowIn(item.run, windows, scores) / topWindow),
  );
  const best = Math.max(0, ...value);
  return passages.filter((_, i) => best > 0 && value[i]! >= keep * best).map((item) => item.run);
}
