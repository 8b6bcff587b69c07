/**
 * @module model-rewrite
 * With a configured model, the model writes each content slide's title and bullets from the
 * same source sentences the builtin storyline chose, through a JSON schema. The builtin checks
 * still apply to what comes back: at most six bullets of at most MAX_BULLET_WORDS words, every
 * bullet citing the numbered sentences it came from, and text that fits its box. A slide whose
 * answer fails a check (or a failed call) keeps its builtin text, with a warning.
 */
import { z } from 'zod';
import type { Theme } from '../../formats/pptx/theme.ts';
import { bulletsFit } from '../../formats/pptx/write-layout.ts';
import type { Warning } from '../../lib/result.ts';
import { buildPrompt, type LanguageModel } from '../../models/index.ts';
import type { Outline } from './outline.ts';
import { countWords, MAX_BULLET_WORDS } from './sentences.ts';
import { MAX_BULLETS, type PlannedSlide, SLIDE_WORD_BUDGET } from './storyline.ts';

export const SlideTextSchema = z.object({
  title: z.string(),
  bullets: z.array(z.object({ text: z.string(), sources: z.array(z.number().int()) })),
});
export type SlideText = z.infer<typeof SlideTextSchema>;

const INSTRUCTIONS = [
  'You write the text of one presentation slide from numbered source sentences.',
  `Return a title of at most 10 words and 2 to ${MAX_BULLETS} bullets of at most 12 words each.`,
  'Each bullet states one point from the sentences, in plain words, and lists the numbers of the sentences it comes from in "sources".',
  'Use only facts found in the sentences. Do not end bullets with a full stop.',
].join(' ');

/** Why a model's slide text fails the builtin checks, or undefined when it passes. */
export function checkSlideText(text: SlideText, passages: number, theme: Theme): string | undefined {
  const title = text.title.trim();
  if (!title) return 'the title is empty';
  if (countWords(title) > 14) return `the title has ${countWords(title)} words`;
  if (text.bullets.length === 0 || text.bullets.length > MAX_BULLETS) return `${text.bullets.length} bullets`;
  for (const bullet of text.bullets) {
    if (!bullet.text.trim()) return 'an empty bullet';
    if (countWords(bullet.text) > MAX_BULLET_WORDS) return `a bullet of ${countWords(bullet.text)} words`;
    if (bullet.sources.length === 0) return `the bullet "${bullet.text}" cites no source sentence`;
    if (bullet.sources.some((source) => source < 1 || source > passages))
      return `the bullet "${bullet.text}" cites a sentence that does not exist`;
  }
  if (text.bullets.reduce((sum, bullet) => sum + countWords(bullet.text), 0) > SLIDE_WORD_BUDGET)
    return 'too many words';
  if (
    !bulletsFit(
      text.bullets.map((bullet) => ({ text: bullet.text.trim() })),
      theme,
    )
  )
    return 'the bullets do not fit the slide';
  return undefined;
}

export type RewriteResult = {
  readonly slides: PlannedSlide[];
  readonly engine: string;
  readonly warnings: Warning[];
};

/** Rewrites content slides' titles and bullets with a model; other slides pass through. */
export async function rewriteWithModel(
  planned: readonly PlannedSlide[],
  outline: Outline,
  options: { readonly model: LanguageModel; readonly theme: Theme; readonly signal?: AbortSignal },
): Promise<RewriteResult> {
  const warnings: Warning[] = [];
  let engine: string = options.model.engine;
  const slides: PlannedSlide[] = [];
  for (const [index, slide] of planned.entries()) {
    if (slide.role !== 'content' || slide.spec.layout !== 'bullets' || !slide.passages?.length) {
      slides.push(slide);
      continue;
    }
    const passages = slide.passages;
    const section = slide.sections.map((n) => outline.sections[n]?.title).join('; ');
    const result = await options.model.generate(
      {
        messages: buildPrompt([
          { type: 'instructions', text: INSTRUCTIONS },
          { type: 'output-schema', schema: SlideTextSchema },
          {
            type: 'data',
            id: String(index + 1),
            title: section,
            content: passages.map((sentence, n) => `[${n + 1}] ${sentence}`).join('\n'),
          },
          { type: 'request', text: `Write slide ${index + 1} of "${outline.title}", about "${section}".` },
        ]),
        responseFormat: { type: 'json', schema: SlideTextSchema, name: 'slide_text' },
        maxTokens: 500,
        temperature: 0.2,
      },
      options.signal,
    );
    if (!result.success) {
      warnings.push({
        type: 'other',
        message: `Slide ${index + 1}: the model call failed (${result.error.message}); kept the extractive text.`,
      });
      slides.push(slide);
      continue;
    }
    engine = result.data.engine;
    const parsed = SlideTextSchema.safeParse(result.data.object);
    const problem = parsed.success
      ? checkSlideText(parsed.data, passages.length, options.theme)
      : 'the answer does not match the schema';
    if (!parsed.success || problem) {
      warnings.push({
        type: 'other',
        message: `Slide ${index + 1}: the model's text was rejected (${problem}); kept the extractive text.`,
      });
      slides.push(slide);
      continue;
    }
    const cited = [...new Set(parsed.data.bullets.flatMap((bullet) => bullet.sources))].sort((a, b) => a - b);
    const notes = [
      cited.map((n) => `[${n}] ${passages[n - 1]}`).join('\n'),
      slide.spec.notes?.split('\n').at(-1) ?? '',
    ]
      .filter(Boolean)
      .join('\n\n');
    slides.push({
      ...slide,
      spec: {
        layout: 'bullets',
        title: parsed.data.title.trim(),
        bullets: parsed.data.bullets.map((bullet) => ({ text: bullet.text.trim().replace(/\.$/, '') })),
        notes,
      },
    });
  }
  return { slides, engine, warnings };
}
