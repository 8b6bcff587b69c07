/**
 * @module normalize-text
 * Text matching for questions over tables: lower case, accents and punctuation removed,
 * plurals reduced to a stem, a few synonyms folded together.
 */
import { SMALL_NUMBER_WORDS } from '../../lib/text/number-words.ts';

export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’´`']/g, '')
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/[^a-z0-9.%$€£]+/g, ' ')
    .replace(/(^|\s)\.+|\.+(\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const IRREGULAR: Record<string, string> = {
  people: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  countries: 'country',
  won: 'win',
  wins: 'win',
  goals: 'goal',
};

/** A crude English stem: plural and common verb endings. */
export function stem(word: string): string {
  // An own entry only: "constructor" and "toString" are words, not the object's methods.
  if (Object.hasOwn(IRREGULAR, word)) return IRREGULAR[word] as string;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (
    word.length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !word.endsWith('us') &&
    !word.endsWith('is')
  )
    return word.slice(0, -1);
  return word;
}

export function tokens(text: string): string[] {
  return normalizeText(text).split(' ').filter(Boolean);
}

export const STOP_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'and',
  'or',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'did',
  'do',
  'does',
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'how',
  'many',
  'much',
  'that',
  'this',
  'these',
  'those',
  'their',
  'its',
  'it',
  'as',
  'from',
  'than',
  'there',
  'has',
  'have',
  'had',
  'name',
  'number',
  'total',
  'list',
  'only',
  'one',
  'each',
  'after',
  'before',
  'all',
  'any',
  'his',
  'her',
  'they',
  'he',
  'she',
  'them',
  'other',
  'same',
  'more',
  'less',
  'most',
  'least',
  'first',
  'last',
  'not',
  'no',
  'but',
  'if',
  'then',
  'so',
  'up',
]);

/** A small whole number written as a word or digits ("three", "3"), else undefined. */
export function numberWord(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return SMALL_NUMBER_WORDS[lower];
}

/** A comparison with zero in words ("greater than zero", "is above zero"): the bound read as a figure. */
const COMPARED_WITH_ZERO =
  /\b(greater than|more than|higher than|larger than|less than|fewer than|lower than|smaller than|above|below|over|under|at least|at most|equal to|(?:greater|less|more|fewer) than or equal to)\s+zero\b/gi;

/** A comparison sign before a number ("number_of_runs >= 50"), and the words conditions read it by. */
const COMPARISON_SIGN = /(?<=[\w)\]])\s*(>=|<=|≥|≤|>|<)\s*(?=-?\d)/g;
const SIGN_WORDS: Readonly<Record<string, string>> = {
  '>=': 'greater than or equal to',
  '≥': 'greater than or equal to',
  '<=': 'less than or equal to',
  '≤': 'less than or equal to',
  '>': 'greater than',
  '<': 'less than',
};

/**
 * The text with a comparison with zero written as one with 0, and a comparison sign before a
 * number written in words, the way conditions read bounds.
 */
export function withZeroAsDigit(text: string): string {
  return text
    .replace(COMPARED_WITH_ZERO, '$1 0')
    .replace(COMPARISON_SIGN, (_sign, sign: string) => ` ${SIGN_WORDS[sign]} `);
}

/** "the most of these farms", "the fewest of those trips": the superlative of the noun itself. */
const PARTITIVE_SUPERLATIVE =
  /\b(the\s+(?:most|fewest|least))\s+of\s+(?:these|those|the|all\s+the|all\s+these)\s+(?=[a-z])/gi;

/** The text with "the most of these farms" written as "the most farms", the way rankings read a counted noun. */
export function withPartitiveAsNoun(text: string): string {
  return text.replace(PARTITIVE_SUPERLATIVE, '$1 ');
}

/** Comparatives and the superlative each stands for when a question picks one of its groups by it. */
const SUPERLATIVE_OF: Readonly<Record<string, string>> = {
  larger: 'largest',
  higher: 'highest',
  greater: 'greatest',
  bigger: 'biggest',
  smaller: 'smallest',
  lower: 'lowest',
};

/** "Which team has the higher mean score": the comparative that picks a group, not one said against a bound ("than"). */
const PICKING_COMPARATIVE =
  /(\b(?:which|what)\s+[a-z][\w .'’-]{0,40}?\s+(?:has|had|have|shows?|showed|records?|recorded|gets?|got)\s+the\s+)(larger|higher|greater|bigger|smaller|lower)\b(?![^.?;\n]*\bthan\b)/gi;

/** The text with "which X has the larger Y" written as "which X has the largest Y", the way rankings read a group's pick. */
export function withPickingComparative(text: string): string {
  return text.replace(
    PICKING_COMPARATIVE,
    (_whole, lead: string, word: string) => `${lead}${SUPERLATIVE_OF[word.toLowerCase()]}`,
  );
}

/** "over the 1980s", "in the '90s" is not read: a decade after a word that places it in time. */
const DECADE = /\b(in|during|over|throughout|across|for|of|from)\s+the\s+((?:1[6-9]|20)\d)0s\b/gi;

/** The text with a decade written as the span of its years ("over the 1980s" → "over the years between 1980 and 1989"). */
export function withDecadesAsSpans(text: string, all = text): string {
  // "Bin it into '1980s' for 1980 to 1989": a decade the text names as a label stays one.
  if (/["'‘“`](?:1[6-9]|20)\d0s["'’”`]/.test(all)) return text;
  return text.replace(
    DECADE,
    (_whole, lead: string, start: string) => `${lead} the years between ${start}0 and ${start}9`,
  );
}

/** The adjective each period of a reduplicated compound is read as ("day-to-day" → "daily"). */
const PERIOD_ADJECTIVES: Readonly<Record<string, string>> = {
  hour: 'hourly',
  day: 'daily',
  week: 'weekly',
  month: 'monthly',
  quarter: 'quarterly',
  year: 'yearly',
};

/**
 * "day-to-day", "week on week", "year-over-year": a period repeated round "to", "over" or "on"
 * means "from one row to the next", not the rows of a column of that period's name. Not after
 * "from" ("it moves from day to day"), where the words already read as a change between rows.
 */
const PERIOD_COMPOUND = /(?<!\bfrom\s+)\b(hour|day|week|month|quarter|year)[-\s]+(?:to|over|on)[-\s]+\1\b/gi;

/**
 * The text with a reduplicated period compound written as its adjective ("the day-to-day change"
 * → "the daily change"), so that no column named after the period reads as mentioned. A compound
 * inside a column's own name (`columns`) is left as written.
 */
export function withPeriodCompoundsAsAdjectives(text: string, columns: readonly string[] = []): string {
  return text.replace(PERIOD_COMPOUND, (compound: string, period: string) => {
    const adjective = PERIOD_ADJECTIVES[period.toLowerCase()];
    if (!adjective || columns.some((column) => column.toLowerCase().includes(compound.toLowerCase())))
      return compound;
    // "Day-to-day change = …" at a sentence's start stays capitalised.
    return /^[A-Z]/.test(compound) ? adjective[0]!.toUpperCase() + adjective.slice(1) : adjective;
  });
}
