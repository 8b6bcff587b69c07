/**
 * @module labels
 * The deck's own words (agenda, summary, next steps, part, continued, source...) in the
 * document's language, from one table. `labelsFor` picks the row for a detected language;
 * languages without a row fall back to English and say so, so the check can report it.
 */
import { detectLanguage, type LanguageTag } from '../../lib/text/detect-language.ts';

/** The deck's own words, in one language. `{n}`, `{source}` are filled in. */
type LabelRow = {
  readonly columnsInNotes: string;
  readonly introduction: string;
  readonly agenda: string;
  readonly summary: string;
  readonly summaryAndNextSteps: string;
  readonly keyPoints: string;
  readonly nextSteps: string;
  readonly continued: string;
  readonly part: string;
  readonly basedOn: string;
  readonly source: string;
};

const LABEL_TABLE: Readonly<Partial<Record<LanguageTag, LabelRow>>> = {
  en: {
    columnsInNotes: '{n} more column(s) in the notes',
    introduction: 'Introduction',
    agenda: 'Agenda',
    summary: 'Summary',
    summaryAndNextSteps: 'Summary and next steps',
    keyPoints: 'Key points',
    nextSteps: 'Next steps',
    continued: '(continued)',
    part: 'Part {n}',
    basedOn: 'Based on {source}',
    source: 'Source: {source}',
  },
  de: {
    columnsInNotes: '{n} weitere Spalte(n) in den Notizen',
    introduction: 'Einleitung',
    agenda: 'Agenda',
    summary: 'Zusammenfassung',
    summaryAndNextSteps: 'Zusammenfassung und nächste Schritte',
    keyPoints: 'Kernpunkte',
    nextSteps: 'Nächste Schritte',
    continued: '(Fortsetzung)',
    part: 'Teil {n}',
    basedOn: 'Nach {source}',
    source: 'Quelle: {source}',
  },
  fr: {
    columnsInNotes: '{n} autre(s) colonne(s) dans les notes',
    introduction: 'Introduction',
    agenda: 'Ordre du jour',
    summary: 'Synthèse',
    summaryAndNextSteps: 'Synthèse et prochaines étapes',
    keyPoints: 'Points clés',
    nextSteps: 'Prochaines étapes',
    continued: '(suite)',
    part: 'Partie {n}',
    basedOn: "D'après {source}",
    source: 'Source : {source}',
  },
  es: {
    columnsInNotes: '{n} columna(s) más en las notas',
    introduction: 'Introducción',
    agenda: 'Agenda',
    summary: 'Resumen',
    summaryAndNextSteps: 'Resumen y próximos pasos',
    keyPoints: 'Puntos clave',
    nextSteps: 'Próximos pasos',
    continued: '(continuación)',
    part: 'Parte {n}',
    basedOn: 'Basado en {source}',
    source: 'Fuente: {source}',
  },
  it: {
    columnsInNotes: '{n} altra/e colonna/e nelle note',
    introduction: 'Introduzione',
    agenda: 'Agenda',
    summary: 'Sintesi',
    summaryAndNextSteps: 'Sintesi e prossimi passi',
    keyPoints: 'Punti chiave',
    nextSteps: 'Prossimi passi',
    continued: '(continua)',
    part: 'Parte {n}',
    basedOn: 'Da {source}',
    source: 'Fonte: {source}',
  },
  pt: {
    columnsInNotes: '{n} coluna(s) a mais nas notas',
    introduction: 'Introdução',
    agenda: 'Agenda',
    summary: 'Resumo',
    summaryAndNextSteps: 'Resumo e próximos passos',
    keyPoints: 'Pontos-chave',
    nextSteps: 'Próximos passos',
    continued: '(continuação)',
    part: 'Parte {n}',
    basedOn: 'Com base em {source}',
    source: 'Fonte: {source}',
  },
  nl: {
    columnsInNotes: '{n} extra kolom(men) in de notities',
    introduction: 'Inleiding',
    agenda: 'Agenda',
    summary: 'Samenvatting',
    summaryAndNextSteps: 'Samenvatting en volgende stappen',
    keyPoints: 'Kernpunten',
    nextSteps: 'Volgende stappen',
    continued: '(vervolg)',
    part: 'Deel {n}',
    basedOn: 'Op basis van {source}',
    source: 'Bron: {source}',
  },
  pl: {
    columnsInNotes: '{n} kolumn(y) więcej w notatkach',
    introduction: 'Wprowadzenie',
    agenda: 'Plan',
    summary: 'Podsumowanie',
    summaryAndNextSteps: 'Podsumowanie i dalsze kroki',
    keyPoints: 'Najważniejsze punkty',
    nextSteps: 'Dalsze kroki',
    continued: '(cd.)',
    part: 'Część {n}',
    basedOn: 'Na podstawie {source}',
    source: 'Źródło: {source}',
  },
  ru: {
    columnsInNotes: 'Ещё столбцов в заметках: {n}',
    introduction: 'Введение',
    agenda: 'Содержание',
    summary: 'Итоги',
    summaryAndNextSteps: 'Итоги и следующие шаги',
    keyPoints: 'Главное',
    nextSteps: 'Следующие шаги',
    continued: '(продолжение)',
    part: 'Часть {n}',
    basedOn: 'По материалам {source}',
    source: 'Источник: {source}',
  },
  ar: {
    columnsInNotes: '{n} أعمدة أخرى في الملاحظات',
    introduction: 'مقدمة',
    agenda: 'جدول الأعمال',
    summary: 'ملخص',
    summaryAndNextSteps: 'ملخص والخطوات التالية',
    keyPoints: 'النقاط الرئيسية',
    nextSteps: 'الخطوات التالية',
    continued: '(تابع)',
    part: 'الجزء {n}',
    basedOn: 'استنادًا إلى {source}',
    source: 'المصدر: {source}',
  },
  'zh-Hans': {
    columnsInNotes: '另有 {n} 列见备注',
    introduction: '引言',
    agenda: '议程',
    summary: '总结',
    summaryAndNextSteps: '总结与下一步',
    keyPoints: '要点',
    nextSteps: '下一步',
    continued: '（续）',
    part: '第 {n} 部分',
    basedOn: '来源：{source}',
    source: '来源：{source}',
  },
  'zh-Hant': {
    columnsInNotes: '另有 {n} 欄見備註',
    introduction: '引言',
    agenda: '議程',
    summary: '總結',
    summaryAndNextSteps: '總結與下一步',
    keyPoints: '要點',
    nextSteps: '下一步',
    continued: '（續）',
    part: '第 {n} 部分',
    basedOn: '來源：{source}',
    source: '來源：{source}',
  },
  ja: {
    columnsInNotes: '他 {n} 列はノートに記載',
    introduction: 'はじめに',
    agenda: 'アジェンダ',
    summary: 'まとめ',
    summaryAndNextSteps: 'まとめと今後の対応',
    keyPoints: '要点',
    nextSteps: '今後の対応',
    continued: '（続き）',
    part: '第{n}部',
    basedOn: '出典：{source}',
    source: '出典：{source}',
  },
  ko: {
    columnsInNotes: '나머지 {n}개 열은 메모에 있음',
    introduction: '소개',
    agenda: '목차',
    summary: '요약',
    summaryAndNextSteps: '요약 및 다음 단계',
    keyPoints: '핵심 내용',
    nextSteps: '다음 단계',
    continued: '(계속)',
    part: '제{n}부',
    basedOn: '출처: {source}',
    source: '출처: {source}',
  },
};

