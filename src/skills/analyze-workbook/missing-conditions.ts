/**
 * @module missing-conditions
 * Rows kept by whether a cell is missing, as `df[df[col].isna()]` does: "keep the rows whose Name
 * is missing", "keep only the rows whose Coach is not missing" (or "is known"). Only a clause that
 * keeps rows is read ("ignore the rows where X is missing" drops them, as another step reads), or a
 * question's rows that "have no" a column named in full ("the roles that have no Notes"). A
 * cell is missing when it is blank or a step read it as missing ("a Name '-' is missing").
 */
import { cellsOf, type Frame, filterRows, findMentions } from './analysis-frame.ts';
import { statesRowCondition } from './stated-row-conditions.ts';

const STATED =
  /\b(?:rows?|ones?|those|entries)\s+(?:whose|where|with)\s+(?:the\s+)?(.{1,40}?)\s+(?:is|are)\s+(not\s+)?(missing|blank|empty|unknown|known|given|present|available)\b(?!\s+(?:as|in|by|with|to|for|at|on|that)\b)/gi;

/**
 * "Use only the rows where both Height and Weight are given": two columns, each kept where it is
 * not missing. Either side may be a quoted name whole ('"Sales 2031"').
 */
const BOTH_KNOWN =
  /\b(?:rows?|ones?|those|entries)\s+(?:whose|where|with|in which)\s+(?:both\s+)?(?:the\s+)?("[^"\n]{1,80}"|[^,.;\n]{1,80}?)\s+and\s+(?:the\s+)?("[^"\n]{1,80}"|[^,.;\n]{1,80}?)\s+are\s+(?:both\s+)?(?:given|present|available|known|recorded|filled(?:\s+in)?|not\s+(?:missing|blank|empty))\b(?!\s+(?:as|in|by|with|to|for|at|on|that)\b)/gi;

const KEEP =
  /\b(?:keep|keeping|select|selecting|take|taking|retain|retaining|only|filter(?:ing)?\s+(?:to|for))\b(?:\s+(?:only|just))?(?:\s+(?:the|all|those))?\s*$/i;

/**
 * "roles that have no Notes", "rows with no Coach", "years was there no Coach": a column's full name
 * after "no" names rows whose cell is missing.
 */
const HAS_NONE =
  /\b(?:have|has|had|with|(?:was|were)\s+there)\s+no\s+([^,.;?\n]{1,40}?)(?=\s*(?:[,.;?\n]|$|\b(?:and|or|but|at all)\b))/gi;

/**
 * A plain noun for a column's cell after its name ("no £ amount", "no Notes entry"), or a word
 * saying it was not filled in ("no Coach recorded", "no Notes given").
 */
const CELL_NOUN =
  /\s+(?:(?:amount|value|figure|entry|cell)s?|recorded|listed|given|entered|stated|shown|filled in)$/;

/** Keeps the rows each such clause names, once per column. */
export function applyMissingConditions(frame: Frame, question: string, constraints: string): void {
  const text = `${question}\n${constraints}`;
  for (const match of question.matchAll(HAS_NONE)) {
    // The phrase is a column's name, whole ("no Notes"), not a word of one or a value ("no goals");
    // a plain noun for its cell may follow the name ("no £ amount", "no Notes entry").
    const phrase = match[1]!.trim().toLowerCase();
    const bare = phrase.replace(CELL_NOUN, '');
    // "no scorer listed" names a Scorers column: the phrase's noun, singular or plural.
    const oneOf = (word: string) => word.replace(/(?<=[^s])s$/, '');
    const column = frame.table.columns.find((item) => {
      const name = item.name.toLowerCase();
      return (
        name === phrase ||
        (bare !== phrase && (name === bare || (/\w$/.test(bare) && oneOf(name) === oneOf(bare))))
      );
    })?.name;
    if (!column || frame.conditions.some((condition) => condition.column === column)) continue;
    // "How many stalls have no Permit, and what share have a permit?" read after a step that kept the
    // rows whose Permit is known: the two readings contradict, and keeping both would leave no row.
    if (frame.knownFrom?.has(column)) continue;
    // "the families with no goats" beside "keep the rows where Goats is 0": the stated number says
    // which rows "no" meant.
    if (statesRowCondition(frame, text, column)) continue;
    const cells = cellsOf(frame, column);
    filterRows(frame, column, (row) => cells[row] === null, `rows where ${column} is missing`);
  }
  for (const match of text.matchAll(BOTH_KNOWN)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (!KEEP.test(before)) continue;
    const sides = [match[1]!, match[2]!].map((phrase) => namedColumn(frame, phrase.replace(/"/g, '')));
    if (sides.some((column) => column === undefined) || sides[0] === sides[1]) continue;
    for (const column of sides as string[]) {
      if (frame.conditions.some((condition) => condition.column === column)) continue;
      const cells = cellsOf(frame, column);
      filterRows(frame, column, (row) => cells[row] !== null, `rows where ${column} is not missing`);
    }
  }
  for (const match of text.matchAll(STATED)) {
    // "Keep the rows whose …", not "ignore (drop) the rows where … is missing", which drops them.
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (!KEEP.test(before)) continue;
    const column = namedColumn(frame, match[1]!);
    if (!column || frame.conditions.some((condition) => condition.column === column)) continue;
    const known = /^(?:known|given|present|available)$/i.test(match[3]!) !== (match[2] !== undefined);
    const cells = cellsOf(frame, column);
    filterRows(
      frame,
      column,
      (row) => (cells[row] === null) !== known,
      `rows where ${column} is ${known ? 'not missing' : 'missing'}`,
    );
  }
}

/** The column a phrase starts by naming ("Coach", "the Coach of the year"), if any. */
function namedColumn(frame: Frame, phrase: string): string | undefined {
  return findMentions(frame, phrase)
    .filter((mention) => mention.strength >= 1 && mention.position === 0)
    .map((mention) => mention.column)[0];
}
