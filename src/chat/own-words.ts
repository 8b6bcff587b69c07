/**
 * @module own-words
 * "What did I tell Ana about the lease?", "What number did I send Tomas?", "What did I say
 * about the offsite?": the asker's own words are asked for, so they come from the mail the
 * asker wrote (From = the asking user), to the person named when one is (To/Cc = that
 * person), not from what others wrote on the topic. When the asking user is not given or not
 * a person the index knows, the mailbox's sent folders hold the owner's own mail.
 */
import { isSentFolder } from '../formats/mail/sent-folder.ts';
import { quoteHeaderStart } from '../formats/mail/split-body.ts';
import { analyze } from '../index/analyze.ts';
import type { SearchIndex } from '../index/open-index.ts';
import { resolvePerson } from '../index/people.ts';
import type { SearchFilters, SearchHit } from '../index/types.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lib/text/calendar-names.ts';
import { escapeRegExp } from '../lib/text/escape-regexp.ts';
import { type AnswerType, carriesType } from './answer-type.ts';
import { concernsPerson } from './attributed-person.ts';
import type { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';
import { passageUnits } from './passage-text.ts';
import { questionTerms } from './question-terms.ts';
import { spelledTerms } from './spelled-acronym.ts';

/** Verbs by which the asker gave something to someone. */
export const SAYING =
  'say|tell|send|write|e-?mail|give|ask|offer|suggest|propose|quote|promise|agree|mention|reply|answer|request|recommend|post|forward';
export const SAID =
  'said|told|sent|wrote|e-?mailed|gave|asked|offered|suggested|proposed|quoted|promised|agreed|mentioned|replied|answered|requested|recommended|posted|forwarded';

/** A person named after the verb: "tell Rob Milnthorp", "send Mark", "give Kirk"; or "to Ana". */
const NAME = String.raw`([\p{Lu}][\p{L}'’.-]+(?:\s+(?:[Vv][ao]n\s+|[Dd]e\s+)?[\p{Lu}][\p{L}'’-]+)?)`;

/** Words that may stand after the verb in a name's place but name no one. */
const NOT_NAMES = new Set([
  ...'i me my the a an you your we our they them this that it he she his her about to for on in at'.split(
    ' ',
  ),
  ...[...WEEKDAY_NAMES, ...MONTH_NAMES].map((name) => name.toLowerCase()),
]);

const ASKED = new RegExp(
  String.raw`\b(?:(?:did|do|have|had|would|will)\s+I\s+(?:${SAYING})|I\s+(?:${SAID}))\b`,
  'i',
);
/** The name right after the verb, as written (upper case first): matched apart, case-sensitively. */
const NAMED = new RegExp(String.raw`^\s+(?:to\s+)?${NAME}`, 'u');

export type OwnWordsQuestion = {
  /** The person the asker said it to, when the question names one. */
  readonly recipient?: string;
};

/** The question asks what the asker said, sent or wrote (to someone), or undefined. */
export function ownWordsAsked(question: string): OwnWordsQuestion | undefined {
  // "Who did I send it to?" asks for a person, not for the words.
  if (/^\s*(?:who|whom)\b/i.test(question)) return undefined;
  const match = ASKED.exec(question);
  if (!match) return undefined;
  const name = NAMED.exec(question.slice(match.index + match[0].length))?.[1];
  if (!name || NOT_NAMES.has(name.split(/\s+/)[0]?.toLowerCase() ?? '')) return {};
  return { recipient: name };
}

/**
 * Filters that select the asker's own mail: From = the asking user when the index knows them,
 * else the sent folders of the indexed mailboxes. Undefined when neither is there.
 */
export async function ownMailFilters(
  index: SearchIndex,
  asUser: string | undefined,
): Promise<SearchFilters | undefined> {
  const access = asUser !== undefined ? { asUser } : {};
  if (asUser !== undefined && resolvePerson(await index.store.people(), asUser).length > 0)
    return { ...access, from: [asUser], types: ['email'] };
  const sent = (await index.store.listFiles()).map((file) => file.path).filter(isSentFolder);
  return sent.length > 0 ? { ...access, paths: sent, types: ['email'] } : undefined;
}

const RECIPIENT_ROLES = new Set(['to', 'cc']);

/** The hits addressed to the person named (To or Cc), when any is; else all of them. */
export function toRecipient(hits: readonly SearchHit[], recipient: string | undefined): readonly SearchHit[] {
  if (!recipient) return hits;
  const addressed = hits.filter(
    (hit) =>
      concernsPerson(
        { ...hit, people: hit.people.filter((ref) => RECIPIENT_ROLES.has(ref.role)), title: '', text: '' },
        recipient,
      ) || greets(hit.text, recipient),
  );
  return addressed.length > 0 ? addressed : hits;
}

/**
 * True when a mail opens by greeting the person ("Joe", "Hi Joe,", "Joe -"), alone on its line
 * or before what it tells them ("joe - the lease is signed", "Joe, call me"): it is written to
 * them, though its header gives only an address ("galea@…").
 */
export function greets(text: string, name: string): boolean {
  const first = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const given = escapeRegExp(name.trim().split(/\s+/)[0] ?? '');
  return (
    given.length > 1 &&
    new RegExp(
      `^\\s*(?:(?:hi|hello|hey|dear)\\s+)?${given}(?:\\s*[,:!-]?\\s*$|\\s*[,:!]\\s+\\S|\\s+[-–]+\\s+\\S)`,
      'i',
    ).test(first)
  );
}

/** A mail that forwards another's message (with a note of its own or none). */
const isForward = (hit: SearchHit) => (hit.data as { forwarded?: unknown } | undefined)?.forwarded === true;

/**
 * Verbs by which the asker passes on what others wrote ("What did I send Ana?", "… forward to
 * Bo?"): a forward's text is what they sent, though none of it is their own words.
 */
export const PASSED_ON = /\b(?:send|sent|forward(?:ed)?|e-?mail(?:ed)?)\b/i;

/**
 * A mail read as what its sender wrote: the history it quotes or forwards left out. A forward
 * with no note of its own is all another writer's words: nothing of it is the sender's, unless
 * `passedOn` (the question asks what they sent, not what they said).
 */
function ownTextOf(hit: SearchHit, passedOn = false): SearchHit {
  if (hit.type !== 'email') return hit;
  const lines = hit.text.split('\n');
  // The history starts at a reply's or forward's header (the reader's own test) or at the first "> " line.
  const marked = lines.findIndex((line) => /^\s*>/.test(line));
  const cut = Math.min(quoteHeaderStart(lines), marked >= 0 ? marked : lines.length);
  const { quoted: _quoted, forwarded: _forwarded, ...data } = (hit.data ?? {}) as Record<string, unknown>;
  // A forward's text with no history header in it is the forwarded message itself (see chunk-file).
  const bare = isForward(hit) && cut === lines.length && !passedOn;
  const text = bare ? '' : lines.slice(0, cut).join('\n');
  return { ...hit, text, data };
}

/** A line that only greets or signs ("Rob,", "Thanks, John"): not something said. */
const GREETING =
  /^(?:(?:hi|hello|dear|thanks|thank you|regards|cheers)\b[\s,!.]*)?[\p{Lu}][\p{L}.'-]*(?:\s+[\p{Lu}][\p{L}.'-]*)?[,!.]?$/u;

