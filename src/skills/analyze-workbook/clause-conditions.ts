/**
 * @module clause-conditions
 * "What are the mean and the standard deviation of the Mark, and how many trainees have a Mark
 * of at least 80?", "How many cups were played in Lisbon, and how many distinct cities are
 * there?": a question of several clauses whose one condition sits in one clause alone keeps the
 * rows of that clause's slot, not of the others. A slot belongs to the clause its name's words
 * name most; failing that, a plain statistic belongs to the clause that does not count when the
 * condition sits in the one that does. The other slots get the rows in play before the condition.
 * Only when the reading is plain: one stated condition (the conditions that drop rows read one column), found
 * in exactly one clause.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { stem as porterStem } from '../../lib/text/stem.ts';
import { cellsOf, columnNames, type Frame, isNumericColumn, wordsOf } from './analysis-frame.ts';
import { readSlotName, statisticWord } from './slot-words.ts';

/**
 * The clauses of a question: split at ", and", ";" and inner question marks, and at a bare "and"
 * that opens a count ("the mean X and how many …", "and the number of …").
 */
const CLAUSE_BREAK = /,\s*and\s+|;\s*|\?\s+|\s+and\s+(?=how many\b|(?:the\s+)?(?:number|count) of\b)/i;

const COUNTS = /\b(?:how many|number of|count)\b/i;

/** The clauses of a question, split as `clauseScope` splits them. */
export function questionClauses(question: string): string[] {
  return question.split(CLAUSE_BREAK).filter((clause) => clause.trim() !== '');
}

/**
 * A comparison with a stated number ("at least 80", "above 1,000", "at least one", "longer than 30",
 * "80 or more"), a clock time ("at 9:00 AM or later", "before 18:30"), a sign ("is
 * negative"), a top-N place ("in the top three"), a year ("joined in 2002") or a statistic
 * ("above the mean").
 */
const COMPARED_NUMBER =
  /\b(?:at least|at most|above|below|over|under|more than|less than|fewer than|greater than|higher than|lower than|younger than|older than|(?:longer|shorter|larger|smaller|bigger|heavier|lighter|taller|faster|slower|later|earlier) than|exceed(?:s|ing)?)\s+(?:-?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)|\d\s+or\s+(?:more|less|fewer|above|below|higher|lower)\b|\d:\d\d(?:\s*[AaPp]\.?[Mm]\.?|\s+(?:UTC|UT|GMT))?\s+or\s+(?:later|earlier|after|before)\b|\b(?:after|before)\s+\d{1,2}:\d\d|[<>≤≥]=?\s*-?\d|\b(?:negative|positive)\b|\bin(?:to)?\s+the\s+top\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:in|during)\s+(?:the\s+year\s+)?(?:1[89]|20)\d\d\b(?![-–/]\d)|\b(?:above|below|over|under|more than|less than|greater than|higher than|lower than|exceed(?:s|ing)?)\s+(?:the\s+)?(?:overall\s+)?(?:average|mean|median)\b/i;

/** Words by which a clause points back to the rows an earlier clause kept ("within that group", "how many such days"). */
const BACK_REFERENCE =
  /\b(?:their|they|them|those|these|such)\b|\b(?:of|in|within|among|for)\s+(?:that|this)\s+(?:category|group|class|kind|type|set|subset|segment)\b/i;

/** A phrase set before a question's first clause ("For loans in the Fiction shelf, how many …"). */
const FRONTED_PHRASE =
  /^\s*(?:for|among|within|considering|using only|looking (?:only )?at|restricted to|limited to)\b[^,?;]{1,120},\s*(?=(?:how|what|which|who|give|report|compute|calculate|find|count)\b)/i;

/** Plain statistics of a column, which a clause that does not count asks over every row in play. */
const CLAUSE_FREE_RULES =
  /^(mean|median|standard deviation|variance|minimum|maximum|total|range|interquartile range|skewness|kurtosis|coefficient of variation)$/;

/** How the question's one condition divides among its clauses. */
export type ClauseScope = {
  readonly clauses: readonly string[];
  /** The clause that states the condition. */
  readonly conditioned: number;
  /** The rows in play before the condition. */
  readonly before: readonly number[];
  /** When conditions on several columns are each one clause's own: the rows each clause keeps. */
  readonly rowsOf?: readonly (readonly number[])[];
};

