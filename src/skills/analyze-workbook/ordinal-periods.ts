/**
 * @module ordinal-periods
 * Ordinals that name a value of a numbered column: "the third leg" is Leg 3, "first-quarter
 * events" are PERIOD 1 in a game log whose periods are its quarters, and "the first heat, and how
 * many in the second" names two heats, not one.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { ORDINAL_WORDS } from '../../lib/text/ordinal-forms.ts';

/**
 * Nouns a column's name may write another way: a game's quarters and halves are its periods
 * ("PERIOD", "Qtr").
 */
const NOUN_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  quarter: ['quarter', 'qtr', 'period'],
  half: ['half', 'period'],
};

/**
 * Whether a noun of the text ("heat", "quarter") names the column whose squashed name is `key`:
 * the name ends in it ("Heat", "Tclass"), or holds it anywhere when `within` ("TicketClass").
 */
function nounNamesColumn(noun: string, key: string, within = false): boolean {
  const said = noun.toLowerCase();
  // "heats" is the Heat column; "class" keeps its "s".
  return [said, said.replace(/s$/, '')]
    .filter((word) => word.length >= 3)
    .some((word) =>
      (NOUN_COLUMNS[word] ?? [word]).some((name) => key.endsWith(name) || (within && key.includes(name))),
    );
}

/** The place an ordinal word or numeral names ("fourth" and "4th" → 4), else none. */
function placeOf(spoken: string): number | undefined {
  const word = spoken.toLowerCase();
  const index = ORDINAL_WORDS.indexOf(word);
  if (index >= 0) return index + 1;
  const numeral = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
  return numeral ? Number(numeral[1]) : undefined;
}

const ORDINAL = `(${ORDINAL_WORDS.join('|')}|\\d{1,2}(?:st|nd|rd|th))`;

/** "the third leg", "first-quarter events"; "3rd seed or better" is a bound, not the value 3. */
const ORDINAL_NOUN = new RegExp(
  `\\b${ORDINAL}[ -]([a-z]{3,})\\b(?!\\s+or\\s+(?:better|worse|higher|lower|above|below|more|less|fewer|earlier|later)\\b)`,
  'gi',
);

/** "… and how many in the second?": an ordinal whose noun is left out, read after a named one. */
const BARE_ORDINAL = new RegExp(
  `\\bthe\\s+${ORDINAL}(?=\\s*(?:[?,.;:)]|$)|\\s+(?:one|ones|and|or|but)\\b)`,
  'gim',
);

/**
 * The values of the column (squashed name `key`, whole-number values `values`) that the text
 * names by an ordinal before a noun naming the column, and by an ordinal whose noun it leaves
 * out once it has named one ("the first heat, and the second"). Places the column lacks name
 * nothing.
 */
export function ordinalValuesNamed(
  text: string,
  key: string,
  values: ReadonlySet<unknown>,
  within = false,
): Set<number> {
  const found = new Set<number>();
  for (const match of text.matchAll(ORDINAL_NOUN)) {
    if (!nounNamesColumn(match[2]!, key, within)) continue;
    const place = placeOf(match[1]!);
    if (place !== undefined && values.has(place)) found.add(place);
  }
  if (found.size === 0) return found;
  for (const match of text.matchAll(BARE_ORDINAL)) {
    const place = placeOf(match[1]!);
    if (place !== undefined && values.has(place)) found.add(place);
  }
  return found;
}

/**
 * "@second_heat_athletes", "@fourth_quarter_events": a slot whose own words write the ordinal of
 * `value` right before a noun naming the column.
 */
export function slotNamesOrdinal(value: number, words: readonly string[], key: string): boolean {
  const ordinal = ORDINAL_WORDS[value - 1];
  if (ordinal === undefined) return false;
  return words.some((word, index) => word === ordinal && nounNamesColumn(words[index + 1] ?? '', key));
}

/**
 * Words a plan's kept rows account for in a slot's name: the ordinal of a whole number the plan
 * kept a column at, and the nouns that name that column another way ("fourth", "quarter" for
 * "where PERIOD is 4").
 */
export function ordinalPlanWords(planText: string, columns: readonly string[]): string[] {
  const words: string[] = [];
  for (const name of columns) {
    for (const match of planText.matchAll(
      new RegExp(`\\bwhere ${escapeRegExp(name)} is (\\d{1,2})\\b(?![.\\d])`, 'g'),
    )) {
      const ordinal = ORDINAL_WORDS[Number(match[1]) - 1];
      if (ordinal === undefined) continue;
      const key = name.toLowerCase().replace(/[^a-z]/g, '');
      words.push(ordinal, ...Object.keys(NOUN_COLUMNS).filter((noun) => nounNamesColumn(noun, key)));
    }
  }
  return words;
}

/**
 * Whether the plan kept the rows an ordinal phrase names ("fourth quarter" once the plan kept
 * the rows where PERIOD is 4), so the phrase is no condition left undone.
 */
export function keptOrdinalPhrase(phrase: string, planText: string, columns: readonly string[]): boolean {
  const [spoken, noun] = phrase.trim().split(/\s+/);
  const place = placeOf(spoken ?? '');
  if (place === undefined || noun === undefined) return false;
  return columns.some(
    (name) =>
      nounNamesColumn(noun, name.toLowerCase().replace(/[^a-z]/g, '')) &&
      new RegExp(`\\bwhere ${escapeRegExp(name)} is ${place}\\b(?![.\\d])`).test(planText),
  );
}

/** A finding's ordinals as the places they name ("fourth quarter" → "4 quarter"), to compare with stated numbers. */
export function ordinalsAsPlaces(text: string): string {
  return text.replace(new RegExp(`\\b${ORDINAL}\\b`, 'gi'), (spoken) => String(placeOf(spoken) ?? spoken));
}
