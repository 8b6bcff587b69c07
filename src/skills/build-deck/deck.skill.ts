/**
 * @module deck-skill
 * `deck`: a finished PowerPoint deck (notes, transitions, builds) from a document the caller
 * may read, or from a prompt.
 */
import { z } from 'zod';
import { PPTX_MEDIA_TYPE } from '../../formats/media-type.ts';
import { isTransitionStyle, TRANSITION_STYLES } from '../../formats/pptx/theme.ts';
import { fail } from '../../lib/errors.ts';
import { stemOf } from '../read-source.ts';
import { defineSkill, FileRef, generativeModel } from '../skill.ts';
import { buildDeck, writeDeck } from './build-deck.ts';
import { looksLikeFile, resolveDeckInput } from './deck-input.ts';

export const deckSkill = defineSkill({
  id: 'deck',
  description:
    'Turn a Word document, Markdown, PDF or a prompt into a PowerPoint deck with speaker notes, transitions and builds.',
  input: z
    .object({
      source: FileRef.optional().describe('The document to turn into a deck.'),
      prompt: z.string().min(1).max(20_000).optional().describe('Or: what the deck is about.'),
      slides: z.number().int().min(3).max(60).optional(),
      theme: z.string().max(40).optional(),
      transition: z.enum(TRANSITION_STYLES as unknown as [string, ...string[]]).optional(),
      animations: z.boolean().default(true),
    })
    .refine((input) => Boolean(input.source) !== Boolean(input.prompt), {
      message: 'give exactly one of source (a document) and prompt',
    }),
  output: z.looseObject({
    slides: z.number(),
    engine: z.string(),
    theme: z.string(),
    language: z.string(),
    titleSource: z.string(),
    titles: z.array(z.string()),
    slideDetails: z.array(z.unknown()),
    checks: z.unknown(),
    warnings: z.array(z.object({ type: z.string(), message: z.string() })),
  }),
  async execute(input, context) {
    const model = generativeModel(context);
    const file = input.source ? await context.readSource(input.source) : undefined;
    let deckInput: string;
    if (file) deckInput = file.path;
    else {
      const prompt = input.prompt ?? '';
      // A prompt is never read as a path: files come through `source` and its permissions.
      if (looksLikeFile(prompt))
        fail('bad_usage', 'The prompt looks like a file name.', { hint: 'Pass the document as "source".' });
      deckInput = prompt;
    }
    const source = await resolveDeckInput(deckInput, {
      ...(model ? { model } : {}),
      signal: context.signal,
      now: context.clock.now(),
    });
    const deck = await buildDeck({
      document: source.document,
      sourceName: file?.name ?? source.sourceName,
      ...(input.slides !== undefined ? { slides: input.slides } : {}),
      ...(input.theme ? { theme: input.theme } : {}),
      animations: input.animations,
      ...(input.transition && isTransitionStyle(input.transition) ? { transition: input.transition } : {}),
      ...(model ? { model } : {}),
      signal: context.signal,
      now: context.clock.now(),
    });
    const warnings = [...source.warnings, ...deck.warnings];
    return {
      data: {
        slides: deck.slides.length,
        engine: deck.engine,
        theme: deck.theme.name,
        language: deck.language,
        titleSource: deck.titleSource,
        titles: deck.slides.map((slide) => slide.title),
        slideDetails: deck.slides.map((slide) => ({
          index: slide.index,
          title: slide.title,
          layout: slide.layout,
          role: slide.role,
          engine: slide.engine,
          builds: slide.builds,
        })),
        checks: deck.checks,
        warnings,
      },
      artifacts: [
        {
          name: `${stemOf(file?.name ?? 'deck')} deck.pptx`,
          bytes: await writeDeck(deck),
          contentType: PPTX_MEDIA_TYPE,
        },
      ],
      warnings,
    };
  },
});
