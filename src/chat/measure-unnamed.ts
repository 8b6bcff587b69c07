/**
 * @module measure-unnamed
 * A sum of another measure for a measure of money named by what it is. "What is the booking fee
 * for the winter season?" is not answered by "Our hosting costs come to $4,100 a year.": the
 * answer names neither the fee nor "booking", and labels its sum as costs. A sum the sentence
 * labels as nothing ("Orvik would wire 5,000,000 NOK on Friday.") is left to the other checks:
 * a mail that never writes "asking" may still give the asking price.
 */
import { analyze } from '../index/analyze.ts';
import { FUNCTION_WORDS } from '../lib/text/stop-words.ts';
import { askedMeasures, moneyAsked } from './answer-type.ts';
import { withoutMarks } from './citations.ts';

/** Measures of money that label a sum in a sentence ("back-office costs", "a salary of …"). */
const MONEY_MEASURE_NOUNS =
  /\b(?:price|prices|cost|costs|fee|fees|salary|salaries|budget|budgets|payment|payments|charge|charges|rent|fare|fares|bonus|bonuses|wages?|tuition|premium|premiums|deposit|deposits|refund|refunds|donations?|loans?|proceeds|revenues?|income|expenses?)\b/gi;

/** A subject before a verb of costing ("it costs", "which cost"): the verb, not another measure. */
const VERB_SUBJECT = /\b(?:it|that|this|which|what|they|each|one|ticket|tickets)\s+$/i;

/** The words that say which measure of money is asked ("exercise" in "the exercise price"), with the measure's noun. */
function namedMeasures(question: string, noun: string): { words: string[]; noun: string }[] {
  return askedMeasures(question)
    .filter((measure) => measure[measure.length - 1] === noun)
    .map((measure) => ({
      words: measure.slice(0, -1).filter((word) => !FUNCTION_WORDS.has(word) && word !== 'much'),
      noun,
    }))
    .filter((measure) => measure.words.length > 0);
}

/** The measures of money the text names as nouns, other than the one asked, stemmed. */
function otherMeasuresNamed(text: string, noun: string): string[] {
  const asked = new Set(analyze(noun));
  return [...text.matchAll(MONEY_MEASURE_NOUNS)]
    .filter((match) => !VERB_SUBJECT.test(text.slice(0, match.index)))
    .flatMap((match) => analyze(match[0]))
    .filter((term) => !asked.has(term));
}

/**
 * A measure of money asked by the words that say which ("the booking fee", "the exercise price"),
 * answered by a sentence that names neither that measure nor those words and labels its sum as
 * another measure ("hosting costs").
 */
export function sumOfOtherMeasure(question: string, answer: string): boolean {
  const noun = moneyAsked(question);
  if (noun === undefined) return false;
  const measures = namedMeasures(question, noun);
  if (measures.length === 0) return false;
  const said = withoutMarks(answer);
  const words = new Set(analyze(said));
  const unnamed = measures.filter(
    (measure) =>
      ![...measure.words, measure.noun].some((word) => analyze(word).some((term) => words.has(term))),
  );
  return unnamed.length > 0 && otherMeasuresNamed(said, noun).length > 0;
}
