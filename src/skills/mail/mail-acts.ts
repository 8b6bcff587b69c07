/**
 * @module mail-acts
 * What a sentence in a mail does: asks, requests, commits, decides — and the deadline it
 * names. Rule-based on cue phrases; deadlines through chrono-node relative to the message date.
 */
import * as chrono from 'chrono-node';
import { splitSentences } from '../../lib/text/sentences.ts';

export type MailAct = 'question' | 'request' | 'commitment' | 'decision' | 'statement';

const QUESTION_START =
  /^(who|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|would|will|should|shall|have|has|any)\b/i;
const REQUEST =
  /\b(please|pls|kindly|can you|could you|would you|will you|i need you to|make sure|let me know|get back to me|send me|remind me)\b/i;
const COMMITMENT =
  /\b(i'll|i will|i'm going to|i am going to|i can have|we'll|we will|i shall|will send|will get back|will follow up|i'll take|on it)\b/i;
const DECISION =
  /\b(decided|decision|agreed|approved|we will go with|let's go with|go ahead with|signed off|confirmed|final answer|we are going with|we're going with|will proceed|cancelled|postponed|moved to)\b/i;
const DEADLINE_CUE = /\b(by|before|due|deadline|until|no later than|end of|eod|eow|cob)\b/i;

const BOILERPLATE =
  /\b(designated recipient|intended recipient|privileged|confidential|received (it|this)( message| e-?mail)? in error|unsubscribe|stop receiving|automated (notification|message)|do not reply|this e-?mail (is|was) sent)\b/i;

/** Legal disclaimers and list footers: never asks, decisions or commitments. */
export function isBoilerplate(sentence: string): boolean {
  return BOILERPLATE.test(sentence);
}

export function classifySentence(sentence: string): MailAct {
  const text = sentence.trim();
  if (isBoilerplate(text)) return 'statement';
  // Conditional instructions ("If you forgot your password, please visit…") are not requests.
  if (/^(if|in case|should you)\b/i.test(text) && !text.endsWith('?')) return 'statement';
  if (DECISION.test(text) && !text.endsWith('?')) return 'decision';
  if (text.endsWith('?') || (QUESTION_START.test(text) && text.length < 160 && /\?/.test(text))) {
    return REQUEST.test(text) ? 'request' : 'question';
  }
  if (REQUEST.test(text)) return 'request';
  if (COMMITMENT.test(text)) return 'commitment';
  return 'statement';
}

export type Deadline = { readonly text: string; readonly date: string };

/** Deadlines named in a text ("by Friday", "due March 3"), resolved against the message date. */
export function findDeadlines(text: string, reference: Date): Deadline[] {
  const deadlines: Deadline[] = [];
  for (const span of splitSentences(text)) {
    if (!DEADLINE_CUE.test(span.text)) continue;
    for (const result of chrono.parse(span.text, reference, { forwardDate: true })) {
      const before = span.text.slice(Math.max(0, result.index - 20), result.index);
      if (!DEADLINE_CUE.test(before) && !DEADLINE_CUE.test(result.text)) continue;
      const date = result.start.date();
      if (date.getTime() < reference.getTime() - 86_400_000) continue;
      deadlines.push({ text: result.text, date: date.toISOString() });
    }
  }
  return deadlines;
}

/** Strips greetings, sign-offs and empty lines so only the content sentences remain. */
export function contentSentences(text: string): string[] {
  return splitSentences(text)
    .map((span) => span.text)
    .filter((sentence) => sentence.length > 2)
    .filter(
      (sentence) =>
        !/^(hi|hello|hey|dear|thanks|thank you|best|regards|cheers|sincerely|kind regards|best regards)\b[\s\w,.!]{0,30}$/i.test(
          sentence,
        ),
    )
    .filter((sentence) => !/^[-=_*]{3,}/.test(sentence));
}
