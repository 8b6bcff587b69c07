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

/** The base form of an irregular past tense or participle, else undefined. */
export function irregularBase(word: string): string | undefined {
  return BASE.get(word.toLowerCase());
}
