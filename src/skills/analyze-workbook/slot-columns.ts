/**
 * @module slot-columns
 * Reading a slot against the table: the columns its name and placeholder name, the group
 * it narrows to ("class_1"), its parts when it lists several values, and whether it asks for a
 * list or a name.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { ORDINAL_WORDS } from '../../lib/text/ordinal-forms.ts';
import {
  type Cell,
  categoryValues,
  cellsOf,
  columnNames,
  type Frame,
  findMentions,
  isNumericColumn,
  rowsWithout,
  wordsOf,
} from './analysis-frame.ts';
import { decimalsFor, type Slot } from './answer-format.ts';
import { cellDate } from './date-conditions.ts';
import { comparedSpansOf } from './frame-date-filters.ts';
import { madeFlagGroup } from './made-flag-rows.ts';
import { negatedSlotLabel } from './negated-label-groups.ts';
import { ordinalValuesNamed, slotNamesOrdinal } from './ordinal-periods.ts';
import { containsPhrase, findPhrase, type SlotResult, slotWords } from './slot-context.ts';
import { slotNamedRange } from './slot-named-range.ts';
import { readSlotName } from './slot-words.ts';
import { binsOf, labelEncoded } from './transform-frame.ts';
import { aliasesOf } from './value-aliases.ts';
import { labelledValueGroup } from './value-labels.ts';

/** A slot narrowed to one group when its words name a category value ("class_1", "graduate"). */
export function slotGroup(
  frame: Frame,
  slot: Slot,
  rows: readonly number[],
  text: string,
): { rows: number[]; note: string; column: string; value: Cell; words?: readonly string[] } | undefined {
  // "@under_52_50" beside "… into under 52.50, from 52.50 to under 54.00, and 54.00 or more".
  const ranged = slotNamedRange(frame, slot, rows, text);
  if (ranged) return ranged;
  // "@mean_load_late" once "late_run" was made 1 for some rows, and the text says "late runs".
  const flagged = madeFlagGroup(frame, slot, rows, text);
  if (flagged) return flagged;
  // "@not_eligible_mean_pay" where the text labels the values ("not eligible when it is 0").
  const labelled = labelledValueGroup(frame, slot, rows, text);
  if (labelled) return labelled;
  // "@mean_fee_not_insured": the rows of the negative value of the label the slot negates.
  const negated = negatedSlotLabel(frame, readSlotName(slot.name), text);
  if (negated) {
    const cells = cellsOf(frame, negated.column);
    // A condition the question set on the label ("self-employed") keeps the other value's rows.
    const base = (rows === frame.rows ? rowsWithout(frame, negated.column) : undefined) ?? rows;
    return {
      rows: base.filter((row) => cells[row] === negated.value),
      note: `, where ${negated.column} is ${JSON.stringify(negated.value)} (not ${negated.label})`,
      column: negated.column,
      value: negated.value,
    };
  }
  const keyword = /\b(each|separately|per|different|between|respectively|groups?|versus|vs)\b/i.test(text);
  const textWords = wordsOf(text);
  const words = slotWords(slot);
  const columnWords = new Set(columnNames(frame).flatMap((name) => wordsOf(name)));
  for (const name of columnNames(frame)) {
    // 'Leaving out the Total row' beside "@total_outliers": a value a step left out names no group.
    const values = categoryValues(frame, name, 12).filter(
      (item) =>
        !frame.steps.some((step) =>
          step.startsWith(`rows where ${name} is not ${JSON.stringify(String(item.value))}`),
        ),
    );
    if (values.length < 2) continue;
    const nameWords = wordsOf(name);
    const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
    const hits = values.filter((item) => {
      if (typeof item.value === 'number' && ordinalNamed(item.value, words, key, text)) return true;
      if (typeof item.value === 'number') {
        const at = words.indexOf(String(item.value));
        if (at <= 0) return false;
        const before = words[at - 1]!;
        // "class_1" (the column's name just before), "group2" of a column "Grp" its consonants
        // abbreviate, or "label_0_count" of an encoded "sex".
        return (
          (before.length >= 3 &&
            (key.endsWith(before) || nameWords.includes(before) || abbreviates(key, before))) ||
          (before === 'label' &&
            nameWords.length > 0 &&
            // "label_1_count" when the steps label encoded this one column alone.
            (nameWords.every((word) => words.includes(word)) || encodedAlone(frame, name)))
        );
      }
      // "@top_zone[k]": a placeholder's one letter is the writer's variable, not a code "K";
      // the slot's own name may still name one ("@mean_fee_r").
      const within =
        typeof item.value === 'string' && /^\w$/.test(item.value.trim()) ? readSlotName(slot.name) : words;
      // "@mean_home_attendance" over an H/A column of "H" and "A": a result written as its code.
      return findPhrase(within, item.words) >= 0 || codedAs(words, item.value, columnWords);
    });
    const longest = hits.filter(
      (item) =>
        !hits.some(
          (other) =>
            other !== item &&
            other.words.length > item.words.length &&
            containsPhrase(other.words, item.words),
        ),
    );
    // Without a word like "each", the question must itself name two or more of the column's
    // values ("male passengers and female passengers") for a slot to pick one of them.
    const compared =
      keyword ||
      values.filter(
        (item) => typeof item.value === 'number' && ordinalNamed(item.value, undefined, key, text),
      ).length >= 2 ||
      values.filter(
        (item) =>
          typeof item.value === 'string' && item.words.length > 0 && containsPhrase(textWords, item.words),
      ).length >= 2;
    if (longest.length === 1 && compared) {
      const cells = cellsOf(frame, name);
      const value = longest[0]!.value;
      return {
        rows: rows.filter((row) => cells[row] === value),
        note: `, where ${name} is ${JSON.stringify(value)}`,
        column: name,
        value,
        // "@mean_fee_r" of a Squad coded "D" and "R": a one-letter code the slot names is the group's,
        // not a statistic's letter (r for a correlation).
        ...(typeof value === 'string' && value.trim().length === 1 ? { words: longest[0]!.words } : {}),
      };
    }
  }
  return (
    endBinGroup(frame, slot, rows) ??
    emptyBinGroup(frame, slot, rows) ??
    comparedSpanGroup(frame, slot, rows) ??
    yearGroup(frame, slot, rows, text)
  );
}

