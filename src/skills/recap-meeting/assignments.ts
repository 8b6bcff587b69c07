/**
 * @module assignments
 * Tasks handed out: by role ("the designer and the interface expert need to work together on…"),
 * by the chair to the person who takes it on ("you two have to figure that out" / "yeah"), and
 * the chair's list of who does what ("And Ana to work on the interface").
 */
import {
  AGREE,
  accepted,
  type Context,
  DISAGREE,
  HEDGED,
  ROLE_WORDS,
  type Sentence,
} from './meeting-context.ts';
import { isTask } from './task-phrases.ts';
import { STOP_WORDS } from './text-terms.ts';

export type Candidate = { owner?: string; task: string; turns: number[] };

/** "the I_D_ and the U_I_D_ need to work together on the prototype", "the User Interface Designer to work on…". */
export function roleAssignment(sentence: Sentence, context: Context): Candidate[] {
  const role = context.roleMention?.source;
  if (!role || /\?$/.test(sentence.text)) return [];
  const pattern = new RegExp(
    `(?:^|[\\s,])(?:the\\s+|our\\s+)?(${role})(?:\\s*,?\\s+(?:and|&)\\s+(?:the\\s+|our\\s+)?(${role}))?\\s+(will|'ll|needs? to|ha(?:s|ve) to|should|(?:is|are) (?:going to|gonna|to)|to|can)\\s+(?:(?:also|then|just|both|together|probably|be)\\s+)*(.{4,})$`,
    'i',
  );
  const match = pattern.exec(sentence.text);
  const initials = (name: string | undefined) => !name || /\s/.test(name) || name === name.toUpperCase();
  if (!match || !initials(match[1]) || !initials(match[2])) return [];
  // A colleague's "the designer should look into that" is advice; the chair's is an assignment.
  if (/^(?:should|can)$/i.test(match[3] ?? '') && sentence.speaker !== context.chair) return [];
  const task = match[4] ?? '';
  if (!isTask(task) || HEDGED.test(sentence.text.slice(0, match.index))) return [];
  const owners = [match[1], match[2]]
    .filter((name): name is string => Boolean(name))
    .map((name) => context.names.get(name.toLowerCase()))
    .filter((owner): owner is string => Boolean(owner));
  const reply = accepted(context, sentence);
  return [...new Set(owners)].map((owner) => ({
    owner,
    task,
    turns: [sentence.turn, ...(reply ? [reply.turn] : [])],
  }));
}

