/**
 * @module duration-numbers
 * Durations written with colons, as race results and track lists write them: "4:24" (minutes
 * and seconds), "1:03.49" (with hundredths), "1:02:03" (hours, minutes, seconds). A column
 * reads this way when most filled cells are such durations or plain seconds ("38.77" beside
 * "1:03.49") and at least one has a colon; each cell then reads as its number of seconds, as a
 * person who says "the mean time in seconds" means. Prose bounds ("at least 4:00", "under 4
 * minutes") read the same way.
 */

/** m:ss, m:ss.ff or h:mm:ss(.ff); the parts after the first are two digits below 60. */
const DURATION = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?(\.\d+)?$/;
const SECONDS = /^\d+(?:\.\d+)?$/;

/**
 * Marks a results table writes after a time ("15:26.62 Q": qualified; "PB": personal best; "NR":
 * national record): they say how the time counts, not how long it is. Units ("h", "min") and a
 * clock's "AM"/"PM" are none of them.
 */
const RESULT_MARK = /\s*\(?\b(?:Q|q|PB|SB|NR|WR|OR|AR|CR|ER|WL|WB)\)?$/;

/** A cell's text without the mark a results table writes after a time. */
export function withoutResultMark(text: string): string {
  return text.trim().replace(RESULT_MARK, '');
}

/** Seconds of a duration written with colons, or undefined. */
export function durationSeconds(text: string): number | undefined {
  const match = DURATION.exec(withoutResultMark(text));
  if (!match) return undefined;
  const [, first, second, third, fraction] = match;
  const whole =
    third === undefined
      ? Number(first) * 60 + Number(second)
      : Number(first) * 3600 + Number(second) * 60 + Number(third);
  return Number((whole + Number(fraction ?? 0)).toFixed(6));
}

/** A reader of a column's durations in seconds when its cells write them with colons, else undefined. */
export function durationReader(texts: readonly string[]): ((text: string) => number | undefined) | undefined {
  const filled = texts.map((text) => text.trim()).filter((text) => text !== '' && !/^[-–—]$/.test(text));
  if (filled.length < 2) return undefined;
  const timed = filled.filter((text) => durationSeconds(text) !== undefined).length;
  const plain = filled.filter((text) => SECONDS.test(text)).length;
  if (timed === 0 || timed + plain < filled.length * 0.8) return undefined;
  return (text) => durationSeconds(text) ?? (SECONDS.test(text.trim()) ? Number(text.trim()) : undefined);
}

/** Seconds in each unit prose writes a duration bound with. */
const UNIT_SECONDS: Record<string, number> = {
  second: 1,
  sec: 1,
  s: 1,
  minute: 60,
  min: 60,
  hour: 3600,
  hr: 3600,
  h: 3600,
};

/** Each duration written with colons ("4:24", "1:03.49", "1:02:03") in the text, rewritten by `write` from its seconds. */
export function clockDurationsAs(text: string, write: (seconds: number) => string): string {
  return text.replace(/(?<![\d:.])\d{1,3}:[0-5]\d(?::[0-5]\d)?(?:\.\d+)?(?![\d:])/g, (written) => {
    const seconds = durationSeconds(written);
    return seconds === undefined ? written : write(seconds);
  });
}

/**
 * Prose with durations written as seconds, for comparing a duration column: "at least 4:00" →
 * "at least 240", "under 4 minutes" → "under 240", "41 seconds" → "41".
 */
export function durationsAsSeconds(text: string): string {
  return clockDurationsAs(text, String).replace(
    /\b(\d+(?:\.\d+)?)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?)\b/gi,
    (_, number: string, unit: string) =>
      String(Number((Number(number) * UNIT_SECONDS[unit.toLowerCase().replace(/s$/, '')]!).toFixed(6))),
  );
}
