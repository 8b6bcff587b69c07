/**
 * @module passage-answer
 * The builtin engine's answer from retrieved passages. Each passage is read as sentences a
 * person would quote (hard wraps joined, quote markers removed, table rows as sentences:
 * see passage-text). Sentences are scored by the question's terms they carry (weighted by
 * rarity, CJK segmented like the index), by whether they hold the kind of thing the question
 * wants (an amount, a date, a place…), by their passage's rank, and demoted when they are
 * quoted history, boilerplate or bulk mail. The answer is the best sentence, plus one more
 * only when it adds what the first lacks; no padding. Without a sentence that carries the
 * question's terms (and, when the question wants a typed thing, that thing) there is no answer.
 */

import * as chrono from 'chrono-node';
import { analyze, simplifyChinese } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import {
  type AnswerType,
  askedHead,
  carriesMoney,
  carriesType,
  expectedAnswerType,
  labelledCode,
  moneyAsked,
  phoneKindFits,
  REQUIRED_TYPES,
  statesOtherMeasure,
} from './answer-type.ts';
import { nickBase } from './attributed-person.ts';
import type { CitationList } from './citations.ts';
import { editDistance } from './name-spelling.ts';
import { isBulk, passageUnits, type TextUnit } from './passage-text.ts';
import { asksRealized, statesPlanned, versionBound } from './value-binding.ts';

export type PassageSentence = TextUnit & {
  readonly hit: SearchHit;
  readonly rank: number;
  readonly position: number;
  /** A lead-in followed only by a section heading and the next lead-in: it announces, it does not answer. */
  readonly announces?: boolean;
};

type Candidate = PassageSentence & {
  readonly terms: ReadonlySet<string>;
  readonly relevance: number;
  /** The share of the question's words (by rarity) the sentence itself carries. */
  readonly own: number;
  readonly typed: boolean;
  /** The sentence names the thing whose value is asked ("nights" in "how many nights …"). */
  readonly namesHead: boolean;
  /** It holds the kind of value asked, but of something else (see value-binding). */
  readonly unbound: boolean;
  readonly score: number;
};

const ROLE_WEIGHT = { body: 1, quoted: 0.6, boilerplate: 0.15 } as const;
/** Below this share of the question's weight a sentence does not answer it. */
const MIN_RELEVANCE = 0.25;

/** Words of the question that say what is asked, not what it is about. */
const QUESTION_WORDS = new Set(
  analyze(
    'what whats which who whom whose when where why how much many is are was were did does do tell me please ' +
      'say said according about the a an of to in on for my i we our us you number up out off get go ' +
      '什麼 什么 多少 哪裡 哪里 哪個 哪个 是 的 嗎 吗 呢 可以 何 なに 何で です か 무엇 어디 ' +
      'は誰ですか 誰が 谁是 是谁 是誰 どなた 何回 何人 いつですか どこですか ですか ますか 누구',
  ),
);

/** Words that only name the kind of thing asked for ("phone" in "what's Ann's phone number"). */
const TYPE_WORDS: Readonly<Partial<Record<AnswerType, ReadonlySet<string>>>> = {
  phone: new Set(analyze('phone telephone tel number')),
};