/** The words of the text values a condition on a column keeps, over the rows in play. */
function keptValues(frame: Frame, column: string): string[] {
  const cells = cellsOf(frame, column);
  return [
    ...new Set(
      frame.rows
        .map((row) => cells[row])
        .filter((cell) => typeof cell === 'string')
        .map((cell) => wordsOf(String(cell)).join(' '))
        .filter((own) => own !== ''),
    ),
  ];
}

/** A comparative that compares with something said after it ("higher than that of women"). */
const COMPARATIVE = /\b(?:higher|greater|larger|bigger|more|lower|less|smaller|fewer)\s+than\b/i;

/** Whether the rows were kept by comparing the column with another column ("rows where A greater than B"). */
function comparedWithColumn(frame: Frame, column: string): boolean {
  const others = columnNames(frame).filter((name) => name !== column);
  return frame.steps.some(
    (step) =>
      step.startsWith(`rows where ${column} `) &&
      others.some((other) => step.replace(/ \(\d+\)$/, '').endsWith(` than ${other}`)),
  );
}

/**
 * Whether a clause states a condition on a column: a compared number, one of the values it keeps,
 * or, when the rows were kept by comparing it with another column, a comparative.
 */
function statedIn(frame: Frame, column: string): ((clause: string) => boolean) | undefined {
  if (isNumericColumn(frame, column)) {
    // "with a Member_Flag of 1": the column named, then its number.
    const named = new RegExp(`\\b${escapeRegExp(column)}\\s+(?:of|=|==|equal to|equals)\\s+-?\\d`, 'i');
    const compared = comparedWithColumn(frame, column);
    return (clause) =>
      COMPARED_NUMBER.test(clause) || named.test(clause) || (compared && COMPARATIVE.test(clause));
  }
  // "at 1:00 PM or later" over a column of date-times: the clause that writes the clock time.
  const clock = frame.conditions.find(
    (condition) => condition.column === column && /^\d{1,2}:\d\d/.test(condition.said ?? ''),
  )?.said;
  if (clock !== undefined) return (clause) => clause.includes(clock);
  const kept = keptValues(frame, column);
  if (kept.length === 0) return missingStatedIn(frame, column);
  return (clause) => {
    const words = ` ${wordsOf(clause).join(' ')} `;
    return kept.some((own) => words.includes(` ${own} `));
  };
}

/** Words that say a cell is missing, before the column's name ("no Remarks", "an empty Remarks"). */
const MISSING_BEFORE = String.raw`(?:no|missing|empty|blank|without(?:\s+an?)?)`;
/** Words that say a cell is missing, after the column's name ("Remarks is missing", "Remarks left blank"). */
const MISSING_AFTER = String.raw`(?:is|are|was|were|left)\s+(?:missing|empty|blank|unknown|not given)`;

/**
 * A condition that keeps the rows whose cell of a text column is missing ("ferry lines that have no
 * Remarks"): a clause states it when it names the column right after a word of a missing cell, or
 * right before "is missing".
 */
function missingStatedIn(frame: Frame, column: string): ((clause: string) => boolean) | undefined {
  const cells = cellsOf(frame, column);
  if (frame.rows.length === 0 || frame.rows.some((row) => cells[row] !== null)) return undefined;
  const name = escapeRegExp(column);
  const said = new RegExp(
    `\\b${MISSING_BEFORE}\\s+(?:the\\s+)?${name}\\b|\\b${name}\\s+${MISSING_AFTER}\\b`,
    'i',
  );
  return (clause) => said.test(clause);
}

/**
 * The column of the question's one condition. A condition that keeps every row in play ("years
 * above 70" read as Year > 70 over the years 1970 to 2011) drops none, and a condition stated twice
 * ("close above 85" in the question, "greater than 85" in the constraints) reads one column: the
 * conditions that drop rows all reading one column make one condition.
 */
export function soleConditionColumn(frame: Frame): string | undefined {
  const start = frame.start;
  if (!start) return undefined;
  const columns = new Set(
    frame.conditions
      .filter((condition) => !start.every((row) => condition.test(row)))
      .map((condition) => condition.column),
  );
  return columns.size === 1 ? [...columns][0] : undefined;
}

/** Words either side of a compared number within which a clause names the column compared. */
const BESIDE_WORDS = 3;

/**
 * Whether a clause names a numeric column beside one of its compared numbers ("the pour longer
 * than 30", "at least one kettle filled"), not only elsewhere ("the median pour").
 */
