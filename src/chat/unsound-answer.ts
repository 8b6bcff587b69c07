/**
 * @module unsound-answer
 * Checks on a quoted answer that tell it does not say what was asked, though its sentence
 * shares the question's words: the count asked ("how many crews …") stated of nothing it
 * counts, the role asked ("Director of Outreach –") left empty in a list, a line cut out of
 * code ("(defun (x).") that names nothing, an edition asked ("the 6th annual fair") answered by a
 * day of a month ("Friday, July 6th"), a new time asked answered by a cancellation that tells
 * none, labelled values that only repeat the question's words or are only a mark ("@"), another
 * quantity of the unit the question names ("above 900,000 MWh" for "above 400,000 MWh"), a
 * catalogue's record of another file, a meeting bot's topic line, a room's dial-in number for a
 * person's, a network address asked and none given, an e-mail address asked and none given, a
 * sum of money asked and none given, a mark
 * asked and none given, a speed, weight, age or floor asked and none given and a length asked
 * answered by a weight (`measure-asked`), a figure in watts, a size in bytes, a cost or an ID asked and none
 * given (`asked-unit-missing`), a figure asked by its name and none given
 * (`figure-asked`), a time asked answered only by the day of writing (`when-by-deixis`), a deadline asked answered by the day a deed was written of, a price
 * asked answered by another measure's sum (a book's loss), a rate charged answered by odds ("a 70
 * percent likelihood"), a value of another item of a list or an
 * office extension for a cell or fax, a value of another person of the surname asked, numbers that
 * each follow another person's name (all in
 * `subject-value`), a value labelled by another
 * period of the same shape (`other-period`), an entry of a reference list for a question that
 * asks of no publication (`reference-entry`), a pronoun or a company only described ("a small
 * construction company") for the one a "which" question asks, the line that heads the kind a
 * "which" question asks ("Ferns: they grow slowly …"), or a sentence whose writer says
 * they do not know who (`which-named`), only the teller of the news for the body a "which"
 * question asks (`teller-only`), "this class" for the class a "which" question asks and no name
 * the question does not hold, a count of those who did an act ("how many members resigned") answered
 * by a line that never tells of the act (`asked-name-unsaid`), only the thing a question sets aside ("after netscan",
 * `set-aside-thing`), a lower bound for an upper limit asked or the reverse (`bound-direction`), a
 * sum that names neither the act whose price is asked nor any price (`act-cost`), the act a "who" question asks done only "by the unit heads"
 * (`role-as-doer`), a sentence that says the one asked about has yet to settle it
 * (`still-to-settle`), the time of what the thing asked is for (`time-of-other`), a sentence that names neither the
 * act nor the thing of a passive "when" question (`act-unnamed`), a year of something else a person
 * did for the year of their death or birth, or a life span for the year of another act (`life-event`), a label asked with its number ("Series 3")
 * answered by the same label with another number (`numbered-label`), one alternative of a thing
 * asked ("modified rate") answered by the other ("full rate", `other-alternative`), a count of one
 * kind asked ("plenary sessions") answered by a count of another ("14 working sessions",
 * `counted-kind`), "how often" in any language answered by a line that gives no frequency
 * (`frequency-asked`), a time limit asked of an act answered by a limit counted from that act
 * (`duration-start`), a sum asked of a named thing answered by sums each given after another name
 * (`other-name-figure`), a sum asked
 * available, left or owed answered by a figure that is not said to be so (`sum-state`), a gain asked
 * answered by a loss or a loss by a gain (`gain-or-loss`), the size of a
 * change asked answered by a change of an unstated degree or by numbered items and days alone, a
 * sum asked answered by a difference alone, "6 cents higher" (`change-amount`), a check's or an
 * invoice's number asked answered by a sentence that names neither (`numbered-thing`), a request to
 * be given the value asked (`request-for-value`), a mail's separator
 * line for what is not who passed it on or when, a quoted message's header lines for the time
 * of a reported act (`header-lines-only`), an event's own time or date field for a deadline asked
 * about it (`event-time-for-deadline`), or a
 * document's sentence that shares only its passage's topic words. Each rule is a small
 * function; an answer any of them flags is better said as "I found nothing".
 */
