/**
 * @module answer-format
 * Reads an answer format in the DABench form, `@name[placeholder]` slots with prose saying how
 * to round and which words are allowed, and writes values back the way it asks.
 */

import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { numberWord } from './normalize-text.ts';

export type Slot = {
  readonly name: string;
  readonly placeholder: string;
  /** Decimal places the format asks for this slot (undefined: not stated). */
  readonly decimals?: number;
  /** Allowed answer words, when the format lists them ("Normal" or "Non-normal"). */
  readonly options: readonly string[];
};

/** Decimal places a piece of prose asks for: "rounded to two decimal places", "to the nearest whole number". */
export function decimalsIn(text: string): number | undefined {
  const places =
    /\b(zero|one|two|three|four|five|six|\d)\s*(?:decimal|decimals|digits? after|places? after the (?:decimal|point))/i.exec(
      text,
    ) ?? /\bdecimal places?\s*(?:of|:|=)?\s*(zero|one|two|three|four|five|six|\d)\b/i.exec(text);
  if (places) return numberWord(places[1]!);
  const nearest = /\bnearest (tenth|hundredth|thousandth|ten-?thousandth)\b/i.exec(text);
  if (nearest) return ['tenth', 'hundredth', 'thousandth'].indexOf(nearest[1]!.toLowerCase()) + 1 || 4;
  if (
    /\b(whole number|nearest integer|an? (?:non-negative |positive )?integer|(?:both|are) (?:non-negative |positive )?integers|integer value|rounded to (?:the )?nearest (?:whole|integer))\b/i.test(
      text,
    )
  )
    return 0;
  return undefined;
}

/**
 * Decimal places a placeholder's own clause gives in short after another clause said "decimal
 * places" in full ('"f" is rounded to two decimal places, "p" to four'): the clause opens with
 * the placeholder and goes straight on to "to N". Undefined unless `format` speaks of decimals.
 */
export function ellipticDecimals(part: string, format: string): number | undefined {
  if (!/\bdecimals?\b/i.test(format)) return undefined;
  const places =
    /^["'“][^"'”]+["'”]\s+(?:(?:is|are)\s+)?(?:rounded\s+)?to\s+(zero|one|two|three|four|five|six|\d)\b(?!\s*(?:significant|sig\b|[-–]|decimal|digit|place))/i.exec(
      part.trim(),
    );
  return places ? numberWord(places[1]!) : undefined;
}

/** The sentence pieces of `text` that name `word` in quotes or as a bare word. */
function piecesNaming(text: string, word: string): string[] {
  if (!word) return [];
  const escaped = escapeRegExp(word);
  const pattern = new RegExp(`["'“]${escaped}["'”]|\\b${escaped}\\b`, 'i');
  return text
    .split(/(?<=[.;\n])\s+|\bwhere\b|,\s*(?=while\b|whereas\b)/i)
    .filter((piece) => pattern.test(piece));
}

/**
 * The part of a piece that describes one placeholder: from its mention up to the next other
 * placeholder a new clause starts with ('"r" is a number rounded to two places, "p" a number
 * rounded to four'), placeholders joined to it ('"mean" and "sd" are numbers') kept in.
 */
export function ownPart(piece: string, placeholder: string, others: ReadonlySet<string>): string {
  const quote = (word: string) => `["'“]${escapeRegExp(word)}["'”]`;
  const start = piece.search(new RegExp(quote(placeholder), 'i'));
  if (start < 0) return piece;
  const rest = [...others].filter((other) => other.toLowerCase() !== placeholder.toLowerCase());
  if (rest.length === 0) return piece.slice(start);
  const other = `(?:${rest.map(quote).join('|')})`;
  const joined = new RegExp(
    `^${quote(placeholder)}(?:\\s*(?:,|and|or|&)\\s*(?:and\\s+)?${other})*`,
    'i',
  ).exec(piece.slice(start));
  const from = start + (joined?.[0].length ?? 0);
  const next = piece.slice(from).search(new RegExp(other, 'i'));
  return piece.slice(start, next < 0 ? undefined : from + next);
}

