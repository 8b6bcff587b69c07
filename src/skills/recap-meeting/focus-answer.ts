/**
 * @module focus-answer
 * Query-focused extractive summarization over a transcript:
 *  1. turns are scored against the query with BM25 (stemmed terms; the subject asked about
 *     weighs more than the wider discussion the query sets it in);
 *  2. scores are smoothed over neighbouring turns, and the answer comes from the passage
 *     the query is about: the contiguous run of relevant turns holding the most query weight,
 *     and any other run holding nearly as much (meetings discuss a subject over a run of
 *     turns and sometimes come back to it; stray mentions elsewhere are left out, and so are
 *     their citations); candidates start at each passage's first turn that says the query's
 *     words and end a few turns after its last one, unless too little is said between (passages
 *     given with the query, `FocusOptions.passages`, take the place of the located ones); when
 *     a turn announces the query's whole subject ("moving on to X", `announced-subjects.ts`),
 *     the passage is instead the discussion that announcement opens, all of it a candidate,
 *     since that discussion need not repeat the subject's words;
 *  3. when the query names a speaker who spoke in that passage, only their sentences are
 *     candidates;
 *  4. sentences are chosen by maximal marginal relevance until a word budget is met (a
 *     sentence of a lighter second passage counting for that passage's share of the query
 *     weight), and put back in meeting order; each cites the one turn its words come from.
 * A query with no content words ("Summarize the meeting") gets a general summary instead:
 * central sentences spread across the meeting's sections.
 */

import { announcedPassages } from './announced-subjects.ts';
import { endsOpen } from './compress-utterance.ts';
import { isFragment, lacksSubject } from './english-tagger.ts';
import { speakersNamed, withoutSpeakerNames } from './named-speakers.ts';
import { weightsPerConcept } from './query-concepts.ts';
import { contentTerms, cosine, STOP_WORDS, stem, words } from './text-terms.ts';
import type { PreparedTranscript, Unit } from './transcript-units.ts';

export { speakersNamed, withoutSpeakerNames };

export type FocusOptions = {
  /** Word budget of the answer. */
  readonly words?: number;
  /** Redundancy trade-off of MMR (1 = relevance only). */
  readonly lambda?: number;
  /** Sections of the meeting a summary draws from evenly (default: one per 35 words of budget, at least two). */
  readonly sections?: number;
  /**
   * Passages to answer a specific query from instead of the ones its words locate (turn indexes,
   * ends included), each counting alike: a part of the meeting chosen beforehand, such as a
   * benchmark's reference spans, which tell what finding the passage is worth.
   */
  readonly passages?: readonly TurnRegion[];
  /**
   * Finds where a specific query's subject is discussed in place of `locateQuery`: another way of
   * locating the passage, measured against this one by the same answer steps.
   */
  readonly locate?: (prepared: PreparedTranscript, query: string) => LocatedQuery | undefined;
};

export type Extract = { readonly unit: Unit; readonly score: number };

/**
 * The method's settings, chosen on the shared QMSum meetings as general values (budgets near
 * the reference answers' lengths, a smoothing window of a typical discussion's length).
 */
