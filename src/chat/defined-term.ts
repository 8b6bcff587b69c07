/**
 * @module defined-term
 * "What is a credit note?", "Qu'est-ce qu'une unité de valeur ?", "Was ist ein Zeitkonto?": a
 * glossary on a slide or a page gives each term its own line, the term as the label ("Credit
 * note: a document that …", "L'unité de valeur : est composée de …"). Other sentences of the same
 * passage name the term too, and may share more of the question's words; the line the term labels
 * is its definition. A code or a contract defines a term in quotes ("“Walkway” is defined as
 * …", "“Porch unit” means …"), and "How does the chapter define a walkway?" asks it.
 */

import type { SearchHit } from '../index/types.ts';
import { closedSentence, splitSentences } from '../lib/text/sentences.ts';
import type { CitationList } from './citations.ts';
import type { ExtractiveAnswer } from './passage-answer.ts';
import { foldedTerms } from './question-terms.ts';

/** A question that asks what a term is, and the term with what follows it. */
const DEFINITION_ASKED: readonly RegExp[] = [
  /^\s*what\s+(?:is|are)\s+(?:an?\s+)(.+?)\s*\??\s*$/i,
  /^\s*what\s+does\s+(?:an?\s+|the\s+)?(.+?)\s+mean\s*\??\s*$/i,
  /^\s*what\s+is\s+meant\s+by\s+(?:an?\s+|the\s+)?(.+?)\s*\??\s*$/i,
  /^\s*qu['’]est[- ]ce\s+qu['’](?:une?\s+|on\s+appelle\s+(?:une?\s+)?)?(.+?)\s*\??\s*$/iu,
  /^\s*was\s+(?:ist|sind|bedeutet)\s+(?:eine?\s+)?(.+?)\s*\??\s*$/iu,
  /^\s*¿?\s*qu[eé]\s+(?:es|son|significa)\s+(?:una?\s+)?(.+?)\s*\??\s*$/iu,
  /^\s*co\s+to\s+(?:jest|są)\s+(.+?)\s*\??\s*$/iu,
  /^\s*что\s+такое\s+(.+?)\s*\??\s*$/iu,
  /^\s*how\s+(?:does|do|did)\s+(?:the\s+)?\S.*?\s+define\s+(?:an?\s+|the\s+)?(.+?)\s*\??\s*$/i,
  /^\s*how\s+(?:is|are)\s+(?:an?\s+|the\s+)?(.+?)\s+defined\b.*$/i,
  /^\s*what\s+is\s+the\s+definition\s+of\s+(?:an?\s+|the\s+)?(.+?)\s*\??\s*$/i,
];

/** Where the term ends and the question's words of the document begin: "… dans le système …", "… in the guide". */
const TERM_END =
  /\s+(?:in|on|of\s+the|according\s+to|under|dans|selon|en|pour|sur|im|in\s+der|laut|nach|según|para|w|we|według|в|по)\s+.*$/iu;

