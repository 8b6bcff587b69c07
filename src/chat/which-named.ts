/**
 * @module which-named
 * Whether an answer to a "which …" question names the one asked. "Which lodger moved to
 * monthly rent?" is not answered by "Then she moved to monthly.": the sentence tells what was
 * done, and names whoever did it only by a pronoun that points back to a sentence not quoted.
 * Nor is "Which company runs the quarry?" answered by "Piet has a small haulage company.": the
 * sentence describes a company and names none. Nor is "Who audits the Orla accounts?" answered by
 * "Ida says a locksmith (I'm not sure who) fixed the gate.": the sentence says its writer does
 * not know who. Nor is "Whom did Ana ask to come along?" answered by "Bo Lind wrote: I have him
 * down to come.": the one asked is only "he".
 * Nor is "Which fern sprouts in shade?" answered by the line that heads the kind
 * ("Ferns: they grow slowly in damp soil."), which describes the kind and names none of it.
 */

import { analyze } from '../index/analyze.ts';
import { statesAskedDoer } from './answer-type.ts';
import { partsBetweenMarks } from './citations.ts';
import { QUOTE_LEAD, WRITER_LEAD } from './quoted-source.ts';

/** "Which lodger …?", "For which client …?": one of several asked by its kind. */
const WHICH_ASKED = /^\s*(?:(?:in|for|from|to|with|at|on|by)\s+)?which\s+\p{L}/iu;

/** A sentence whose subject is only a pronoun: "He moved …", "Then she paid …", "So they left …". */
const PRONOUN_SUBJECT = /^(?:(?:then|so|and|but|now|later|also|since)\s+)?(?:he|she|they|it)\b/i;

