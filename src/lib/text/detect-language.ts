/**
 * @module detect-language
 * Guesses the language of a text from its script and, for Latin and Cyrillic text, from the
 * share of each language's most frequent function words; Indonesian, whose function words are
 * few and short, only when none of the other Latin languages stands out. Chinese is told apart from Japanese
 * by kana, and Simplified from Traditional by characters that differ between the two.
 * Returns a BCP 47 tag ("en", "de", "zh-Hans", "ja", ...) or "und" when the text is too short
 * or no language stands out.
 */

export type LanguageTag =
  | 'en'
  | 'de'
  | 'fr'
  | 'es'
  | 'it'
  | 'pt'
  | 'nl'
  | 'pl'
  | 'ru'
  | 'id'
  | 'ar'
  | 'zh-Hans'
  | 'zh-Hant'
  | 'ja'
  | 'ko'
  | 'und';

/** The most frequent function words per Latin-script language (lower case). */
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the of and to in is that for it with as was on be by this are or from at which not have an',
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus',
  fr: 'le la les de des et en un une du est que qui dans pour pas sur au par avec ce il sont aux ne',
  es: 'el la de que y en los del se las por un para con una su al lo como más es pero sus le',
  it: 'il di che e la per un in non una sono del della le si da con gli al dei nel anche',
  pt: 'de que e o da do em um para com não uma os no se na por mais as dos ao ou',
  nl: 'de het een van en in is dat op te zijn met voor niet aan er die ook als bij',
  pl: 'i w na z do nie się że to jest o jak po od przez dla są oraz lub jego być',
  ru: 'и в не на что с по как к из а о от за для это при также так его или',
};

const WORD_SETS = new Map(
  Object.entries(FUNCTION_WORDS).map(([tag, words]) => [tag, new Set(words.split(' '))]),
);

/** Characters written differently in Simplified and Traditional Chinese, as pairs. */
const SIMPLIFIED =
  '这个们国会为说时对发经过还进么员门问题东车书学习处应该实现动开关长见现与业务产电话义务边设计报';
const TRADITIONAL =
  '這個們國會為說時對發經過還進麼員門問題東車書學習處應該實現動開關長見現與業務產電話義務邊設計報';
const SIMPLIFIED_ONLY = new Set([...SIMPLIFIED].filter((char, index) => [...TRADITIONAL][index] !== char));
const TRADITIONAL_ONLY = new Set([...TRADITIONAL].filter((char, index) => [...SIMPLIFIED][index] !== char));

type ScriptCounts = {
  han: number;
  kana: number;
  hangul: number;
  latin: number;
  cyrillic: number;
  arabic: number;
  simplified: number;
  traditional: number;
};

function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = {
    han: 0,
    kana: 0,
    hangul: 0,
    latin: 0,
    cyrillic: 0,
    arabic: 0,
    simplified: 0,
    traditional: 0,
  };
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) {
      counts.han++;
      if (SIMPLIFIED_ONLY.has(char)) counts.simplified++;
      else if (TRADITIONAL_ONLY.has(char)) counts.traditional++;
    } else if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0xff66 && code <= 0xff9f)) counts.kana++;
    else if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x1100 && code <= 0x11ff)) counts.hangul++;
    else if (
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
      (code >= 0x1e00 && code <= 0x1eff)
    )
      counts.latin++;
    else if (code >= 0x0400 && code <= 0x04ff) counts.cyrillic++;
    else if (code >= 0x0600 && code <= 0x06ff) counts.arabic++;
  }
  return counts;
}

/** The Latin or Cyrillic language whose function words make up the largest share of the text. */
function byFunctionWords(text: string, candidates: readonly string[]): LanguageTag {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length === 0) return 'und';
  let best: { tag: string; hits: number } = { tag: 'und', hits: 0 };
  for (const tag of candidates) {
    const set = WORD_SETS.get(tag);
    if (!set) continue;
    const hits = words.reduce((sum, word) => sum + (set.has(word) ? 1 : 0), 0);
    if (hits > best.hits) best = { tag, hits };
  }
  // Short titles carry few function words: one hit in a handful of words is not evidence.
  return best.hits >= 2 || (best.hits === 1 && words.length <= 4) ? (best.tag as LanguageTag) : 'und';
}

const LATIN_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl'];

/**
 * Indonesian function words. Read after the other Latin languages: "di" is also Italian, and a
 * text is told Indonesian only when they leave it untold.
 */
const INDONESIAN = new Set(
  'yang dan di ke dari untuk dengan pada adalah ini itu dalam tidak akan atau juga oleh'.split(' '),
);

/** "id" when Indonesian function words are at least two and one word in twelve of the text. */
function byIndonesianWords(text: string): LanguageTag {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = words.filter((word) => INDONESIAN.has(word)).length;
  return hits >= 2 && hits * 12 >= words.length ? 'id' : 'und';
}

/** The language of a text; "und" when it cannot tell. Looks at the first 20,000 characters. */
export function detectLanguage(text: string): LanguageTag {
  const sample = text.slice(0, 20_000);
  const counts = countScripts(sample);
  const cjk = counts.han + counts.kana + counts.hangul;
  const letters = cjk + counts.latin + counts.cyrillic + counts.arabic;
  if (letters === 0) return 'und';
  // CJK characters carry about as much as a Latin word each: weigh them up against letters.
  if (cjk * 3 >= counts.latin + counts.cyrillic + counts.arabic) {
    if (counts.hangul > counts.han + counts.kana) return 'ko';
    if (counts.kana > 0 && counts.kana * 10 >= cjk) return 'ja';
    if (counts.han === 0) return counts.kana > 0 ? 'ja' : 'ko';
    return counts.traditional > counts.simplified ? 'zh-Hant' : 'zh-Hans';
  }
  if (counts.arabic > counts.latin + counts.cyrillic) return 'ar';
  if (counts.cyrillic > counts.latin) return byFunctionWords(sample, ['ru']) === 'ru' ? 'ru' : 'und';
  const latin = byFunctionWords(sample, LATIN_LANGUAGES);
  return latin === 'und' ? byIndonesianWords(sample) : latin;
}

/** True for the tags whose text has no spaces between words (titles cut by character, not word). */
export function isCjkLanguage(tag: LanguageTag): boolean {
  return tag === 'zh-Hans' || tag === 'zh-Hant' || tag === 'ja' || tag === 'ko';
}
