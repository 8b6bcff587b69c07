/**
 * @module recap-meeting
 * The recap of one meeting transcript on the builtin engine: a summary, topics with time
 * ranges, decisions, action items (owner, task, due date), open questions and, for a query,
 * a focused answer. Every item cites the transcript turns it came from; citation numbers
 * `[n]` index `citations`, each with the turn's locator (turn index, start and end seconds).
 */
import type { Locator, Transcript } from '../../formats/model.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { findActionItems, findDecisions, findOpenQuestions } from './action-items.ts';
import { answerLead, querySubject } from './answer-lead.ts';
import { compressUtterance, withoutRepeatedContractions } from './compress-utterance.ts';
import {
  type Extract,
  FOCUS_PARAMS,
  type FocusOptions,
  focusedExtract,
  generalExtract,
  isGeneralQuery,
  locateQuery,
} from './focus-answer.ts';
import { isHearing } from './hearing.ts';
import { hasVerb, toPastTense } from './past-tense.ts';
import { toReportedSpeech, withAddresseeNamed, withoutTitleAddressed } from './reported-speech.ts';
import { segmentTopics } from './segment-topics.ts';
import { STOP_WORDS, words } from './text-terms.ts';
import { type PreparedTranscript, prepareTranscript } from './transcript-units.ts';
import { warmUp, within } from './warm-up.ts';

export { answerLead, querySubject };

export type RecapCitation = {
  readonly n: number;
  readonly turn: number;
  readonly speaker: string;
  readonly locator: Locator;
  /** The turn's words, cleaned of transcript markup (at most 300 characters). */
  readonly quote: string;
};

export type RecapItem = { readonly text: string; readonly citations: readonly number[] };

export type RecapActionItem = {
  readonly owner: string | null;
  readonly task: string;
  /** ISO date, when one was said and the meeting's date (or the phrase itself) fixes it. */
  readonly due: string | null;
  /** The due date as said ("by Friday"), also when it could not be resolved. */
  readonly dueText?: string;
  readonly citations: readonly number[];
};

export type RecapTopic = {
  readonly title: string;
  readonly fromTurn: number;
  readonly toTurn: number;
  /** Seconds from the start, when the transcript has times. */
  readonly start?: number;
  readonly end?: number;
  readonly citations: readonly number[];
};

export type Recap = {
  readonly title?: string;
  readonly date?: string;
  /** The summary as text with [n] markers. */
  readonly summary: string;
  readonly summarySentences: readonly RecapItem[];
  readonly topics: readonly RecapTopic[];
  readonly decisions: readonly RecapItem[];
  readonly actionItems: readonly RecapActionItem[];
  readonly openQuestions: readonly RecapItem[];
  /** The focused answer (with [n] markers) when a query was given. */
  readonly answer?: string;
  readonly answerSentences?: readonly RecapItem[];
  /** `builtin`, or the engine of the model that wrote the summary, decisions and action items. */
  readonly engine: string;
  readonly citations: readonly RecapCitation[];
};

export type RecapOptions = {
  readonly query?: string;
  /**
   * Today, for a model's prompt. Due dates are resolved against the transcript's own date only:
   * a meeting of unknown date keeps "by Friday" as said.
   */
  readonly now?: Date;
  readonly summaryWords?: number;
  readonly answerWords?: number;
};

export type AnswerSentence = { readonly text: string; readonly turn: number; readonly speaker: string };
export type FocusedAnswer = {
  readonly text: string;
  readonly sentences: readonly AnswerSentence[];
  readonly general: boolean;
};

/**
 * Renders extracted sentences as minutes: third person, past tense, fillers removed. With
 * `attribute`, a sentence whose speaker differs from the one before is introduced by the
 * speaker ("Grad B said that …", or with the query's own verb: "… thought that …" when it asks
 * what someone thought), as minutes of a discussion are written.
 */
