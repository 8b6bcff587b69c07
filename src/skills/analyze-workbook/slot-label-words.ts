/**
 * @module slot-label-words
 * Words a slot's writer adds to its name only to say what the figure is about: the event the rows
 * record ("@crossing_mean_minutes" for the mean Minutes Late of a ferry's crossings), the question's
 * own noun for a column ("@max_copper" for the highest price in a column of ticker codes), or the rows
 * a count keeps ("@voyages_used" for the rows kept where Passengers has a figure). Such words are read
 * as labels only when the plan already answers the slot by its own words: the one statistic the slot names (or,
 * naming none, its placeholder names) is the plan's statistic, or a count the slot asks for counts
 * the rows a condition kept or the rows of the group a ranking put first. A word that could carry
 * a condition the plan did not read (a comparison, a size or time, a negation, a number, a word the
 * text defines by "when", a word written beside the measured column's own word, a name the text
 * capitalises, a word of three letters or fewer) is never a label.
 */
import { SMALL_NUMBER_WORDS } from '../../lib/text/number-words.ts';
import { stem as porterStem } from '../../lib/text/stem.ts';
import { FUNCTION_WORDS } from '../../lib/text/stop-words.ts';
import { wordsOf } from './analysis-frame.ts';
import type { Slot } from './answer-format.ts';
import { isStatisticWord, readSlotName, statisticWord } from './slot-words.ts';

/**
 * Words that narrow rows rather than name them: comparisons, sizes, times, ranks, states and
 * verdicts ("@big_finals", "@late_tests", "@above_mean", "@still_open").
 */
const CONDITION_WORDS = new Set(
  wordsOf(`
  above below over under beyond past more less fewer least most only still never ever since until till
  through thru between within outside inside without except besides zero none nil nobody nothing neither
  either both same other others else big small large little huge tiny long short tall high low wide narrow
  broad deep shallow early late young old new recent fresh fast slow quick heavy light hot cold warm cool
  busy idle full empty open closed close far near good bad poor rich top bottom upper lower inner outer
  positive negative odd even whole partial better worse higher lower bigger larger smaller longer shorter
  taller greater earlier later older younger newer faster slower wider closer heavier lighter hotter colder
  up down rise rises rising fall falls falling gain gains lose loses losing lost won win wins winning
  increase increases decrease decreases drop drops growth grow grows change changed changes increasing
  decreasing yes true false pass passed fail failed valid invalid same different differ difference diff
  alone single double triple twice once half quarter third thirds quarters halves per each every only
  `),
);

/** The statistics a plan's note opens with ("mean of Time over 8 values"), by the slot word's canonical form. */
const NOTE_STATISTICS: Readonly<Record<string, RegExp>> = {
  mean: /^mean of /,
  median: /^median of /,
  max: /^maximum of /,
  min: /^minimum of /,
  std: /^(?:sample |population )?standard deviation of /,
  total: /^(?:sum|total) of /,
  count:
    /^count of rows remaining \(left, kept\)|^count of rows(?: \([^()]*\))? of the most frequent |^.+ groups ranked by count of [^:]*: (?:highest|most) /,
};

/** A slot word that could be no more than a label: a plain word of four letters or more that narrows nothing. */
function labelWord(word: string): boolean {
  return (
    // Four letters or more: "wgt", "ac" may cut another column's name.
    /^[a-z]{4,}$/.test(word) &&
    !FUNCTION_WORDS.has(word) &&
    !CONDITION_WORDS.has(word) &&
    !(word in SMALL_NUMBER_WORDS) &&
    // "@uncharted_singles", "@nonvoting_members": a negation.
    !/^(?:un|non)[a-z]{3,}/.test(word) &&
    // "@widest_day", "@longest_run": a ranking the slot's own statistic does not state.
    !/[a-z]{2}est$/.test(word)
  );
}

/** The one statistic the slot's name names, or else its placeholder; undefined for none or several. */
function slotStatistic(slot: Slot): string | undefined {
  const canonical = (words: readonly string[]) =>
    new Set(words.filter(isStatisticWord).map((word) => statisticWord(word) ?? word));
  const named = canonical(readSlotName(slot.name));
  const said = named.size > 0 ? named : canonical(wordsOf(slot.placeholder));
  const only = said.size === 1 ? [...said][0]! : undefined;
  return only !== undefined && Object.hasOwn(NOTE_STATISTICS, only) ? only : undefined;
}

/**
 * Whether every word of `uncovered` (words of the slot's name nothing else accounts for) is a
 * label of a figure the plan's note (`note`) already answers by the slot's own statistic; `text` is
 * the question, constraints and format, and `columns` the columns the plan read.
 */
export function labelWordsOnly(
  slot: Slot,
  uncovered: readonly string[],
  note: string,
  text: string,
  columns: readonly string[],
): boolean {
  if (uncovered.length === 0 || !uncovered.every(labelWord)) return false;
  // "@indoorCrowd" for the mean Crowd: a word beside the measure's own word narrows its rows.
  const words = readSlotName(slot.name);
  const measured = new Set(columns.flatMap((name) => wordsOf(name)));
  const beside = (word: string) =>
    measured.has(words[words.indexOf(word) + 1] ?? '') || measured.has(words[words.indexOf(word) - 1] ?? '');
  if (uncovered.some(beside)) return false;
  // "at Northport" beside "@northport_mean_toll": a name the text writes capitalised inside a sentence
  // names rows, a place or a team, not the figure.
  if (
    uncovered.some((word) =>
      new RegExp(`[^\\s.?!:{]\\s+${word[0]!.toUpperCase()}${word.slice(1)}`).test(text),
    )
  )
    return false;
  // "A runner finished when …" beside "@median_finishers": a word the text defines is a condition.
  const defined = new Set(
    [...text.matchAll(/\b([a-z]{3,})\s+(?:when|if|unless|only if)\b/gi)].map((match) =>
      porterStem(match[1]!.toLowerCase()),
    ),
  );
  if (uncovered.some((word) => defined.has(porterStem(word)))) return false;
  const statistic = slotStatistic(slot);
  return statistic !== undefined && NOTE_STATISTICS[statistic]!.test(note);
}
