/**
 * @module checks
 * The quality checks every deck is held to (in tests, the bench and `--json` output): every
 * heading a reader sees at the top of Word's navigation pane (and every part of a multi-part
 * document) appears as a slide title or agenda item; the deck's own words are in the
 * document's language; table cells are whole; no Word field code or error text reaches a
 * slide; no slide is over its word budget; no text box holds more text than its bounds.
 */
import { type LaidOutSlide, overflowingBoxes, type SlideSpec } from '../../formats/pptx/write-layout.ts';
import type { LanguageTag } from '../../lib/text/detect-language.ts';
import { foreignLabelsIn, LABEL_LANGUAGES, labelsForLanguage } from './labels.ts';
import {
  CONTENTS_HEADING,
  COVER_SEPARATOR,
  type NavigationEntry,
  type Outline,
  partHeadingTexts,
  rootIndexes,
  type TitleSource,
} from './outline.ts';
import { withoutPageCounter } from './page-counter.ts';
import { countWords, MAX_BULLET_WORDS, shortenTitle } from './sentences.ts';
import { MAX_BULLETS, type PlannedSlide, SLIDE_WORD_BUDGET } from './storyline.ts';

export type DeckChecks = {
  /** Headings counted for coverage: the navigation pane's top level, and the parts of the document. */
  readonly sections: number;
  readonly coveredSections: number;
  readonly missingSections: readonly string[];
  /** Share of the document's words in sections that have at least one slide (0–1). */
  readonly wordsCovered: number;
  readonly language: {
    readonly document: LanguageTag;
    readonly labels: LanguageTag;
    /** Deck words not in the document's language ("议程" on a Japanese deck). */
    readonly mismatches: readonly string[];
  };
  readonly titleSource: TitleSource;
  /** Table cells on slides that are not whole cells of the source ("…"-cut). */
  readonly truncatedCells: readonly { readonly slide: number; readonly cell: string }[];
  /** Word field codes or field error text on a slide or in its notes. */
  readonly artefacts: readonly { readonly slide: number; readonly text: string }[];
  /** 1-based slide numbers over the word budget, with the reason. */
  readonly overBudget: readonly { readonly slide: number; readonly reason: string }[];
  /** 1-based slide numbers and box names whose text exceeds the box. */
  readonly overflowing: readonly { readonly slide: number; readonly box: string }[];
};

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Visible text items of a slide outside its title: bullets, quote, labels, captions. */
export function slideTextItems(spec: SlideSpec): { bullets: string[][]; other: string[] } {
  switch (spec.layout) {
    case 'bullets':
      return { bullets: [spec.bullets.map((bullet) => bullet.text)], other: [] };
    case 'two-column':
      return {
        bullets: [spec.left.map((bullet) => bullet.text), spec.right.map((bullet) => bullet.text)],
        other: [spec.leftHeading ?? '', spec.rightHeading ?? ''],
      };
    case 'image':
      return { bullets: [(spec.bullets ?? []).map((bullet) => bullet.text)], other: [spec.caption ?? ''] };
    case 'quote':
      return { bullets: [], other: [spec.quote, spec.attribution ?? ''] };
    case 'figure':
      return { bullets: [], other: [spec.figure, spec.label, spec.detail ?? ''] };
    case 'title':
    case 'section':
      return { bullets: [], other: [spec.subtitle ?? ''] };
    case 'chart':
    case 'table':
      return { bullets: [], other: [spec.caption ?? ''] };
  }
}

/** Why a slide is over its word budget, or undefined when it is within it. */
export function budgetProblem(spec: SlideSpec): string | undefined {
  const { bullets, other } = slideTextItems(spec);
  for (const box of bullets) {
    if (box.length > MAX_BULLETS) return `${box.length} bullets in one box (at most ${MAX_BULLETS})`;
    const long = box.find((text) => countWords(text) > MAX_BULLET_WORDS);
    if (long) return `a bullet of ${countWords(long)} words (at most ${MAX_BULLET_WORDS}): "${long}"`;
  }
  const words = [...bullets.flat(), ...other].reduce((sum, text) => sum + countWords(text), 0);
  if (words > SLIDE_WORD_BUDGET) return `${words} words (at most ${SLIDE_WORD_BUDGET})`;
  return undefined;
}

/** Word field codes and the error text Word caches for broken fields, in the languages Word ships. */
const FIELD_ARTEFACT =
  /Error! (?:Reference source not found|Bookmark not defined|No text of specified style|Not a valid)|Fehler! (?:Verweisquelle|Textmarke)|Erreur ! (?:Source du renvoi|Signet non défini)|¡Error! No se encuentra|错误！未找到|エラー! 参照元|\b(?:PAGEREF|MERGEFIELD|MERGEFORMAT|HYPERLINK \\l|SEQ (?:Figure|Table) \\\*)\b|\b_Toc\d{5,}\b|\bTOC \\[ohzu]/;

/**
 * The headings coverage is counted against: the navigation pane's roots (and the level under
 * a lone root, which a reader expands), and the parts of a multi-part document.
 */
