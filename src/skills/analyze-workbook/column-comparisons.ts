/**
 * @module column-comparisons
 * "The home side won when Winner equals Host", "a row is late when Arrival is greater than Due": a
 * condition that compares two columns of the same row. No step reads one yet, so a text that states
 * one leaves every count and statistic it scopes undone; the answer is refused rather than taken
 * over all rows. "Months with more Apples than Pears" compares two columns too: `MORE_THAN` reads
 * it, and when a step did not, the answer is refused likewise; so is a row whose two columns agree
 * ("the same car won both classes", "was the captain also the top scorer").
 */
import { columnNames, type Frame, findMentions, isNumericColumn } from './analysis-frame.ts';

/** "more Apples than Pears", "fewer home goals than away goals": a comparative, a column, "than", a column. */
export const MORE_THAN =
  /\b(more|fewer|less|higher|lower|greater|bigger|larger|smaller)\s+(?!than\b)([A-Za-z][\w .']{0,40}?)\s+than\s+(?:the\s+|its\s+|their\s+)?([A-Za-z][\w .']{0,40}?)(?=[?,;)]|\.(?:\s|$)|\s+(?:and|or|in|on|for|of|during|by|did|do|does|were|was|is|are|had|has|have)\b|$)/gi;

const COMPARED =
  /\b(?:when|if|where|whose)\s+(?:the\s+)?([^.;,]{1,40}?)\s+(?:equals|is equal to|is the same as|matches|is greater than|is more than|is higher than|is less than|is lower than|exceeds|is above|is below)\s+(?:the\s+)?([^.;,]{1,40}?)(?=\s*(?:[.;,?]|$))/gi;

/** A phrase naming one column in full, and nothing else. */
function wholeColumn(frame: Frame, phrase: string): string | undefined {
  const mention = findMentions(frame, phrase).find((item) => item.strength >= 1 && item.position === 0);
  if (!mention) return undefined;
  return mention.column.toLowerCase() === phrase.trim().toLowerCase() ? mention.column : undefined;
}

/** Words between two columns' names that compare them ("Jun.2022 exceed Jun.2021", "Wins went up from … to"). */
const BETWEEN_COMPARED =
  /^[^.;,?\n]{0,25}?\b(?:exceed\w*|greater|higher|more|less|lower|above|below|bigger|larger|smaller|fewer|rose|rise|fell|went up|went down|go up|go down|increas\w*|decreas\w*)\b[^.;,?\n]{0,15}$/i;

/** "went up from", "rose from", "decreased between": a change said before the first of two columns. */
const RISE_FROM =
  /\b(?:went|go|goes|gone|going)\s+(?:up|down)\s+(?:from|between)\s+(?:the\s+)?$|\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|grew|grow|grows|climb\w*|drop\w*|declin\w*|increas\w*|decreas\w*)\s+(?:from|between)\s+(?:the\s+)?$/i;

/**
 * Two numeric columns named in full with a comparison between them ("In how many rows does
 * Jun.2022 exceed Jun.2021?"), in a text whose plan read neither of them together.
 */
function comparedPairs(frame: Frame, text: string, planText: string): string[] {
  const lower = text.toLowerCase();
  const named = columnNames(frame)
    .filter((name) => name.trim().length >= 2 && isNumericColumn(frame, name))
    .flatMap((name) => {
      const at: { name: string; start: number; end: number }[] = [];
      const key = name.toLowerCase();
      for (let index = lower.indexOf(key); index >= 0; index = lower.indexOf(key, index + key.length))
        if (!/\w/.test(text[index - 1] ?? '') && !/\w/.test(text[index + key.length] ?? ''))
          at.push({ name, start: index, end: index + key.length });
      return at;
    });
  const left: string[] = [];
  for (const a of named)
    for (const b of named) {
      if (a.name === b.name || b.start < a.end || b.start - a.end > 40) continue;
      const between = text.slice(a.end, b.start);
      const before = text.slice(Math.max(0, a.start - 40), a.start);
      if (
        !BETWEEN_COMPARED.test(between) &&
        !(RISE_FROM.test(before) && /^\s+(?:to|and)\s+(?:the\s+)?$/i.test(between))
      )
        continue;
      if (planText.includes(a.name) && planText.includes(b.name)) continue;
      left.push(text.slice(a.start, b.end));
    }
  return left;
}

/** Comparisons of two columns the text states and the plan never shows, as the text words them. */
export function unreadColumnComparisons(frame: Frame, text: string, planText: string): string[] {
  const left: string[] = [];
  for (const match of text.matchAll(COMPARED)) {
    const first = wholeColumn(frame, match[1]!);
    const second = wholeColumn(frame, match[2]!);
    if (!first || !second || first === second) continue;
    if (planText.includes(first) && planText.includes(second)) continue;
    left.push(match[0].trim());
  }
  // "more apples than pears": both sides name a numeric column, and no step compared them.
  for (const match of text.matchAll(MORE_THAN)) {
    // "fewer Minutes than all the other shifts" compares groups of rows, not two columns.
    const named = (phrase: string) =>
      !/^(?:all|other|others|those|that|these|each|any|every)\b/i.test(phrase) &&
      findMentions(frame, phrase).some(
        (mention) =>
          isNumericColumn(frame, mention.column) &&
          frame.table.columns.find((item) => item.name === mention.column)?.type !== 'identifier',
      );
    if (!named(match[2]!) || !named(match[3]!)) continue;
    if (/\brows where [^;(]* (?:greater|less) than [A-Za-z]/.test(planText)) continue;
    left.push(match[0].trim());
  }
  left.push(...comparedPairs(frame, text, planText));
  left.push(...unreadAgreements(frame, text, planText));
  return [...new Set(left)];
}

/** "the same car won both classes": one value said to hold in two places of a row. */
const SAME_IN_BOTH = /\bthe\s+same\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?\s+both\b/gi;

/** "was the captain also the top scorer": a column's value said to be another's too. */
const ALSO_THE =
  /\b(?:was|were|is|are)\s+(?:the\s+|its\s+|their\s+)?([A-Za-z][\w .()-]{0,30}?)\s+also\s+(?:the\s+|its\s+|their\s+)?([A-Za-z][\w .()-]{0,40}?)(?=[?.,;]|$|\s+(?:in|for|of|and|on|at)\b)/gi;

/**
 * Rows whose two columns hold the same value, as the text words it ("In how many rounds did the
 * same car win both classes?", "In how many districts was the incumbent also the Democratic
 * candidate?"): no step compares two columns for equality, so a count over all rows would ignore it.
 */
function unreadAgreements(frame: Frame, text: string, planText: string): string[] {
  const left = [...text.matchAll(SAME_IN_BOTH)].map((match) => match[0].trim());
  const column = (phrase: string) => findMentions(frame, phrase).find((item) => item.strength >= 1)?.column;
  for (const match of text.matchAll(ALSO_THE)) {
    const first = column(match[1]!);
    const second = column(match[2]!);
    if (!first || !second || first === second) continue;
    if (planText.includes(first) && planText.includes(second)) continue;
    left.push(match[0].trim());
  }
  return left;
}
