/**
 * @module slot-ranking-end
 * "Which year has the highest mean Sales and which year the lowest?" with "@highest_sales_year" and
 * "@lowest_sales_year": each slot names the end of the ranking it asks for. A slot takes its own end
 * when its name says one end only and the question asks for that end too; else the question's first
 * superlative decides, as before.
 */
import { wordsOf } from './analysis-frame.ts';

/** Slot-name words for the low end of a ranking. */
const LOW = new Set(wordsOf('lowest smallest least fewest minimum min'));
/** Slot-name words for the high end of a ranking. */
const HIGH = new Set(wordsOf('highest largest greatest biggest most maximum max'));

const ASKS_LOW = /\b(?:lowest|smallest|least|fewest|minimum)\b/i;
const ASKS_HIGH = /\b(?:highest|largest|greatest|biggest|most|maximum)\b/i;

/** The end of a ranking the slot's name asks for, when it names one end only and the question asks for it. */
export function slotRankingEnd(slotName: string, question: string): 'low' | 'high' | undefined {
  const words = wordsOf(slotName.replace(/_/g, ' '));
  const low = words.some((word) => LOW.has(word));
  const high = words.some((word) => HIGH.has(word));
  if (low === high) return undefined;
  if (low) return ASKS_LOW.test(question) ? 'low' : undefined;
  return ASKS_HIGH.test(question) ? 'high' : undefined;
}
