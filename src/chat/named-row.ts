/**
 * @module named-row
 * "What does the strike row of the rich text sheet say?": a question that names a table's row
 * by its label asks what the rest of that row holds. The row is the one whose first filled cell
 * is the label, word for word; the passage must carry the question's other words at least half.
 */
import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import { closedSentence } from '../lib/text/sentences.ts';
import type { CitationList } from './citations.ts';
import type { ExtractiveAnswer } from './passage-answer.ts';
import { questionTerms } from './question-terms.ts';

/** The label of "the X row" in a question that asks what the row says, holds or shows. */
const ROW_ASKED =
  /^\s*what\s+(?:does|do|did|is\s+(?:in|on|written\s+in))\s+the\s+['"‘“]?([^'"’”?]{1,40}?)['"’”]?\s+row(?:\s+(?:of|in|on|says?|reads?|shows?|holds?|contains?|gives?)\b[^?]*)?\s*\??\s*$/i;

/** The label a question names a row by, else undefined. */
export function askedRowLabel(question: string): string | undefined {
  return ROW_ASKED.exec(question)?.[1]?.trim() || undefined;
}

const same = (a: readonly string[], b: readonly string[]) => a.length > 0 && a.join(' ') === b.join(' ');

/** The rest of the row the question names by its label, from the first passage that has it. */
export function namedRowAnswer(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
): ExtractiveAnswer | undefined {
  const label = askedRowLabel(question);
  if (!label) return undefined;
  const labelTerms = analyze(label);
  const others = new Set(
    questionTerms(question).filter((term) => !labelTerms.includes(term) && term !== 'row'),
  );
  for (const hit of hits) {
    const passage = new Set(analyze(`${hit.title.replace(/[_.]/g, ' ')} ${hit.text}`));
    if ([...others].filter((term) => passage.has(term)).length * 2 < others.size) continue;
    for (const line of hit.text.split('\n')) {
      if (!line.includes('|')) continue;
      const cells = line
        .split('|')
        .map((cell) => cell.trim())
        .filter(Boolean);
      if (cells.length < 2 || !same(analyze(cells[0] ?? ''), labelTerms)) continue;
      const quote = `${cells[0]}: ${cells.slice(1).join(', ')}`;
      const n = citations.cite(hit, quote);
      return { answer: `${closedSentence(quote)} [${n}]`, sentences: 1, found: true, hit, keyed: true };
    }
  }
  return undefined;
}