import { analyze } from '../index/analyze.ts';
import { MONTH_NAME_PATTERN } from '../lib/text/calendar-names.ts';
import { splitSentences } from '../lib/text/sentences.ts';
import { stem } from '../lib/text/stem.ts';
import { sumOfOtherThanAct } from './act-cost.ts';
import { actUnnamed, passiveWhoActUnnamed } from './act-unnamed.ts';
import { carriesMoney, carriesType, expectedAnswerType, moneyAsked } from './answer-type.ts';
import { countedActUnsaid, demonstrativeForWhich } from './asked-name-unsaid.ts';
import { askedUnitMissing } from './asked-unit-missing.ts';
import { attachmentOnly } from './attachment-line.ts';
import { otherEndOfLimit } from './bound-direction.ts';
import {
  changeSizeNotGiven,
  changeSizeUnstated,
  changeUnsaid,
  differenceForLevel,
  extraUnsaid,
} from './change-amount.ts';
import { partsBetweenMarks, withoutMarks } from './citations.ts';
import { otherClassLetter } from './class-letter.ts';
import { otherCountedKind, spanForCount } from './counted-kind.ts';
import { durationFromAskedAct } from './duration-start.ts';
import { eventTimeForDeadline } from './event-time-for-deadline.ts';
import { figureNotGiven, namedMeasureUnwritten, shareNotGiven } from './figure-asked.ts';
import { frequencyMissing } from './frequency-asked.ts';
import { otherDirectionSum } from './gain-or-loss.ts';
import { headerLinesOnly } from './header-lines-only.ts';
import { kindNotNamed } from './kind-not-named.ts';
import { lifeEventUnsaid, lifeSpanForOtherYear } from './life-event.ts';
import { measureMissing, otherMeasureForDimension } from './measure-asked.ts';
import { otherNumberedLabel, sequenceNumberForAmount } from './numbered-label.ts';
import { numberedThingUnnamed } from './numbered-thing.ts';
import { otherAlternative } from './other-alternative.ts';
import { figureOfOtherName } from './other-name-figure.ts';
import { otherPeriodLabel } from './other-period.ts';
import { questionTerms } from './question-terms.ts';
import { answerWords, MAIL_LEAD, QUOTE_LEAD } from './quoted-source.ts';
import { referenceEntryForOther } from './reference-entry.ts';
import { deadlineAsked } from './relative-deadline.ts';
import { requestForValue } from './request-for-value.ts';
import { roleAsDoer } from './role-as-doer.ts';
import { onlySetAsideThing } from './set-aside-thing.ts';
import { spentOnOther } from './spent-on-other.ts';
import { stillToSettle } from './still-to-settle.ts';
import {
  extensionForOtherKind,
  namesakeForPerson,
  numberOfOtherNamed,
  rosterRowOfOther,
  valueOfOtherItem,
} from './subject-value.ts';
import { sumStateMissing } from './sum-state.ts';
import { tellerOnlyNamed } from './teller-only.ts';
import { timeOfOtherThing } from './time-of-other.ts';
import { valueLeftOut, valueNotNeeded, valueNotSetYet } from './value-not-set.ts';
import { whenByDayOfWriting } from './when-by-deixis.ts';
import {
  bodyDescribedNotNamed,
  identityUnknown,
  kindLineForWhich,
  pronounForWhich,
  pronounForWho,
} from './which-named.ts';

/** Words that end the thing counted after "how many": verbs, articles, prepositions. */
const COUNT_STOP = new Set(
  (
    'a an the of in on at for from to with by per that which who whom whose is are was were be been do does did ' +
    'will would can could should shall may might must have has had come came there they we you i he she it'
  ).split(' '),
);

/** Words of a number, spelled out, that may count things ("four crews", "twelve of them"). */
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|dozens|both|no|none|single|several)$/;

/** How far, in words, a count may stand before the thing it counts ("five separate field teams"). */
const COUNT_BEFORE = 3;

/** How far a count may follow it, as a table or a list writes it ("files: 24", "crews = 4"). */
const COUNT_AFTER = 2;

/**
 * The stems of the words a "how many …" question counts: "How many independent inspection
 * crews collected …" → independent, inspect, crew, collect. Up to five words after "how many"
 * (and "of the"), up to the first verb, article or preposition.
 */
export function countedStems(question: string): string[] {
  const after = /\bhow many\s+(?:of\s+(?:the|these|those|its|their|our|your|my)\s+)?(.+)$/i.exec(
    question,
  )?.[1];
  if (!after) return [];
  const stems: string[] = [];
  for (const word of after
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .slice(0, 6)) {
    if (!word) continue;
    if (COUNT_STOP.has(word)) {
      if (stems.length > 0) break;
      continue;
    }
    if (word.length >= 3 && word !== 'and' && /\p{L}/u.test(word)) stems.push(stem(word));
  }
  return stems;
}

/**
 * A field whose label names what is counted and whose value is a number: "Days in review queue: 5",
 * "Open tickets (all teams): 12".
 */
