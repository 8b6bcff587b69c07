/**
 * @module segment-topics
 * Splits a meeting into topics by lexical cohesion (TextTiling over turns): where the words of
 * the turns before and after a point stop overlapping, a new topic starts. Each topic is
 * named by the short noun phrases said most distinctively in it ("ticket machine and
 * budget"): runs of content words repeated in the segment, weighted by how rare their words
 * are in the rest of the meeting; the keyword triple is the fallback.
 */

import { isNounPhrase } from './english-tagger.ts';
import { cosine, STOP_WORDS, stem, termCounts, words } from './text-terms.ts';
import type { PreparedTranscript } from './transcript-units.ts';

/** A topic: its inclusive turn range, its label and the turn that best stands for it. */
export type TopicSegment = {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly central: number;
};

function blockCounts(terms: readonly (readonly string[])[], from: number, to: number): Map<string, number> {
  return termCounts(terms.slice(Math.max(0, from), Math.max(0, to)).flat());
}

/** Topic segments (inclusive turn ranges) of a prepared transcript. */
export function segmentTopics(
  prepared: PreparedTranscript,
  options: { block?: number; minTurns?: number; maxTopics?: number } = {},
): TopicSegment[] {
  const terms = prepared.turnTerms;
  const n = terms.length;
  if (n === 0) return [];
  const block = options.block ?? Math.max(3, Math.min(12, Math.round(n / 12)));
  const minTurns = options.minTurns ?? Math.max(3, Math.round(n / 15));
  const maxTopics = options.maxTopics ?? 8;
  const gaps: number[] = [];
  for (let i = 1; i < n; i++)
    gaps.push(cosine(blockCounts(terms, i - block, i), blockCounts(terms, i, i + block)));
  // Depth of each valley: how far it lies below the peaks on either side.
  const depths = gaps.map((value, i) => {
    let left = value;
    for (let j = i; j >= 0; j--) left = Math.max(left, gaps[j] ?? 0);
    let right = value;
    for (let j = i; j < gaps.length; j++) right = Math.max(right, gaps[j] ?? 0);
    return left - value + (right - value);
  });
  const mean = depths.reduce((a, b) => a + b, 0) / Math.max(depths.length, 1);
  const sd = Math.sqrt(depths.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(depths.length, 1));
  const candidates = depths
    .map((depth, i) => ({ depth, at: i + 1 }))
    .filter((item) => item.depth > mean + sd / 2)
    .sort((a, b) => b.depth - a.depth);
  const cuts: number[] = [];
  for (const candidate of candidates) {
    if (cuts.length >= maxTopics - 1) break;
    if (candidate.at < minTurns || n - candidate.at < minTurns) continue;
    if (cuts.some((cut) => Math.abs(cut - candidate.at) < minTurns)) continue;
    cuts.push(candidate.at);
  }
  cuts.sort((a, b) => a - b);
  const bounds = [0, ...cuts, n];
  const segments: TopicSegment[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k] ?? 0;
    const to = (bounds[k + 1] ?? n) - 1;
    segments.push({
      from,
      to,
      label: phraseLabel(prepared, from, to) ?? labelFor(prepared, from, to),
      central: centralTurn(prepared, from, to),
    });
  }
  return segments;
}

/** Fewest content words a turn needs to stand for its topic (a "Hmm" or a laugh never does). */
const CENTRAL_MIN_TERMS = 5;

/**
 * The turn whose words are closest to the whole segment's (cosine of term counts), among turns
 * with a few content words; the segment's first turn when none has them.
 */
