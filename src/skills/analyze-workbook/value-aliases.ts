/**
 * @module value-aliases
 * Words a question uses for cell values it does not spell out: results written as codes
 * ("wins" for W, "lost" for L, "home" for H) and people named by nation ("germans" for
 * Germany or GER). Each maps to the cell spellings it may stand for.
 */

const RESULTS: readonly [readonly string[], readonly string[]][] = [
  [
    ['win', 'wins', 'won', 'victory', 'victories', 'winning'],
    ['w', 'win', 'won', 'winner'],
  ],
  [
    ['loss', 'losses', 'lost', 'lose', 'losing', 'defeat', 'defeats', 'defeated'],
    ['l', 'loss', 'lost'],
  ],
  [
    ['tie', 'ties', 'tied', 'draw', 'draws', 'drew', 'drawn'],
    ['t', 'd', 'tie', 'draw', 'drawn'],
  ],
  [['home'], ['home', 'h']],
  [
    ['away', 'road'],
    ['away', 'a'],
  ],
];

/** Demonym or short name → country name and its three-letter code. */
const NATIONS: Record<string, readonly [string, string]> = {
  american: ['united states', 'usa'],
  us: ['united states', 'usa'],
  usa: ['united states', 'usa'],
  german: ['germany', 'ger'],
  italian: ['italy', 'ita'],
  japanese: ['japan', 'jpn'],
  french: ['france', 'fra'],
  british: ['great britain', 'gbr'],
  english: ['england', 'eng'],
  canadian: ['canada', 'can'],
  australian: ['australia', 'aus'],
  russian: ['russia', 'rus'],
  chinese: ['china', 'chn'],
  spanish: ['spain', 'esp'],
  spaniard: ['spain', 'esp'],
  swede: ['sweden', 'swe'],
  swedish: ['sweden', 'swe'],
  norwegian: ['norway', 'nor'],
  finn: ['finland', 'fin'],
  finnish: ['finland', 'fin'],
  dutch: ['netherlands', 'ned'],
  kenyan: ['kenya', 'ken'],
  ethiopian: ['ethiopia', 'eth'],
  brazilian: ['brazil', 'bra'],
  mexican: ['mexico', 'mex'],
  korean: ['south korea', 'kor'],
  jamaican: ['jamaica', 'jam'],
  cuban: ['cuba', 'cub'],
  pole: ['poland', 'pol'],
  polish: ['poland', 'pol'],
  swiss: ['switzerland', 'sui'],
  austrian: ['austria', 'aut'],
  belgian: ['belgium', 'bel'],
  dane: ['denmark', 'den'],
  danish: ['denmark', 'den'],
  irish: ['ireland', 'irl'],
  argentine: ['argentina', 'arg'],
  argentinian: ['argentina', 'arg'],
  indian: ['india', 'ind'],
  hungarian: ['hungary', 'hun'],
  czech: ['czech republic', 'cze'],
  greek: ['greece', 'gre'],
  portuguese: ['portugal', 'por'],
  ukrainian: ['ukraine', 'ukr'],
  romanian: ['romania', 'rou'],
  bulgarian: ['bulgaria', 'bul'],
  turkish: ['turkey', 'tur'],
  egyptian: ['egypt', 'egy'],
  nigerian: ['nigeria', 'ngr'],
  scottish: ['scotland', 'sco'],
  welsh: ['wales', 'wal'],
  belarusian: ['belarus', 'blr'],
  estonian: ['estonia', 'est'],
  latvian: ['latvia', 'lat'],
  lithuanian: ['lithuania', 'ltu'],
  slovak: ['slovakia', 'svk'],
  slovenian: ['slovenia', 'slo'],
  croatian: ['croatia', 'cro'],
  serbian: ['serbia', 'srb'],
  israeli: ['israel', 'isr'],
  iranian: ['iran', 'iri'],
  moroccan: ['morocco', 'mar'],
};

export type ValueAlias = { readonly spellings: readonly string[]; readonly codes: boolean };

/** The cell spellings a question word may stand for, or undefined. */
/** A table's own entry for a key, never a name the object inherits ("constructor", "toString"). */
function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function aliasesOf(word: string): ValueAlias | undefined {
  for (const [words, spellings] of RESULTS) if (words.includes(word)) return { spellings, codes: true };
  const singular = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  const nation = ownEntry(NATIONS, word) ?? ownEntry(NATIONS, singular);
  return nation ? { spellings: nation, codes: false } : undefined;
}