/** Articles a label may open with: "L'unité", "Le crédit", "Der Beitrag". */
const ARTICLE = /^(?:l['’]\s*|(?:le|la|les|un|une|the|an?|der|die|das|el|los|las)\s+)/iu;

/** A line that opens with a label of one to six words and a colon, a value after it. */
const LABEL_LINE = /^\s*[-*•]?\s*(\p{L}[\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}'’-]+){0,5})\s*:\s+(\S.*)$/u;

/**
 * A sentence of a code or a contract that defines its quoted term: "“Porch unit” means a room …",
 * "“Walkway” is defined as a path …". The term is the quoted words it opens with.
 */
const QUOTED_DEFINITION =
  /^\s*[“"‘'](\p{L}[^”"’']{0,60})[”"’']\s+(?:means|shall\s+mean|is\s+defined\s+as|refers\s+to)\s+\S/iu;

/** The sentences of a line that open with a term in quotes and define it, as [term, sentence]. */
const quotedDefinitions = (line: string): [string, string][] =>
  splitSentences(line).flatMap((span) => {
    const sentence = span.text.trim();
    const term = QUOTED_DEFINITION.exec(sentence)?.[1];
    return term ? [[term, sentence] as [string, string]] : [];
  });

/** How far down the ranking the glossary may stand. */
const DEPTH = 3;
/** Passages a glossary is written in: a document's page, a slide. */
const GLOSSARY_TYPES: ReadonlySet<string> = new Set(['document', 'slide']);

/** The term a question asks the meaning of, without its articles and the words after it; else undefined. */
export function definedTermAsked(question: string): string | undefined {
  for (const pattern of DEFINITION_ASKED) {
    const term = pattern.exec(question)?.[1]?.replace(TERM_END, '').replace(ARTICLE, '').trim();
    if (term && term.split(/\s+/).length <= 5) return term;
  }
  return undefined;
}

const sameTerms = (a: readonly string[], b: readonly string[]) => a.length > 0 && a.join(' ') === b.join(' ');

/** The line of the first passages (a document's, a slide's) that the term asked labels, else undefined. */
export function definedTermAnswer(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
): ExtractiveAnswer | undefined {
  const term = definedTermAsked(question);
  if (!term) return quotedTermRow(question, hits, citations);
  const asked = foldedTerms(term);
  for (const hit of hits.slice(0, DEPTH)) {
    if (!GLOSSARY_TYPES.has(hit.type)) continue;
    for (const line of hit.text.split('\n')) {
      const match = LABEL_LINE.exec(line);
      const label = match?.[1]?.replace(ARTICLE, '');
      const defined = quotedDefinitions(line).find(([term]) => sameTerms(foldedTerms(term), asked))?.[1];
      const quote = (label && sameTerms(foldedTerms(label), asked) ? line : (defined ?? ''))
        .trim()
        .replace(/[.;,]\s*$/, '');
      if (!quote) continue;
      const n = citations.cite(hit, quote);
      return { answer: `${closedSentence(quote)} [${n}]`, sentences: 1, found: true, hit, keyed: true };
    }
  }
  return quotedTermRow(question, hits, citations);
}

/**
 * "Was bedeutet die Stufe „mild“ im Kochplan?": a table that lists terms and what each
 * means ("mild | wenig Pfeffer") gives the quoted term a cell of its own, its meaning in
 * the next cell that holds words. The row of the first passages with a cell that is the term.
 */
function quotedTermRow(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
): ExtractiveAnswer | undefined {
  if (!MEANING_ASKED.test(question) && !DEFINITION_ASKED.some((pattern) => pattern.test(question)))
    return undefined;
  const term = QUOTED_TERM.exec(question)?.[1]?.trim();
  if (!term) return undefined;
  const asked = foldedTerms(term);
  for (const hit of hits.slice(0, DEPTH))
    for (const line of hit.text.split('\n')) {
      if (!line.includes('|')) continue;
      const cells = line.split('|').map((cell) => cell.trim());
      const at = cells.findIndex((cell) => sameTerms(foldedTerms(cell), asked));
      const meaning = at < 0 ? undefined : cells.slice(at + 1).find((cell) => /\p{L}/u.test(cell));
      if (!meaning) continue;
      const quote = `${cells[at]}: ${meaning}`;
      const n = citations.cite(hit, quote);
      return { answer: `${closedSentence(quote)} [${n}]`, sentences: 1, found: true, hit, keyed: true };
    }
  return undefined;
}

/** A meaning asked anywhere in the question: "What does … mean in the chart?", "bedeutet", "significa", "означает". */
const MEANING_ASKED =
  /^\s*what\s+does\b.*\bmean\b|\bstands?\s+for\b|\bbedeute[nt]\b|\bsignifi(?:e|ent|ca|can)\b|(?<!\p{L})означа(?:ет|ют)(?!\p{L})/iu;

/**
 * A word or words a question sets in quote marks of any language: „häufig“, «mensuel», "weekly";
 * the marks stand apart from letters, so the apostrophes of "Qu'est-ce qu'une fiche" quote nothing.
 */
const QUOTED_TERM = /(?<![\p{L}\p{N}])[„“"«‘'‚]([^„“”"«»‘’'‚]{1,60}?)[“”"»’'‘](?![\p{L}\p{N}])/u;

/**
 * "Was bedeutet „häufig“ in der Gießtabelle?": a question that asks what a term it quotes
 * means is not answered by a line that never writes that term (the table's title row, say).
 */
export function quotedTermUnsaid(question: string, answer: string): boolean {
  if (!MEANING_ASKED.test(question) && !DEFINITION_ASKED.some((pattern) => pattern.test(question)))
    return false;
  const term = QUOTED_TERM.exec(question)?.[1]?.trim();
  if (!term || term.length < 2) return false;
  const plain = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
  return !plain(answer).includes(plain(term));
}