function centralTurn(prepared: PreparedTranscript, from: number, to: number): number {
  const whole = blockCounts(prepared.turnTerms, from, to + 1);
  let best = from;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let i = from; i <= to; i++) {
    const terms = prepared.turnTerms[i] ?? [];
    if (terms.length < CENTRAL_MIN_TERMS) continue;
    const score = cosine(termCounts(terms), whole);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** How many of a segment's best-scored phrases are tagged in search of noun phrases for its label. */
const LABEL_CANDIDATES = 12;

/** The segment's most distinctive nouns (tf × idf), in their most common spoken form. */
function labelFor(prepared: PreparedTranscript, from: number, to: number): string {
  const counts = blockCounts(prepared.turnTerms, from, to + 1);
  const surface = new Map<string, Map<string, number>>();
  for (let i = from; i <= to; i++) {
    for (const word of words(prepared.turnTexts[i] ?? '')) {
      if (STOP_WORDS.has(word) || word.length < 3 || /^\d+$/.test(word)) continue;
      const key = stem(word.replace(/'.*$/, ''));
      const forms = surface.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      surface.set(key, forms);
    }
  }
  const ranked = [...counts.entries()]
    .filter(([term, count]) => count >= 2 && surface.has(term))
    .map(([term, count]) => ({ term, score: Math.log(1 + count) * (prepared.idf.get(term) ?? 0) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, LABEL_CANDIDATES);
  const labels = ranked
    .map(
      ({ term }) =>
        [...(surface.get(term) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ??
        term,
    )
    // The same words are kept out as from a phrase label: a verb ("give") never names a topic.
    .filter((word) => usable(word) && isNounPhrase(word))
    .slice(0, 2);
  return labels.length ? labels.join(' and ') : 'general discussion';
}

/** Words that talk is full of but that never name a topic (verbs, adjectives, vague nouns). */
const NOT_A_TOPIC: ReadonlySet<string> = new Set(
  (
    'want need use used using make made take give put look looking find try trying feel seem keep start talk talking tell ask ' +
    'work working call show thought pretty little good nice great big small sure fine whole different same kind type point way ' +
    'time part bit idea ideas question questions problem problems people person everybody everyone someone anyone somebody ' +
    'first second third last next new old able probably definitely exactly quite sorry thanks thank please mean means meant ' +
    'else cool wow yep alright anyway lovely brilliant true false bad best better hard easy real important certain ' +
    'minute minutes today tomorrow week weeks year years day days moment sense terms case cases example fact end lot start ' +
    'guys guy wanted needed tried looked says doing done went gone getting got having goes comes came saying told asked ' +
    'gonna wanna gotta hmm okay dunno uh um mm laughs laughter vocalsound disfmarker gap ' +
    'three four five six seven eight nine ten eleven twelve thirteen fifteen twenty thirty forty fifty hundred thousand ' +
    'half cent percent away farther further back together inside outside already still again enough much many ' +
    'least less whatever anyway somewhere everything nothing meeting meetings stuff agree agreed prefer hope write shout morning'
  ).split(/\s+/),
);

const usable = (word: string) =>
  word.length >= 3 && !STOP_WORDS.has(word) && !NOT_A_TOPIC.has(word) && !/^\d|ly$|'/.test(word);

type ScoredPhrase = { phrase: string; parts: string[]; count: number; score: number };

/** Said often enough to name a topic: a word three times, a phrase of two or three words twice. */
const often = (item: ScoredPhrase) => item.count >= (item.parts.length === 1 ? 3 : 2);

/** The best-scored of `items` that read as noun phrases, best first (only the first few are tagged). */
function nounPhrases(items: readonly ScoredPhrase[]): ScoredPhrase[] {
  return [...items]
    .sort((a, b) => b.score - a.score)
    .slice(0, LABEL_CANDIDATES)
    .filter((item) => isNounPhrase(item.phrase));
}

/**
 * The segment's most distinctive noun phrases: "ferry ticket price" rather than "price, euros,
 * twelve". A label is a phrase of a head noun and its modifier: when the top word stands alone
 * ("radio"), it is named by a phrase said around it ("radio station"), else by the segment's best
 * phrase said twice; a one-word label is left only when no such phrase is a noun phrase (a phrase
 * said once is a worse name than the word: "confusion settles" for "list"). The second half of a
 * label ("… and power button") is a phrase too, never a bare word.
 */
function phraseLabel(prepared: PreparedTranscript, from: number, to: number): string | undefined {
  const counts = new Map<string, number>();
  for (let i = from; i <= to; i++) {
    for (const clause of (prepared.turnTexts[i] ?? '').split(/[.,;:!?]+/)) {
      const tokens = words(clause);
      for (let start = 0; start < tokens.length; start++) {
        for (let n = 1; n <= 3 && start + n <= tokens.length; n++) {
          const gram = tokens.slice(start, start + n);
          if (!gram.every(usable)) break;
          const key = gram.join(' ');
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
  }
  const scored: ScoredPhrase[] = [...counts.entries()].map(([phrase, count]) => {
    const parts = phrase.split(' ');
    const rarity = parts.reduce((sum, part) => sum + (prepared.idf.get(stem(part)) ?? 0), 0) / parts.length;
    return { phrase, parts, count, score: Math.log(1 + count) * rarity * (1 + 0.4 * (parts.length - 1)) };
  });
  const phrases = nounPhrases(scored.filter((item) => often(item) && item.parts.length > 1));
  // No word or phrase said often enough is a noun phrase: the best phrase said at all, if any.
  const top =
    nounPhrases(scored.filter(often))[0] ?? nounPhrases(scored.filter((item) => item.parts.length > 1))[0];
  if (!top) return undefined;
  const around = (word: string, items: readonly ScoredPhrase[]) =>
    nounPhrases(items.filter((item) => item.parts.length > 1 && item.parts.includes(word)))[0];
  const [word] = top.parts;
  const first =
    top.parts.length > 1 || !word
      ? top
      : (around(word, scored.filter(often)) ??
        (phrases[0] && phrases[0].score >= top.score * 0.5 ? phrases[0] : undefined) ??
        around(word, scored) ??
        phrases[0] ??
        top);
  const taken = new Set(first.parts.map(stem));
  const second = phrases.find(
    (item) =>
      item !== first && item.score >= first.score * 0.5 && !item.parts.some((part) => taken.has(stem(part))),
  );
  return second ? `${first.phrase} and ${second.phrase}` : first.phrase;
}