/** Labels with a number or a source name filled in. */
type Templated = 'part' | 'basedOn' | 'source' | 'columnsInNotes';

/** The deck's own words, in the document's language. */
export type DeckLabels = Omit<LabelRow, Templated> & {
  /** The language the labels are written in. */
  readonly language: LanguageTag;
  readonly part: (n: number) => string;
  readonly basedOn: (source: string) => string;
  readonly source: (source: string) => string;
  readonly columnsInNotes: (n: number) => string;
};

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);
}

function fromRow(language: LanguageTag, row: LabelRow): DeckLabels {
  return {
    ...row,
    language,
    part: (n) => fill(row.part, { n: String(n) }),
    basedOn: (source) => fill(row.basedOn, { source }),
    source: (source) => fill(row.source, { source }),
    columnsInNotes: (n) => fill(row.columnsInNotes, { n: String(n) }),
  };
}

/** The languages the table has a row for. */
export const LABEL_LANGUAGES = Object.keys(LABEL_TABLE) as LanguageTag[];

/** Labels for a language; English for "und" and for languages without a row. */
export function labelsForLanguage(language: LanguageTag): DeckLabels {
  const row = LABEL_TABLE[language];
  return row ? fromRow(language, row) : fromRow('en', LABEL_TABLE.en as LabelRow);
}

/** Labels for the language of a text. */
export function labelsForText(text: string): DeckLabels {
  return labelsForLanguage(detectLanguage(text));
}

/**
 * Fixed label words of every other language found in a slide title: "议程" on a Japanese deck.
 * Words shared by two languages' rows (Agenda in English and German) count for neither.
 */
export function foreignLabelsIn(title: string, labels: DeckLabels): string[] {
  const own = new Set(fixedWords(labels.language));
  const found: string[] = [];
  for (const language of LABEL_LANGUAGES) {
    if (language === labels.language) continue;
    for (const word of fixedWords(language))
      if (!own.has(word) && title.includes(word) && !found.includes(word)) found.push(word);
  }
  return found;
}

function fixedWords(language: LanguageTag): string[] {
  const row = LABEL_TABLE[language];
  if (!row) return [];
  return [row.agenda, row.summary, row.summaryAndNextSteps, row.keyPoints, row.nextSteps, row.continued];
}