/** 'a string from the "Name" column', 'written as in "Team"': a quoted column's name, not a word to pick. */
const NAMES_COLUMN = /\b(?:from|in)\s+(?:the\s+)?$|\bof\s+the\s+$/i;

function optionsIn(text: string): string[] {
  return [...text.matchAll(/["“]([^"”\n]{1,30})["”]/g)]
    .filter((match) => !NAMES_COLUMN.test(text.slice(0, match.index)))
    .map((match) => match[1]!.trim());
}

/** The slots of a format, each with its rounding and allowed words. */
export function parseSlots(format: string, constraints = ''): Slot[] {
  const slots: Slot[] = [];
  const generalDecimals = decimalsIn(format) ?? decimalsIn(constraints);
  const allPlaceholders = new Set(
    [...format.matchAll(/@[A-Za-z0-9_]+\[([^\]]*)\]/g)].flatMap((match) => match[1]!.split(/\s*,\s*/)),
  );
  for (const match of format.matchAll(/@([A-Za-z0-9_]+)\[([^\]]*)\]/g)) {
    const name = match[1]!;
    const placeholder = match[2]!.trim();
    const placeholders = placeholder.split(/\s*,\s*/).filter(Boolean);
    const pieces = placeholders.flatMap((item) =>
      piecesNaming(format, item).map((piece) => ownPart(piece, item, allPlaceholders)),
    );
    const own =
      pieces.map(decimalsIn).find((value) => value !== undefined) ??
      pieces.map((piece) => ellipticDecimals(piece, format)).find((value) => value !== undefined);
    const words = pieces
      .filter((piece) => /\b(either|or|otherwise|can be|one of|string|boolean)\b/i.test(piece))
      .flatMap(optionsIn)
      .filter((option) => !allPlaceholders.has(option) && !/\s{2,}/.test(option));
    const inline = placeholder.includes('/') ? placeholder.split('/').map((item) => item.trim()) : [];
    const booleans = pieces.some((piece) => /\bboolean\b/i.test(piece)) ? ['True', 'False'] : [];
    const decimals = own ?? generalDecimals;
    slots.push({
      name,
      placeholder,
      ...(decimals !== undefined ? { decimals } : {}),
      options: [...new Set([...inline, ...words, ...booleans])],
    });
  }
  return slots;
}

/** Decimal places the format asks for one named value of a slot, else the slot's own. */
export function decimalsFor(
  format: string,
  placeholder: string,
  fallback: number | undefined,
): number | undefined {
  const lower = placeholder.toLowerCase();
  return (
    piecesNaming(format, placeholder)
      .map((piece) => decimalsIn(piece.slice(Math.max(0, piece.toLowerCase().indexOf(lower)))))
      .find((value) => value !== undefined) ?? fallback
  );
}

/**
 * A number at `places` decimals as Python writes it (`f"{x:.2f}"`, `round(x, 2)`): the exact
 * binary value rounded to the nearest, and an exact tie to the even digit (100.625 → 100.62,
 * where JavaScript's toFixed gives 100.63).
 */
function toFixedAsPython(value: number, places: number): string {
  const size = Math.abs(value);
  // The binary value's own decimals, far past the rounding place.
  const exact = size.toFixed(Math.min(100, places + 30));
  const next = exact.indexOf('.') + 1 + places;
  if (exact[next] !== '5' || !/^0*$/.test(exact.slice(next + 1))) return value.toFixed(places);
  const kept = exact.slice(0, places === 0 ? next - 1 : next);
  const written = Number(kept.at(-1)) % 2 === 0 ? kept : size.toFixed(places);
  return value < 0 ? `-${written}` : written;
}

/** A number written at the slot's rounding (2 places when the format says nothing). */
export function writeNumber(value: number, decimals: number | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  const places = decimals ?? 2;
  const rounded = Number(toFixedAsPython(value, places));
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(places);
}
