/**
 * @module frequency-asked
 * "How often …?" asks a frequency, in any of the workspace's languages ("Как часто …?", "Wie
 * oft …?", "¿Con qué frecuencia …?"), and a line that gives none does not answer it: "How often
 * are the Velm pumps inspected?" is answered by "at least once a year" or "every six months"
 * or "nine times out of ten", not by "The inspector checks each pump against the list."
 */
import { withoutMarks } from './citations.ts';

/** The question asks how often something happens. */
const FREQUENCY_ASKED =
  /(?<![\p{L}])(?:how often|how frequently|at what intervals?|как часто|с какой периодичностью|wie oft|wie häufig|in welchen abständen|con qu[eé] frecuencia|cada cu[aá]nto|[àa] quelle fr[ée]quence|tous les combien|quanto spesso|con quale frequenza|hoe vaak|jak często|com que frequ[eê]ncia)(?![\p{L}])/iu;

/** Words and phrases that give a frequency, in the same languages. */
const FREQUENCY_GIVEN = new RegExp(
  [
    String.raw`\b(?:once|twice|thrice|\d+\s*(?:x|times))\s+(?:a|an|per|each|every)\b`,
    String.raw`\b(?:every|each)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|other|few|second|third)\s+)?(?:day|night|week|fortnight|month|quarter|year|hour|minute|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time)s?\b`,
    String.raw`\b(?:daily|nightly|weekly|biweekly|fortnightly|monthly|bimonthly|quarterly|yearly|annually|biannually|semiannually|hourly|continuously|constantly|regularly|periodically)\b`,
    String.raw`\b(?:per|a)\s+(?:day|week|month|quarter|year)\b`,
    // A share of the occasions: "90% of the time", "nine times out of ten", "most of the time".
    String.raw`\d(?:[\d.,]*\d)?\s*(?:%|percent\b|per\s+cent\b)\s*of\s+(?:the\s+)?(?:time|cases|occasions)\b`,
    String.raw`\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:times\s+)?out\s+of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred)\b`,
    String.raw`\b(?:most|half|much)\s+(?:of\s+)?the\s+time\b`,
    String.raw`(?<![\p{L}])(?:раз[а]?\s+в|ежедневн\p{L}*|еженедельн\p{L}*|ежемесячн\p{L}*|ежеквартальн\p{L}*|ежегодн\p{L}*|каждый|каждую|каждое|каждые|постоянно|регулярно|периодичност\p{L}*)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:täglich|wöchentlich|monatlich|vierteljährlich|jährlich|\p{L}*mal\s+(?:pro|im|in\s+der|am|je)|jede[nrs]?|alle\s+\d+)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:cada|veces\s+(?:al|por|a\s+la)|una\s+vez|diari[oa]|semanal|mensual|anual|trimestral|fois\s+par|par\s+(?:jour|semaine|mois|an|ann[ée]e|trimestre)|trimestriel\p{L}*|chaque|tous\s+les|quotidien\p{L}*|hebdomadaire|mensuel\p{L}*|annuel\p{L}*|ogni|volte|settimanal\p{L}*|mensil\p{L}*|dagelijks|wekelijks|maandelijks|jaarlijks|keer\s+per|codziennie|co\s+\p{L}+|raz\s+w)(?![\p{L}])`,
  ].join('|'),
  'iu',
);

/** The question asks how often something happens. */
export function frequencyAsked(question: string): boolean {
  return FREQUENCY_ASKED.test(question);
}

/** "How often …?" answered by a line that gives no frequency. */
export function frequencyMissing(question: string, answer: string): boolean {
  return frequencyAsked(question) && !FREQUENCY_GIVEN.test(withoutMarks(answer));
}
