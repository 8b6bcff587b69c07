/**
 * @module final-choice
 * "Which release did kit_m go with in the end?", "Which editor did ana end up using?": the
 * answer is not the line that puts the choice (it carries the question's words: "what's up with
 * release 9? I'm trying to upgrade to it") but the one, later in the log, in which the one asked
 * says what they settled on ("ok, I'll go with the 3.1 branch then", "so, back to nano",
 * "I had to pass -B 9 in the end"). The choice is the last such line of theirs after the line
 * that answers the question's words best, in the same passage or the next one of the file.
 * "Which setting fixed kit_m's slow copies?" asks the same of a line that says what worked
 * ("I did … which worked", "fixed my printer issue"): one that only says it worked answers with
 * the step its speaker wrote a line or two before it.
 */
import type { SearchHit } from '../index/types.ts';
import { nickBase } from './attributed-person.ts';
import type { CitationList } from './citations.ts';
import { nicksNamed } from './named-nick.ts';
import type { ExtractiveAnswer } from './passage-answer.ts';
import { citedPassage, type PassageSentence } from './passage-sentences.ts';
import { passageUnits } from './passage-text.ts';
import { rankSentences } from './sentence-rank.ts';

/**
 * "… in the end", "… end up using", "settle on", "decide to go with", "finally", "which setting
 * fixed …": the last choice, or what worked, is asked.
 */
const FIX_ASKED = /^\s*(?:which|what)\b[^?]*\b(?:fixed|solved|cured|did the trick)\b/i;
const FINAL_ASKED =
  /\b(?:in the end|finally|eventually|at last|end(?:ed)? up|settle(?:d)? (?:on|for|with)|decide(?:d)? (?:on|upon|to))\b/i;

/**
 * A line that says what worked: "I did … which worked", "that did the trick", "fixed my
 * printer issue", "that spun it up", "the winner was …", "what worked was …".
 */
const SAYS_WORKED =
  /\bwhich\s+(?:worked|did\s+(?:it|the\s+trick))\b|\bthe\s+(?:winner|solution|fix|trick)\s+(?:was|is)\b|\bwhat\s+(?:finally\s+)?(?:worked|did\s+(?:it|the\s+trick))\s+(?:was|is)\b|^(?:(?:that|this|it)\s+(?:worked|did\s+(?:it|the\s+trick)|fixed\s+it|\p{L}+ed\s+it\b)|(?:fixed|solved)\s+(?:it|my|the)\b)/iu;

/** A line that says only that the step before it worked: it opens with the report ("that did it", "fixed my …"). */
const POINTS_BACK = /^(?:(?:that|this|it)\s|fixed\s|solved\s)/i;

/** How many lines before the report its speaker's step may stand. */
const STEP_REACH = 2;

/** A step, not chatter ("will do ;)"): three words or more, or a word with a mark of a command or setting in it. */
const STEP = /\S+\s+\S+\s+\S+|[=/_.-]\w/;

/**
 * A line in which its speaker says what they settle on: "I'll go with 3.1", "going with the
 * rescue stick", "so, back to nano" (not "back to you"), "decided on …", "ended up with …", "I had
 * to pass -B 9", "switched to …".
 */
