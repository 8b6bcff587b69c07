/**
 * @module row-lookup
 * "What is the Height of Ann?": the figure of one row, named by the whole text of one of its
 * cells. The question asks for no statistic, names the column read, and ends with the row's
 * name; exactly one row in play has that name in a text column. A cell written "1 (by
 * definition)" gives its number.
 */
import { cellsOf, columnNames, isNumericColumn, wordsOf } from './analysis-frame.ts';
import { writeNumber } from './answer-format.ts';
import type { SlotContext, SlotResult, SlotRule } from './slot-context.ts';
import { readSlotName, statisticWord } from './slot-words.ts';

/** Question words that ask for a statistic over rows, which one row's figure is not. */
const STATISTIC_ASKED =
  /\b(?:how many|number of|mean|average|median|total|sum|count|maximum|minimum|highest|lowest|most|least|largest|smallest|percentage|share|ratio|difference|change|correlation|deviation|variance|each|every|all|per)\b/i;

/** The row a question's closing "of <name>" or "for <name>" names, with the column holding the name. */
function namedRow(context: SlotContext): { row: number; column: string; name: string } | undefined {
  const tail = /\b(?:of|for)\s+(?:the\s+)?["'“]?([^"'”?]{2,60}?)["'”]?\s*\??\s*$/i.exec(
    context.question.trim(),
  )?.[1];
  if (!tail) return undefined;
  const wanted = tail.trim().toLowerCase();
  const found: { row: number; column: string }[] = [];
  for (const column of columnNames(context.frame)) {
    if (isNumericColumn(context.frame, column)) continue;
    const cells = cellsOf(context.frame, column);
    for (const row of context.rows)
      if (typeof cells[row] === 'string' && (cells[row] as string).trim().toLowerCase() === wanted)
        found.push({ row, column });
  }
  return found.length === 1 ? { ...found[0]!, name: tail.trim() } : undefined;
}

function lookUp(context: SlotContext): SlotResult | undefined {
  if (readSlotName(context.slot.name).some((word) => statisticWord(word) !== undefined)) return undefined;
  if (STATISTIC_ASKED.test(context.question)) return undefined;
  const named = namedRow(context);
  const measure = context.measures.find((name) => name !== named?.column);
  if (!named || !measure) return undefined;
  // The column read is one the question names before the row's name.
  const head = context.question.slice(
    0,
    context.question.toLowerCase().lastIndexOf(named.name.toLowerCase()),
  );
  if (!wordsOf(measure).every((word) => wordsOf(head).includes(word))) return undefined;
  const cell = cellsOf(context.frame, measure)[named.row];
  if (typeof cell !== 'number') return undefined;
  return {
    // A figure read off a cell keeps its own digits unless the format asks for a rounding.
    value: context.slot.decimals === undefined ? String(cell) : writeNumber(cell, context.slot.decimals),
    note: `${measure} of the row where ${named.column} is ${JSON.stringify(named.name)}`,
    columns: [measure, named.column],
    rows: [named.row],
  };
}

/** The slot rule: one named row's figure. */
export const ROW_LOOKUP_RULE: SlotRule = {
  name: 'figure of one named row',
  applies: (_words, context) => lookUp(context) !== undefined,
  compute: (context) => lookUp(context)!,
};
