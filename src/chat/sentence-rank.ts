/**
 * @module sentence-rank
 * Every sentence of the retrieved passages scored against the question: the question's terms
 * it and its neighbours carry (weighted by rarity, names double, CJK segmented like the index),
 * whether it holds the kind of thing the question wants (an amount, a date, a place…) and of
 * the thing asked, its passage's rank, and demoted when it is quoted history, boilerplate or
 * bulk mail, a question itself, words of someone other than the person asked about, of another
 * period than the one asked ("this year" for "last year"), or only a pointer to an attached file.
 */

import { isBotNick } from '../formats/chat/bot-nick.ts';
import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import { withoutItemMark } from '../lib/text/item-marks.ts';
import { acronymActs } from './acronym-agent.ts';
import { actsOnAskedThing } from './acts-on-asked.ts';
import { agreedDateAsked, spokenWithDay } from './agreed-date.ts';
import {
  type AnswerType,
  askedHead,
  askedNoun,
  askedPhoneKinds,
  asksClockTime,
  asksCondition,
  asksEndTime,
  asksMeans,
  carriesClockTime,
  carriesEndTime,
  carriesMoney,
  carriesType,
  codeKindFits,
  commandWithOption,
  countedByCounter,
  countedHead,
  countingVerb,
  countsHead,
  expectedAnswerType,
  labelledCode,
  moneyAsked,
  namesSomeone,
  type PhoneKind,
  phoneKindFits,
  phoneLabel,
  REQUIRED_TYPES,
  statesAskedDoer,
  statesCondition,
  statesMeans,
  statesOtherMeasure,
  statesOtherMonth,
  titledCjkName,
  venueKindFits,
  withoutNamedDays,
  withoutNamedFigures,
  withoutNamedYears,
} from './answer-type.ts';
import { leadsIntoOwnQuestion } from './asking-lines.ts';
import { addressOfName, nickBase } from './attributed-person.ts';
import {
  addressedNick,
  addressedToTold,
  asksKeys,
  asksSolution,
  asksWhereToPut,
  followUps,
  givesLocation,
  namesCommand,
  namesFile,
  namesKeyChord,
  offersBareThing,
  opensNotKnowing,
  reportsTrouble,
  speakersOf,
  speaksHere,
  toldInQuestion,
} from './chat-lines.ts';
import { forwardedSenders } from './forwarded-sender.ts';
import { spelledRuns } from './initialism.ts';
import { itemLabelTerms } from './item-label.ts';
import { termKeyedRow } from './keyed-row.ts';
import { knownNames } from './known-names.ts';
import { measureAsked, measureMissing } from './measure-asked.ts';
import { taxUnstated, withoutNonMoneyFigures } from './money-measures.ts';
import { withoutOldSlot } from './moved-to-asked.ts';
import { passageMisspellings, sourceMisspellings } from './name-spelling.ts';
import { otherAlternative } from './other-alternative.ts';
import { statesOtherPeriod } from './other-period.ts';
import { sumHeldNotPaid } from './paid-sum.ts';
import { type PassageSentence, sentencesOf } from './passage-sentences.ts';
import { isBulk } from './passage-text.ts';
import {
  askedVerb,
  fold,
  foldedTerms,
  fullNames,
  fullNameWords,
  namedTerms,
  nameEndOnlyInPlaceName,
  nameEnds,
  questionTerms,
  TYPE_WORDS,
  topicHeads,
  withoutAsked,
} from './question-terms.ts';
import { quoteAuthor } from './quoted-source.ts';
import { boundFactor, boundsOf } from './range-bounds.ts';
import { deadlineAsked, statesDeadlineBy, statesRelativeDeadline } from './relative-deadline.ts';
import { statesRelativeTime } from './relative-time.ts';
import { senderName } from './sender-name.ts';
import { plainWordTerms, spacedCompounds } from './spaced-compounds.ts';
import { spacedNames } from './spaced-name.ts';
import { labelAfterNumber, labelsBetweenNumbers, numberOfKindAsked } from './subject-value.ts';
import { sumStateMissing } from './sum-state.ts';
import { addTranslatedTerms } from './translated-terms.ts';
import {
  asksRealized,
  figureOfOther,
  statesPlanned,
  statesThreshold,
  versionBound,
} from './value-binding.ts';
import { asksWebPlace, givesWebAddress } from './web-place.ts';
import { writerPossessive } from './writer-possessive.ts';

export type Candidate = PassageSentence & {
  /** For "who …", the writer of a mail sentence said in the first person ("I will call Ana."). */
  readonly writer?: string;
  /** A lead-in pointing ahead whose share of the question's words is the sentence's before it. */
  readonly leadsBack?: boolean;
  readonly terms: ReadonlySet<string>;
  readonly relevance: number;
  /** The share of the question's words (by rarity) the sentence itself carries. */
  readonly own: number;
  readonly typed: boolean;
  /** The sentence names the thing whose value is asked ("nights" in "how many nights …"). */
  readonly namesHead: boolean;
  /** It holds the kind of value asked, but of something else (see value-binding). */
  readonly unbound: boolean;
  /** A line of a chat turn that puts a question to the channel, by someone the question does not name. */
  readonly asking: boolean;
  /** A chat line that replies to a question put to its speaker ("ana: what client do you use?", then "irssi"). */
  readonly replies: boolean;
  readonly score: number;
};

const ROLE_WEIGHT = { body: 1, quoted: 0.6, boilerplate: 0.15 } as const;
/** Below this share of the question's weight a sentence does not answer it. */
export const MIN_RELEVANCE = 0.25;

/** The weight of a passage that carries only part of a name the question asks in full. */
const PART_NAME = 0.85;