/**
 * Words that set the thing named aside and ask for the rest ("Besides the audit, what else did
 * I ask Noor for?"): the mail asked for need not write them.
 */
const SETTING_ASIDE = 'besides else';

/** The terms of the question that say what it is about (not who it was said to, not "say", "tell"). */
function topicTerms(question: string, type: AnswerType | undefined, recipient: string | undefined): string[] {
  const skip = new Set([
    ...analyze(recipient ?? ''),
    ...analyze(`${SAYING.replace(/[|?-]/g, ' ')} ${SAID.replace(/[|?-]/g, ' ')} number`),
    ...analyze(SETTING_ASIDE),
  ]);
  return questionTerms(question, type).filter((term) => !skip.has(term));
}

/**
 * How many of the terms the mail (its subject, its own text and the history it answers) carries,
 * a phrase of the question it writes by its initials ("L/C" for "letter of credit") among them.
 */
function termsCarried(hit: SearchHit, terms: readonly string[], question: string): number {
  const quoted = (hit.data as { quoted?: unknown } | undefined)?.quoted;
  const text = `${hit.title} ${hit.text} ${typeof quoted === 'string' ? quoted : ''}`;
  const words = new Set([...analyze(text), ...spelledTerms(question, text)]);
  return terms.filter((term) => words.has(term)).length;
}

/**
 * The asker's own words in answer: the sentence of their own text (history left out) that
 * answers the question, when one does among the best mails; else what they wrote in the mail
 * that best matches the topic, quoted whole when short. Undefined when no mail of theirs is
 * about the question's topic.
 */
