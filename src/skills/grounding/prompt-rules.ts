/**
 * @module prompt-rules
 * Sentences every skill's system message carries, written once: today's date (models do not
 * know it, and relative dates in documents need it), and the language to answer in. Small
 * models follow "answer in the language of the text" better when told which language that is.
 */

const CJK_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff]/gu;
const KANA = /[\u3040-\u30ff]/u;
const HANGUL = /[\uac00-\ud7af]/u;
const LETTER = /\p{L}/gu;

/** "Today is Thursday, 12 March 2026." in English, whatever the user's locale. */
export function todayRule(now: Date): string {
  const day = now.toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return `Today is ${day.replace(/^(\w+) /, '$1, ')}.`;
}

/** The main language of a text when it is one a reader could mistake: Chinese, Japanese or Korean. */
export function cjkLanguageOf(text: string): 'Chinese' | 'Japanese' | 'Korean' | undefined {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return undefined;
  const han = text.match(CJK_CHAR)?.length ?? 0;
  if (KANA.test(text) && han / letters > 0.2) return 'Japanese';
  if (HANGUL.test(text) && (text.match(/[\uac00-\ud7af]/gu)?.length ?? 0) / letters > 0.3) return 'Korean';
  return han / letters > 0.3 ? 'Chinese' : undefined;
}

/** "Write in the language of the …", naming the language when the sample is Chinese, Japanese or Korean. */
export function languageRule(of: 'documents' | 'paragraph' | 'question', sample: string): string {
  const language = cjkLanguageOf(sample);
  const rule = `Write in the same language as the ${of}.`;
  return language
    ? `${rule} The ${of} ${of === 'documents' ? 'are' : 'is'} in ${language}, so write in ${language}.`
    : rule;
}
