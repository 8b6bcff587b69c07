/**
 * @module value-labels
 * Labels the text gives to the values of a column: "A plot is irrigated when "Pump" is 1 and
 * not irrigated when it is 0" names the rows where Pump is 1 "irrigated" and those where it is 0
 * "not irrigated". A slot that writes one label ("@not_irrigated_mean_yield") takes the rows of its
 * value; the longest label a slot writes wins, so "not irrigated" is never read as "irrigated".
 */
import { type Cell, cellsOf, columnNames, type Frame, wordsOf } from './analysis-frame.ts';
import type { Slot } from './answer-format.ts';
import { findPhrase } from './slot-context.ts';
import { readSlotName } from './slot-words.ts';

type ValueLabel = { readonly words: readonly string[]; readonly column: string; readonly value: Cell };

const VALUE = String.raw`(-?\d+(?:\.\d+)?|True|False|"[^"\n]{1,40}")`;
/** 'is irrigated when "Pump" is 1', then optionally 'and not irrigated when it is 0'. */
const LABELLED = new RegExp(
  String.raw`\b(?:is|are|counts? as|is called|is labell?ed)\s+["']?([a-z][a-z -]{0,30}?)["']?\s+(?:when|if)\s+(?:its\s+|the\s+)?"([^"\n]+)"\s+(?:is|equals|=|==)\s+${VALUE}(?:\s*(?:,|;)?\s*and\s+["']?([a-z][a-z -]{0,30}?)["']?\s+(?:when|if)\s+(?:it|its value|the value)\s+is\s+${VALUE})?`,
  'gi',
);

/** 'Group by "Pump" (1 irrigated, 0 not)', '"Pump" (1 = irrigated, 0 = dry)': a code list after a quoted column. */
const CODED = new RegExp(
  String.raw`"([^"\n]+)"\s*\(\s*${VALUE}\s*(?:=|:|is|means)?\s*([a-z][a-z -]{0,30}?)\s*[,;]\s*${VALUE}\s*(?:=|:|is|means)?\s*([a-z][a-z -]{0,30}?)\s*\)`,
  'gi',
);

/** "non", "not" and "no" before a label's word all negate it: "@non_irrigated_yield" writes "not irrigated". */
function negationAsNot(word: string): string {
  return /^(?:non|not|no)$/i.test(word) ? 'not' : word;
}

function heldValue(frame: Frame, column: string, written: string): Cell | undefined {
  const text = written.replace(/^"|"$/g, '');
  const cells = cellsOf(frame, column).filter((cell) => cell !== null);
  const number = Number(text);
  if (text !== '' && Number.isFinite(number) && cells.some((cell) => cell === number)) return number;
  return cells.find((cell) => String(cell).toLowerCase() === text.toLowerCase());
}

/** The labels the text gives to values of its quoted columns, each with a value the column holds. */
export function valueLabels(frame: Frame, text: string): ValueLabel[] {
  const byText = new Map(columnNames(frame).map((name) => [name.trim().toLowerCase(), name]));
  const labels: ValueLabel[] = [];
  for (const match of text.matchAll(LABELLED)) {
    const column = byText.get(match[2]!.trim().toLowerCase());
    if (!column) continue;
    for (const [label, written] of [
      [match[1], match[3]],
      [match[4], match[5]],
    ]) {
      if (!label || !written) continue;
      const value = heldValue(frame, column, written);
      if (value !== undefined) labels.push({ words: wordsOf(label).map(negationAsNot), column, value });
    }
  }
  for (const match of text.matchAll(CODED)) {
    const column = byText.get(match[1]!.trim().toLowerCase());
    if (!column) continue;
    const first = wordsOf(match[3]!).map(negationAsNot);
    // "(1 eligible, 0 not)": the second code is the first label negated.
    const bare = wordsOf(match[5]!).map(negationAsNot);
    const second = bare.length === 1 && bare[0] === 'not' ? ['not', ...first] : bare;
    for (const [words, written] of [
      [first, match[2]!],
      [second, match[4]!],
    ] as const) {
      const value = heldValue(frame, column, written);
      if (value !== undefined && words.length > 0) labels.push({ words, column, value });
    }
  }
  return labels;
}

/** "ineligible", "unpaid", "nonmember": a slot word negating a one-word label, written "not" and the label. */
function withNegatedPrefixes(words: readonly string[], labels: readonly ValueLabel[]): string[] {
  const single = new Set(labels.filter((label) => label.words.length === 1).map((label) => label.words[0]!));
  return words.flatMap((word) => {
    const prefix = /^(?:in|un|non|im|il|ir|dis)(?=[a-z]{3})/.exec(word);
    const rest = prefix ? word.slice(prefix[0].length) : '';
    return prefix && single.has(rest) && !single.has(word) ? ['not', rest] : [word];
  });
}

/**
 * The rows of the labelled value a slot writes ("@not_irrigated_mean_yield"): the longest label its
 * name holds, when exactly one label of that length is there.
 */
export function labelledValueGroup(
  frame: Frame,
  slot: Slot,
  rows: readonly number[],
  text: string,
): { rows: number[]; note: string; column: string; value: Cell; words: readonly string[] } | undefined {
  const labels = valueLabels(frame, text);
  if (labels.length < 2) return undefined;
  const words = withNegatedPrefixes(readSlotName(slot.name).map(negationAsNot), labels);
  const held = labels.filter((label) => label.words.length > 0 && findPhrase(words, label.words) >= 0);
  const longest = Math.max(0, ...held.map((label) => label.words.length));
  const picked = held.filter((label) => label.words.length === longest);
  if (picked.length !== 1) return undefined;
  const { column, value, words: said } = picked[0]!;
  const cells = cellsOf(frame, column);
  // "@mean_pay_ineligible": the slot's own word for the negated label goes with it.
  const prefixed =
    said[0] === 'not' && said.length === 2
      ? readSlotName(slot.name).find((word) => word !== said[1] && word.endsWith(said[1]!))
      : undefined;
  return {
    rows: rows.filter((row) => cells[row] === value),
    note: `, where ${column} is ${JSON.stringify(value)} (${prefixed ? `${prefixed}: ` : ''}${said.join(' ')})`,
    column,
    value,
    words: said,
  };
}