export const FOCUS_PARAMS = {
  /** Turns either side over which relevance is smoothed. */
  radius: 14,
  /** Share of the best smoothed score a passage needs to hold candidates. */
  threshold: 0.35,
  /** Fewest content words in a candidate unit. */
  minTerms: 3,
  /** Share of the best passage's query weight another passage needs to be answered from too. */
  runShare: 0.8,
  /** Fewest units by a speaker the query names for the answer to come from that speaker alone. */
  namedUnits: 3,
  /** Weight of a matching turn spoken by a speaker the query names, when locating the passage. */
  namedBoost: 1.5,
  /**
   * Fewest words of candidates from a passage's first mention of the subject on; fewer, and
   * the candidates reach back before it turn by turn (about two units: an answer, not a stub).
   */
  leadWords: 30,
  /**
   * Turns after a passage's last mention of the subject that still hold candidates (the reply to
   * a last question about it); past them, smoothing draws the passage out over talk that has
   * moved on, as it does before the first mention.
   */
  tailTurns: 3,
  /** Word budget of the overview given when nothing said matches the query: one central sentence. */
  overviewWords: 15,
  /**
   * A candidate's score: its turn's relevance, its passage's, its centrality in the passage and
   * the share of query terms it holds. (A density-of-content-words term, 0.15 until 2026-12-04,
   * no longer helped: its share of a sentence's words found in the reference answer was
   * uncorrelated, and leaving it out raised specific ROUGE-1 on each kind of meeting.)
   */
  weights: { local: 0.2, region: 0.2, central: 0.25, query: 0.15 },
  answerWords: 45,
  lambda: 0.7,
  summaryWords: 110,
  /** Redundancy trade-off of MMR within a summary section (sections are short; variety pays). */
  summaryLambda: 0.5,
  /** One summary section per this many words of budget. */
  sectionWords: 35,
  centralityExponent: 0.6,
  summaryExponent: 0.7,
} as const;

/**
 * Words that frame a question about a meeting without saying what it is about; "around" is
 * "about" there ("the concerns around the levy"), a preposition, not a word the talk must say.
 */
const QUERY_FRAME: ReadonlySet<string> = new Set([
  ...STOP_WORDS,
  ...(
    'summarize summarise summary summarized discuss discussed discussion discussions talk talked talking group team meeting ' +
    'whole general overall opinion opinions view views thought thoughts decide decided decision decisions agree agreed ' +
    'disagree disagreed propose proposed proposal mention mentioned consider considered believe believed idea ideas reason ' +
    'reasons happen happened conclusion conclude concluded point points everyone members member people present presented ' +
    'explain explained answer answered ask asked question questions respond response committee speaker speakers regarding ' +
    'towards toward about around whether said says tell told give gave suggest suggested suggestion suggestions recommend recommended recommendation ' +
    'explain explained express expressed describe described feel felt respond responded reply replied comment commented update updates'
  ).split(/\s+/),
]);

const FRAME_STEMS: ReadonlySet<string> = new Set([...QUERY_FRAME].map((word) => stem(word)));

/** The query's content terms: stemmed, without framing words and without the speakers it names. */
export function queryTerms(query: string, speakers: readonly string[] = []): string[] {
  return [
    ...new Set(
      contentTerms(withoutSpeakerNames(query, speakers), QUERY_FRAME).filter(
        (term) => !FRAME_STEMS.has(term),
      ),
    ),
  ];
}

export function isGeneralQuery(query: string): boolean {
  return queryTerms(query).length === 0;
}

/**
 * A query's terms with weights: the subject asked about counts fully, the wider discussion it
 * is set in ("… when discussing the budget", "… in the discussion of interface controls")
 * counts for `CONTEXT_WEIGHT`, since the answer is a part of that discussion, not all of it.
 * Locating the answer uses the subject's words alone while the meeting says any of them.
 */
export function weightedQueryTerms(query: string, speakers: readonly string[] = []): Map<string, number> {
  const [focus = query, ...context] = query.split(CONTEXT_CLAUSE);
  const out = new Map<string, number>();
  for (const term of queryTerms(context.join(' '), speakers)) out.set(term, CONTEXT_WEIGHT);
  for (const term of queryTerms(focus, speakers)) out.set(term, 1);
  return out;
}

/** Where a query's subject ends and the discussion it belongs to begins. */
export const CONTEXT_CLAUSE =
  /\b(?:when|while|whilst)\s+(?:discussing|talking|making|considering|it came to)\b|\bin\s+the\s+(?:discussion|context|course)\s+(?:of|about|on)\b|\bduring\s+the\s+discussion\b/i;
const CONTEXT_WEIGHT = 0.4;

