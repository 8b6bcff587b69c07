/**
 * @module checks
 * The quality checks every deck is held to (in tests, the bench and `--json` output): every
 * top-level section appears as a slide title or agenda item; no slide is over its word budget;
 * no text box holds more text than its measured bounds.
 */
import { type LaidOutSlide, overflowingBoxes, type SlideSpec } from '../../formats/pptx/write-layout.ts';
import type { Outline } from './outline.ts';
import { countWords, MAX_BULLET_WORDS, shortenTitle } from './sentences.ts';
import { MAX_BULLETS, type PlannedSlide, SLIDE_WORD_BUDGET } from './storyline.ts';

export type DeckChecks = {
  readonly sections: number;
  readonly coveredSections: number;
  readonly missingSections: readonly string[];
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

/** Runs all checks over a planned and laid-out deck. */
export function checkDeck(
  outline: Outline,
  planned: readonly PlannedSlide[],
  laidOut: readonly LaidOutSlide[],
): DeckChecks {
  const visible = new Set<string>();
  for (const slide of planned) {
    const title = 'title' in slide.spec ? slide.spec.title : '';
    for (const piece of title.split(' · ')) visible.add(normalize(piece));
    if (slide.role === 'agenda')
      for (const box of slideTextItems(slide.spec).bullets)
        for (const item of box) visible.add(normalize(item));
  }
  const missingSections = outline.sections
    .map((section) => section.title)
    .filter((title) => {
      const wanted = [
        normalize(title),
        normalize(shortenTitle(title, 8)),
        normalize(shortenTitle(title, 5)),
        normalize(shortenTitle(title, 6)),
        normalize(shortenTitle(title)),
      ];
      return !wanted.some((text) => visible.has(text));
    });
  const overBudget = planned.flatMap((slide, index) => {
    const reason = budgetProblem(slide.spec);
    return reason ? [{ slide: index + 1, reason }] : [];
  });
  const overflowing = laidOut.flatMap((slide, index) =>
    overflowingBoxes(slide).map((box) => ({ slide: index + 1, box })),
  );
  return {
    sections: outline.sections.length,
    coveredSections: outline.sections.length - missingSections.length,
    missingSections,
    overBudget,
    overflowing,
  };
}
