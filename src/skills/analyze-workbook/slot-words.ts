/**
 * @module slot-words
 * Reads the words of an answer slot's name ("@avg_fare", "@stdevAge", "@n_outliers",
 * "@pctMissing", "@corr_coef") as the statistic words the slot rules know: each word is
 * mapped through a table of the abbreviations and synonyms statistics are written with, and
 * a word glued from a statistic and another known word ("avgage", "totalsales") is split.
 * The slot's own words are kept beside what they map to, so a column named like a statistic
 * still reads as a column.
 */
import { wordsOf } from './analysis-frame.ts';
import { withPeriodCompoundsAsAdjectives } from './normalize-text.ts';

/** Each statistic word the rules read, with the forms slot names write it in. */
const SYNONYM_TABLE: Record<string, string> = {
  mean: 'avg ave averag average averaged arithmetic mu',
  median: 'med mdn medians',
  std: 'stdev stddev stdv sdev sd sdv stdeviation standarddeviation',
  variance: 'var variances',
  count: 'cnt n nb nbr nr num numb number tally',
  min: 'minimum minimal minval lowest smallest least',
  max: 'maximum maximal maxval highest largest greatest biggest',
  correlation: 'corr correl correlation coef coeff coefficient pearson pearsonr rho',
  pvalue: 'pval pvalue pv prob probability',
  percentage: 'pct perc pcnt percent percentage prop proportion fraction frac',
  total: 'sum summed tot',
  skew: 'skw skewness skewed',
  kurtosis: 'kurt kurtosi',
  slope: 'gradient',
  intercept: 'icept',
  iqr: 'interquartile',
  range: 'span',
  zscore: 'zscores zscore zval',
  unique: 'distinct nunique uniq cardinality',
  missing: 'nan null nulls na empty blank absent',
  outlier: 'anomaly anomalies unusual',
  mode: 'modal',
  cumulative: 'cumsum cum',
  geometric: 'gmean geomean',
  harmonic: 'hmean harmean',
};

const SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries(SYNONYM_TABLE).flatMap(([canonical, forms]) =>
    forms
      .split(/\s+/)
      .flatMap((form) => wordsOf(form))
      .map((form) => [form, wordsOf(canonical)[0] ?? canonical] as const),
  ),
);

const CANONICAL: ReadonlySet<string> = new Set(SYNONYMS.values());

/** Whether a slot-name word names a statistic, in any of its forms ("median" as well as "med"). */
export function isStatisticWord(word: string): boolean {
  return SYNONYMS.has(word) || CANONICAL.has(word);
}

/** Two slot-name words that together write one statistic word. */
const PAIRED_FORMS: ReadonlyMap<string, string> = new Map([
  ['z score', 'zscore'],
  ['standard score', 'zscore'],
]);

/** Forms long enough to be split off a glued word ("avg" in "avgage", "sum" in "salessum"). */
const GLUED = [...SYNONYMS.keys(), ...new Set(SYNONYMS.values())].filter((form) => form.length >= 3);

/** The statistic word a slot-name word stands for, or undefined when it is no statistic form. */
export function statisticWord(word: string): string | undefined {
  return SYNONYMS.get(word);
}

/**
 * A glued word split into a statistic form and the rest, when the rest is a word `known`
 * accepts ("avgage" → avg, age when the table has an Age column); else the word alone.
 */
function splitGlued(word: string, known: (word: string) => boolean): string[] {
  if (SYNONYMS.has(word) || known(word)) return [word];
  for (const form of GLUED) {
    if (word.length < form.length + 3) continue;
    if (word.startsWith(form) && known(word.slice(form.length))) return [form, word.slice(form.length)];
    if (word.endsWith(form) && known(word.slice(0, -form.length))) return [word.slice(0, -form.length), form];
  }
  return [word];
}

/**
 * The words of a slot's name with the statistic words they stand for added after each:
 * "avg_fare" → avg, mean, fare. `known` names the words a glued word may split into
 * (the table's column words, say).
 */
export function readSlotName(name: string, known: (word: string) => boolean = () => false): string[] {
  // "@day_to_day_std": the standard deviation of a daily change, not of a Day column.
  // "@p_val": the two parts of a p-value's short form are one word.
  const joined = name.replace(/_/g, ' ').replace(/\bp\s+val\b/gi, 'pval');
  const words = wordsOf(withPeriodCompoundsAsAdjectives(joined)).flatMap((word) => splitGlued(word, known));
  const read: string[] = [];
  for (const [index, word] of words.entries()) {
    read.push(word);
    const canonical = SYNONYMS.get(word);
    if (canonical && canonical !== word && !read.includes(canonical)) read.push(canonical);
    // "z_score", "standard_score": the two words name one statistic.
    const pair = PAIRED_FORMS.get(`${words[index - 1] ?? ''} ${word}`);
    if (pair && !read.includes(pair)) read.push(pair);
  }
  return read;
}

const PERCENT_UNIT = /^(?:percent|percentage|pct)$/;

/**
 * A slot's words without the percent words that follow a number ("@days_above_2_percent": above,
 * 2, percent): the unit of the bound the slot counts past, not a share it asks for.
 */
export function withoutBoundUnits(words: readonly string[]): string[] {
  let afterNumber = false;
  return words.filter((word) => {
    if (/^\d+(?:\.\d+)?$/.test(word)) afterNumber = true;
    else if (!PERCENT_UNIT.test(word)) afterNumber = false;
    return !(afterNumber && PERCENT_UNIT.test(word));
  });
}

/**
 * Superlatives a slot may name a ranked group or row by ("busiest_constructor", "weakestMaker"):
 * the ranking the question states says which end, so each stands for either.
 */
export const RANKING_ADJECTIVES: ReadonlySet<string> = new Set(
  wordsOf(`best worst top bottom busiest weakest strongest biggest greatest richest poorest fastest slowest
    oldest youngest tallest shortest heaviest lightest longest cheapest costliest priciest dearest hottest
    coldest wettest driest deadliest safest leading`),
);