function namedBesideComparison(column: string, clause: string): boolean {
  const own = new Set(wordsOf(column).map(porterStem));
  const near = (text: string) => wordsOf(text).some((word) => own.has(porterStem(word)));
  return [...clause.matchAll(new RegExp(COMPARED_NUMBER.source, 'gi'))].some((match) => {
    const before = wordsOf(clause.slice(0, match.index)).slice(-BESIDE_WORDS).join(' ');
    const after = wordsOf(clause.slice(match.index + match[0].length))
      .slice(0, BESIDE_WORDS)
      .join(' ');
    return near(before) || near(after) || near(match[0]);
  });
}

/**
 * "For the shifts with at least one order packed, …" read for conditions on both Orders Packed and
 * Weight: when a text's compared number would state conditions on several numeric columns, only
 * those it names beside the comparison.
 */
function besideWhenSeveral(frame: Frame, text: string, columns: readonly string[]): string[] {
  const unique = [...new Set(columns)];
  const numeric = unique.filter((column) => isNumericColumn(frame, column));
  if (numeric.length < 2) return unique;
  return unique.filter((column) => !numeric.includes(column) || namedBesideComparison(column, text));
}

/**
 * The clause that states the condition on a column, when exactly one does. Among several clauses
 * that each compare a number, the one that names the column beside its comparison.
 */
function conditionClause(frame: Frame, column: string, clauses: readonly string[]): number | undefined {
  const holds = statedIn(frame, column);
  if (!holds) return undefined;
  const found = clauses.flatMap((clause, index) => (holds(clause) ? [index] : []));
  if (found.length === 1) return found[0];
  if (found.length < 2 || !isNumericColumn(frame, column)) return undefined;
  const beside = found.filter((index) => namedBesideComparison(column, clauses[index]!));
  return beside.length === 1 ? beside[0] : undefined;
}

/** The range a min-max scaling step names: "the range 0 to 1", "between 0 and 1", "the [0, 1] interval". */
const SCALE_RANGE = /\b(?:range|interval|between)\s+(?:of\s+)?0\s*(?:to|and|-|–)\s*1\b|\[\s*0\s*,\s*1\s*\]/gi;

/** The scope of the question's one condition, or undefined when every slot keeps the conditioned rows. */
export function clauseScope(frame: Frame, question: string): ClauseScope | undefined {
  if (!frame.start) return undefined;
  const clauses = questionClauses(question);
  if (clauses.length < 2) return undefined;
  // "how many had a prize, and how many of those …": a later clause counts within an earlier one
  // (nested-scope reading). After a clause that does not count ("What is the mean fee in Fiction,
  // and how many of them …"), the later clause's own condition is its own, over the earlier rows.
  const withinEarlier = /\b(?:of|among|from)\s+(?:those|these|them|which)\b/i.test(question);
  const column = soleConditionColumn(frame);
  if (withinEarlier && (column !== undefined || clauses.every((clause) => COUNTS.test(clause))))
    return undefined;
  const bySaid = clausesOwnSaidConditions(frame, clauses);
  if (bySaid) return bySaid;
  if (column === undefined) return clausesOwnConditions(frame, clauses);
  const conditioned = conditionClause(frame, column, clauses);
  if (conditioned === undefined) return undefined;
  // "For loans in the Fiction shelf, how many … and what is …": a phrase set before the first
  // clause's question states the rows every clause asks over.
  const fronted = conditioned === 0 ? FRONTED_PHRASE.exec(clauses[0]!) : null;
  if (fronted && statedIn(frame, column)?.(fronted[0])) return undefined;
  // "How many were in the Downhill, and what was their best place?": a later clause that points
  // back to the conditioned one's rows asks over them.
  if (clauses.some((clause, index) => index > conditioned && BACK_REFERENCE.test(clause))) return undefined;
  // Another clause with a number of its own may state a condition the engine did not read.
  if (unreadNumber(frame, clauses, new Set([conditioned]))) return undefined;
  return { clauses, conditioned, before: frame.start };
}

/**
 * "What was the Sales on March 3, 2031, and what is the total Sales in April 2031?": conditions
 * whose own words the question keeps (dates), each found in one clause alone and no two in one
 * clause, are each that clause's own, though they read one column.
 */
