/**
 * @module build-deck
 * The build-deck skill: a Document in, a deck model out; `writeDeck` turns the model into
 * .pptx bytes at the edge. Outline (title, language, sections from the navigation pane's
 * structure) → storyline (builtin, extractive) → optional rewrite of titles and bullets by a
 * language model (same outline, same checks) → layout with measured text fit → checks.
 */
import type { Document } from '../../formats/model.ts';
import { getTheme, type Theme, type TransitionStyle } from '../../formats/pptx/theme.ts';
import { buildTargets, type DeckSpec } from '../../formats/pptx/write-layout.ts';
import { layoutDeck, writePptx } from '../../formats/pptx/write-pptx.ts';
import type { Warning } from '../../lib/result.ts';
import type { LanguageTag } from '../../lib/text/detect-language.ts';
import type { LanguageModel } from '../../models/index.ts';
import { checkDeck, type DeckChecks } from './checks.ts';
import { labelsForLanguage } from './labels.ts';
import { rewriteWithModel } from './model-rewrite.ts';
import { outlineDocument, type TitleSource, titleFromFileName } from './outline.ts';
import { planStoryline, type SlideRole } from './storyline.ts';

export { titleFromFileName };

export type BuildDeckInput = {
  readonly document: Document;
  /** The source's file name (or "prompt"), cited in speaker notes. */
  readonly sourceName: string;
  /** A target: a document with less to say gets fewer slides, and a notice says so. */
  readonly slides?: number;
  readonly theme?: string;
  /** Transitions and bullet builds (default true). */
  readonly animations?: boolean;
  readonly transition?: TransitionStyle;
  /** A configured model writes titles and bullets; absent or builtin keeps the extractive text. */
  readonly model?: LanguageModel;
  readonly signal?: AbortSignal;
  /** Today, for the model's prompt (default: now). */
  readonly now?: Date;
};

export type DeckSlideSummary = {
  readonly index: number;
  readonly title: string;
  readonly layout: string;
  readonly role: SlideRole;
  /** Who wrote the slide's text: `builtin` or the model's engine. */
  readonly engine: string;
  readonly notes?: string;
  /** Shape names that build bullet by bullet. */
  readonly builds: readonly string[];
};

/** A planned, laid-out and checked deck: everything but the bytes. */
export type DeckModel = {
  readonly spec: DeckSpec;
  readonly engine: string;
  readonly theme: Theme;
  readonly transition: TransitionStyle | false;
  readonly language: LanguageTag;
  readonly titleSource: TitleSource;
  readonly slides: readonly DeckSlideSummary[];
  readonly checks: DeckChecks;
  /** Model fallbacks and notices (a short document given fewer slides than asked for). */
  readonly warnings: readonly Warning[];
};

/** Plans and checks a deck from a document. Throws OfficemateError on bad options. */
export async function buildDeck(input: BuildDeckInput): Promise<DeckModel> {
  const theme = getTheme(input.theme);
  const outline = outlineDocument(input.document, input.sourceName);
  const labels = labelsForLanguage(outline.language);
  let planned = planStoryline(outline, {
    sourceName: input.sourceName,
    theme,
    labels,
    ...(input.slides ? { slides: input.slides } : {}),
  });
  let engine = 'builtin';
  let engines: readonly string[] = planned.map(() => 'builtin');
  const warnings: Warning[] = [];
  if (input.slides && planned.length < input.slides)
    warnings.push({
      type: 'other',
      message: `${input.sourceName} has enough content for ${planned.length} slides, not ${input.slides}; the deck has ${planned.length} rather than repeat or pad.`,
    });
  if (input.model && input.model.engine !== 'builtin') {
    const rewritten = await rewriteWithModel(planned, outline, {
      model: input.model,
      theme,
      sourceName: input.sourceName,
      ...(input.signal ? { signal: input.signal } : {}),
      ...(input.now ? { now: input.now } : {}),
    });
    planned = rewritten.slides;
    engine = rewritten.engine;
    engines = rewritten.engines;
    warnings.push(...rewritten.warnings);
  }
  const spec: DeckSpec = {
    title: outline.title,
    ...(input.document.metadata.author ? { author: input.document.metadata.author } : {}),
    slides: planned.map((slide) => slide.spec),
  };
  const laidOut = layoutDeck(spec, theme);
  const animate = input.animations !== false;
  const slides = planned.map(
    (slide, index): DeckSlideSummary => ({
      index: index + 1,
      title: slide.spec.title,
      layout: slide.spec.layout,
      role: slide.role,
      engine: engines[index] ?? 'builtin',
      ...(slide.spec.notes ? { notes: slide.spec.notes } : {}),
      builds: animate && laidOut[index] ? buildTargets(laidOut[index]) : [],
    }),
  );
  return {
    spec,
    engine,
    theme,
    transition: animate ? (input.transition ?? theme.transition) : false,
    language: outline.language,
    titleSource: outline.titleSource,
    slides,
    checks: checkDeck(outline, planned, laidOut, labels.language),
    warnings,
  };
}

/** Writes a deck model to .pptx bytes (with its transitions and bullet builds). */
export async function writeDeck(deck: DeckModel): Promise<Buffer> {
  const written = await writePptx(deck.spec, {
    theme: deck.theme,
    motion: deck.transition === false ? false : { transition: deck.transition, animate: 'bullets' },
  });
  return written.bytes;
}