/**
 * "@old_mean" when the bin labelled "old" holds no row: the slot's group is that empty bin (its
 * figure is then no number, and refused), not every row.
 */
function emptyBinGroup(
  frame: Frame,
  slot: Slot,
  rows: readonly number[],
): { rows: number[]; note: string; column: string; value: Cell } | undefined {
  const words = slotWords(slot);
  for (const column of frame.derived.keys()) {
    const bins = binsOf(frame, column);
    if (!bins) continue;
    const cells = cellsOf(frame, column);
    const named = bins.names.filter((label) => findPhrase(words, wordsOf(label)) >= 0);
    if (named.length !== 1) continue;
    const label = named[0]!;
    if (rows.some((row) => cells[row] === label)) continue;
    return { rows: [], note: `, where ${column} is ${JSON.stringify(label)} (no row)`, column, value: label };
  }
  return undefined;
}

/**
 * "@mean_sales_1970s" of "the means of the 1970s and of the 1990s": the one compared span
 * of years whose first year the slot names.
 */
function comparedSpanGroup(
  frame: Frame,
  slot: Slot,
  rows: readonly number[],
): { rows: number[]; note: string; column: string; value: Cell; words: readonly string[] } | undefined {
  const spans = comparedSpansOf(frame);
  if (!spans) return undefined;
  const years = readSlotName(slot.name).filter((word) => /^(?:1[5-9]|20)\d\d$/.test(word));
  const named = spans.filter((span) => years.includes(String(span.from)));
  if (named.length !== 1) return undefined;
  const span = named[0]!;
  return {
    rows: rows.filter((row) => span.kept.has(row)),
    note: `, where ${span.said}`,
    column: span.column,
    value: span.from,
    words: [String(span.from)],
  };
}

