/**
 * @module messages
 * What ask says when it has no answer, in the language the question was asked in (English,
 * Chinese in traditional or simplified script, Japanese, Korean, Russian, German, French, Spanish).
 */

import { detectLanguage } from '../lib/text/detect-language.ts';

export type Language = 'en' | 'zh-Hant' | 'zh-Hans' | 'ja' | 'ko' | 'ru' | 'de' | 'fr' | 'es';

const KANA = /[\u3040-\u30ff]/;
const HANGUL = /[\uac00-\ud7af]/;
const HAN = /[\u4e00-\u9fff]/;
/** Characters written only in the traditional script. */
const TRADITIONAL =
  /[麼這個們說對時間會資門車東來為與無從義後當開關長備註欄數專業區書見頁風飛馬魚鳥線網號碼話電腦單貨運費價錢銀額應該請問題還進過節點體語讀寫聽買賣辦務處理經濟發現實際會議記錄聯絡產業級學習]/;

/**
 * What tells a question in another language written in Latin or Cyrillic letters: how it begins
 * (its question word) or letters English does not use. A question may fit more than one
 * ("quando" is Italian and Portuguese).
 */
export const QUESTION_CUES = {
  de: /^\s*(?:wer|wen|wem|wessen|wo|wohin|woher|wann|wie|warum|welche[rs]?|was)\s|[äöüß]/i,
  es: /^\s*¿|^\s*(?:qué|quién|quiénes|dónde|cuándo|cuánt[oa]s?|cómo)\s/i,
  fr: /^\s*(?:quand|qui|que|quoi|quel(?:le)?s?|où|combien|comment|pourquoi|qu['’]|jusqu['’]|est-ce|à quel|de quel|en quel|dans quel|pour quel|par quel)(?=[\s'’-])|\s\?\s*$/i,
  it: /^\s*(?:chi|che|cosa|qual[ei]?|quando|dove|perch[ée]|come|quant[oaie])\s/i,
  pt: /^\s*(?:quem|que|qual|quais|quando|onde|por ?que|como|quant[oa]s?)\s|[ãõ]/i,
  pl: /^\s*(?:kto|co|gdzie|kiedy|dlaczego|jak|ile|któr\p{L}*|jaki\p{L}*|czy)\s|[ąęłńśźż]/iu,
  ru: /[а-яё]/i,
} as const satisfies Readonly<Record<string, RegExp>>;

/** Languages of Latin or Cyrillic letters with their own messages. */
const WORDED: ReadonlySet<string> = new Set(['ru', 'de', 'fr', 'es']);
/**
 * Cues trusted when a question is too short to tell by its words: not German's, whose "was" and
 * umlauts also start English questions and spell names in them ("What did Müller say?").
 */
const CUED = ['ru', 'fr', 'es'] as const;
/** How a French or Spanish question opens: its question word, or "¿". */
const QUESTION_OPENINGS: Readonly<Record<(typeof CUED)[number], RegExp>> = {
  ru: QUESTION_CUES.ru,
  fr: /^\s*(?:quand|qui|que|quoi|quel(?:le)?s?|où|combien|comment|pourquoi|qu['’]|jusqu['’]|est-ce|à quel|de quel|en quel|dans quel|pour quel|par quel)(?=[\s'’-])/i,
  es: QUESTION_CUES.es,
};
/**
 * German question words no English question opens with ("wer", "wann", "welche", not "was"):
 * a question that opens with one is German even when its other words are too few or too
 * mixed to tell.
 */
const GERMAN_OPENING =
  /^\s*(?:wer|wem|wessen|wo|wohin|woher|wann|warum|wieso|weshalb|weswegen|wieviele?|welche[mnrs]?)\s+\p{L}/iu;

export function questionLanguage(question: string): Language {
  if (KANA.test(question)) return 'ja';
  if (HANGUL.test(question)) return 'ko';
  if (HAN.test(question)) return TRADITIONAL.test(question) ? 'zh-Hant' : 'zh-Hans';
  const detected = detectLanguage(question);
  // French and Spanish share "la" and "de": a question their words cannot tell apart is told by
  // how it opens ("¿Quién escribió sobre la demora de …?" is Spanish, not French).
  const opening = CUED.find(
    (language) => language !== detected && QUESTION_OPENINGS[language].test(question),
  );
  if (
    WORDED.has(detected) &&
    opening &&
    !QUESTION_OPENINGS[detected as (typeof CUED)[number]]?.test(question)
  )
    return opening;
  if (WORDED.has(detected)) return detected as Language;
  if (GERMAN_OPENING.test(question)) return 'de';
  if (detected !== 'und') return 'en';
  return CUED.find((language) => QUESTION_CUES[language].test(question)) ?? 'en';
}

const NO_ANSWER: Readonly<Record<Language, string>> = {
  en: 'I found nothing in your indexed work that answers this.',
  'zh-Hant': '在已索引的資料中找不到能回答這個問題的內容。',
  'zh-Hans': '在已索引的资料中找不到能回答这个问题的内容。',
  ja: 'インデックス済みの資料には、この質問に答える内容が見つかりませんでした。',
  ko: '색인된 자료에서 이 질문에 답하는 내용을 찾지 못했습니다.',
  ru: 'В проиндексированных материалах не нашлось ничего, что отвечает на этот вопрос.',
  de: 'In den indexierten Unterlagen habe ich nichts gefunden, was diese Frage beantwortet.',
  fr: "Je n'ai rien trouvé dans vos documents indexés qui réponde à cette question.",
  es: 'No encontré nada en sus documentos indexados que responda a esta pregunta.',
};

const EMPTY_INDEX: Readonly<Record<Language, string>> = {
  en: 'Nothing is indexed yet; run officemate index PATH to index your files (or upload them in the web app), then ask again.',
  'zh-Hant': '尚未建立任何索引；請先執行 officemate index PATH 為檔案建立索引，再提問。',
  'zh-Hans': '尚未建立任何索引；请先运行 officemate index PATH 为文件建立索引，再提问。',
  ja: 'まだ何もインデックスされていません。officemate index PATH でファイルをインデックスしてから、もう一度質問してください。',
  ko: '아직 색인된 것이 없습니다. officemate index PATH 로 파일을 색인한 뒤 다시 질문하세요.',
  ru: 'Пока ничего не проиндексировано: выполните officemate index PATH (или загрузите файлы в веб-приложении) и спросите снова.',
  de: 'Noch ist nichts indexiert: führen Sie officemate index PATH aus (oder laden Sie die Dateien in der Web-App hoch) und fragen Sie dann erneut.',
  fr: "Rien n'est encore indexé : lancez officemate index PATH (ou déposez vos fichiers dans l'application web), puis reposez la question.",
  es: 'Todavía no hay nada indexado: ejecute officemate index PATH (o suba sus archivos en la aplicación web) y vuelva a preguntar.',
};

export function noAnswerMessage(question: string): string {
  return NO_ANSWER[questionLanguage(question)];
}

export function emptyIndexMessage(question: string): string {
  return EMPTY_INDEX[questionLanguage(question)];
}