function clausesOwnSaidConditions(frame: Frame, clauses: readonly string[]): ClauseScope | undefined {
  const start = frame.start!;
  const dropping = frame.conditions.filter((condition) => !start.every((row) => condition.test(row)));
  if (dropping.length < 2 || dropping.some((condition) => condition.said === undefined)) return undefined;
  const stated = dropping.map((condition) => {
    const found = clauses.flatMap((clause, index) =>
      clause.toLowerCase().includes(condition.said!.toLowerCase()) ? [index] : [],
    );
    return found.length === 1 ? found[0]! : undefined;
  });
  if (stated.some((clause) => clause === undefined) || new Set(stated).size !== dropping.length)
    return undefined;
  if (clauses.some((clause, index) => index > 0 && BACK_REFERENCE.test(clause))) return undefined;
  if (unreadNumber(frame, clauses, new Set(stated as number[]))) return undefined;
  const rest = frame.conditions.filter((condition) => !dropping.includes(condition));
  const rowsOf = clauses.map((_, index) => {
    const own = dropping.filter((_, k) => stated[k] === index);
    return start.filter((row) => [...rest, ...own].every((condition) => condition.test(row)));
  });
  return { clauses, conditioned: Math.min(...(stated as number[])), before: start, rowsOf };
}

/** Whether a clause other than the conditioned ones states a number the engine did not read as a condition. */
function unreadNumber(frame: Frame, clauses: readonly string[], conditioned: ReadonlySet<number>): boolean {
  // A column's own name ("decimal64") is no number the clause states.
  const names = frame.table.columns.map((column) => column.name).filter((name) => /\d/.test(name));
  // Nor is the range a scaling step names ("into the range 0 to 1", "to the [0, 1] interval").
  const unnamed = (clause: string) =>
    names.reduce((text, name) => text.split(name).join(' '), clause).replace(SCALE_RANGE, ' ');
  return clauses.some((clause, index) => !conditioned.has(index) && /\d/.test(unnamed(clause)));
}

/**
 * The clause that states the condition on a column among conditions on several: for a 0/1 column,
 * the one clause that says the column's word ("who renewed" for Renewed); else as for one condition.
 */