/** A slot word standing for a result a cell writes as its code ("home" for H, "wins" for W). */
function codedAs(words: readonly string[], value: Cell, columnWords: ReadonlySet<string>): boolean {
  if (typeof value !== 'string' || value.length > 2) return false;
  const cell = value.toLowerCase();
  // "@top_home_crowd" beside a Home column names that column, not the venue code H.
  return words.some((word) => {
    if (columnWords.has(word)) return false;
    const alias = typeof word === 'string' ? aliasesOf(word) : undefined;
    return alias?.codes === true && alias.spellings.includes(cell);
  });
}

/** The one column the question's steps label encoded is `name`. */
function encodedAlone(frame: Frame, name: string): boolean {
  const encoded = labelEncoded(frame);
  return encoded.length === 1 && encoded[0] === name;
}

const LOW_END = new Set(['lowest', 'bottom', 'first', 'smallest', 'least']);
const HIGH_END = new Set(['highest', 'top', 'last', 'largest', 'biggest']);
const BIN_NOUN = /^(?:bin|quartile|quantile|quintile|decile|bucket|interval|tier)s?$/;

/**
 * "@mean_score_lowest_quartile" once the question binned a column: the lowest or highest of the
 * one set of bins a step made. The end word stands right before the bin's noun; the words it
 * used are returned, since they name the group and no statistic.
 */
function endBinGroup(
  frame: Frame,
  slot: Slot,
  rows: readonly number[],
): { rows: number[]; note: string; column: string; value: Cell; words: readonly string[] } | undefined {
  const words = slot.name
    .split(/[_\s-]+|(?<=[a-z])(?=[A-Z])/)
    .map((word) => word.toLowerCase())
    .filter(Boolean);
  const noun = words.findIndex((word, index) => index > 0 && BIN_NOUN.test(word));
  const end = words[noun - 1];
  if (noun < 0 || end === undefined || (!LOW_END.has(end) && !HIGH_END.has(end))) return undefined;
  const made = [...frame.derived.keys()].filter((name) => binsOf(frame, name) !== undefined);
  if (made.length !== 1) return undefined;
  const column = made[0]!;
  const names = binsOf(frame, column)!.names;
  const low = LOW_END.has(end);
  const value = low ? names[0]! : names.at(-1)!;
  const cells = cellsOf(frame, column);
  return {
    rows: rows.filter((row) => cells[row] === value),
    note: `, where ${column} is ${JSON.stringify(value)} (the ${low ? 'lowest' : 'highest'} bin)`,
    column,
    value,
    words: [end, words[noun]!],
  };
}

/**
 * "@mean_rent_first" of "first-class cabins" beside a Class column of 1, 2 and 3: the ordinal
 * word of a whole-number value, written in the text right before the last word of the column's name
 * ("first-class", "third class"), names that value; `words` (a slot's) must hold the ordinal too
 * when given.
 */
function ordinalNamed(
  value: number,
  words: readonly string[] | undefined,
  key: string,
  text: string,
): boolean {
  if (!Number.isInteger(value) || value < 1) return false;
  const ordinal = ORDINAL_WORDS[value - 1];
  if (ordinal === undefined || (words !== undefined && !words.includes(ordinal))) return false;
  // "@second_heat_athletes" beside "the first heat, and how many in the second?".
  if (words !== undefined && slotNamesOrdinal(value, words, key)) return true;
  return ordinalValuesNamed(text, key, new Set([value])).has(value);
}

/**
 * "The mean closing price for each year, @mean_2015": the rows whose date falls in the one year
 * the slot names, when the text groups by year and the table has one date column.
 */