function labelledCount(text: string, counted: ReadonlySet<string>): boolean {
  return [...text.matchAll(/([\p{L}][\p{L}\p{N} .()'&/-]{0,60}?):\s*(\d[\d,.]*)/gu)].some(([, label = '']) =>
    label
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .some((word) => word !== '' && counted.has(stem(word))),
  );
}

/** A word that is a count: digits (no year) or a number word. */
function isCount(word: string): boolean {
  if (/^\d[\d,.]*$/.test(word)) return !/^(?:19|20)\d{2}$/.test(word);
  return NUMBER_WORD.test(word);
}

/**
 * True when a "how many" answer names what is counted but gives no number beside it: "… the
 * City shall approve the following streamlined accessory dwelling units …" for "how many
 * accessory dwelling units did the city approve". An answer that does not name what is counted
 * at all (a paraphrase: "45 will attend") is left to the other checks.
 */
export function countMissing(question: string, answer: string): boolean {
  const counted = new Set(countedStems(question));
  if (counted.size === 0) return false;
  const words = sentencesOf(answer)
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N},.'-]+/u)
    .map((word) => word.replace(/^[,.'-]+|[,.'-]+$/g, ''))
    .filter(Boolean);
  const named = words.flatMap((word, at) => (counted.has(stem(word)) ? [at] : []));
  if (named.length === 0) return false;
  return !(
    named.some(
      (at) =>
        words.slice(Math.max(0, at - COUNT_BEFORE), at + COUNT_AFTER + 1).some((word) => isCount(word)) ||
        // Figures right before the thing counted count it, though they look like a year ("1951 pieces").
        /^\d[\d,.]*$/.test(words[at - 1] ?? ''),
    ) || labelledCount(sentencesOf(answer).join(' '), counted)
  );
}

/**
 * A sentence of the answer that ends on a label with nothing after it ("Director of
 * Outreach –.", "Venue:"), the label's last word asked by the question: the list leaves the
 * asked field empty, and the names beside it belong to other fields.
 */
export function emptyFieldAsked(question: string, answer: string): boolean {
  const asked = new Set(
    question
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 3)
      .map((word) => stem(word)),
  );
  return sentencesOf(answer).some((sentence) => {
    const label = /([\p{L}][\p{L}\p{N}'-]*)\s*[:–—-]\s*\.?$/u.exec(sentence)?.[1];
    return label !== undefined && asked.has(stem(label.toLowerCase()));
  });
}

/**
 * An answer cut out of code: a bracket opened and never closed, and at most two words
 * ("(defun (x)."). It names nothing of what was asked.
 */
export function codeFragment(answer: string): boolean {
  return sentencesOf(answer).every((sentence) => {
    const opened = (sentence.match(/[([{]/g) ?? []).length;
    const closed = (sentence.match(/[)\]}]/g) ?? []).length;
    const words = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}_'-]*/gu) ?? [];
    return opened > closed && words.length <= 2;
  });
}

/**
 * An answer of several labelled values each of which only repeats the question's own words
 * ("2024-03-01, Home: Rovers. 2024-03-01, Away: Harbour City." for "In which league did the
 * Rovers play Harbour City on 1 March 2024?"): the cells of the record asked, but not the one that
 * answers it. One such line may carry its answer in its label ("Comment by Ana: …" for who wrote
 * the comment quoted), so one alone is kept, unless it is a table's cell read by its row and its
 * column ("2024-03-01, Cup: Coastal Cup." for "Whom did the Rovers play in the Coastal Cup on 1
 * March 2024?"): a row label and a column heading say whose cell it is, not what was asked.
 */
export function echoesQuestion(question: string, answer: string): boolean {
  const asked = new Set(analyze(question));
  const sentences = sentencesOf(answer);
  const values = sentences.map((sentence) => /:\s*([^:]+?)\.?$/.exec(sentence)?.[1]);
  const cellRead = sentences.length === 1 && CELL_READ.test(sentences[0] ?? '');
  return (
    (values.length > 1 || cellRead) &&
    values.every((value) => {
      const terms = value === undefined ? [] : analyze(value);
      return terms.length > 0 && terms.every((term) => asked.has(term));
    })
  );
}

/** A cell read by its row and its column: "row label, Column heading: value", a heading of words alone, a value of a few. */
const CELL_READ = /^[^:,]+,\s*\p{L}[\p{L} ]*:\s*\S+(?:\s+\S+){0,2}\.?$/u;

/** Short words a heading leaves in lower case ("Terms of Use", "Sales and Marketing"). */
const HEADING_SMALL = new Set('a an and or of the for to in on at by with vs per de la le'.split(' '));

/** A question that asks for a name (a nickname, a file name), a title or a heading: one may answer it. */
const NAME_ASKED =
  /\b(?:\p{L}*names?|titles?|named|called|headings?|subjects?|labels?|captions?|headers?|columns?|alias(?:es)?|handles?)\b/iu;

/** Kinds of value written in capitalised words ("Ana Ruiz", "Grand Ballroom", "Next Friday"). */
const CAPITALISED_TYPES = new Set(['person', 'place', 'date', 'year']);

/**
 * An answer that is only a heading or a row of column labels which repeats the question's words
 * ("Sizing PoolSize." for "What is the default value of PoolSize?", "Area/Function Unit
 * Lead Global/Functional Lead*" for "Which area does Ode lead?"): two or more words, each
 * capitalised or a short word, no figure, no label with a value. It names the topic; it states
 * nothing about it.
 */
export function headingOnly(question: string, answer: string): boolean {
  const sentences = sentencesOf(answer);
  if (sentences.length !== 1 || NAME_ASKED.test(question)) return false;
  const type = expectedAnswerType(question);
  if (type !== undefined && CAPITALISED_TYPES.has(type)) return false;
  const body = (sentences[0] ?? '').replace(/[.:!]+$/, '').trim();
  if (/\d|:\s/.test(body)) return false;
  const words = body.split(/[\s/]+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < 2) return false;
  const heading = words.every(
    (word) => /^[^\p{L}]*\p{Lu}/u.test(word) || HEADING_SMALL.has(word.toLowerCase()),
  );
  const asked = new Set(analyze(question));
  // "Which bank …?" answered by "Inter-American Development Bank": a name of the kind asked, not a heading.
  const kind = WHICH_NOUN.exec(question)?.[1];
  if (kind && analyze(words.at(-1) ?? '')[0] === analyze(kind)[0]) return false;
  return heading && analyze(body).some((term) => asked.has(term));
}

/** The noun a "which" question asks a name of: "Which bank …" → "bank". */
const WHICH_NOUN = /\bwhich\s+(\p{L}+)\b/iu;

/**
 * A meeting bot's topic line, as a chair types it or the bot echoes it ("[TOPIC] Select a chair
 * for the next meeting", "#topic budget", "New Topic: budget"): the title of the part of the
 * meeting that follows, not what was said or decided in it.
 */
const MEETING_TOPIC = /^(?:[^\s:]+:\s+)?(?:\[topic\]|#topic\b|new topic:)/i;

/** A question about the topics of a meeting: a topic line answers it. */
const TOPICS_ASKED = /\b(?:topics?|agenda|items?|discuss(?:ed|ing)?|covered|subjects?)\b/i;

/** Every sentence of the answer is a meeting bot's topic line, and the question asks no topic. */
export function meetingTopicOnly(question: string, answer: string): boolean {
  const sentences = sentencesOf(answer);
  return (
    sentences.length > 0 &&
    !TOPICS_ASKED.test(question) &&
    sentences.every((sentence) => MEETING_TOPIC.test(sentence))
  );
}

/** Words of a question about a catalogue of files itself: where a file comes from, its licence. */
const ABOUT_CATALOGUE =
  /\b(?:files?|sources?|repositor(?:y|ies)|licen[cs]es?|categor(?:y|ies)|paths?|origin(?:al)?|features?|comes? from)\b/i;

/**
 * A catalogue record of another file ("file: report.xlsx, category: samples, repository: …"):
 * it tells where that file comes from and what it holds in figures, not what the file says, so
 * it answers only a question about the catalogue.
 */
export function catalogueRecord(question: string, answer: string): boolean {
  return /(?:^|[\s(])file:\s*[^\s,]+\.[a-z0-9]{2,5}\s*,/i.test(answer) && !ABOUT_CATALOGUE.test(question);
}

/** Words that name the kind of answer or the file asked of ("what date is shown on the slide"), not a thing asked about. */
const GENERIC = new Set(
  analyze(
    'date time day year show shown say said says slide page document deck sheet file presentation number name value according mention',
  ),
);

/** A passage needs this many sentences before words said in half of them are its topic. */
const TOPIC_SENTENCES = 6;

/**
 * The answer shares with the question only its passage's topic words ("lease" in a chapter on
 * leases, said in half of its sentences or more) while the question asks of two things or more
 * besides ("when will the city finalize its draft parking map for …"): the sentence is about the
 * topic, not about what is asked.
 */
export function topicOnly(question: string, answer: string, passage: string): boolean {
  const sentences = splitSentences(passage);
  if (sentences.length < TOPIC_SENTENCES) return false;
  const counts = new Map<string, number>();
  for (const sentence of sentences)
    for (const term of new Set(analyze(sentence.text))) counts.set(term, (counts.get(term) ?? 0) + 1);
  const topic = (term: string) => (counts.get(term) ?? 0) * 2 >= sentences.length;
  const asked = new Set(questionTerms(question).filter((term) => term.length >= 3 && !GENERIC.has(term)));
  const said = new Set(analyze(sentencesOf(answer).join(' ')));
  const shared = [...asked].filter((term) => said.has(term));
  const others = [...asked].filter((term) => !topic(term));
  return shared.length > 0 && shared.every(topic) && others.length >= 2;
}

/** The answer's sentences, its citation marks ("[1]") taken as their ends. */
function sentencesOf(answer: string): string[] {
  return partsBetweenMarks(answer)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A numeral ordinal the question names an edition with: "the 6th annual fair" → 6 and "annual". */
const EDITION = new RegExp(
  String.raw`\b(\d{1,3})(?:st|nd|rd|th)\s+(?!(?:of\s+)?(?:${MONTH_NAME_PATTERN})\b)([a-z]{3,})`,
  'i',
);

/**
 * "When is the 6th annual fair?" answered by "It is confirmed for Friday, July 6th": the
 * question's ordinal counts editions, the answer's is a day of a month, and the answer never
 * names the edition's word ("annual").
 */
function editionReadAsDay(question: string, answer: string): boolean {
  const edition = EDITION.exec(question);
  if (!edition) return false;
  const [, n, word] = edition;
  const ordinal = String.raw`${n}(?:st|nd|rd|th)`;
  const asDay = new RegExp(
    String.raw`\b(?:${MONTH_NAME_PATTERN})\.?\s+${ordinal}\b|\b${ordinal}\s+(?:of\s+)?(?:${MONTH_NAME_PATTERN})\b`,
    'i',
  );
  return asDay.test(answer) && !new RegExp(String.raw`\b${word}\b`, 'i').test(answer);
}

/** A question for the new time of a thing moved: "rescheduled to", "pushed back to", "the new date". */
const MOVE_ASKED =
  /\b(?:re-?scheduled|moved|pushed(?:\s+back)?|postponed|delayed|changed)\s+(?:to|until|till)\b|\bnew (?:date|time|day)\b|\bwhen is it now\b/i;
/** Words that tell a thing moved or its new time: "rescheduled", "moved to", "now on", "new date". */
const MOVE_TOLD = /\b(?:re-?schedul\w*|mov(?:ed|ing)|push\w*|postpon\w*|delay\w*|chang\w*|now|new)\b/i;

/**
 * "When was the review rescheduled to?" answered by "We are cancelling the review scheduled for
 * Monday": a cancellation that tells no new time gives the old date, not the one asked.
 */
function cancelledForMove(question: string, answer: string): boolean {
  return MOVE_ASKED.test(question) && /\bcancel/i.test(answer) && !MOVE_TOLD.test(answer);
}

/**
 * Labelled values that are each only a mark ("B Fmt, 12345.6789, 0.00%: @."): the cell holds a
 * symbol of its sheet, not the value asked. An empty value is `emptyFieldAsked`'s to judge.
 */
export function symbolValues(answer: string): boolean {
  const values = sentencesOf(answer).map((sentence) => /:\s*([^:]*?)\.?$/.exec(sentence)?.[1]);
  return (
    values.length > 0 && values.every((value) => value !== undefined && /^[^\p{L}\p{N}\s]+$/u.test(value))
  );
}

/** Words after a number that tell a time of day, an ordinal or a point in the calendar, not a unit. */
const NOT_UNIT = new RegExp(
  String.raw`^(?:am|pm|st|nd|rd|th|(?:${MONTH_NAME_PATTERN})|(?:second|minute|hour|day|week|month|quarter|year)s?)$`,
  'i',
);

/**
 * The question names a quantity in a unit ("North deals above 400,000 MWh") and the answer states
 * that unit only of other quantities ("deals > 900,000 Mwh"), never the one asked: it tells of
 * another threshold, size or row.
 */
export function otherQuantityOfUnit(question: string, answer: string): boolean {
  const plain = (figure: string) => figure.replace(/,/g, '').replace(/\.$/, '');
  const stated = plain(answer);
  return [...question.matchAll(/(?<![\p{L}\p{N}])(\d[\d,.]*)\s*([A-Za-z]{2,})\b/gu)].some(
    ([, figure = '', unit = '']) => {
      if (/^(?:19|20)\d{2}$/.test(figure) || NOT_UNIT.test(unit)) return false;
      const inUnit = [...answer.matchAll(new RegExp(String.raw`(\d[\d,.]*)\s*${unit}\b`, 'gi'))];
      return inUnit.length > 0 && !stated.includes(plain(figure));
    },
  );
}

/**
 * "Who is the principal investigator of …?", "Who was the treasurer in 2011?": a person asked by
 * the part they play, the role's last word captured.
 */
const ROLE_ASKED =
  /^\s*who(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|their|our|his|her|its|your|my)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:of|for|at|in|on|from|behind)\b/iu;

/**
 * A person asked by their role, answered from a document whose passage never names that role:
 * a sentence on the study, not the one who leads it.
 */
export function roleUnnamed(question: string, answer: string, passage: string): boolean {
  const role = ROLE_ASKED.exec(question)?.[1];
  if (!role) return false;
  const term = analyze(role)[0];
  return term !== undefined && !analyze(`${passage}\n${answer}`).includes(term);
}

/** "What's Ana Ruiz's home phone number?": a number asked of someone named, by a possessive. */
const NUMBER_OF_PERSON =
  /\b\p{Lu}[\p{L}'-]*'s?\s+(?:[\p{L}-]+\s+){0,2}?(?:phone|cell|mobile|fax|pager|extension|number)\b/u;

/** A number one dials into a room, a bridge or a call: not a person's own. */
const DIAL_IN = /\bdial(?:s|ed|ing)?[\s-]+in(?:to)?\b|\bconf(?:erence|\.)?\s+(?:room|bridge|line|call)\b/i;

/** A question about a call, a room or a bridge itself: its dial-in number answers it. */
const CALL_ASKED = /\b(?:dial|conference|bridge|call|line|room|meeting)\b/i;

/**
 * A person's number asked ("What is Ana Ruiz's phone number?"), answered by the number of a room
 * or a call she may dial into ("Ana can dial into the conf. room - the number is 555 0199"): the
 * number is the room's, not hers.
 */
export function dialInForPerson(question: string, answer: string): boolean {
  return NUMBER_OF_PERSON.test(question) && !CALL_ASKED.test(question) && DIAL_IN.test(answer);
}

/** "What is the IP address of the desktop?", "the box's MAC address": a network address asked. */
const NETWORK_ADDRESS_ASKED = /\b(?:IP(?:v[46])?|MAC|inet6?)[\s-]+address(?:es)?\b/i;

/** A network address written out: "10.0.4.17", "fe80::1", "0a:1b:2c:3d:4e:5f", "localhost". */
const NETWORK_ADDRESS =
  /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d])|\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|(?:\b[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}\b)?|\b[0-9a-f]{2}(?:[:-][0-9a-f]{2}){5}\b|\blocalhost\b/i;

/**
 * A network address asked ("What is the IP address of Wim's laptop?"), answered by a line that
 * writes none ("Wim: the laptop sees the printer now"): it talks of the machine, not its address.
 */
export function networkAddressMissing(question: string, answer: string): boolean {
  return NETWORK_ADDRESS_ASKED.test(question) && !NETWORK_ADDRESS.test(answer);
}

/**
 * An e-mail address asked, in any language the question types as one ("Na jaki adres e-mail …?",
 * "What's Ann's work email?"), answered by a sentence that writes none: "Topic: the board meeting
 * of the rowing club." names what the address is for, not the address.
 */
export function mailAddressMissing(question: string, answer: string): boolean {
  return expectedAnswerType(question) === 'email' && !carriesType(withoutMarks(answer), 'email');
}

/** A price per unit after an at sign, as traders write it: "sold 4,000 @ 12.75". */
const UNIT_PRICE = /@\s?\d/;

/**
 * A sum of money asked ("What is the fee …?", "Quel est le montant des frais … ?"), answered by a
 * sentence that holds no sum of money nor a figure labelled by the measure asked ("Enrolment closes
 * on 3 to 14 May."): it speaks of the matter, not of its price.
 */
export function moneyMissing(question: string, answer: string): boolean {
  const noun = moneyAsked(question);
  return noun !== undefined && !UNIT_PRICE.test(answer) && !carriesMoney(withoutMarks(answer), noun);
}

/** A mark asked of someone: "What grade did Ines get?", "What score did the Lynx team receive?". */
const GRADE_ASKED =
  /\bwhat\s+(?:final\s+|overall\s+|exam\s+|test\s+)?(?:grade|score|mark)s?\s+(?:did|does|do|has|have|had|will|was|were|is)\b|\bwhat\s+did\s+.+?\s+score\b/i;

/** A mark given: a figure ("84", "7/10", "92%") or a letter grade standing alone ("B+"). */
const GRADE_GIVEN =
  /\d|(?:^|[\s:(,])[A-F][+-]?(?=$|[\s.,;)])|\b(?:pass(?:ed)?|fail(?:ed)?|merit|distinction|honou?rs)\b/;

/**
 * A mark asked of someone ("What grade did Ines get?") answered by a sentence that gives no figure
 * nor letter grade ("Congratulations to you all on an exceptional effort!"): it speaks of the
 * person or the matter, not of their mark.
 */
export function gradeMissing(question: string, answer: string): boolean {
  return GRADE_ASKED.test(question) && !GRADE_GIVEN.test(withoutMarks(answer));
}

/** "today", "tonight", "tomorrow" not set as a limit ("by tomorrow", "due today"): the day a deed is told of. */
const DAY_OF_DEED =
  /(?<!\b(?:by|until|till|before|due|thru|through|deadline|is|on|for|from)\s+)\b(?:today|tonight|tomorrow)\b/gi;

/**
 * A deadline asked ("By when must the Varna order ship?") answered by a sentence whose only day is
 * the one its writer did something ("I logged the Varna order in the ledger today"): that day is
 * when it was written of, not the limit asked.
 */
export function deedDayForDeadline(question: string, answer: string): boolean {
  if (!deadlineAsked(question)) return false;
  const said = answerWords(answer);
  return (
    new RegExp(DAY_OF_DEED.source, 'i').test(said) && !carriesType(said.replace(DAY_OF_DEED, ' '), 'date')
  );
}

/**
 * "What time is …?", "At what time did Ana suggest …?", "By what time …", or the time of day of a
 * thing that starts at one ("What is our tee time at Lake Ardon?", "What's the departure time of
 * the bus?"): a clock time asked.
 */
const CLOCK_TIME_ASKED =
  /^\s*(?:(?:at|by|until|till|from)\s+)?what\s+time\b|^\s*what(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|our|my|your|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:tee|start(?:ing)?|departure|arrival|pick-?up|check-?in|check-?out|kick-?off|boarding|curtain)\s+times?\b/iu;

/** A time of day: a figure ("2:30", "2 pm", "14h", "1415") or a word that is one ("noon", "midnight"). */
const CLOCK_TIME = /\d|\b(?:noon|midday|midnight)\b/i;

/**
 * A clock time asked ("What time did Ines suggest for the Varna visit?") answered by a sentence
 * with no time of day in it ("Friday morning is the only day that suits me."): it gives the day,
 * not the time.
 */
export function clockTimeMissing(question: string, answer: string): boolean {
  if (!CLOCK_TIME_ASKED.test(question)) return false;
  const said = answerWords(answer).replace(MAIL_LEAD, '');
  return !CLOCK_TIME.test(said);
}

/**
 * What a deal, a book or a holding makes, loses or keeps: measures of money that are no price, fee,
 * rent or charge a buyer pays ("the book loss will be $2.5MM", "a reserve of $4 million").
 */
const OTHER_MONEY_MEASURE =
  /\b(?:loss(?:es)?|profits?|income|revenues?|earnings|savings|gains?|P&L|reserves?|exposures?)\b/i;

/** A price per unit: "$85/MWh", "4.10 per share", "sold 4,000 @ 12.75". */
const PER_UNIT_PRICE =
  /\d\s?\/\s?[A-Za-z]|\d[\d,.]*\s?(?:[A-Za-z$]+\s)?(?:per|a|each)\s+(?:share|unit|unit start|ton|barrel|month|year|day|night|hour|MWh|MMBtu|head|person|seat)\b|@\s?\d/i;

/**
 * A price, fee or rent asked ("What price did Ines sign the Varna deal at?") answered by a sentence
 * whose sums are another measure's and that never names the one asked ("If we book only the
 * current deals, the book loss will be $1.2MM."): it tells what a deal makes or loses, not its price.
 */
export function otherMeasureSum(question: string, answer: string): boolean {
  const noun = moneyAsked(question);
  if (noun === undefined || !/^(?:prices?|fees?|rent|fares?|charges?|tuition|premium|deposit)$/.test(noun))
    return false;
  const said = answerWords(answer);
  const singular = noun.replace(/([^s])s$/, '$1');
  if (new RegExp(`(?<![\\p{L}])${singular}`, 'iu').test(said) || PER_UNIT_PRICE.test(said)) return false;
  return OTHER_MONEY_MEASURE.test(said) && carriesMoney(said, noun);
}

/** A line that only opens a quoted or forwarded mail: "-----Original Message-----", "---- Forwarded by Ann Lee/HOU on 02/08/2001 07:56 AM ----". */
const MAIL_SEPARATOR =
  /^-{2,}\s*(?:original message|(?:forwarded|reply) message|forwarded by\b[^\n]*?)\s*-{2,}\s*\.?$/i;

/** A question that a forward line may answer: who passed a mail on, or when ("Who forwarded …", "When was … sent?"). */
const FORWARD_ASKED =
  /^\s*(?:(?:at|on|by)\s+)?(?:who|whom|when|what (?:date|day|time))\b|\bforward\w*|\bsent\b|\bpass(?:ed|es)? (?:it |this |that )?on\b/i;

/**
 * An answer that is only a mail's separator line ("---- Forwarded by Ann Lee/HOU on 02/08/2001
 * ----") for a question that asks neither who passed the mail on nor when: it tells nothing asked.
 */
export function separatorOnly(question: string, answer: string): boolean {
  if (FORWARD_ASKED.test(question)) return false;
  const sentences = sentencesOf(answer).map((sentence) =>
    sentence.replace(QUOTE_LEAD, '').replace(MAIL_LEAD, '').trim(),
  );
  return sentences.length > 0 && sentences.every((sentence) => MAIL_SEPARATOR.test(sentence));
}

/** A rate charged or earned asked: "What interest rate does the bank charge …?", "What is the tax rate …?". */
const CHARGED_RATE_ASKED =
  /\b(?:interest|tax|discount|exchange|growth|hurdle|mortgage|lending|borrowing|coupon|commission|vacancy|return)\s+rates?\b|\bwhat rate\b/i;

/** A share that tells how likely something is: "a 55 to 60 percent likelihood", "40% chance". */
const ODDS_SHARE =
  /^\d[\d.]*\s*(?:%|per\s?cent|percent)\s+(?:\w+\s+)?(?:likelihood|likely|chance|probability|odds|certainty|confidence)\b/i;

/** Any share written in figures: "55 to 60 percent", "6.5%". */
const ANY_SHARE = /\d[\d.]*\s*(?:%|per\s?cent|percent)/gi;

/**
 * A rate charged asked ("What interest rate does the bank charge on the loan?") answered by a sentence
 * whose every share says how likely something is ("our lawyers see a 55 to 60 percent likelihood
 * that the terms hold"): odds, not a rate.
 */
export function oddsForRate(question: string, answer: string): boolean {
  if (!CHARGED_RATE_ASKED.test(question)) return false;
  const said = answerWords(answer);
  const shares = [...said.matchAll(ANY_SHARE)];
  if (shares.length === 0) return false;
  return shares.every((share) => ODDS_SHARE.test(said.slice(share.index)));
}

/**
 * The kind of value asked is not in the answer at all: no time of day for a time asked, no sum of
 * money for a sum ("What dollar sum did I put forward?" answered by "… for three seasons"), no mark,
 * no speed, weight, age, floor or room. The asker's own words are held to these alone.
 */
export function valueMissing(question: string, answer: string): boolean {
  return (
    clockTimeMissing(question, answer) ||
    moneyMissing(question, answer) ||
    gradeMissing(question, answer) ||
    measureMissing(question, answer)
  );
}

/**
 * The reason a found answer does not answer the question, or undefined when none is seen. The
 * passage of a document's sentence answer, when given, tells the document's topic words.
 */
export function unsoundAnswer(question: string, answer: string, passage?: string): string | undefined {
  if (cancelledForMove(question, answer)) return 'a cancellation for a new time';
  if (codeFragment(answer)) return 'code fragment';
  if (separatorOnly(question, answer)) return "only a mail's separator line";
  if (headerLinesOnly(question, answer)) return "only a quoted message's header lines";
  if (attachmentOnly(question, answer)) return "only a mail's attachment notices";
  if (editionReadAsDay(question, answer)) return 'an edition read as a day';
  if (emptyFieldAsked(question, answer)) return 'asked field left empty';
  if (countMissing(question, answer)) return 'no count of what is asked';
  if (countedActUnsaid(question, answer)) return 'no word of the act whose doers are counted';
  if (echoesQuestion(question, answer)) return 'values repeat the question';
  if (headingOnly(question, answer)) return 'a heading that only names the topic';
  if (meetingTopicOnly(question, answer)) return "a meeting's topic line";
  if (catalogueRecord(question, answer)) return 'a catalogue record of another file';
  if (symbolValues(answer)) return 'values that are only marks';
  if (otherQuantityOfUnit(question, answer)) return 'another quantity of the unit asked';
  if (dialInForPerson(question, answer)) return "a room's dial-in number for a person's";
  if (networkAddressMissing(question, answer)) return 'no network address for the one asked';
  if (mailAddressMissing(question, answer)) return 'no e-mail address for the one asked';
  if (moneyMissing(question, answer)) return 'no sum of money for the one asked';
  if (gradeMissing(question, answer)) return 'no mark for the one asked';
  if (measureMissing(question, answer)) return 'no speed, weight, age, floor or room for the one asked';
  if (otherMeasureForDimension(question, answer)) return 'another measure for a length asked';
  if (askedUnitMissing(question, answer))
    return 'no value in the unit or kind asked (watts, bytes, a cost, an ID)';
  if (figureNotGiven(question, answer)) return 'no figure for a figure asked by its name';
  if (shareNotGiven(question, answer)) return 'no percentage or fraction for a share asked';
  if (namedMeasureUnwritten(question, answer)) return 'neither word of the measure asked by its name';
  if (otherMeasureSum(question, answer)) return "another measure's sum for a price asked";
  if (spentOnOther(question, answer)) return 'a sum spent on another thing';
  if (figureOfOtherName(question, answer)) return 'sums each given after another name than the one asked';
  if (oddsForRate(question, answer)) return 'odds for a rate asked';
  if (sumStateMissing(question, answer)) return 'a sum that is not in the state asked';
  if (otherDirectionSum(question, answer)) return 'a loss for a gain asked, or a gain for a loss';
  if (changeSizeUnstated(question, answer)) return 'a change said to come by an unstated degree';
  if (changeSizeNotGiven(question, answer)) return 'only numbered items or days for a size asked';
  if (changeUnsaid(question, answer)) return 'no change told for the size of a change asked';
  if (extraUnsaid(question, answer)) return 'no sum on top told for an extra sum asked';
  if (differenceForLevel(question, answer)) return 'only a difference for a sum asked';
  if (numberedThingUnnamed(question, answer))
    return 'names neither the numbered thing asked nor a number mark';
  if (valueOfOtherItem(question, answer)) return "another item's value of the type asked";
  if (rosterRowOfOther(question, answer)) return "a row of another person's numbers";
  if (namesakeForPerson(question, answer)) return 'another person of the surname asked';
  if (numberOfOtherNamed(question, answer)) return "numbers that follow another person's name";
  if (extensionForOtherKind(question, answer))
    return 'an office extension for a cell, home, fax or pager number';
  if (deedDayForDeadline(question, answer)) return 'the day of a deed for a deadline';
  if (eventTimeForDeadline(question, answer)) return "only the event's own time for a deadline asked";
  if (clockTimeMissing(question, answer)) return 'no time of day for a time asked';
  if (otherPeriodLabel(question, answer)) return 'a value labelled by another period';
  if (referenceEntryForOther(question, answer)) return 'a reference entry for no publication asked';
  if (pronounForWhich(question, answer)) return 'a pronoun for the one a "which" question asks';
  if (demonstrativeForWhich(question, answer))
    return '"this" or "that" for the one a "which" question asks, and no name of its own';
  if (pronounForWho(question, answer)) return 'a pronoun for the one a "who" question asks';
  if (kindLineForWhich(question, answer)) return 'the line that heads the kind a "which" question asks';
  if (bodyDescribedNotNamed(question, answer))
    return 'a company described for the one a "which" question asks';
  if (tellerOnlyNamed(question, answer)) return 'only the teller of the news for the body asked';
  if (onlySetAsideThing(question, answer)) return 'only the thing the question sets aside';
  if (otherEndOfLimit(question, answer)) return 'only the other end of the limit asked';
  if (sumOfOtherThanAct(question, answer)) return 'a sum of another thing than the act whose price is asked';
  if (identityUnknown(question, answer)) return 'the writer does not know who it is';
  if (roleAsDoer(question, answer)) return 'only a role does the act a "who" question asks';
  if (requestForValue(question, answer)) return 'a request to be given the value asked';
  if (stillToSettle(question, answer)) return 'the one asked about has yet to settle it';
  if (valueNotSetYet(question, answer)) return 'the measure asked is said not to be set yet';
  if (valueNotNeeded(question, answer)) return 'the thing asked is said not to be needed';
  if (valueLeftOut(question, answer)) return 'the thing asked is said to be left out';
  if (timeOfOtherThing(question, answer)) return 'the time of what the thing asked is for';
  if (actUnnamed(question, answer)) return 'names neither the act asked nor the thing it was done to';
  if (passiveWhoActUnnamed(question, answer)) return 'names not the act a passive "who" question asks';
  if (whenByDayOfWriting(question, answer)) return 'only the day of writing for a time asked';
  if (lifeEventUnsaid(question, answer)) return 'no word of the death or birth whose time is asked';
  if (lifeSpanForOtherYear(question, answer)) return 'only a life span for the year of another act';
  if (otherNumberedLabel(question, answer)) return 'another number of the label asked';
  if (otherAlternative(question, answer)) return 'the other alternative of the thing asked';
  if (otherClassLetter(question, answer)) return 'other lettered classes than the one asked';
  if (kindNotNamed(question, answer))
    return 'the kind a "which" question asks, denied or named by the question\'s own name';
  if (otherCountedKind(question, answer)) return 'a count of another kind of the thing asked';
  if (spanForCount(question, answer)) return 'only a span of time for a count of things asked';
  if (sequenceNumberForAmount(question, answer))
    return 'only the number of a step or page for an amount asked';
  if (frequencyMissing(question, answer)) return 'no frequency for "how often"';
  if (durationFromAskedAct(question, answer)) return 'a span counted from the act asked';
  if (passage !== undefined && topicOnly(question, answer, passage)) return "only the passage's topic words";
  if (passage !== undefined && roleUnnamed(question, answer, passage)) return 'the role asked is not named';
  return undefined;
}
