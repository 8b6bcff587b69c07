/**
 * @module action-items
 * Action items of a meeting, recognised from how people talk: commitments ("I'll send you a
 * pointer", "I'm happy to look at that", "we'll write to you"), requests someone accepts ("Ben,
 * could you…" / "Yes"), requests for a note put to the witness who could not answer, and
 * assignments ("the first thing is for you to build…", "Chen will draft…"; more in
 * assignments.ts); each with its owner (speaker label or name), the task as a verb phrase, a due
 * date when one was said (resolved with chrono-node against the meeting date) and the turns that
 * support it. Chit-chat, jokes (answered by laughter), thanks, in-meeting moves ("I'll show you
 * the slide", "I'll answer in English") and questions never become items. Rules are tables of
 * small functions over a sentence and its neighbours. Decisions are found in decisions.ts and
 * open questions in open-questions.ts (re-exported here).
 */
import type { Transcript } from '../../formats/model.ts';
import { type Candidate, chairAssignment, handOutList, IN_ROOM, roleAssignment } from './assignments.ts';
import { closingWork } from './closing-work.ts';
import { COMMITMENT_RULES } from './commitments.ts';
import { VAGUE_OBJECT } from './decision-phrases.ts';
import {
  accepted,
  addressee,
  amidLaughter,
  before,
  type Context,
  contextOf,
  HEDGED,
  laughedAt,
  procedural,
  type Sentence,
  sameTask,
  sharedTerms,
  words,
} from './meeting-context.ts';
import { answeredPlans, OWN_PLAN_RULES } from './own-plans.ts';
import { commentOnShowing } from './shown-now.ts';
import {
  dueDate,
  isTask,
  resolveThat,
  tidyTask,
  withAntecedent,
  withObject,
  withoutListener,
} from './task-phrases.ts';
import { contentTerms } from './text-terms.ts';

export { findDecisions } from './decisions.ts';
export type { FoundItem } from './meeting-context.ts';
export { findOpenQuestions } from './open-questions.ts';

export type FoundAction = {
  readonly owner?: string;
  readonly task: string;
  /** ISO date (YYYY-MM-DD) when a due date was said. */
  readonly due?: string;
  /** The due date as said ("by Friday"). */
  readonly dueText?: string;
  readonly turn: number;
  /** Every turn that supports the item (the sentence's, and the acceptance's). */
  readonly turns: readonly number[];
};

type ActionRule = (sentence: Sentence, context: Context) => Candidate | undefined;

const COMMIT =
  /\b(?:I'll|I will|I'm going to|I am going to|I'm gonna|I can|I could|I (?:need|have) to|I'd be (?:quite |more than |very )?happy to|I'm (?:quite |more than |very )?happy to|I plan to|I'm planning to)\s+(?:(?:also|then|probably|definitely|certainly|sort of|kind of|just|you know)[,\s]+)*(.{4,})$/i;