function bm25(
  prepared: PreparedTranscript,
  weighted: ReadonlyMap<string, number>,
  k1 = 1.2,
  b = 0.75,
): number[] {
  return prepared.turnTerms.map((turnTerms) => {
    if (turnTerms.length === 0) return 0;
    let score = 0;
    for (const [term, weight] of weighted) {
      let tf = 0;
      for (const t of turnTerms) if (t === term) tf++;
      if (tf === 0) continue;
      const idf = prepared.idf.get(term) ?? 0;
      score +=
        (weight * idf * (tf * (k1 + 1))) /
        (tf + k1 * (1 - b + (b * turnTerms.length) / prepared.averageTurnLength));
    }
    return score;
  });
}

/** Each turn's BM25 score for the weighted (stemmed) query terms, as the locator scores turns. */
export function turnScores(prepared: PreparedTranscript, weighted: ReadonlyMap<string, number>): number[] {
  return bm25(prepared, weighted);
}

/** Turn scores smoothed over neighbouring turns and scaled to the best: what passages are cut from. */
export function smoothedRelevance(own: readonly number[], radius: number = FOCUS_PARAMS.radius): number[] {
  return normalize(smooth(own, radius));
}

function smooth(values: readonly number[], radius: number): number[] {
  const out = new Array<number>(values.length).fill(0);
  for (let i = 0; i < values.length; i++) {
    let sum = 0;
    for (let j = Math.max(0, i - radius); j <= Math.min(values.length - 1, i + radius); j++) {
      sum += (values[j] ?? 0) * Math.exp(-Math.abs(i - j) / (radius / 2));
    }
    out[i] = sum;
  }
  return out;
}

function normalize(values: readonly number[]): number[] {
  const max = Math.max(...values, 0);
  return max > 0 ? values.map((value) => value / max) : values.map(() => 0);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Maximal marginal relevance selection up to a word budget; returns units in meeting order. */
function selectMmr(candidates: readonly Extract[], budget: number, lambda: number): Extract[] {
  return inMeetingOrder(mmrPicks(candidates, budget, lambda));
}

const inMeetingOrder = (extracts: readonly Extract[]) => [...extracts].sort((a, b) => a.unit.id - b.unit.id);

/** Maximal marginal relevance selection up to a word budget, in the order the units were chosen. */
function mmrPicks(candidates: readonly Extract[], budget: number, lambda: number): Extract[] {
  const chosen: Extract[] = [];
  const pool = [...candidates];
  let used = 0;
  while (pool.length > 0 && used < budget) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < pool.length; i++) {
      const item = pool[i];
      if (!item) continue;
      const redundancy = chosen.reduce(
        (max, other) => Math.max(max, cosine(item.unit.counts, other.unit.counts)),
        0,
      );
      const value = lambda * item.score - (1 - lambda) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    const [item] = pool.splice(best, 1);
    if (!item) break;
    const size = wordCount(item.unit.text);
    if (used + size > budget * 1.25 && (used > 0 || size > budget * 2)) continue;
    chosen.push(item);
    used += size;
  }
  return chosen;
}

/**
 * Questions ask rather than report, and fragments (a clause cut from its sentence: "In the
 * level of provision that…", "So that every teacher…") do not stand alone; answers and
 * summaries leave both out.
 */
function isQuestion(unit: Unit): boolean {
  return (
    unit.asks ||
    /\?$/.test(unit.text) ||
    CLAUSE_START.test(unit.text) ||
    (PHRASE_START.test(unit.text) && !/^(?:\S+\s+){0,7}\S+,/.test(unit.text)) ||
    INVERTED.test(unit.text)
  );
}

/** The rest of a list the turn before began ("Such as exist in …", "Including the …", "As well as …"): no sentence of its own. */
const LIST_CONTINUATION = /^(?:such as|including|as well as)\b/i;

/**
 * Social talk, not content: a greeting, thanks or a goodbye ("Hi Tom, thanks for making the time.",
 * "Thank you all for coming."), or a line opened with a laugh ("Ha, remember last time …").
 */
const SOCIAL =
  /^(?:hi|hello|hey|good (?:morning|afternoon|evening)|thanks|thank you|many thanks|bye|goodbye|see you|talk (?:soon|later)|ha(?:ha)*|hah|lol|hehe)\b/i;