export function coverageHeadings(navigation: readonly NavigationEntry[]): string[] {
  const entries = navigation.filter((entry) => entry.text.trim());
  const roots = rootIndexes(entries);
  const wanted = new Set([...roots].map((index) => entries[index]?.text ?? ''));
  if (roots.size === 1) {
    const [root] = [...roots];
    const rootLevel = entries[root ?? 0]?.level ?? 1;
    const below = entries.filter((entry) => entry.level > rootLevel);
    const next = Math.min(...below.map((entry) => entry.level));
    for (const entry of below) if (entry.level === next) wanted.add(entry.text);
  }
  for (const part of partHeadingTexts(entries)) wanted.add(part);
  return [...wanted].filter((text) => text && !CONTENTS_HEADING.test(text));
}

function allText(spec: SlideSpec): string[] {
  const { bullets, other } = slideTextItems(spec);
  const cells = spec.layout === 'table' ? [...spec.header, ...spec.rows.flat()] : [];
  return ['title' in spec ? spec.title : '', ...bullets.flat(), ...other, ...cells, spec.notes ?? ''];
}

function sourceCells(outline: Outline): Set<string> {
  const cells = new Set<string>();
  for (const section of outline.sections)
    for (const part of section.parts)
      for (const block of part.blocks)
        if (block.kind === 'table')
          for (const row of block.rows)
            for (const cell of row) cells.add(cell.text.replace(/\s+/g, ' ').trim());
  return cells;
}

/** Runs all checks over a planned and laid-out deck. */
export function checkDeck(
  outline: Outline,
  planned: readonly PlannedSlide[],
  laidOut: readonly LaidOutSlide[],
  labelsLanguage: LanguageTag,
): DeckChecks {
  const visible = new Set<string>();
  for (const slide of planned) {
    const title = 'title' in slide.spec ? slide.spec.title : '';
    visible.add(normalize(title));
    // "Results (2/3)": one of the slides a section or a table is numbered over.
    visible.add(normalize(withoutPageCounter(title)));
    for (const piece of title.split(' · ')) visible.add(normalize(piece));
    // A cover page's heading lines are shown under the deck's title.
    if (slide.spec.layout === 'title' && slide.spec.subtitle)
      for (const piece of slide.spec.subtitle.split(COVER_SEPARATOR)) visible.add(normalize(piece));
    if (slide.role === 'agenda')
      for (const box of slideTextItems(slide.spec).bullets)
        for (const item of box) visible.add(normalize(item));
  }
  const shown = (title: string) =>
    [title, shortenTitle(title, 8), shortenTitle(title, 5), shortenTitle(title, 6), shortenTitle(title)].some(
      (text) => visible.has(normalize(text)),
    );
  // Against the navigation pane where the document has headings; against its own sections where it has none.
  const wanted =
    outline.navigation.length > 0
      ? coverageHeadings(outline.navigation)
      : [...(outline.cover ?? []), ...outline.sections.map((section) => section.title)];
  const missingSections = wanted.filter((title) => !shown(title));
  const withSlides = new Set(planned.flatMap((slide) => slide.sections));
  const totalWords = outline.sections.reduce((sum, section) => sum + section.words, 0);
  const coveredWords = outline.sections.reduce(
    (sum, section, index) => sum + (withSlides.has(index) ? section.words : 0),
    0,
  );
  const labels = labelsForLanguage(labelsLanguage);
  const mismatches: string[] = [];
  if (
    outline.language !== 'und' &&
    LABEL_LANGUAGES.includes(outline.language) &&
    labelsLanguage !== outline.language
  )
    mismatches.push(`labels in ${labelsLanguage} for a document in ${outline.language}`);
  for (const slide of planned) {
    if (slide.role !== 'agenda' && slide.role !== 'summary' && slide.role !== 'section') continue;
    const words = ['title' in slide.spec ? slide.spec.title : '', ...slideTextItems(slide.spec).other];
    for (const text of words) mismatches.push(...foreignLabelsIn(text, labels));
  }
  const cells = sourceCells(outline);
  const truncatedCells = planned.flatMap((slide, index) =>
    slide.spec.layout === 'table'
      ? [...slide.spec.header, ...slide.spec.rows.flat()]
          .filter((cell) => cell && (!cells.has(cell) || /…$/.test(cell)))
          .map((cell) => ({ slide: index + 1, cell }))
      : [],
  );
  const artefacts = planned.flatMap((slide, index) =>
    allText(slide.spec)
      .map((text) => FIELD_ARTEFACT.exec(text)?.[0])
      .filter((text): text is string => text !== undefined)
      .map((text) => ({ slide: index + 1, text })),
  );
  const overBudget = planned.flatMap((slide, index) => {
    const reason = budgetProblem(slide.spec);
    return reason ? [{ slide: index + 1, reason }] : [];
  });
  const overflowing = laidOut.flatMap((slide, index) =>
    overflowingBoxes(slide).map((box) => ({ slide: index + 1, box })),
  );
  return {
    sections: wanted.length,
    coveredSections: wanted.length - missingSections.length,
    missingSections,
    wordsCovered: totalWords === 0 ? 1 : coveredWords / totalWords,
    language: { document: outline.language, labels: labelsLanguage, mismatches },
    titleSource: outline.titleSource,
    truncatedCells,
    artefacts,
    overBudget,
    overflowing,
  };
}
