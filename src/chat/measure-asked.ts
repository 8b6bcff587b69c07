/**
 * @module measure-asked
 * A physical measure asked (a speed, a weight, an age, the floor of a building) and whether an
 * answer gives one: "At what
 * speed does the Lumo cart run?" is answered by "12 km/h", not by the sentence that only names the
 * cart's test; "Wie viel wog Ines Varga?" by "61 kg", not by "Die Reise endete mit der 9."; "How
 * old is the Tamsin pony?" by "a six-year-old pony", not by "Tamsin has 4 stable mates."; "Which
 * floor is the Orla office on?" by "the 12th floor" or "on 12", not by "Orla is building a tower.",
 * nor by "Orla leased two floors" (a count of floors, not one of them). "Which room is the
 * review in?" by "Room 4410", "EC 2210" or "the Willow Room", not by "Please find us a room near
 * the lifts." (a room wanted, none named).
 */
import { withoutMarks } from './citations.ts';

/** The measures a question may ask of something. */
export type Measure = 'speed' | 'weight' | 'age' | 'floor' | 'room';

/** One measure: the question's words that ask it, the answer's words that give it. */
interface MeasureRule {
  readonly measure: Measure;
  readonly asked: RegExp;
  readonly given: RegExp;
}

/** A figure, in digits or as a number word ("12", "1.5", "six", "zwölf"). */
const FIGURE = String.raw`(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|[a-zäöü]+zig)`;