/** A dependent clause on its own. */
const CLAUSE_START =
  /^(?:so that|because|cause|'cause|and|but|or|which|that|whether|than|though|although|whereas)\b/i;
/** A prepositional phrase with no main clause after it ("In the level of provision that…"; "On pricing, the team…" is fine). */
const PHRASE_START = /^(?:in|on|at|to|for|with|from|by|of|into|about|if|when|as|unless|while)\b/i;
/** Question word order without its question mark ("Do they feel on the basis of…"). */
const INVERTED =
  /^(?:do|does|did|is|are|was|were|can|could|would|should|will|shall|have|has|had)\s+(?:they|you|we|i|he|she|it|there|people|anyone|everyone|their|your|our|this|that|these|those|the|any)\b/i;

/** Term weights of a set of turns (weighted), times idf: the centroid of a passage. */
function centroid(prepared: PreparedTranscript, weights: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  prepared.turnTerms.forEach((terms, i) => {
    const weight = weights[i] ?? 0;
    if (weight <= 0) return;
    for (const term of terms) out.set(term, (out.get(term) ?? 0) + weight * (prepared.idf.get(term) ?? 0));
  });
  return out;
}

function centrality(unit: Unit, center: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const term of unit.counts.keys()) sum += center.get(term) ?? 0;
  return sum / (unit.terms.length + 4) ** FOCUS_PARAMS.centralityExponent;
}

/** A contiguous run of turns: where the meeting discusses what a query asks about. */
export type TurnRegion = { readonly from: number; readonly to: number };

/** A candidate passage: a contiguous run of turns above the relevance threshold, with the query weight it holds. */
export type WeightedRun = { readonly run: TurnRegion; readonly weight: number };

/**
 * The candidate passages of a query, in meeting order: the contiguous runs of turns whose
 * smoothed relevance passes `threshold`, each with the sum of its turns' own relevance.
 */
export function passageRuns(
  own: readonly number[],
  region: readonly number[],
  threshold: number,
): WeightedRun[] {
  const runs: WeightedRun[] = [];
  let start = -1;
  let weight = 0;
  for (let i = 0; i <= region.length; i++) {
    const inside = i < region.length && (region[i] ?? 0) > threshold;
    if (inside) {
      if (start < 0) {
        start = i;
        weight = 0;
      }
      weight += own[i] ?? 0;
    } else if (start >= 0) {
      runs.push({ run: { from: start, to: i - 1 }, weight });
      start = -1;
    }
  }
  return runs;
}

/**
 * The passages a query is about: of its candidate runs (`passageRuns`), the run holding the
 * most query-term weight and any run holding at least `share` of it (a subject is discussed
 * over a run of turns, and sometimes taken up again; stray mentions elsewhere only dilute the
 * answer and its citations).
 */
export function queryRegions(
  own: readonly number[],
  region: readonly number[],
  threshold: number,
  share: number = FOCUS_PARAMS.runShare,
): TurnRegion[] {
  return chosenRuns(passageRuns(own, region, threshold), share, own.length);
}

function chosenRuns(runs: readonly WeightedRun[], share: number, turns: number): TurnRegion[] {
  const best = Math.max(0, ...runs.map((item) => item.weight));
  const kept = runs.filter((item) => item.weight > 0 && item.weight >= share * best);
  return kept.length > 0 ? kept.map((item) => item.run) : [{ from: 0, to: turns - 1 }];
}

export type LocatedQuery = {
  /** The query's content terms. */
  readonly terms: readonly string[];
  /** Each turn's own relevance (BM25, plus the bonus for a speaker the query names). */
  readonly own: readonly number[];
  /** The passages the query is about (the one holding most query weight, and any close to it). */
  readonly regions: readonly TurnRegion[];
  /** Every candidate passage, in meeting order, with its query weight (`regions` are chosen from these). */
  readonly runs: readonly WeightedRun[];
  /** Speakers the query names. */
  readonly speakers: ReadonlySet<string>;
  /**
   * Whether `regions` are passages an announcement of the query's subject opens: their candidates
   * run from the announcement on, since the discussion after it need not repeat its words.
   */
  readonly announced?: boolean;
  /**
   * The only turns whose sentences may answer, when a way of locating narrows them inside its
   * passages (all the passages' turns when absent, or when these hold too few words for an answer).
   */
  readonly answerTurns?: ReadonlySet<number>;
};