export function answerOwnWords(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
  type: AnswerType | undefined,
  recipient: string | undefined,
  askedOn?: { readonly date: Date; readonly now: Date },
): { readonly answer: string; readonly found: boolean } | undefined {
  const terms = topicTerms(question, type, recipient);
  const passedOn = PASSED_ON.test(question);
  const ownText = (hit: SearchHit) => ownTextOf(hit, passedOn);
  // Their mail about the topic: most of its words there (all of one or two); a bare forward of
  // another writer's words is not, when their own words are asked.
  const needed = terms.length <= 2 ? terms.length : Math.ceil(terms.length * 0.6);
  // A question that names no topic ("What did I ask Odile about?") asks of the latest such mail.
  const about = (terms.length === 0 ? latestFirst(hits) : hits)
    .filter(
      (hit) => termsCarried(hit, terms, question) >= needed && !(isForward(hit) && ownText(hit).text === ''),
    )
    .slice(0, 3);
  const top = about[0];
  if (!top) return undefined;
  const said = (hit: SearchHit) =>
    passageUnits(ownText(hit))
      .filter((unit) => unit.role === 'body' && !GREETING.test(unit.text.trim()))
      .map((unit) => unit.text);
  if (type === undefined) {
    // "What did I say about …": the reply itself, when short; else its sentence on the topic.
    const sentences = said(top);
    if (sentences.length > 0 && sentences.join(' ').length <= SHORT_REPLY)
      return quoteOf(top, sentences, citations);
    const found = extractiveAnswer(question, [ownText(top)], citations, type, askedOn);
    return found.found ? { answer: found.answer, found: true } : quoteOf(top, sentences, citations);
  }
  // A code asked for one item of a list they sent ("1. Fjord Rowing Club - 5520193"): that line.
  if (type === 'code')
    for (const hit of about) {
      const line = listedCode(said(hit), terms);
      if (line) return quoteOf(hit, [line], citations);
    }
  // A value asked ("what number did I send …"): the sentence of their own text that gives it.
  const found = extractiveAnswer(question, about.map(ownText), citations, type, askedOn);
  if (found.found && found.hit) return { answer: found.answer, found: true };
  for (const hit of about) {
    const sentence = said(hit).find(
      (text) => carriesType(text, type) || (type === 'code' && CODE.test(text)),
    );
    if (sentence) return quoteOf(hit, [sentence], citations);
  }
  return undefined;
}

/** Mail newest first; undated items after it, in their order. */
function latestFirst(hits: readonly SearchHit[]): SearchHit[] {
  return [...hits].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

/** A code as people send it bare ("4471", "B-17"): a word with a digit in it. */
const CODE = /^[\p{L}\p{N}-]*\p{N}[\p{L}\p{N}-]*[.]?$/u;

/** A code in a line of a list ("Harbour Savings - 40417"): a word of four digits or more. */
const LISTED_CODE = /(?:^|[\s:#-])[\p{L}-]*\p{N}{4,}[\p{L}\p{N}-]*(?=[\s.,;]|$)/u;

/**
 * The line of a list that gives a code for what the question names: of the lines carrying a
 * code, the one with the most topic words; a topic word it lacks must be in another line of
 * the mail ("The account numbers are below:"), else the list is about something else.
 */
function listedCode(sentences: readonly string[], terms: readonly string[]): string | undefined {
  let best: { text: string; count: number } | undefined;
  for (const [i, text] of sentences.entries()) {
    if (!LISTED_CODE.test(text)) continue;
    const words = new Set(analyze(text));
    const others = new Set(analyze(sentences.filter((_, j) => j !== i).join(' ')));
    const count = terms.filter((term) => words.has(term)).length;
    const elsewhere = terms.every((term) => words.has(term) || others.has(term));
    if (count > 0 && elsewhere && (!best || count > best.count)) best = { text, count };
  }
  return best?.text;
}

/** A reply this short is quoted whole. */
const SHORT_REPLY = 300;

/** What the asker wrote in one mail, with whom to and when, cited. */
function quoteOf(
  hit: SearchHit,
  sentences: readonly string[],
  citations: CitationList,
): { readonly answer: string; readonly found: boolean } | undefined {
  let quote = '';
  for (const sentence of sentences) {
    if (quote && quote.length + sentence.length > SHORT_REPLY) break;
    quote = quote ? `${quote} ${sentence}` : sentence;
  }
  if (!quote) return undefined;
  const n = citations.cite(hit, quote);
  const to = hit.people
    .filter((ref) => RECIPIENT_ROLES.has(ref.role))
    .map((ref) => ref.name ?? ref.address)
    .filter(Boolean)
    .slice(0, 3)
    .join(', ');
  const date = hit.date ? ` on ${hit.date.slice(0, 10)}` : '';
  return {
    answer: `You wrote${to ? ` to ${to}` : ''}${date} ("${hit.title}"): ${quote} [${n}]`,
    found: true,
  };
}
