/**
 * @module commitments
 * Commitments and assignments read from the syntax of a promise rather than from a list of task
 * verbs: on the normal form of a sentence (normal-forms.ts), "I will <verb> …", "I am happy to
 * <verb> …", "we are happy to <verb> it to him", the chair's "you are going to <verb> …" / "you
 * will be <verb>ing …" / "you are <verb>ing …", and a permission asked and given ("OK to just go
 * ahead and order?" / "Just order it."). Any verb may head the task, as the tagger tells verbs;
 * verbs of talk and thought within the meeting ("say", "think", "see") never do.
 */
import type { Candidate } from './assignments.ts';
import { IN_ROOM, laterSpeakers } from './assignments.ts';
import {
  AGREE,
  addressee,
  type Context,
  DISAGREE,
  HEDGED,
  laughedAt,
  type Sentence,
} from './meeting-context.ts';
import { baseOfGerund, normalForm, OBJECT, opensWithVerb } from './normal-forms.ts';
import {
  CUT_CLAUSE,
  DONE_HERE,
  IN_MEETING,
  LATER_IN_MEETING,
  tidyTask,
  withoutListener,
} from './task-phrases.ts';

type CommitmentRule = (sentence: Sentence, context: Context) => Candidate | undefined;

/** Verbs that head talk, thought or feeling in the meeting, or a state, never a task. */
const NOT_A_TASK_HEAD =
  /^(?:open|close|chair|focus|pretend|sing|dance|plug|refer|switch|leave|play (?:the )?role|give (?:it|that|this|them) an?\b|give (?:that|this|an?|my|you|them) (?:assurance|commitment|undertaking|answer|example)|keep \p{L}+ing|make sure|ensure|work with|continue|support|help|invest|say|tell|mention|talk|speak|explain|answer|ask you|repeat|admit|argue|add (?:that|to that)|note that|be|have|get|go|come (?:in|to (?:that|this|it))|know|think|guess|suppose|assume|imagine|believe|mean|see|hear|notice|find|agree|disagree|like|love|hate|want|wish|hope|need|remember|forget|understand|stop|start|begin|finish|leave it|pass|hand|turn|move on|skip|wait|stay|sit|keep (?:it|this|that) (?:short|brief)|let (?:you|me)|put it|do (?:my|our) best|try to be|thank|apologi[sz]e|welcome|accept|respect|continue|receive|lose|die|end up|fall|feel|look (?:like|forward)|be honest|summari[sz]e|conclude)\b/iu;
/** Asking without whom or what about, or asking again, is a move in the meeting. */
const ASK_IN_MEETING = /^[Aa]sk\b(?!\s+(?:him|her|them)\b|\s+[A-Z])|\bagain$/;
/** A task that ends cut off mid-phrase ("rerun it with"). */
const CUT_OFF =
  /\b(?:the|of|a|an|and|or|my|your|our|their|with|to|for|at|on|in|from|by|that|uh|um)[.?!,;:\s-]*$/i;