function ownConditionClause(frame: Frame, column: string, clauses: readonly string[]): number | undefined {
  const cells = cellsOf(frame, column).filter((cell) => cell !== null);
  const flag = cells.length > 0 && cells.every((cell) => cell === 0 || cell === 1);
  if (!flag) return conditionClause(frame, column, clauses);
  const own = new Set(wordsOf(column).map(porterStem));
  const found = clauses.flatMap((clause, index) =>
    wordsOf(clause).some((word) => own.has(porterStem(word))) ? [index] : [],
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * "What is the mean age of the members who renewed, and how many members were younger than 18?":
 * conditions on two columns, each stated in a clause of its own; each clause keeps the rows of its
 * own conditions. Only when every condition that drops rows is stated in exactly one clause and no two
 * columns in the same clause; a later clause that points back to an earlier one's rows ("how many of
 * them") keeps the earlier conditions as well as its own.
 */
function clausesOwnConditions(frame: Frame, clauses: readonly string[]): ClauseScope | undefined {
  const start = frame.start!;
  const dropping = frame.conditions.filter((condition) => !start.every((row) => condition.test(row)));
  // "For the loans of the Fiction shelf, what is the mean fee, and how many were over 30 days late?": a
  // condition stated in a phrase set before the first clause keeps the rows every clause asks over.
  const fronted = FRONTED_PHRASE.exec(clauses[0]!)?.[0];
  const frontedColumns = new Set(
    fronted === undefined
      ? []
      : besideWhenSeveral(
          frame,
          fronted,
          dropping
            .map((condition) => condition.column)
            .filter(
              (column) =>
                statedIn(frame, column)?.(fronted) &&
                !statedIn(frame, column)?.(clauses[0]!.slice(fronted.length)),
            ),
        ),
  );
  const shared = dropping.filter((condition) => frontedColumns.has(condition.column));
  const binding = dropping.filter((condition) => !frontedColumns.has(condition.column));
  const columns = [...new Set(binding.map((condition) => condition.column))];
  if (shared.length > 0 && columns.length === 1) {
    // The fronted rows are the rows in play before the one clause's own condition.
    const conditioned = conditionClause(frame, columns[0]!, clauses);
    if (conditioned === undefined || conditioned === 0) return undefined;
    if (clauses.some((clause, index) => index > conditioned && BACK_REFERENCE.test(clause))) return undefined;
    if (unreadNumber(frame, clauses, new Set([conditioned]))) return undefined;
    const kept = frame.conditions.filter((condition) => !binding.includes(condition));
    return {
      clauses,
      conditioned,
      before: start.filter((row) => kept.every((condition) => condition.test(row))),
    };
  }
  if (columns.length < 2) return undefined;
  const stated = columns.map((column) => ownConditionClause(frame, column, clauses));
  if (stated.some((clause) => clause === undefined) || new Set(stated).size !== columns.length)
    return undefined;
  const first = Math.min(...(stated as number[]));
  // "… in Fiction, and how many of them were over 30 days late?": a later clause that points back
  // and states a condition of its own keeps the earlier clauses' rows and then its own; one that
  // points back with no condition of its own leaves the reading unclear.
  const pointsBack = (index: number) => index > first && BACK_REFERENCE.test(clauses[index]!);
  if (clauses.some((_, index) => pointsBack(index) && !stated.includes(index))) return undefined;
  if (unreadNumber(frame, clauses, new Set(stated as number[]))) return undefined;
  const rest = frame.conditions.filter((condition) => !binding.includes(condition));
  const rowsOf = clauses.map((_, index) => {
    const own = binding.filter((condition) => {
      const at = stated[columns.indexOf(condition.column)]!;
      return at === index || (pointsBack(index) && at < index);
    });
    return start.filter((row) => [...rest, ...own].every((condition) => condition.test(row)));
  });
  return { clauses, conditioned: first, before: start, rowsOf };
}

/** Statistics a clause of its own says, by their plain word. */
const CLAUSE_STATISTICS = new Set(['mean', 'median', 'std', 'variance', 'min', 'max', 'skew', 'kurtosis']);

function clauseStatistic(word: string): string | undefined {
  const plain = statisticWord(word) ?? word;
  return CLAUSE_STATISTICS.has(plain) ? plain : undefined;
}

/** The statistics a clause says ("the standard deviation", "its median", "the highest"). */
function statisticsOf(clause: string): string[] {
  const said = wordsOf(clause).map(clauseStatistic);
  if (/\bstandard deviation\b/i.test(clause)) said.push('std');
  return said.filter((word) => word !== undefined);
}

/** The clause whose words the slot's name names most, when one does. */
function slotClause(scope: ClauseScope, slotName: string): number | undefined {
  const own = new Set(readSlotName(slotName).flatMap((word) => wordsOf(word)));
  // A clause's own words are those of its last sentence: the steps stated before it name no slot.
  const asked = (clause: string) => clause.split(/[.:!]\s+/).at(-1) ?? clause;
  // "@median_total_income" beside "What is its median, and how many have a TotalIncome above 10000?":
  // the one clause that says the slot's statistic is its own, though another names its column.
  const statistics = new Set([...own].map(clauseStatistic).filter((word) => word !== undefined));
  if (statistics.size > 0) {
    const saying = scope.clauses.flatMap((clause, index) =>
      statisticsOf(asked(clause)).some((word) => statistics.has(word)) ? [index] : [],
    );
    if (saying.length === 1) return saying[0];
  }
  const overlaps = scope.clauses.map(
    (clause) => wordsOf(asked(clause)).filter((word) => own.has(word)).length,
  );
  const best = Math.max(...overlaps);
  return best > 0 && overlaps.filter((count) => count === best).length === 1
    ? overlaps.indexOf(best)
    : undefined;
}

/**
 * A slot whose name names no clause, among as many slots as the question has clauses with each
 * clause its own conditions: the one clause no other slot's name names.
 */
function leftClause(scope: ClauseScope, slotName: string, slotNames: readonly string[]): number | undefined {
  if (!scope.rowsOf || slotNames.length !== scope.clauses.length) return undefined;
  const others = slotNames.filter((name) => name !== slotName).map((name) => slotClause(scope, name));
  if (others.some((clause) => clause === undefined) || new Set(others).size !== others.length)
    return undefined;
  const left = scope.clauses.map((_, index) => index).filter((index) => !others.includes(index));
  return left.length === 1 ? left[0] : undefined;
}

/** Rules that count the rows in play ("@slots_over_30" counts the rows past its bound among them). */
const ROW_COUNT_RULES = new Set(['count', 'count of compared rows']);

/** The rows a slot is answered over when the condition is another clause's; undefined to keep the rows in play. */
export function rowsOfSlotClause(
  scope: ClauseScope | undefined,
  slotName: string,
  ruleName: string | undefined,
  slotNames: readonly string[] = [],
): readonly number[] | undefined {
  if (!scope) return undefined;
  const named = slotClause(scope, slotName) ?? leftClause(scope, slotName, slotNames);
  // "… and how many members were younger than 18?" beside "@members_under_18": the one clause that counts.
  // So is a count whose name shares a word only with a clause that does not count ("@cheap_items"
  // beside "the mean Price of the items in Decor, and how many of them …", "@long_shifts" beside
  // "For the shifts with …, what is the mean Weight, and in how many of them …").
  const counting = scope.clauses.flatMap((text, index) => (COUNTS.test(text) ? [index] : []));
  const counted =
    ruleName !== undefined && ROW_COUNT_RULES.has(ruleName) && counting.length === 1
      ? counting[0]
      : undefined;
  // Without rows of each clause, only the clause that states the condition is the count's own:
  // "Against X, which team played the most, and how many?" asks its count over the first clause's rows.
  const own = scope.rowsOf || counted === scope.conditioned ? counted : undefined;
  const clause =
    named !== undefined && (own === undefined || COUNTS.test(scope.clauses[named]!)) ? named : own;
  if (scope.rowsOf) return clause === undefined ? undefined : scope.rowsOf[clause];
  if (clause !== undefined) return clause === scope.conditioned ? undefined : scope.before;
  // "the mean and the std of the Mark, and how many have a Mark of at least 80".
  const countsConditioned = counting.length === 1 && COUNTS.test(scope.clauses[scope.conditioned]!);
  return countsConditioned && ruleName !== undefined && CLAUSE_FREE_RULES.test(ruleName)
    ? scope.before
    : undefined;
}

/** "Of those", "among them": a clause that counts within the rows an earlier clause kept. */
const WITHIN_EARLIER = /\b(?:of|among|from)\s+(?:those|these|them)\b/i;

/**
 * "How many nominations did the lead get, and how many of those were won?": a question of two
 * clauses whose second counts within the first. The conditions stated in the second clause alone
 * (Result is 'Won') are that clause's own; the first clause's slot is answered over the rows that
 * meet the other conditions.
 */
export type NestedScope = {
  /** Columns whose conditions the second clause alone states. */
  readonly nested: readonly string[];
  /** Words of the values those conditions keep ("won"), by which a slot's name says it is the nested count. */
  readonly valueWords: ReadonlySet<string>;
  readonly clauses: readonly string[];
  /** The rows that meet every condition but the nested ones. */
  readonly outer: readonly number[];
};

/** The nested reading of a question, when it is plain: two clauses, the second "of those", and a condition it alone states. */
export function nestedScope(frame: Frame, question: string): NestedScope | undefined {
  if (frame.conditions.length === 0 || !frame.start) return undefined;
  const clauses = questionClauses(question);
  if (clauses.length !== 2 || WITHIN_EARLIER.test(clauses[0]!) || !WITHIN_EARLIER.test(clauses[1]!))
    return undefined;
  if (!COUNTS.test(clauses[0]!) || !COUNTS.test(clauses[1]!)) return undefined;
  const columns = [...new Set(frame.conditions.map((condition) => condition.column))];
  const nested = columns.filter((column) => {
    const holds = statedIn(frame, column);
    return holds !== undefined && holds(clauses[1]!) && !holds(clauses[0]!);
  });
  if (nested.length === 0) return undefined;
  // A condition compared with a statistic of the rows before it would move with the rows.
  if (frame.conditions.some((condition) => condition.bar)) return undefined;
  const valueWords = new Set(
    nested
      .flatMap((column) => (isNumericColumn(frame, column) ? [] : keptValues(frame, column)))
      .flatMap((own) => own.split(' ')),
  );
  const outer = frame.start.filter((row) =>
    frame.conditions.every((condition) => nested.includes(condition.column) || condition.test(row)),
  );
  return { nested, valueWords, clauses, outer };
}

/**
 * Which clause of a nested question a slot counts for: the second when its name carries a value
 * the nested condition keeps ("@lead_won") or the second clause's words alone, the first when it
 * names the first clause's words alone; undefined when its name does not say.
 */
export function nestedSlotClause(scope: NestedScope, slotName: string): 0 | 1 | undefined {
  const own = readSlotName(slotName).flatMap((word) => wordsOf(word));
  if (own.some((word) => scope.valueWords.has(word))) return 1;
  const first = new Set(wordsOf(scope.clauses[0]!));
  const second = new Set(wordsOf(scope.clauses[1]!));
  const inFirst = own.filter((word) => first.has(word) && !second.has(word)).length;
  const inSecond = own.filter((word) => second.has(word) && !first.has(word)).length;
  if (inSecond > 0 && inFirst === 0) return 1;
  if (inFirst > 0 && inSecond === 0) return 0;
  return undefined;
}