function reported(
  prepared: PreparedTranscript,
  extracts: readonly Extract[],
  attribute = false,
  verb = 'said',
  groupNoun = 'group',
): AnswerSentence[] {
  const names = namesOf(prepared);
  const speakers = new Set(prepared.transcript.turns.flatMap((turn) => words(turn.speaker)));
  // In a hearing each speaker's "we" is their own body, not the meeting's group.
  const hearing = isHearing(prepared.transcript);
  let previous = '';
  return extracts.map((item) => {
    const opened = withoutLeadingConnective(
      withoutTitleAddressed(withoutRepeatedContractions(item.unit.text)),
    );
    const said = withAddresseeNamed(opened, speakers);
    const speaker = item.unit.speaker.trim();
    const request = speaker
      ? askedOf(opened, speakers, prepared.transcript.turns[item.unit.turn]?.text ?? '')
      : undefined;
    let text = request
      ? `${speaker} asked ${request.whom} to ${continued(toReportedSpeech(request.what, item.unit.speaker, { sharedWe: !hearing, groupNoun }), names)}`
      : toReportedSpeech(toPastTense(said), item.unit.speaker, { sharedWe: !hearing, groupNoun });
    if (attribute && speaker && speaker !== previous && !text.startsWith(speaker))
      text = hasVerb(text)
        ? `${speaker} ${verb} that ${continued(text, names)}`
        : `${speaker} mentioned ${continued(text, names)}`;
    previous = speaker;
    return { text, turn: item.unit.turn, speaker: item.unit.speaker };
  });
}

/**
 * A request said as "please …", to a participant called by name or to the room ("Dana, please make
 * sure the demo server is up to date"): reported as asked of them, since an imperative put into the
 * past tense ("Please make sure it was up to date") reads as nobody's sentence.
 */
