/**
 * @module made-flag-rows
 * 'Create a column "late_run" that is 1 when … . How many late runs are there, and what is the mean
 * Load of the late runs?': once a step made a 0/1 column from a condition, and the text writes the
 * column's words as a noun phrase ("late runs"), a slot that names the column's leading words
 * ("@late_runs", "@mean_load_late") is answered over the rows where it is 1. A slot that asks for
 * a share ("@late_share") keeps every row: the share is of the rows where it is 1.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { type Cell, cellsOf, type Frame, wordsOf } from './analysis-frame.ts';
import type { Slot } from './answer-format.ts';
import { containsPhrase, findPhrase, slotWords } from './slot-context.ts';

/** The step that made a 0/1 column from a condition ("late_run = 1 where Delay greater than 5, else 0"). */
const MADE_FLAG = /^(.+?) = 1 where .+, else 0$/;

/** Slot words that ask for a share of the rows, which is taken over every row. */
const SHARE_WORDS = new Set(wordsOf('share proportion percent percentage pct rate ratio fraction frequency'));

/** The column's words with the last in the plural ("late runs" for "late_run"). */
function pluralPhrase(name: string): RegExp {
  const parts = name
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map(escapeRegExp);
  return new RegExp(`\\b${parts.join('[\\s_-]+')}(?:s|es)\\b`, 'i');
}

/** The rows where a made 0/1 column is 1, for a slot that names its leading words. */
export function madeFlagGroup(
  frame: Frame,
  slot: Slot,
  rows: readonly number[],
  text: string,
): { rows: number[]; note: string; column: string; value: Cell } | undefined {
  const textWords = wordsOf(text);
  const words = slotWords(slot);
  for (const step of frame.steps) {
    const name = MADE_FLAG.exec(step)?.[1];
    if (name === undefined || !frame.derived.has(name)) continue;
    const own = wordsOf(name);
    // "late_run": the leading words mark the rows, the last is the noun the text calls them by,
    // in the plural ("late runs"); a name said only as itself ("the mean of 'Late Run'") is the column.
    if (own.length < 2 || findPhrase(textWords, own) < 0 || !pluralPhrase(name).test(text)) continue;
    if (!containsPhrase(words, own.slice(0, -1))) continue;
    if (words.some((word) => SHARE_WORDS.has(word))) return undefined;
    const cells = cellsOf(frame, name);
    return {
      rows: rows.filter((row) => cells[row] === 1),
      note: `, where ${name} is 1`,
      column: name,
      value: 1,
    };
  }
  return undefined;
}
