/**
 * @module when-by-deixis
 * A "when" question answered by a sentence whose only time is the day it was written ("today",
 * "tonight", "this morning") and that names nothing the question asks of: "When is Ines's garden
 * party in Varna?" is not answered by "Sorry, I only got to read my mail today.": the day is the
 * writer's, not the party's.
 */
import { analyze } from '../index/analyze.ts';
import { carriesType } from './answer-type.ts';
import { answerWords, MAIL_LEAD } from './quoted-source.ts';

/** "When …", "What day / date …", "On what day …": a time asked. */
const WHEN_ASKED = /^\s*(?:(?:on|by|until|till|from)\s+)?(?:when\b|what\s+(?:day|date)\b)/i;

/** Days told by the day of writing: "today", "tonight", "till tomorrow", "this morning", "right now". */
const DAY_OF_WRITING =
  /\b(?:(?:until|till|by|up to|as of)\s+)?(?:today|tonight|tomorrow|yesterday|now|(?:this|last)\s+(?:morning|afternoon|evening|night))\b/gi;

/** Words of a "when" question that name no thing asked of. */
const ASKING_WORDS = new Set(
  analyze('when what day date time is was were are will be did does do the a an on by'),
);

/**
 * True when a time is asked and the answer's only time is the day of its writing, and it shares no
 * word of the question beyond the asking ones (no person, no thing, no place asked).
 */
export function whenByDayOfWriting(question: string, answer: string): boolean {
  if (!WHEN_ASKED.test(question)) return false;
  const said = answerWords(answer).replace(MAIL_LEAD, '');
  if (!new RegExp(DAY_OF_WRITING.source, 'i').test(said)) return false;
  const rest = said.replace(DAY_OF_WRITING, ' ');
  if (carriesType(rest, 'date') || /\d/.test(rest)) return false;
  const asked = new Set(analyze(question).filter((term) => !ASKING_WORDS.has(term)));
  return asked.size > 0 && !analyze(said).some((term) => asked.has(term));
}
