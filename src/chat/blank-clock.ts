/**
 * @module blank-clock
 * A car-service or booking form prints "00:00" in a time column it leaves empty ("WAIT BY THE
 * FOUNTAIN 00:00", "GUEST WITH TWO BIKES 00:00"): a clock time asked ("What time is the car picking
 * me up?") is not answered by such a line, whose only time is that blank. Midnight written as a
 * time something happens at ("starts at 00:00 UTC", "23:00–00:00") is a time.
 */
import { asksClockTime, carriesClockTime } from './answer-type.ts';
import { answerWords } from './quoted-source.ts';

/** "00:00", "00:00P", "00:00 AM": the blank of a time column. */
const ZERO_CLOCK = /(?<![\d:])00:00(?::00)?(?:\s?[AaPp](?:\.?[Mm]\.?)?)?(?![\d:])/g;

/** Midnight told as a time: after a word of time or a range's dash, or before a zone or "hours". */
const TOLD_MIDNIGHT =
  /(?:\b(?:at|from|until|till|til|to|by|before|after|starts?|begins?|ends?|opens?|closes?)\s+|[–-]\s*)00:00|00:00(?::00)?\s*(?:[–-]|\(?(?:UTC|GMT|[ECMP][SD]?T)\b|hours?\b|hrs?\b|h\b)/i;

/** True when a clock time is asked and the answer's only clock times are blank "00:00" columns. */
export function onlyBlankClock(question: string, answer: string): boolean {
  if (!asksClockTime(question)) return false;
  const words = answerWords(answer);
  if (!new RegExp(ZERO_CLOCK.source).test(words) || TOLD_MIDNIGHT.test(words)) return false;
  return !carriesClockTime(words.replace(ZERO_CLOCK, ' '));
}
