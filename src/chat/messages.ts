/**
 * @module messages
 * What ask says when it has no answer, in the language the question was asked in (English,
 * Chinese in traditional or simplified script, Japanese, Korean).
 */

export type Language = 'en' | 'zh-Hant' | 'zh-Hans' | 'ja' | 'ko';

const KANA = /[\u3040-\u30ff]/;
const HANGUL = /[\uac00-\ud7af]/;
const HAN = /[\u4e00-\u9fff]/;
/** Characters written only in the traditional script. */
const TRADITIONAL =
  /[麼這個們說對時間會資門車東來為與無從義後當開關長備註欄數專業區書見頁風飛馬魚鳥線網號碼話電腦單貨運費價錢銀額應該請問題還進過節點體語讀寫聽買賣辦務處理經濟發現實際會議記錄聯絡產業級學習]/;

export function questionLanguage(question: string): Language {
  if (KANA.test(question)) return 'ja';
  if (HANGUL.test(question)) return 'ko';
  if (HAN.test(question)) return TRADITIONAL.test(question) ? 'zh-Hant' : 'zh-Hans';
  return 'en';
}

const NO_ANSWER: Readonly<Record<Language, string>> = {
  en: 'I found nothing in your indexed work that answers this.',
  'zh-Hant': '在已索引的資料中找不到能回答這個問題的內容。',
  'zh-Hans': '在已索引的资料中找不到能回答这个问题的内容。',
  ja: 'インデックス済みの資料には、この質問に答える内容が見つかりませんでした。',
  ko: '색인된 자료에서 이 질문에 답하는 내용을 찾지 못했습니다.',
};

const EMPTY_INDEX: Readonly<Record<Language, string>> = {
  en: 'Nothing is indexed yet; run officemate index PATH to index your files (or upload them in the web app), then ask again.',
  'zh-Hant': '尚未建立任何索引；請先執行 officemate index PATH 為檔案建立索引，再提問。',
  'zh-Hans': '尚未建立任何索引；请先运行 officemate index PATH 为文件建立索引，再提问。',
  ja: 'まだ何もインデックスされていません。officemate index PATH でファイルをインデックスしてから、もう一度質問してください。',
  ko: '아직 색인된 것이 없습니다. officemate index PATH 로 파일을 색인한 뒤 다시 질문하세요.',
};

export function noAnswerMessage(question: string): string {
  return NO_ANSWER[questionLanguage(question)];
}

export function emptyIndexMessage(question: string): string {
  return EMPTY_INDEX[questionLanguage(question)];
}
