/**
 * @module deck-input
 * What a deck is made from: a readable file (.docx, .md, .pdf, .odt, .html, .txt...) read into
 * a Document, or, when INPUT is not a file, a prompt. A prompt with Markdown headings is read
 * as Markdown; with a model configured, a plain prompt is first turned into an outline by the
 * model (through a JSON schema); without one, the prompt's own text is the content.
 */
import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { z } from 'zod';
import type { Block, Document } from '../../formats/model.ts';
import { readBuffer, readFile } from '../../formats/read-file.ts';
import { fail, OfficemateError } from '../../lib/errors.ts';
import type { Warning } from '../../lib/result.ts';
import { buildPrompt, type LanguageModel } from '../../models/index.ts';
import { languageRule, todayRule } from '../grounding/prompt-rules.ts';
import { splitSentences } from './sentences.ts';

export type DeckSource = {
  readonly document: Document;
  readonly sourceName: string;
  readonly fromPrompt: boolean;
  readonly warnings: readonly Warning[];
};

const FILE_LIKE = /\.(?:docx|docm|doc|odt|md|markdown|pdf|txt|html?|rtf|pptx|xlsx)$/i;

/** True when INPUT names a file (it exists, or looks like a path to one). */
export function looksLikeFile(input: string): boolean {
  return existsSync(input) || (!/\s/.test(input.trim()) && (FILE_LIKE.test(input) || input.includes('/')));
}

export const PromptOutlineSchema = z.object({
  title: z.string(),
  sections: z.array(z.object({ heading: z.string(), points: z.array(z.string()) })),
});

function documentFromOutline(outline: z.infer<typeof PromptOutlineSchema>): Document {
  const blocks: Block[] = [];
  let line = 1;
  for (const section of outline.sections) {
    blocks.push({ kind: 'heading', level: 1, text: section.heading, locator: { line: line++ } });
    for (const point of section.points)
      blocks.push({ kind: 'paragraph', text: point, locator: { line: line++ } });
  }
  return { type: 'document', format: 'prompt', metadata: { title: outline.title }, blocks };
}

/** The prompt's own text as a document: first line as title, the rest as paragraphs. */
export function documentFromPromptText(prompt: string): Document {
  const lines = prompt
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const first = lines[0] ?? prompt.trim();
  const title = splitSentences(first)[0] ?? first;
  const blocks: Block[] = lines.map((text, index) => ({
    kind: 'paragraph',
    text,
    locator: { line: index + 1 },
  }));
  return { type: 'document', format: 'prompt', metadata: { title: title.replace(/[.!?]$/, '') }, blocks };
}

/** The system message for outlining a prompt: the task, the schema in words, the date and the language. */
function outlineInstructions(now: Date, request: string): string {
  return [
    "You plan a presentation from the user's request.",
    todayRule(now),
    'Reply with one JSON object and nothing else: {"title": "...", "sections": [{"heading": "...", "points": ["..."]}]}, with 3 to 7 sections; each section has a short heading and 2 to 5 points, each a complete sentence of at most 20 words.',
    'Do not invent figures, dates or names the request does not give.',
    languageRule('question', request),
  ].join(' ');
}

const OUTLINE_EXAMPLE_INPUT =
  'Plan a presentation for this request: a short talk for new staff on how we handle expense claims';
const OUTLINE_EXAMPLE_OUTPUT = JSON.stringify({
  title: 'Expense claims in practice',
  sections: [
    {
      heading: 'What you can claim',
      points: [
        'Travel, meals and equipment bought for work can be claimed.',
        'Keep every receipt, paper or digital.',
      ],
    },
    {
      heading: 'How to claim',
      points: ['Submit claims in the finance portal.', 'Your manager approves each claim before it is paid.'],
    },
    {
      heading: 'Common mistakes',
      points: [
        'Claims without receipts are returned.',
        'Personal purchases mixed with work ones slow approval down.',
      ],
    },
  ],
});

/** Reads INPUT into a Document, asking the model for an outline when INPUT is a plain prompt. */
export async function resolveDeckInput(
  input: string,
  options: { model?: LanguageModel; signal?: AbortSignal; now?: Date } = {},
): Promise<DeckSource> {
  if (looksLikeFile(input)) {
    const result = await readFile(input);
    if (!result.success) throw new OfficemateError(result.error);
    if (result.data.type !== 'document') {
      fail(
        'format_unsupported',
        `${basename(input)} is a ${result.data.type}, not a document a deck can be made from.`,
        {
          hint: 'deck reads Word (.docx), Markdown, PDF, OpenDocument text, HTML and plain text.',
          path: input,
        },
      );
    }
    return { document: result.data, sourceName: basename(input), fromPrompt: false, warnings: [] };
  }
  if (/^#{1,6}\s/m.test(input)) {
    const result = await readBuffer('prompt.md', Buffer.from(input, 'utf8'));
    if (result.success && result.data.type === 'document')
      return { document: result.data, sourceName: 'the prompt', fromPrompt: true, warnings: [] };
  }
  if (options.model && options.model.engine !== 'builtin') {
    const result = await options.model.generate(
      {
        messages: buildPrompt([
          { type: 'instructions', text: outlineInstructions(options.now ?? new Date(), input) },
          { type: 'example', input: OUTLINE_EXAMPLE_INPUT, output: OUTLINE_EXAMPLE_OUTPUT },
          // The user's own request is the instruction here, never a data block.
          { type: 'request', text: `Plan a presentation for this request: ${input}` },
        ]),
        responseFormat: { type: 'json', schema: PromptOutlineSchema, name: 'deck_outline' },
        maxTokens: 1200,
        temperature: 0.3,
      },
      options.signal,
    );
    if (result.success) {
      const outline = PromptOutlineSchema.parse(result.data.object);
      if (outline.sections.length > 0)
        return {
          document: documentFromOutline(outline),
          sourceName: 'the prompt',
          fromPrompt: true,
          warnings: [],
        };
    }
    const reason = result.success ? 'the outline had no sections' : result.error.message;
    return {
      document: documentFromPromptText(input),
      sourceName: 'the prompt',
      fromPrompt: true,
      warnings: [
        {
          type: 'other',
          message: `The model could not outline the prompt (${reason}); the deck uses the prompt's own text.`,
        },
      ],
    };
  }
  return {
    document: documentFromPromptText(input),
    sourceName: 'the prompt',
    fromPrompt: true,
    warnings: [
      {
        type: 'other',
        message:
          'No model is configured, so the deck is made from the prompt text itself. Configure a model (--engine) to have it write the content, or pass a document.',
      },
    ],
  };
}

export function isPptxPath(path: string): boolean {
  return extname(path).toLowerCase() === '.pptx';
}
