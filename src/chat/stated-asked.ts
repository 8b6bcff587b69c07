/**
 * @module stated-asked
 * A sentence that states the very thing a question asks in the form it asks it: a clock time for
 * "What time does Ines start rowing?" ("I start at 610 am"), a sum said to be in the state asked
 * for "How much does the Varna fund have available?" ("we have about 4.6M available"), a speed, weight,
 * age or floor for a question that asks one ("We want the 9th floor"), a number under the label of
 * the kind of phone line asked for "What is Ines's cell number?" ("Cell: 555 0142"). Quoted history
 * is read to a higher bar than new text because a quote on the topic is found for most questions
 * the mail does not answer; such a sentence answers though it shares fewer of the question's words,
 * when it names something the question asks beyond its mail's topic (the subject's words): "Boats,
 * dinner 6:00-9:00 PM" in a mail on the boat trip does not answer when guests board.
 */
import { analyze } from '../index/analyze.ts';
import { askedPhoneKinds, asksClockTime, carriesClockTime, carriesType, phoneLabel } from './answer-type.ts';
import { measureAsked, measureMissing } from './measure-asked.ts';
import { answerWords, MAIL_LEAD } from './quoted-source.ts';
import { sumStateAsked, sumStateMissing } from './sum-state.ts';

/** Words of a question that ask, not name: they tie no sentence to what is asked. */
const ASKING = new Set(
  analyze('what which when how much many time is was are were does did do will the a an of for on at in'),
);

/**
 * True when the answer gives the clock time, the sum in its state, the measure or the labelled kind
 * of phone number the question asks, and shares a word of the question that its topic (a mail's
 * subject) does not hold.
 */
export function statesAskedForm(question: string, answer: string, topic = ''): boolean {
  const said = answerWords(answer).replace(MAIL_LEAD, '');
  const known = new Set([...ASKING, ...analyze(topic)]);
  const saidTerms = new Set(analyze(said));
  if (!analyze(question).some((term) => !known.has(term) && saidTerms.has(term))) return false;
  if (asksClockTime(question)) return carriesClockTime(said);
  if (sumStateAsked(question) !== undefined) return /\d/.test(said) && !sumStateMissing(question, said);
  if (measureAsked(question) !== undefined) return !measureMissing(question, said);
  const lines = askedPhoneKinds(question);
  if (lines.length > 0)
    return carriesType(said, 'phone') && phoneLabel(said).some((kind) => lines.includes(kind));
  return false;
}
