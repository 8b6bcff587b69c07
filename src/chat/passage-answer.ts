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
import { analyze } from '../index/analyze.ts';
import { normalizeSubject } from '../index/threads.ts';
import type { SearchHit } from '../index/types.ts';
import { closedSentence } from '../lib/text/sentences.ts';
import { FUNCTION_WORDS, REQUEST_WORDS, SPOKEN_WORDS } from '../lib/text/stop-words.ts';
import { actSentenceAfter } from './act-sentence-after.ts';
import { amountActLine } from './amount-act-line.ts';
import {
  type AnswerType,
  askedCodeKinds,
  askedHead,
  askedNoun,
  carriesClockTime,
  carriesType,
  codeKindFits,
  countedHead,
  countedNoun,
  countsByVerb,
  expectedAnswerType,
  labelledCode,
  moneyAsked,
  onlyMoneyFigures,
  REQUIRED_TYPES,
} from './answer-type.ts';
import { actTerms, askedFieldLine, fieldOfAskedItem, labelAsked } from './asked-field.ts';
import { attributedPerson, nickBase } from './attributed-person.ts';
import { slotAfterCancel } from './cancelled-slot.ts';
import { ownedCell } from './cell-owner.ts';
import {
  addressedNick,
  asksSolution,
  calledNext,
  onlyAssents,
  onlyCalls,
  ownChatSibling,
  pastAddress,
  reportsTrouble,
  saysNotKnown,
  speakersOf,
  statesOwnSetup,
  statesUse,
} from './chat-lines.ts';
import { namedSibling } from './chat-named-thing.ts';
import { pointedBackLine, saysThingUnknown, statesOwnWant } from './chat-pointers.ts';
import type { CitationList } from './citations.ts';
import { namedKeyRow } from './keyed-row.ts';
import { kindNamedLine } from './kind-named-line.ts';
import { laterActLine, purposeAct, toldAct } from './later-act-line.ts';
import { latestMove } from './latest-move.ts';
import { lineUnderAskedHeading } from './line-heading.ts';
import { askedListItem } from './listed-item.ts';
import { durationsForSize } from './money-measures.ts';
import { concernsNoNamedNick, repliesInTalk, saidToUnnamed } from './named-nick.ts';
import { namesUnit } from './named-unit.ts';
import { nounCodeLine } from './noun-code-line.ts';
import { figureOfOtherMeasure } from './other-measure-figure.ts';
import { citedPassage } from './passage-sentences.ts';
import {
  askedVerb,
  fold,
  foldedTerms,
  namedTerms,
  namesDayOfMonth,
  namesWeekdayOnly,
  questionTerms,
} from './question-terms.ts';
import { sentFileLine } from './sent-file-line.ts';
import {
  AUTHOR_ASKED,
  asksQuestion,
  BYLINE,
  type Candidate,
  MIN_RELEVANCE,
  proposes,
  rankSentences,
  titledName,
} from './sentence-rank.ts';
import { toldLine } from './told-line.ts';
import { troubleReply } from './trouble-reply.ts';
import { asksFigure, figureNounAsked, holdsFigure } from './value-binding.ts';

export type ExtractiveAnswer = {
  readonly answer: string;
  readonly sentences: number;
  readonly found: boolean;
  /** The passage the first sentence came from. */
  readonly hit?: SearchHit;
  /** A table's cell whose row and column the question both names ("the code for Port Halden" under "Code"). */
  readonly keyed?: boolean;
  /** The first sentence, when other passages repeat it with other figures (a reminder, a daily report). */
  readonly repeated?: string;
  /** How well the first sentence is supported: its relevance, its own share of the question's words, and whether it holds the asked type. */
  readonly support?: {
    readonly relevance: number;
    readonly own: number;
    readonly typed: boolean;
    /** The sentence is the passage's byline, asked for by "who wrote …": its passage is the support. */
    readonly byline?: boolean;
    /** "Who …" answered by a name after a title ("Dr. Ana Ruiz"): a person for sure. */
    readonly titled?: boolean;
    /** The value of a line labelled by the question's word ("Presenter: Ana Ruiz" for "who is presenting"). */
    readonly field?: boolean;
  };
};
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

/** A notice's line that gives a time: "Time: 2:00 - 3:00 pm", "Time(s): 2-3 pm". */
const TIME_FIELD = /^\s*(?:time|times|time\(s\)|start time|meeting time)\s*:/i;

/** A mail that opens by correcting an earlier one ("Correction to my last note.", "Revised:"). */
const CORRECTS =
  /^(?:[^\n]*\n){0,3}?[^\n]*\b(?:correction|corrected|revised|please disregard (?:my|the) (?:previous|earlier|last))\b/i;

/**
 * A value from a mail that a later mail of the same subject corrects: the corrected one holds
 * ("… beginning at 9:00 am", then "Correction to my last note. … The review will
 * start at 4:00"), the later mail's sentence of the kind asked.
 */
function correctedLater(picked: Candidate, ranked: readonly Candidate[]): Candidate {
  if (picked.hit.type !== 'email' || !picked.hit.date) return picked;
  const subject = normalizeSubject(picked.hit.title);
  if (subject.length < 4) return picked;
  const correcting = (candidate: Candidate) =>
    candidate.hit.type === 'email' &&
    candidate.hit !== picked.hit &&
    (candidate.hit.date ?? '') > (picked.hit.date ?? '') &&
    normalizeSubject(candidate.hit.title).startsWith(subject) &&
    CORRECTS.test(candidate.hit.text);
  // The correcting mail's own sentence of the one picked, its figures changed ("Cost of about
  // $40k." sent again as "Cost of about $ 35k."), whatever kind the question asks.
  const form = looseShape(picked.text);
  const restated = ranked.find(
    (candidate) =>
      candidate.text !== picked.text && looseShape(candidate.text) === form && correcting(candidate),
  );
  if (restated) return restated;
  if (!picked.typed) return picked;
  return (
    ranked.find(
      (candidate) => candidate.typed && candidate.relevance >= MIN_RELEVANCE && correcting(candidate),
    ) ?? picked
  );
}

/** A sentence's words without its figures and spacing: "R$40 k" and "R$ 35k" read alike. */
const looseShape = (text: string) => shape(text).replace(/\s+/g, '');

/**
 * A notice sent again with new figures for each day ("Dial In Number: …", the call-in details that
 * "change weekly"), asked of a day: one that names no day of its own ("Date: Each Tuesday") is
 * out of date once a later one of the same shape was sent, though that later one is about
 * another day and drops out itself.
 */
function superseded(candidates: Candidate[], all: readonly Candidate[]): Candidate[] {
  return candidates.map((candidate) => {
    if (candidate.score === 0 || candidate.hit.type !== 'email' || !candidate.hit.date) return candidate;
    const form = shape(candidate.text);
    const later = all.some(
      (other) =>
        other.hit !== candidate.hit &&
        other.text !== candidate.text &&
        (other.hit.date ?? '') > (candidate.hit.date ?? '') &&
        shape(other.text) === form,
    );
    if (!later) return candidate;
    const reference = new Date(candidate.hit.date);
    const ownDay =
      fieldDays(candidate.hit, reference).length > 0 || daysNamed(candidate.text, reference).length > 0;
    return ownDay ? candidate : { ...candidate, score: 0 };
  });
}

/** 1 when a lead-in quotes the other sentence, which holds the kind of value asked, with the lines around it; else 0. */
const quotes = (lead: Candidate, line: Candidate) =>
  line.typed &&
  lead !== line &&
  lead.hit === line.hit &&
  lead.text.length > line.text.length &&
  lead.text.includes(line.text)
    ? 1
    : 0;

/** 1 for a sentence that states a figure ("the $5 million correction"), else 0. */
const statesFigure = (candidate: Candidate) => (/\d/.test(candidate.text) ? 1 : 0);

const DAY_MS = 86_400_000;
/** A day named from the day the text was written: "today", "yesterday", "tomorrow", "tonight". */
const RELATIVE_DAY = /\b(?:today|tonight|yesterday|tomorrow)\b/i;
/** Offsets of the zones a writer may be in, west and east of UTC (UTC-12 to UTC+14). */
const WRITER_ZONES = [-12 * 3_600_000, 14 * 3_600_000];

/** A line that gives the day of what a notice announces: "Date: Tuesday, 11/20/01", "When: May 4". */
const DATE_FIELD = /^[ \t>]*(?:date|when|meeting date|date of meeting)[ \t]*:[ \t]*(.+)$/gim;

/** A header line of a message quoted in another ("From: …", "Sent: …"): its Date is the message's. */
const HEADER_LINE = /^[ \t>]*(?:from|to|cc|subject|sent)[ \t]*:/im;

/**
 * The days (as day numbers) a passage's date fields name for certain, read from its own date;
 * not the Date line of a forwarded or quoted message's headers.
 */
