/**
 * @module figure-from-question
 * "What is the fine for filing later than 30 days?" answered by "Filing is due within 30 days.":
 * a sentence whose only figures are ones the question itself gives says nothing of the sum asked.
 */
import type { AnswerType } from './answer-type.ts';
import { answerWords, MAIL_LEAD } from './quoted-source.ts';

/** The figures a text writes, separators and spaces of thousands taken out ("3,000" → "3000"). */
function figures(text: string): string[] {
  return [...text.normalize('NFKC').matchAll(/\d+(?:[.,]\d+)*/g)].map(([figure]) =>
    figure.replace(/,(?=\d{3}\b)/g, ''),
  );
}

/** True when a sum or count is asked and every figure of the answer is one the question gives. */
export function figuresOnlyAsked(question: string, type: AnswerType | undefined, answer: string): boolean {
  if (type !== 'amount') return false;
  const asked = new Set(figures(question));
  const said = figures(
    answerWords(answer)
      .replace(MAIL_LEAD, '')
      .replace(/\[\d+\]/g, ' '),
  );
  return said.length > 0 && said.every((figure) => asked.has(figure));
}
