/**
 * @module shared-preference
 * A preference others say they share: "I like the curved case" / "Me too" / "I like the curved
 * case as well". When the chair is among those who share it, or two colleagues join in, the
 * group has chosen it. A preference for a pronoun ("I like that") names nothing and is left out.
 */
import type { Decision } from './decision-phrases.ts';
import { type Context, laughedAt, replyText, type Sentence } from './meeting-context.ts';

const PREFERENCE =
  /^(?:(?:yeah|yes|so|well|and|okay|ok|um|uh)[,\s]+)*I (?:really |also |personally )?(?:like|prefer)\s+(?!(?:it|that|this|those|these|them|to|how|what|when|where|your|the way)\b)(.{3,60}?)[.!]?$/i;
/** Another speaker saying they share it: "me too", "same here", "I like that too", "I prefer the … as well". */
const SHARED =
  /^(?:(?:yeah|yes|oh|okay|ok)[,.\s]+)*(?:me too|same here|so do I|I do too|I (?:also |too )?(?:like|prefer)\b.*\b(?:too|also|as well|the best)\b|I also (?:like|prefer)\b)/i;
const TURNS = 3;

function sharers(context: Context, sentence: Sentence): { speaker: string; turn: number }[] {
  const out: { speaker: string; turn: number }[] = [];
  for (let turn = sentence.turn + 1; turn <= sentence.turn + TURNS && turn < context.raw.length; turn++) {
    const speaker = context.speakers[turn] ?? '';
    if (speaker === sentence.speaker || out.some((other) => other.speaker === speaker)) continue;
    if (SHARED.test(replyText(context.raw[turn] ?? ''))) out.push({ speaker, turn });
  }
  return out;
}

export function sharedPreferences(context: Context): Decision[] {
  const out: Decision[] = [];
  for (const sentence of context.sentences) {
    const liked = PREFERENCE.exec(sentence.text)?.[1];
    if (!liked || laughedAt(context, sentence, { ownOnly: true })) continue;
    const joined = sharers(context, sentence);
    const chairIn =
      sentence.speaker === context.chair || joined.some((other) => other.speaker === context.chair);
    if (joined.length < (chairIn ? 1 : 2)) continue;
    out.push({
      text: `The group preferred ${liked.replace(/[,\s]+$/, '')}.`,
      turns: [sentence.turn, ...joined.map((other) => other.turn)],
    });
  }
  return out;
}
