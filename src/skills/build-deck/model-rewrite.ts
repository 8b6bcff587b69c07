/**
 * @module model-rewrite
 * With a configured model, the model writes each content slide's title and bullets from the
 * same source sentences the builtin storyline chose, through a JSON schema. The builtin checks
 * still apply to what comes back: at most six bullets of at most MAX_BULLET_WORDS words, every
 * bullet citing the sentences it came from, and text that fits its box; and each bullet must
 * be supported by the sentences it cites (`grounding/`), or it is dropped and counted. Each
 * source sentence is one data block whose id is the number bullets cite (one numbering). A
 * slide whose answer fails a check (or a failed call) keeps its builtin text, with a warning;
 * `engines` says who wrote each slide, and the deck's engine is `builtin` when the model
 * wrote none.
 */
import { z } from 'zod';
import type { Theme } from '../../formats/pptx/theme.ts';
import { bulletsFit } from '../../formats/pptx/write-layout.ts';
import type { Warning } from '../../lib/result.ts';
import { buildPrompt, type LanguageModel, type PromptPart } from '../../models/index.ts';
import { formatDataBlock } from '../../models/prompt.ts';
import { modelFailedWarning, modelRejectedWarning } from '../grounding/fallback-warnings.ts';
import { checkGroundedAnswer } from '../grounding/grounded-answer.ts';
import { cleanModelText } from '../grounding/model-text.ts';
import { cjkLanguageOf, languageRule, todayRule } from '../grounding/prompt-rules.ts';
import type { Outline } from './outline.ts';
import { countWords, MAX_BULLET_WORDS } from './sentences.ts';
import { MAX_BULLETS, type PlannedSlide, SLIDE_WORD_BUDGET } from './storyline.ts';

export const SlideTextSchema = z.object({
  title: z.string(),
  bullets: z.array(z.object({ text: z.string(), sources: z.array(z.number().int()) })),
});
export type SlideText = z.infer<typeof SlideTextSchema>;

/** The system message: the task, the schema in words, the date and the language to write in. */
function instructions(now: Date, sample: string): string {
  return [
    'You write the text of one presentation slide from source sentences; each sentence is one document with an id.',
    todayRule(now),
    `Reply with one JSON object and nothing else: {"title": "...", "bullets": [{"text": "...", "sources": [1]}]}: a title of at most 10 words and 2 to ${MAX_BULLETS} bullets of at most 12 words each.`,
    'Each bullet states one point from the sentences, in plain words, and lists in "sources" the ids of the sentences it comes from.',
    'Use only facts found in the sentences; copy numbers, dates and names exactly. Do not end bullets with a full stop.',
    languageRule('documents', sample),
  ].join(' ');
}

const EXAMPLE_INPUT = [
  formatDataBlock({
    type: 'data',
    id: '1',
    title: 'Launch',
    source: 'plan.docx',
    content: 'The launch moves from 20 April to 4 May because testing found two defects in the payment page.',
  }),
  formatDataBlock({
    type: 'data',
    id: '2',
    title: 'Launch',
    source: 'plan.docx',
    content: 'Lena Wu will send the revised plan to the sales team by Friday.',
  }),
  'Write the slide about "Launch" for the deck "Spring release".',
].join('\n');
const EXAMPLE_OUTPUT = JSON.stringify({
  title: 'Launch moves to 4 May',
  bullets: [
    { text: 'Two payment-page defects push the launch from 20 April', sources: [1] },
    { text: 'Lena Wu sends sales the revised plan by Friday', sources: [2] },
  ],
});

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
  /** Who wrote each slide: the model's engine, or `builtin` for slides it did not write or whose answer failed. */
  readonly engines: string[];
  /** The deck's engine: the model's when it wrote at least one slide, else `builtin`. */
  readonly engine: string;
  readonly warnings: Warning[];
};