function yearGroup(
  frame: Frame,
  slot: Slot,
  rows: readonly number[],
  text: string,
): { rows: number[]; note: string; column: string; value: Cell } | undefined {
  const years = slotWords(slot).filter((word) => /^(?:1[89]|20)\d\d$/.test(word));
  if (years.length !== 1) return undefined;
  // "Extract the year from Date": the year column the step made holds the years.
  const made = [...frame.derived.keys()].filter(
    (name) => /\byear\b/i.test(name) && isNumericColumn(frame, name),
  );
  // "the mean daily output for the years 2012 and 2013", over a year column a step made: the text
  // compares the years it names, and the slot names one of them.
  const named = new Set(text.match(/\b(?:1[89]|20)\d\d\b/g) ?? []);
  // A decade ("@roles_1990s") is no one year.
  const compared =
    made.length === 1 &&
    named.size >= 2 &&
    named.has(years[0]!) &&
    new RegExp(`(?:^|_)${years[0]}(?:_|$)`).test(slot.name);
  if (
    !compared &&
    !/\b(?:each|every|per|by)\s+(?:calendar\s+)?year\b|\byearly\b|\bannual(?:ly)?\b/i.test(text)
  )
    return undefined;
  if (made.length === 1) {
    const cells = cellsOf(frame, made[0]!);
    const kept = rows.filter((row) => cells[row] === Number(years[0]));
    return kept.length === 0
      ? undefined
      : { rows: kept, note: `, where ${made[0]} is ${years[0]}`, column: made[0]!, value: Number(years[0]) };
  }
  const dates = frame.table.columns.filter(
    (column) => column.type === 'date' && !isNumericColumn(frame, column.name),
  );
  if (dates.length !== 1) return undefined;
  const name = dates[0]!.name;
  const year = Number(years[0]);
  const cells = cellsOf(frame, name);
  const yearOf = (row: number) => {
    const cell = cells[row];
    return typeof cell === 'string' ? cellDate(cell)?.year : undefined;
  };
  // Every date must tell its year, or the group would leave rows out unseen.
  if (rows.some((row) => cells[row] !== null && yearOf(row) === undefined)) return undefined;
  const kept = rows.filter((row) => yearOf(row) === year);
  if (kept.length === 0) return undefined;
  return { rows: kept, note: `, where the year of ${name} is ${year}`, column: name, value: year };
}

/**
 * A short column name written as consonants of the slot's word, first letter first ("grp" for
 * group, "pts" for points, "div" for division): three or four letters, all found in order.
 */
function abbreviates(key: string, word: string): boolean {
  if (key.length < 3 || key.length > 4 || word.length <= key.length || key[0] !== word[0]) return false;
  let at = 0;
  for (const letter of word) if (letter === key[at]) at++;
  return at === key.length && /^[a-z]+$/.test(key);
}

/** Columns a slot writes as one word ("isalone" names IsAlone, "familysize" FamilySize). */
function squashedColumns(frame: Frame, slot: Slot): string[] {
  const tokens = slot.name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const spans = new Set([...tokens, ...tokens.slice(1).map((token, k) => `${tokens[k]}${token}`)]);
  return columnNames(frame).filter((name) => {
    const squashed = name.toLowerCase().replace(/[^a-z0-9]/g, '');
    return squashed.length >= 4 && wordsOf(name).length > 1 && spans.has(squashed);
  });
}

/** Placeholders that name the answer's form, not a column ("@city[name]", "@mean[value]"). */
const FORM_PLACEHOLDER = /^(?:name|names|label|string|value|values|number|count|text|word)$/i;

/**
 * "the flood level in feet" names both "Level … m" and "Level … ft" by their shared words; 'Use
 * "Level … ft"' in the constraints quotes one in full: the quoted one comes before the question's
 * partial mentions whose words it holds.
 */
function quotedSiblings(
  asked: readonly { column: string; strength: number }[],
  more: readonly { column: string; strength: number }[],
): string[] {
  const quoted = more.filter((mention) => mention.strength >= 5).map((mention) => mention.column);
  const strong = (name: string) => wordsOf(name).filter((word) => word.length >= 3);
  return asked
    .filter(
      (mention) => mention.strength < wordsOf(mention.column).length && !quoted.includes(mention.column),
    )
    .flatMap((mention) =>
      quoted.filter((name) => {
        const words = wordsOf(name);
        const shared = strong(mention.column);
        return shared.length > 0 && shared.every((word) => words.includes(word));
      }),
    );
}

/**
 * "the rates of girls in April 2021" beside 'In "Girls Apr.2021" …': the question names Apr.2021 in
 * full, but the words just before it ("girls") make the wider column the constraints quote, which
 * comes before it.
 */