/** Where in the meeting a (specific) query's subject is discussed; undefined when no turn matches. */
export function locateQuery(prepared: PreparedTranscript, query: string): LocatedQuery | undefined {
  const labels = prepared.transcript.turns.map((turn) => turn.speaker);
  const speakers = speakersNamed(query, labels);
  // Who the query asks about picks whose sentences answer it; their name is not what the passage is about.
  const named = weightedQueryTerms(query, labels);
  const weighted = named.size > 0 ? named : weightedQueryTerms(query);
  // The subject's words locate the answer; the wider discussion's words only when the subject's are never said.
  const subject = new Map([...weighted].filter(([, weight]) => weight >= 1));
  // Words the meeting says together ("remote", "control") count once, as the one thing they name.
  const bySubject = bm25(prepared, weightsPerConcept(prepared.turnTerms, subject));
  const matched = bySubject.some((score) => score > 0)
    ? bySubject
    : bm25(prepared, weightsPerConcept(prepared.turnTerms, weighted));
  if (matched.every((score) => score === 0)) return undefined;
  // What a named speaker said about the subject lies where they speak of it.
  const own = matched.map((score, turn) =>
    speakers.has(prepared.transcript.turns[turn]?.speaker ?? '') ? score * FOCUS_PARAMS.namedBoost : score,
  );
  const runs = passageRuns(own, smoothedRelevance(own), FOCUS_PARAMS.threshold);
  // A subject announced in so many words ("moving on to X") is discussed after its announcement.
  const announced = announcedPassages(
    prepared.transcript.turns.map((turn) => turn.text),
    (said) => namesSubject(prepared, queryTerms(said), [...subject.keys()]),
  );
  return {
    terms: [...weighted.keys()],
    own,
    speakers,
    regions: announced.length > 0 ? announced : chosenRuns(runs, FOCUS_PARAMS.runShare, own.length),
    runs,
    ...(announced.length > 0 ? { announced: true } : {}),
  };
}

/**
 * Whether an announced subject names the query's whole subject: it says every subject term the
 * meeting says (an announcement that shares one word with the query, or names only the wider
 * subject the query's item belongs to, opens another item's discussion).
 */
function namesSubject(
  prepared: PreparedTranscript,
  said: readonly string[],
  subject: readonly string[],
): boolean {
  const spoken = subject.filter((term) => prepared.idf.has(term));
  return spoken.length > 0 && spoken.every((term) => said.includes(term));
}

/**
 * The candidates of each passage from the first turn that says the query's words on, up to
 * `tailTurns` turns after the last one: smoothing draws a passage out over the talk that leads
 * up to the subject and over the talk after it, which are about something else. When fewer
 * than `leadWords` words of candidates are left (the first mention is a question and short
 * replies), both ends move out a turn at a time until there are enough.
 */
export function fromFirstMention(
  units: readonly Unit[],
  regions: readonly TurnRegion[],
  own: readonly number[],
  minWords: number = FOCUS_PARAMS.leadWords,
  tailTurns: number = FOCUS_PARAMS.tailTurns,
): Unit[] {
  const firsts = regions.map((span) => {
    for (let turn = span.from; turn <= span.to; turn++) if ((own[turn] ?? 0) > 0) return turn;
    return span.from;
  });
  const lasts = regions.map((span) => {
    for (let turn = span.to; turn >= span.from; turn--) if ((own[turn] ?? 0) > 0) return turn;
    return span.to;
  });
  const regionOf = (turn: number) => regions.findIndex((span) => turn >= span.from && turn <= span.to);
  for (let back = 0; ; back++) {
    const pool = units.filter((unit) => {
      const at = regionOf(unit.turn);
      return (
        at < 0 || (unit.turn >= (firsts[at] ?? 0) - back && unit.turn <= (lasts[at] ?? 0) + tailTurns + back)
      );
    });
    const size = pool.reduce((sum, unit) => sum + wordCount(unit.text), 0);
    if ((pool.length > 0 && size >= minWords) || pool.length === units.length) return pool;
  }
}

