/**
 * @module told-line
 * "What did bo tell ana_r to run to check the disk?": bo's own line that opens by addressing
 * ana_r ("ana_r: try smartctl -a") is what bo told her, though it shares few of the question's
 * words: the two names the question gives, the one who spoke and the one spoken to, stand for
 * them. Such a line may answer with less word support than a line chosen by its words alone.
 */
import { nickBase } from './attributed-person.ts';
import { addressedToTold, toldInQuestion } from './chat-lines.ts';

/** The word support below which even a line said by the one asked to the one told is a guess. */
export const TOLD_LINE_MIN_RELEVANCE = 0.15;

/** What toldLine reads of a ranked chat line (sentence-rank.ts's Candidate). */
type SpokenLine = {
  readonly speaker?: string;
  readonly text: string;
  readonly relevance: number;
};

/**
 * True when the line is spoken by the person the question names as the teller and opens by
 * addressing one it names as told ("tell ana to", "suggest ana try", "recommend … to ana"),
 * with at least TOLD_LINE_MIN_RELEVANCE of word support. Nicks compare by their base
 * ("bo_1" is "bo").
 */
export function toldLine(
  question: string,
  person: string | undefined,
  line: SpokenLine,
  speakers: ReadonlySet<string>,
): boolean {
  if (!person || !line.speaker || /\s/.test(person.trim())) return false;
  if (nickBase(line.speaker) !== nickBase(person)) return false;
  if (line.relevance < TOLD_LINE_MIN_RELEVANCE) return false;
  const told = toldInQuestion(question);
  return told.length > 0 && addressedToTold(line.text, speakers, told);
}