function quotedWiderNames(
  question: string,
  asked: readonly { column: string; strength: number; position: number }[],
  more: readonly { column: string; strength: number }[],
): string[] {
  const quoted = more.filter((mention) => mention.strength >= 5).map((mention) => mention.column);
  const words = wordsOf(question);
  return asked
    .filter((mention) => !quoted.includes(mention.column))
    .flatMap((mention) => {
      const own = wordsOf(mention.column);
      const before = new Set(words.slice(Math.max(0, mention.position - 3), mention.position));
      return quoted.filter((name) => {
        const wide = wordsOf(name);
        const at = wide.findIndex((_, start) => own.every((word, k) => wide[start + k] === word));
        if (own.length === 0 || wide.length <= own.length || at < 0) return false;
        const extra = [...wide.slice(0, at), ...wide.slice(at + own.length)];
        return extra.every((word) => before.has(word));
      });
    });
}

/** A slot's name and placeholder as words to find columns in; a form placeholder is left out. */
function slotText(slot: Slot): string {
  const placeholder = slot.placeholder
    .split(/\s*,\s*/)
    .filter((part) => !FORM_PLACEHOLDER.test(part.trim()))
    .join(' ');
  return `${slot.name.replace(/_/g, ' ')} ${placeholder}`;
}

export function ownColumns(frame: Frame, slot: Slot): string[] {
  return [
    ...new Set([
      ...findMentions(frame, slotText(slot))
        .filter((mention) => mention.strength >= 1)
        .map((mention) => mention.column),
      ...squashedColumns(frame, slot),
    ]),
  ];
}

/** "the mean of this ratio", "the median of the new column": words that point back at a column a step made. */
const POINTED_MADE =
  /\b(?:this|that|the new(?:ly created)?|this new(?:ly created)?)\s+(?:ratio|column|feature|variable|difference|sum|product|quotient|measure)\b/i;

/**
 * The column the last step made, for a question that points back at it ("Create a new column that
 * is the ratio of A to B. What is the mean of this ratio?") once the step named it by its formula.
 */
function pointedMadeColumn(frame: Frame, question: string): string | undefined {
  const made = [...frame.derived.keys()].filter(
    (name) => !frame.table.columns.some((column) => column.name === name),
  );
  const last = made.at(-1);
  if (!last || !POINTED_MADE.test(question) || !isNumericColumn(frame, last)) return undefined;
  return last;
}

export function slotColumns(frame: Frame, slot: Slot, question: string, rest: string): string[] {
  const own = findMentions(frame, slotText(slot)).filter((mention) => mention.strength >= 1);
  const asked = findMentions(frame, question);
  const more = findMentions(frame, rest);
  // A column the slot names in part ("mean_wins") and the question in full comes next.
  const partly = findMentions(frame, slotText(slot)).filter(
    (mention) =>
      mention.strength < 1 && asked.some((other) => other.column === mention.column && other.strength >= 1),
  );
  // A column the question's steps made, which the slot names in part ("max_rolling_close"), first.
  const made = findMentions(frame, `${slotText(slot)} ${readSlotName(slot.name).join(' ')}`)
    .filter(
      (mention) =>
        frame.derived.has(mention.column) && !frame.table.columns.some((c) => c.name === mention.column),
    )
    .map((mention) => mention.column);
  // "@avg_name_length" for the length a text step measured ("the average length of the names in
  // the 'Industry' column"): the one column of lengths made, when the slot or question says length.
  const lengths = [...frame.derived.keys()].filter(
    (name) => / length in characters$/.test(name) && !frame.table.columns.some((c) => c.name === name),
  );
  const saysLength = /\b(?:len|lens|length|lengths|characters?|chars?)\b/i.test(
    `${readSlotName(slot.name).join(' ')} ${question}`,
  );
  // "a 10-day moving average of Price; when did it peak?" with "@peak_date": the one rolling column made
  // is what peaks, before the column it was made from, for a slot naming no number column of its own.
  const rolled = [...frame.derived.keys()].filter(
    (name) => /^(?:rolling|moving) /.test(name) && !frame.table.columns.some((c) => c.name === name),
  );
  const ownsNumber = own.some((mention) => isNumericColumn(frame, mention.column));
  const pointed = ownsNumber || made.length > 0 ? undefined : pointedMadeColumn(frame, question);
  const ordered = [
    ...made,
    ...(pointed ? [pointed] : []),
    ...(rolled.length === 1 && !ownsNumber && made.length === 0 ? rolled : []),
    ...(lengths.length === 1 && saysLength ? lengths : []),
    ...own.map((mention) => mention.column),
    ...squashedColumns(frame, slot),
    ...partly.map((mention) => mention.column),
    ...quotedSiblings(asked, more),
    ...quotedWiderNames(question, asked, more),
    ...[...asked, ...more].map((mention) => mention.column),
  ];
  return [...new Set(ordered)];
}