function fieldDays(hit: SearchHit, reference: Date): number[] {
  const days: number[] = [];
  for (const match of hit.text.matchAll(DATE_FIELD)) {
    const at = match.index ?? 0;
    const around = hit.text.slice(Math.max(0, at - 160), at + match[0].length + 160);
    if (HEADER_LINE.test(around)) continue;
    for (const found of chrono.parse(match[1] ?? '', { instant: reference, timezone: 'UTC' }))
      if (found.start.isCertain('day') && found.start.isCertain('month'))
        days.push(Math.floor(found.start.date().getTime() / DAY_MS));
  }
  return days;
}

/** "When is …", "what time are …": a question on what is still to come (or going on). */
const UPCOMING = /^\s*(?:when|what time)\s*(?:'s|’s|is|are|will|does|do)\b/i;
/** Things that come back every year: a day gone this year is the day asked of next year. */
const RECURRING = /\b(?:birthday|anniversary|holiday|annual|yearly|every year)\b/i;
/** How long before the moment asked a day stated may lie and still be "when it is": a day. */
const GONE_MS = DAY_MS;

/**
 * A question on what is still to come is not answered by a sentence whose every day, read from
 * when it was written, is gone by the moment asked ("the night before the tastings (Tuesday,
 * 29th May)" in a May mail, asked in October): that was another round of the thing.
 */
function stillToCome(candidates: Candidate[], now: Date): Candidate[] {
  const gone = (day: number) => day < now.getTime() - GONE_MS;
  const passageDays = new Map<SearchHit, number[]>();
  return candidates.map((candidate) => {
    if (!candidate.typed || candidate.hit.type !== 'email') return candidate;
    const reference = candidate.hit.date ? new Date(candidate.hit.date) : now;
    const said = chrono.parse(candidate.text, { instant: reference, timezone: 'UTC' });
    let days = certainDays(said);
    // A time without a day ("Tastings follow at 2.00 pm") is on a day its passage names;
    // a month alone ("at the August review") is a day to come of its own.
    if (days.length === 0 && said.every((found) => !found.start.isCertain('month'))) {
      days = passageDays.get(candidate.hit) ?? daysNamed(candidate.hit.text, reference);
      passageDays.set(candidate.hit, days);
    }
    return days.length > 0 && days.every(gone) ? { ...candidate, score: 0 } : candidate;
  });
}

/**
 * The days "today", "tomorrow" … in a mail mean, read in its writer's zone rather than UTC: a
 * mail sent on the 4th in the evening in California was sent on the 5th in UTC (days since the
 * epoch, for the zones furthest west and east).
 */
function writersDays(text: string, sent: Date): number[] {
  if (!RELATIVE_DAY.test(text)) return [];
  return WRITER_ZONES.flatMap((shift) =>
    chrono
      .parse(text, { instant: new Date(sent.getTime() + shift), timezone: 'UTC' })
      .filter((found) => RELATIVE_DAY.test(found.text))
      .map((found) => Math.floor(found.start.date().getTime() / DAY_MS)),
  );
}

/** The days (as instants) a text names, read from when it was written: by date ("29th May") or by weekday ("next Wednesday"). */
function daysNamed(text: string, reference: Date): number[] {
  return certainDays(chrono.parse(text, { instant: reference, timezone: 'UTC' }));
}

function certainDays(found: readonly chrono.ParsedResult[]): number[] {
  return found
    .filter(
      (found) =>
        (found.start.isCertain('day') && found.start.isCertain('month')) || found.start.isCertain('weekday'),
    )
    .map((found) => (found.end ?? found.start).date().getTime());
}

/**
 * A question about a day ("tomorrow's meeting", "on April 4"): among the best sentences, one
 * that names that day rises and one that names another day sinks; one from a notice whose date
 * field names another day drops out.
 */
function byAskedDay(
  candidates: Candidate[],
  askedOn: { date: Date; now: Date },
  /** The question names the day by month and number ("on May 25"), not "today" or "Tuesday". */
  explicit = false,
): Candidate[] {
  const top = new Set([...candidates].sort((a, b) => b.score - a.score).slice(0, 12));
  const day = Math.floor(askedOn.date.getTime() / DAY_MS);
  return candidates.map((candidate) => {
    const reference = candidate.hit.date ? new Date(candidate.hit.date) : askedOn.now;
    // Mail written before the day asked, naming no day, does not tell what happened on it.
    const before =
      explicit &&
      candidate.hit.type === 'email' &&
      candidate.hit.date !== undefined &&
      Math.floor(reference.getTime() / DAY_MS) < day;
    // A file not written that day that never names the day asked ("East, Q1: $59" in a sample
    // sheet for "… on May 29") tells nothing of that day.
    if (
      explicit &&
      FILE_TYPES.has(candidate.hit.type) &&
      Math.floor(reference.getTime() / DAY_MS) !== day &&
      !namesDay(`${candidate.hit.title}\n${candidate.hit.text}`, reference, day)
    )
      return { ...candidate, score: 0 };
    if (!top.has(candidate) && !before) return candidate;
    const parsed = chrono.parse(candidate.text, { instant: reference, timezone: 'UTC' });
    const compact = compactDays(candidate.text, reference);
    // A time alone ("start at 4:00") names no day.
    const named = [
      ...parsed
        .filter((found) => found.start.isCertain('day') || found.start.isCertain('weekday'))
        .map((found) => Math.floor(found.start.date().getTime() / DAY_MS)),
      ...compact,
    ];
    // A subject that names the day ("Conf. call on Monday, 1/21") dates every line of its mail;
    // so does a notice that names it in another line ("Date: Thursday, March 8" above
    // "Place: EB-3314"), for a line that states the kind of thing asked and names no day itself.
    if (
      before &&
      !named.includes(day) &&
      !namesDay(candidate.hit.title, reference, day) &&
      !(candidate.typed && named.length === 0 && namesDay(candidate.hit.text, reference, day))
    )
      return { ...candidate, score: 0 };
    if (!top.has(candidate)) return candidate;
    const days = [
      ...parsed
        .filter((found) => found.start.isCertain('day'))
        .map((found) => Math.floor(found.start.date().getTime() / DAY_MS)),
      ...compact,
    ];
    // A notice whose own date field names another day ("Date: Tuesday, 11/20/01" in last week's
    // call-in details) is about that day's meeting, whatever its lines say; a line that names
    // the day asked itself (an itinerary's "12JUL HOUSTON TX TORONTO ON 359P" under its issue
    // "DATE: JUL 09 2001") is about that day.
    const noticeDays = fieldDays(candidate.hit, reference);
    if (noticeDays.length > 0 && !noticeDays.includes(day) && !days.includes(day))
      return { ...candidate, score: 0 };
    if (candidate.hit.date) days.push(...writersDays(candidate.text, reference));
    if (days.length === 0) return candidate;
    return { ...candidate, score: candidate.score * (days.includes(day) ? 1.3 : 0.8) };
  });
}

/**
 * A question that names its day by weekday only ("Friday's golf", "my Wednesday meeting"): a
 * sentence about another day drops out, read from when it was written ("Tomorrow's meeting …" in
 * last week's mail); so does one naming no day after one that names another ("Saturday we golf
 * at the park. Fee for this one is $33."), and one in mail whose subject names another day.
 */
function onAskedWeekday(
  candidates: Candidate[],
  asked: Date,
  /** Every sentence ranked, to read the one before a sentence. */
  all: readonly Candidate[],
): Candidate[] {
  const day = Math.floor(asked.getTime() / DAY_MS);
  const byPlace = new Map(
    all.map((candidate) => [`${candidate.hit.uri}\u0000${candidate.position}`, candidate]),
  );
  return candidates.map((candidate) => {
    const reference = candidate.hit.date ? new Date(candidate.hit.date) : asked;
    // A weekday alone ("Saturday") is the coming one from when it was written, on the writer's
    // clock, which may be on another day than UTC's ("as of FRIDAY 6pm" sent Friday evening in
    // Denver, Saturday in UTC).
    const stated = (text: string) => {
      const days = [0, ...WRITER_ZONES].flatMap((shift) =>
        weekdaysNamed(
          chrono.parse(
            text,
            { instant: new Date(reference.getTime() + shift), timezone: 'UTC' },
            { forwardDate: true },
          ),
        ),
      );
      if (candidate.hit.date) days.push(...writersDays(text, reference));
      return days;
    };
    const before = byPlace.get(`${candidate.hit.uri}\u0000${candidate.position - 1}`);
    const own = stated(candidate.text);
    const days =
      own.length > 0
        ? own
        : [
            ...(before ? stated(before.text) : []),
            ...(candidate.hit.type === 'email' ? stated(candidate.hit.title) : []),
          ];
    return days.length > 0 && !days.includes(day) ? { ...candidate, score: 0 } : candidate;
  });
}

/** The days (days since the epoch) that parsed texts name for certain, by date or by weekday. */
function weekdaysNamed(found: readonly chrono.ParsedResult[]): number[] {
  return found
    .filter((one) => one.start.isCertain('day') || one.start.isCertain('weekday'))
    .map((one) => Math.floor(one.start.date().getTime() / DAY_MS));
}

/** A day written as an itinerary writes it: "12JUL", "03DEC". */
const COMPACT_DAY = /\b(\d{1,2})(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\b/g;
const MONTH_CODES = 'JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC'.split(' ');

/** The days a text writes as an itinerary does, in the year that puts them nearest after the moment it was written (days since the epoch). */
function compactDays(text: string, reference: Date): number[] {
  return [...text.matchAll(COMPACT_DAY)].map((match) => {
    const month = MONTH_CODES.indexOf(match[2] ?? '');
    const date = Number(match[1]);
    const year = reference.getUTCFullYear();
    const at = Date.UTC(year, month, date);
    // A booking names days to come: one more than a month gone is next year's.
    const when = at < reference.getTime() - 31 * DAY_MS ? Date.UTC(year + 1, month, date) : at;
    return Math.floor(when / DAY_MS);
  });
}

/** Whether a text, read from a moment, names a day (days since the epoch). */
/** Passages of office files: their date is when the file was saved, not a day they tell of. */
const FILE_TYPES: ReadonlySet<string> = new Set(['document', 'sheet', 'slide']);

export function namesDay(text: string, reference: Date, day: number): boolean {
  return chrono
    .parse(text, { instant: reference, timezone: 'UTC' })
    .some((found) => Math.floor(found.start.date().getTime() / DAY_MS) === day);
}

/**
 * A question that wants no detectable kind of thing (what was said, who, why) is answered
 * only by a sentence that carries some of its words itself and this share in all: weaker
 * support is a guess, and a confident wrong answer costs more than "found nothing". Not for
 * answers whose passages were chosen by who sent them ("what did Ann send me"), where the
 * sender, not the words, is the support.
 */
const MIN_UNTYPED_RELEVANCE = 0.4;
/** The share of the question's words a sentence naming someone must carry itself to answer "who". */
const MIN_PERSON_OWN = 0.2;
/** The same for a "who" answered by a titled name: the person is certain, the words may be fewer. */
const MIN_TITLED_RELEVANCE = 0.3;

/** "Which soundcard …", "which brand of cable …": a question that asks for one thing of a kind by its name. */
const WHICH_THING = /^\s*which\s+[a-z]/i;
/** A question put with a wh-word, not one answered yes or no. */
const WH_ASKED = /^\s*(?:what|which|who|whom|whose|where|when|why|how)\b/i;
/** "What kind of perfume …", "which type of cable …": a thing asked for by the noun of its kind. */
const KIND_OF = /\b(?:kinds?|types?|sorts?|brands?)\s+of\s+([\p{L}-]{3,})/iu;
/** Capitalised words that open sentences and name nothing ("Not the studio mixer." rules one out, it names none). */
const OPENERS = new Set(
  'but and or so then the this that these those i it we you he she they my our yes no ok okay well also maybe perhaps hi hello thanks sure not'.split(
    ' ',
  ),
);

/** Units a figure measures in: time and size ("20 min", "3 days", "2 GB"). */
const MEASURE_UNIT =
  /^(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|times|percent|[kmgt]b|[kmgt]ib|bytes|[kmg]hz)$/i;

/** A header line of a message quoted in a body ("From: …", "Subject: …"), its message id before it or not. */
const QUOTED_HEADER = /^\s*(?:<[^>\s]+>\s*)?(?:from|to|cc|bcc|subject|date|sent|reply-to|message-id):\s/i;

/** A question that asks for names themselves: a nickname, an alias, what someone is called. */
const NAMES_ASKED = /\b(?:nick\s?names?|alias(?:es)?|names?|called|known as|go(?:es)? by)\b/i;

/**
 * A bare list of one-word names, one of which the question uses ("Johny,JayJay." for "Which
 * mail program does JayJay use?"): the other names of the one asked about, as a card's nickname
 * field lists them, not a thing of the kind asked.
 */
function otherNamesOf(text: string, question: string): boolean {
  const asked = new Set(question.toLowerCase().match(/[\p{L}\p{N}_'-]+/gu) ?? []);
  const items = text.replace(/[\s.!?]+$/, '').split(/\s*[,;/]\s*/);
  return (
    items.length >= 2 &&
    items.every((item) => /^[\p{L}\p{N}'-]+$/u.test(item)) &&
    items.some((item) => asked.has(item.toLowerCase()))
  );
}

/**
 * Whether a sentence names something the question does not: a capitalised word, a figure, a
 * code or a quoted or marked-up token ("the Creative one", "ip90", "`indextree`").
 */
/**
 * A reply of a word or two past the nick it answers ("bo: irssi" to "ana: what client do you
 * use?"): the thing asked itself, written as its speaker writes it, capitals or none.
 */
function bareReply(text: string): boolean {
  const words = text.replace(/^\s*[^\s:,]+[:,]\s+/, '').match(/[\p{L}\p{N}_.+-]+/gu) ?? [];
  return words.length > 0 && words.length <= 2 && !words.some((word) => OPENERS.has(word.toLowerCase()));
}

/**
 * A hyphenated name whose last part is the kind asked and whose other parts the question does
 * not use: "chromium-browser" for "which browser", not "browser-cache".
 */
function namedOfKind(word: string, kind: string | undefined, asked: ReadonlySet<string>): boolean {
  const parts = word.split('-');
  const last = parts.at(-1) ?? '';
  return (
    kind !== undefined &&
    (last === kind || `${last}s` === kind) &&
    parts.slice(0, -1).every((part) => !asked.has(part) && !FUNCTION_WORDS.has(part))
  );
}

function namesInstance(text: string, question: string): boolean {
  // A header line of a message quoted in a body names its sender or subject, never the thing asked.
  if (QUOTED_HEADER.test(text)) return false;
  const asked = new Set(question.toLowerCase().match(/[\p{L}\p{N}_'-]+/gu) ?? []);
  const kind = /^\s*which\s+([\p{L}]+)/iu.exec(question)?.[1]?.toLowerCase();
  // A quoted phrase of plain words (an error message, "access denied"; a sample text, "Hello,
  // World!") names no thing; a quoted word or command ("ding", "apt-get install foo") may.
  const said = text.replace(/"([^"]*\s[^"]*)"/gu, (quote, inner: string) =>
    /^[\p{L}\s,.!?']+$/u.test(inner) ? ' ' : quote,
  );
  const words = (said.match(/[\p{L}\p{N}_'`"./=#-]+/gu) ?? []).map((token) => ({
    token,
    word: token.replace(/^[^\p{L}\p{N}_`"]+|[^\p{L}\p{N}_`"]+$/gu, ''),
  }));
  const named = words.some(({ token, word }, index) => {
    // A figure of time or size ("after about 20 min", "2 GB") measures; it names no thing.
    if (/^\d+(?:[.,]\d+)?$/.test(word) && MEASURE_UNIT.test(words[index + 1]?.word ?? '')) return false;
    // A contraction of an opener is the opener ("I'm still testing the new build" names none).
    const lower = word
      .toLowerCase()
      .replace(/'s$/, '')
      .replace(/^(i|we|you|they|it|that)'(?:m|ve|ll|d|re)$/, '$1');
    if (!word || asked.has(lower) || OPENERS.has(lower)) return false;
    return (
      /[\p{Lu}\p{N}_`"=/]/u.test(word) ||
      // A channel ("#winehq"), or a program's option ("-mtime", "--force").
      /^#\p{L}/u.test(token) ||
      /^--?\p{Ll}[\p{L}\p{N}-]*$/u.test(token) ||
      // A name joined by hyphens, none of whose parts the question uses ("the www-data group";
      // "the dictionary-file" for "which dictionary" only speaks of the kind), or whose last
      // part is the kind asked after a name of its own ("chromium-browser" for "which browser").
      (/^\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)+$/u.test(word) &&
        (lower.split('-').every((part) => !asked.has(part)) || namedOfKind(lower, kind, asked)))
    );
  });
  if (named) return true;
  // Advice names the thing it advises in lower case as often as not ("you may want to use nano
  // instead"), and so does a line that says what is used ("I am using tilewm"): a word of its
  // own that is no function or filler word.
  return (
    (proposes(text) || statesUse(text)) &&
    words.some(({ word }) => {
      const lower = word.toLowerCase();
      return (
        lower.length >= 3 &&
        /^\p{Ll}+$/u.test(lower) &&
        !asked.has(lower) &&
        !OPENERS.has(lower) &&
        !FUNCTION_WORDS.has(lower) &&
        !SPOKEN_WORDS.has(lower) &&
        !REQUEST_WORDS.has(lower) &&
        !ADVICE_WORDS.has(lower)
      );
    })
  );
}

/** A question about what someone asked: the asking line is what it wants. */
const ASKS_ABOUT_ASKING = /\b(?:ask(?:s|ed|ing)?|question(?:s|ed)?|wonder(?:s|ed)?)\b/i;
/** The share of the question's words a chat question must say itself to be the question asked again. */
const ECHO_OWN = 0.6;
/** By how much more of them than the line picked. */
const ECHO_LEAD = 0.25;

/**
 * Whether the chat line that carries the question's words best is a question put to the
 * channel (its turn asks something) that the line picked does not answer: the picked line is in
 * another log, or comes before it, or is neither a later line that names its asker nor its
 * asker's own later word.
 */
function unansweredEcho(
  question: string,
  type: AnswerType | undefined,
  first: Candidate,
  all: readonly Candidate[],
  /** The person the question puts words in the mouth of. */
  person: string | undefined,
): boolean {
  const asking = askingTurns(all);
  // The share of the question's words a line says itself (its speaker's nick is not said).
  const wanted = [...new Set(questionTerms(question, type).map(fold))];
  const said = (candidate: Candidate) => {
    const words = new Set(foldedTerms(candidate.text));
    return wanted.filter((term) => words.has(term)).length / (wanted.length || 1);
  };
  // The one the question names as answering asks follow-up questions of their own.
  const answerer = new Set(analyze(person ?? '').map(nickBase));
  const echo = all
    .filter(
      (candidate) =>
        candidate.speaker &&
        asking.has(turnOf(candidate)) &&
        !analyze(candidate.speaker).some((word) => answerer.has(nickBase(word))),
    )
    .map((candidate) => ({ candidate, share: said(candidate) }))
    .sort((a, b) => b.share - a.share)[0];
  if (!echo?.candidate.speaker || echo.share < ECHO_OWN || echo.share < said(first) + ECHO_LEAD) return false;
  return !answers(first, echo.candidate, speakersOf(all)) && !thankedFor(first, echo.candidate, all);
}

/** Words that thank for a reply or say it helped: "thanks", "that worked", "a useful guideline". */
const THANKS =
  /\b(?:thanks|thank you|thx|cheers|useful|helpful|that (?:worked|works|helps|helped|did it|makes sense)|got it)\b/i;
/** How many lines after the question a reply the asker thanks for may come. */
const THANKED_REACH = 8;

/**
 * The one who put the question to the channel thanks for the line picked, the next line after it
 * that anyone but its speaker says ("how big should the cache be?" … "start at a tenth of the
 * memory", then the asker's "great, that helps, thanks"): that line answered the question,
 * though it names no one it is said to.
 */
function thankedFor(first: Candidate, echo: Candidate, all: readonly Candidate[]): boolean {
  if (first.hit !== echo.hit || first.line <= echo.line || first.line - echo.line > THANKED_REACH)
    return false;
  const next = all
    .filter(
      (candidate) =>
        candidate.hit === first.hit && candidate.line > first.line && candidate.speaker !== first.speaker,
    )
    .sort((a, b) => a.line - b.line || a.position - b.position)[0];
  return next !== undefined && next.speaker === echo.speaker && THANKS.test(next.text);
}

/** How long a chat line may be to be quoted whole, beyond the sentence picked from it. */
const CHAT_LINE_CHARS = 320;

/** How much more of the question's words another sentence of a line must carry for a value's sentence to be quoted with it. */
const LINE_PART_OWN = 0.3;

/**
 * Whether a chat line belongs to another talk than the one the question names: its speaker neither
 * is, nor addresses, nor names a nick the question names, and it is no reply said in that talk.
 */
function inAnotherTalk(
  question: string,
  line: Candidate,
  all: readonly Candidate[],
  speakers: ReadonlySet<string>,
): boolean {
  return Boolean(
    line.speaker &&
      concernsNoNamedNick(question, line.speaker, wholeChatLine(line, all).text, speakers) &&
      !repliesInTalk(
        question,
        all.filter((other) => other.hit === line.hit),
        line,
        speakers,
      ),
  );
}

/**
 * A chat line is one turn: a sentence picked from it is quoted with the line's other sentences
 * ("a small panel I wrote. I am using tilewm and …" for "which window manager does she use?"),
 * when the line is short enough to quote; not when the sentence itself holds the kind of value
 * asked ("I'm moving up from Fedora 38." for "which version") and no other sentence of the line
 * says clearly more of the question.
 */
export function wholeChatLine(sentence: Candidate, all: readonly Candidate[], type?: AnswerType): Candidate {
  if (!sentence.speaker) return sentence;
  const parts = all
    .filter(
      (candidate) =>
        candidate.hit === sentence.hit &&
        candidate.line === sentence.line &&
        candidate.speaker === sentence.speaker &&
        candidate.role === sentence.role,
    )
    .sort((a, b) => a.position - b.position);
  if (parts.length < 2) return sentence;
  // A sentence holding the value asked stands alone, unless another sentence of its line says
  // clearly more of the question ("trayhold (source: trayhold): Keep any window in the
  // panel." beside "Version 2.3, package size 40 kB" for "which package keeps windows …").
  if (
    type !== undefined &&
    REQUIRED_TYPES.has(type) &&
    sentence.typed &&
    !parts.some((part) => part !== sentence && part.own >= sentence.own + LINE_PART_OWN)
  )
    return sentence;
  const text = parts.map((part) => part.text.trim()).join(' ');
  return text.length <= CHAT_LINE_CHARS ? { ...sentence, text } : sentence;
}

/**
 * Whether a question names a chat line's speaker: their nick read as the question's words are
 * read, whatever the analyzer makes of a long nick ("Quillmaster" in "How did Quillmaster say
 * …?"), and with the digits or underscores they added or left out.
 */
function namesSpeaker(question: string, speaker: string | undefined): boolean {
  if (!speaker) return false;
  const nick = new Set([nickBase(speaker), ...analyze(speaker).map(nickBase)]);
  return analyze(question).some((word) => nick.has(nickBase(word)));
}

/** A chat turn: its passage and its line. */
const turnOf = (candidate: Candidate) => `${candidate.hit.uri}#${candidate.line}`;

/** The chat turns that put a question to the channel (a line of theirs asks something). */
function askingTurns(all: readonly Candidate[]): Set<string> {
  return new Set(all.filter((candidate) => candidate.speaker && asksQuestion(candidate.text)).map(turnOf));
}

/**
 * Whether a chat line answers a question put to the channel: a later line of its asker, of the one
 * it was put to, or one that names the asker.
 */
function answers(first: Candidate, echo: Candidate, speakers: ReadonlySet<string>): boolean {
  if (first.hit !== echo.hit || first.line <= echo.line) return false;
  if (first.speaker === echo.speaker) return true;
  // A question put to the line's speaker ("wren: which version are you on?", then wren's
  // "9.2.1"), their nick marked or not ("wren which version are you on?").
  const askedOf = addressedNick(echo.text, speakers) ?? /^([^\s:,]+)[:,]/.exec(echo.text)?.[1]?.toLowerCase();
  if (askedOf !== undefined && askedOf === first.speaker?.toLowerCase()) return true;
  // Or named as its last word ("how much RAM does the laptop have wren ?").
  const askedLast = /[\s,]@?([^\s:,?]+)\s*\?+\s*$/.exec(echo.text)?.[1]?.toLowerCase();
  if (askedLast !== undefined && askedLast === first.speaker?.toLowerCase()) return true;
  const addressed = /^([^\s:,]+)[:,]?\s/.exec(first.text)?.[1]?.toLowerCase();
  return addressed === echo.speaker?.toLowerCase();
}

/** The words advice is given in: they name nothing advised. */
const ADVICE_WORDS = new Set(
  'try use using install run add set put switch look check pass ask could should might want instead better probably also just still always'.split(
    ' ',
  ),
);

/** How far below the best sentence one that names the thing a "which" question asks for may score and still answer. */
const INSTANCE_MARGIN = 0.8;

/** A sentence that opens as the consequence of the one before it: "Accordingly, …", "As a result, …". */
const CONSEQUENCE =
  /^\s*(?:accordingly|therefore|thus|hence|consequently|as a result|as such|for (?:this|that|these|those) reasons?|because of (?:this|that)|that is why|this is why|so)\b/i;

/**
 * A sentence that names the thing it is about only as "this <noun>", the noun named in the
 * sentence before: "It is this class which builds the page masters.", "This tool is free.".
 */
const REFERS_BACK =
  /^\s*(?:it(?:'s|\s+is|\s+was)\s+(?:this|that|these|those)\s+([\p{L}-]+)|(?:this|these|that|those)\s+([\p{L}-]+)\s+(?:is|are|was|were|has|have|does|do|will|can|may|must|should|contains?|provides?|handles?|generates?|creates?|returns?|specif(?:y|ies)|defines?|describes?|indicates?|determines?)\b)/iu;

/**
 * A line that opens by saying what the line before it names ("Namely, the seed leaves stay in
 * the soil.", "Yaitu …", "Das heißt …"): the name it defines is the line before, shown with it
 * whatever the question's language.
 */
const NAMELY =
  /^\s*(?:namely|that is(?: to say)?,|i\.\s?e\.|yaitu|yakni|das heißt|d\.\s?h\.|c'est-à-dire|es decir|cioè|dat wil zeggen|d\.w\.z\.|то есть)(?=[\s,:])/iu;

/**
 * "Which class builds the page masters?" answered by "It is this class which …": the class is
 * named in the sentence before, so a which/what/who question is shown it too.
 */
function refersBackTo(question: string, text: string): boolean {
  return backReferent(question, text) !== undefined;
}

/** The noun a which/what/who question names that `text` opens by pointing back at ("This class …"). */
function backReferent(question: string, text: string): string | undefined {
  // The question word may follow a leading clause ("According to the guide, which class …").
  if (!/(?:^|[,;:])\s*(?:which|what|who)\b/i.test(question)) return undefined;
  const match = REFERS_BACK.exec(text);
  const noun = match?.[1] ?? match?.[2] ?? '';
  const term = foldedTerms(noun)[0];
  return term !== undefined && foldedTerms(question).includes(term) ? noun : undefined;
}

/** "Which element …" (the noun asked by "which"/"what" right before it) answered by "This element …". */
function asksWhichOfBack(question: string, text: string): boolean {
  const noun = backReferent(question, text)?.toLowerCase();
  if (noun === undefined) return false;
  const words = question.toLowerCase().split(/[^\p{L}\p{N}-]+/u);
  return words.some(
    (word, i) => (word === 'which' || word === 'what') && words.slice(i + 1, i + 4).includes(noun),
  );
}

/**
 * A list item that opens on its verb, its subject the heading above it: "Implements the
 * tracker" under "## ReportContext". Asked "Which class implements the tracker?", the verb is
 * the question's own, and the heading names what is asked.
 */
function subjectAbove(question: string, text: string): boolean {
  if (!/^\s*(?:which|what)\b/i.test(question)) return false;
  const verb = /^\s*(?:[-*•]\s*)?(\p{Lu}\p{Ll}+(?:s|es))\s+\p{L}/u.exec(text)?.[1];
  const term = verb ? foldedTerms(verb)[0] : undefined;
  return term !== undefined && foldedTerms(question.replace(/^\s*\S+\s+\S+/, '')).includes(term);
}

/** Verbs any message may use of its writer: they say nothing of what a "who" question is about. */
const LIGHT_VERBS = new Set(
  analyze(
    'ask asked tell told say said send sent give gave get got make made want need like know think come go do',
  ),
);

/** The sentence or one beside it carries a word of the question's subject (see extractiveAnswer). */
function sharesTopic(question: string, first: Candidate, all: readonly Candidate[]): boolean {
  const asker = new Set(foldedTerms(attributedPerson(question) ?? ''));
  const topic = [...new Set(questionTerms(question, 'person').map(fold))].filter(
    (term) => !asker.has(term) && !LIGHT_VERBS.has(term),
  );
  if (topic.length === 0) return true;
  // A mail's subject that carries half of the topic says what all its lines are about
  // ("Desk heads - pricing rules" over "Ana Ruiz cannot join us.").
  const subject = first.hit.type === 'email' ? new Set(foldedTerms(first.hit.title)) : new Set<string>();
  if (topic.filter((term) => subject.has(term)).length * 2 >= topic.length) return true;
  return all.some(
    (candidate) =>
      candidate.hit === first.hit &&
      Math.abs(candidate.position - first.position) <= 1 &&
      topic.some((term) => candidate.terms.has(term)),
  );
}

/** The asker's "I", folded as a term. */
const ASKER = foldedTerms('I')[0];

/**
 * The passage carries every name the question gives (its capitalised words), in its text, its
 * title or the people it is from and to; but for the person the question puts words in the mouth of.
 */
function namesEveryBody(question: string, hit: SearchHit): boolean {
  // The person words are put in the mouth of may be named in the header by a longer form ("Jeff" as "Jeffrey").
  const speaker = new Set(foldedTerms(attributedPerson(question) ?? ''));
  // "I" is capitalised but is the asker ("Who asked me if I had …"), whom no passage need name.
  const names = [...namedTerms(question)].map(fold).filter((term) => !speaker.has(term) && term !== ASKER);
  if (names.length === 0) return true;
  const people = hit.people.map((person) => `${person.name ?? ''} ${person.address ?? ''}`).join(' ');
  const carried = new Set(foldedTerms(`${hit.title} ${hit.text} ${people}`));
  return names.every((term) => carried.has(term));
}

/**
 * The noun of the thing whose value is asked ("salary" in "What salary did Ana accept?") is in
 * the sentence or one of the two either side of it; true when the question names none.
 */
function nearHead(question: string, first: Candidate, all: readonly Candidate[]): boolean {
  const noun = askedHead(question) ?? askedNoun(question);
  const term = noun ? foldedTerms(noun)[0] : undefined;
  if (!term) return true;
  return all.some(
    (candidate) =>
      candidate.hit === first.hit &&
      Math.abs(candidate.position - first.position) <= 2 &&
      candidate.terms.has(term),
  );
}

/**
 * "Which department does Ana work in?" answered by a line that lacks the noun asked (a slide's
 * title line with her name) while a line of the same passage, two at most either side, names a
 * unit of that kind ("Regional Planning Department"): that line, the nearest first. Only a line
 * of the type asked, when the question asks one.
 */
function unitLine(
  question: string,
  type: AnswerType | undefined,
  first: Candidate,
  all: readonly Candidate[],
): Candidate | undefined {
  const noun = askedNoun(question);
  const term = noun ? foldedTerms(noun)[0] : undefined;
  if (!noun || !term || first.terms.has(term) || namesUnit(first.text, noun)) return undefined;
  return all
    .filter(
      (candidate) =>
        candidate.hit === first.hit &&
        candidate !== first &&
        Math.abs(candidate.position - first.position) <= 2 &&
        (type === undefined || candidate.typed) &&
        !/\?\s*$/.test(candidate.text) &&
        !QUOTED_HEADER.test(candidate.text) &&
        namesUnit(candidate.text, noun),
    )
    .sort(
      (a, b) =>
        Math.abs(a.position - first.position) - Math.abs(b.position - first.position) ||
        a.position - b.position,
    )[0];
}

/**
 * The sentence of the first one's passage that names the measure a figure question asks for
 * ("bid", "price") and gives a figure, is no question, and scores nearly as well as the first.
 */
function figureLine(question: string, first: Candidate, ranked: readonly Candidate[]): Candidate | undefined {
  const noun = foldedTerms(figureNounAsked(question) ?? '')[0];
  if (!noun) return undefined;
  return ranked.find(
    (candidate) =>
      candidate !== first &&
      candidate.hit === first.hit &&
      !candidate.speaker &&
      candidate.score >= first.score * INSTANCE_MARGIN &&
      candidate.relevance >= MIN_RELEVANCE &&
      candidate.terms.has(noun) &&
      !/\?\s*$/.test(candidate.text) &&
      holdsFigure(candidate.text, question),
  );
}

/** The longest sentence that follows a reasonless answer to "why" as its likely reason. */
const FOLLOW_REASON_CHARS = 200;

/** How far below the best typed sentence one that names the asked thing may score and still win. */
const HEAD_MARGIN = 0.6;

/**
 * A value whose sentence carries none of the question's words, all of them lent by the sentences
 * around it, needs more than the floor: a "Date: …" line beside a report on the topic is a guess.
 */
const MIN_LENT_RELEVANCE = 0.3;

export function weaklySupported(answer: ExtractiveAnswer, type: AnswerType | undefined): boolean {
  if (!answer.found || !answer.support) return false;
  if (type && REQUIRED_TYPES.has(type))
    return answer.support.own === 0 && answer.support.relevance < MIN_LENT_RELEVANCE;
  // A line labelled by the question's word names what is asked by its label: the passage is the support.
  if (answer.support.field) return answer.support.relevance < MIN_RELEVANCE;
  const floor = answer.support.titled ? MIN_TITLED_RELEVANCE : MIN_UNTYPED_RELEVANCE;
  // "Who …" answered by a name in a sentence that itself says little of what is asked (an
  // agenda line on another item of the same meeting) is a guess.
  if (
    type === 'person' &&
    !answer.support.titled &&
    !answer.support.byline &&
    answer.support.own < MIN_PERSON_OWN
  )
    return true;
  // A sentence that gives a reason ("My lease ends in May, and so I am looking …") in a passage on
  // the question may carry none of its words: the passage names the thing, the sentence its cause.
  const reasonGiven = type === 'reason' && answer.support.typed;
  return (
    answer.support.relevance < floor || (answer.support.own === 0 && !answer.support.byline && !reasonGiven)
  );
}

/** Words that say a value will be given later: "will be announced later", "TBD", "I'll advise you of", "still waiting for their price". */
const STILL_TO_COME =
  /\b(?:will|shall)\s+be\s+(?:announced|determined|confirmed|advised|provided|available|forthcoming)\b|\bto be (?:announced|determined|confirmed|advised)\b|\b(?:TBD|TBA)\b|\b(?:I'll|I will|we'll|we will) (?:advise|let you know|call your \w+ to advise)\b|\b(?:still )?waiting (?:for|on) (?:a|an|the|their|his|her)\b/i;

/** The field a still-to-come sentence must name to be about the kind of value asked. */
const PENDING_FIELD: Partial<Record<AnswerType, RegExp>> = {
  place: /\b(?:location|room|venue|place|site)\b/i,
  date: /\b(?:time|date|day)\b/i,
  year: /\b(?:year|date)\b/i,
  person: /\b(?:names?|attendees|speakers|participants|investors)\b/i,
  phone: /\b(?:numbers?|dial-in|call-in)\b/i,
  amount: /\b(?:quotes?|bids?|estimates?|prices?|figures?|costs?)\b/i,
};

/** The margin of the question's words by which a still-to-come sentence must fit it better than the answer. */
const PENDING_MARGIN = 0.1;

/** Verbs of where a thing happens: "where are the sessions held?" names no thing by them. */
const PLACE_VERBS = new Set(analyze('held hold located hosted happening take place meet meeting be'));

/**
 * A sentence that says the value asked is still to come and fits the question more closely
 * than the answer: another line of its passage that carries more of the question's words, or
 * a sentence of the picked line itself that names more of the thing asked than the sentence
 * with the value ("… the extra sessions will be announced later" after "the first sessions will
 * be held at the Grand Harbour").
 */
function valueStillToCome(
  question: string,
  type: AnswerType | undefined,
  first: Candidate,
  ranked: readonly Candidate[],
): boolean {
  const field = type ? PENDING_FIELD[type] : undefined;
  if (!field) return false;
  const pending = (text: string) => STILL_TO_COME.test(text) && field.test(text);
  const other = ranked.some(
    (candidate) =>
      candidate !== first &&
      candidate.role === 'body' &&
      candidate.hit.uri === first.hit.uri &&
      pending(candidate.text) &&
      candidate.own > first.own + PENDING_MARGIN,
  );
  if (other || !pending(first.text)) return other;
  const asked = new Set(foldedTerms(question).filter((term) => !PLACE_VERBS.has(term)));
  const carried = (text: string) => new Set(foldedTerms(text).filter((term) => asked.has(term)));
  // Split at every full stop before a capital: a lone capital ("Rooms A & B.") may end a sentence here.
  const sentences = first.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const told = sentences.filter((sentence) => pending(sentence));
  const valued = sentences.filter(
    (sentence) => !pending(sentence) && type !== undefined && carriesType(sentence, type),
  );
  if (valued.length === 0) return false;
  return told.some((sentence) => {
    const own = carried(sentence);
    return valued.every((value) => {
      const its = carried(value);
      return [...its].every((term) => own.has(term)) && own.size > its.size;
    });
  });
}

/** The most words a table row of a mail holds: a label and its cells. */
const ROW_WORDS = 12;

/** A line laid out as a table row: a few words and figures, not a sentence ("Acme Europe $34MM $6MM"). */
function tableRow(text: string): boolean {
  const line = text.trim();
  return !/[.!?;:,]$/.test(line) && line.split(/\s+/).length <= ROW_WORDS && /\d/.test(line);
}

/** How near the first value's score a line of the same passage must score to be told apart by its own words. */
const SIBLING_MARGIN = 0.95;
/** How much more of the question's words such a line must carry itself. */
const SIBLING_OWN = 0.15;

/**
 * Rows of one table in a mail score alike, each lent the words of the header above it: the
 * row (a line of a few words and figures, no sentence) that itself carries clearly more of the question's words ("Acme Global Trading" for
 * the Global Trading limit) is the one asked, not the first row under the header.
 */
function ownSibling(first: Candidate | undefined, ranked: readonly Candidate[]): Candidate | undefined {
  if (!first || !tableRow(first.text)) return first;
  let chosen = first;
  for (const candidate of ranked)
    if (
      candidate.hit === first.hit &&
      tableRow(candidate.text) &&
      candidate.typed &&
      !candidate.unbound &&
      candidate.score >= first.score * SIBLING_MARGIN &&
      candidate.own >= first.own + SIBLING_OWN &&
      candidate.own > chosen.own
    )
      chosen = candidate;
  return chosen;
}

/** A sentence that restates the one before it: "i.e. …", "ie. …", "e.g. …", "that is, …". */
const RESTATES = /^\s*(?:i\.\s?e\.?|ie\.|e\.\s?g\.?|that is,|in other words,)\s/i;

export function extractiveAnswer(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
  type: AnswerType | undefined = expectedAnswerType(question),
  askedOn?: { readonly date: Date; readonly now: Date },
  /** The person the question puts words in the mouth of: their own lines rank first. */
  person?: string,
  /** When it is asked: "when is …" is not answered by a day already gone. */
  now?: Date,
  /** Whether the asker wrote a passage: its first-person sentences name no one for "who …". */
  askerWrote?: (hit: SearchHit) => boolean,
): ExtractiveAnswer {
  const all = rankSentences(question, hits, type, person, askerWrote);
  const speakers = speakersOf(all);
  const scored = all.filter((candidate) => candidate.score > 0);
  const dated = askedOn
    ? superseded(
        byAskedDay(
          namesWeekdayOnly(question) ? onAskedWeekday(scored, askedOn.date, all) : scored,
          askedOn,
          namesDayOfMonth(question),
        ),
        scored,
      )
    : now && type === 'date' && UPCOMING.test(question) && !RECURRING.test(question)
      ? stillToCome(scored, now)
      : scored;
  const ranked = dated
    .filter((candidate) => candidate.score > 0)
    // Sentences that score alike (the question's words are around them, not in them) are told
    // apart by what they state: one with a figure before one without, a line before the lead-in
    // that quotes it with the lines around it, then the earlier one. Two chat lines alike asked
    // "who told ana …" are two replies to her: the first is who told her ("kit: ana, netcalc"
    // before "bo: ana: netcalc -4 also works"), whatever figure the later one adds.
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.rank - b.rank ||
        (type === 'person' && a.speaker && b.speaker ? 0 : statesFigure(b) - statesFigure(a)) ||
        quotes(a, b) - quotes(b, a) ||
        a.position - b.position,
    );
  const best = ranked[0];
  const none = { answer: '', sentences: 0, found: false } as const;
  if (!best) return none;
  const bestRelevance = Math.max(...ranked.map((candidate) => candidate.relevance));
  // Bo's line to ana, for "what did bo tell ana to run?", is what was told though it shares few words.
  if (bestRelevance < MIN_RELEVANCE && !toldLine(question, person, best, speakers)) return none;
  // A question that wants an amount, a date or a place is not answered by a sentence without one.
  const valued =
    type && REQUIRED_TYPES.has(type)
      ? ranked.find(
          (candidate) => (candidate.typed || candidate.unbound) && candidate.relevance >= MIN_RELEVANCE,
        )
      : undefined;
  // The best-supported value is another thing's: any value below it would be a guess.
  if (valued?.unbound) return none;
  const typedFirst = ownSibling(
    valued?.typed
      ? valued
      : ranked.find((candidate) => candidate.typed && candidate.relevance >= MIN_RELEVANCE),
    ranked,
  );
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
  // "What night shift premium rate …": a line of the passage names that rate with no figure; a figure
  // picked from a line naming none of its words ("… exceeds $9,000.00 per month") is another's.
  if (
    type &&
    REQUIRED_TYPES.has(type) &&
    figureOfOtherMeasure(
      question,
      picked,
      ranked.filter((candidate) => candidate.hit === picked.hit),
    )
  )
    return none;
  const act = askedVerb(question);
  let first = ownChatSibling(
    correctedLater(latestRepeat(picked, ranked), ranked),
    ranked,
    type !== undefined && REQUIRED_TYPES.has(type),
    act ? (line) => foldedTerms(line.text).includes(act) : undefined,
  );
  // "When was it moved to?": of a note's lines alike, the last move it writes.
  first = latestMove(question, first, ranked) ?? first;
  // "It got canceled today: when does it meet?": the slot the notice gives after calling it off.
  if (type === 'date') first = slotAfterCancel(question, first, ranked, MIN_RELEVANCE) ?? first;
  // "How much … do we own?": the line of the passage that writes the owning, not one that only names the topic.
  if (type === 'amount') first = amountActLine(question, first, ranked, MIN_RELEVANCE) ?? first;
  // "What command did bo give ana to remove it?": bo's later line to ana that says the removing.
  const told = first.speaker ? toldAct(question) : undefined;
  if (told) first = laterActLine(first, all, told, speakers) ?? first;
  // "What is bo's tool meant to replace?": bo's later "to replace the old copier tool".
  const purpose = first.speaker && !told ? purposeAct(question) : undefined;
  if (purpose) first = laterActLine(first, all, purpose, speakers, false) ?? first;
  // "Which guide did bo recommend?": bo's "that's a handy walkthrough for …" points back to bo's link.
  if (first.speaker) first = pointedBackLine(first, all, speakers) ?? first;
  // "Which tool did bo recommend?": of a speaker's lines alike, the one that marks a name, in
  // place of one that seems to name a thing without marking it ("There was a bug with …"). A
  // line that names nothing at all ("I'm thinking of buying one") is refused below instead.
  if (
    type === undefined &&
    (!WHICH_THING.test(question) || namesInstance(wholeChatLine(first, all).text, question))
  )
    first = namedSibling(first, ranked, question, speakers);
  // "kit: ana" only calls ana: what kit has to tell her is kit's next line ("kit: netcalc");
  // without one, the call answers nothing.
  if (first.speaker && onlyCalls(wholeChatLine(first, all).text, speakers)) {
    const next = calledNext(first, all, speakers);
    if (!next) return none;
    first = next;
  }
  // "What did kit tell ana to install?" is not answered by kit's "ana: yep".
  if (first.speaker && WH_ASKED.test(question) && onlyAssents(wholeChatLine(first, all).text, speakers))
    return none;
  // "Why did ana_r's dd fail?" is not answered by a line that ana_r neither speaks, nor is
  // addressed to or named in: in a channel where many talk at once, it is another talk.
  // A line said to no one right after the named one's question, by a speaker talking with them, is said to them.
  if (inAnotherTalk(question, first, all, speakers)) return none;
  // "Which flag did bo say ana should pass?" is not answered by bo's line said to kit.
  if (first.speaker && saidToUnnamed(question, first.speaker, addressedNick(first.text, speakers), speakers))
    return none;
  // "Which department …": the line of the passage that names one, not the name line above it.
  first = unitLine(question, type, first, all) ?? first;
  // The rules below each move the first sentence within its own passage only.
  const passage = all.filter((candidate) => candidate.hit === first.hit);
  // "Who is presenting …?", "How many shares were issued?": the passage's line labelled by the
  // question's word ("Presenter: …", "Issued: …"), not a sentence that only shares its topic.
  const askedWords = new Set(questionTerms(question, type).map(fold));
  const acts = actTerms(question);
  const field =
    type !== undefined ? askedFieldLine(askedWords, acts, first, passage, MIN_RELEVANCE) : undefined;
  if (field) first = field;
  // "What odds did Ana give the lease refund?": the "Odds:" line under that item's name, not the
  // name line itself nor another item's "Odds:" line.
  const blockField = type !== undefined && !field ? fieldOfAskedItem(askedWords, first, passage) : undefined;
  if (blockField) first = blockField;
  // "Who is replacing Ana as head of audit?": the sentence right after the one naming her post
  // that says the replacing, with the person asked.
  const actAfter =
    !field && !blockField
      ? actSentenceAfter(acts, askedWords, first, passage, type !== undefined, MIN_RELEVANCE)
      : undefined;
  if (actAfter) first = actAfter;
  // "What seat am I in on the … flight?": the line that writes the seat with its code ("SEAT
  // 02A"), not the flight's line that shares the question's cities and day.
  const coded = type === undefined && !first.speaker ? nounCodeLine(question, first, passage) : undefined;
  if (coded) first = coded;
  // "Which brochure did Ana send me?": the line naming the file by that word, over one about sending.
  first = sentFileLine(question, first, passage) ?? first;
  // "Which engineer …?": the sentence that names one as such ("the engineer is Brink & Sons").
  if (type === undefined) first = kindNamedLine(question, first, passage) ?? first;
  // "How much would the town pay for the pump station under the first plan?": not the first
  // item a lead-in on the plan announces, but the item that names the pump station.
  const item = askedListItem(
    [...askedWords],
    first,
    ranked.filter((candidate) => candidate.hit === first.hit),
  );
  if (item) first = item;
  // "… on the C list": the figure under the heading "C list", not the one under "B list".
  const headed =
    type !== undefined && REQUIRED_TYPES.has(type)
      ? lineUnderAskedHeading(askedWords, first, passage)
      : undefined;
  if (headed) first = headed;
  // "… for Nadia": the cell of the table under the caption that names Nadia, not the same cell of
  // the table above it.
  first = ownedCell(new Set([...namedTerms(question)].map(fold)), first, passage) ?? first;
  // "Which net margin does the budget give?": the row of a mail's small table keyed by the words the
  // question names ("Net margin 41,300"), not the sentence under the table that shares the topic.
  // (Not a slide's or a document's line: "Session QK2.15" is a title, not a key and its value.)
  if (first.hit.type === 'email') first = namedKeyRow(question, first, passage) ?? first;
  const labelled = !first.speaker && labelAsked(first.text, askedWords, acts);
  // "What's the moderator code …" is answered by a code of that kind, not a sentence around codes.
  if (
    (type === 'code' || type === undefined) &&
    askedCodeKinds(question).length > 0 &&
    !first.typed &&
    !(labelledCode(first.text) && codeKindFits(question, first.text))
  )
    return none;
  // A line of the one who put the question to the channel ("is there any reason to back up
  // ~/.cache? it only holds links") states the problem; when nobody answered, nothing does. (A
  // fact it states of the kind asked, "it restarts at 06:25 every morning", still answers.)
  // Nor does their line that puts their trouble to the channel ("since the update it just
  // stopped working") say why it failed or how they got past it, whatever cause it seems to give.
  // A reply a few lines on that takes up the figure or code of the trouble ("a 502 there means
  // the proxy got nothing back") tells what it means or why it came.
  if (
    first.asking &&
    (!first.typed ||
      (first.speaker && asksSolution(question) && reportsTrouble(wholeChatLine(first, all).text)))
  ) {
    const reply =
      first.speaker && asksSolution(question) && reportsTrouble(wholeChatLine(first, all).text)
        ? troubleReply(question, first, all, asksQuestion)
        : undefined;
    if (!reply) return none;
    first = reply;
  }
  // A line that says only that its speaker does not know ("dunno, sorry") answers nothing; when
  // it fits the question best, nobody in the log knew.
  const firstLine = wholeChatLine(first, all).text;
  if (first.speaker && (saysNotKnown(firstLine) || saysThingUnknown(firstLine))) return none;
  // "How can ana show two zones in one clock?": ana's own "I want to see two zones …" is the question again.
  if (
    first.speaker &&
    asksSolution(question) &&
    statesOwnWant(firstLine) &&
    namesSpeaker(question, first.speaker)
  )
    return none;
  // "How can ana get …?": ana's own line that says only what she is on or uses ("im on 9.04")
  // is her setup, not the way asked.
  if (
    first.speaker &&
    asksSolution(question) &&
    statesOwnSetup(firstLine) &&
    namesSpeaker(question, first.speaker)
  )
    return none;
  // The value asked is said to be still to come by a sentence that fits the question more
  // closely than the one picked ("Location information for the make-up sessions will be
  // announced later" under the regular sessions' hotel): it is not known yet, and a
  // neighbour's value would be a wrong answer.
  if (valueStillToCome(question, type, first, ranked)) return none;
  // The question's words said best by a chat line that puts that very question to the channel,
  // and the line picked is no reply to it: nobody answered it (the log holds "how do I check my
  // gnome version?" and an unrelated line that shares two of its words).
  if (
    first.speaker &&
    !ASKS_ABOUT_ASKING.test(question) &&
    unansweredEcho(question, type, first, all, person)
  )
    return none;
  // "Who …" is not answered by a sentence that names nobody: the words it shares with the
  // question are the topic, not the answer.
  if (type === 'person' && !first.typed && !(AUTHOR_ASKED.test(question) && BYLINE.test(first.text)))
    return none;
  // "Who did Rob ask me to approve for hire?" is not answered by a sentence by or to Rob on
  // another subject ("Rob, I spoke to Lars Berg of the agency …"): a word of what is asked, not
  // the name of the one it is asked of nor a verb any message uses, is in the sentence or one
  // beside it.
  if (type === 'person' && !sharesTopic(question, first, all)) return none;
  // "Who is the treasurer of Northwind?" is not answered from a passage that never names
  // Northwind: the treasurer it names is another body's.
  if (type === 'person' && !namesEveryBody(question, first.hit)) return none;
  // "What does JayJay use?" is not answered by "Johny,JayJay.": the other names of the one asked.
  // ("What's JayJay's nickname?" asks them.)
  // A chat line's opening nick is the one it is said to ("ana, clonezilla"), not one of a list.
  if (
    !NAMES_ASKED.test(question) &&
    otherNamesOf(first.speaker ? pastAddress(first.text, speakers) : first.text, question)
  )
    return none;
  // "Which soundcard did Ana buy?" wants the one she names, not "I'm thinking of buying a soundcard".
  if (
    type === undefined &&
    WHICH_THING.test(question) &&
    !namesInstance(firstLine, question) &&
    !(first.replies && bareReply(first.text))
  ) {
    // One that names one, scoring nearly as well, answers instead ("ding" below "just have to
    // use the correct dictionary-file" for "which dictionary program").
    // Not a line of a turn that asks the channel: it names what it asks about.
    const asking = askingTurns(all);
    const naming = ranked.find(
      (candidate) =>
        candidate.score >= first.score * INSTANCE_MARGIN &&
        candidate.relevance >= MIN_RELEVANCE &&
        !asking.has(turnOf(candidate)) &&
        namesInstance(candidate.text, question) &&
        // Nor another talk's line: the same test as the line first picked.
        !inAnotherTalk(question, candidate, all, speakers),
    );
    if (!naming) return none;
    first = naming;
  }
  // "What kind of perfume does Ana like?" is answered where a perfume is spoken of, in the
  // sentence or one beside it that is no question, not by any sentence about Ana.
  const kindTerm = foldedTerms(KIND_OF.exec(question)?.[1] ?? '')[0];
  if (
    kindTerm &&
    !all.some(
      (candidate) =>
        candidate.hit === first.hit &&
        Math.abs(candidate.position - first.position) <= 1 &&
        !/\?\s*$/.test(candidate.text) &&
        candidate.terms.has(kindTerm),
    )
  )
    return none;
  // "What IRR did I work out for the harbour depot?" is not answered by "I tried to work out the
  // IRR on the harbour depot.": the measure named, no figure given.
  // A line of the same passage that names the measure with its figure, scoring nearly as well,
  // answers instead ("Bid for a one-year contract: $0.07/month" below "we are always willing to
  // show a bid based on the spreads" for "what bid did I show …").
  if (type === undefined && asksFigure(question) && !holdsFigure(firstLine, question)) {
    const figured = figureLine(question, first, ranked);
    if (!figured) return none;
    first = figured;
  }
  // "What salary did Ana accept?" is not answered by a figure whose sentence carries none of the
  // question's words and has no word of the thing asked beside it: the figure is another thing's.
  // (A number or an extension alone on a line, under a name, is that name's: not for them.)
  if ((type === 'amount' || type === 'rate') && first.own === 0 && !nearHead(question, first, all))
    return none;
  // "How many shares …" is answered by a count of shares, not by another figure beside them.
  const counted = type === 'amount' ? countedNoun(question) : undefined;
  const countedTerm = counted ? foldedTerms(counted)[0] : undefined;
  // A labelled line under the heading that names them ("SHARES:" above "Issued: 1,000") counts them.
  const countedAbove =
    labelled &&
    all.some(
      (candidate) =>
        candidate.hit === first.hit &&
        candidate.position < first.position &&
        candidate.position >= first.position - 2 &&
        countedTerm !== undefined &&
        candidate.terms.has(countedTerm),
    );
  if (countedTerm && !first.terms.has(countedTerm) && !countsByVerb(question, first.text) && !countedAbove)
    return none;
  // "How many admin offer letters were pulled?" is not answered by sums of money ("$329-$29.95
  // off the regular bundle price"): a count of things is no price.
  if (
    type === 'amount' &&
    moneyAsked(question) === undefined &&
    (countedNoun(question) ?? countedHead(question)) !== undefined &&
    onlyMoneyFigures(first.text)
  )
    return none;
  // "How large may the annex be?", "how big a bond …": a sentence whose only figures are spans
  // of time gives no size or sum.
  if (durationsForSize(question, first.text)) return none;
  const chosen: Candidate[] = [first];
  // A second sentence only when it adds what the question names and the first lacks:
  // two of its terms, or one of its names.
  const wanted = [...new Set(questionTerms(question, type).map(fold))];
  const named = namedTerms(question);
  const second = ranked.find((candidate) => {
    if (candidate === first || candidate.hit !== first.hit) return false;
    // The lead-in of the list whose item answers reads another item with it; one that only
    // borrows the words of the sentence before it adds nothing of its own.
    if ((item && candidate.lead !== undefined) || candidate.leadsBack) return false;
    if (Math.abs(candidate.position - first.position) > 3 || candidate.score < first.score * 0.75)
      return false;
    const added = wanted.filter((term) => candidate.terms.has(term) && !first.terms.has(term));
    return added.length >= 2 || added.some((term) => named.has(term));
  });
  const previous =
    type === 'reason' && CONSEQUENCE.test(first.text)
      ? all.find(
          (candidate) =>
            candidate.hit === first.hit &&
            candidate.position === first.position - 1 &&
            candidate.role === first.role,
        )
      : undefined;
  const above = !second && !previous && subjectAbove(question, first.text);
  const namer =
    !second && !previous && (refersBackTo(question, first.text) || NAMELY.test(first.text))
      ? all.find(
          (candidate) =>
            candidate.hit === first.hit &&
            candidate.position === first.position - 1 &&
            candidate.role === first.role,
        )
      : above
        ? all
            .filter(
              (candidate) =>
                candidate.hit === first.hit &&
                candidate.position < first.position &&
                candidate.position >= first.position - 6 &&
                /^\s*#/.test(candidate.text),
            )
            .at(-1)
        : undefined;
  // "This element specifies …" opening its passage, asked "which element …": the thing asked is
  // named in a passage not at hand, and the sentence alone does not say which one it is.
  if (!second && !previous && !namer && first.position === 0 && asksWhichOfBack(question, first.text))
    return none;
  // No heading above it in the passage: the section the passage is in (its title's last part).
  const section = above && !namer ? first.hit.title.split(' › ').slice(1).at(-1) : undefined;
  if (section) chosen[0] = { ...first, text: `${section}: ${first.text}` };
  // "When is the meeting?" answered by a notice's date line: its time line below it goes too
  // ("Date: Friday, May 3", then "Time: 2:00 - 3:00 pm").
  const timeLine =
    !second && type === 'date' && !carriesClockTime(first.text)
      ? all.find(
          (candidate) =>
            candidate.hit === first.hit &&
            candidate.position > first.position &&
            candidate.position <= first.position + 3 &&
            TIME_FIELD.test(candidate.text) &&
            carriesClockTime(candidate.text),
        )
      : undefined;
  if (second) chosen.push(second);
  else if (timeLine) chosen.push(timeLine);
  else if (namer && namer.text.length <= FOLLOW_REASON_CHARS) chosen.push(namer);
  else if (previous && previous.text.length <= FOLLOW_REASON_CHARS && !/\?\s*$/.test(previous.text))
    // "Accordingly, the policy is suspended.": what it follows from is the sentence before.
    chosen.push(previous);
  else if (type === 'reason' && !first.typed) {
    // "Why …" answered by a sentence that states the thing but gives no reason: the reason is
    // often the sentence right after it ("I will be away on Friday. The boiler is being replaced.").
    const next = all.find(
      (candidate) =>
        candidate.hit === first.hit &&
        candidate.position === first.position + 1 &&
        candidate.role === first.role,
    );
    if (next && next.text.length <= FOLLOW_REASON_CHARS && !/\?\s*$/.test(next.text)) chosen.push(next);
  }
  // "… $40 a seat. I.e. a full room of 30 would need $1,200": the restatement that follows the
  // answer works it out for a case, and goes with it.
  const restated = all.find(
    (candidate) =>
      candidate.hit === first.hit &&
      candidate.position === first.position + 1 &&
      candidate.role === first.role &&
      RESTATES.test(candidate.text),
  );
  if (restated && restated.text.length <= FOLLOW_REASON_CHARS && !chosen.includes(restated))
    chosen.push(restated);
  chosen.sort((a, b) => a.rank - b.rank || a.position - b.position);
  const quoted = chosen.map((sentence) => wholeChatLine(sentence, all, type));
  const text = quoted
    .filter((sentence, i) => quoted.findIndex((other) => other.text === sentence.text) === i)
    .map((sentence) => {
      const body = sentence.speaker
        ? `${sentence.speaker}: ${sentence.text}`
        : sentence.writer
          ? `${sentence.writer} wrote: ${sentence.text}`
          : sentence.text;
      const n = citations.cite(citedPassage(sentence), body);
      return `${closedSentence(body)} [${n}]`;
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
      ...(type === 'person' && first.typed && titledName(first.text) ? { titled: true } : {}),
      ...(labelled && first.typed ? { field: true } : {}),
    },
    ...(repeated ? { repeated: first.text } : {}),
  };
}
