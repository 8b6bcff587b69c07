/**
 * @module irregular-verbs
 * The base form of common English irregular past tenses and participles ("led" → lead, "won"
 * → win), which no suffix-stripping stemmer reaches: a column named "Laps Led" then explains
 * a "leader", and "Games Won" a "winner".
 */

const FORMS = `
  lead:led win:won run:ran pay:paid sell:sold make:made hold:held drive:drove,driven buy:bought
  spend:spent write:wrote,written build:built ride:rode,ridden fight:fought teach:taught send:sent
  lose:lost keep:kept leave:left meet:met sit:sat stand:stood tell:told find:found give:gave,given
  take:took,taken get:got,gotten come:came go:went,gone see:saw,seen fly:flew,flown grow:grew,grown
  throw:threw,thrown know:knew,known draw:drew,drawn catch:caught bring:brought think:thought
  choose:chose,chosen break:broke,broken begin:began,begun swim:swam,swum sing:sang,sung
  feed:fed bear:bore,born beat:beaten bend:bent bite:bit,bitten blow:blew,blown deal:dealt
  dig:dug eat:ate,eaten fall:fell,fallen feel:felt forget:forgot,forgotten freeze:froze,frozen
  hang:hung hear:heard hide:hid,hidden lay:laid lend:lent light:lit mean:meant pay:paid
  rise:rose,risen say:said seek:sought shoot:shot shake:shook,shaken shine:shone sink:sank,sunk
  sleep:slept speak:spoke,spoken steal:stole,stolen strike:struck swear:swore,sworn tear:tore,torn
  wake:woke,woken wear:wore,worn weep:wept
`;

const BASE: ReadonlyMap<string, string> = new Map(
  FORMS.trim()
    .split(/\s+/)
    .flatMap((entry) => {
      const [base, forms] = entry.split(':') as [string, string];
      return forms.split(',').map((form) => [form, base] as const);
    }),
);

/** Each irregular verb's forms: its past tense, and its participle where that differs. */
const FORMS_OF: ReadonlyMap<string, readonly string[]> = new Map(
  FORMS.trim()
    .split(/\s+/)
    .map((entry) => {
      const [base, forms] = entry.split(':') as [string, string];
      return [base, forms.split(',')] as const;
    }),
);

/**
 * Regular endings that are words of their own ("leaded petrol", "singed", "seed", "teared up",
 * "hanged", "lighted", "shined", "waked"): never taken for a wrong past tense.
 */
const REGULAR_TOO = new Set(['lead', 'sing', 'see', 'tear', 'hang', 'light', 'shine', 'wake']);

/**
 * The right form of an irregular verb given a regular ending, as a learner or a child says it
 * ("thinked" → thought, "buyed" → bought, "writed" → wrote, "runned" → ran); the participle
 * after "have" ("have thinked" → thought, "had writed" → written). Undefined for any other word.
 */
export function irregularForRegular(word: string, afterHave = false): string | undefined {
  const lower = word.toLowerCase();
  // Written in lower case or capitalised only: "ComEd" is a name.
  if (!/^[a-z]{3,}ed$/.test(lower) || !/^\p{L}\p{Ll}+$/u.test(word)) return undefined;
  const stem = lower.slice(0, -2);
  // A short stem written with one consonant after one vowel doubles it ("runned"); undoubled it
  // is another verb's ending ("wined", "sited").
  const single = /(?:^|[^aeiou])[aeiou][bcdfgklmnprstvz]$/.test(stem) ? '' : stem;
  const bases = [single, `${stem}e`, /(.)\1$/.test(stem) ? stem.slice(0, -1) : ''];
  const base = bases.find((candidate) => candidate && FORMS_OF.has(candidate) && !REGULAR_TOO.has(candidate));
  const forms = base ? FORMS_OF.get(base) : undefined;
  if (!forms) return undefined;
  const form = (afterHave ? forms[forms.length - 1] : forms[0]) as string;
  return word.charAt(0) === word.charAt(0).toUpperCase()
    ? form.charAt(0).toUpperCase() + form.slice(1)
    : form;
}

/** The base form of an irregular past tense or participle, else undefined. */
export function irregularBase(word: string): string | undefined {
  return BASE.get(word.toLowerCase());
}

/** The past tense and participle of an irregular verb by its base form ("tell" → told), else none. */
export function irregularForms(base: string): readonly string[] {
  return FORMS_OF.get(base.toLowerCase()) ?? [];
}