/**
 * A slot whose placeholder lists several named values ("@price[min_price, max_price, mean_price]")
 * is answered part by part, each part named by its placeholder first; list slots written
 * with "..." stay whole.
 */
export function slotParts(slot: Slot, format: string): Slot[] {
  const parts = slot.placeholder.split(/\s*,\s*/);
  if (parts.length < 2 || !parts.every((part) => /^[A-Za-z][A-Za-z0-9_]*$/.test(part))) return [slot];
  // "value1, value2" is a list; "mean_2016, mean_2017" names the years its parts are of.
  if (
    parts.every((part) => part.replace(/\d+$/, '') === parts[0]!.replace(/\d+$/, '')) &&
    !parts.every((part) => /(?:^|_)(?:19|20)\d\d$/.test(part))
  )
    return [slot];
  return parts.map((part) => {
    const decimals = decimalsFor(format, part, slot.decimals);
    const { decimals: _, ...rest } = slot;
    return { ...rest, name: part, placeholder: slot.name, ...(decimals !== undefined ? { decimals } : {}) };
  });
}

/** A slot whose placeholder says it holds a list ("@outliers[list]", "@values[value1, value2, ...]"). */
export function asksForList(slot: Slot): boolean {
  return /^(?:\w+_)?(?:list|lists|array|values|items)$|\.\.\.|…/i.test(slot.placeholder.trim());
}

/** A slot whose placeholder says it holds a name ("@city[name]", "@brand[string]"). */
export function asksForName(slot: Slot): boolean {
  return slot.placeholder
    .split(/\s*,\s*/)
    .every((part) => /^(?:\w+_)?(?:name|names|label|string|title|text|word)$/i.test(part.trim()));
}

/** A slot whose placeholder the format declares a string ('@top[driver] where "driver" is a string'). */
export function declaredString(slot: Slot, format: string): boolean {
  const placeholder = slot.placeholder.trim();
  return (
    placeholder !== '' &&
    new RegExp(`["'“]${escapeRegExp(placeholder)}["'”]\\s+(?:is|are)\\s+(?:a\\s+)?strings?\\b`, 'i').test(
      format,
    )
  );
}

/**
 * A slot whose placeholder the format declares a figure ('@share[percent] where "percent" is
 * rounded to two decimal places', '"count" is an integer'): no label answers it.
 */
export function declaredNumber(slot: Slot, format: string): boolean {
  const placeholder = escapeRegExp(slot.placeholder.trim());
  return (
    placeholder !== '' &&
    new RegExp(
      `(?:["'“]${placeholder}["'”]|(?<![\\w"'“])${placeholder}(?![\\w"'”]))\\s+(?:is|are)\\s+(?:rounded\\b|(?:an?\\s+)?(?:integer|whole number|number|float|decimal|percentage)s?\\b)`,
      'i',
    ).test(format)
  );
}

/** Whether a result is a value read off a column (a year or a numeric code is a name then). */
export function labelAnswer(frame: Frame, slot: Slot, result: SlotResult): boolean {
  const first = result.columns[0];
  return (
    first !== undefined &&
    (!isNumericColumn(frame, first) || wordsOf(first).some((word) => slotWords(slot).includes(word))) &&
    result.rows.length > 0 &&
    cellsOf(frame, first).some((cell, row) => result.rows.includes(row) && String(cell) === result.value)
  );
}

