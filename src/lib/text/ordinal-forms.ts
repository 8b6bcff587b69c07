/**
 * @module ordinal-forms
 * The ways an ordinal is written in a name: "6th", "sixth", "VI" or a bare "6" ("CHILIFEST -5-"),
 * shared by question readers that tell an occurrence count from a part of a name.
 */

/** The ordinal words first to nineteenth, in order (`ORDINAL_WORDS[n - 1]` is the n-th). */
export const ORDINAL_WORDS: readonly string[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

/** n in Roman numerals, lower case ("vi"); empty outside 1 to 3999. */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return '';
  const steps: readonly (readonly [number, string])[] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = n;
  let out = '';
  for (const [value, letters] of steps)
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  return out;
}

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinalDigits(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Every form of the n-th in lower case: "6th", "sixth" (to nineteenth), "vi", "6". */
export function ordinalForms(n: number): string[] {
  return [ordinalDigits(n), ORDINAL_WORDS[n - 1] ?? '', romanNumeral(n), String(n)].filter(Boolean);
}
