/**
 * @module duration-start
 * A time limit asked of an act ("Within how many days are requests registered?", "В течение
 * скольких дней регистрируются обращения?") is not answered by a limit counted from that act
 * ("Review takes at most 25 days from registration", "… 25 дней с момента регистрации"): the act
 * asked is where that other limit starts, not what it limits.
 */
import { withoutMarks } from './citations.ts';

/** A span of time asked: "how many days", "how long", "в течение скольких дней", "wie viele Tage". */
const DURATION_ASKED =
  /\bhow\s+(?:many\s+(?:days|weeks|months|hours|working days|business days)|long)\b|(?<![\p{L}])(?:скольк\p{L}*\s+(?:дней|недел\p{L}*|месяц\p{L}*|час\p{L}*)|wie\s+viele\s+(?:tage|wochen|monate)|cu[aá]nt[oa]s\s+(?:d[ií]as|semanas|meses)|combien\s+de\s+(?:jours|semaines|mois))(?![\p{L}])/iu;

/** A point a span is counted from, and the word after it: "from registration", "с момента регистрации". */
const COUNTED_FROM =
  /(?<![\p{L}])(?:from|after|since|с момента|со дня|после|ab|nach|desde|después de|à compter de|après)\s+(?:the\s+|its\s+|der\s+|dem\s+|la\s+|el\s+|le\s+)?(\p{L}{5,})/giu;

/** The first letters of a word, to meet its other forms ("регистрируются", "регистрации"). */
const stemOf = (word: string) => word.toLowerCase().slice(0, 6);

/**
 * The question asks a span of time, and the answer names a word of the question only as the point
 * its own span is counted from.
 */
export function durationFromAskedAct(question: string, answer: string): boolean {
  if (!DURATION_ASKED.test(question)) return false;
  const said = withoutMarks(answer);
  // Words the question itself counts from ("… days after registration …") are its start too.
  const askedStarts = new Set([...question.matchAll(COUNTED_FROM)].map((match) => stemOf(match[1] ?? '')));
  const starts = new Set([...said.matchAll(COUNTED_FROM)].map((match) => stemOf(match[1] ?? '')));
  const rest = said.replace(COUNTED_FROM, ' ');
  const restStems = new Set((rest.match(/\p{L}{5,}/gu) ?? []).map(stemOf));
  const questionStems = new Set((question.match(/\p{L}{5,}/gu) ?? []).map(stemOf));
  return [...starts].some(
    (stem) => questionStems.has(stem) && !askedStarts.has(stem) && !restStems.has(stem),
  );
}
