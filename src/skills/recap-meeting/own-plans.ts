/**
 * @module own-plans
 * The plans people state for their own work, as research meetings put them rather than as
 * promises: "the next experiment I'm gonna try is to…", "the other thing we wanna do is…",
 * "I'm meeting with Sam tomorrow", "I wanna compare that with the clean case", "we can try to
 * have a new baseline for next week", "Kim and I are gonna talk about the parser", and the answer
 * to the chair's "what's your plan for next week?". The owner is the speaker (the answerer).
 * Rules are a table of small functions over one sentence and its neighbours.
 */
import { type Context, HEDGED, type Sentence } from './meeting-context.ts';
import { isTask } from './task-phrases.ts';

export type OwnPlan = { owner: string; task: string; turns: number[] };
type PlanRule = (sentence: Sentence, context: Context) => OwnPlan | undefined;

/** Filler words between a plan's modal and its verb ("I'm gonna sort of print…"). */
const FILL = String.raw`(?:(?:also|then|just|sort of|kind of|you know|probably|actually|first)[,\s]+)*`;
/** "the next experiment I'm gonna try is to …", "the other thing we wanna do is …". */
const NEXT_THING = new RegExp(
  String.raw`\b(?:the\s+)?(?:next|other|first|one)\s+(?:thing|step|experiment|task)s?\s+(?:that\s+)?(?:I|we)(?:'m|'re|\s+am|\s+are)?\s+(?:gonna|going to|wanna|want to|need to|have to|will|'ll|should|would like to|'d like to|plan to)\s+(?:do|try|run)?\s*(?:is|was)\s+(?:to\s+)?${FILL}(.{6,}?)[.!]?$`,
  'i',
);
/** A plan to meet someone at a time said: "I'm meeting with Sam today". */
const MEETING_SOMEONE =
  /\bI(?:'m| am) (meeting(?: with)?|seeing|talking to|calling|visiting) ([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)\b.*?\b(today|tomorrow|tonight|this (?:afternoon|evening|week)|next week|on (?:monday|tuesday|wednesday|thursday|friday))\b/u;
/** Work done by trying things out: a wish to do it is the speaker's plan ("I wanna compare…"). */
const EXPERIMENT =
  /^(?:play (?:with|around with)|compare|try|retry|rerun|re-run|run|test|train|retrain|experiment with|look at|check)\b/i;
const WISH_TO = new RegExp(
  String.raw`^(?:(?:so|and|but|then|now)[,\s]+)*I (?:wanna|want to|'d like to|would like to)\s+${FILL}(.{6,}?)[.!]?$`,
  'i',
);
/** Later than this meeting: "for next week", "tomorrow", "off-line". */
const LATER =
  /\b(?:off-?line|after (?:the|this) meeting|for (?:the )?next (?:week|time|meeting)|next (?:week|time|meeting)|tomorrow|tonight|this (?:afternoon|evening|week))\b/i;
/** "we can try to have a new baseline for next week" (said by one of those doing the work). */
const WE_TRY = new RegExp(
  String.raw`^(?:(?:so|and|then|okay|ok|yeah|I guess|I think)[,\s]+)*we(?:'ll| will| can|'re going to| are going to|'re gonna| are gonna)\s+${FILL}(try (?:to|with|and)\s+.{6,}?)[.!]?$`,
  'i',
);
/** "Kim and I are gonna talk about parsers", "Robert and I will look into it". */
const WITH_OTHERS = new RegExp(
  String.raw`\b(?:[A-Z][\p{L}'-]+,?\s+)+and I(?:'re| are| will|'ll)\s+(?:gonna\s+|going to\s+)?${FILL}(.{6,}?)[.!]?$`,
  'u',
);
/** The chair asks for someone's plan: "what's your plan for next week?", "what are you gonna do next?". */
const PLAN_ASKED =
  /\b(?:what(?:'s| is| are)\s+(?:your|you guys'?|the)\s+(?:plans?|next steps?)\b|what are you (?:gonna|going to) (?:do|try|work on) next|(?:your|you guys'?) plans? for (?:the )?next)/i;
/** A plan said in an answer: "I guess we can try to have a new baseline", "I'll rerun the tests". */
const ANSWERED_PLAN = new RegExp(
  String.raw`\b(?:I|we)(?:'ll| will| can| could|'m going to|'re going to| am going to| are going to|'m gonna|'re gonna| are gonna| plan to)\s+${FILL}(.{6,}?)[.!]?$`,
  'i',
);

const task = (text: string | undefined) => text?.replace(/\s+(?:perhaps|maybe)$/i, '').trim() ?? '';

export const OWN_PLAN_RULES: readonly PlanRule[] = [
  (sentence) => {
    const plan = task(NEXT_THING.exec(sentence.text)?.[1]);
    if (!plan || !isTask(plan) || HEDGED.test(plan)) return undefined;
    return { owner: sentence.speaker, task: plan, turns: [sentence.turn] };
  },
  (sentence) => {
    const match = MEETING_SOMEONE.exec(sentence.text);
    if (!match) return undefined;
    return { owner: sentence.speaker, task: `Meet with ${match[2]} ${match[3]}`, turns: [sentence.turn] };
  },
  (sentence, context) => {
    const plan = task(WISH_TO.exec(sentence.text)?.[1]);
    if (!plan || !EXPERIMENT.test(plan) || !isTask(plan) || sentence.speaker === context.chair)
      return undefined;
    return { owner: sentence.speaker, task: plan, turns: [sentence.turn] };
  },
  (sentence, context) => {
    const plan = task(WE_TRY.exec(sentence.text)?.[1]);
    if (!plan || !LATER.test(sentence.text) || sentence.speaker === context.chair) return undefined;
    return isTask(plan) ? { owner: sentence.speaker, task: plan, turns: [sentence.turn] } : undefined;
  },
  (sentence) => {
    const plan = task(WITH_OTHERS.exec(sentence.text)?.[1]);
    if (!plan || !isTask(plan) || HEDGED.test(plan)) return undefined;
    return { owner: sentence.speaker, task: plan, turns: [sentence.turn] };
  },
];

/**
 * The answer to a plan asked for ("what's your plan for next week?"): the first plan the next
 * speaker states in their answer, owned by them.
 */
export function answeredPlans(context: Context): Map<number, OwnPlan> {
  /** By the position of the answering sentence. */
  const out = new Map<number, OwnPlan>();
  for (const question of context.sentences) {
    if (!PLAN_ASKED.test(question.text)) continue;
    const answer = context.sentences
      .slice(question.i + 1, question.i + 12)
      .filter((other) => other.speaker !== question.speaker && other.turn <= question.turn + 2);
    const answerer = answer[0]?.speaker;
    for (const sentence of answer.filter((other) => other.speaker === answerer)) {
      const plan = task(ANSWERED_PLAN.exec(sentence.text)?.[1]);
      if (!plan || !isTask(plan)) continue;
      out.set(sentence.i, { owner: sentence.speaker, task: plan, turns: [question.turn, sentence.turn] });
      break;
    }
  }
  return out;
}
