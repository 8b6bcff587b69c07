/**
 * @module made-feature-slot
 * A slot that names a made feature by the columns it is made of and the arithmetic between them
 * ("@mean_fare_per_member" for "the feature is Fare divided by the family size", "@mean_a_minus_b"
 * for "the difference is A minus B"): the slot asks for the feature, not for one of its parts.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { columnNames, type Frame, wordsOf } from './analysis-frame.ts';

/** Words of a slot's name that say it names arithmetic between columns. */
const ARITHMETIC = new Set([
  'per',
  'minus',
  'plus',
  'times',
  'over',
  'ratio',
  'divided',
  'difference',
  'diff',
]);

const OPERATOR = /[-+×/−*]/;

/** The columns each formula step made is made of, its own formula's columns and theirs in turn. */
function madeOf(frame: Frame): Map<string, Set<string>> {
  const names = columnNames(frame).sort((a, b) => b.length - a.length);
  const parts = new Map<string, Set<string>>();
  for (const step of frame.steps) {
    const at = step.indexOf(' = ');
    if (at < 0) continue;
    const name = step.slice(0, at);
    const formula = step.slice(at + 3);
    if (!frame.derived.has(name) || parts.has(name) || !OPERATOR.test(formula)) continue;
    const used = new Set<string>();
    for (const other of names) {
      if (other === name) continue;
      const pattern = new RegExp(`(?:^|[\\s(])${escapeRegExp(other)}(?:$|[\\s)])`);
      if (!pattern.test(formula)) continue;
      used.add(other);
      for (const inner of parts.get(other) ?? []) used.add(inner);
    }
    if (used.size > 0) parts.set(name, used);
  }
  return parts;
}

/**
 * The one made feature a slot names by its parts and an arithmetic word, when the columns the slot
 * names are all parts of it and of no other made feature; undefined otherwise.
 */
export function madeFeatureOfSlot(
  frame: Frame,
  slotName: string,
  own: readonly string[],
): string | undefined {
  if (own.length === 0) return undefined;
  const words = wordsOf(slotName.replace(/_/g, ' '));
  if (!words.some((word) => ARITHMETIC.has(word))) return undefined;
  const candidates = [...madeOf(frame)].filter(
    ([name, parts]) => !own.includes(name) && own.every((column) => parts.has(column)),
  );
  // "family size" (Adults + Kids) and the price per member (Price / family size) both hold Adults: the
  // slot says which only when one of them holds every column it names.
  return candidates.length === 1 ? candidates[0]![0] : undefined;
}
