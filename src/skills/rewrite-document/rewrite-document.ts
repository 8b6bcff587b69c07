/**
 * @module rewrite-document
 * Rewrites a document's prose while keeping its structure: headings, lists, tables and
 * images stay where they are; only paragraph and list text changes. Builtin: shorter (keep
 * each paragraph's most central sentences, cut wordiness) and simpler (plain words, split
 * long sentences). Tone changes (formal, casual) need a language model.
 */
import { z } from 'zod';
import type { Block, Document, Run } from '../../formats/model.ts';
import { fail } from '../../lib/errors.ts';
import { splitSentences } from '../../lib/text/sentences.ts';
import { buildPrompt, type LanguageModel } from '../../models/index.ts';
import { sentenceRelevance } from '../summarize-document/rank-sentences.ts';
import { textUnits } from '../summarize-document/text-units.ts';
import { shortenSentence, simplifySentence } from './plain-language.ts';

export const RewriteStyle = {
  Shorter: 'shorter',
  Simpler: 'simpler',
  Formal: 'formal',
  Casual: 'casual',
} as const;
export type RewriteStyle = (typeof RewriteStyle)[keyof typeof RewriteStyle];

export type RewriteResult = {
  readonly document: Document;
  readonly engine: string;
  readonly paragraphsChanged: number;
  readonly wordsBefore: number;
  readonly wordsAfter: number;
};

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function isProse(block: Block): block is Extract<Block, { kind: 'paragraph' | 'list-item' }> {
  return block.kind === 'paragraph' || block.kind === 'list-item';
}

/** New text for a block; formatting that covered the whole paragraph (all bold, all italic) is kept. */
function withText<B extends Extract<Block, { kind: 'paragraph' | 'list-item' }>>(block: B, text: string): B {
  if (text === block.text) return block;
  const runs = block.runs ?? [];
  const all = (key: 'bold' | 'italic' | 'underline') =>
    runs.length > 0 && runs.every((run) => !run.text.trim() || run[key]);
  const run: Run = {
    text,
    ...(all('bold') ? { bold: true } : {}),
    ...(all('italic') ? { italic: true } : {}),
    ...(all('underline') ? { underline: true } : {}),
  };
  return { ...block, text, runs: [run] };
}

function rewriteBuiltin(document: Document, style: 'shorter' | 'simpler'): Map<number, string> {
  const changes = new Map<number, string>();
  const units = textUnits(document);
  const relevance = sentenceRelevance(units);
  const scoreOf = new Map(units.map((unit, i) => [`${unit.block}:${unit.text}`, relevance[i]!]));
  document.blocks.forEach((block, index) => {
    if (!isProse(block) || !block.text.trim()) return;
    const sentences = splitSentences(block.text).map((span) => span.text);
    let kept = sentences;
    if (style === 'shorter' && sentences.length > 1) {
      const keep = Math.ceil(sentences.length / 2);
      const ranked = sentences.map((sentence, i) => ({
        i,
        score: (scoreOf.get(`${index}:${sentence}`) ?? 0) + (i === 0 ? 0.02 : 0),
      }));
      const chosen = new Set(
        ranked
          .sort((a, b) => b.score - a.score)
          .slice(0, keep)
          .map((item) => item.i),
      );
      kept = sentences.filter((_, i) => chosen.has(i));
    }
    const rewritten = (style === 'shorter' ? kept.map(shortenSentence) : kept.flatMap(simplifySentence)).join(
      ' ',
    );
    if (rewritten && rewritten !== block.text.trim()) changes.set(index, rewritten);
  });
  return changes;
}

const TONE_INSTRUCTIONS: Record<RewriteStyle, string> = {
  shorter: 'Rewrite the paragraph to be about half as long. Keep every fact, name, number and date.',
  simpler:
    'Rewrite the paragraph in plain language with short sentences. Keep every fact, name, number and date.',
  formal: 'Rewrite the paragraph in a formal, professional tone. Keep every fact, name, number and date.',
  casual: 'Rewrite the paragraph in a friendly, conversational tone. Keep every fact, name, number and date.',
};

const RewrittenParagraph = z.object({ text: z.string().min(1) });

async function rewriteWithModel(
  document: Document,
  style: RewriteStyle,
  model: LanguageModel,
  signal: AbortSignal,
): Promise<Map<number, string>> {
  const changes = new Map<number, string>();
  for (const [index, block] of document.blocks.entries()) {
    if (!isProse(block) || words(block.text) < 3) continue;
    const result = await model.generate(
      {
        messages: buildPrompt([
          {
            type: 'instructions',
            text: `${TONE_INSTRUCTIONS[style]} Answer with JSON {"text": "..."} holding only the rewritten paragraph.`,
          },
          { type: 'data', id: String(index + 1), title: 'paragraph', content: block.text },
          { type: 'request', text: 'Rewrite the paragraph in the data block.' },
        ]),
        responseFormat: { type: 'json', schema: RewrittenParagraph },
        maxTokens: Math.min(1024, 64 + words(block.text) * 3),
        temperature: 0.2,
      },
      signal,
    );
    if (!result.success)
      fail(result.error.code, result.error.message, result.error.hint ? { hint: result.error.hint } : {});
    const text = RewrittenParagraph.parse(result.data.object).text.trim();
    if (text && text !== block.text) changes.set(index, text);
  }
  return changes;
}

export async function rewriteDocument(
  document: Document,
  style: RewriteStyle,
  model: LanguageModel,
  signal: AbortSignal = new AbortController().signal,
): Promise<RewriteResult> {
  let changes: Map<number, string>;
  let engine: string;
  if (model.engine === 'builtin') {
    if (style === 'formal' || style === 'casual') {
      fail(
        'model_capability',
        `Changing the tone to ${style} needs a language model; the builtin engine only makes text shorter or simpler.`,
        {
          hint: 'Configure a model: --engine llama-cpp --model FILE.gguf, or --engine openai-compatible --base-url URL --model NAME.',
        },
      );
    }
    changes = rewriteBuiltin(document, style);
    engine = 'builtin';
  } else {
    changes = await rewriteWithModel(document, style, model, signal);
    engine = model.engine;
  }
  const blocks = document.blocks.map((block, index) => {
    const text = changes.get(index);
    return text !== undefined && isProse(block) ? withText(block, text) : block;
  });
  const proseWords = (items: readonly Block[]) =>
    items.filter(isProse).reduce((sum, block) => sum + words(block.text), 0);
  return {
    document: { ...document, blocks },
    engine,
    paragraphsChanged: changes.size,
    wordsBefore: proseWords(document.blocks),
    wordsAfter: proseWords(blocks),
  };
}