const RULES: readonly MeasureRule[] = [
  {
    measure: 'speed',
    asked:
      /\bat what speeds?\b|\bhow fast\b|\bwhat(?:'s| is| was| are| were)? (?:the |its |their |his |her )?(?:[\w-]+ )?(?:speed|velocity)\b|\bwie schnell\b|\bmit welcher geschwindigkeit\b|\bà quelle vitesse\b|\ba qué velocidad\b/i,
    given: new RegExp(
      String.raw`${FIGURE}\s*(?:mph|km\s?/\s?h|kmh|kph|km/std|m\s?/\s?s|knots?|kn\b|(?:miles?|kilomet(?:er|re)s?|meters?|metres?|feet)\s+(?:per|an|a|each)\s+(?:hour|second|minute)|stundenkilometer|kilometer pro stunde)|\bmach\s+\d|\b(?:speed|geschwindigkeit|vitesse|velocidad)\s*(?:of|von|de|:|=)?\s*\d`,
      'i',
    ),
  },
  {
    measure: 'weight',
    asked:
      /\bhow (?:much|heavy)\b.*\bweigh(?:s|ed)?\b|\bhow heavy\b|\bwhat(?:'s| is| was)? (?:the |its |their |his |her )?weight\b|\bwie (?:viel|schwer)\b.*\b(?:wog|wogen|wiegt|wiegen|gewogen)\b|\bwelches gewicht\b|\bcombien pès(?:e|ent)\b|\bcuánto pesa\b/i,
    given: new RegExp(
      String.raw`${FIGURE}\s*(?:kg|kgs|kilo(?:gram(?:me)?s?|s)?|gramm?e?s?|g\b|lbs?\.?|pounds?|pfund|oz|ounces?|stone|tons?|tonnes?|tonnen|t\b)|\b(?:weigh(?:s|ed|t)?|gewicht|wog|wiegt|poids|peso)\s*(?:of|von|de|:|=)?\s*\d`,
      'i',
    ),
  },
  {
    measure: 'age',
    asked:
      /\bhow old\b|\b(?:at )?what age\b|\bwie alt\b|\b(?:ab|in|mit|bis zu) welchem alter\b|\bquel âge\b|\bqué edad\b|\bcuántos años tiene\b/i,
    given: new RegExp(
      String.raw`${FIGURE}\s*[-‑–]?\s*(?:jährig|years?[-‑ ]old|years? of age|yrs?\.? old|jahre?n?\b|lebensjahr|ans\b|años\b|лет\b|год)|\b(?:aged?|alter|âge|edad)\s*(?:von|of|de|:|=)?\s*${FIGURE}|\b(?:born|geboren|né|née|nacid[oa])\b[^.]{0,40}\b\d{4}\b`,
      'iu',
    ),
  },
  {
    measure: 'floor',
    asked: /\b(?:which|what)\s+(?:floor|storey|story|level)\b|\bon what (?:floor|storey|level)\b/i,
    given: new RegExp(
      String.raw`\b(?:\d{1,3}(?:st|nd|rd|th)|ground|top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+teenth|[a-z]+ieth|bottom|lower|upper|basement|mezzanine|lobby|same)\s+(?:floor|storey|story|level)s?\b|\b(?:\d{1,3}|${FIGURE})\s+(?:floor|storey|story|level)\b|\b(?:floor|storey|level|fl\.?)\s*(?:#|no\.?|:)?\s*\d|\b(?:on|to)\s+\d{1,3}(?!\s*(?:[:.,/-]\s*)?\d)\b|\b(?:basement|ground floor|penthouse|rooftop)\b|\b[A-Z]{2,3}\s?\d{3,4}\b`,
      'i',
    ),
  },
  {
    measure: 'room',
    asked: /\b(?:which|what)\s+(?:conference\s+|meeting\s+)?room\b|\broom number\b/i,
    // A room's number or code ("4410", "12B3", "EC-2210"), "Room" before its name or number, a
    // name before "Room" or "Hall", or a Location/Where/Room field: written case-sensitively, so
    // that "a room off the lobby" names none.
    given:
      /(?<![\d.,:/$])\d{3,5}(?![\d.,:/%])|\b\d{1,2}[A-Za-z]\d{1,3}\b|\b[A-Z]{1,3}\s?-?\d{2,}|\b(?:[Rr]oom|ROOM|[Rr]m\.?)\s*(?:#|[Nn]o\.?|[Nn]umber|:)?\s*[A-Z\d]|\b\p{Lu}[\p{L}'.-]*\s+(?:Room|ROOM|Rm|Hall|Suite|Ballroom|Lounge|Auditorium|Boardroom)\b|\b(?:[Bb]oardroom|[Bb]oard [Rr]oom|[Aa]uditorium|[Bb]allroom)\b|^\s*(?:[Ll]ocation|[Ww]here|[Rr]oom|[Pp]lace|LOCATION)\s*:\s*\S/u,
  },
];

/** The measure a question asks, or undefined when it asks none of them. */
export function measureAsked(question: string): Measure | undefined {
  return RULES.find((rule) => rule.asked.test(question))?.measure;
}

/**
 * A speed, weight or age asked, answered by a sentence that gives none ("Wie viel wog Ines?"
 * answered "Die Reise endete mit der 9."): its figure counts or orders something else.
 */
export function measureMissing(question: string, answer: string): boolean {
  const rule = RULES.find((candidate) => candidate.asked.test(question));
  return rule !== undefined && !rule.given.test(withoutMarks(answer));
}

/** A length, width, height or depth asked: "How wide is the Orla shed?", "What is the depth of the pond?", "How long was the foal?". */
const DIMENSION_ASKED =
  /\bhow (?:long|wide|tall|high|deep|thick|far)\b|\bwhat(?:'s| is| was| are| were)? (?:the |its |their |his |her )?(?:[\w-]+ )?(?:length|width|height|depth|thickness|distance)\b/i;

/** A length given: "56 feet", "6' deep", "12 in.", "40 cm", "3.5 m", "2 miles", "4 yards". */
const LENGTH_GIVEN = new RegExp(
  String.raw`${FIGURE}\s*(?:'|"|′|″|ft\b|feet|foot|inch(?:es)?|in\.|cm\b|mm\b|m\b|met(?:er|re)s?|kilomet(?:er|re)s?|km\b|miles?|mi\b|yards?|yds?\b)`,
  'i',
);

/** A time span given, since "how long" may ask one: "for 3 weeks", "two hours", "until May". */
const DURATION_GIVEN = new RegExp(
  String.raw`${FIGURE}\s*[-‑–]?\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|mos?|years?|yrs?|decades?)\b|\b(?:until|till|through|since)\b`,
  'i',
);

/**
 * A length, width, height or depth asked ("How long was the Varna foal at birth?") answered by a
 * sentence that gives another measure of the same thing (a weight: "she weighed 31 kg") and no
 * length nor time span: it tells how heavy, not how long.
 */
export function otherMeasureForDimension(question: string, answer: string): boolean {
  if (!DIMENSION_ASKED.test(question)) return false;
  const said = withoutMarks(answer);
  if (LENGTH_GIVEN.test(said) || DURATION_GIVEN.test(said)) return false;
  return RULES.some((rule) => rule.measure !== 'floor' && rule.given.test(said));
}