/** The chair tells the others what to do: "I guess you two have to figure that out", "please record your presentations in your own folder". */
export const YOU_MUST =
  /\byou(?: (two|both|guys|all))?\s+(?:will\s+)?(?:have to|need to|must|should)\s+(?:also\s+|then\s+|just\s+)?(.{4,})$|(?:^|,\s*)please\s+(.{4,})$|^(?:(?:and|so|then|okay|ok|now)[,\s]+)*you(?: (two|both|guys|all))?\s*(?:will|'ll)\s+(?:also\s+|then\s+|now\s+)?(work (?:together|on)\b.{4,}|(?:prepare|draw|build|design|write|send|make|draft|explore|try)\b.{4,})$/iu;
/** Things in the meeting room: a task with them is done in the meeting ("you have to write it on the whiteboard"). */
export const IN_ROOM =
  /\b(?:white ?board|flip ?chart|pens?|markers?|on the (?:smart ?)?board|(?:this|that) (?:board|screen))\b/i;

/** What a later turn makes of a line: its speaker takes it on, passes, or the run ends (an objection). */
export type TurnVerdict = 'take' | 'skip' | 'stop';

/**
 * Other speakers of the next four turns, in order and each once, as `judge` reads their words
 * (transcript marks removed), up to `most`.
 */
export function laterSpeakers(
  context: Context,
  sentence: Sentence,
  most: number,
  judge: (text: string, raw: string) => TurnVerdict,
): { speaker: string; turn: number }[] {
  const out: { speaker: string; turn: number }[] = [];
  for (let turn = sentence.turn + 1; turn <= sentence.turn + 4 && turn < context.raw.length; turn++) {
    const speaker = context.speakers[turn] ?? '';
    if (speaker === sentence.speaker || out.some((taker) => taker.speaker === speaker)) continue;
    const raw = context.raw[turn] ?? '';
    const verdict = judge(raw.replace(/\{[a-z_]+\}|\[[a-z ]+\]/gi, ' '), raw);
    if (verdict === 'stop') break;
    if (verdict === 'take') out.push({ speaker, turn });
    if (out.length >= most) break;
  }
  return out;
}

/** The speakers who take on what the chair asked, each with an agreement of their own within the next turns. */
export function takenOnBy(
  context: Context,
  sentence: Sentence,
  most: number,
): { speaker: string; turn: number }[] {
  return laterSpeakers(context, sentence, most, (said) => {
    const text = said.replace(/^[\s,.]*(?:um+|uh+|mm+|oh|well)\b[\s,.]*/i, '').trim();
    if (!/\p{L}/u.test(text)) return 'skip';
    if (DISAGREE.test(text) || /\?/.test(text)) return 'stop';
    return AGREE.test(text) ? 'take' : 'skip';
  });
}

/** The chair's list of who does what next: "And Ana to work on the interface." */
export const NAMED_TO =
  /^(?:(?:and|so|then|now|okay|ok|also)[,\s]+)*([A-Z][\p{L}'-]+)\s+to\s+(?:also\s+|then\s+)?((?:work\b|\S+).{4,}?)[.!]?$/u;

export function chairAssignment(sentence: Sentence, context: Context): Candidate[] {
  if (sentence.speaker !== context.chair || /\?$/.test(sentence.text)) return [];
  const named = NAMED_TO.exec(sentence.text);
  const namedTask = named?.[2] ?? '';
  const name = (named?.[1] ?? '').toLowerCase();
  if (
    named &&
    !ROLE_WORDS.has(name) &&
    !STOP_WORDS.has(name) &&
    !AGREE.test(name) &&
    !DISAGREE.test(name) &&
    !IN_ROOM.test(sentence.text) &&
    (isTask(namedTask) || /^work\s+\S/i.test(namedTask))
  ) {
    const known = context.names.get((named[1] ?? '').toLowerCase());
    const owners = known ? [{ speaker: known, turn: sentence.turn }] : takenOnBy(context, sentence, 1);
    const task = /^work\s+(?!on|together|out)/i.test(namedTask)
      ? namedTask.replace(/^work\s+/i, 'work on ')
      : namedTask;
    return owners.map((owner) => ({ owner: owner.speaker, task, turns: [sentence.turn, owner.turn] }));
  }
  const match = YOU_MUST.exec(sentence.text);
  const task = match?.[2] ?? match?.[3] ?? match?.[5] ?? '';
  if (!match || !isTask(task) || HEDGED.test(task) || IN_ROOM.test(sentence.text)) return [];
  // "If you put it somewhere else, then you have to move your hands": a consequence, not a task.
  if (/^(?:(?:and|so|but)\s+)?(?:if|when|unless)\b/i.test(sentence.text)) return [];
  const together = match[1] || match[4] || /^work together\b/i.test(task);
  const takers = takenOnBy(context, sentence, together ? 2 : 1);
  return takers.map((taker) => ({ owner: taker.speaker, task, turns: [sentence.turn, taker.turn] }));
}

/** One item of a hand-out: "Dana the interface design", "for Bram, you do the evaluation". */
const HAND_OUT_ITEM =
  /^(?:(?:and|then|so|now|for|okay|ok)[,\s]+)*([A-Z][\p{L}'-]+)\s*,?\s+(?:(?:you|will|can)\s+(?:do|take|have|handle|get)\s+)?((?:the|your|his|her|their)\s+\S.{3,})$/u;

/**
 * The chair's hand-out in one sentence: at least two colleagues known by name each given a piece
 * of work as a noun phrase ("Dana the interface design, Bram the evaluation and Ilse the
 * prototype"). Each item becomes the work of the speaker the name belongs to.
 */
export function handOutList(sentence: Sentence, context: Context): Candidate[] {
  if (sentence.speaker !== context.chair || /\?$/.test(sentence.text) || IN_ROOM.test(sentence.text))
    return [];
  const items = sentence.text
    .replace(/[.!]+$/, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:for\s+)?[A-Z])/)
    .map((part) => HAND_OUT_ITEM.exec(part.trim()))
    .map((match) => ({ owner: context.names.get((match?.[1] ?? '').toLowerCase()), work: match?.[2] ?? '' }))
    .filter(
      (item): item is { owner: string; work: string } =>
        Boolean(item.owner) && item.owner !== sentence.speaker,
    );
  if (new Set(items.map((item) => item.owner)).size < 2) return [];
  return items.map((item) => ({
    owner: item.owner,
    task: `Work on ${item.work.replace(/^(?:your|his|her|their)\s+/i, 'the ')}`,
    turns: [sentence.turn],
  }));
}
