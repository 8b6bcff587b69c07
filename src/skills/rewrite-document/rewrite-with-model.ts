/**
 * @module rewrite-with-model
 * One paragraph rewritten by a configured model: a system message with the style, the rule
 * to keep every number, date and name, the language to write in, the JSON to answer with and
 * one short example; the paragraph as a data block (id, document title, section); the request
 * outside it. The answer is accepted only when it keeps the paragraph's facts (numbers,
 * dates and names compared as sets, `grounding/kept-facts.ts`), is still about the same
 * things (shares enough of the paragraph's words) and, for "shorter", is shorter; otherwise
 * the caller falls back for that paragraph and says why.
 */
import { z } from 'zod';
import type { AppError } from '../../lib/errors.ts';
import { buildPrompt, type LanguageModel, type PromptPart } from '../../models/index.ts';
import { formatDataBlock } from '../../models/prompt.ts';
import { DEFAULT_CONTEXT_TOKENS, estimateTextTokens, textSize } from '../../models/token-budget.ts';
import { checkKeptFacts } from '../grounding/kept-facts.ts';
import { lexicalSupport } from '../grounding/lexical-support.ts';
import { cleanModelText } from '../grounding/model-text.ts';
import { languageRule, todayRule } from '../grounding/prompt-rules.ts';

export type ModelStyle = 'shorter' | 'simpler' | 'formal' | 'casual';

export const RewrittenParagraph = z.object({ text: z.string().min(1) });

const STYLE_TASK: Record<ModelStyle, string> = {
  shorter:
    'Rewrite the paragraph to about half its length: keep its main points, drop repetition and filler.',
  simpler: 'Rewrite the paragraph in plain language: short sentences, common words, no jargon.',
  formal: 'Rewrite the paragraph in a formal, professional tone.',
  casual: 'Rewrite the paragraph in a friendly, conversational tone.',
};

/** Output tokens per input token, by style (a simpler text may run longer than its source). */
const STYLE_GROWTH: Record<ModelStyle, number> = { shorter: 1, simpler: 1.6, formal: 1.5, casual: 1.5 };

const STYLE_LABEL: Record<ModelStyle, string> = {
  shorter: 'to be shorter',
  simpler: 'in plain language',
  formal: 'in a formal tone',
  casual: 'in a casual tone',
};

const EXAMPLE_SOURCE =
  'As was discussed at length in the meeting that took place on 3 June, it has been decided by the team that Priya Nair will be responsible for preparing the budget of €12,000 for Q4, and that this will need to be done before 30 June.';
const STYLE_EXAMPLE: Record<ModelStyle, string> = {
  shorter: 'At the 3 June meeting the team chose Priya Nair to prepare the €12,000 Q4 budget by 30 June.',
  simpler:
    'The team met on 3 June. They chose Priya Nair to prepare the Q4 budget of €12,000. She must finish it by 30 June.',
  formal:
    'At the meeting of 3 June, the team decided that Priya Nair will prepare the Q4 budget of €12,000, to be completed by 30 June.',
  casual:
    'At the 3 June meeting we agreed Priya Nair will put together the €12,000 Q4 budget, done by 30 June.',
};

export type ParagraphInput = {
  readonly id: string;
  readonly text: string;
  readonly documentTitle: string;
  readonly section: string;
};

export type RewritePromptOptions = { readonly now: Date };

/** The prompt parts and token limit for one paragraph. */
export function paragraphPrompt(
  paragraph: ParagraphInput,
  style: ModelStyle,
  options: RewritePromptOptions,
): { parts: PromptPart[]; maxTokens: number } {
  const instructions = [
    'You rewrite one paragraph of a document.',
    STYLE_TASK[style],
    'Keep every number, date and name exactly as written, and add no facts that are not in the paragraph.',
    languageRule('paragraph', paragraph.text),
    todayRule(options.now),
    'Reply with one JSON object and nothing else: {"text": "the rewritten paragraph"}.',
  ].join(' ');
  return {
    parts: [
      { type: 'instructions', text: instructions },
      {
        type: 'example',
        input: `${formatDataBlock({ type: 'data', id: '4', title: 'Team notes', source: 'document body', content: EXAMPLE_SOURCE })}\nRewrite paragraph 4 ${STYLE_LABEL[style]}.`,
        output: JSON.stringify({ text: STYLE_EXAMPLE[style] }),
      },
      {
        type: 'data',
        id: paragraph.id,
        title: paragraph.documentTitle,
        source: paragraph.section ? `section "${paragraph.section}"` : 'document body',
        content: paragraph.text,
      },
      { type: 'request', text: `Rewrite paragraph ${paragraph.id} ${STYLE_LABEL[style]}.` },
    ],
    // Token budgets follow the text's tokens (one a character for Chinese), not its spaces.
    maxTokens: Math.min(4096, Math.ceil(estimateTextTokens(paragraph.text) * STYLE_GROWTH[style]) + 48),
  };
}