/** A wish to do something ("I wanna look at these numbers") is a commitment when it is for after the meeting. */
const WISH =
  /\bI (?:want to|wanna|would like to|'d like to|hope to|intend to)\s+(?:also\s+|then\s+)?(.{4,})$/i;
const AFTER_MEETING =
  /\b(?:off-?line|after (?:the|this) meeting|outside (?:of )?(?:the|this) meeting|before (?:the )?next (?:meeting|time|week)|next (?:week|time|meeting)|tomorrow|tonight|this (?:afternoon|evening|week))\b/i;
const WE_COMMIT =
  /(?<!\b(?:so|if|when|where)\s+)\b(?:we'll|we will|we can)\s+(?:also\s+)?((?:write to|send|provide|let you (?:know|have)|come back to (?:you|the committee)|follow (?:up|that up)|get back to (?:you|the committee)|keep (?:you|the committee|members) (?:updated|informed|posted)|share (?:that|this|it|those|the \w+) with (?:you|the committee))\b.{2,})$/i;
const REQUEST =
  /\b(?:can|could|would|will) you\s+(?:please\s+)?(.{4,}?)[?.!]?$|\b(?:perhaps|maybe) you could\s+(.{4,}?)[?.!]?$|\bif you could\s+(.{4,}?)[?.!]?$|\b(?:maybe|perhaps|so|just) if you (?:(?:want|would like|'d like) to|wanna)\s+(?!.*\b(?:you|we|I|it|they)\s+(?:would|will|'ll|don't|do not|need|have|should|can|must)\b)(.{4,}?)[?.!]?$/i;
const NOTE_REQUEST =
  /\b(?:we|the committee) (?:could|can|would|might) (?:have|get) (a note|a letter|some (?:more )?information|the figures?|an update)\b(.*)$/i;
const NAMED_WILL =
  /^([A-Z][\p{L}'-]+(?:\s[A-Z][\p{L}'-]+)?)\s+(?:will|is going to|is gonna|'ll|needs to|has to)\s+(.{6,})$/u;
const FOR_YOU =
  /\b(?:is for you to|thing for you to|(?:it's|it is|that's|that is) your (?:task|job|responsibility) to|your (?:task|job|responsibility) (?:is|will be) to)\s+(.{6,})$/i;
const YOU_TWO = /\bhow about (?:if )?you(?: two guys| two| guys| both| all)?\s+(.{6,})$/i;

/** A commitment under a condition is none: "if I can just pick up on that point" (a condition closed by a comma is not one). */
const CONDITION = /\b(?:if|when|whether|unless)\s+(?:[^\s,]+\s+){0,2}$/i;

/** The witness who said they could not answer: "I don't have that figure with me". */
const COULD_NOT_ANSWER =
  /\bI (?:don't|do not|haven't|have not) (?:have|got|know)\b|\bI(?:'m| am) not (?:sure|aware)\b|\bI can't (?:tell|give|answer|say)\b/i;

const ACTION_RULES: readonly ActionRule[] = [
  // "Ben, could you prepare the screenshots?" / "Yes" — or a request the next speaker takes on.
  (sentence, context) => {
    const match = REQUEST.exec(sentence.text);
    const task = match?.[1] ?? match?.[2] ?? match?.[3] ?? match?.[4];
    if (!match || !task) return undefined;
    const named = addressee(sentence.text, context);
    const reply = accepted(context, sentence);
    // "will you assure the panel that you will tell every tenant…": the task is what is assured.
    let text =
      /^(?:assure|promise|undertake|commit|confirm|guarantee)\b.*?\bthat you(?:'ll| will)\s+(.{4,})$/i.exec(
        task,
      )?.[1] ?? task;
    if (/^(?:take|do|handle|own|pick up|grab)\s+(?:that|this|it|that one|this one)\b/i.test(text)) {
      const need = context.sentences
        .slice(Math.max(0, sentence.i - 3), sentence.i + 1)
        .map((other) =>
          /\b(?:someone|somebody|we|you)\s+(?:needs? to|should|have to|has to|must)\s+(.{6,})$/i.exec(
            other.text,
          ),
        )
        .find(Boolean);
      if (need?.[1]) text = need[1];
    }
    if (!isTask(text)) return undefined;
    if (named) return { owner: named, task: text, turns: [sentence.turn, ...(reply ? [reply.turn] : [])] };
    if (reply) return { owner: reply.speaker, task: text, turns: [sentence.turn, reply.turn] };
    return undefined;
  },
  // "Maybe we could have a note on that": asked of the witness who just answered.
  (sentence, context) => {
    const match = NOTE_REQUEST.exec(sentence.text);
    const earlier = before(context, sentence, 3);
    const answerer = earlier.find((other) => COULD_NOT_ANSWER.test(other.text)) ?? earlier[0];
    if (!match || !answerer) return undefined;
    const about = (match[2] ?? '')
      .replace(/[.?!\s]+$/, '')
      .replace(/,\s*[A-Z][\p{L}\s'-]*$/u, '')
      .trim();
    return {
      owner: answerer.speaker,
      task: `Send the committee ${match[1]}${about ? ` ${about}` : ''}`,
      turns: [answerer.turn, sentence.turn],
    };
  },
  // "Chen will draft the pricing proposal."
  (sentence, context) => {
    const match = NAMED_WILL.exec(sentence.text);
    const owner = match ? context.names.get((match[1] ?? '').toLowerCase()) : undefined;
    if (!match || !owner || owner === sentence.speaker || !isTask(match[2] ?? '')) return undefined;
    return { owner, task: match[2] ?? '', turns: [sentence.turn] };
  },
  // "The first thing is for you to build the importer.", "It's your job to price the parts."
  (sentence, context) => {
    const match = FOR_YOU.exec(sentence.text);
    const owner = addressee(sentence.text, context) ?? before(context, sentence, 6)[0]?.speaker;
    if (!match || !owner || !isTask(match[1] ?? '')) return undefined;
    return { owner, task: match[1] ?? '', turns: [sentence.turn] };
  },
  // "How about if you two guys come up with a proposal by next week?" / "Sure."
  (sentence, context) => {
    const match = YOU_TWO.exec(sentence.text);
    const reply = match ? accepted(context, sentence) : undefined;
    if (!match || !reply) return undefined;
    return { owner: reply.speaker, task: match[1] ?? '', turns: [sentence.turn, reply.turn] };
  },
  // "I'll send you a pointer to the applet." / "I'm quite happy to look at that."
  (sentence) => {
    const match = COMMIT.exec(sentence.text);
    const task = withoutListener(match?.[1] ?? '');
    if (
      !match ||
      /\?$/.test(sentence.text) ||
      !isTask(task) ||
      IN_ROOM.test(task) ||
      CONDITION.test(sentence.text.slice(0, match.index))
    )
      return undefined;
    return { owner: sentence.speaker, task, turns: [sentence.turn] };
  },
  // "I wanna look at these numbers off-line and talk with everybody."
  (sentence) => {
    const task = WISH.exec(sentence.text)?.[1] ?? '';
    if (!task || !AFTER_MEETING.test(sentence.text) || !isTask(task)) return undefined;
    return { owner: sentence.speaker, task, turns: [sentence.turn] };
  },
  // "The next experiment I'm gonna try is to…", "I'm meeting with Sam today" (see own-plans.ts).
  ...OWN_PLAN_RULES,
  // "We will try to explore both layouts." (a member speaks for the people doing the work)
  (sentence, context) => {
    if (sentence.speaker === context.chair) return undefined;
    const task =
      /^(?:(?:so|and|then|okay|ok|yeah|uh|um)[,\s]+)*we(?:'ll| will|'re going to| are going to|'re gonna| are gonna)\s+(?:also\s+|then\s+)?(try to\s+.{4,}?)[.!]?$/i.exec(
        sentence.text,
      )?.[1];
    if (!task || !isTask(task.replace(/^try to\s+/i, '')) || HEDGED.test(task)) return undefined;
    return { owner: sentence.speaker, task, turns: [sentence.turn] };
  },
  // "You will be sent the draft minutes to approve." (the chair speaks for the committee)
  (sentence, context) => {
    const sent = /\byou(?:'ll| will) be sent (.{4,}?)(?:,\s*as\b.*)?[.!]?$/i.exec(sentence.text)?.[1];
    if (!sent || sentence.speaker !== context.chair) return undefined;
    return { owner: sentence.speaker, task: `Send them ${sent}`, turns: [sentence.turn] };
  },
  // "We'll write to you about those areas." (the speaker answers for their side)
  (sentence) => {
    const match = WE_COMMIT.exec(sentence.text);
    if (!match) return undefined;
    return { owner: sentence.speaker, task: match[1] ?? '', turns: [sentence.turn] };
  },
  // Any verb after the syntax of a promise: "I am happy to follow up…", "you are going to look at…" (commitments.ts).
  ...COMMITMENT_RULES,
];

/** The first rule that recognises an item in the sentence. */
function firstFound(sentence: Sentence, context: Context): Candidate[] {
  for (const rule of ACTION_RULES) {
    const found = rule(sentence, context);
    if (found) return [found];
  }
  return [];
}

/** A participant called by name after the task ("Include those links, dholbach"): the task ends before it. */
function withoutTrailingName(task: string, context: Context): string {
  return task.replace(/,\s*([\p{L}][\p{L}\d_^'-]*)$/u, (whole, name: string) =>
    context.names.has(name.toLowerCase()) ? '' : whole,
  );
}

/**
 * The day a turn was said: the meeting date moved on by the turn's start, so that "today" said in a
 * chat that runs for days is the day of its message (a spoken meeting stays on its date).
 */
function dayOfTurn(meetingDate: Date | undefined, start: number | undefined): Date | undefined {
  return meetingDate && start ? new Date(meetingDate.getTime() + start * 1000) : meetingDate;
}

/** `meetingDate` resolves the due dates said relative to the day; without it they are kept as said. */
export function findActionItems(transcript: Transcript, meetingDate: Date | undefined): FoundAction[] {
  const context = contextOf(transcript);
  const actions: FoundAction[] = [];
  const answers = answeredPlans(context);
  for (const sentence of context.sentences) {
    if (
      /^(?:thank|thanks)\b/i.test(sentence.text) ||
      /\b(?:in english|in welsh|be honest)\b/i.test(sentence.text)
    )
      continue;
    // The chair handing a piece of work to "you" may be met with a laugh from the one it goes to.
    const handsOut = sentence.speaker === context.chair && HANDS_OUT.test(sentence.text);
    if (laughedAt(context, sentence, { ownOnly: handsOut })) continue;
    // What is asked in a warm-up game is done on the spot (a hand-out drawing laughs stays an item).
    if (!handsOut && amidLaughter(context, sentence.turn)) continue;
    if (procedural(mainClause(sentence.text).replace(/\?$/, ''))) continue;
    const byRole = roleAssignment(sentence, context);
    const handedOut = byRole.length ? byRole : handOutList(sentence, context);
    const assigned = handedOut.length ? handedOut : chairAssignment(sentence, context);
    const answer = answers.get(sentence.i);
    const found = assigned.length
      ? assigned
      : answer
        ? [{ ...answer, turns: [...answer.turns] }]
        : firstFound(sentence, context);
    for (const candidate of found) {
      const said = tidyTask(candidate.task);
      // "Make it", "Back up": a verb with nothing named to act on, even with one word after a
      // comma ("put that, darling").
      const head = said.replace(/,\s*\p{L}+[.!?]?$/u, '');
      if ((LIGHT_VERB.test(head) && VAGUE_OBJECT.test(head)) || BARE_PARTICLE.test(head)) continue;
      const task = withoutTrailingName(
        tidyTask(
          resolveThat(withAntecedent(withObject(said, sentence.text), sentence.text), context, sentence),
        ),
        context,
      );
      if (words(task) < 2 || contentTerms(task).length < 1) continue;
      // "I'll give comments" as a colleague is asked to show their work: said of the showing under way.
      if (commentOnShowing(task, sentence, context)) continue;
      if (actions.some((action) => action.owner === candidate.owner && restated(action, task, sentence.turn)))
        continue;
      const due = dueDate(sentence.text, dayOfTurn(meetingDate, transcript.turns[sentence.turn]?.start));
      actions.push({
        ...(candidate.owner ? { owner: candidate.owner } : {}),
        task,
        ...(due ?? {}),
        turn: sentence.turn,
        turns: [...new Set(candidate.turns)].sort((a, b) => a - b),
      });
    }
  }
  for (const item of closingWork(context, actions))
    actions.push({ ...item, turn: item.turns[0] ?? 0, turns: item.turns });
  return actions.sort((a, b) => a.turn - b.turn);
}

/** The chair gives someone a piece of work: "and for you, the product evaluation", "you're going to …". */
const HANDS_OUT =
  /^(?:(?:and|so|then|now|okay|ok)[,\s]+)*for you\b|\byou(?:'re| are)? (?:going to|gonna)\b|\byou(?:'ll| will) (?:be\s+)?\p{L}+ing\b/iu;

/** Verbs that say nothing without their object ("make it"), unlike "send it" or "order it". */
const LIGHT_VERB = /^(?:make|do|have|get|take|put|keep|use|try)\b/i;
/** A verb and its particle alone: "back up", "sort out". */
const BARE_PARTICLE = /^\p{L}+\s+(?:up|out|off|on|in|back|over|through)[.!]?$/iu;

/** A leading clause of time closed by a comma: "when we move on, you two are going to…" is about the main clause. */
const LEADING_TIME =
  /^(?:(?:oh|so|and|okay|ok|um|uh|then)[,\s]+)*(?:when|once|after|before|as soon as|until)\b[^,]{2,40},\s*(?=\S)/i;
const mainClause = (text: string) => text.replace(LEADING_TIME, '');

/** The same task said again: the same words, or the same verb a few turns later ("put it on the shared folder" … "I'll put it online"). */
function restated(action: FoundAction, task: string, turn: number): boolean {
  const verb = (text: string) => text.split(/\s+/)[0]?.toLowerCase();
  if (Math.abs(turn - action.turn) <= 8)
    return sameTask(action.task, task) || verb(action.task) === verb(task);
  // Far apart, a task is the same only when most words of both are shared ("send a note on the
  // budget" is not "send a note on staffing", nor "send that" "send the pointer").
  const most = Math.max(new Set(contentTerms(action.task)).size, new Set(contentTerms(task)).size);
  return sharedTerms(action.task, task) >= Math.max(2, most * 0.6);
}
