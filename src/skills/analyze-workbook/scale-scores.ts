/**
 * @module scale-scores
 * Columns whose cells write a score out of a fixed scale: "7.5/10", "4/5", "86/100". A column reads
 * this way when most filled cells are such scores, all over the same scale (4, 5, 10, 20 or 100)
 * and none above it; each cell then reads as the score, the number before the slash, as
 * `str.split('/').str[0]` gives it. Dates ("3/12") and fractions over varying scales stay text.
 */

/** A number, a slash and the whole number of the scale. */
const SCORE = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+)$/;
const SCALES = new Set([4, 5, 10, 20, 100]);

/** A reader of the column's scores when its cells write them out of one scale, else undefined. */
export function scaleScoreReader(
  texts: readonly string[],
): ((text: string) => number | undefined) | undefined {
  const filled = texts.map((text) => text.trim()).filter((text) => text !== '' && !/^[-–—]$/.test(text));
  if (filled.length < 3) return undefined;
  const scores = filled.map((text) => SCORE.exec(text)).filter((match) => match !== null);
  if (scores.length < filled.length * 0.8) return undefined;
  const scales = new Set(scores.map((match) => Number(match[2])));
  if (scales.size !== 1) return undefined;
  const scale = [...scales][0]!;
  if (!SCALES.has(scale) || scores.some((match) => Number(match[1]) > scale)) return undefined;
  return (text) => {
    const match = SCORE.exec(text.trim());
    return match && Number(match[2]) === scale ? Number(match[1]) : undefined;
  };
}