/** Why a model's rewrite of a paragraph was not used. */
export type RejectedRewrite =
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'lost-facts'; readonly missing: readonly string[]; readonly added: readonly string[] }
  | { readonly kind: 'not-shorter' }
  | { readonly kind: 'off-topic' }
  | { readonly kind: 'too-long' };

export type ParagraphRewrite =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly why: RejectedRewrite };

/** Content words a paragraph needs before its rewrite is held to sharing them (short ones may be said wholly anew). */
const MIN_TERMS_FOR_TOPIC_CHECK = 8;

/**
 * True when a rewrite of a paragraph of some length is mostly words the paragraph does not
 * have: a model that wrote about something else. A tone change may swap more words than a
 * shortening.
 */
function offTopic(source: string, rewrite: string, style: ModelStyle): boolean {
  if (lexicalSupport(source, [source]).terms < MIN_TERMS_FOR_TOPIC_CHECK) return false;
  const minShare = style === 'formal' || style === 'casual' ? 0.25 : 0.4;
  return !lexicalSupport(rewrite, [source], { minShare }).supported;
}

/** Rewrites one paragraph with the model and checks the answer. */
export async function rewriteParagraphWithModel(
  paragraph: ParagraphInput,
  style: ModelStyle,
  model: LanguageModel,
  options: RewritePromptOptions & { readonly signal?: AbortSignal; readonly contextTokens?: number },
): Promise<ParagraphRewrite> {
  const prompt = paragraphPrompt(paragraph, style, options);
  const promptTokens = estimateTextTokens(prompt.parts.map((part) => JSON.stringify(part)).join(''));
  if (promptTokens + prompt.maxTokens > (options.contextTokens ?? DEFAULT_CONTEXT_TOKENS) * 0.9)
    return { ok: false, why: { kind: 'too-long' } };
  const result = await model.generate(
    {
      messages: buildPrompt(prompt.parts),
      responseFormat: { type: 'json', schema: RewrittenParagraph, name: 'rewritten_paragraph' },
      maxTokens: prompt.maxTokens,
      temperature: 0.2,
    },
    options.signal,
  );
  if (!result.success) return { ok: false, why: { kind: 'failed', error: result.error } };
  const text = cleanModelText(RewrittenParagraph.parse(result.data.object).text);
  const facts = checkKeptFacts(paragraph.text, text);
  if (!facts.kept)
    return { ok: false, why: { kind: 'lost-facts', missing: facts.missing, added: facts.added } };
  if (style === 'shorter' && textSize(text) >= textSize(paragraph.text))
    return { ok: false, why: { kind: 'not-shorter' } };
  if (offTopic(paragraph.text, text, style)) return { ok: false, why: { kind: 'off-topic' } };
  return { ok: true, text };
}

/** A short reason, the same for every paragraph that failed the same way (so warnings group). */
export function rejectionReason(why: RejectedRewrite): string {
  switch (why.kind) {
    case 'failed':
      return `${why.error.message.replace(/\.$/, '')} (${why.error.code})`;
    case 'lost-facts': {
      const parts = [
        ...(why.missing.length ? [`dropped ${why.missing.map((fact) => `"${fact}"`).join(', ')}`] : []),
        ...(why.added.length ? [`added ${why.added.map((fact) => `"${fact}"`).join(', ')}`] : []),
      ];
      return `the model's rewrite ${parts.join(' and ')}`;
    }
    case 'not-shorter':
      return "the model's rewrite was not shorter";
    case 'off-topic':
      return "the model's rewrite shares too few words with the paragraph";
    case 'too-long':
      return "the paragraph is too long for the model's context";
  }
}
