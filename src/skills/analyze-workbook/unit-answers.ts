/**
 * @module unit-answers
 * A slot whose format asks for the value with its unit ("with its unit", "a string such as
 * '10.00 m'") gets the number followed by the unit its column's cells write ("61.97 m"),
 * the column being the one the answer read or, for a column a step made, the table column that
 * step names. Refused when that column's cells write no one unit, since a bare number would not be
 * the answer asked for.
 */
import { fail } from '../../lib/errors.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import type { Frame } from './analysis-frame.ts';
import type { Slot } from './answer-format.ts';
import type { SlotResult } from './slot-context.ts';

const ASKS_UNIT =
  /\bwith (?:its|the|their|a) units?\b|\bincluding (?:its|the|their) units?\b|\bunits? included\b/i;
const EXAMPLE = /\bsuch as\s+["'‘“]-?\d[\d,]*(?:\.\d+)?\s*([^"'’”\d\s][^"'’”\d]{0,10})["'’”]/i;
const WITH_UNIT = /^(-?\d[\d,]*(?:\.\d+)?)(\s*)([^\d\s][^\d]{0,10})$/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Whether the format asks this slot for a unit: the nearest slot or quoted placeholder written
 * before the words asking for it is this slot's ("@d[distance] where "distance" … with its unit").
 */
function asksForUnit(slot: Slot, format: string): RegExpExecArray | 'unit' | undefined {
  for (const pattern of [EXAMPLE, ASKS_UNIT]) {
    const match = new RegExp(pattern.source, 'gi').exec(format);
    if (!match) continue;
    const before = format.slice(0, match.index);
    const marks = [...before.matchAll(/@([A-Za-z0-9_]+)\[([^\]]*)\]|["“]([^"”]{1,40})["”]/g)];
    const last = marks.at(-1);
    if (!last) continue;
    const ownMark =
      last[1] === slot.name || (last[3] !== undefined && last[3].trim() === slot.placeholder.trim());
    if (!ownMark) continue;
    return pattern === EXAMPLE ? match : 'unit';
  }
  return undefined;
}

/** The table column whose cells the answer's column came from. */
function sourceColumn(frame: Frame, name: string): string | undefined {
  if (frame.table.columns.some((column) => column.name === name) && !frame.derived.has(name)) return name;
  const step = frame.steps.find((item) => item.startsWith(`${name} = `));
  if (!step) return frame.table.columns.some((column) => column.name === name) ? name : undefined;
  return frame.table.columns
    .map((column) => column.name)
    .filter((other) => new RegExp(`(?:^|\\W)${escapeRegExp(other)}(?:$|\\W)`).test(step.slice(name.length)))
    .sort((a, b) => b.length - a.length)[0];
}

/** The result, its number written with the unit the format asks for. */
export function withStatedUnit(frame: Frame, slot: Slot, format: string, result: SlotResult): SlotResult {
  const asked = asksForUnit(slot, format);
  if (!asked) return result;
  const example = asked === 'unit' ? undefined : asked;
  if (!PLAIN_NUMBER.test(result.value)) return result;
  const refuse = (): never =>
    fail(
      'unsupported',
      `@${slot.name} asks for the value with its unit, but the builtin engine cannot tell the unit.`,
      {
        hint: 'Ask for the number alone.',
      },
    );
  const name = result.columns[0];
  const source = name ? sourceColumn(frame, name) : undefined;
  const column = frame.table.columns.find((item) => item.name === source);
  if (!column) return refuse();
  const written = column.texts
    .map((text) => WITH_UNIT.exec(String(text ?? '').trim()))
    .filter((match): match is RegExpExecArray => match !== null);
  const units = new Set(written.map((match) => `${match[2]}${match[3]!.trim()}`));
  if (written.length === 0 || units.size !== 1) return refuse();
  const [spacing, unit] = [written[0]![2]!, written[0]![3]!.trim()];
  if (example && example[1]!.trim() !== unit) return refuse();
  return {
    ...result,
    value: `${result.value}${spacing}${unit}`,
    note: `${result.note}, written with its unit ${unit}`,
  };
}