/** A sentence its writer says of themselves: "I will talk to Lars", "As you know, I resigned today". */
const FIRST_PERSON = /(?:^|[\s,;:(])I(?:'ll|'m|'ve|'d|’ll|’m|’ve|’d)?\s+(?!am\b|AM\b)[A-Za-z]/;
/**
 * "I am unable to attend", "I am not going": whether its writer can come or will. Other "I am"
 * sentences ("I am out of the office") are left out, as above.
 */
const FIRST_PERSON_ABLE =
  /(?:^|[\s,;:(])I am (?:not |un)?(?:able|available|attending|going|coming|planning)\b/;
/** "Who won't be at …", "Who can't attend …", "Who will miss …": the ones absent are asked. */
const ABSENCE_ASKED =
  /^\s*who\b.*\b(?:won'?t|will not|can'?t|cannot|isn'?t|is not|aren'?t|are not)\s+(?:be\s+)?(?:at|attend\w*|in attendance|there|coming|going|join\w*|make it)\b|^\s*who\b.*\b(?:miss(?:es|ing)?|absent|skip\w*)\b/i;
/** A sentence that says someone will not be there: "Ana is unable to attend", "Ben can't make it". */
const ABSENCE =
  /\b(?:will not|won't|cannot|can't|unable to|not be able to|will be unable to)\s+(?:be\s+)?(?:in attendance|attend\w*|there|present|join\w*|make it|participate)\b|\bwill (?:be\s+)?(?:absent|out of town|away)\b|\bregrets?\b/i;
/** The share of the question's words that a sentence saying someone will not attend stands for. */
const ABSENCE_OWN = 0.25;
/** An automatic reply ("I am out of the office until …") speaks for no decision of its writer. */
const AUTO_REPLY = /\bout of (?:the )?office\b|\bauto(?:matic)?[- ]?(?:reply|response)\b/i;

/**
 * A sentence put to its reader: "will you be ready …", "Have you had the surgery yet?", "suggest
 * your team meets …", "Please send the deck".
 */
const TO_READER = /\byou(?:'ll|'re|'ve|'d|’ll|’re|’ve|’d|rs?|rself)?\b|^\s*please\b/i;

/** "Who asked me …", "Who wants to … with me": the one asking is the writer of what is put to the asker. */
const WHO_OF_ME = /^\s*who\b.*\b(?:me|my)\b/i;
/**
 * "Who asked me whether …", "Who wanted to know from me …": a question a mail puts ("Is the boat
 * show in Norvik still on?") is its writer's, though it names neither them nor the reader.
 */
const WHO_ASKED_ME =
  /^\s*who\s+(?:(?:has|had)\s+)?(?:ask(?:s|ed)?|wants? to know|wanted to know|wonder(?:s|ed)?|(?:en|in)quired?)\b[^?]*\bme\b/i;

/** A proposal put as a question ("How about Lisbon?", "Why not meet Friday?") does answer. */
const SUGGESTION = /^\s*(?:how about|what about|why not|shall we|let's)\b/i;

/** Words that name a kind of place: a question's "which room" still wants the room's name. */
const PLACE_WORDS = new Set(
  analyze(
    'room rooms conference floor suite building bldg hotel hall center centre office location address venue place city street tower campus',
  ),
);

/** A name after a title or an honorific: "Dr. Ana Ruiz", "Prof. Ben Ode", "DI Ana Ruiz", "Frau Ana Ruiz". */
export const TITLED_NAME =
  /(?:^|[\s,(])(?:Dr|Prof|Mr|Mrs|Ms|Mag|Ing|DI|Dipl\.-Ing|Herr|Frau|Sr|Sra|Mme)\.?\s+\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+/u;

/** A name marked as one by a title or an honorific, in English or in Chinese and Japanese. */
export const titledName = (text: string) => TITLED_NAME.test(text) || titledCjkName(text);

/** A question on who took part in something: "who took part in", "who attended", "who participated". */
const PART_ASKED = /\b(?:took|take|takes|taking) part\b|\bparticipat\w*|\battend(?:s|ed|ing)?\b/i;
/** A line that lists who took part: "Participants: …", "Attendees - …", "Present: …". */
const PARTICIPANTS_LABEL = /^\s*(?:participants?|attendees?|present|in attendance)\s*[:\-–]/i;

/** A question about what or whom someone suggests, proposes or recommends. */
const ASKS_SUGGESTION = /\b(?:suggest|propos|recommend|advis)\w*/i;
/**
 * "Who wants the Lynx team moved to Oslo?", "Who proposed …": a wish or a proposal asked, which
 * a mail's writer states without naming themselves ("Two changes: Lynx team to Oslo and Riga.").
 * Not "who requested …": a request passed on ("Please attend … This meeting is requested by
 * Ana.") is its writer's message, not their wish.
 */
const WISH_ASKED =
  /^\s*who\b[^?]*?\b(?:wants?|wanted|would like|suggest(?:s|ed)?|propos(?:es|ed)|recommend(?:s|ed)?)\b/i;
/**
 * The text writes a name of the kind asked: a hyphenated name whose last part is the kind
 * ("kiba-dock" for docks, "gnome-terminal" for terminals); not the kind said as a word
 * ("some wonky editor") nor a name that only starts with it ("dictionary-file").
 */
function namesOfKind(text: string, kindTerm: string): boolean {
  return text
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .some((token) => {
      const parts = token.split('-');
      return (
        parts.length > 1 && parts[0] !== '' && foldedTerms(parts[parts.length - 1] ?? '')[0] === kindTerm
      );
    });
}

/** "Which docks / tools / editors …": a question that asks which one of a kind. */
const WHICH_KIND = /^\s*which\s+([a-z][\w-]{2,})\b/i;
/** A proposal put as a yes-no question: "Should we get Ana or Ben to finish this?" */
const PROPOSING =
  /^\s*(?:should|shall|could|can) (?:we|i)\b|^\s*why (?:don't|do not) (?:we|you|i)\b|^\s*would it (?:be|make sense)\b/i;
/**
 * Advice given as what the other could do: "But you could use the pack tool", "I'd try
 * safe mode", "Try the rescue disk", "better to use a plain loop", "best to just ask upstream".
 */
const ADVISING =
  /\byou (?:could|can|should|might|may)(?: (?:also|just|still|always))?(?: want to)? (?:use|try|install|run|add|set|put|switch|go|look|check|pass|ask)\b|\bI(?:'d|’d| would) (?:use|try|go with|suggest|recommend)\b|^\s*(?:\w+[:,]\s+)?(?:try|use)\s|^\s*(?:[\w|^`-]+[:,]\s+)?(?:(?:it'?s|it’s|it is|probably|prob|much|way)\s+)?(?:better|best)\s+to\s+(?:just\s+)?[a-z]/i;
/** The sentence proposes or advises something: the suggestion a "what did Ana suggest" asks for. */
export const proposes = (text: string) =>
  PROPOSING.test(text) || SUGGESTION.test(text) || ADVISING.test(text);

/** A byline: the names of who wrote a text, as it opens. */
export const BYLINE =
  /^\s*(?:(?:written|prepared|compiled|drafted)\s+)?by\s+[\p{Lu}][\p{L}.'-]+\s+[\p{Lu}]|^\s*authors?\s*:/iu;

/** A question about who wrote a text. */
export const AUTHOR_ASKED = /\bwho\s+(?:wrote|authored|created|drafted|prepared)\b|\bauthors?\b/i;

/** A question about someone's role towards a person: "Who is Ann's manager?" → "manager". */
const ROLE_ASKED = /^\s*[Ww]ho(?:'s|\s+is|\s+was|\s+are|\s+were)\s+[^?]*?['’]s?\s+(\p{Ll}{3,})\s*\??\s*$/u;

/** Words that tell of a change of plan: a question about one wants the sentence that tells it. */
const CHANGE =
  /\b(?:re-?schedul\w*|mov(?:e|ed|ing)|postpon\w*|push(?:ed)? (?:back|out)|delay\w*|chang\w*|shift\w*|new (?:date|time|place|venue|room)|now)\b/i;

/** Units of time: a count of them is a span, told by other rules than a count of things. */
const TIME_UNITS = /^(?:seconds|minutes|hours|days|weeks|months|years|nights)$/i;

/** A lead-in that names nothing of what it announces: "… to the following:", "… as follows:". */
const POINTS_AHEAD = /\b(?:the following|as follows)\s*[.:]?\s*$/i;
/** The share of the words of the sentence before it that such a lead-in counts as its own. */
const LEAD_BACK_SHARE = 0.5;

/**
 * A sentence that points at a file sent with the mail ("Attached is the revised budget.",
 * "Please find attached the rota."): the thing it names is in the file, not in the sentence.
 */
const POINTS_TO_FILE =
  /^\s*(?:(?:attached|enclosed)\s+(?:is|are)\b|(?:please\s+)?find\s+(?:the\s+)?(?:attached|enclosed)\b|I(?:'ve|’ve|\s+have)\s+(?:attached|enclosed)\b)/i;
/** A question about the file or its sending ("What did Ana send me?", "Who forwarded the rota?"): the pointer answers it. */
const FILE_SENT_ASKED = /\b(?:send|sent|sends|attach\w*|enclos\w*|forward\w*|files?|documents?|review\w*)\b/i;
/** The weight of a pointer to a file that states no figure and goes on with none of the question's words. */
const ONLY_POINTS = 0.5;

/**
 * The weight of a sentence that speaks of another period than the one asked ("this year" for "last
 * year"), or of a sum in another state than the one asked (a sum proposed for one available).
 */
const OTHER_PERIOD = 0.6;

/**
 * The weight of a sentence that names only the other alternative of the thing asked ("the gas
 * curves" for the power curves, see other-alternative): a sentence of the same passage that names
 * the one asked tells it, though it shares fewer of the question's words.
 */
const OTHER_ALTERNATIVE = 0.5;

/** Scores every sentence of the passages against the question. */
export function rankSentences(
  question: string,
  hits: readonly SearchHit[],
  type: AnswerType | undefined = expectedAnswerType(question),
  person?: string,
  /** Whether the asker wrote a passage: the writer of their own mail is never the one a "who" asks for. */
  askerWrote?: (hit: SearchHit) => boolean,
): Candidate[] {
  const askedBounds = boundsOf(question);
  const asksAboutAsking = /\b(?:ask(?:s|ed|ing)?|question(?:s|ed)?|wonder(?:s|ed)?)\b/i.test(question);
  // "How did ana get the key working?", "Why can't ana connect?": how a problem was solved or why
  // it arose, which the line that put the problem to the channel never tells.
  const solutionAsked = asksSolution(question);
  // "Who asked me …?": a sentence put to the asker in a mail is its writer's ("Have you had …?").
  const ofMe = type === 'person' && WHO_OF_ME.test(question);
  const askedOfMe = type === 'person' && WHO_ASKED_ME.test(question);
  // "Who wants …": the writer of a mail sentence that states the wish and names no one else.
  const wishAsked = type === 'person' && WISH_ASKED.test(question);
  // "Who does Ana suggest …?": her "Should we get Ben to do it?" is the suggestion.
  const asksSuggestion = ASKS_SUGGESTION.test(question);
  // "Which --target flag …": the line that writes that option gives its value.
  const option = /(?:^|\s)(--?[a-z][\w-]+)\b/i.exec(question)?.[1];
  const personWords = person ? new Set(analyze(person).map(nickBase)) : undefined;
  const spokenBy = (speaker: string) => analyze(speaker).some((word) => personWords?.has(nickBase(word)));
  const wanted = [...new Set(questionTerms(question, type).map(fold))];
  const wantedSet = new Set(wanted);
  const asked = new Set(foldedTerms(question));
  // "What fix did anyone suggest for ana_r?", "What did bo tell ana_r to run?": the one the
  // question names as helped; their own lines put the problem to the channel and answer nothing.
  const advised = new Set(foldedTerms([...question.matchAll(ADVISED)].map((match) => match[1]).join(' ')));
  const linkAsked = LINK_ASKED.test(question);
  const fileSentAsked = FILE_SENT_ASKED.test(question);
  const changeAsked = CHANGE_ASKED.test(question);
  // "Where is the config file?" is answered by a path; "Where do the numbers start?" is not.
  const pathAsked = PATH_ASKED.test(question);
  // "Where can ana read the setup steps?": a web address is the place asked.
  const webPlaceAsked = type === 'place' && asksWebPlace(question);
  // The names the question asks the place of ("the Executive Committee Meeting"), not the
  // kind of place it asks for ("which Conference Room").
  const namedNotPlace = new Set([...namedTerms(question)].map(fold).filter((term) => !PLACE_WORDS.has(term)));
  const verb = askedVerb(question);
  const head = askedHead(question);
  // "How many people are confirmed": "we have 29 confirmed" names them by the verb.
  const countedBy = type === 'amount' ? countingVerb(question) : undefined;
  // "何点満点で採点しますか": the figure written with the counter and the words after it ("５０点満点").
  const counter = type === 'amount' ? countedByCounter(question) : undefined;
  const countedUnits = type === 'amount' ? countedHead(question) : undefined;
  const headTerm = head ? foldedTerms(head)[0] : undefined;
  // "When is the call rescheduled to?": the sentence that tells of the change, not the old plan.
  const asksChange =
    /\b(?:re-?schedul\w*|moved|postponed|pushed (?:back|out)|delayed|changed|shifted)\b/i.test(question);
  const money = moneyAsked(question);
  const relativeDeadline = type === 'date' && deadlineAsked(question);
  // "When did the board agree on …?" of talk: the day a line was said is the date it carries.
  const agreedAsked = type === 'date' && agreedDateAsked(question);
  // "What time is …": a day without a clock time is not the time asked.
  const clockAsked = asksClockTime(question);
  // "What time does … end?": a start time alone ("at 4:00PM") is not the end asked. ("When
  // does … end?" may be answered by a day.)
  const endAsked = asksEndTime(question);
  // "How much did Ana get?": a figure paid, not one offered in a range or a proposal beside it.
  const realized = asksRealized(question) && (type === 'amount' || money !== undefined);
  // "Who wrote the design document?": its byline ("By Ana Ruiz, Ben Ode") says.
  const asksAuthor = AUTHOR_ASKED.test(question);
  // "Who won't be at the review?": the sentence that says someone will not attend.
  const absenceAsked = ABSENCE_ASKED.test(question);
  const conditionAsked = asksCondition(question);
  const meansAsked = asksMeans(question);
  // "How did bo tell ana to see which disks there are?": the way told is a command to run.
  const commandWayAsked = WAY_TOLD.test(question);
  // "Who is Ann's manager?": the role asked is named in the sentence or beside it.
  const role = ROLE_ASKED.exec(question)?.[1];
  const roleTerm = role ? foldedTerms(role)[0] : undefined;
  const pool = hits.flatMap((hit, rank) => sentencesOf(hit, rank, type));
  // Dates the question writes in figures ("11/6/2001"), to find the line that writes the same.
  const floorAsked = measureAsked(question) === 'floor' || measureAsked(question) === 'room';
  const writtenDates = question.match(/(?<![\d/])\d{1,2}\/\d{1,2}\/\d{2,4}(?![\d/])/g) ?? [];
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
  const replyTo = repliesTakeTheirQuestion(pool, termsOf);
  const whAsked = WH_ASKED.test(question);
  const askerQuestion = answersTakeTheAskersQuestion(pool, termsOf, whAsked);
  // A speaker's line going on with their reply to the same one answers that reply's question too.
  const followed = followUps(pool, new Map([...askerQuestion, ...replyTo]), speakersOf(pool));
  for (const [i, asked] of followed) for (const term of foldedTerms(asked)) termsOf[i]?.add(term);
  // The chat turns that ask something, and the line that leads into its speaker's own "how do I
  // …?" on the next line: what their speaker says around the question is the problem put to the
  // channel, which an answer to it tells better ("… the spooler starts on boot, is that right?" against
  // "the spooler starts only when asked").
  const askingTurns = new Set([
    ...pool.filter((unit) => unit.speaker && asksQuestion(unit.text)).map((unit) => turnKey(unit)),
    ...leadsIntoOwnQuestion(pool),
  ]);
  // "What did Ana suggest …": a proposal ("How about Lisbon?") says her verb though it lacks the word.
  const suggestVerb = foldedTerms(ASKS_SUGGESTION.exec(question)?.[0] ?? '')[0];
  // "Which docks did bo suggest?": a chat line of bo's that writes a name of the kind asked
  // ("theres kooldock kiba-dock") is his suggestion, though it says no verb of suggesting.
  const suggestsKind = new Set<number>();
  const kindTerm = foldedTerms(WHICH_KIND.exec(question)?.[1] ?? '')[0];
  if (suggestVerb && kindTerm !== undefined && personWords)
    pool.forEach((sentence, i) => {
      if (
        sentence.speaker &&
        spokenBy(sentence.speaker) &&
        namesOfKind(sentence.text, kindTerm) &&
        !asksQuestion(sentence.text)
      )
        suggestsKind.add(i);
    });
  if (suggestVerb)
    pool.forEach((sentence, i) => {
      if (proposes(sentence.text) || suggestsKind.has(i)) termsOf[i]?.add(suggestVerb);
    });
  // "Who took part in / attended …": minutes' "Participants: …" or "Attendees: …" line says it.
  const partAsked = PART_ASKED.exec(question)?.[0];
  if (partAsked)
    pool.forEach((sentence, i) => {
      if (PARTICIPANTS_LABEL.test(sentence.text))
        for (const term of foldedTerms(partAsked)) termsOf[i]?.add(term);
    });
  // The kinds each passage labels its phone numbers with ("Direct Dial: …", "Fax: …").
  const phoneLabels = new Map<SearchHit, PhoneKind[]>();
  if (type === 'phone' && askedPhoneKinds(question).length > 0)
    for (const sentence of pool)
      if (carriesType(sentence.text, 'phone'))
        phoneLabels.set(sentence.hit, [
          ...(phoneLabels.get(sentence.hit) ?? []),
          ...phoneLabel(sentence.text),
          // A signature's "(207) 555-0164 Fax": its label after the number.
          ...labelAfterNumber(sentence.text),
          // "phone 555-0100, fax 555-0101": the labels of its other numbers.
          ...labelsBetweenNumbers(sentence.text),
        ]);
  // A word the question hyphenates that a line writes closed up ("auto-advance", "autoadvance")
  // carries its parts; so do two words it writes apart ("data base", "database").
  const compounds = closedCompounds(question);
  const apartPairs = spacedCompounds(question);
  if (compounds.length > 0 || apartPairs.length > 0)
    pool.forEach((sentence, i) => {
      // Not inside a web address ("ritzcarlton.com" names the site, not the hotel asked about).
      const text = sentence.text.replace(LINK, ' ');
      if (compounds.length > 0) {
        const words = new Set(foldedTerms(text));
        for (const [closed, parts] of compounds)
          if (words.has(closed)) for (const part of parts) termsOf[i]?.add(part);
      }
      // Two words apart only as a plain word in lower case: "pageLayout" is a name in code.
      if (apartPairs.length > 0) {
        const plain = plainWordTerms(text);
        for (const [closed, parts] of apartPairs)
          if (plain.has(closed)) for (const part of parts) termsOf[i]?.add(part);
      }
    });
  // A run of the question's words a line writes by its initials ("a YTM of 3.9%" for the yield
  // to maturity): the line carries those words.
  pool.forEach((sentence, i) => {
    for (const run of spelledRuns(question, sentence.text))
      for (const term of foldedTerms(run.join(' '))) termsOf[i]?.add(term);
  });
  // A word of the question that a passage in another language writes in its own ("Elektronik",
  // "Кестровецкого" for "Kestrovets"): the line carries it.
  addTranslatedTerms(question, wantedSet, pool, termsOf);
  // A name the question writes closed up at its capitals ("QuillDesk") that a chat line writes
  // spaced ("Quill Desk"): the line carries it.
  const spaced = spacedNames(question);
  if (spaced.length > 0)
    pool.forEach((sentence, i) => {
      if (!sentence.speaker) return;
      for (const { closed, apart } of spaced)
        if (apart.test(sentence.text)) for (const term of foldedTerms(closed)) termsOf[i]?.add(term);
    });
  const named = namedTerms(question);
  const namesAsked = wanted.filter((term) => named.has(term));
  // A name the passage misspells ("Marrow Pumping Staton" for Station) still names it.
  addSpeltNames(termsOf, sourceMisspellings(namesAsked, termsOf));
  // So does a passage that slips a letter of it ("Ada Holbrok"), though another spells it right.
  if (namesAsked.length > 0)
    for (const hit of hits) {
      const own = termsOf.filter((_, i) => pool[i]?.hit === hit);
      addSpeltNames(own, passageMisspellings(namesAsked, own));
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
  // A person asked in full whose address is all the mail gives of them ("kmarlow@…" for Kira
  // Marlow): the mail names them.
  const addressed = (hit: SearchHit) =>
    fullNames(question).filter((name) =>
      hit.people.some((ref) => ref.role === 'from' && addressOfName(ref.address ?? '', name)),
    );
  for (const hit of hits)
    hitTerms.set(hit, new Set(foldedTerms(`${hit.title} ${peopleOf(hit)} ${addressed(hit).join(' ')}`)));
  const bulk = new Map(hits.map((hit) => [hit, hit.type === 'email' && isBulk(hit.text)]));
  const passageTerms = new Map<SearchHit, Set<string>>();
  // A bare forward names the writers of the messages it carries in its data, not in its text
  // ("Time: 8:00 PM" of a party invitation forwarded without its header): the passage names them,
  // though no sentence of it stands nearer to them than another. So does a reply the writers of
  // the history it quotes, in the headers of that history ("From: Holm, Nadia Sent: …").
  for (const hit of hits)
    passageTerms.set(
      hit,
      new Set([...(hitTerms.get(hit) ?? []), ...foldedTerms(forwardedSenders(hit).join(' '))]),
    );
  pool.forEach((sentence, i) => {
    const set = passageTerms.get(sentence.hit) ?? new Set(hitTerms.get(sentence.hit));
    for (const term of termsOf[i] ?? []) set.add(term);
    passageTerms.set(sentence.hit, set);
  });
  // A passage that carries none of the names the question asks about does not answer it. A
  // chat nick is a name however it is written ("which version is kit42 on?").
  const nicks = new Set(pool.flatMap((sentence) => (sentence.speaker ? foldedTerms(sentence.speaker) : [])));
  const speakerNicks = new Set(
    pool.flatMap((sentence) => (sentence.speaker ? [sentence.speaker.toLowerCase()] : [])),
  );
  const askedNames = wanted.filter((term) => named.has(term) || nicks.has(term));
  // "What did bo tell ana to run?": the ones told, when they speak in the log; only a line
  // addressed to them was said to them.
  const speakerBases = new Set([...speakerNicks].map(nickBase));
  const told = toldInQuestion(question).filter((word) => speakerBases.has(nickBase(word)));
  // "Where should everyone add specs?": a link or a path a line gives is the place.
  const putAsked = asksWhereToPut(question);
  // "Which file did bo tell ana to edit?": a line that names a file by its path or its name.
  const fileAsked = FILE_ASKED.test(question);
  // "Which hotkey opens the console, per bo?": a line that writes keys pressed together.
  const keysAsked = asksKeys(question);
  // Nor one that lacks the last word of a name asked in full ("John Doe" in a passage on a John).
  const ends = [...nameEnds(question)].map(fold).filter((term) => wantedSet.has(term));
  // A name with a number joined on is that name's kind or version ("fat16" names FAT, "qt5" Qt).
  const numbered = new Map(
    [...passageTerms].map(([hit, terms]) => [hit, new Set([...terms].map(withoutJoinedNumber))]),
  );
  const namesTerm = (hit: SearchHit, term: string) =>
    (passageTerms.get(hit)?.has(term) ?? false) || (numbered.get(hit)?.has(term) ?? false);
  const namesPassage = (hit: SearchHit) =>
    askedNames.length === 0 ||
    (askedNames.some((term) => namesTerm(hit, term)) &&
      ends.every((term) => namesTerm(hit, term)) &&
      // "Corvin Outdoor Theatre" does not name Ada Corvin.
      !(ends.length > 0 && nameEndOnlyInPlaceName(question, `${hit.title}\n${hit.text}`)));
  // Nor one that lacks a noun the question is about ("fees" in "When are my parking fees
  // due?"), however many of its other words it shares: the thing asked for is not required
  // ("the balance" in "What is the balance?"), nor a word that only names the answer's kind.
  // Only for a question that names nothing: a name it shares is better support than any noun,
  // and the noun is often put another way beside it ("the Lisbon stay" in a booking).
  const notAbout = [head, askedNoun(question), ...(type ? (TYPE_WORDS[type] ?? []) : [])];
  // So is a chat nick the question names as the one who said or was told something, when it
  // speaks in the passages ("what did jrib tell ana_r …"), however it is written.
  const nickNamed = speaksHere([...(person?.split(/\s+/) ?? []), ...told], speakerNicks);
  const about =
    named.size > 0 || nickNamed
      ? []
      : topicHeads(question, new Set(notAbout.flatMap((word) => (word ? foldedTerms(word) : [])))).map(fold);
  // A passage that carries only part of a name asked in full ("Planning" of "Budget
  // Planning") may be about another thing of that name: it gives way to one that carries all.
  const fullNamesAsked = fullNameWords(question).map((words) => words.map(fold));
  const senderTerms = new Map(hits.map((hit) => [hit, foldedTerms(peopleOf(hit))]));
  // The sender's name with a short form of one word ("Rob Quennell" for a mail from Robert
  // Quennell): the other words as they are, that one by its first three letters.
  const sentByName = (hit: SearchHit, words: readonly string[]) => {
    const sender = senderTerms.get(hit) ?? [];
    return (
      words.every(
        (term) => sender.includes(term) || sender.some((word) => word.slice(0, 3) === term.slice(0, 3)),
      ) && words.filter((term) => !sender.includes(term)).length <= 1
    );
  };
  const partNamed = (hit: SearchHit) =>
    fullNamesAsked.some(
      (words) => !words.every((term) => passageTerms.get(hit)?.has(term)) && !sentByName(hit, words),
    )
      ? PART_NAME
      : 1;
  const aboutPassage = (hit: SearchHit) => about.every((term) => passageTerms.get(hit)?.has(term));
  const share = (has: (term: string) => boolean) =>
    wanted.reduce((sum, term) => sum + (has(term) ? idf(term) : 0), 0) / total;
  const questionNames = new Set([...namedTerms(question)].map(fold));
  // "How many members is the club mailing …?": the words of the act counted, besides the thing
  // counted and the names; a span of time counted ("how many days") is left to the other rules.
  const countedTerm = countedUnits !== undefined ? foldedTerms(countedUnits)[0] : undefined;
  const countAct =
    countedUnits !== undefined && !TIME_UNITS.test(countedUnits)
      ? wanted.filter((term) => term !== countedTerm && !questionNames.has(term))
      : [];
  // A person the passages know, or a name's shape; not any capitalised word (see namesSomeone).
  // "Which company …" asks a body, which a capitalised word names ("The Harlow Companies").
  const known = type === 'person' ? knownNames(hits) : new Set<string>();
  const bodyAsked = /\bwhich (?:company|firm|vendor|client)\b/i.test(question);
  const carriesPerson = (text: string, hit: SearchHit) =>
    carriesType(text, 'person') &&
    (bodyAsked || titledName(text) || namesSomeone(text, { passage: hit.text, question, known }));
  // "Storage refund: the method is agreed. Payment is due by May 3.": the label's words are the
  // second sentence's too.
  const itemLabels = itemLabelTerms(pool);
  return pool.map((sentence, i) => {
    const written = termsOf[i] ?? new Set<string>();
    // "Who is Ana's mentor?": Ana's own "my mentor (…)" names her.
    const possessed =
      type === 'person' && sentence.hit.type === 'email' && !sentence.speaker
        ? writerPossessive(
            question,
            sentence.text,
            quoteAuthor(sentence.text, sentence.hit) ?? senderName(sentence.hit),
          ).map(fold)
        : [];
    const terms = possessed.length > 0 ? new Set([...written, ...possessed]) : written;
    // Words of the sentences around it (same passage) and of its title: "His number is …"
    // answers a question about the Gordon named two sentences before.
    const near = new Set<string>(hitTerms.get(sentence.hit));
    for (let j = i - 2; j <= i + 2; j++)
      if (pool[j]?.hit === sentence.hit) for (const term of termsOf[j] ?? []) near.add(term);
    // A number in a sentence that opens on "his", "her" or "their" is of someone named further up
    // the same text ("I am working with Ana Ruiz at … . I sent him the plans. Can you call him?
    // His contact information is: …"): the sentences before it, a few more, are near it too.
    if (type === 'phone' && POINTS_BACK_AT_PERSON.test(sentence.text))
      for (let j = i - 2 - POINT_BACK_REACH; j < i - 2; j++)
        if (pool[j]?.hit === sentence.hit && pool[j]?.role === sentence.role)
          for (const term of termsOf[j] ?? []) near.add(term);
    // A number at the foot of a signature block is the number of the name that heads it.
    if (type === 'phone')
      for (const j of signatureHead(pool, i)) for (const term of termsOf[j] ?? []) near.add(term);
    // "What is Ana's fax?": a number in the signature of another person named above it (the
    // writer who mentions Ana) is that person's, not hers.
    const othersNumber =
      type === 'phone' &&
      questionNames.size > 0 &&
      ![...questionNames].some((term) => terms.has(term)) &&
      signedByOther(pool, termsOf, i, questionNames, writerTerms(sentence.hit));
    // A sentence that says someone will not be there says what "who won't be at …" asks, in
    // other words ("Ben cannot join us"): that counts as a share of the question's own.
    const ownOf = (held: ReadonlySet<string>) =>
      wanted.reduce((sum, term) => sum + (held.has(term) ? rarity(term) : 0), 0) / plainTotal;
    // A lead-in that points ahead ("Please mail a login to the following:") is about what the
    // sentence right before it says ("I must give read-only logins to two newsletters."): those
    // words count as its own.
    const before = pool[i - 1];
    const leadBack =
      sentence.lead !== undefined &&
      POINTS_AHEAD.test(sentence.lead) &&
      before?.hit === sentence.hit &&
      before.role === sentence.role &&
      !before.speaker
        ? LEAD_BACK_SHARE * ownOf(termsOf[i - 1] ?? new Set())
        : 0;
    const itemLabel = itemLabels[i];
    const ownSelf = ownOf(itemLabel ? new Set([...terms, ...itemLabel]) : terms);
    // "What impact did the update have?" is not answered by "Attached is the updated impact
    // …: Sorry for the last mail.": the pointer names the thing asked and gives nothing of it.
    const onlyPoints =
      !fileSentAsked &&
      sentence.role !== 'boilerplate' &&
      POINTS_TO_FILE.test(sentence.lead ?? sentence.text) &&
      !/\d/.test(sentence.text) &&
      !foldedTerms(sentence.lead ? sentence.text.slice(sentence.lead.length) : '').some((term) =>
        wantedSet.has(term),
      );
    // A row of a mail keyed by a term the question writes whole ("Mar 05 - Nov 07 : R$58/MWh" for
    // "… for Mar 05 to Nov 07"): its key says what the question asks, though few of its other words stand in it.
    const keyed = sentence.hit.type === 'email' && termKeyedRow(question, sentence.text) ? 1 : 0;
    const own =
      Math.max(ownSelf, leadBack, keyed) + (absenceAsked && ABSENCE.test(sentence.text) ? ABSENCE_OWN : 0);
    const nearby = share((term) => near.has(term));
    const passage = share((term) => passageTerms.get(sentence.hit)?.has(term) ?? false);
    const relevance = 0.45 * own + 0.35 * nearby + 0.2 * passage;
    const carries =
      type !== undefined &&
      (type === 'code'
        ? carriesType(withoutAsked(withoutNicks(sentence, speakerNicks), asked), type) ||
          labelledCode(sentence.text) ||
          // The program may be the question's word: "mount -a" for "which command mounts …".
          commandWithOption(withoutNicks(sentence, speakerNicks)) ||
          // A command named by the verb that runs it: 'type "dmesg"', "you run: gksudo foo".
          (sentence.speaker !== undefined && namesCommand(sentence.text))
        : // "Who did Ana meet?": a person other than the ones the question names.
          type === 'person'
          ? carriesPerson(withoutAsked(sentence.text, asked, questionNames), sentence.hit) ||
            // A body in capitals as the doer of the verb asked ("the PRB has granted …").
            acronymActs(question, sentence.text) ||
            // "Marisol was worried that …" for "Who was worried that …?".
            statesAskedDoer(sentence.text, question)
          : // "Where is the Board Meeting?": not "in the Board", a place other than the thing asked.
            type === 'place'
            ? (carriesType(withoutAsked(sentence.text, namedNotPlace), type) &&
                (pathAsked ||
                  !sentence.speaker ||
                  carriesType(sentence.text.replace(FILE_PATH, ' '), type))) ||
              (putAsked && sentence.speaker !== undefined && givesLocation(sentence.text)) ||
              (webPlaceAsked && givesWebAddress(sentence.text))
            : type === 'year'
              ? // "In what year, after 2010, …?": a year other than the ones the question names.
                carriesType(withoutNamedYears(question, sentence.text), type)
              : // "How long before … had ticket 5120 been opened?": a figure other than the ones the question
                // names; "5.) Rick, …": the number of a list item is no amount.
                carriesType(
                  type === 'amount' || type === 'rate'
                    ? withoutNamedFigures(question, withoutItemMark(sentence.text))
                    : // "When …, after the March 9 gala?": a day other than the ones the question names.
                      // "… move tomorrow's 10 AM meeting to?": not the slot it was moved from.
                      type === 'date'
                      ? withoutOldSlot(question, withoutNamedDays(question, sentence.text))
                      : sentence.text,
                  type,
                ) ||
                // "How many … units": a number in words before the units counted.
                (countedUnits !== undefined && countsHead(sentence.text, countedUnits)) ||
                // "By when must the fee be paid?": "10 working days before the course".
                (relativeDeadline && statesRelativeDeadline(sentence.text)) ||
                // "When will the rota be out?": "by the end of the month", "an hour after the minutes".
                (type === 'date' && statesRelativeTime(sentence.text)) ||
                (agreedAsked && sentence.speaker !== undefined && spokenWithDay(sentence.hit))) &&
      (type !== 'phone' ||
        phoneKindFits(question, sentence.text, phoneLabels.get(sentence.hit)) ||
        // "ph: 555-0107  fax 555-0101": one of several labelled numbers is the kind asked.
        numberOfKindAsked(question, sentence.text)) &&
      (type !== 'place' || venueKindFits(question, sentence.text)) &&
      (type !== 'code' || codeKindFits(question, sentence.text)) &&
      (type !== 'date' || !clockAsked || carriesClockTime(sentence.text)) &&
      (type !== 'date' || !clockAsked || !endAsked || carriesEndTime(sentence.text)) &&
      (money === undefined || carriesMoney(withoutNonMoneyFigures(sentence.text, money, question), money)) &&
      !taxUnstated(question, sentence.text) &&
      !statesOtherMeasure(question, sentence.text) &&
      // "Which floor …?" (a place asked): a sentence that gives no floor carries no value of the
      // kind asked, though it names a place ("the tower across from Vell Plaza").
      !(floorAsked && measureMissing(question, sentence.text));
    // "… last year?": a sentence that names this year, and not the last, tells of another period.
    const otherPeriod = statesOtherPeriod(question, sentence.text);
    // "How much is available …?": a figure its sentence does not say is available is a sum in another state.
    const otherState = (type === 'amount' || type === 'rate') && sumStateMissing(question, sentence.text);
    // The value belongs to the thing asked: not another product's version, not a figure offered.
    const bound =
      (type !== 'version' ||
        versionBound(`${(replyTo.get(i) ?? '').replace(/[?.!\s]+$/, '')} ${sentence.text}`, wantedSet)) &&
      (!realized || (!plannedNear(pool, i) && !statesThreshold(sentence.text))) &&
      // "How much does it cost?" is not "… will cut the cost by $115,500": that is a change.
      ((type !== 'amount' && type !== 'rate') || changeAsked || !onlyChange(sentence.text)) &&
      // "How much did Ivo pay …": not "… $4 million of value to Ivo's book" (a sum held, not paid).
      (type !== 'amount' || !sumHeldNotPaid(question, sentence.text)) &&
      // "What share does Tidewater own?": not the figure right after another party's name.
      ((type !== 'amount' && type !== 'rate') || named.size === 0 || !figureOfOther(sentence.text, asked)) &&
      // "the Dec futures": not the figure of the Jan futures.
      !statesOtherMonth(question, sentence.text) &&
      // "on 11/6/2001": not the line that writes another day that way ("11/7/2001 6034").
      !writesOtherDate(sentence.text, writtenDates) &&
      // "How much was raised last year?": not the sum asked of this year.
      !otherPeriod;
    // "Who will call the agency?" answered by "I will call them." in a mail: its writer, when
    // the sentence names no one else and the writer is not someone the question names ("who
    // did Ana think …" wants another person than Ana). Not the asker, in their own mail: "Who
    // built the duplexes?" is not answered by "I saw duplexes for sale" in a mail the asker sent.
    const writerName =
      type === 'person' &&
      !carries &&
      sentence.role === 'body' &&
      sentence.hit.type === 'email' &&
      !sentence.speaker &&
      (FIRST_PERSON.test(sentence.text) ||
        (FIRST_PERSON_ABLE.test(sentence.text) &&
          !AUTO_REPLY.test(`${sentence.hit.title}\n${sentence.hit.text}`)) ||
        (ofMe && TO_READER.test(sentence.text)) ||
        (askedOfMe && asksQuestion(sentence.text)) ||
        wishAsked) &&
      !askerWrote?.(sentence.hit)
        ? // In a message a mail forwards or quotes, "I" is that message's writer, not the forwarder.
          (quoteAuthor(sentence.text, sentence.hit) ?? senderName(sentence.hit))
        : undefined;
    const writer =
      writerName && !foldedTerms(writerName).some((term) => questionNames.has(term)) ? writerName : undefined;
    const typed =
      (carries && bound) ||
      // A chat line's speaker answers "who", unless a bot speaks: it is no person (bot-nick.ts).
      (type === 'person' &&
        ((sentence.speaker !== undefined && !isBotNick(sentence.speaker)) || writer !== undefined));
    const unbound = carries && !bound;
    // A chat line matched only by its speaker's name says nothing on the question's topic; nor
    // does one matched only by words inside a link it posts, or whose value asked for is only
    // that link (an issue address for "which flag"), unless a link is what is asked.
    const spoken = linkAsked ? sentence.text : sentence.text.replace(LINK, ' ');
    const ownWords = sentence.speaker ? new Set(foldedTerms(spoken)) : terms;
    // A reply to a question put to its speaker, or to one its addressee asked, is on the topic
    // of that question ("ana: what client do you use?", then Ana's "bo: irssi"); not a bare
    // "yes" or "not yet" to a "which" question, nor a line of a talk with the one a question
    // names as told (judged by its own words, see saidToTold).
    const answered = replyTo.get(i) ?? askerQuestion.get(i);
    const onTopic =
      !sentence.speaker ||
      wanted.some((term) => ownWords.has(term)) ||
      (keysAsked && namesKeyChord(spoken)) ||
      (answered !== undefined &&
        told.length === 0 &&
        !(whAsked && YES_NO_REPLY.test(sentence.text)) &&
        foldedTerms(answered).some((term) => wantedSet.has(term))) ||
      (typed &&
        type !== undefined &&
        REQUIRED_TYPES.has(type) &&
        (spoken === sentence.text ||
          carriesType(spoken, type) ||
          (webPlaceAsked && givesWebAddress(spoken))) &&
        // A file path is a place only to a line on the question's topic: chat lines are full
        // of them ("sudo gedit /etc/apt/sources.list" is no answer to "where do … start?").
        (type !== 'place' ||
          pathAsked ||
          carriesType(spoken.replace(FILE_PATH, ' '), type) ||
          (webPlaceAsked && givesWebAddress(spoken))));
    // Words put in a named person's mouth: in a passage where they speak, only their own lines;
    // and to the one the question names as told, only lines said to them (see saidToTold).
    const bySomeoneElse =
      (personWords && sentence.speaker && speaks.has(sentence.hit) && !spokenBy(sentence.speaker)) ||
      (sentence.speaker && told.length > 0 && !saidToTold(pool, i, speakerNicks, told)) ||
      // "Which link did bo give ana?": a chat line without a web address gives none.
      (sentence.speaker && LINK_WORD_ASKED.test(question) && sentence.text.search(LINK) < 0)
        ? 0
        : 1;
    // A question in the passage asks; it does not answer, unless the question is who asked
    // or it carries the very thing asked for ("Can you call me at 555-0100?"). One that asks
    // whether something holds of someone else ("Does she work in Oslo.", its mark often left
    // out in mail) only guesses the thing it names; one that asks for it ("When is the closing
    // date.") gives none.
    const whether = WHETHER.test(sentence.text);
    const asks =
      (asksQuestion(sentence.text) || whether || UNMARKED_QUESTION.test(sentence.text)) &&
      !SUGGESTION.test(sentence.text) &&
      !(asksSuggestion && PROPOSING.test(sentence.text)) &&
      // "ana: evolution?" offers a thing to the one it addresses; it asks nothing of them.
      !(asksSuggestion && sentence.speaker && offersBareThing(sentence.text, speakerNicks)) &&
      !asksAboutAsking &&
      !(!whether && typed && type !== undefined && REQUIRED_TYPES.has(type)) &&
      // "Marisol was worried that … ?" for "Who was worried that …?": it states who.
      !(type === 'person' && statesAskedDoer(sentence.text, question))
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
    // A reply to a question put to its speaker ("1.31") is short by nature, not empty.
    // A line that only posts a link to someone ("ana: http://…") says nothing by itself.
    // So does a document's line that is only a web address ("http://example.org"), unless a place on
    // the web is asked.
    const short =
      (sentence.text.length < 6 && !replyTo.has(i)) ||
      (!linkAsked && onlyLink(sentence)) ||
      (!linkAsked && !webPlaceAsked && !sentence.speaker && bareLink(sentence.text));
    const tooShort = short || !novel ? 0.4 : sentence.announces ? 0.5 : 1;
    const carriesVerb =
      (verb !== undefined && wanted.includes(verb) && terms.has(verb) ? 1.3 : 1) *
      (asksChange && CHANGE.test(sentence.text) ? 1.3 : 1) *
      // The sentence that names what is asked ("his ultimate target for Brightwick is …"), not
      // only the topic ("I spoke to Ben about Brightwick").
      (headTerm !== undefined &&
      headTerm !== verb &&
      (terms.has(headTerm) || (countedBy?.test(sentence.text) ?? false))
        ? 1.3
        : 1) *
      (asksAuthor && BYLINE.test(sentence.text) ? 1.5 : 1) *
      (absenceAsked && ABSENCE.test(sentence.text) ? 1.5 : 1) *
      // "When are the tables used?": the sentence that states when, by a clause, not a date.
      (conditionAsked && statesCondition(sentence.text) ? 1.3 : 1) *
      // "How will they fix the leak?": the sentence that says by what means ("… by swapping the seal").
      (meansAsked && statesMeans(sentence.text) ? 1.3 : 1) *
      // "How many members is the club mailing …?": the sentence that writes a number before the
      // members ("mail our 16 members"), not one whose figure counts another thing ("… 40 ways to
      // save"), nor a count of them by another act than the one asked.
      (countedUnits !== undefined &&
      countAct.some((term) => terms.has(term)) &&
      countsHead(sentence.text, countedUnits)
        ? 1.3
        : 1) *
      // "By when must the form be back?": the sentence that writes "… by Monday June 26th".
      (relativeDeadline && statesDeadlineBy(sentence.text) ? 1.3 : 1) *
      (option !== undefined && sentence.text.includes(option) ? 1.3 : 1) *
      // A name after a title ("Dr. Ana Ruiz", "DI Ana Ruiz", "代表 山田 太郎 殿") is a person for
      // sure; in German every noun is capitalised, so a capitalised pair alone says little.
      (type === 'person' && titledName(sentence.text) ? 1.3 : 1) *
      // The act asked about: "what does Ana suggest" is answered by her proposal.
      (asksSuggestion && (proposes(sentence.text) || suggestsKind.has(i)) ? 1.3 : 1) *
      // and of the asked speaker's proposals, the one that names the kind asked.
      (suggestsKind.has(i) ? 1.3 : 1) *
      (fileAsked && sentence.speaker && namesFile(sentence.text) ? 1.3 : 1) *
      (keysAsked && sentence.speaker && namesKeyChord(sentence.text) ? KEYS_FACTOR : 1) *
      // "What command did bo tell ana to run?": the line that names one by the verb that runs it.
      (type === 'code' && sentence.speaker && namesCommand(sentence.text) ? 1.3 : 1) *
      // "How did bo tell ana to see …?": a command run ('type "dmesg"', "uname -a; dpkg -l").
      (commandWayAsked &&
      sentence.speaker &&
      (namesCommand(sentence.text) || commandWithOption(withoutNicks(sentence, speakerNicks)))
        ? 1.3
        : 1) *
      // A row keyed by the very date the question writes ("11/6/2001 6223" for "on 11/6/2001").
      (writtenDates.some((date) => sentence.text.includes(date)) ? 1.3 : 1) *
      (counter?.test(sentence.text.normalize('NFKC')) ? 1.3 : 1) *
      // "Which package did bo tell ana to install before building gridmon-gtk?": bo's line that
      // installs gridmon-gtk itself names no new package.
      (sentence.speaker && actsOnAskedThing(question, verb, sentence.text) ? 0.5 : 1);
    // Not when the question is about the one who asked ("What did ana_r set it to?"), unless it
    // asks how they solved it or why it failed: their line that asks states the problem only.
    const speakerAsked =
      sentence.speaker !== undefined &&
      analyze(sentence.speaker).some(
        (word) =>
          (asked.has(nickBase(word)) || asked.has(word)) &&
          !advised.has(nickBase(word)) &&
          !advised.has(word),
      );
    // Nor, for "How did ana fix the crash?" or "Why did ana get …", ana's own line that
    // puts her trouble to the channel ("now I'm getting: Failed to …"), though it asks nothing.
    const asking =
      sentence.speaker &&
      !asksAboutAsking &&
      ((askingTurns.has(turnKey(sentence)) && !(!solutionAsked && speakerAsked)) ||
        (solutionAsked && speakerAsked && reportsTrouble(sentence.text)))
        ? ASKER_TURN
        : 1;
    const score =
      (0.8 * relevance + 0.2 * rankScore) *
      // Of a reply and the line going on with it that fit alike, the later says it last.
      (followed.has(i) ? FOLLOW_UP : 1) *
      asking *
      carriesVerb *
      typeFactor *
      weight *
      tooShort *
      bySomeoneElse *
      asks *
      partNamed(sentence.hit) *
      (otherPeriod || otherState ? OTHER_PERIOD : 1) *
      (otherAlternative(question, sentence.text) ? OTHER_ALTERNATIVE : 1) *
      (onlyPoints ? ONLY_POINTS : 1) *
      boundFactor(askedBounds, sentence.text);
    return {
      ...sentence,
      ...(writer ? { writer } : {}),
      ...(leadBack > ownSelf ? { leadsBack: true } : {}),
      terms,
      relevance,
      own,
      typed,
      namesHead: headTerm !== undefined && (terms.has(headTerm) || (countedBy?.test(sentence.text) ?? false)),
      unbound,
      asking: asking !== 1,
      replies: replyTo.has(i),
      score:
        nearby > 0 &&
        onTopic &&
        namesPassage(sentence.hit) &&
        aboutPassage(sentence.hit) &&
        (!roleTerm || near.has(roleTerm)) &&
        !othersNumber
          ? score
          : 0,
    };
  });
}

/**
 * A chat line without the nicks of the log's speakers it names ("as Guy1524_ recommended"): a nick
 * is a person, not a code or a command.
 */
function withoutNicks(sentence: PassageSentence, nicks: ReadonlySet<string>): string {
  if (!sentence.speaker || nicks.size === 0) return sentence.text;
  return sentence.text.replace(/[^\s:,;!?()]+/g, (token) => (nicks.has(token.toLowerCase()) ? ' ' : token));
}

/** The hyphenated words of a question as their closed-up term and the terms of their parts. */
function closedCompounds(question: string): [string, string[]][] {
  return [...question.matchAll(/\p{L}+(?:-\p{L}+)+/gu)].flatMap((match) => {
    const closed = foldedTerms(match[0].replace(/-/g, ''))[0];
    const parts = foldedTerms(match[0]);
    return closed && parts.length > 1 ? [[closed, parts] as [string, string[]]] : [];
  });
}

/** An answer offered with a question mark: "aplay -l , maybe?", "the nomodeset option perhaps?". */
const TENTATIVE = /[\s,](?:maybe|perhaps|probably|i think|i guess)\s*\?+\s*$/i;

/** A sentence that asks something: it ends in a question mark and offers no answer tentatively. */
export function asksQuestion(text: string): boolean {
  return /\?\s*$/.test(text) && !TENTATIVE.test(text);
}

/** A yes-or-no question about someone or something else: "Does she work in Oslo", "Is it easier …". */
const WHETHER =
  /^\s*(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could|should)\s+(?:he|she|it|they|that|this|there)\b/i;

/**
 * A question put without its mark, as mail often writes it: "When is the closing date.", "What
 * are your plans for June." (an interrogative word, a verb that asks, then who or what is asked).
 */
const UNMARKED_QUESTION =
  /^\s*(?:when|what|where|which|who|whom|why|how)(?:'s|\s+(?:is|are|was|were|will|would|do|does|did|can|could|should|shall|has|have))\s+(?:the|a|an|your|our|my|his|her|their|this|that|these|those|it|we|you|they|he|she|i)\b[^:;]*$/i;

/** The one a question names as given advice: "suggest for ana_r", "tell ana_r", "gave ana_r". */
const ADVISED = /\b(?:for|to|tells?|told|gives?|gave|advised?|help(?:s|ed)?)\s+([\p{L}\p{N}_.-]+)/giu;

/** A question on how something was solved or done, or why it failed: not "how many / much / long / often". */

/** A sentence that opens on a possessive pronoun of a person: "His number is …", "Her cell: …". */
const POINTS_BACK_AT_PERSON = /^\s*(?:his|her|their)\s+\p{L}/iu;

/** How many sentences past the usual two before it a "his …" sentence reaches back for its person. */
const POINT_BACK_REACH = 3;

/** How much more a chat line that writes a key chord weighs when keys are asked for. */
const KEYS_FACTOR = 1.5;

/** The weight of a line in a chat turn that asks a question (see askingTurns). */
const ASKER_TURN = 0.9;

/** A chat turn: its passage and its line. */
/** A web address in a line: its path's words are the page's, not the speaker's. */
const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;
/** A file path of two or more parts: "/etc/apt/sources.list", "~/.config/app", "C:\\Users\\ana". */
const FILE_PATH = /(?:~|\.{1,2})?\/[\w.-]+(?:\/[\w.-]+)+\/?|\b[A-Z]:\\[\w.\\-]+/g;
/** A question about a change of a figure: "by how much", "how much did it save / cut / rise". */
const CHANGE_ASKED =
  /\bby how much\b|\b(?:sav(?:e|es|ed|ing|ings)|cut|cuts|reduc\w*|lower\w*|rais\w*|increas\w*|decreas\w*|ris(?:e|es|en)|rose|fell|fall|drop\w*|jump\w*|go(?:es)? up|went up|go(?:es)? down|went down|differ\w*|change\w*)\b/i;
/** A figure given as a change ("cut the cost by $115,500", "raised it by 5%"). */
const CHANGE_BY =
  /\b(?:cut|cuts|reduc\w*|lower\w*|rais\w*|increas\w*|decreas\w*|sav(?:e|es|ed|ing)|ris(?:e|es|en)|rose|fell|fall(?:s|en)?|drop\w*|jump\w*|up|down)\b(?:\s+[\w'-]+){0,4}?\s+by\s+(?:about\s+|approximately\s+|roughly\s+)?[$€£]?\d/i;
/** Every figure of the sentence is a change of something ("… which will cut the cost by $115,500"). */
function onlyChange(text: string): boolean {
  const figures = text.match(/[$€£]?\d[\d,.]*/g) ?? [];
  const changes = [...text.matchAll(new RegExp(CHANGE_BY.source, 'gi'))].length;
  return changes > 0 && changes >= figures.length;
}

/** A question about where a file, a folder or a program is kept, which a path answers. */
const PATH_ASKED =
  /\b(?:files?|folders?|director(?:y|ies)|dirs?|paths?|config\w*|scripts?|binar(?:y|ies)|logs?|executables?|install\w*|set|configur\w*|edit|chang(?:e|es|ed)|stor(?:e|es|ed|ing)|sav(?:e|es|ed|ing)|keeps?|kept|lives?|locat\w*|find|look|put|cop(?:y|ies)|move|mount\w*)\b|\.\w{1,5}\b|\//i;
/** "Which file did bo tell ana to edit?", "What config file holds …": a file is asked. */
const FILE_ASKED = /\b(?:which|what)\s+(?:[\w-]+\s+)?files?\b/i;
/** A question that asks for a link or a URL by that word: "Which link did …", "the URL did …". */
const LINK_WORD_ASKED =
  /\b(?:which|what)\s+(?:[\w-]+\s+)?(?:links?|urls?)\b|\b(?:links?|urls?)\s+(?:did|does|do|should|can|could|would)\b/i;
/** A question that asks for a link or a page, which a posted address answers. */
const LINK_ASKED = /\b(?:links?|urls?|(?:web)?sites?|(?:web)?pages?|pastes?|pastebin|address)\b/i;

const turnKey = (unit: PassageSentence) => `${unit.hit.uri}#${unit.line}`;

/**
 * "How did bo tell ana to find …?", "How did bo say to start it …?": the way someone was told to
 * do something, which a chat line gives by a command to run.
 */
const WAY_TOLD =
  /^\s*how\s+(?:did|does|do|would|should|can|could)\s[^?]*\b(?:tell|told|say|said|show|showed|advise|advised|suggest|suggested)\b[^?]*\bto\s+\p{L}/iu;

/** How much a line going on with its speaker's reply counts over that reply (see followUps). */
const FOLLOW_UP = 1.05;

/** How many chat lines back a reply may stand from the question put to its speaker. */
const REPLY_REACH = 5;

/**
 * A chat reply to a question put to its speaker ("ana: which rustc are you on?", then Ana's
 * "1.31.0") answers with the question's words: they are added to the reply's terms, and the
 * question's text is returned by the reply's place in the pool. A reply may come some lines
 * later: past the speaker's own lines that answer nothing yet (a question back, "idk what's
 * going on"), and past the answer given to their question back.
 */
function repliesTakeTheirQuestion(
  pool: readonly PassageSentence[],
  termsOf: Set<string>[],
): Map<number, string> {
  const questions = new Map<number, string>();
  const speakers = new Set(pool.flatMap((unit) => (unit.speaker ? [unit.speaker.toLowerCase()] : [])));
  const asksBack = (unit: PassageSentence) => asksQuestion(unit.text) || opensNotKnowing(unit.text);
  pool.forEach((reply, i) => {
    if (!reply.speaker || asksBack(reply)) return;
    const nick = reply.speaker.toLowerCase();
    for (let j = i - 1; j >= 0; j--) {
      const asked = pool[j];
      if (!asked || asked.hit !== reply.hit || !asked.speaker) return;
      if (reply.line - asked.line > REPLY_REACH) return;
      if (asked.speaker.toLowerCase() === nick) {
        if (asksBack(asked)) continue;
        return;
      }
      if (addressedNick(asked.text, speakers) !== nick) continue;
      const turn = pool.filter((unit) => unit.hit === asked.hit && unit.line === asked.line);
      // A question, or any line answered by name ("ana: in later versions you can …", then
      // Ana's "ben: I'm using 11.5"): both turns address each other.
      const answersByName = addressedNick(reply.text, speakers) === asked.speaker.toLowerCase();
      if (!turn.some((unit) => asksQuestion(unit.text)) && !answersByName) {
        // The answer to the speaker's own question back ("can I change it?", "yup"): the
        // question put to them stands above it.
        const before = pool[j - 1];
        if (before?.hit === reply.hit && before.speaker?.toLowerCase() === nick && asksQuestion(before.text))
          continue;
        return;
      }
      const terms = termsOf[i];
      for (const unit of turn) for (const term of foldedTerms(unit.text)) terms?.add(term);
      questions.set(i, turn.map((unit) => unit.text).join(' '));
      return;
    }
  });
  return questions;
}

/** A question that asks what, which, who, where, when, why or how. */
const WH_ASKED = /^\s*(?:what|which|who|whom|whose|where|when|why|how)\b/i;
/** A chat reply that only says yes or no: "not yet.", "bo: yup", "nope". */
const YES_NO_REPLY =
  /^\s*(?:[^\s:,]+[:,]\s*)?(?:yes|yeah|yep|yup|no|nope|not yet|sure|ok|okay|right)\b[\s.!]*$/i;
/**
 * A chat question answered yes or no: "can I change it?", "ana: is it in the queue?"; not one
 * that asks how or what inside ("Can anyone tell me how I can format a disk?").
 */
const YES_NO =
  /^(?!.*\b(?:how|what|which|where|when|why|who)\b)\s*(?:[^\s:,]+[:,]\s*)?(?:can|could|is|are|was|were|do|does|did|should|will|would|has|have|had)\s/i;

/**
 * A question that asks for a thing, though it reads as yes or no: "is there any tool to …?",
 * "are there some docs for …?": the thing named in reply answers it.
 */
const THING_ASKED =
  /^\s*(?:[^\s:,]+[:,]\s*)?(?:is|are)\s+there\s+(?:any|an?|some)\s+\S+\s+(?:to|for|that|which)\b/i;

/** How many chat lines back the question may stand that a line addressed to its asker answers. */
const ASKER_REACH = 8;

/**
 * How far back it may stand in a busy channel when it is the asker's last line before the
 * reply: nothing they said since is what the reply takes up.
 */
const ASKER_LAST_REACH = 30;

/** The nick a chat line opens by addressing ("ana: try screen", "ana, …", "ana try screen"). */
function addressee(unit: PassageSentence, speakers: ReadonlySet<string>): string | undefined {
  const nick = addressedNick(unit.text, speakers);
  return nick && nick !== unit.speaker?.toLowerCase() ? nick : undefined;
}

/**
 * A chat line addressed to someone who just asked the channel a question ("how do I keep a
 * command running after I log out?", then another's "ana: there's something called screen")
 * answers that question: the question's words are added to the line's terms, when it shares none
 * of them itself. The question is the addressee's last line before it ending in a question mark,
 * a few lines back at most; its text is returned by the line's place in the pool. A question
 * answered yes or no is not the one a "what" or "which" question asks.
 */
function answersTakeTheAskersQuestion(
  pool: readonly PassageSentence[],
  termsOf: Set<string>[],
  whAsked: boolean,
): Map<number, string> {
  const questions = new Map<number, string>();
  const speakers = new Set(pool.flatMap((unit) => (unit.speaker ? [unit.speaker.toLowerCase()] : [])));
  pool.forEach((reply, i) => {
    if (!reply.speaker || asksQuestion(reply.text)) return;
    const nick = addressee(reply, speakers);
    if (!nick) return;
    // Past the first few lines, only the asker's last line before the reply: nothing they said since.
    let spokeSince = false;
    for (let j = i - 1; j >= 0 && j >= i - ASKER_LAST_REACH; j--) {
      const asked = pool[j];
      if (!asked || asked.hit !== reply.hit) return;
      if (j < i - ASKER_REACH && spokeSince) return;
      if (asked.speaker?.toLowerCase() !== nick) continue;
      if (!/\?\s*$/.test(asked.text)) {
        spokeSince = true;
        continue;
      }
      if (j < i - ASKER_REACH && spokeSince) return;
      // "What is the printer's name?" is not answered by the "yup" to "can I change the printer name?".
      if (whAsked && YES_NO.test(asked.text) && !THING_ASKED.test(asked.text)) return;
      const terms = termsOf[i];
      const question = foldedTerms(asked.text).filter((term) => !speakers.has(term));
      // A reply that takes up the question's own words ("I haven't yet, but it does not
      // resume") is read by its words; one that names nothing of it is the bare answer.
      if (question.some((term) => terms?.has(term))) return;
      for (const term of question) terms?.add(term);
      questions.set(i, asked.text);
      return;
    }
  });
  return questions;
}

/** How many chat lines either side a talk with the one told still holds. */
const TALK_REACH = 10;

/**
 * Whether chat line i is said to one the question names as told: it opens by addressing them,
 * or it addresses no one and they take part in the talk around it (they speak, or its speaker
 * addresses them, a few lines before or after). A line addressed to someone else, said into
 * the channel far from any line of theirs, or said by the one told, is not.
 */
function saidToTold(
  pool: readonly PassageSentence[],
  i: number,
  speakers: ReadonlySet<string>,
  told: readonly string[],
): boolean {
  const line = pool[i];
  if (!line?.speaker) return true;
  const isTold = (nick: string) => told.some((word) => nickBase(word) === nickBase(nick));
  // The one told speaks of their problem: what they say is not what they were told.
  if (isTold(line.speaker)) return false;
  if (addressedToTold(line.text, speakers, told)) return true;
  if (addressedNick(line.text, speakers)) return false;
  // A line that puts its speaker's own trouble to the channel ("I get this error: …", "…, any
  // ideas?") is said to no one, however near the one told it stands.
  if (reportsTrouble(line.text)) return false;
  const speaker = line.speaker.toLowerCase();
  for (let j = Math.max(0, i - TALK_REACH); j <= i + TALK_REACH && j < pool.length; j++) {
    const near = pool[j];
    if (j === i || !near?.speaker || near.hit !== line.hit) continue;
    if (isTold(near.speaker)) return true;
    if (near.speaker.toLowerCase() === speaker && addressedToTold(near.text, speakers, told)) return true;
  }
  return false;
}

/** A chat line that, past the nick it addresses, holds nothing but a web address. */
function onlyLink(unit: PassageSentence): boolean {
  if (!unit.speaker || unit.text.search(LINK) < 0) return false;
  return /^(?:[^\s:,]+[:,]\s*)?[\s.,;:!]*$/.test(unit.text.replace(LINK, ' '));
}

/** A text that is a web address and nothing else but marks: "http://example.org.", "www.example.org". */
export function bareLink(text: string): boolean {
  return text.search(LINK) >= 0 && /^[\s.,;:!]*$/.test(text.replace(LINK, ' '));
}

/**
 * Lines of a signature block: a name, a title, a department, each short and not a sentence: a
 * full stop only after an initial or an abbreviation ("Ana M. Ruiz", "Legal Dept."), never
 * after a lower-case word ("Call me.") or inside ("Done. Thanks").
 */
function signatureLine(text: string): boolean {
  return /^[^!?]{2,48}$/.test(text) && !/\b\p{Ll}+\.$|\p{Ll}{2,}\.\s+\S/u.test(text);
}
/** How far above its number a signature's name may stand. */
const SIGNATURE_REACH = 5;

/** The lines above unit i in an unbroken run of signature lines, nearest first. */
function signatureHead(pool: readonly PassageSentence[], i: number, reach = SIGNATURE_REACH): number[] {
  const out: number[] = [];
  const sentence = pool[i];
  for (let j = i - 1; j >= 0 && j >= i - reach; j--) {
    const line = pool[j];
    if (!line || line.hit !== sentence?.hit || !signatureLine(line.text.trim())) break;
    out.push(j);
  }
  return out;
}

/** True when the text writes a day in figures and none of them is a day the question writes so. */
function writesOtherDate(text: string, asked: readonly string[]): boolean {
  if (asked.length === 0) return false;
  const written = text.match(/(?<![\d/])\d{1,2}\/\d{1,2}\/\d{2,4}(?![\d/])/g) ?? [];
  return written.length > 0 && !written.some((date) => asked.includes(date));
}

/** The words of a mail writer's name ("Lindqvist, Jane" → lindqvist, jane), folded; none without a name. */
function writerTerms(hit: SearchHit): Set<string> {
  const from = hit.people.find((ref) => ref.role === 'from');
  return new Set(foldedTerms(from?.name ?? ''));
}

/** How far above its number a writer's name may head their signature block. */
const WRITER_REACH = 8;

/**
 * True when unit i stands in the writer's signature block (a line above it in an unbroken run
 * of signature lines names the writer) and the one asked is not the writer, nor named in the
 * block: the number is the writer's.
 */
function signedByOther(
  pool: readonly PassageSentence[],
  termsOf: readonly Set<string>[],
  i: number,
  asked: ReadonlySet<string>,
  writer: ReadonlySet<string>,
): boolean {
  if (writer.size === 0 || [...asked].some((term) => writer.has(term))) return false;
  const head = signatureHead(pool, i, WRITER_REACH);
  if (head.some((j) => [...(termsOf[j] ?? [])].some((term) => asked.has(term)))) return false;
  return head.some(
    (j) =>
      carriesType(pool[j]?.text ?? '', 'person') && [...(termsOf[j] ?? [])].some((term) => writer.has(term)),
  );
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

function peopleOf(hit: SearchHit): string {
  const data = hit.data as { from?: { name?: string; address?: string } } | undefined;
  return data?.from ? `${data.from.name ?? ''} ${data.from.address ?? ''}` : '';
}

/** A word with a number joined to its end, without it ("fat16" → "fat", "qt5" → "qt"); others as they are. */
export function withoutJoinedNumber(term: string): string {
  return /^\p{L}{2,}\d{1,3}$/u.test(term) ? term.replace(/\d+$/u, '') : term;
}

/** Adds to each set the name a misspelt word of it stands for (`spelt`: word → name). */
function addSpeltNames(termsOf: readonly Set<string>[], spelt: ReadonlyMap<string, string>): void {
  if (spelt.size === 0) return;
  for (const terms of termsOf)
    for (const term of [...terms]) {
      const name = spelt.get(term);
      if (name) terms.add(name);
    }
}
