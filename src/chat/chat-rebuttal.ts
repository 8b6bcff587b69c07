/**
 * @module chat-rebuttal
 * A chat line picked as an answer that another speaker turns down a few lines later: "4.1" put
 * as the firmware asked for, then "no, 4.1 is the app; I asked about the scanner". The reply
 * says the line's figure is another thing than the one asked, so the line answers nothing.
 */
import type { SearchHit } from '../index/types.ts';
import { lineCore as core, passageLines as linesOf } from './chat-passage-lines.ts';

/** How many lines after the picked one another speaker's denial may come. */
const REBUTTAL_REACH = 4;

/** A line that opens by turning down what was said, addressed or not: "no, …", "nope", "that's not …"; not "no need …". */
const DENIES =
  /^(?:[^\s:,]+[:,]\s+)?(?:no(?=\s*[,.!;]|\s*$)|nope\b|that'?s\s+not\b|that\s+is\s+not\b|that\s+isn'?t\b|wrong\b)/i;

/** The figures a line gives ("4.1", "2.6.8-3", "v12"): words that hold a digit. */
function figuresOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}._-]*\d[\p{L}\p{N}._-]*/gu) ?? [])
    .map((token) => token.replace(/[._-]+$/, ''))
    .filter((token) => token.length > 0);
}

/**
 * True when, within REBUTTAL_REACH lines after the speaker's line that says `said`, a line of
 * another speaker opens by turning it down and writes one of its figures again.
 */
export function rebuttedLine(passage: string, speaker: string, said: string): boolean {
  const figures = figuresOf(said);
  if (figures.length === 0) return false;
  const lines = linesOf(passage);
  const wanted = core(said);
  const at = lines.findIndex(
    (line) => line.speaker === speaker && wanted.length > 0 && core(line.text).includes(wanted.slice(0, 60)),
  );
  if (at < 0) return false;
  return lines
    .slice(at + 1, at + 1 + REBUTTAL_REACH)
    .some(
      (line) =>
        line.speaker !== speaker &&
        DENIES.test(line.text.trim()) &&
        figures.some((figure) =>
          new RegExp(`(?<![\\p{L}\\p{N}.])${figure.replace(/[.]/g, '\\.')}(?![\\p{N}])`, 'u').test(line.text),
        ),
    );
}

/** The picked chat answer ("nick: text [1]") is turned down by another speaker right after it. */
export function rebuttedAnswer(
  answer: string,
  hit: Pick<SearchHit, 'type' | 'text'> | undefined,
  following?: string,
): boolean {
  if (hit?.type !== 'chat') return false;
  const first = /^([^\s:]+):\s(.*?)(?:\s*\[\d+\]|$)/.exec(answer);
  const speaker = first?.[1];
  const said = first?.[2];
  if (!speaker || !said) return false;
  return rebuttedLine(following ? `${hit.text}\n${following}` : hit.text, speaker, said);
}