/**
 * A statistic word, then at most "of (the)" or "number of (the)" before the column it is taken of; or
 * the outliers "in", "of" or "for" a column ("how many games are outliers in total points").
 */
const STATISTIC_OF =
  /\b(?:mean|average|median|total|sum|standard deviation|variance|maximum|minimum|outliers?\s+(?:in|of|for))\s+(?:(?:number\s+)?of\s+)?(?:the\s+)?/gi;
/** The same, with no bare "of" after the statistic word. */
const STATISTIC_BEFORE =
  /\b(?:mean|average|median|total|sum|standard deviation|variance|maximum|minimum|outliers?\s+(?:in|of|for))\s+(?:number\s+of\s+)?(?:the\s+)?/gi;

/**
 * "the average rate in Total 2031?": a noun of at most three words, "in" or "of", then a column named in full
 * that ends the clause; the column is what the statistic is taken of.
 */
function nounThenColumn(frame: Frame, after: string): { column: string } | undefined {
  const clause = after.split(/[?;,]|\.(?:\s|$)/)[0]!;
  const words = wordsOf(clause);
  const mentions = findMentions(frame, clause).filter((mention) => mention.strength >= 1);
  const start = Math.min(...mentions.map((mention) => mention.position));
  if (!Number.isFinite(start) || start < 2 || start > 4 || !['in', 'of'].includes(words[start - 1]!))
    return undefined;
  const widest = mentions
    .filter((mention) => mention.position === start)
    .sort((a, b) => wordsOf(b.column).length - wordsOf(a.column).length)[0]!;
  return start + wordsOf(widest.column).length === words.length ? widest : undefined;
}

/**
 * The numeric column the question takes a statistic of by name ("the mean number of Episodes of
 * the seasons …", "the average of Avg. Wait" and "the average rate in Total 2031" take it of Episodes,
 * Avg. Wait and Total 2031), when it names exactly one that is no identifier. A statistic word that
 * opens a column's name of several words ("Total Mar.2020") is that name, not a statistic.
 */
export function statisticObject(frame: Frame, question: string): string | undefined {
  const found = new Set<string>();
  // Once a step made a column ("the rolling average of Sales", "the sum of A and B"), "of" may be that
  // step's own phrase: only the plain forms are read then.
  const made = frame.derived.size > 0;
  for (const match of question.matchAll(made ? STATISTIC_BEFORE : STATISTIC_OF)) {
    const opening = findMentions(frame, question.slice(match.index, match.index + 80)).some(
      (mention) => mention.position === 0 && mention.strength >= 1 && wordsOf(mention.column).length > 1,
    );
    if (opening) continue;
    const after = question.slice(match.index + match[0].length, match.index + match[0].length + 60);
    const first =
      findMentions(frame, after).find((mention) => mention.position === 0 && mention.strength >= 1) ??
      (made ? undefined : nounThenColumn(frame, after));
    if (!first || !isNumericColumn(frame, first.column)) continue;
    if (frame.table.columns.find((item) => item.name === first.column)?.type === 'identifier') continue;
    found.add(first.column);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A statistic of a quoted column, as constraints state it ('take the mean of "No. of Concerts"'). */
const STATISTIC_OF_QUOTED =
  /\b(?:mean|average|median|total|sum|standard deviation|variance|maximum|minimum)\s+of\s+(?:the\s+)?["“]([^"”]+)["”]/gi;

/**
 * The one numeric column the constraints take a statistic of by its quoted name ('Take the mean of
 * "No. of Concerts"'); undefined when they name none, several, or a column the table lacks.
 */
export function statedStatisticObject(frame: Frame, constraints: string): string | undefined {
  const found = statedStatisticObjects(frame, constraints);
  return found.size === 1 ? [...found][0] : undefined;
}

/** Every numeric column the constraints take a statistic of by its quoted name. */
export function statedStatisticObjects(frame: Frame, constraints: string): ReadonlySet<string> {
  return new Set(
    [...constraints.matchAll(STATISTIC_OF_QUOTED)]
      .map((match) => match[1]!)
      .filter((name) => columnNames(frame).includes(name) && isNumericColumn(frame, name)),
  );
}