const STATES_CHOICE =
  /\b(?:go|going|goin'?|went|gone|stick|sticking|stuck|stay|staying)\s+with\b|\bback to\s+(?!(?:you|me|him|her|them|us|it|this|that|the|my|your|work|bed|sleep|normal|square)\b)[\p{L}\p{N}]|\b(?:decided|settled)\s+(?:on|upon|for|to)\b|\bend(?:ed)? up\b|\bin the end\b|\bswitch(?:ed)? to\b|\bi\s+had\s+to\b/iu;

/** How many lines after the best one the choice may come. */
const REACH = 90;
/** How many of the file's next passages are read for it. */
const MAX_PASSAGES = 3;

/** Whether a question asks what someone settled on in the end. */
export function asksFinalChoice(question: string): boolean {
  return FINAL_ASKED.test(question) || FIX_ASKED.test(question);
}

/** Whether a chat line says what its speaker settles on (see STATES_CHOICE); a question is none. */
export function statesChoice(text: string): boolean {
  return (STATES_CHOICE.test(text) || SAYS_WORKED.test(text)) && !/\?\s*$/.test(text);
}

/**
 * The one the question asks about: the person it names, or the nick after "did" ("did kit_m go
 * with …") when a speaker of these lines has it, compared by base ("kit_m_" is "kit_m"); else
 * the one speaker of these lines the question names ("… finally gave kit_m a working boot?").
 */
export function chooserAsked(
  question: string,
  person: string | undefined,
  speakers: ReadonlySet<string>,
): string | undefined {
  const bases = new Set([...speakers].map(nickBase));
  const named = [
    person,
    /\bdid\s+@?([^\s?,]+)\s/i.exec(question)?.[1],
    // "Which setting fixed kit_m's slow copies?": the one whose trouble it was.
    /@?([^\s?,]+)['’]s\s/i.exec(question)?.[1],
  ].filter((word): word is string => word !== undefined && bases.has(nickBase(word)));
  if (named[0]) return nickBase(named[0]);
  // "Which command finally gave kit_m a working boot?": the only speaker the question names.
  const only = nicksNamed(question, speakers);
  return only.length === 1 && only[0] ? nickBase(only[0]) : undefined;
}

/**
 * The line in which the one asked says what they settled on, after the line that answers the
 * question's words best; undefined when the question asks no final choice, names no speaker of
 * the log, or they state none.
 */
export async function finalChoiceAnswer(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
  person: string | undefined,
  following: (hit: SearchHit) => Promise<SearchHit | undefined>,
): Promise<ExtractiveAnswer | undefined> {
  if (!asksFinalChoice(question)) return undefined;
  const ranked = rankSentences(question, hits, undefined, person);
  const speakers = new Set(ranked.flatMap((line) => (line.speaker ? [line.speaker.toLowerCase()] : [])));
  const chooser = chooserAsked(question, person, speakers);
  if (!chooser) return undefined;
  const top = [...ranked].filter((line) => line.hit.type === 'chat').sort((a, b) => b.score - a.score)[0];
  if (!top || top.score <= 0) return undefined;
  const after: PassageSentence[] = ranked.filter(
    (line) => line.hit === top.hit && line.position >= top.position,
  );
  // A long talk goes on in the file's next passages: read on until the reach is covered.
  for (let from = top.hit, read = 0; after.length < REACH && read < MAX_PASSAGES; read++) {
    const next = await following(from);
    if (!next) break;
    after.push(
      ...passageUnits(next).map((unit, position) => ({ ...unit, hit: next, rank: top.rank, position })),
    );
    from = next;
  }
  const theirs = (line: PassageSentence) => line.speaker !== undefined && nickBase(line.speaker) === chooser;
  // The last line that states the choice; one that only says the step before it worked answers
  // with that step, when its speaker wrote one a line or two before (else an earlier one answers).
  const pick = (read: readonly PassageSentence[]) =>
    read
      .map((line, at) => {
        if (!theirs(line) || !statesChoice(line.text)) return undefined;
        if (!SAYS_WORKED.test(line.text) || !POINTS_BACK.test(line.text)) return [line];
        const step = read
          .slice(Math.max(0, at - STEP_REACH), at)
          .filter((before) => theirs(before) && before.hit === line.hit)
          .at(-1);
        return step && STEP.test(step.text) && !SAYS_WORKED.test(step.text) ? [step, line] : undefined;
      })
      .filter((lines): lines is PassageSentence[] => lines !== undefined)
      .at(-1);
  // What worked may be told in another passage of the same log that was found, before the best one.
  const others = [...new Set(ranked.map((line) => line.hit))].filter(
    (hit) => hit !== top.hit && hit.path === top.hit.path && FIX_ASKED.test(question),
  );
  const answered =
    pick(after.slice(0, REACH)) ??
    others.map((hit) => pick(ranked.filter((line) => line.hit === hit))).find((lines) => lines !== undefined);
  if (!answered) return undefined;
  const text = answered
    .map((line) => {
      const body = `${line.speaker}: ${line.text}`;
      const n = citations.cite(citedPassage(line), body);
      return `${/[.!?。！？]$/.test(body) ? body : `${body}.`} [${n}]`;
    })
    .join(' ');
  const choice = answered[0];
  if (!choice) return undefined;
  return { answer: text, sentences: answered.length, found: true, hit: choice.hit };
}
