/**
 * @module spelling
 * British and American spellings of one English word brought to one form (the American), so
 * that "catalogue" and "catalog", "organised" and "organized", "behaviour" and "behavior" stem
 * alike. A table of small rules on lower-case words, applied before stemming at index and
 * query time alike: a rule that also rewrites a word with no other spelling ("otherwise" to
 * "otherwize") does no harm, since every text and every query gets the same form.
 */

type SpellingRule = { readonly test: RegExp; readonly american: (match: RegExpExecArray) => string };

/** Roots whose British -our is American -or ("colour", "favourite", "honourable"). */
const OUR_ROOTS =
  'arbo|ardo|armo|behavio|cando|clamo|colo|demeano|endeavo|favo|fervo|flavo|harbo|hono|humo|labo|neighbo|odo|parlo|rigo|rumo|savio|savo|splendo|tumo|valo|vapo|vigo';

/** Roots whose British -re is American -er ("centre", "millimetres", "fibres"). */
const RE_ROOTS = 'cent|met|theat|lit|spect|lust|fib|calib|somb|sab|meag';

/** Whole words spelt otherwise in American English. */
const WORDS: ReadonlyMap<string, string> = new Map([
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['defence', 'defense'],
  ['defences', 'defenses'],
  ['offence', 'offense'],
  ['offences', 'offenses'],
  ['licence', 'license'],
  ['licences', 'licenses'],
  ['pretence', 'pretense'],
  ['grey', 'gray'],
  ['ageing', 'aging'],
  ['judgement', 'judgment'],
  ['judgements', 'judgments'],
  ['acknowledgement', 'acknowledgment'],
  ['acknowledgements', 'acknowledgments'],
  ['aluminium', 'aluminum'],
  ['sulphur', 'sulfur'],
  ['mould', 'mold'],
  ['moulds', 'molds'],
  ['encyclopaedia', 'encyclopedia'],
  ['encyclopaedias', 'encyclopedias'],
  ['mediaeval', 'medieval'],
  ['enrol', 'enroll'],
  ['enrolment', 'enrollment'],
  ['enrolments', 'enrollments'],
  ['instalment', 'installment'],
  ['instalments', 'installments'],
  ['fulfil', 'fulfill'],
  ['fulfilment', 'fulfillment'],
  ['skilful', 'skillful'],
  ['aeroplane', 'airplane'],
  ['aeroplanes', 'airplanes'],
  ['manoeuvre', 'maneuver'],
  ['manoeuvres', 'maneuvers'],
]);

/** What comes before an -ise that America spells so too. */
const KEEPS_ISE = /(?:[aeiouyvw]|[^i]c|pr|gu|advert|chast|expert)$/;

const RULES: readonly SpellingRule[] = [
  // organise, organised, organising, organisation(s), organiser, criticise: -is- to -iz- (three
  // letters before it at least), but not after a vowel ("praise", "noise") nor in -cise (but
  // -icise), -vise, -wise, -prise, -guise and the -tise words spelt so in America too, whose
  // other forms keep the s ("precisely", "revision", "surprisingly", "advertisement")
  {
    test: /^([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations|ational)$/,
    american: (m) => (KEEPS_ISE.test(m[1]!) ? m[0] : `${m[1]}iz${m[2]}`),
  },
  // analyse, paralysed, catalysing (not "analyses", the plural of "analysis")
  { test: /^([a-z]+ly)s(e|ed|ing|er|ers)$/, american: (m) => `${m[1]}z${m[2]}` },
  // colour, behavioural, favourite, honourable
  { test: new RegExp(`^(${OUR_ROOTS})ur([a-z]*)$`), american: (m) => `${m[1]}r${m[2]}` },
  // centre, centres, centred, millimetre, fibre
  {
    test: new RegExp(`^([a-z]*?(?:${RE_ROOTS}))re(s|d)?$`),
    american: (m) => `${m[1]}er${m[2] === 'd' ? 'ed' : (m[2] ?? '')}`,
  },
  // catalogue, catalogued, cataloguing, dialogues: -ogue to -og
  {
    test: /^([a-z]{3,})ogu(e|es|ed|ing|er|ers)$/,
    american: (m) => `${m[1]}og${m[2] === 'e' ? '' : m[2] === 'es' ? 's' : m[2]}`,
  },
];

/** The American spelling of a lower-case English word; other words are returned as they are. */
export function americanSpelling(word: string): string {
  const whole = WORDS.get(word);
  if (whole) return whole;
  for (const rule of RULES) {
    const match = rule.test.exec(word);
    if (match) return rule.american(match);
  }
  return word;
}