/** Words the question names (capitalised, not its first word): they weigh double. */
export function namedTerms(question: string): Set<string> {
  const named = new Set<string>();
  for (const match of question.matchAll(/(?<=\s)(?:[\p{Lu}][\p{L}\p{N}'-]*)/gu))
    for (const term of analyze(match[0])) named.add(term);
  return named;
}

export function questionTerms(question: string, type?: AnswerType): string[] {
  const skip = type ? TYPE_WORDS[type] : undefined;
  return [...new Set(analyze(question))].filter((term) => !QUESTION_WORDS.has(term) && !skip?.has(term));
}

/**
 * A sentence that only introduces what comes after it ("Your user name and password are:",
 * "Here are Mike's numbers."): what it announces is in the lines that follow.
 */
const LEAD_IN =
  /:\s*$|^(?:here|below|attached|enclosed)\s+(?:is|are)\b|\b(?:as follows|the following)\s*[.:]?\s*$/i;
/** A table cell read as a sentence: "Row, Column: value". */
const TABLE_CELL = /^[^,:]{1,40}, [^,:]{1,30}: \S/;
/** How much of what follows a lead-in is quoted with it. */
const FOLLOW_UNITS = 2;
const FOLLOW_CHARS = 160;

/** A mail's subject with its reply and forward marks taken off. */
function subjectOf(hit: SearchHit): string | undefined {
  if (hit.type !== 'email' || !hit.title) return undefined;
  const subject = hit.title.replace(/^(?:\s*(?:re|fw|fwd|aw|wg)\s*:\s*)+/i, '').trim();
  return subject.length >= 6 ? subject : undefined;
}

/** Kinds of fact a mail's signature is quoted for: its phone and fax lines, its address. */
const SIGNATURE_TYPES: ReadonlySet<AnswerType> = new Set(['phone', 'place']);

/**
 * The lines of the signature the reader kept apart from a mail's text ("Liz Ode / Tel.
 * 713.555.0101 / Fax 713.555.0102"), for a question that asks for a number or an address.
 */
function signatureUnits(hit: SearchHit, type: AnswerType | undefined, after: number): TextUnit[] {
  if (hit.type !== 'email' || !type || !SIGNATURE_TYPES.has(type)) return [];
  const signature = (hit.data as { signature?: unknown } | undefined)?.signature;
  if (typeof signature !== 'string') return [];
  return signature
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 1)
    .map((text, i) => ({ text, role: 'body' as const, line: after + i }));
}

/** Kinds of fact a subject line may answer by itself: a number, a code, an amount. */
const SUBJECT_TYPES: ReadonlySet<AnswerType> = new Set(['phone', 'code', 'amount', 'rate']);

function sentencesOf(hit: SearchHit, rank: number, type: AnswerType | undefined): PassageSentence[] {
  const body = passageUnits(hit);
  // A subject line can hold the fact itself ("Bart Bently - Real Estate Lawyer 713/840-7710");
  // one that only names the topic ("Room for Tomorrow's Meeting") is left to the body.
  const subject = type && SUBJECT_TYPES.has(type) ? subjectOf(hit) : undefined;
  const units = [
    ...(subject &&
    carriesType(subject, type as AnswerType) &&
    !body.some((unit) => unit.text.includes(subject))
      ? [{ text: subject, role: 'body' as const, line: -1 }]
      : []),
    ...body,
    ...signatureUnits(hit, type, body.length),
  ];
  return units.map((unit, position) => {
    const follow: string[] = [];
    if (!unit.speaker && LEAD_IN.test(unit.text))
      for (const next of units.slice(position + 1, position + 1 + FOLLOW_UNITS)) {
        // A cell of a table ("Equity, Maximum: 12 MM") answers by itself.
        if (next.role !== unit.role || LEAD_IN.test(next.text) || TABLE_CELL.test(next.text)) break;
        if ([...follow, next.text].join(' ').length > FOLLOW_CHARS) break;
        follow.push(next.text);
      }
    // Only headings after it ("Here are our picks: Gas", then "Analysts: …"): the lead-in
    // announces sections below, and says nothing by itself.
    const after = units[position + 1 + follow.length];
    const headings =
      follow.length > 0 &&
      follow.every((line) => !/\d/.test(line) && line.split(/\s+/).length <= 3) &&
      after !== undefined &&
      LEAD_IN.test(after.text);
    if (headings) return { ...unit, hit, rank, position, announces: true };
    const text = follow.length > 0 ? `${unit.text.replace(/[.]\s*$/, ':')} ${follow.join(' ')}` : unit.text;
    return { ...unit, text, hit, rank, position };
  });
}

/** A transcript chunk holds one turn per line: cite the turn itself, not the chunk's first turn. */
export function citedPassage(sentence: PassageSentence): SearchHit {
  const { hit } = sentence;
  if (hit.type !== 'transcript' || hit.locator.turn === undefined) return hit;
  const turn = hit.locator.turn + sentence.line;
  return { ...hit, locator: { turn }, uri: hit.uri.replace(/#.*$/, `#turn=${turn}`) };
}

export type ExtractiveAnswer = {
  readonly answer: string;
  readonly sentences: number;
  readonly found: boolean;
  /** The passage the first sentence came from. */
  readonly hit?: SearchHit;
  /** The first sentence, when other passages repeat it with other figures (a reminder, a daily report). */
  readonly repeated?: string;
  /** How well the first sentence is supported: its relevance, its own share of the question's words, and whether it holds the asked type. */
  readonly support?: {
    readonly relevance: number;
    readonly own: number;
    readonly typed: boolean;
    /** The sentence is the passage's byline, asked for by "who wrote …": its passage is the support. */
    readonly byline?: boolean;
  };
};

/** A proposal put as a question ("How about Lisbon?", "Why not meet Friday?") does answer. */
const SUGGESTION = /^\s*(?:how about|what about|why not|shall we|let's)\b/i;

type Bound = 'most' | 'least';

/** Which end of a range a text names: an upper bound ("at most", "shall not exceed") or a lower one. */
const BOUNDS: readonly (readonly [Bound, RegExp])[] = [
  [
    'most',
    /\b(?:at most|maximum|max|no more than|not more than|(?:shall|must|may) not exceed|not to exceed|no greater than|not greater than|up to|upper limit)\b|最多|最大|上限|以内|以下|최대/i,
  ],
  [
    'least',
    /\b(?:at least|minimum|min|no less than|not less than|no fewer than|lower limit)\b|最少|最小|下限|以上|최소/i,
  ],
];

function boundsOf(text: string): Bound[] {
  return BOUNDS.filter(([, pattern]) => pattern.test(text)).map(([bound]) => bound);
}

/** A sentence that names only the other end of the range asked ("no less than" for "at most") sinks. */
function boundFactor(asked: readonly Bound[], text: string): number {
  if (asked.length !== 1) return 1;
  const said = boundsOf(text);
  return said.length > 0 && !said.includes(asked[0] as Bound) ? 0.5 : 1;
}

const folded = new Map<string, string>();
/**
 * A term with its Han characters in one form: the analyser simplifies a run of Han characters
 * only when no kana stands in it, so a Japanese question ("理事長は誰") and the line it asks about
 * ("理事長 福島") would spell the same word two ways.
 */
function fold(term: string): string {
  if (!/\p{Script=Han}/u.test(term)) return term;
  let form = folded.get(term);
  if (form === undefined) {
    form = simplifyChinese(term);
    if (folded.size < 50_000) folded.set(term, form);
  }
  return form;
}

/** The terms of a text, Han characters folded to one form (see `fold`). */
function foldedTerms(text: string): string[] {
  return analyze(text).map(fold);
}

const NOT_ASKED_VERBS = new Set(analyze('have has had be do does did get go mean know'));

/**
 * The verb a "what does X <verb>" question asks about ("What does Ana need from me?" → "need"):
 * the relation asked for. The sentence that carries it answers; the one that only names the
 * topic ("I am finishing the brochure") comes a sentence before.
 */
export function askedVerb(question: string): string | undefined {
  const match =
    /\b(?:[Ww]hat|[Ww]hich\s+\p{L}+)\s+(?:do|does|did|will|would|should|can|could|must|might)\s+(?:I|we|you|he|she|they|it|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)\s+(\p{Ll}{3,})\b/u.exec(
      question,
    );
  const verb = match?.[1] ? analyze(match[1])[0] : undefined;
  return verb && !QUESTION_WORDS.has(verb) && !NOT_ASKED_VERBS.has(verb) ? verb : undefined;
}

/** A byline: the names of who wrote a text, as it opens. */
const BYLINE =
  /^\s*(?:(?:written|prepared|compiled|drafted)\s+)?by\s+[\p{Lu}][\p{L}.'-]+\s+[\p{Lu}]|^\s*authors?\s*:/iu;

/** A question about who wrote a text. */
const AUTHOR_ASKED = /\bwho\s+(?:wrote|authored|created|drafted|prepared)\b|\bauthors?\b/i;

/** Words that tell of a change of plan: a question about one wants the sentence that tells it. */
const CHANGE =
  /\b(?:re-?schedul\w*|mov(?:e|ed|ing)|postpon\w*|push(?:ed)? (?:back|out)|delay\w*|chang\w*|shift\w*|new (?:date|time|place|venue|room)|now)\b/i;

/** Scores every sentence of the passages against the question. */
export function rankSentences(
  question: string,
  hits: readonly SearchHit[],
  type: AnswerType | undefined = expectedAnswerType(question),
  person?: string,
): Candidate[] {
  const askedBounds = boundsOf(question);
  const asksAboutAsking = /\b(?:ask(?:s|ed|ing)?|question(?:s|ed)?|wonder(?:s|ed)?)\b/i.test(question);
  const personWords = person ? new Set(analyze(person).map(nickBase)) : undefined;
  const spokenBy = (speaker: string) => analyze(speaker).some((word) => personWords?.has(nickBase(word)));
  const wanted = [...new Set(questionTerms(question, type).map(fold))];
  const wantedSet = new Set(wanted);
  const asked = new Set(foldedTerms(question));
  const verb = askedVerb(question);
  const head = askedHead(question);
  const headTerm = head ? foldedTerms(head)[0] : undefined;
  // "When is the call rescheduled to?": the sentence that tells of the change, not the old plan.
  const asksChange =
    /\b(?:re-?schedul\w*|moved|postponed|pushed (?:back|out)|delayed|changed|shifted)\b/i.test(question);
  const money = moneyAsked(question);
  // "How much did Ana get?": a figure paid, not one offered in a range or a proposal beside it.
  const realized = asksRealized(question) && (type === 'amount' || money !== undefined);
  // "Who wrote the design document?": its byline ("By Ana Ruiz, Ben Ode") says.
  const asksAuthor = AUTHOR_ASKED.test(question);
  const pool = hits.flatMap((hit, rank) => sentencesOf(hit, rank, type));
  const speaks = new Set(
    personWords ? pool.filter((s) => s.speaker && spokenBy(s.speaker)).map((s) => s.hit) : [],
  );
  if (pool.length === 0 || wanted.length === 0) return [];
  const termsOf = pool.map(
    (sentence) =>
      new Set(
        sentence.speaker
          ? // A speaker's nick counts with the digits or underscores they added ("kit42" is kit).
            [
              ...foldedTerms(`${sentence.speaker} ${sentence.text}`),
              ...analyze(sentence.speaker).map(nickBase),
            ]
          : foldedTerms(sentence.text),
      ),
  );
  const named = namedTerms(question);
  // A name the passage misspells ("Linoln Energy Center" for Lincoln) still names it.
  const misspelt = misspellings(
    wanted.filter((term) => named.has(term)),
    termsOf,
  );
  if (misspelt.size > 0)
    for (const terms of termsOf)
      for (const term of [...terms]) {
        const name = misspelt.get(term);
        if (name) terms.add(name);
      }
  const df = new Map<string, number>();
  for (const terms of termsOf) for (const term of terms) df.set(term, (df.get(term) ?? 0) + 1);
  // Names weigh double in finding the passage and its neighbourhood; within the sentence itself
  // every word counts alike, since the topic is often named a sentence before the answer.
  const rarity = (term: string) => Math.log(1 + pool.length / (df.get(term) ?? 0.5));
  const idf = (term: string) => rarity(term) * (named.has(term) ? 2 : 1);
  const total = wanted.reduce((sum, term) => sum + idf(term), 0) || 1;
  const plainTotal = wanted.reduce((sum, term) => sum + rarity(term), 0) || 1;
  const hitTerms = new Map<SearchHit, Set<string>>();
  for (const hit of hits) hitTerms.set(hit, new Set(foldedTerms(`${hit.title} ${peopleOf(hit)}`)));
  const bulk = new Map(hits.map((hit) => [hit, hit.type === 'email' && isBulk(hit.text)]));
  const passageTerms = new Map<SearchHit, Set<string>>();
  pool.forEach((sentence, i) => {
    const set = passageTerms.get(sentence.hit) ?? new Set(hitTerms.get(sentence.hit));
    for (const term of termsOf[i] ?? []) set.add(term);
    passageTerms.set(sentence.hit, set);
  });
  // A passage that carries none of the names the question asks about does not answer it.
  const askedNames = wanted.filter((term) => named.has(term));
  const namesPassage = (hit: SearchHit) =>
    askedNames.length === 0 || askedNames.some((term) => passageTerms.get(hit)?.has(term));
  const share = (has: (term: string) => boolean) =>
    wanted.reduce((sum, term) => sum + (has(term) ? idf(term) : 0), 0) / total;
  return pool.map((sentence, i) => {
    const terms = termsOf[i] ?? new Set<string>();
    // Words of the sentences around it (same passage) and of its title: "His number is …"
    // answers a question about the Gordon named two sentences before.
    const near = new Set<string>(hitTerms.get(sentence.hit));
    for (let j = i - 2; j <= i + 2; j++)
      if (pool[j]?.hit === sentence.hit) for (const term of termsOf[j] ?? []) near.add(term);
    const own = wanted.reduce((sum, term) => sum + (terms.has(term) ? rarity(term) : 0), 0) / plainTotal;
    const nearby = share((term) => near.has(term));
    const passage = share((term) => passageTerms.get(sentence.hit)?.has(term) ?? false);
    const relevance = 0.45 * own + 0.35 * nearby + 0.2 * passage;
    const carries =
      type !== undefined &&
      (type === 'code'
        ? carriesType(withoutAsked(sentence.text, asked), type) || labelledCode(sentence.text)
        : carriesType(sentence.text, type)) &&
      (type !== 'phone' || phoneKindFits(question, sentence.text)) &&
      (money === undefined || carriesMoney(sentence.text, money)) &&
      !statesOtherMeasure(question, sentence.text);
    // The value belongs to the thing asked: not another product's version, not a figure offered.
    const bound =
      (type !== 'version' || versionBound(sentence.text, wantedSet)) && (!realized || !plannedNear(pool, i));
    const typed = (carries && bound) || (type === 'person' && sentence.speaker !== undefined);
    const unbound = carries && !bound;
    // A chat line matched only by its speaker's name says nothing on the question's topic.
    const ownWords = sentence.speaker ? new Set(foldedTerms(sentence.text)) : terms;
    const onTopic =
      !sentence.speaker ||
      wanted.some((term) => ownWords.has(term)) ||
      (typed && type !== undefined && REQUIRED_TYPES.has(type));
    // Words put in a named person's mouth: in a passage where they speak, only their own lines.
    const bySomeoneElse =
      personWords && sentence.speaker && speaks.has(sentence.hit) && !spokenBy(sentence.speaker) ? 0 : 1;
    // A question in the passage asks; it does not answer, unless the question is who asked
    // or it carries the very thing asked for ("Can you call me at 555-0100?").
    const asks =
      /\?\s*$/.test(sentence.text) &&
      !SUGGESTION.test(sentence.text) &&
      !asksAboutAsking &&
      !(typed && type !== undefined && REQUIRED_TYPES.has(type))
        ? 0
        : 1;
    // A date only by "today" or "tomorrow" says less than a clock time or a calendar date.
    const vague =
      type === 'date' && typed && !/\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(sentence.text);
    const typeFactor = type ? (typed || unbound ? (vague ? 1.1 : 1.25) : 0.55) : 1;
    const rankScore = 1 / (1 + sentence.rank * 0.35);
    const weight = ROLE_WEIGHT[sentence.role] * (bulk.get(sentence.hit) ? 0.6 : 1);
    // A sentence that only repeats the question's words ("On Ed Graham.") tells nothing new.
    // A sentence that carries the kind of thing asked for ("Home : /home/ana") does say something.
    const novel =
      [...terms].some((term) => !asked.has(term)) ||
      (typed && type !== undefined && REQUIRED_TYPES.has(type));
    const tooShort = sentence.text.length < 6 || !novel ? 0.4 : sentence.announces ? 0.5 : 1;
    const carriesVerb =
      (verb !== undefined && wanted.includes(verb) && terms.has(verb) ? 1.3 : 1) *
      (asksChange && CHANGE.test(sentence.text) ? 1.3 : 1) *
      // The sentence that names what is asked ("his ultimate target for Sumas is …"), not
      // only the topic ("I spoke to John about Sumas").
      (headTerm !== undefined && headTerm !== verb && terms.has(headTerm) ? 1.3 : 1) *
      (asksAuthor && BYLINE.test(sentence.text) ? 1.5 : 1);
    const score =
      (0.8 * relevance + 0.2 * rankScore) *
      carriesVerb *
      typeFactor *
      weight *
      tooShort *
      bySomeoneElse *
      asks *
      boundFactor(askedBounds, sentence.text);
    return {
      ...sentence,
      terms,
      relevance,
      own,
      typed,
      namesHead: headTerm !== undefined && terms.has(headTerm),
      unbound,
      score: nearby > 0 && onTopic && namesPassage(sentence.hit) ? score : 0,
    };
  });
}

/** The sentence or one of the two either side of it in its passage offers or plans a figure. */
function plannedNear(pool: readonly PassageSentence[], i: number): boolean {
  const hit = pool[i]?.hit;
  for (let j = i - 2; j <= i + 2; j++) {
    const sentence = pool[j];
    if (sentence?.hit === hit && sentence && statesPlanned(sentence.text)) return true;
  }
  return false;
}

/**
 * Words of the passages one edit from a name the question asks about that no passage spells
 * as asked (names of six letters or more, first letter kept): a typo in the source.
 */
function misspellings(
  names: readonly string[],
  termsOf: readonly ReadonlySet<string>[],
): Map<string, string> {
  const out = new Map<string, string>();
  const missing = names.filter((name) => name.length >= 6 && !termsOf.some((terms) => terms.has(name)));
  if (missing.length === 0) return out;
  const seen = new Set<string>();
  for (const terms of termsOf)
    for (const term of terms) {
      if (seen.has(term)) continue;
      seen.add(term);
      const name = missing.find(
        (candidate) => candidate[0] === term[0] && term.length >= 5 && editDistance(candidate, term, 1) <= 1,
      );
      if (name) out.set(term, name);
    }
  return out;
}

/**
 * The text without the question's own words: a code made of them ("ACME-FORUM" for a question
 * about the Acme Forum) names the topic, not the value asked for.
 */
function withoutAsked(text: string, asked: ReadonlySet<string>): string {
  return text.replace(/[\p{L}\p{N}_]+/gu, (word) => (asked.has(foldedTerms(word)[0] ?? '') ? ' ' : word));
}

function peopleOf(hit: SearchHit): string {
  const data = hit.data as { from?: { name?: string; address?: string } } | undefined;
  return data?.from ? `${data.from.name ?? ''} ${data.from.address ?? ''}` : '';
}

const shape = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\d.,]+/g, '#')
    .replace(/\s+/g, ' ');

/** The same sentence sent again with new figures (a reminder, a daily report): the latest one holds. */
function latestRepeat(picked: Candidate, ranked: readonly Candidate[]): Candidate {
  const form = shape(picked.text);
  let latest = picked;
  for (const candidate of ranked)
    if (
      candidate.hit !== picked.hit &&
      candidate.text !== latest.text &&
      (candidate.hit.date ?? '') > (latest.hit.date ?? '') &&
      shape(candidate.text) === form
    )
      latest = candidate;
  return latest;
}

const DAY_MS = 86_400_000;

/**
 * A question about a day ("tomorrow's meeting", "on April 4"): among the best sentences, one
 * that names that day rises and one that names another day sinks.
 */
function byAskedDay(candidates: Candidate[], askedOn: { date: Date; now: Date }): Candidate[] {
  const top = new Set([...candidates].sort((a, b) => b.score - a.score).slice(0, 12));
  const day = Math.floor(askedOn.date.getTime() / DAY_MS);
  return candidates.map((candidate) => {
    if (!top.has(candidate)) return candidate;
    const reference = candidate.hit.date ? new Date(candidate.hit.date) : askedOn.now;
    const days = chrono
      .parse(candidate.text, { instant: reference, timezone: 'UTC' })
      .filter((found) => found.start.isCertain('day'))
      .map((found) => Math.floor(found.start.date().getTime() / DAY_MS));
    if (days.length === 0) return candidate;
    return { ...candidate, score: candidate.score * (days.includes(day) ? 1.3 : 0.8) };
  });
}

/**
 * A question that wants no detectable kind of thing (what was said, who, why) is answered
 * only by a sentence that carries some of its words itself and this share in all: weaker
 * support is a guess, and a confident wrong answer costs more than "found nothing". Not for
 * answers whose passages were chosen by who sent them ("what did Ann send me"), where the
 * sender, not the words, is the support.
 */
const MIN_UNTYPED_RELEVANCE = 0.4;

/** How far below the best typed sentence one that names the asked thing may score and still win. */
const HEAD_MARGIN = 0.6;

export function weaklySupported(answer: ExtractiveAnswer, type: AnswerType | undefined): boolean {
  if (!answer.found || !answer.support || (type && REQUIRED_TYPES.has(type))) return false;
  return (
    answer.support.relevance < MIN_UNTYPED_RELEVANCE || (answer.support.own === 0 && !answer.support.byline)
  );
}

export function extractiveAnswer(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
  type: AnswerType | undefined = expectedAnswerType(question),
  askedOn?: { readonly date: Date; readonly now: Date },
  /** The person the question puts words in the mouth of: their own lines rank first. */
  person?: string,
): ExtractiveAnswer {
  const scored = rankSentences(question, hits, type, person).filter((candidate) => candidate.score > 0);
  const ranked = (askedOn ? byAskedDay(scored, askedOn) : scored).sort(
    (a, b) => b.score - a.score || a.rank - b.rank || a.position - b.position,
  );
  const best = ranked[0];
  const none = { answer: '', sentences: 0, found: false } as const;
  if (!best) return none;
  const bestRelevance = Math.max(...ranked.map((candidate) => candidate.relevance));
  if (bestRelevance < MIN_RELEVANCE) return none;
  // A question that wants an amount, a date or a place is not answered by a sentence without one.
  const valued =
    type && REQUIRED_TYPES.has(type)
      ? ranked.find(
          (candidate) => (candidate.typed || candidate.unbound) && candidate.relevance >= MIN_RELEVANCE,
        )
      : undefined;
  // The best-supported value is another thing's: any value below it would be a guess.
  if (valued?.unbound) return none;
  const typedFirst = valued?.typed
    ? valued
    : ranked.find((candidate) => candidate.typed && candidate.relevance >= MIN_RELEVANCE);
  // A value next to the name of the thing asked ("# Nights: 9" for "how many nights") over a
  // value of something else in the same passages ("… MX 77500"), unless it ranks far below.
  const picked =
    type && REQUIRED_TYPES.has(type)
      ? typedFirst?.namesHead === false
        ? (ranked.find(
            (candidate) =>
              candidate.typed &&
              candidate.namesHead &&
              candidate.relevance >= MIN_RELEVANCE &&
              candidate.score >= typedFirst.score * HEAD_MARGIN,
          ) ?? typedFirst)
        : typedFirst
      : best;
  if (!picked) return none;
  const first = latestRepeat(picked, ranked);
  const chosen: Candidate[] = [first];
  // A second sentence only when it adds what the question names and the first lacks:
  // two of its terms, or one of its names.
  const wanted = [...new Set(questionTerms(question, type).map(fold))];
  const named = namedTerms(question);
  const second = ranked.find((candidate) => {
    if (candidate === first || candidate.hit !== first.hit) return false;
    if (Math.abs(candidate.position - first.position) > 3 || candidate.score < first.score * 0.75)
      return false;
    const added = wanted.filter((term) => candidate.terms.has(term) && !first.terms.has(term));
    return added.length >= 2 || added.some((term) => named.has(term));
  });
  if (second) chosen.push(second);
  chosen.sort((a, b) => a.rank - b.rank || a.position - b.position);
  const text = chosen
    .map((sentence) => {
      const body = sentence.speaker ? `${sentence.speaker}: ${sentence.text}` : sentence.text;
      const n = citations.cite(citedPassage(sentence), body);
      return `${/[.!?。！？]$/.test(body) ? body : `${body}.`} [${n}]`;
    })
    .join(' ');
  const repeated = ranked.some(
    (candidate) =>
      candidate.hit !== first.hit &&
      candidate.text !== first.text &&
      shape(candidate.text) === shape(first.text),
  );
  return {
    answer: text,
    sentences: chosen.length,
    found: true,
    hit: first.hit,
    support: {
      relevance: first.relevance,
      own: first.own,
      typed: first.typed,
      ...(AUTHOR_ASKED.test(question) && BYLINE.test(first.text) ? { byline: true } : {}),
    },
    ...(repeated ? { repeated: first.text } : {}),
  };
}
