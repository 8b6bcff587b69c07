/**
 * @module signed-superlatives
 * "Which plot has the most negative soil_shift?": "most negative" before a numeric column's name
 * is its lowest value and "most positive" its highest. "negative" there is an adjective, not a
 * column ("negative_shift") whose highest value is asked for. Before any other word ("the most
 * negative reviews") the phrase may count rows and is left as written.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { type DataTable, isMeasure } from './data-table.ts';

const SIGNED = /\b(?:the\s+)?most\s+(negative|positive)\s+/gi;

/** The text with "most negative X" written "lowest X" and "most positive X" "highest X" where X names a measure column. */
export function withSignedSuperlatives(text: string, table: DataTable): string {
  const names = table.columns
    .filter((column) => isMeasure(column))
    .map((column) => column.name)
    .sort((a, b) => b.length - a.length);
  if (names.length === 0) return text;
  const column = new RegExp(`^["'“‘]?(?:${names.map(escapeRegExp).join('|')})(?![\\w.])`, 'i');
  return text.replace(SIGNED, (whole, sign: string, at: number) => {
    if (!column.test(text.slice(at + whole.length))) return whole;
    const lead = /^the\s/i.test(whole) ? 'the ' : '';
    return `${lead}${sign.toLowerCase() === 'negative' ? 'lowest' : 'highest'} `;
  });
}
