/**
 * @module parse-question
 * The builtin question parser: matches a plain-language question to a table's columns and
 * values (fuzzy: accents, punctuation, plurals, a few synonyms, numbers and years) and reads
 * its intent (count, total, average, superlative, first/last, before/after, difference,
 * either-or) into a QueryPlan. No model needed; a model may fill the same plan instead.
 */

import { fail } from '../../lib/errors.ts';
import { COLUMN_SYNONYMS as SYNONYMS } from './column-synonyms.ts';
import { type Column, type DataTable, isMeasure } from './data-table.ts';
import { type DateCondition, dateConditions, describeDateCondition } from './date-conditions.ts';
import { rowsOnDate } from './date-rows.ts';
import { clockDurationsAs, durationReader } from './duration-numbers.ts';
import { normalizeText, numberWord, STOP_WORDS, stem } from './normalize-text.ts';
import { type PhraseColumn, phraseColumn } from './phrase-columns.ts';
import type { Filter, QueryPlan } from './query-plan.ts';
import { aliasesOf } from './value-aliases.ts';
import { opposedBefore, pointedColumn } from './value-columns.ts';

const PERSON =
  /\b(name|player|athlete|driver|rider|winner|artist|director|person|candidate|coach|member|cyclist|runner|swimmer|author|writer|manager|performer|singer|actor|representative|senator|governor|president|leader|champion|skater|boxer|wrestler|jockey|pilot|chairman|owner|incumbent|composer|nominee)s?\b/i;
const WHEN = /\b(year|date|season|time|day|month|era|period|held|dates)\b/i;
const WHERE =
  /\b(venue|location|city|place|site|stadium|country|town|address|region|state|ground|arena|track|circuit|host)\b/i;

const DESC_WORDS = new Set([
  'most',
  'highest',
  'largest',
  'biggest',
  'greatest',
  'maximum',
  'max',
  'longest',
  'tallest',
  'heaviest',
  'top',
  'best',
  'more',
  'higher',
  'larger',
  'bigger',
  'greater',
  'longer',
  'taller',
  'heavier',
  'farthest',
  'further',
  'furthest',
  'latest',
  'newest',
  'highest-ranked',
  'deepest',
  'widest',
  'oldest-age',
]);
const ASC_WORDS = new Set([
  'least',
  'lowest',
  'smallest',
  'fewest',
  'minimum',
  'min',
  'shortest',
  'worst',
  'less',
  'fewer',
  'lower',
  'smaller',
  'shorter',
  'earliest',
  'closest',
  'nearest',
  'quickest',
  'fastest',
]);
const ORDINALS: Record<string, number> = {
  first: 0,
  second: 1,
  third: 2,
  fourth: 3,
  fifth: 4,
  sixth: 5,
  seventh: 6,
  eighth: 7,
  ninth: 8,
  tenth: 9,
  '1st': 0,
  '2nd': 1,
  '3rd': 2,
  '4th': 3,
  '5th': 4,
};

type ValueMention = { column: Column; text: string; start: number; end: number; op?: 'contains' };
/** A column the question names: where its first word stands, every place a word of it stands, and how much of it is said. */
type ColumnMention = { column: Column; position: number; places: readonly number[]; score: number };

/** All of a column's name's words, stemmed, small words kept ("Order Number" → order, number). */
function headerWords(column: Column): string[] {
  const split = column.type === 'identifier' ? column.name : column.name.replace(/([a-z])([A-Z])/g, '$1 $2');
  return normalizeText(split.replace(/_/g, ' ')).split(' ').filter(Boolean).map(stem);
}

function headerStems(column: Column): string[] {
  // "RentAmount" and "Rent_Amount" read as "rent amount".
  const split = column.type === 'identifier' ? column.name : column.name.replace(/([a-z])([A-Z])/g, '$1 $2');
  const words = normalizeText(split.replace(/_/g, ' ')).split(' ').filter(Boolean);
  const content = words.filter((word) => !STOP_WORDS.has(word));
  return (content.length ? content : words).map(stem);
}

/**
 * The words of a header before a unit it is given in ("salary in thousands of dollars" → salary;
 * "area (in km2)" → area): the part a question names the column by. Undefined when the header has
 * no such unit.
 */
function headerCore(column: Column): string[] | undefined {
  if (column.type === 'identifier') return undefined;
  const words = normalizeText(column.name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' '))
    .split(' ')
    .filter(Boolean);
  const unit = words.indexOf('in');
  if (unit < 1 || unit === words.length - 1) return undefined;
  const core = words.slice(0, unit).filter((word) => !STOP_WORDS.has(word));
  return core.length > 0 ? core.map(stem) : undefined;
}

/** Words a question says as its statistic; a column named only by one of them is a weaker mention. */
const STATISTIC_WORDS: ReadonlySet<string> = new Set(
  ['average', 'mean', 'median', 'total', 'sum', 'count', 'number'].map(stem),
);

/**
 * Whether the question word at `index` stands beside the header word next to `word` in the
 * header's own order ("strike average", "number of strikes"): said as part of the name.
 */
function saidInName(word: string, index: number, stems: readonly string[], full: readonly string[]): boolean {
  return full.some(
    (item, at) =>
      item === word &&
      ((at > 0 && stems[index - 1] === full[at - 1]) ||
        (at + 1 < full.length && stems[index + 1] === full[at + 1])),
  );
}

/**
 * How many of a header's words the question's words hold, where the first one stands, and every
 * place one stands. A statistic word ("average", "number") said apart from the rest of the name
 * is the question's statistic: it still counts as said, but the mention stands where the other
 * words stand, `named` counts only the other words, and a mention by such words alone is `statisticOnly`.
 */
function headerHits(
  header: readonly string[],
  stems: readonly string[],
  full: readonly string[] = header,
): { hits: number; named: number; position: number; places: number[]; statisticOnly: boolean } {
  let hits = 0;
  let named = 0;
  let position = -1;
  let loose = -1;
  const places: number[] = [];
  for (const word of header) {
    const alternatives = [word, ...(SYNONYMS[word] ?? []).map(stem)];
    const indexes = stems.flatMap((token, at) => (alternatives.includes(token) ? [at] : []));
    if (indexes.length === 0) continue;
    hits++;
    places.push(...indexes);
    const said = STATISTIC_WORDS.has(word)
      ? indexes.filter((index) => saidInName(word, index, stems, full))
      : indexes;
    const first = said[0];
    if (first === undefined) {
      if (loose < 0 || indexes[0]! < loose) loose = indexes[0]!;
    } else {
      named++;
      if (position < 0 || first < position) position = first;
    }
  }
  return { hits, named, position: position >= 0 ? position : loose, places, statisticOnly: position < 0 };
}

function findColumnMentions(table: DataTable, stems: readonly string[]): ColumnMention[] {
  const mentions: (ColumnMention & { statisticOnly: boolean; hits: number })[] = [];
  for (const column of table.columns) {
    const header = headerStems(column);
    if (header.length === 0) continue;
    const { hits, named, position, places, statisticOnly } = headerHits(header, stems, headerWords(column));
    const score = hits / header.length;
    if (hits > 0 && (score >= 0.5 || hits >= 2)) {
      // Ranked by the words said as the name: "strike" half names "strike_average" beside "average …".
      mentions.push({
        column,
        position,
        places,
        score: statisticOnly ? score : named / header.length,
        statisticOnly,
        hits,
      });
      continue;
    }
    // "salary" names "salary_in_thousands_of_dollars": every word before its unit is said.
    const core = headerCore(column);
    const inCore = core ? headerHits(core, stems) : undefined;
    if (core && inCore && inCore.hits === core.length)
      mentions.push({
        column,
        position: inCore.position,
        places: inCore.places,
        score,
        statisticOnly: inCore.statisticOnly,
        hits: inCore.hits,
      });
  }
  // A column named only by the question's statistic word ("average" of "batting_average" in
  // "the average salary") comes after columns named by other words.
  return mentions
    .sort(
      (a, b) =>
        Number(a.statisticOnly) - Number(b.statisticOnly) ||
        a.position - b.position ||
        b.score - a.score ||
        b.hits - a.hits,
    )
    .map(({ statisticOnly: _, hits: __, ...mention }) => mention);
}