function askedOf(
  sentence: string,
  speakers: ReadonlySet<string>,
  turn: string,
): { whom: string; what: string } | undefined {
  const match = /^(?:(\p{Lu}[\p{L}'-]+),\s+)?please,?\s+(\p{L}.*)$/iu.exec(sentence);
  if (!match?.[2]) return undefined;
  // The name may have been left out of the sentence with the fillers: the turn still says it before "please".
  const opening = match[2].split(/\s+/).slice(0, 3).map(escapeRegExp).join('\\s+');
  const name =
    match[1] ?? new RegExp(`(\\p{Lu}[\\p{L}'-]+),\\s+please,?\\s+${opening}`, 'iu').exec(turn)?.[1];
  if (name && !speakers.has(name.toLowerCase())) return undefined;
  return { whom: name ?? 'the others', what: match[2] };
}

const vocabulary = new WeakMap<PreparedTranscript, ReadonlySet<string>>();

/**
 * Names of a meeting: words it capitalizes inside a sentence ("the SmartKom tables", "ask
 * Ana"), and the words of speaker labels. A sentence continued after "X said that" lowercases
 * its first word unless it is one of these ("Finally, …" → "finally, …").
 */
function namesOf(prepared: PreparedTranscript): ReadonlySet<string> {
  let names = vocabulary.get(prepared);
  if (!names) {
    const found = new Set(prepared.transcript.turns.flatMap((turn) => words(turn.speaker)));
    for (const text of prepared.turnTexts)
      for (const match of text.matchAll(/(?<=[\p{L},;:]\s+)\p{Lu}[\p{L}'-]*/gu))
        found.add(match[0].toLowerCase());
    names = found;
    vocabulary.set(prepared, names);
  }
  return names;
}

/**
 * Spoken lead-ins that point back at what was just said ("Just to add to that,", "About the
 * question,", "Going back to your point,", "As I said,"): out of the conversation they point at
 * nothing. Only taken off when a clause of its own follows.
 */
const BACK_REFERENCE =
  /^(?:(?:just|and|so)\s+)*(?:to (?:add to|build on|follow (?:up )?on|come back (?:to|on)|pick up on|answer) (?:that|this|it|what \w+ (?:said|says|was saying))|(?:about|on|regarding|going back to|coming back to|in answer to|in response to) (?:the|that|this|your|his|her|their) (?:question|point|issue|comment)s?|(?:as|like) (?:I|we) (?:said|say|mentioned))[,:]?\s+(?=\S+\s+\S+\s+\S+)/i;

/** A span cut at a clause boundary loses the connective that tied it to the clause before ("So that every teacher…" → "Every teacher…"). */
function withoutLeadingConnective(text: string): string {
  const trimmed = text
    .replace(/^(?:so that|because|'cause|cause|and|but|or|so|then|which means)\s+/i, '')
    .replace(BACK_REFERENCE, '');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** A sentence continued after a lead-in: its first word lowercased unless it is a name ("The plan" → "the plan"). */
function continued(text: string, names?: ReadonlySet<string>): string {
  const first = text.match(/^\p{L}+/u)?.[0] ?? '';
  const lower = first.toLowerCase();
  const acronym = first.length > 1 && first === first.toUpperCase();
  const common = STOP_WORDS.has(lower) || SENTENCE_STARTERS.has(lower);
  return common || (names !== undefined && !acronym && !names.has(lower))
    ? `${lower}${text.slice(first.length)}`
    : text;
}

/** Common words that start spoken sentences and are never names. */
const SENTENCE_STARTERS = new Set(
  'one two three four five six seven eight nine ten first second next then yes okay ok well right sure maybe everyone everybody nobody something nothing'.split(
    ' ',
  ),
);

/** The verb a query asks with ("What did X think of …" → "thought"), for attributing sentences. */
export function reportingVerb(query: string): string {
  const lower = query.toLowerCase();
  if (/\b(think|thought|opinion|feel|felt|view)s?\b/.test(lower)) return 'thought';
  if (/\b(suggest|suggestion|propose|proposal|recommend)/.test(lower)) return 'suggested';
  return 'said';
}

/**
 * The word a query calls the meeting's participants by ("What did the team decide …?" → "team"):
 * an answer says "The team …" where a speaker's "we" is theirs, as the question does.
 */
export function groupNoun(query: string): string {
  return /\bteam\b/i.test(query) && !/\bgroups?\b/i.test(query) ? 'team' : 'group';
}

/** A query about the whole meeting that asks what was decided ("What did they decide?", "the decisions of the meeting"). */
const ASKS_DECISIONS = /\b(?:decisions?|decide[ds]?|conclusions?|conclude[ds]?|agree[ds]?|agreements?)\b/i;
/** Fewer decisions found than this, and the summary answers instead (one decision is not the meeting's outcome). */
const MIN_DECISIONS = 2;

/** The meeting's decisions as an answer, in meeting order, within `budget` words; each cites the turn that proposed it. */
function decisionSentences(prepared: PreparedTranscript, budget: number): AnswerSentence[] {
  const out: AnswerSentence[] = [];
  let used = 0;
  for (const item of [...findDecisions(prepared.transcript)].sort((a, b) => a.turn - b.turn)) {
    const size = item.text.split(/\s+/).length;
    if (used + size > budget && out.length > 0) break;
    out.push({
      text: item.text,
      turn: item.turn,
      speaker: prepared.transcript.turns[item.turn]?.speaker ?? '',
    });
    used += size;
  }
  return out;
}

/**
 * The query-focused answer as minutes: each speaker attributed, the first sentence opened by
 * the subject asked about ("On the kiosk's buttons, the Industrial Designer said that …").
 */
function focusedSentences(
  prepared: PreparedTranscript,
  query: string,
  options: FocusOptions,
): AnswerSentence[] {
  const general = isGeneralQuery(query);
  if (general && ASKS_DECISIONS.test(query)) {
    const decided = decisionSentences(prepared, options.words ?? FOCUS_PARAMS.summaryWords);
    if (decided.length >= MIN_DECISIONS) return decided;
  }
  // A query none of whose words the meeting says is answered by an overview, and says so.
  const unmatched = !general && locateQuery(prepared, query) === undefined;
  const sentences = reported(
    prepared,
    focusedExtract(prepared, query, options),
    !general && !unmatched,
    reportingVerb(query),
    groupNoun(query),
  );
  const subject = general ? undefined : querySubject(query);
  const lead = general ? undefined : answerLead(query);
  const first = sentences[0];
  if (unmatched && first)
    sentences[0] = {
      ...first,
      text: `Nothing said in the meeting matches ${subject ? `"${subject}"` : 'the question'}; in brief, ${continued(first.text, namesOf(prepared))}`,
    };
  else if (lead && first)
    sentences[0] = {
      ...first,
      text: `${lead}, ${continued(first.text, namesOf(prepared))}`,
    };
  return sentences;
}

/** The answer to one query about the meeting (general queries get the summary). */
export function answerQuery(
  transcript: Transcript,
  query: string,
  options: FocusOptions = {},
): FocusedAnswer {
  const prepared = prepareTranscript(transcript);
  const general = isGeneralQuery(query);
  const sentences = focusedSentences(prepared, query, options);
  return { text: sentences.map((sentence) => sentence.text).join(' '), sentences, general };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** The day the transcript says the meeting was held, if it says. */
function meetingDate(transcript: Transcript): Date | undefined {
  if (!transcript.date) return undefined;
  const parsed = new Date(transcript.date.length === 10 ? `${transcript.date}T09:00:00Z` : transcript.date);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/**
 * Citations numbered by first use, one per turn, each with the turn's locator and the quote
 * `quoteOf` gives; `withMarkers` writes items as text with their "[n]" markers.
 */
export function turnCitations(transcript: Transcript, quoteOf: (turn: number) => string) {
  const citations: RecapCitation[] = [];
  const byTurn = new Map<number, number>();
  const cite = (turn: number): number => {
    const known = byTurn.get(turn);
    if (known !== undefined) return known;
    const source = transcript.turns[turn];
    const n = citations.length + 1;
    const locator: Locator = {
      turn,
      ...(source?.start !== undefined ? { start: source.start } : {}),
      ...(source?.end !== undefined ? { end: source.end } : {}),
    };
    citations.push({ n, turn, speaker: source?.speaker ?? '', locator, quote: quoteOf(turn) });
    byTurn.set(turn, n);
    return n;
  };
  const withMarkers = (list: readonly RecapItem[]) =>
    list.map((item) => `${item.text} ${item.citations.map((n) => `[${n}]`).join('')}`).join(' ');
  return { citations, cite, withMarkers };
}

export function recapMeeting(transcript: Transcript, options: RecapOptions = {}): Recap {
  const prepared = prepareTranscript(transcript);
  const { citations, cite, withMarkers } = turnCitations(transcript, (turn) => {
    const text = transcript.turns[turn]?.text ?? '';
    return clip(compressUtterance(text, { aggressive: false }) || text, 300);
  });
  const items = (sentences: readonly AnswerSentence[]): RecapItem[] =>
    sentences.map((sentence) => ({ text: sentence.text, citations: [cite(sentence.turn)] }));

  let answerSentences: RecapItem[] | undefined;
  if (options.query !== undefined && options.query.trim() !== '') {
    answerSentences = items(
      focusedSentences(prepared, options.query, options.answerWords ? { words: options.answerWords } : {}),
    );
  }
  // An ice-breaker at the start is play: no summary sentence, decision or action item comes from it.
  const game = warmUp(transcript);
  const summarySentences = items(
    reported(
      prepared,
      generalExtract(prepared, options.summaryWords ? { words: options.summaryWords } : {}).filter(
        (item) => !within(game, item.unit.turn),
      ),
    ),
  );
  const topics: RecapTopic[] = segmentTopics(prepared).map((segment) => {
    const first = transcript.turns[segment.from];
    const last = transcript.turns[segment.to];
    return {
      title: segment.label,
      fromTurn: segment.from,
      toTurn: segment.to,
      ...(first?.start !== undefined ? { start: first.start } : {}),
      ...(last?.end !== undefined ? { end: last.end } : last?.start !== undefined ? { end: last.start } : {}),
      citations: [cite(segment.central)],
    };
  });
  const decisions = findDecisions(transcript)
    .filter((item) => !within(game, item.turn))
    .slice(0, 20)
    .map((item) => ({ text: item.text, citations: item.turns.map(cite) }));
  const actionItems: RecapActionItem[] = findActionItems(transcript, meetingDate(transcript))
    .filter((item) => !within(game, item.turns[0] ?? -1))
    .map((item) => ({
      owner: item.owner ?? null,
      task: item.task,
      due: item.due ?? null,
      ...(item.dueText ? { dueText: item.dueText } : {}),
      citations: item.turns.map(cite),
    }));
  const openQuestions = findOpenQuestions(transcript)
    .slice(0, 8)
    .map((item) => ({ text: item.text, citations: [cite(item.turn)] }));
  return {
    ...(transcript.title ? { title: transcript.title } : {}),
    ...(transcript.date ? { date: transcript.date } : {}),
    summary: withMarkers(summarySentences),
    summarySentences,
    topics,
    decisions,
    actionItems,
    openQuestions,
    ...(answerSentences ? { answer: withMarkers(answerSentences), answerSentences } : {}),
    engine: 'builtin',
    citations,
  };
}
