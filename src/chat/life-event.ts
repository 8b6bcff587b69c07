/**
 * @module life-event
 * The year or day of a person's death or birth asked ("In which year did Ada Quell die?", "В
 * каком году умер писатель Орлов?", "Wann wurde Lenz geboren?") and whether an answer tells
 * of that event: a line that gives a year of something else the person did ("… founded the
 * clinic in 1967", "75 лет со дня рождения … Орлова (1949)" for a death) does not answer it.
 * A line tells of the event by a word of it in any of the workspace's languages, by the label
 * of a record's birth field ("DOB:", Indonesian "TTL:", place and date of birth), or by a life
 * span ("(1812-1870)"), which gives both years. The other way round, a year of another act asked
 * ("In which year did Ada Quell qualify …?") is not answered by a line whose only years are a
 * life span after a name.
 */
import { expectedAnswerType } from './answer-type.ts';
import { withoutMarks } from './citations.ts';

export type LifeEvent = 'death' | 'birth';

/**
 * A year or a day asked anywhere in the question ("In which year …", "В каком году …"); "when"
 * and its kin are asked as the question's date (expectedAnswerType), not as a clause ("how much
 * did he weigh when he was born?").
 */
const YEAR_ASKED =
  /(?<![\p{L}])(?:(?:what|which|in which|in what)\s+(?:year|date|day)|in welchem jahr|an welchem tag|в каком году|какого числа|en qu[eé] (?:a[nñ]o|fecha)|en quelle ann[eé]e|in che anno|in welk jaar|w którym roku)(?![\p{L}])/iu;

/** One life event: the question's words that ask it, the answer's words that tell of it. */
interface LifeEventRule {
  readonly event: LifeEvent;
  readonly asked: RegExp;
  readonly told: RegExp;
}

/** A word of a list, standing alone: no letter of any script right before or after it. */
const word = (alternatives: string) => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'iu');

const RULES: readonly LifeEventRule[] = [
  {
    event: 'death',
    // "die" alone is asked only after "did …": it is also a German article; "Tod" is also a name.
    asked: new RegExp(
      `\\bdid\\b[^?]{1,80}\\bdie\\b|${
        word(
          'died|dies|death|pass(?:ed)? away|starb|gestorben|verstorben|verstarb|todes(?:jahr|tag)|muri[oó]|muerte|falleci[oó]|mort|morte|décéd[ée]e?|décès|morto|morta|morì|overleden|stierf|zmarł|zmarła|умер|умерла|умерли|скончал\\p{L}*|смерт\\p{L}*|погиб\\p{L}*',
        ).source
      }`,
      'iu',
    ),
    told: word(
      'died|dies|death|dead|deceased|pass(?:ed)? away|killed|starb|gestorben|verstorben|verstarb|tod(?:es)?|muri[oó]|muerte|falleci\\p{L}*|mort[ea]?|décéd\\p{L}*|décès|morì|overleden|stierf|zmarł[a]?|śmier\\p{L}*|умер\\p{L}*|скончал\\p{L}*|смерт\\p{L}*|погиб\\p{L}*|гибел\\p{L}*|meninggal|wafat|†',
    ),
  },
  {
    event: 'birth',
    asked: word(
      'born|birth|geboren|geburt\\p{L}*|naci[oó]|nacimiento|née?|naissance|[èe] nat[oa]|nascita|urodził[a]?|родил\\p{L}*|рожден\\p{L}*|рождени\\p{L}*',
    ),
    told: word(
      'born|birth(?:day)?|geboren|geburt\\p{L}*|naci[oó]|nacid[oa]|nacimiento|née?|naissance|nato|nata|nascita|urodził[a]?|urodzin\\p{L}*|родил\\p{L}*|рожден\\p{L}*|рождени\\p{L}*|lahir|kelahiran|dob|ttl',
    ),
  },
];

/** Two years joined by a dash, as a life is written: "(1812-1870)", "1882–1973". */
const LIFE_SPAN = /(?<!\d)1\d{3}\s*[-‑–—]\s*(?:1\d{3}|20\d{2})(?!\d)/;

/** The life event whose time the question asks, else undefined. */
export function lifeEventAsked(question: string): LifeEvent | undefined {
  if (expectedAnswerType(question) !== 'date' && !YEAR_ASKED.test(question)) return undefined;
  return RULES.find((rule) => rule.asked.test(question))?.event;
}

/**
 * The question asks when someone died or was born, and the answer tells of no such event: no
 * word of it and no life span.
 */
export function lifeEventUnsaid(question: string, answer: string): boolean {
  const event = lifeEventAsked(question);
  if (!event) return false;
  const said = withoutMarks(answer);
  if (LIFE_SPAN.test(said)) return false;
  return !RULES.some((rule) => rule.event === event && rule.told.test(said));
}

/** A life span in brackets after a name: "C. Varga (1875–1961)", "Orlov (1901-1970)". */
const NAMED_LIFE_SPAN = /(?<=\p{Lu}[\p{L}.'’-]*\s*)\((?:1\d{3})\s*[-‑–—]\s*(?:1\d{3}|20\d{2})\)/u;

/** A year standing alone: four digits from 1000 to 2099. */
const YEAR = /(?<!\d|\d[.,])(?:1\d{3}|20\d{2})(?!\d|[.,]\d)/;

/**
 * A year of some other act asked ("In which year did Varga qualify as a lecturer?") and the answer's
 * only years are a life span after a name ("Varga (1875–1961) wrote …"): those years are of birth
 * and death, not of the act asked.
 */
export function lifeSpanForOtherYear(question: string, answer: string): boolean {
  if (!YEAR_ASKED.test(question) || RULES.some((rule) => rule.asked.test(question))) return false;
  const said = withoutMarks(answer);
  if (!NAMED_LIFE_SPAN.test(said)) return false;
  return !YEAR.test(said.replace(new RegExp(NAMED_LIFE_SPAN.source, 'gu'), ' '));
}
