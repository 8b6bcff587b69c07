/**
 * @module described-bins
 * Bins a question describes by their ranges ("Bin the orchards by yield into below 40, 40 to 70
 * and above 70", "Split the members into fewer than 5, 5 to 12, and more than 12"):
 * the list says how rows are grouped, so its bounds keep no rows; and the constraints that name
 * one of the bins ("The middle band holds the rows whose Visits is at least 5 and at most 12")
 * give the slot words "middle" and "band" to the rows kept by that bin's condition.
 */

const NUMBER = String.raw`-?\d[\d,]*(?:\.\d+)?%?`;
const UNIT = String.raw`(?:\s+(?:points?|percent|years?|days?|games?|goals?|wins?))?`;
/** One range of a list: "below 75", "75 to 85", "50 or more", "between 20 and 50". */
const RANGE = String.raw`(?:(?:below|under|less than|fewer than|lower than|up to|above|over|more than|greater than|higher than|at least|at most)\s+${NUMBER}${UNIT}|between\s+${NUMBER}\s+and\s+${NUMBER}${UNIT}|${NUMBER}${UNIT}\s*(?:to|-|–)\s*${NUMBER}${UNIT}|${NUMBER}${UNIT}\s+(?:or|and)\s+(?:more|above|over|higher|less|below|under|fewer|lower))`;
/** Three or more ranges, or two, after a grouping verb and "into". */
const DESCRIBED = new RegExp(
  String.raw`(\b(?:bin|bins|binned|binning|group|groups|grouped|grouping|split|splits|divide|divided|dividing|sort|sorted|band|banded|bucket|bucketed|categori[sz]e|categori[sz]ed|classify|classified)\b[^.?;\n]{0,80}?\binto\s+(?:the\s+)?(?:(?:bins|groups|bands|buckets|ranges|categories)\s+)?)(${RANGE}(?:\s*,\s*(?:and\s+|or\s+)?${RANGE}|\s+(?:and|or)\s+${RANGE})+)`,
  'gi',
);

/** The text with each list of ranges a grouping verb describes written as "the stated bins". */
export function withoutDescribedBins(text: string): string {
  return text.replace(DESCRIBED, (_, lead: string) => `${lead}the stated bins`);
}

/** Words that name one bin of several by its place. */
const PLACE = String.raw`(middle|top|bottom|lowest|highest|low|high|first|second|third|last|upper|lower)`;
const BIN_NOUN = String.raw`(group|bin|bucket|band|range|class|category|tier)`;
const NAMED_BIN = new RegExp(
  String.raw`\bthe\s+${PLACE}\s+${BIN_NOUN}\s+(?:holds|is|has|contains|covers|means|takes|consists of|is made of)\s+(?:the\s+)?(?:rows|ones|records|entries)\b`,
  'gi',
);

/**
 * The words of a bin the text names by its place and defines by the rows it holds ("the middle
 * band holds the rows whose …" → middle, band), for a plan that kept rows by a condition.
 */
export function definedBinWords(text: string, planText: string): string[] {
  if (!/\brows (?:where|with|whose)\b/.test(planText)) return [];
  return [...text.matchAll(NAMED_BIN)].flatMap((match) => [match[1]!.toLowerCase(), match[2]!.toLowerCase()]);
}
