/**
 * @module coded-score-sides
 * Scores written after a result code ("W 24–17", "L 16–10"), read as the sentence says which
 * number is whose: 'followed by the team's goals, a dash and the opponent's goals' makes "team's
 * goals" of the first number and "opponent's goals" of the second; 'the team's points are the first
 * number in a win and the second in a loss; the opponent's points are the other number' takes the
 * number by the cell's code (a tie's two numbers are equal, so either). The column is the one whose
 * filled cells are mostly such scores; a cell without one is missing.
 */
import { type Cell, cellsOf, columnNames, type Frame } from './analysis-frame.ts';

/** A result code, then two numbers either side of a dash, an optional note in parentheses after them. */
const CODED_SCORE = /^\s*([WLTD])\s+(\d+(?:\.\d+)?)\s*[-–—]\s*(\d+(?:\.\d+)?)\s*(?:\([^()]*\))?\s*$/;

/** A name the sentence gives a side's figure ("the team's points", "opponent's goals"). */
const NAME = String.raw`([A-Za-z][\w'’]*(?:\s+[\w'’]+){0,3}?)`;

/** '… followed by the team's goals, a dash and the opponent's goals'. */
const IN_ORDER = new RegExp(
  String.raw`\bfollowed\s+by\s+(?:the\s+)?${NAME},\s+(?:then\s+)?a\s+dash\s+and\s+(?:then\s+)?(?:the\s+)?${NAME}(?=\s*[.;,(]|\s*$)`,
  'i',
);

/** "the team's points are the first number in a win and the second (number) in a loss". */
const BY_CODE = new RegExp(
  String.raw`(?:^|[.;]\s*)(?:the\s+)?${NAME}\s+(?:are|is)\s+the\s+(first|second)\s+(?:number\s+|figure\s+)?in\s+a\s+win\s+and\s+the\s+(first|second)\s+(?:number\s+|figure\s+)?in\s+a\s+loss(?:\s*[;,]\s*(?:and\s+)?(?:the\s+)?${NAME}\s+(?:are|is)\s+the\s+other\s+(?:number|figure|one))?`,
  'i',
);

type Score = { code: string; first: number; second: number };

/** The column of coded scores whose sides a sentence made figures of, by frame. */
const madeFrom = new WeakMap<Frame, string>();

/** The column of coded scores whose sides the text made figures of, if any. */
export function codedSidesSource(frame: Frame): string | undefined {
  return madeFrom.get(frame);
}

/** The one column whose filled cells are mostly coded scores, read; undefined when none or several. */
function codedScores(frame: Frame): { name: string; scores: (Score | null)[] } | undefined {
  const found = columnNames(frame).flatMap((name) => {
    const column = frame.table.columns.find((item) => item.name === name);
    if (!column) return [];
    const cells = cellsOf(frame, name);
    const scores = cells.map((cell, row): Score | null => {
      if (cell === null) return null;
      const match = CODED_SCORE.exec(String(column.texts[row] ?? cell));
      return match
        ? { code: match[1]!.toUpperCase(), first: Number(match[2]), second: Number(match[3]) }
        : null;
    });
    const filled = cells.filter((cell) => cell !== null).length;
    const read = scores.filter(Boolean).length;
    return read >= 2 && read >= filled / 2 ? [{ name, scores }] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

/** Makes a figure of each row unless a column of that name is there already. */
function make(frame: Frame, name: string, values: Cell[]): boolean {
  if (columnNames(frame).some((item) => item.toLowerCase() === name.toLowerCase())) return false;
  frame.derived.set(name, values);
  return true;
}

/** Makes the sides' figures a sentence states over coded scores; returns the clause read, or undefined. */
export function applyCodedScoreSides(frame: Frame, sentence: string): string | undefined {
  const ordered = IN_ORDER.exec(sentence);
  const byCode = ordered ? null : BY_CODE.exec(sentence);
  if (!ordered && !byCode) return undefined;
  const source = codedScores(frame);
  if (!source) return undefined;
  const { name, scores } = source;
  madeFrom.set(frame, name);
  if (ordered) {
    const [own, other] = [ordered[1]!.trim(), ordered[2]!.trim()];
    if (own.toLowerCase() === other.toLowerCase()) return undefined;
    make(
      frame,
      own,
      scores.map((score) => score?.first ?? null),
    );
    make(
      frame,
      other,
      scores.map((score) => score?.second ?? null),
    );
    frame.steps.push(`${own} and ${other} = the numbers of ${name} before and after the dash`);
    return ordered[0];
  }
  const match = byCode!;
  const own = match[1]!.trim();
  const inWin = match[2]!.toLowerCase() === 'first' ? 'first' : 'second';
  const inLoss = match[3]!.toLowerCase() === 'first' ? 'first' : 'second';
  const pick = (score: Score | null, side: 'own' | 'other'): Cell => {
    if (!score || !['W', 'L', 'T', 'D'].includes(score.code)) return null;
    // A tie or draw has two equal numbers: either is the side's.
    const taken = score.code === 'L' ? inLoss : inWin;
    const place = side === 'own' ? taken : taken === 'first' ? 'second' : 'first';
    return score[place];
  };
  make(
    frame,
    own,
    scores.map((score) => pick(score, 'own')),
  );
  frame.steps.push(`${own} = the ${inWin} number of ${name} in a win and the ${inLoss} in a loss`);
  const other = match[4]?.trim();
  if (other && other.toLowerCase() !== own.toLowerCase()) {
    make(
      frame,
      other,
      scores.map((score) => pick(score, 'other')),
    );
    frame.steps.push(`${other} = the other number of ${name}`);
  }
  return match[0];
}