/** Sentences answering `query`, in meeting order. */
export function focusedExtract(
  prepared: PreparedTranscript,
  query: string,
  options: FocusOptions = {},
): Extract[] {
  if (isGeneralQuery(query)) return generalExtract(prepared, options);
  const located = (options.locate ?? locateQuery)(prepared, query);
  // No turn says what the query asks about: one central sentence of the whole meeting, not an
  // answer-sized overview (sentences from elsewhere would read, and cite, as if they answered).
  if (!located) return generalExtract(prepared, { words: FOCUS_PARAMS.overviewWords, sections: 1 });
  return inMeetingOrder(pickedFor(prepared, located, options));
}

/**
 * The sentences answering a specific query in the order they were chosen (the best first), not
 * in meeting order; undefined for a general query or one no turn matches. What an answer is
 * made of, for measuring which of its sentences lie where.
 */
export function answerPicks(
  prepared: PreparedTranscript,
  query: string,
  options: FocusOptions = {},
): Extract[] | undefined {
  if (isGeneralQuery(query)) return undefined;
  const located = (options.locate ?? locateQuery)(prepared, query);
  return located ? pickedFor(prepared, located, options) : undefined;
}

function pickedFor(prepared: PreparedTranscript, located: LocatedQuery, options: FocusOptions): Extract[] {
  return mmrPicks(
    answerCandidates(prepared, options.passages?.length ? withPassages(located, options.passages) : located),
    options.words ?? FOCUS_PARAMS.answerWords,
    options.lambda ?? FOCUS_PARAMS.lambda,
  );
}

/** A located query answered from given passages (kept within the meeting), each counting alike. */
export function withPassages(located: LocatedQuery, passages: readonly TurnRegion[]): LocatedQuery {
  const last = located.own.length - 1;
  const regions = passages
    .map((span) => ({ from: Math.max(0, span.from), to: Math.min(last, span.to) }))
    .filter((span) => span.from <= span.to);
  if (regions.length === 0) return located;
  return { ...located, regions, runs: regions.map((run) => ({ run, weight: 1 })) };
}

/** The scored candidate sentences of a located query's passages, before MMR chooses among them. */
export function answerCandidates(prepared: PreparedTranscript, located: LocatedQuery): Extract[] {
  const { terms, own, regions, speakers } = located;
  const within = (turn: number) => regions.some((span) => turn >= span.from && turn <= span.to);
  const local = normalize(own);
  const region = normalize(smooth(own, FOCUS_PARAMS.radius));
  const center = centroid(
    prepared,
    region.map((value, turn) => (within(turn) ? value : 0)),
  );
  const candidates = prepared.units.filter(
    (unit) => within(unit.turn) && unit.terms.length >= FOCUS_PARAMS.minTerms && !isQuestion(unit),
  );
  const inRegion = narrowed(
    located.announced ? candidates : fromFirstMention(candidates, regions, own),
    located.answerTurns,
  );
  // A query about what someone said is answered from that person's own turns, when they spoke there.
  const named = inRegion.filter((unit) => speakers.has(unit.speaker));
  const pool = named.length >= FOCUS_PARAMS.namedUnits ? named : inRegion;
  const central = normalize(pool.map((unit) => centrality(unit, center)));
  const shares = passageShares(located);
  const shareOf = (turn: number) =>
    shares[regions.findIndex((span) => turn >= span.from && turn <= span.to)] ?? 1;
  const { local: wl, region: wr, central: wc, query: wq } = FOCUS_PARAMS.weights;
  return pool.map((unit, i) => {
    const unitOverlap = terms.length
      ? terms.filter((term) => unit.counts.has(term)).length / terms.length
      : 0;
    const score =
      (wl * (local[unit.turn] ?? 0) +
        wr * (region[unit.turn] ?? 0) +
        wc * (central[i] ?? 0) +
        wq * unitOverlap) *
      shareOf(unit.turn);
    return { unit, score };
  });
}