/** Between a modal and its verb: "I will also just …". */
const FILL = String.raw`(?:(?:also|then|just|probably|certainly|definitely|happily|gladly|of course|actually|first|personally|be sure to|make sure to)[,\s]+)*`;
/** A condition or question before the commitment: "if I will…", "what I will…". */
const CONDITION =
  /\b(?:if|when|whether|unless|what|which|who|how)\s+(?:[^\s,]+\s+){0,3}$|["“](?![^"”]*["”])/i;

/** "do" with a piece of work after it ("do the product evaluation"), not "do it" or "do so". */
const DO_WORK =
  /^do\s+(?!(?:it|that|this|so|them|something|anything|what|well|fine|better|more|my|our)\b)(?:the\s+|a\s+|an\s+|some\s+)?\p{L}{3,}/iu;

/** The task said after a commitment's modal, when a verb heads it and it is work after the meeting. */
function taskAfter(phrase: string): string | undefined {
  const task = tidyTask(
    tidyTask(
      phrase
        .trim()
        .replace(/^have to\s+/i, '')
        .replace(/,?\s+(?:when|once|as soon as|so that|in order to|to ensure|in case|while|hoping)\b.*$/i, '')
        // "watch trends to see how we go and surely …": the task, not the hope after it.
        .replace(/\s+to see (?:how|if|whether|what)\b.*$/i, '')
        .replace(/,?\s+(?:and|but)\s+(?:surely\s+|then\s+|maybe\s+)?(?:I|we|he|she|they|there)\b.*$/i, ''),
    ),
  );
  if (
    !(/^\p{L}{3,}(?![\p{L},])/u.test(task) || DO_WORK.test(task)) ||
    ASK_IN_MEETING.test(task) ||
    task.split(/\s+/).length > 12 ||
    !opensWithVerb(task) ||
    NOT_A_TASK_HEAD.test(task) ||
    IN_MEETING.test(task) ||
    LATER_IN_MEETING.test(task) ||
    DONE_HERE.test(task) ||
    CUT_CLAUSE.test(task) ||
    CUT_OFF.test(task) ||
    IN_ROOM.test(task) ||
    task.split(/\s+/).length < 2
  )
    return undefined;
  return task;
}

const SELF = new RegExp(
  String.raw`\bI (?:will|shall|am going to|am happy to|would be happy to|will be happy to|am glad to|would be glad to|am willing to|promise to|undertake to)\s+${FILL}(.{4,})$`,
  'i',
);
const WE = new RegExp(
  String.raw`\bwe (?:will|are going to|are happy to|would be happy to|will be happy to|are glad to|undertake to|promise to)\s+${FILL}(.{4,})$`,
  'i',
);
/** Words that make "we will …" an undertaking to someone rather than the group's plan. */
const UNDERTAKING = new RegExp(
  String.raw`\b(?:certainly|of course|in due course|assure|rest assured|happy to|glad to|undertake|promise)\b|\b(?:to|for|back to)\s+${OBJECT}\b`,
  'i',
);
const YOU =
  /(?:^|[,;]\s*|\b(?:and|so|then|now|okay|ok|right)\s+)you(?: (two|both|guys|all))? (?:are going to|will) (?:also\s+|then\s+|now\s+)?((?:be\s+)?\S+.{3,})$|(?:^|[,;]\s*|\b(?:and|so|then|now)\s+)you(?: (two|both|guys|all))? are (\p{L}+ing\b.{3,})$/iu;
/** The chair hands out a piece of work: "and for you, the product evaluation". */
const FOR_YOU_THE =
  /^(?:(?:and|so|then|now|okay|ok)[,\s]+)*for you(?: (two|both|guys))?[,:\s]+(?:the\s+)?((?:\p{L}+[\s-]+){0,4}(?:evaluation|design|concept|report|analysis|review|prototype|specification|research|study|plan|budget|survey|proposal|presentation|minutes|drawing|model|test|tests|trends?))[.!]?$/iu;
/** A suggestion put to someone: "you will have to check with them", "you should ask the vendor". */
const SUGGESTED =
  /\byou (?:will have to|have to|need to|should|could|might want to|may want to)\s+(.{6,}?)[,.!]?$/i;
/** Whatever the chair says "you" will do that only happens to them, not work they do. */
const HAPPENS_TO_YOU =
  /^(?:be\s+)?(?:get|getting|receive|receiving|see|seeing|find|finding|notice|noticing)\b/i;
const PERMISSION =
  /^(?:(?:so|and|um|uh|okay|ok|then)[,\s]+)*(?:(?:is it |would it be )?(?:ok|okay|alright|all right|fine)\s+)?(?:to|if I|for me to|should I|shall I|do you want me to)\s+(?:just\s+)?(?:go\s+(?:ahead\s+)?(?:and\s+)?)?(.{2,}?)\s*\?$/i;

/** The next other speakers, in order, within a few turns: who "you" in the chair's line are. */
function nextSpeakers(
  context: Context,
  sentence: Sentence,
  most: number,
): { speaker: string; turn: number }[] {
  // A vocal sound alone right after the line ("{vocalsound}") is the one spoken to reacting.
  return laterSpeakers(context, sentence, most, (text, raw) =>
    /\p{L}{2,}/u.test(text) || /\{vocalsound\}|\[laugh/i.test(raw) ? 'take' : 'skip',
  );
}

/**
 * The turns an item cites: the line, and the reply of the one it names only when that reply has
 * words. A vocal sound alone ("{vocalsound}") may tell who was spoken to, but it agrees to nothing.
 */
function citedTurns(context: Context, sentence: Sentence, owner: { turn: number }): number[] {
  const said = (context.raw[owner.turn] ?? '').replace(/\{[a-z_]+\}|\[[a-z ]+\]/gi, ' ');
  return /\p{L}{2,}/u.test(said) ? [sentence.turn, owner.turn] : [sentence.turn];
}

export const COMMITMENT_RULES: readonly CommitmentRule[] = [
  // "You will have to check with them ," / "OK I will ask .": the suggestion, taken on in a word.
  (sentence, context) => {
    const text = normalForm(sentence.text);
    if (
      !/^(?:(?:ok|okay|yeah|yes|sure|right|alright)[,\s]+)*I will (?:ask|check|do (?:that|it)|find out|look into it|try)[.!]?$/i.test(
        text,
      )
    )
      return undefined;
    const earlier = context.sentences
      .slice(Math.max(0, sentence.i - 4), sentence.i)
      .reverse()
      .find((other) => other.speaker !== sentence.speaker && other.turn >= sentence.turn - 2);
    const suggested = earlier ? SUGGESTED.exec(normalForm(earlier.text))?.[1] : undefined;
    const task = suggested ? taskAfter(suggested) : undefined;
    return task && earlier
      ? { owner: sentence.speaker, task, turns: [earlier.turn, sentence.turn] }
      : undefined;
  },
  // "I am happy to follow up with the member's office", "I will rerun the segments tonight".
  (sentence) => {
    const text = normalForm(sentence.text);
    const match = SELF.exec(text);
    if (!match || /\?$/.test(text) || CONDITION.test(text.slice(0, match.index))) return undefined;
    const task = taskAfter(withoutListener(match[1] ?? ''));
    return task ? { owner: sentence.speaker, task, turns: [sentence.turn] } : undefined;
  },
  // "Certainly we will confirm the number", "we are happy to provide it to him" (answering for their side).
  (sentence, context) => {
    if (sentence.speaker === context.chair) return undefined;
    const text = normalForm(sentence.text);
    const match = WE.exec(text);
    if (!match || /\?$/.test(text) || CONDITION.test(text.slice(0, match.index))) return undefined;
    if (!UNDERTAKING.test(text) || HEDGED.test(text)) return undefined;
    const task = taskAfter(match[1] ?? '');
    return task ? { owner: sentence.speaker, task, turns: [sentence.turn] } : undefined;
  },
  // The chair: "you are going to look at the components", "you will be looking at…", "you are watching trends".
  (sentence, context) => {
    if (sentence.speaker !== context.chair) return undefined;
    const text = normalForm(sentence.text);
    const match = YOU.exec(text);
    const said = match?.[2] ?? match?.[4];
    if (!match || !said || /\?$/.test(text) || CONDITION.test(text.slice(0, match.index))) return undefined;
    if (HAPPENS_TO_YOU.test(said) || laughedAt(context, sentence, { ownOnly: true })) return undefined;
    const task = taskAfter(baseOfGerund(said.replace(/^be\s+/i, '')));
    if (!task) return undefined;
    const named = addressee(sentence.text, context);
    const plural = Boolean(match[1] || match[3]);
    const owners = named
      ? [{ speaker: named, turn: sentence.turn }]
      : nextSpeakers(context, sentence, plural ? 2 : 1);
    const owner = owners[0];
    // "you two …" answered by one voice: which two is not known, and a wrong owner is worse than none.
    if (!owner || (plural && !named && owners.length < 2)) return undefined;
    return { owner: owner.speaker, task, turns: citedTurns(context, sentence, owner) };
  },
  // The chair: "and for you, the product evaluation" — to whom it is said.
  (sentence, context) => {
    if (sentence.speaker !== context.chair) return undefined;
    const match = FOR_YOU_THE.exec(normalForm(sentence.text));
    if (!match?.[2]) return undefined;
    const named = addressee(sentence.text, context);
    const owners = named
      ? [{ speaker: named, turn: sentence.turn }]
      : nextSpeakers(context, sentence, match[1] ? 2 : 1);
    const owner = owners[0];
    return owner
      ? {
          owner: owner.speaker,
          task: `Do the ${match[2].trim()}`,
          turns: citedTurns(context, sentence, owner),
        }
      : undefined;
  },
  // "OK to just go ahead and order?" / "Just order it.": the asker does it.
  (sentence, context) => {
    const asked = PERMISSION.exec(normalForm(sentence.text))?.[1];
    if (!asked || HEDGED.test(asked) || !opensWithVerb(asked)) return undefined;
    const answer = context.sentences
      .slice(sentence.i + 1, sentence.i + 6)
      .filter((other) => other.speaker !== sentence.speaker && other.turn <= sentence.turn + 2);
    if (answer.length === 0 || DISAGREE.test(answer[0]?.text ?? '')) return undefined;
    const given = answer.find(
      (other) =>
        AGREE.test(other.text) ||
        /^(?:(?:yeah|yes|sure|okay|ok)[,\s]+)?(?:just\s+)?(?:go ahead|do it|please do)\b/i.test(other.text) ||
        (!/\?$/.test(other.text) &&
          other.text.split(/\s+/).length <= 6 &&
          opensWithVerb(other.text.replace(/^just\s+/i, '')) &&
          !NOT_A_TASK_HEAD.test(other.text.replace(/^just\s+/i, ''))),
    );
    if (!given) return undefined;
    const told = given.text.replace(/^just\s+/i, '').replace(/[.!]+$/, '');
    const candidates = [asked, told].filter((task) => taskAfter(task));
    const task = candidates.sort((a, b) => b.length - a.length)[0];
    return task ? { owner: sentence.speaker, task, turns: [sentence.turn, given.turn] } : undefined;
  },
];
