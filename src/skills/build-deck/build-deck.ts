/**
 * @module build-deck
 * The build-deck skill: a Document in, a finished .pptx out. Outline → storyline (builtin,
 * extractive) → optional rewrite of titles and bullets by a language model (same outline, same
 * checks) → layout with measured text fit → pptxgenjs → transitions and builds.
 */
import type { Document } from '../../formats/model.ts';
import { getTheme, type Theme, type TransitionStyle } from '../../formats/pptx/theme.ts';
import { writePptx } from '../../formats/pptx/write-pptx.ts';
import type { Warning } from '../../lib/result.ts';
import type { LanguageModel } from '../../models/index.ts';
import { checkDeck, type DeckChecks } from './checks.ts';
import { rewriteWithModel } from './model-rewrite.ts';
import { outlineDocument } from './outline.ts';
import { planStoryline, type SlideRole } from './storyline.ts';

export type BuildDeckInput = {
  readonly document: Document;
  /** The source's file name (or "prompt"), cited in speaker notes. */
  readonly sourceName: string;
  readonly slides?: number;
  readonly theme?: string;
  /** Transitions and bullet builds (default true). */
  readonly animations?: boolean;
  readonly transition?: TransitionStyle;
  /** A configured model writes titles and bullets; absent or builtin keeps the extractive text. */
  readonly model?: LanguageModel;
  readonly signal?: AbortSignal;
};

export type DeckSlideSummary = {
  readonly index: number;
  readonly title: string;
  readonly layout: string;
  readonly role: SlideRole;
  readonly notes?: string;
  /** Shape names that build bullet by bullet. */
  readonly builds: readonly string[];
};

export type BuiltDeck = {
  readonly bytes: Buffer;
  readonly engine: string;
  readonly theme: Theme;
  readonly slides: readonly DeckSlideSummary[];
  readonly checks: DeckChecks;
  readonly warnings: readonly Warning[];
};

/** "q3_board-report.docx" → "Q3 board report". */
export function titleFromFileName(name: string): string {
  const stem = name
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return stem ? stem.charAt(0).toUpperCase() + stem.slice(1) : 'Presentation';
}

/** Builds a deck from a document. Throws OfficemateError on bad options. */
export async function buildDeck(input: BuildDeckInput): Promise<BuiltDeck> {
  const theme = getTheme(input.theme);
  const outline = outlineDocument(input.document, titleFromFileName(input.sourceName));
  let planned = planStoryline(outline, {
    sourceName: input.sourceName,
    theme,
    ...(input.slides ? { slides: input.slides } : {}),
  });
  let engine = 'builtin';
  const warnings: Warning[] = [];
  if (input.model && input.model.engine !== 'builtin') {
    const rewritten = await rewriteWithModel(planned, outline, {
      model: input.model,
      theme,
      ...(input.signal ? { signal: input.signal } : {}),
    });
    planned = rewritten.slides;
    engine = rewritten.engine;
    warnings.push(...rewritten.warnings);
  }
  const written = await writePptx(
    {
      title: outline.title,
      ...(input.document.metadata.author ? { author: input.document.metadata.author } : {}),
      slides: planned.map((slide) => slide.spec),
    },
    {
      theme,
      motion:
        input.animations === false
          ? false
          : { transition: input.transition ?? theme.transition, animate: 'bullets' },
    },
  );
  const checks = checkDeck(outline, planned, written.slides);
  const slides = planned.map(
    (slide, index): DeckSlideSummary => ({
      index: index + 1,
      title: slide.spec.title,
      layout: slide.spec.layout,
      role: slide.role,
      ...(slide.spec.notes ? { notes: slide.spec.notes } : {}),
      builds: written.motion?.slides[index]?.animatedShapeNames ?? [],
    }),
  );
  return { bytes: written.bytes, engine, theme, slides, checks, warnings };
}