/** The candidates of the turns a locator allows, when they hold enough words for an answer. */
function narrowed(units: readonly Unit[], turns: ReadonlySet<number> | undefined): readonly Unit[] {
  if (!turns) return units;
  const kept = units.filter((unit) => turns.has(unit.turn));
  const size = kept.reduce((sum, unit) => sum + wordCount(unit.text), 0);
  return size >= FOCUS_PARAMS.leadWords ? kept : units;
}

/**
 * Each chosen passage's query weight as a share of the heaviest passage's (1 for it): a subject
 * taken up again is answered from both passages, but a sentence of the lighter one counts for
 * that much less than one as good of the heavier.
 */
export function passageShares(located: Pick<LocatedQuery, 'regions' | 'runs'>): number[] {
  const best = Math.max(0, ...located.runs.map((item) => item.weight));
  return located.regions.map((span) => {
    const run = located.runs.find((item) => item.run.from === span.from && item.run.to === span.to);
    return run && best > 0 ? run.weight / best : 1;
  });
}

/** Central sentences spread across the meeting: one section per ~35 words of budget (three for a 110-word summary). */
export function generalExtract(prepared: PreparedTranscript, options: FocusOptions = {}): Extract[] {
  const budget = options.words ?? FOCUS_PARAMS.summaryWords;
  const units = prepared.units.filter(
    (unit) =>
      unit.terms.length >= 4 &&
      !(unit.asks || /\?$/.test(unit.text) || INVERTED.test(unit.text)) &&
      !mostlyCounting(unit) &&
      // A summary line states something: no fragment without a main clause ("Working on the design."),
      // none broken off ("… the foundations of the."), none whose subject was in the turn before
      // ("Looked at …"), and no list continued from it ("Such as …").
      !isFragment(unit.text) &&
      !endsOpen(unit.text) &&
      !lacksSubject(unit.text) &&
      !LIST_CONTINUATION.test(unit.text) &&
      !SOCIAL.test(unit.text),
  );
  if (units.length === 0) return [];
  const weight = new Map<string, number>();
  for (const terms of prepared.turnTerms)
    for (const term of terms) weight.set(term, (weight.get(term) ?? 0) + 1);
  for (const [term, count] of weight) weight.set(term, Math.log(1 + count) * (prepared.idf.get(term) ?? 0));
  const centrality = normalize(
    units.map((unit) => {
      let sum = 0;
      for (const term of unit.counts.keys()) sum += weight.get(term) ?? 0;
      return sum / (unit.terms.length + 4) ** FOCUS_PARAMS.summaryExponent;
    }),
  );
  const sections = options.sections ?? Math.max(2, Math.round(budget / FOCUS_PARAMS.sectionWords));
  const turns = prepared.transcript.turns.length || 1;
  const extracts: Extract[] = units.map((unit, i) => ({ unit, score: centrality[i] ?? 0 }));
  const chosen: Extract[] = [];
  for (let s = 0; s < sections; s++) {
    const from = (s * turns) / sections;
    const to = ((s + 1) * turns) / sections;
    const section = extracts.filter((item) => item.unit.turn >= from && item.unit.turn < to);
    chosen.push(...selectMmr(section, budget / sections, options.lambda ?? FOCUS_PARAMS.summaryLambda));
  }
  return chosen.sort((a, b) => a.unit.id - b.unit.id);
}

/** Figures said as words or digits, and what joins them ("twelve point three", "oh five"). */
const COUNTING =
  /^(?:\d[\d.,]*|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|point)$/;

/**
 * A sentence half or more of whose words are figures ("Twelve point three five.", "One two
 * three four five six cameras."): counting or reading out numbers, which a summary cannot
 * tell without what they were about.
 */
function mostlyCounting(unit: Unit): boolean {
  const all = words(unit.text);
  return all.filter((word) => COUNTING.test(word)).length * 2 >= all.length;
}