/** Something that names one: a capitalised word inside a sentence ("Marta"), a figure or a number mark ("#4", "unit 12"). */
function namesOne(sentence: string): boolean {
  if (/[\d#]/.test(sentence)) return true;
  const inner = sentence.replace(/(?:^|[.!?:]\s+)["'(]*\S+/g, ' ');
  return /(?:^|\s)["'(]*\p{Lu}/u.test(inner);
}

/**
 * A "which …" question answered by sentences that name no one and nothing (no capitalised word
 * past a sentence's first, no figure), the first of which has only a pronoun for its subject:
 * "Then she moved to monthly. One month in advance." for "Which lodger moved to monthly?".
 */
export function pronounForWhich(question: string, answer: string): boolean {
  if (!WHICH_ASKED.test(question)) return false;
  const parts = partsBetweenMarks(answer)
    .map((part) => part.replace(QUOTE_LEAD, '').trim())
    .filter(Boolean);
  const first = parts[0];
  if (first === undefined || !PRONOUN_SUBJECT.test(first)) return false;
  return !parts.some(namesOne);
}

/** "Which company …?", "Which firm …", "What bank …": a body asked by its kind. */
export const BODY_ASKED =
  /\b(?:which|what)\s+((?:law\s+)?firm|company|companies|bank|utility|agency|broker(?:age)?|lender|insurer|vendor|supplier|contractor|carrier|corporation|organi[sz]ation)\b/i;

/** A body named: a capitalised name with a body's ending ("Korvel Stone plc", "Ardent & Co."), initials ("KSH", "B&T"). */
const BODY_NAMED =
  /\b\p{Lu}[\p{L}&.-]*\s+(?:[\p{Lu}&][\p{L}&.-]*\s+)*(?:plc|PLC|Inc|Corp|Corporation|Co|Company|Companies|LLC|L\.L\.C|Ltd|Limited|LLP|LP|L\.P|AG|SA|S\.A|GmbH|NV|N\.V|BV|Group|Holdings|Partners|Bank|Energy|Power|Resources)\b|\b\p{Lu}{2,}(?:&\p{Lu}+)?\b|\p{Lu}\p{L}*\s?&\s?\p{Lu}/u;

/**
 * A "which company" question answered by sentences that mention a company only as "a … company"
 * ("I know a man who has a small gravel haulage company.") and name no body: it
 * describes one, it does not say which.
 */
export function bodyDescribedNotNamed(question: string, answer: string): boolean {
  const kind = BODY_ASKED.exec(question)?.[1]?.toLowerCase().replace(/ies$/, 'y');
  if (kind === undefined) return false;
  const said = partsBetweenMarks(answer)
    .map((part) =>
      part
        .replace(QUOTE_LEAD, '')
        .replace(/^\p{Lu}\p{L}+:\s+/u, '')
        .trim(),
    )
    .join(' ');
  const noun = new RegExp(`\\b${kind.replace(/\s+/g, '\\s+')}(?:s|ies)?\\b`, 'gi');
  const mentions = [...said.matchAll(noun)];
  if (mentions.length === 0) return false;
  const described = mentions.every((mention) =>
    /\b(?:a|an|another|one|some)\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(said.slice(0, mention.index)),
  );
  return described && !BODY_NAMED.test(said);
}

/** "Who …?", "Whom …", "Which auditor …": one asked by name. */
const ONE_ASKED = /^\s*(?:(?:in|for|from|to|with|at|on|by)\s+)?(?:who|whom|whose|which)\b/i;

/**
 * The writer says they do not know which one: "(I'm not sure who)", "I don't know which firm",
 * "no idea who". "Not sure who else" leaves the ones named standing.
 */
const IDENTITY_UNKNOWN =
  /\b(?:not\s+(?:sure|certain)|unsure|uncertain|no\s+idea|(?:don'?t|do\s+not|didn'?t|did\s+not)\s+know|unclear)\s+(?:of\s+|as\s+to\s+)?(?:who|whom|which)\b(?!\s+else\b)/i;

/**
 * A "who" or "which" question answered by a sentence in which its writer says they do not know
 * who it is: "Ida says a locksmith (I'm not sure who) fixed the gate." tells that someone
 * does it, not who.
 */
export function identityUnknown(question: string, answer: string): boolean {
  if (!ONE_ASKED.test(question)) return false;
  const said = partsBetweenMarks(answer)
    .map((part) => part.replace(QUOTE_LEAD, '').trim())
    .join(' ');
  return IDENTITY_UNKNOWN.test(said);
}

/** "Who …?", "Whom …", "To whom …": a person asked by name. */
const WHO_ASKED = /^\s*(?:(?:for|from|to|with|by)\s+)?(?:who|whom)\b/i;

/** A person named only by a pronoun of the third person: "he", "her", "them". */
const THIRD_PERSON = /\b(?:he|she|him|her|they|them)\b/i;

/**
 * A "who" question answered by sentences that name no one (no capitalised word past a sentence's
 * first, no figure) and give a person only as "he", "she" or "them": "Bo Lind wrote: I have him
 * down to come." for "Whom did Ana ask to come along?". The pronoun points back to a sentence not
 * quoted, and the writer's own "I" is not the one asked of another. A name opening the sentence
 * as the doer of the act asked ("Ida was worried that they …" for "Who was worried …?") names one.
 */
export function pronounForWho(question: string, answer: string): boolean {
  if (!WHO_ASKED.test(question)) return false;
  const parts = partsBetweenMarks(answer)
    .map((part) => part.replace(QUOTE_LEAD, '').replace(WRITER_LEAD, '').trim())
    .filter(Boolean);
  return (
    parts.length > 0 &&
    parts.some((part) => THIRD_PERSON.test(part)) &&
    !parts.some((part) => namesOne(part) || statesAskedDoer(part, question))
  );
}

/**
 * One of a kind asked: "Which fern …?", "Welcher Farn …?", "Quelle fougère …?", "Pakis apa
 * yang …?" (Indonesian puts "apa" after the kind); not "Which is …?" nor "Quel est …?", which
 * ask what a thing is.
 */
const ONE_OF_KIND_ASKED =
  /^\s*(?:(?:in|for|from|to|with|at|on|by)\s+)?(?:which|welche[rsmn]?|quel(?:le)?s?)\s+(?!(?:is|are|was|were|of|one|ones|est|sont|était|étaient|ist|sind|war|waren)\s)(\p{L}+)|^\s*(\p{L}+(?:\s+\p{L}+){0,2})\s+apa\s+yang\s/iu;

/** A line opened by a label of a few words and a colon: "Ferns: …", "8. Pakis hias : …". */
const LABELLED_LINE = /^\s*(?:\d{1,2}\.\s*)?(\p{L}[\p{L}\s-]{0,40}?)\s*:\s*(.*)$/su;

/**
 * A question for one of a kind ("Which fern sprouts in shade?") answered by the line labelled
 * with the kind itself ("Ferns: they grow slowly in damp soil."), every word of its label a word
 * of the question and one of them the kind asked (not a speaker's name: "Ana: use the fern
 * spray"), that names none of it past the label (no capitalised word, no figure): the line
 * describes the kind, it does not say which one.
 */
export function kindLineForWhich(question: string, answer: string): boolean {
  const asking = ONE_OF_KIND_ASKED.exec(question);
  if (!asking) return false;
  const kind = analyze(asking[1] ?? asking[2] ?? '');
  const first = partsBetweenMarks(answer)
    .map((part) => part.replace(QUOTE_LEAD, '').trim())
    .find(Boolean);
  const line = first === undefined ? undefined : LABELLED_LINE.exec(first);
  if (!line) return false;
  const label = analyze(line[1] ?? '');
  const asked = new Set(analyze(question));
  if (label.length === 0 || label.length > 4 || !label.every((term) => asked.has(term))) return false;
  if (!label.some((term) => kind.includes(term))) return false;
  return !/[\d#]|(?:^|\s)["'(]*\p{Lu}/u.test(line[2] ?? '');
}
