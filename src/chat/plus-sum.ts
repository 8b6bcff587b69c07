/**
 * @module plus-sum
 * "How much did I put into the lot, purchase price plus building costs?" asks a sum of figures
 * that a mail states apart ("Purchase price 410,000." "Building costs 95,000."): the answer
 * gives each, and their total is said with them. Only when each of two sentences gives exactly
 * one figure, in the same currency or none, with no multiplier or share after it.
 */
import { partsBetweenMarks } from './citations.ts';
import { MAIL_LEAD, QUOTE_LEAD, WRITER_LEAD } from './quoted-source.ts';

/** "… X plus Y?" at the end of a "how much" or "what" question. */
const PLUS_ASKED = /\b(?:how much|what)\b[^?]*\s\p{L}[\p{L}&'-]*\s+plus\s+\p{L}[^?]*\??\s*$/iu;

/** A figure, with a currency sign before it: "1,200,000", "$95,000.50", "410000". */
const FIGURE = /(?<![\p{L}\d.,/:-])([$€£]?)\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d,:/-]|\.\d)/gu;

/** What may follow a figure and make it no plain sum: a multiplier, a share, a unit of time. */
const NOT_PLAIN =
  /^\s*(?:%|percent|k\b|mm\b|m\b|million|billion|thousand|bn\b|days?\b|months?\b|years?\b|hours?\b|am\b|pm\b)/i;

type Figure = { readonly sign: string; readonly value: number; readonly decimals: number };

/** The one plain figure of a sentence, or undefined when it has none or several. */
function soleFigure(sentence: string): Figure | undefined {
  const found: Figure[] = [];
  for (const match of sentence.matchAll(FIGURE)) {
    if (NOT_PLAIN.test(sentence.slice((match.index ?? 0) + match[0].length))) return undefined;
    const decimals = match[3]?.length ?? 0;
    found.push({
      sign: match[1] ?? '',
      value: Number(`${(match[2] ?? '').replace(/,/g, '')}.${match[3] ?? '0'}`),
      decimals,
    });
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The answer with the total of its two figures said after them, when the question asks a sum of
 * two things ("… A plus B?") and the answer states one figure for each; else undefined.
 */
export function withPlusSum(question: string, answer: string): string | undefined {
  if (!PLUS_ASKED.test(question.normalize('NFKC'))) return undefined;
  const sentences = partsBetweenMarks(answer)
    .map((part) => part.replace(QUOTE_LEAD, '').replace(MAIL_LEAD, '').replace(WRITER_LEAD, '').trim())
    .filter(Boolean);
  if (sentences.length !== 2) return undefined;
  const figures = sentences.map(soleFigure);
  const [first, second] = figures;
  if (!first || !second || first.sign !== second.sign) return undefined;
  const decimals = Math.max(first.decimals, second.decimals);
  const total = (first.value + second.value).toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  const marks = (answer.match(/\[\d+\]/g) ?? []).join('');
  return `${answer.trim()} Together: ${first.sign}${total}. ${marks}`.trim();
}
