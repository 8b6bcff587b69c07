/**
 * @module own-key-measure
 * "Leg groups ranked by total leg number", where "leg number" was made from Leg: groups ranked by
 * a figure taken from their own key rank nothing the question asked. So do Leg groups when the
 * text groups "by leg number": it meant the made column as the groups, which the plan did not
 * read. Either ranking is refused, not given.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import type { Frame } from './analysis-frame.ts';

/** Whether `measure` is a column a step made from the `group` column itself. */
export function measureMadeFromGroup(frame: Frame, measure: string | undefined, group: string): boolean {
  if (measure === undefined || measure === group || !frame.derived.has(measure)) return false;
  const made = new RegExp(
    String.raw`^${escapeRegExp(measure)} = .*(?<![\w-])${escapeRegExp(group)}(?![\w-])`,
  );
  return frame.steps.some((step) => made.test(step));
}

/** A column made from `group` that the text groups by ("by leg number"), when the plan grouped by `group` instead. */
export function madeGroupPassedOver(frame: Frame, group: string, text: string): string | undefined {
  // A grouping the plan made of its own ("year of Date") is no table column passed over.
  if (!frame.table.columns.some((column) => column.name === group)) return undefined;
  const lower = text.toLowerCase();
  return [...frame.derived.keys()].find(
    (made) =>
      made !== group &&
      measureMadeFromGroup(frame, made, group) &&
      new RegExp(
        String.raw`\b(?:by|per|for each|in each)\s+(?:the\s+)?${escapeRegExp(made.toLowerCase())}\b`,
      ).test(lower),
  );
}