/** Drops bullets that their cited sentences do not support; says why the slide falls back, if it does. */
function groundBullets(
  text: SlideText,
  passages: readonly string[],
): { bullets: SlideText['bullets']; dropped: number; problem?: string } {
  const shown = passages.map((sentence, n) => ({ id: String(n + 1), text: sentence }));
  const check = checkGroundedAnswer(
    {
      sentences: text.bullets.map((bullet) => ({ text: bullet.text, sources: bullet.sources })),
      no_answer: false,
    },
    shown,
  );
  const bullets = check.kept.map((bullet) => ({ text: bullet.text, sources: bullet.sources.map(Number) }));
  if (check.fallback) return { bullets, dropped: check.dropped.length, problem: check.fallback };
  if (bullets.length < Math.min(2, text.bullets.length))
    return {
      bullets,
      dropped: check.dropped.length,
      problem: 'too few bullets were supported by their sentences',
    };
  return { bullets, dropped: check.dropped.length };
}

/** Rewrites content slides' titles and bullets with a model; other slides pass through. */
export async function rewriteWithModel(
  planned: readonly PlannedSlide[],
  outline: Outline,
  options: {
    readonly model: LanguageModel;
    readonly theme: Theme;
    readonly signal?: AbortSignal;
    readonly now?: Date;
    readonly sourceName?: string;
  },
): Promise<RewriteResult> {
  const warnings: Warning[] = [];
  const engines: string[] = [];
  const slides: PlannedSlide[] = [];
  const now = options.now ?? new Date();
  const keep = (slide: PlannedSlide) => {
    slides.push(slide);
    engines.push('builtin');
  };
  for (const [index, slide] of planned.entries()) {
    if (slide.role !== 'content' || slide.spec.layout !== 'bullets' || !slide.passages?.length) {
      keep(slide);
      continue;
    }
    const passages = slide.passages;
    const section = slide.sections.map((n) => outline.sections[n]?.title).join('; ');
    const result = await options.model.generate(
      {
        messages: buildPrompt([
          { type: 'instructions', text: instructions(now, passages.join(' ').slice(0, 2000)) },
          { type: 'example', input: EXAMPLE_INPUT, output: EXAMPLE_OUTPUT },
          // One numbering: each source sentence is its own block, and its id is what bullets cite.
          ...passages.map(
            (sentence, n): PromptPart => ({
              type: 'data',
              id: String(n + 1),
              title: section,
              ...(options.sourceName ? { source: options.sourceName } : {}),
              content: sentence,
            }),
          ),
          { type: 'request', text: `Write the slide about "${section}" for the deck "${outline.title}".` },
        ]),
        responseFormat: { type: 'json', schema: SlideTextSchema, name: 'slide_text' },
        maxTokens: cjkLanguageOf(passages.join(' ')) ? 700 : 500,
        temperature: 0.2,
      },
      options.signal,
    );
    if (!result.success) {
      warnings.push(modelFailedWarning(result.error, `the builtin text for slide ${index + 1}`));
      keep(slide);
      continue;
    }
    const parsed = SlideTextSchema.safeParse(result.data.object);
    const shape = parsed.success
      ? checkSlideText(parsed.data, passages.length, options.theme)
      : 'the answer does not match the schema';
    const grounded = parsed.success && !shape ? groundBullets(parsed.data, passages) : undefined;
    const problem = shape ?? grounded?.problem;
    if (!parsed.success || !grounded || problem) {
      warnings.push(
        modelRejectedWarning(
          `slide ${index + 1} was rejected (${problem})`,
          `the builtin text for slide ${index + 1}`,
        ),
      );
      keep(slide);
      continue;
    }
    if (grounded.dropped > 0)
      warnings.push({
        type: 'lossy',
        message: `Slide ${index + 1}: ${grounded.dropped} of the model's bullets ${grounded.dropped === 1 ? 'was' : 'were'} dropped: not supported by the sentences ${grounded.dropped === 1 ? 'it cites' : 'they cite'}.`,
      });
    const cited = [...new Set(grounded.bullets.flatMap((bullet) => bullet.sources))].sort((a, b) => a - b);
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
        title: cleanModelText(parsed.data.title),
        bullets: grounded.bullets.map((bullet) => ({ text: bullet.text.trim().replace(/\.$/, '') })),
        notes,
      },
    });
    engines.push(result.data.engine);
  }
  const engine = engines.find((name) => name !== 'builtin') ?? 'builtin';
  return { slides, engines, engine, warnings };
}