const ORDINAL_CELLS: Record<string, string> = {
  first: '1st',
  second: '2nd',
  third: '3rd',
  fourth: '4th',
  fifth: '5th',
  sixth: '6th',
};

function findValueMentions(table: DataTable, questionWords: readonly string[]): ValueMention[] {
  // "finished first" also looks for a "1st" cell; positions stay the same (one word each).
  const words = questionWords.map((word) => ORDINAL_CELLS[word] ?? word);
  const hasOrdinalCells = table.columns.some((column) =>
    column.texts.some((text) => /^\d+(st|nd|rd|th)$/i.test(text.trim())),
  );
  if (!hasOrdinalCells) words.splice(0, words.length, ...questionWords);
  const countQuestion = /^how many\b|\bhow many times\b/.test(questionWords.join(' '));
  const padded = ` ${words.join(' ')} `;
  const stemmed = ` ${words.map(stem).join(' ')} `;
  const candidates: ValueMention[] = [];
  const headerNames = new Set(table.columns.map((column) => normalizeText(column.name)));
  for (const column of table.columns) {
    if (isMeasure(column) && column.type !== 'percent') continue;
    const seen = new Set<string>();
    for (const text of column.texts) {
      const value = normalizeText(text);
      if (!value || seen.has(value)) continue;
      seen.add(value);
      if (STOP_WORDS.has(value) || headerNames.has(value) || (value.length < 2 && !/\d/.test(value)))
        continue;
      // A bare number is not an id unless the question names the id column.
      if (
        column.type === 'identifier' &&
        /^\d+$/.test(value) &&
        !headerStems(column).some((item) => words.includes(item))
      )
        continue;
      let index = padded.indexOf(` ${value} `);
      let source = padded;
      if (index < 0) {
        const valueStem = value.split(' ').map(stem).join(' ');
        index = stemmed.indexOf(` ${valueStem} `);
        source = stemmed;
      }
      if (index < 0) continue;
      const start = source
        .slice(0, index + 1)
        .trim()
        .split(' ')
        .filter(Boolean).length;
      const end = start + value.split(' ').length;
      candidates.push({ column, text, start, end });
    }
  }
  // Longest first; a shorter mention inside a longer one is dropped.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: ValueMention[] = [];
  for (const candidate of candidates) {
    const overlaps = taken.some(
      (item) =>
        candidate.start < item.end &&
        item.start < candidate.end &&
        !(item.start === candidate.start && item.end === candidate.end),
    );
    const sameSpan = taken.find((item) => item.start === candidate.start && item.end === candidate.end);
    if (overlaps || sameSpan) continue;
    taken.push(candidate);
  }
  // A value two columns hold ("against Leeds" with Team and Opposing team): the column the words
  // right before it point to; after "against" with no column named for the other side, a refusal
  // naming both. Otherwise the first column found stays (a guess, kept for now).
  for (const [index, mention] of taken.entries()) {
    const holders = candidates.filter((item) => item.start === mention.start && item.end === mention.end);
    const columns = [...new Set(holders.map((item) => item.column))];
    if (columns.length < 2) continue;
    const pick = pointedColumn(
      words,
      mention.start,
      columns.map((column) => normalizeText(column.name).split(' ')),
      mention.end,
    );
    if (pick === undefined && !opposedBefore(words, mention.start)) continue;
    if (pick === undefined)
      fail(
        'unsupported',
        `The builtin engine could not tell which column the question means for "${mention.text}" (found in ${columns.map((column) => column.name).join(' and ')}).`,
        { hint: 'Name the column with the value, e.g. "rows where Team is India".' },
      );
    taken[index] = holders.find((item) => item.column === columns[pick])!;
  }
  // Words of longer values ("brenner" in "Ida Brenner"), when the word names one value only.
  const free = words.map((_, index) => !taken.some((item) => index >= item.start && index < item.end));
  for (const [index, word] of words.entries()) {
    if (!free[index] || word.length < 4 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    // A word of a column's name ("team" in "winning team") names the column, not a value.
    if (table.columns.some((column) => headerStems(column).includes(stem(word)))) continue;
    for (const column of table.columns) {
      if (isMeasure(column) || column.type === 'date') continue;
      const hits = new Set<string>();
      let rowsHit = 0;
      for (const text of column.texts) {
        const value = normalizeText(text);
        if (value.split(' ').length > 1 && value.split(' ').includes(word)) {
          hits.add(text);
          rowsHit++;
        }
      }
      if (hits.size === 1) {
        taken.push({ column, text: [...hits][0]!, start: index, end: index + 1 });
        free[index] = false;
        break;
      }
      // A word shared by several values ("amanda" in three judging panels): a contains filter, when it stays selective.
      if (hits.size > 1 && rowsHit <= Math.max(3, column.texts.length * 0.5) && countQuestion) {
        taken.push({ column, text: word, start: index, end: index + 1, op: 'contains' });
        free[index] = false;
        break;
      }
    }
  }
  // Words for values the cells spell otherwise: "wins" for W, "germans" for Germany or GER.
  for (const [index, word] of words.entries()) {
    if (!free[index]) continue;
    const alias = aliasesOf(word);
    if (!alias || table.columns.some((column) => headerStems(column).includes(stem(word)))) continue;
    let best: (ValueMention & { hits: number }) | undefined;
    for (const column of table.columns) {
      if (isMeasure(column) || column.type === 'date') continue;
      const texts = column.texts.map(normalizeText).filter(Boolean);
      for (const spelling of alias.spellings) {
        const exact = texts.filter((text) => text === spelling).length;
        const inside = texts.filter((text) =>
          alias.codes ? text.startsWith(`${spelling} `) : ` ${text} `.includes(` ${spelling} `),
        ).length;
        const hits = exact || inside;
        if (hits === 0 || hits === texts.length || (best && best.hits >= hits)) continue;
        const original = exact ? column.texts.find((text) => normalizeText(text) === spelling)! : spelling;
        best = {
          column,
          text: original,
          start: index,
          end: index + 1,
          hits,
          ...(exact ? {} : { op: 'contains' as const }),
        };
      }
    }
    if (best) {
      const { hits: _hits, ...mention } = best;
      taken.push(mention);
      free[index] = false;
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Numbers that label rows rather than measure them: distinct whole numbers rising in sheet
 * order (1, 2, 3 …; locomotive numbers) or years. Summing them answers nothing.
 */
function ordinalLike(column: Column): boolean {
  const present = column.numbers.filter((value): value is number => typeof value === 'number');
  if (present.length < 3 || present.some((value) => !Number.isInteger(value))) return false;
  if (new Set(present).size !== present.length) return false;
  if (present.every((value) => value >= 1000 && value <= 2999)) return true;
  // Rising only: ranked tables list their measures falling (points, votes).
  return present.every((value, index) => index === 0 || value > present[index - 1]!);
}

function numericColumns(table: DataTable): Column[] {
  return table.columns.filter((column) => {
    const present = column.numbers.filter((value) => value !== null).length;
    const filled = column.values.filter((value) => value !== null).length;
    // Codes like "LP001015" carry digits but measure nothing.
    const textIds =
      column.type === 'identifier' &&
      column.values.some((value) => typeof value === 'string' && /^[A-Za-z]{2,}\d/.test(value));
    return filled > 0 && present / filled >= 0.7 && column.type !== 'date' && !textIds;
  });
}

function pickTarget(
  question: string,
  words: readonly string[],
  table: DataTable,
  mentions: readonly ColumnMention[],
  used: ReadonlySet<Column>,
): Column {
  const free = (column: Column) => !used.has(column);
  const candidates = table.columns.filter(free);
  const pool = candidates.length ? candidates : [...table.columns];
  // "which team ...", "what year ...": the noun after the question word names the column.
  const match =
    /\b(?:which|what|whose|name the|list the|name of the|the name of)\s+([a-z0-9]+)(?:\s+([a-z0-9]+))?/.exec(
      question,
    );
  // "at what time…", "on which day…": the column of dates and times, before any column named "time".
  if (/\bat what time\b|\bon (?:which|what) (?:day|date)\b/.test(question)) {
    const dated = pool.filter((item) => item.type === 'date');
    const column = dated.find((item) => item.dates?.some((date) => date?.includes('T'))) ?? dated[0];
    if (column) return column;
  }
  if (match) {
    const column = chosen(questionPhrase(match), pool, headerNamesColumn);
    if (column) return column;
  }
  if (/^who\b|\bwho\b|\bwhose\b/.test(question)) {
    const named = mentions
      .map((mention) => mention.column)
      .find(
        (column) =>
          free(column) &&
          !isMeasure(column) &&
          column.values.filter((value) => typeof value === 'string').length > column.values.length / 2,
      );
    if (named && !WHEN.test(named.name)) return named;
    const textual = (item: Column) =>
      item.values.filter((value) => typeof value === 'string').length > item.values.length / 2;
    const column = pool.find((item) => PERSON.test(item.name) && textual(item)) ?? pool.find(textual);
    if (column) return column;
  }
  if (
    /^when\b|\bwhat (year|date|season|month|day|time)\b|\bwhich (year|date|season|month)\b|\bhow long ago\b/.test(
      question,
    )
  ) {
    const column = pool.find((item) => item.type === 'date') ?? pool.find((item) => WHEN.test(item.name));
    if (column) return column;
  }
  if (/^where\b|\bwhere\b/.test(question)) {
    const column = pool.find((item) => WHERE.test(item.name));
    if (column) return column;
  }
  const mentioned = mentions.map((mention) => mention.column).filter(free);
  const textual = mentioned.find((column) => !isMeasure(column));
  if (textual && !/\bhow (many|much)\b/.test(question)) return textual;
  if (mentioned[0]) return mentioned[0];
  void words;
  return (
    pool.find(
      (item) =>
        item.type === 'identifier' ||
        item.type === 'text' ||
        item.type === 'duration' ||
        item.type === 'category',
    ) ?? pool[0]!
  );
}

/** The column the question word names: "which team", "what year". */
function namedColumn(question: string, table: DataTable): Column | undefined {
  const match =
    /\b(?:which|what|whose|name the|list the|name of the|the name of)\s+([a-z0-9]+)(?:\s+([a-z0-9]+))?/.exec(
      question,
    );
  if (!match) return undefined;
  return chosen(questionPhrase(match), table.columns, headerNamesColumn);
}

/** The words a question's cue names a column with: "which dept group" → dept, group. */
function questionPhrase(match: RegExpExecArray): string[] {
  return [match[1], match[2]].filter((item): item is string => Boolean(item));
}

/** A word names a column by one of its header's words or their synonyms. */
function headerNamesColumn(word: string, column: Column): boolean {
  const target = stem(word);
  return headerStems(column).some(
    (header) => header === target || (SYNONYMS[header] ?? []).map(stem).includes(target),
  );
}

/**
 * The column a phrase names, the one it names more fully winning ("site group" is site_group,
 * not hq_site_id); two named equally well are refused, never guessed.
 */
function chosen(
  words: readonly string[],
  columns: readonly Column[],
  names: (word: string, column: Column) => boolean,
): Column | undefined {
  const found: PhraseColumn = phraseColumn(words, columns, names, headerWords);
  if (!found) return undefined;
  if ('column' in found) return found.column;
  return fail(
    'unsupported',
    `The builtin engine could not tell which column "${words.join(' ')}" means: ${found.tie.map((column) => column.name).join(' and ')} are named equally.`,
    { hint: 'Use the column\'s full name, e.g. "by Home team".' },
  );
}

/** Seconds in each duration unit a bound is written in, by the unit's stem. */
const UNIT_SECONDS: Readonly<Record<string, number>> = {
  second: 1,
  sec: 1,
  minute: 60,
  min: 60,
  hour: 3600,
  hr: 3600,
};

/** "30 or more goals", "30 goals or more": the bound written after its number, as "at least 30 goals". */
function boundsAfterNumbers(question: string): string {
  return question.replace(
    /(?<![\w.])([$€£]?\d+(?:\.\d+)?)(\s+[a-z]+)?\s+or\s+(?:(more|greater|higher|above|over|longer)|(less|fewer|lower|below|under|shorter))\b(\s+[a-z]+)?/g,
    (_, number: string, before = '', _more?: string, less?: string, after = '') =>
      `${less ? 'at most' : 'at least'} ${number}${before || after}`,
  );
}

function comparisonFilters(asked: string, table: DataTable, mentions: readonly ColumnMention[]): Filter[] {
  const question = boundsAfterNumbers(asked);
  const filters: Filter[] = [];
  const pattern =
    /\b(more than|greater than|higher than|larger than|older than|younger than|over|above|at least|less than|fewer than|lower than|under|below|at most|exceeding|no more than|no less than)\s+([$€£])?(\d+(?:\.\d+)?)\s*([a-z]+)?/g;
  const numeric = numericColumns(table);
  for (const match of question.matchAll(pattern)) {
    const phrase = match[1]!;
    const currency = match[2];
    const value = Number(match[3]);
    const bound: Filter['op'] = /at least|no less/.test(phrase)
      ? 'ge'
      : /at most|no more/.test(phrase)
        ? 'le'
        : /less|fewer|lower|under|below|younger/.test(phrase)
          ? 'lt'
          : 'gt';
    // "not watched by more than 12,500": the opposite bound.
    const lead = question.slice(0, match.index).trim().split(' ').slice(-3).join(' ');
    const flipped: Record<string, Filter['op']> = { gt: 'le', ge: 'lt', lt: 'ge', le: 'gt' };
    const op = /\b(not|never)\b/.test(lead) ? flipped[bound]! : bound;
    const unit = /older|younger/.test(phrase) ? 'age' : match[4] ? stem(match[4]) : undefined;
    // "under 40 seconds", "at least 2 minutes": the table's one column of durations, in seconds.
    const seconds = unit ? UNIT_SECONDS[unit] : undefined;
    const timed = seconds ? durationColumn(table) : undefined;
    if (timed) {
      filters.push({ column: timed.name, op, value: Number((value * seconds!).toFixed(6)) });
      continue;
    }
    // The numeric column named nearest the comparison ("watched by at least 6,500").
    const at = question.slice(0, match.index).split(' ').filter(Boolean).length;
    const distance = (mention: ColumnMention) =>
      Math.min(...mention.places.map((place) => Math.abs(place - at)));
    const nearest = mentions
      .filter((mention) => numeric.includes(mention.column))
      .sort((a, b) => distance(a) - distance(b))[0]?.column;
    // "at least $100,000": the one numeric column of that currency ("Money ($)", "$500,000" cells).
    const priced = currency
      ? numeric.filter((item) => item.unit === currency || item.name.includes(currency))
      : [];
    const column =
      (unit && numeric.find((item) => headerStems(item).includes(unit))) ||
      nearest ||
      (priced.length === 1 ? priced[0] : undefined) ||
      (numeric.length === 1 ? numeric[0] : undefined);
    if (column) filters.push({ column: column.name, op, value });
  }
  return filters;
}

/** Distinct numbers of a column coded as a category (flags 0/1, classes 1-3). */
function codes(column: Column): Set<number> | undefined {
  if (column.type !== 'category') return undefined;
  const values = column.values.filter((value) => value !== null);
  if (values.length === 0 || !values.every((value) => typeof value === 'number')) return undefined;
  return new Set(values as number[]);
}

/** Whether a question word names a column: its header stem, or the end of a run-together name ("class" in Rclass). */
function namesColumn(word: string, column: Column): boolean {
  const key = normalizeText(column.name).replace(/[^a-z0-9]/g, '');
  const target = stem(word);
  const loose = (text: string) => text.replace(/(ed|e|ing|s)$/, '');
  return (
    headerStems(column).includes(target) ||
    (target.length >= 4 && key.endsWith(target)) ||
    (target.length >= 5 && headerStems(column).some((header) => loose(header) === loose(target)))
  );
}

/**
 * Filters on coded columns: "who churned" keeps Churned = 1 on a 0/1 flag ("did not churn"
 * keeps 0), and "first class", "class 2", "3rd class" keep Rclass = 1, 2, 3 when those codes exist.
 */
function codedFilters(words: readonly string[], table: DataTable): Filter[] {
  const filters: Filter[] = [];
  for (const column of table.columns) {
    const values = codes(column);
    if (!values) continue;
    const flag = values.size <= 2 && [...values].every((value) => value === 0 || value === 1);
    for (const [index, word] of words.entries()) {
      if (!namesColumn(word, column)) continue;
      const before = words.slice(Math.max(0, index - 2), index).join(' ');
      if (flag) {
        if (/\b(not|didnt|didn t|never|no)$/.test(before))
          filters.push({ column: column.name, op: 'eq', value: 0 });
        else if (
          /\b(who|that|which|were|was|had|did|have)$/.test(before) ||
          (/^[a-z]{4,}s$/.test(words[index - 1] ?? '') && !STOP_WORDS.has(words[index - 1]!))
        )
          filters.push({ column: column.name, op: 'eq', value: 1 });
        continue;
      }
      const previous = words[index - 1] ?? '';
      const next = words[index + 1] ?? '';
      const ordinal = ORDINALS[previous];
      const code =
        ordinal !== undefined
          ? ordinal + 1
          : /^\d+$/.test(next)
            ? Number(next)
            : (numberWord(next) ?? (/^\d+$/.test(previous) ? Number(previous) : undefined));
      if (code !== undefined && values.has(code))
        filters.push({ column: column.name, op: 'eq', value: code });
    }
  }
  return filters;
}

/**
 * A number that keys a row: "earning 30,000" picks the row whose first column (all distinct
 * numbers, a lookup table's key) holds 30000.
 */
function keyNumberFilters(words: readonly string[], table: DataTable): Filter[] {
  const key = table.columns[0];
  if (!key || !isMeasure(key)) return [];
  const present = key.numbers.filter((value): value is number => typeof value === 'number');
  if (present.length < 3 || new Set(present).size !== present.length) return [];
  // Row numbers (1, 2, 3 …) count rows; they key nothing a question would quote.
  if (present.every(Number.isInteger) && Math.max(...present) - Math.min(...present) + 1 === present.length)
    return [];
  const asked = words
    .filter(
      (word, index) =>
        /^\d+(\.\d+)?$/.test(word) &&
        !/^(than|least|most|over|under|above|below)$/.test(words[index - 1] ?? ''),
    )
    .map(Number);
  const hits = asked.filter((value) => present.includes(value) && !(value >= 1800 && value <= 2100));
  return hits.length === 1 ? [{ column: key.name, op: 'eq', value: hits[0]! }] : [];
}

/**
 * "how many hotels …" over a table of mostly Hotel rows counts hotels: the plural noun right
 * after "how many" that names the value most rows hold is what is counted, not a filter.
 */
function countedEntity(words: readonly string[], mention: ValueMention): boolean {
  if (mention.start < 2 || words[mention.start - 1] !== 'many' || words[mention.start - 2] !== 'how')
    return false;
  const word = words[mention.start]!;
  if (mention.end - mention.start !== 1 || !word.endsWith('s') || normalizeText(mention.text).endsWith('s'))
    return false;
  const target = normalizeText(mention.text);
  const filled = mention.column.texts.filter(Boolean);
  return filled.filter((text) => normalizeText(text) === target).length > filled.length / 2;
}

/**
 * The column a question groups by: "by class", "per region", "for each department", "in each city",
 * and "each" after a question's auxiliary verb ("how many games did each coach win?").
 */
export function groupColumn(question: string, table: DataTable, exclude?: Column): Column | undefined {
  for (const match of question.matchAll(
    /\b(?:by|per|for each|in each|for every|of each|across|broken down by|(?:did|do|does|has|have|had) each)\s+(?:the\s+|their\s+)?([a-z0-9]+)(?:\s+([a-z0-9]+))?/g,
  )) {
    const candidates = table.columns.filter(
      (item) => item !== exclude && !isMeasure(item) && item.type !== 'text' && item.type !== 'duration',
    );
    const column = chosen(questionPhrase(match as RegExpExecArray), candidates, namesColumn);
    if (column) return column;
  }
  return undefined;
}

function direction(words: readonly string[]): 'asc' | 'desc' | undefined {
  for (const word of words) {
    if (DESC_WORDS.has(word)) return 'desc';
    if (ASC_WORDS.has(word)) return 'asc';
  }
  return undefined;
}

/** What the parser reads from a question before choosing a plan. */
export type QuestionReading = {
  readonly question: string;
  readonly words: readonly string[];
  readonly table: DataTable;
  readonly columnMentions: readonly ColumnMention[];
  readonly valueMentions: readonly ValueMention[];
  readonly negated: ReadonlySet<ValueMention>;
  readonly filters: Filter[];
  readonly used: Set<Column>;
  readonly yearBounds: readonly Filter[];
  readonly numeric: readonly Column[];
  readonly measure: Column | undefined;
  readonly order: 'asc' | 'desc' | undefined;
  readonly base: { filters: Filter[]; groupBy: string[]; select: string[] };
  readonly differenceAsked: boolean;
  readonly dateColumn: Column | undefined;
  /** The column the answer comes from (computed on first use). */
  readonly target: () => Column;
};

/** The years a date condition names ("in July 2007", "from 2000 to 2009"): no year filter of their own. */
function datedYearsOf(condition: DateCondition): number[] {
  return [...condition.phrase.matchAll(/\b(?:1[5-9]|20)\d\d\b/g)].map((match) => Number(match[0]));
}

/** The table's one column of durations ("4:24", "1:03.49"), if it has exactly one. */
function durationColumn(table: DataTable): Column | undefined {
  const timed = table.columns.filter((column) => durationReader(column.texts) !== undefined);
  return timed.length === 1 ? timed[0] : undefined;
}

/** "less than 1:10" over a column of durations: "less than 70 seconds", as the column's numbers are. */
function durationsInSeconds(question: string, table: DataTable): string {
  if (!durationColumn(table)) return question;
  return clockDurationsAs(question, (seconds) => `${seconds} seconds`);
}

const SUPERLATIVE =
  /\b(most|least|highest|lowest|largest|smallest|biggest|fewest|longest|shortest|greatest|top|best|worst|maximum|minimum|tallest|latest|earliest|heaviest|fastest|quickest)\b/;

/**
 * "Which site has the highest score?" over a column of sites that holds numbers: the column the
 * question word names is the one asked for and the number column said after the superlative the
 * one ranked, though the named column came first among the number columns.
 */
function askedThenRanked(reading: QuestionReading): { asked: Column; ranked: Column } | undefined {
  const { words, columnMentions, numeric, measure } = reading;
  const asked = columnMentions.find((mention) => mention.column === measure);
  if (!measure || !asked || !/^(which|what)$/.test(words[asked.position - 1] ?? '')) return undefined;
  const superlative = words.findIndex((word, index) => index > asked.position && SUPERLATIVE.test(word));
  if (superlative < 0) return undefined;
  const ranked = columnMentions.find(
    (mention) =>
      mention.position > superlative && mention.column !== measure && numeric.includes(mention.column),
  );
  return ranked ? { asked: measure, ranked: ranked.column } : undefined;
}

/**
 * "the average Weight of the three rows with the lowest Score": the statistic over the N rows a
 * number column said after the superlative ranks first (the measure itself when none is said there).
 */
function countedWithExtreme(reading: QuestionReading): QueryPlan | undefined {
  const { question, words, columnMentions, numeric, measure, base } = reading;
  const match =
    /\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+\s+(?:with|having|that have|that had)\s+the\s+(highest|lowest|largest|smallest|biggest|greatest)\b/.exec(
      question,
    );
  if (!match || !measure) return undefined;
  const n = numberWord(match[1]!) ?? 0;
  const fn = /\b(average|mean)\b/.test(question)
    ? 'avg'
    : /\b(total|sum|combined)\b/.test(question)
      ? 'sum'
      : undefined;
  if (!(n >= 2) || !fn) return undefined;
  const superlative = words.indexOf(match[2]!);
  const after = columnMentions.find(
    (mention) => mention.position > superlative && numeric.includes(mention.column),
  );
  return {
    ...base,
    orderBy: {
      target: (after?.column ?? measure).name,
      direction: /lowest|smallest/.test(match[2]!) ? 'asc' : 'desc',
    },
    limit: n,
    aggregate: { fn, column: measure.name },
  };
}

/** Reads a question against a table: the words, the columns and values it names, its filters, measure and ranking direction. */
export function analyzeQuestion(questionText: string, table: DataTable): QuestionReading {
  const question = normalizeText(durationsInSeconds(questionText, table));
  const words = question.split(' ').filter(Boolean);
  const stems = words.map(stem);
  const columnMentions = findColumnMentions(table, stems);
  // "after 2007", "before 1959": a year bound on the column that dates the rows, not a cell value.
  const yearBounds: Filter[] = [];
  const whenColumn =
    table.columns.find((column) => column.type === 'date') ??
    table.columns.find(
      (column) => WHEN.test(column.name) && column.texts.some((text) => /\b\d{4}\b/.test(text)),
    );
  const boundYears = new Set<string>();
  if (whenColumn) {
    for (const match of question.matchAll(
      /\b(before|after|since|prior to|until|earlier than|later than)\s+(?:the year\s+)?((?:1[5-9]|20)\d\d)\b(?!\s*\d)/g,
    )) {
      const later = /after|since|later/.test(match[1]!);
      yearBounds.push({
        column: whenColumn.name,
        op: later ? (match[1] === 'since' ? 'ge' : 'gt') : 'lt',
        value: Number(match[2]),
      });
      boundYears.add(match[2]!);
    }
  }
  const valueMentions = findValueMentions(table, words).filter(
    (mention) => !boundYears.has(normalizeText(mention.text)) && !countedEntity(words, mention),
  );
  // "not in the United Kingdom", "other than Republican or Democrat", "besides Canada": the value is excluded.
  const negated = new Set<ValueMention>();
  for (const [index, mention] of valueMentions.entries()) {
    const before = words.slice(Math.max(0, mention.start - 3), mention.start).join(' ');
    const previous = valueMentions[index - 1];
    const joined =
      previous &&
      negated.has(previous) &&
      previous.column === mention.column &&
      /^(or|nor|and)$/.test(words.slice(previous.end, mention.start).join(' '));
    if (mention.op) continue;
    if (/\b(not|other than|besides|aside from|except|excluding|outside|nor)\b/.test(before) || joined)
      negated.add(mention);
  }
  const filters: Filter[] = valueMentions.map((mention) => ({
    column: mention.column.name,
    op: negated.has(mention) ? 'ne' : (mention.op ?? 'eq'),
    value: mention.text,
  }));
  // An excluded value leaves its column free to answer ("besides Canada, which nation ...").
  const used = new Set<Column>(
    valueMentions.filter((mention) => !negated.has(mention)).map((mention) => mention.column),
  );

  // Months and spans of days: "in november", "after october 1st", "from february 10 to march 10, 1997".
  const dated = dateConditions(questionText);
  const allRows = table.rowNumbers.map((_, row) => row);
  for (const condition of dated) {
    const found = rowsOnDate(table.columns, questionText, condition, allRows);
    if (!found) continue;
    // A day the phrase names ("before december 15, 1965") is the bound, not a row to match.
    const phrase = normalizeText(condition.phrase);
    for (let index = filters.length - 1; index >= 0; index--) {
      const filter = filters[index]!;
      if (filter.column === found.column.name && phrase.includes(normalizeText(String(filter.value))))
        filters.splice(index, 1);
    }
    filters.push({ column: found.column.name, op: 'date', value: describeDateCondition(condition) });
  }
  const datedYears = new Set(dated.flatMap((condition) => datedYearsOf(condition)));
  // Years: "in 2023" filters a date (or year) column, unless a cell value already matched.
  const dateColumn = table.columns.find((column) => column.type === 'date');
  for (const match of question.matchAll(/\b(?:in|during|of|for)\s+((?:1[5-9]|20)\d\d)\b/g)) {
    const year = Number(match[1]);
    if (datedYears.has(year)) continue;
    if (dateColumn && !valueMentions.some((mention) => normalizeText(mention.text) === match[1]))
      filters.push({ column: dateColumn.name, op: 'year', value: year });
  }
  filters.push(...comparisonFilters(question, table, columnMentions), ...yearBounds);
  for (const coded of [...codedFilters(words, table), ...keyNumberFilters(words, table)])
    if (!filters.some((filter) => filter.column === coded.column)) filters.push(coded);
  for (const filter of filters)
    if (filter.op !== 'ne') used.add(table.columns.find((column) => column.name === filter.column)!);

  const numeric = numericColumns(table);
  const measureMentions = columnMentions
    .map((mention) => mention.column)
    .filter(
      (column) =>
        numeric.includes(column) &&
        !valueMentions.some((mention) => mention.column === column) &&
        !filters.some((filter) => filter.column === column.name && filter.op === 'eq'),
    );
  const measure = measureMentions[0];
  const order = direction(words);
  const base = { filters, groupBy: [] as string[], select: [] as string[] };
  const differenceAsked =
    /\bdifference\b|\bhow (many|much) (more|less|fewer|higher|lower|longer|shorter|bigger|larger|greater|older|younger|taller)\b/.test(
      question,
    );
  let target: Column | undefined;
  return {
    question,
    words,
    table,
    columnMentions,
    valueMentions,
    negated,
    filters,
    used,
    yearBounds,
    numeric,
    measure,
    order,
    base,
    differenceAsked,
    dateColumn,
    target: () => {
      target ??= pickTarget(
        question,
        words,
        table,
        columnMentions,
        new Set([...used, ...(measure ? [measure] : [])]),
      );
      return target;
    },
  };
}

/** Whether a column's values are all different, two or more of them: each row names its own item. */
function namesEachRowOnce(column: Column): boolean {
  const present = column.texts.filter(Boolean).map(normalizeText);
  return present.length >= 2 && new Set(present).size === present.length;
}

/** The table's one measure column no filter of the question holds fixed, when it has exactly one. */
function soleMeasure(reading: QuestionReading): Column | undefined {
  const measures = reading.numeric.filter(
    (column) => isMeasure(column) && !reading.filters.some((filter) => filter.column === column.name),
  );
  return measures.length === 1 ? measures[0] : undefined;
}

/**
 * Whether some word the statistic's pattern matches is the statistic itself, not part of a
 * column's name said beside another word of that name ("batting average", "mean temperature").
 */
function statisticSaid(words: readonly string[], table: DataTable, asks: RegExp): boolean {
  const stems = words.map(stem);
  return words.some(
    (word, index) =>
      asks.test(word) &&
      !table.columns.some((column) => saidInName(stem(word), index, stems, headerWords(column))),
  );
}

/** "median X" / "average X": that aggregate of the measure named (or the first free number column). */
function averageRule(name: string, asks: RegExp, fn: 'median' | 'avg'): PlanRule {
  return {
    name,
    plan: (reading) => {
      const { question, words, table, used, numeric, measure, base } = reading;
      if (!asks.test(question) || !(measure ?? numeric[0])) return undefined;
      if (!statisticSaid(words, table, asks)) return undefined;
      return {
        ...base,
        aggregate: { fn, column: (measure ?? numeric.find((item) => !used.has(item)))!.name },
      };
    },
  };
}

type PlanRule = {
  readonly name: string;
  /** A plan when the rule reads the question, else undefined (the next rule tries). */
  readonly plan: (reading: QuestionReading) => QueryPlan | undefined;
};

/** The plan rules, tried in order; the first that answers wins. */
export const PLAN_RULES: readonly PlanRule[] = [
  {
    name: 'correlation',
    plan: (reading) => {
      const { question, columnMentions, numeric, base } = reading;
      if (!/\bcorrelat/.test(question)) return undefined;
      const [a, b] = [...new Set(columnMentions.map((mention) => mention.column))].filter((column) =>
        numeric.includes(column),
      );
      if (!a || !b) return undefined;
      return { ...base, aggregate: { fn: 'correlation', column: a.name, with: b.name } };
    },
  },
  {
    name: 'percentage of rows',
    plan: (reading) => {
      const { question, filters, base } = reading;
      if (!/\b(percentage|percent|share|proportion|fraction)\b/.test(question) || filters.length === 0)
        return undefined;
      if (reading.measure) return undefined;
      return { ...base, aggregate: { fn: 'share' } };
    },
  },
  {
    name: 'count distinct',
    plan: (reading) => {
      const { question, words, table, base } = reading;
      // "how many different ports did passengers embark from?": distinct values of the column the words name.
      if (!/\bhow many (different|distinct|unique)\b/.test(question)) return undefined;
      const at = words.findIndex((word) => /^(different|distinct|unique)$/.test(word));
      for (const word of words.slice(at + 1)) {
        const column = table.columns.find((item) => !isMeasure(item) && namesColumn(word, item));
        if (column) return { ...base, aggregate: { fn: 'distinct', column: column.name } };
      }
      return undefined;
    },
  },
  {
    name: 'standard deviation',
    plan: (reading) => {
      const { question, measure, base } = reading;
      if (
        !/\b(standard deviation|std)\b/.test(question) ||
        !measure ||
        groupColumn(question, reading.table, measure)
      )
        return undefined;
      return { ...base, aggregate: { fn: 'std', column: measure.name } };
    },
  },
  {
    name: 'aggregate over the top or first N rows',
    plan: (reading) => {
      const { question, table, measure, base } = reading;
      const counted = countedWithExtreme(reading);
      if (counted) return counted;
      const match =
        /\b(top|first|last|bottom|highest|lowest|largest|smallest)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\b(?:\s+([a-z0-9]+))?/.exec(
          question,
        );
      if (!match) return undefined;
      const n = numberWord(match[2]!) ?? 0;
      if (!(n >= 2)) return undefined;
      const fn = /\b(average|mean)\b/.test(question)
        ? 'avg'
        : /\b(total|sum|combined|altogether)\b/.test(question)
          ? 'sum'
          : undefined;
      if (!fn || !measure) return undefined;
      const low = /^(last|bottom|lowest|smallest)$/.test(match[1]!);
      // "the top 5 fares": ranked by the measure itself; "the top 5 drivers": the table's own order.
      const rankedBy = match[3] && namesColumn(match[3], measure) ? measure : undefined;
      void table;
      return rankedBy
        ? {
            ...base,
            orderBy: { target: rankedBy.name, direction: low ? 'asc' : 'desc' },
            limit: n,
            aggregate: { fn, column: measure.name },
          }
        : { ...base, position: low ? 'last' : 'first', limit: n, aggregate: { fn, column: measure.name } };
    },
  },
  {
    name: 'aggregate by group',
    plan: (reading) => {
      const { question, table, measure, base } = reading;
      const group = groupColumn(question, table, measure);
      if (!group) return undefined;
      const fn = /\bstandard deviation\b/.test(question)
        ? 'std'
        : /\b(average|mean)\b/.test(question)
          ? 'avg'
          : /\bmedian\b/.test(question)
            ? 'median'
            : /\b(total|sum|combined)\b/.test(question) && measure
              ? 'sum'
              : /\b(how many|number of|count)\b/.test(question)
                ? 'count'
                : /\b(maximum|max|highest)\b/.test(question) && measure
                  ? 'max'
                  : /\b(minimum|min|lowest)\b/.test(question) && measure
                    ? 'min'
                    : undefined;
      if (!fn || (fn !== 'count' && !measure)) return undefined;
      if (reading.filters.some((filter) => filter.column === group.name && filter.op === 'eq'))
        return undefined;
      return {
        ...base,
        groupBy: [group.name],
        aggregate: fn === 'count' ? { fn } : { fn, column: measure!.name },
      };
    },
  },
  {
    name: 'difference',
    plan: (reading) => {
      const { question, valueMentions, filters, used, numeric, measure, base, differenceAsked } = reading;
      // Difference: "how many more X did A have than B", "difference between A and B".
      if (differenceAsked && valueMentions.length >= 2) {
        const [a, b] = valueMentions;
        // "how many more AM channels than FM channels": no measure named, so rows are counted.
        const countRows = !measure && /\bhow many (more|less|fewer)\b/.test(question);
        const column = countRows ? a!.column : (measure ?? numeric.find((item) => !used.has(item)));
        const rest = filters.filter(
          (filter) => filter.column !== a!.column.name && filter.column !== b!.column.name,
        );
        if (column) {
          return {
            ...base,
            filters: rest,
            difference: {
              column: column.name,
              a: [{ column: a!.column.name, op: a!.op ?? 'eq', value: a!.text }],
              b: [{ column: b!.column.name, op: b!.op ?? 'eq', value: b!.text }],
              absolute: /\bdifference\b/.test(question),
            },
            ...(countRows ? { aggregate: { fn: 'count' as const } } : {}),
            select: [],
          };
        }
      }
      if (differenceAsked && valueMentions.length < 2 && measure) {
        const numbers = [...question.matchAll(/\b(\d+(?:\.\d+)?)\b/g)].map((match) => Number(match[1]));
        void numbers;
      }
      return undefined;
    },
  },
  {
    name: 'yes or no',
    plan: (reading) => {
      const { question, table, valueMentions, filters, measure, order, base } = reading;
      // Yes/no: "did A score more goals than B?", "is A the same height as B?", "are there at least 9 heats?"
      if (
        /^(is|are|was|were|did|does|do|has|have|had|can|could|will)\b/.test(question) &&
        !/\bor\b(?! not\b)/.test(question)
      ) {
        const [a, b] = valueMentions;
        const sameColumn = a && b && a.column === b.column;
        if (sameColumn && /\bsame\b/.test(question) && measure) {
          const rest = filters.filter((filter) => filter.column !== a.column.name);
          return {
            ...base,
            filters: rest,
            difference: {
              column: measure.name,
              a: [{ column: a.column.name, op: 'eq', value: a.text }],
              b: [{ column: b.column.name, op: 'eq', value: b.text }],
              absolute: true,
            },
            answerAs: 'same',
          };
        }
        if (sameColumn && /\bthan\b/.test(question) && order) {
          const rest = filters.filter((filter) => filter.column !== a.column.name);
          return {
            ...base,
            filters: rest,
            choose: {
              column: a.column.name,
              values: [a.text, b.text],
              ...(measure ? { measure: measure.name } : {}),
              direction: order,
            },
            answerAs: 'first',
          };
        }
        if (!/\bsame\b|\bthan\b/.test(question) && filters.length > 0) {
          return { ...base, select: [table.columns[0]!.name], answerAs: 'any' };
        }
      }
      return undefined;
    },
  },
  {
    name: 'either or',
    plan: (reading) => {
      const { question, valueMentions, filters, measure, order, base } = reading;
      // Either-or: "which had more points, A or B?"
      if (
        /\bor\b/.test(question) &&
        valueMentions.length >= 2 &&
        valueMentions[0]!.column === valueMentions[1]!.column
      ) {
        const column = valueMentions[0]!.column;
        const rest = filters.filter((filter) => filter.column !== column.name);
        const earlier = /\b(first|earlier|before|sooner|previous|older)\b/.test(question);
        const later = /\b(later|after|last|next|recent)\b/.test(question);
        if (earlier || later) {
          // Row order decides: list the values in the order they appear.
          return {
            ...base,
            filters: [
              ...rest,
              { column: column.name, op: 'eq', value: valueMentions[earlier ? 0 : 1]!.text },
            ],
            select: [column.name],
            position: earlier ? 'first' : 'last',
            limit: 1,
            choose: undefined,
          } as QueryPlan & { choose?: undefined };
        }
        return {
          ...base,
          filters: rest,
          choose: {
            column: column.name,
            values: valueMentions.map((mention) => mention.text),
            ...(measure ? { measure: measure.name } : {}),
            direction: order ?? 'desc',
          },
        };
      }
      return undefined;
    },
  },
  {
    name: 'count',
    plan: (reading) => {
      const {
        question,
        words,
        table,
        valueMentions,
        negated,
        filters,
        used,
        numeric,
        measure,
        base,
        differenceAsked,
      } = reading;
      // Counting.
      // "which county has the highest number of bakers?" ranks counties; it does not count.
      const ranksItems =
        /^(which|who|what)\b/.test(question) &&
        /\b(highest|most|largest|greatest|lowest|least|fewest|smallest)\s+(total\s+)?number of\b/.test(
          question,
        );
      // "the average number of walks" asks a mean of a counted measure the table holds, not a count.
      const counted = /\b(?:average|mean|median)\s+(?:\w+\s+)?number of\s+([a-z0-9]+)/.exec(question)?.[1];
      const meanOfCounts = Boolean(counted && measure && headerStems(measure).includes(stem(counted)));
      const howMany =
        /\bhow many\b|\bnumber of\b|\bcount\b|\bhow often\b/.test(question) &&
        !meanOfCounts &&
        !differenceAsked &&
        !ranksItems;
      if (howMany) {
        // "how many singles charted after X?": the rows listed after (or before) X's row.
        const spanWord = /\b(after|before|since|prior to)\s+$/;
        const anchorIndex = valueMentions.findIndex(
          (mention) =>
            !negated.has(mention) &&
            // "after october 1st" on a column of dates is a date bound, already a filter.
            !filters.some((filter) => filter.op === 'date' && filter.column === mention.column.name) &&
            spanWord.test(
              `${words.slice(Math.max(0, mention.start - 2), mention.start).join(' ')} `.replace(
                /\bthe\s+$/,
                '',
              ),
            ),
        );
        if (anchorIndex >= 0 && !differenceAsked) {
          const anchor = valueMentions[anchorIndex]!;
          const before = /\b(before|prior to)\s+(the\s+)?$/.test(
            `${words.slice(Math.max(0, anchor.start - 3), anchor.start).join(' ')} `,
          );
          return {
            ...base,
            filters: filters.filter(
              (filter) => !(filter.column === anchor.column.name && filter.value === anchor.text),
            ),
            span: {
              anchor: [{ column: anchor.column.name, op: anchor.op ?? 'eq', value: anchor.text }],
              side: before ? 'before' : 'after',
            },
            aggregate: { fn: 'count' },
          };
        }
        const after = /\b(?:how many|number of)\s+([a-z0-9]+)/.exec(question)?.[1];
        const noun = after ? stem(after) : undefined;
        const nounColumn = noun
          ? table.columns.find(
              (column) =>
                headerStems(column).includes(noun) ||
                headerStems(column).some((header) => (SYNONYMS[header] ?? []).map(stem).includes(noun)),
            )
          : undefined;
        const labelLike = (column: Column) =>
          column.type === 'identifier' ||
          ordinalLike(column) ||
          /\b(no|number|#|episode|season|match|week|round|game|year|rank|pos|position|place|seed|callsign|competition)\b/i.test(
            column.name,
          );
        if (nounColumn && numeric.includes(nounColumn) && !used.has(nounColumn) && !labelLike(nounColumn)) {
          return { ...base, aggregate: { fn: 'sum', column: nounColumn.name } };
        }
        if (nounColumn && !numeric.includes(nounColumn) && !used.has(nounColumn) && filters.length === 0) {
          return { ...base, aggregate: { fn: 'distinct', column: nounColumn.name } };
        }
        // "how many people watched the match against X": a named measure over the matching rows.
        if (
          measure &&
          filters.length > 0 &&
          filters.every((filter) => filter.op === 'eq' && filter.column !== measure.name) &&
          !labelLike(measure) &&
          !/\btimes\b|\bhow many (games|matches|episodes|races|seasons|years|rows|entries)\b/.test(question)
        )
          return { ...base, aggregate: { fn: 'sum', column: measure.name } };
        if (
          measure &&
          !ordinalLike(measure) &&
          !/\btimes\b/.test(question) &&
          /\b(total|combined|all)\b/.test(question)
        )
          return { ...base, aggregate: { fn: 'sum', column: measure.name } };
        return { ...base, aggregate: { fn: 'count' } };
      }
      return undefined;
    },
  },
  averageRule('median', /\bmedian\b/, 'median'),
  averageRule('average', /\baverage\b|\bmean\b/, 'avg'),
  {
    name: 'total',
    plan: (reading) => {
      const { question, words, table, columnMentions, used, measure, base } = reading;
      const superlative =
        /\b(most|least|highest|lowest|largest|smallest|biggest|fewest|longest|shortest|greatest|top|best|worst|maximum|minimum)\b/.test(
          question,
        );
      const asksWhich =
        /^(which|who|what (year|team|country|nation|player|date|season))\b|\b(which|who)\b/.test(question);
      if (
        /\btotal\b|\bsum\b|\bcombined\b|\baltogether\b|\bin all\b/.test(question) &&
        measure &&
        !(superlative && asksWhich)
      ) {
        const target = pickTarget(question, words, table, columnMentions, new Set([...used, measure]));
        if (/\bby\b|\bper\b|\beach\b/.test(question) && !isMeasure(target) && target.type !== 'identifier') {
          return { ...base, groupBy: [target.name], aggregate: { fn: 'sum', column: measure.name } };
        }
        return { ...base, aggregate: { fn: 'sum', column: measure.name } };
      }
      return undefined;
    },
  },
  {
    name: 'before or after a row',
    plan: (reading) => {
      const {
        question,
        words,
        table,
        columnMentions,
        valueMentions,
        filters,
        used,
        yearBounds,
        measure,
        order,
      } = reading;
      // Before/after a mentioned row: "who came after X?", "what was the next album after Y?"
      const next = /\b(after|next|following|succeeded|below)\b/.test(question);
      const previous = /\b(before|previous|preceding|prior|above|preceded)\b/.test(question);
      if ((next || previous) && valueMentions.length >= 1 && !order && yearBounds.length === 0) {
        const anchor = valueMentions[valueMentions.length - 1]!;
        const withoutAnchor = new Set([...used, ...(measure ? [measure] : [])]);
        withoutAnchor.delete(anchor.column);
        // "who played after the Lions?": without a column named, the answer is the anchor's neighbour in its own column.
        const who = /^who\b/.test(question);
        const wordy = (column: Column) =>
          !isMeasure(column) &&
          !WHEN.test(column.name) &&
          column.type !== 'date' &&
          column.values.filter((value) => typeof value === 'string').length > column.values.length / 2;
        const named =
          namedColumn(question, table) ??
          columnMentions.map((mention) => mention.column).find((column) => column !== anchor.column && !who);
        const asksWhen = /^when\b|\bwhat (year|date|season|month|day)\b/.test(question);
        const relativeTarget =
          named && named !== anchor.column
            ? named
            : asksWhen || !wordy(anchor.column)
              ? pickTarget(question, words, table, columnMentions, withoutAnchor)
              : anchor.column;
        return {
          filters: filters.filter(
            (filter) => !(filter.column === anchor.column.name && filter.value === anchor.text),
          ),
          groupBy: [],
          select: [relativeTarget.name],
          relative: {
            anchor: [{ column: anchor.column.name, op: anchor.op ?? 'eq', value: anchor.text }],
            step: next ? 1 : -1,
          },
        };
      }
      return undefined;
    },
  },
  {
    name: 'top or bottom of the list',
    plan: (reading) => {
      const { question, base } = reading;
      const select = [reading.target().name];
      // "at the top of the list", "the bottom of the chart": sheet order, not a ranking.
      const edge =
        /\b(top|bottom|end) of the (list|table|chart|data|page|rankings?)\b|\bat the (top|bottom)\b/.exec(
          question,
        );
      if (edge) {
        return { ...base, select, position: /top/.test(edge[0]) ? 'first' : 'last', limit: 1 };
      }
      return undefined;
    },
  },
  {
    name: 'extreme value of a measure',
    plan: (reading) => {
      const { question, measure, base, columnMentions } = reading;
      // "what is the highest fare?": the value itself, not the row that has it.
      const match =
        /^(?:what|how much) (?:is|was|were|are) the (highest|lowest|largest|smallest|maximum|minimum|biggest|greatest|max|min|longest|shortest|earliest|latest) ([a-z0-9 .]+?)\??$/.exec(
          question,
        );
      if (!match) return undefined;
      const low = /lowest|smallest|minimum|min|shortest|earliest/.test(match[1]!);
      const phrase = match[2]!.split(' ').map(stem);
      if (
        measure &&
        measure.type !== 'duration' &&
        columnMentions.some((mention) => mention.column === measure)
      ) {
        if (!headerStems(measure).some((item) => phrase.includes(item))) return undefined;
        return { ...base, aggregate: { fn: low ? 'min' : 'max', column: measure.name } };
      }
      // "what is the longest hold time?", "the earliest start date": the duration or date column the words name.
      const timed =
        /longest|shortest/.test(match[1]!) || measure?.type === 'duration'
          ? 'duration'
          : /earliest|latest/.test(match[1]!)
            ? 'date'
            : undefined;
      // Two such columns the words name equally ("the longest time" of a run and a rest time) are refused.
      const named =
        timed &&
        chosen(
          match[2]!.split(' '),
          reading.table.columns.filter((column) => column.type === timed),
          namesColumn,
        );
      if (!named) return undefined;
      const column = named.name;
      // Dates have no min or max aggregate: the first row in date order is the answer.
      if (timed === 'date')
        return {
          ...base,
          select: [column],
          orderBy: { target: column, direction: low ? 'asc' : 'desc' },
          limit: 1,
        };
      return { ...base, aggregate: { fn: low ? 'min' : 'max', column } };
    },
  },
  {
    name: 'value of a named measure',
    plan: (reading) => {
      const { question, measure, filters, order, base } = reading;
      // "what was the percentage in computer science in 2000?", "what is the amount for groceries?"
      if (!/^(what|how much)\b/.test(question) || !measure || order || filters.length === 0) return undefined;
      if (/\b(average|mean|median|total|sum|combined|how many|number of|count|which|who)\b/.test(question))
        return undefined;
      if (filters.some((filter) => filter.column === measure.name)) return undefined;
      return { ...base, select: [measure.name] };
    },
  },
  {
    name: 'superlative',
    plan: (reading) => {
      const { question, words, measure, order, base, dateColumn } = reading;
      // Superlatives.
      const ordinal = words.map((word) => ORDINALS[word]).find((value) => value !== undefined);
      if (order && SUPERLATIVE.test(question)) {
        const named = askedThenRanked(reading);
        if (named)
          return {
            ...base,
            select: [named.asked.name],
            orderBy: { target: named.ranked.name, direction: order },
            limit: 1,
            ...(ordinal ? { offset: ordinal } : {}),
          };
        const target = reading.target();
        const select = [target.name];
        const repeated = (column: Column) => {
          const present = column.texts.filter(Boolean);
          return present.length >= 6 && new Set(present.map(normalizeText)).size <= present.length * 0.5;
        };
        if (measure && measure !== target && !isMeasure(target) && repeated(target)) {
          // Several rows per item: rank the items by their totals.
          return {
            ...base,
            groupBy: [target.name],
            aggregate: { fn: 'sum', column: measure.name },
            orderBy: { target: 'aggregate', direction: order },
            limit: 1,
          };
        }
        if (measure && measure !== target) {
          return {
            ...base,
            select,
            orderBy: { target: measure.name, direction: order },
            limit: 1,
            ...(ordinal ? { offset: ordinal } : {}),
          };
        }
        if (/\b(latest|earliest|most recent)\b/.test(question) && dateColumn && dateColumn !== target) {
          return {
            ...base,
            select,
            orderBy: { target: dateColumn.name, direction: /earliest/.test(question) ? 'asc' : 'desc' },
            limit: 1,
          };
        }
        // "what is the biggest expense?" over a list that names each item once beside one amount:
        // the item with the largest amount, not a count of rows that is one for every item.
        const sole =
          !isMeasure(target) && !measure && namesEachRowOnce(target) ? soleMeasure(reading) : undefined;
        if (sole)
          return {
            ...base,
            select,
            orderBy: { target: sole.name, direction: order },
            limit: 1,
            ...(ordinal ? { offset: ordinal } : {}),
          };
        if (!isMeasure(target)) {
          return {
            ...base,
            groupBy: [target.name],
            aggregate: { fn: 'count' },
            orderBy: { target: 'aggregate', direction: order },
            limit: 1,
          };
        }
        return { ...base, select, orderBy: { target: target.name, direction: order }, limit: 1 };
      }
      return undefined;
    },
  },
  {
    name: 'first or last',
    plan: (reading) => {
      const { question, words, base } = reading;
      const select = [reading.target().name];
      const ordinal = words.map((word) => ORDINALS[word]).find((value) => value !== undefined);
      // First / last in sheet order.
      if (/\b(first|last|final|second|third|fourth|fifth|1st|2nd|3rd|previous)\b/.test(question)) {
        const last = /\b(last|final)\b/.test(question);
        return {
          ...base,
          select,
          position: last ? 'last' : 'first',
          limit: 1,
          ...(ordinal && !last ? { offset: ordinal } : {}),
        };
      }
      return undefined;
    },
  },
];

/** Parses a question about one table into a QueryPlan. */
export function parseQuestion(questionText: string, table: DataTable): QueryPlan {
  const reading = analyzeQuestion(questionText, table);
  for (const rule of PLAN_RULES) {
    const plan = rule.plan(reading);
    if (plan) return plan;
  }
  return { ...reading.base, select: [reading.target().name] };
}
