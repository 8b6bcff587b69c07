/**
 * @module citations
 * The answer's citations: `[n]` in the text resolves to a passage of the index with its
 * path, uri, locator and the quoted words.
 */
import type { Locator } from '../formats/model.ts';
import type { SearchHit } from '../index/types.ts';

/** The answer's words without its citation marks ("Room 4 [1]" → "Room 4 "). */
export function withoutMarks(answer: string): string {
  return answer.replace(/\s*\[\d+\]/g, ' ');
}

/** The answer's parts between its citation marks ("A. [1] B. [2]" → "A.", "B.", ""). */
export function partsBetweenMarks(answer: string): string[] {
  return answer.split(/\s*\[\d+\]\s*/);
}

export type AskCitation = {
  readonly n: number;
  readonly path: string;
  readonly uri: string;
  readonly title: string;
  readonly locator: Locator;
  readonly quote: string;
};

/** Numbers passages in order of first use. */
export class CitationList {
  readonly items: AskCitation[] = [];
  private readonly byKey = new Map<string, number>();

  cite(hit: Pick<SearchHit, 'path' | 'uri' | 'title' | 'locator'>, quote: string): number {
    const key = `${hit.uri}|${quote}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const n = this.items.length + 1;
    this.items.push({
      n,
      path: hit.path,
      uri: hit.uri,
      title: hit.title,
      locator: hit.locator,
      quote: quote.length > 300 ? `${quote.slice(0, 299)}…` : quote,
    });
    this.byKey.set(key, n);
    return n;
  }
}
