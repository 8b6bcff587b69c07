/**
 * @module token-budget
 * Token arithmetic for prompts without a tokenizer: about four characters a token for
 * alphabetic text, and about one token a character for Chinese, Japanese and Korean (their
 * characters are words or syllables; 7B–8B tokenizers spend one to two tokens on each). Used
 * to size `maxTokens` and to fit passages into a model's context window.
 */

const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/gu;

/** The context window assumed when the configuration does not give one (`contextSize`). */
export const DEFAULT_CONTEXT_TOKENS = 4096;

/** An estimate of the tokens a text takes (rounded up; at least 1 for non-empty text). */
export function estimateTextTokens(text: string): number {
  if (!text) return 0;
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  return Math.ceil(cjk + (text.length - cjk) / 4);
}

/** A length that is comparable across scripts: words for alphabetic text, characters ÷ 2 for CJK. */
export function textSize(text: string): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const rest = text.replace(CJK_CHAR, ' ');
  return rest.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length + Math.ceil(cjk / 2);
}

export type ContextBudget = {
  /** The model's context window in tokens (default 4096). */
  readonly contextTokens?: number;
  /** Tokens the fixed part of the prompt takes (instructions, examples, request). */
  readonly promptTokens: number;
  /** Tokens kept free for the answer. */
  readonly answerTokens: number;
};

/** Tokens left for data blocks, with a 10% margin for the estimate's error. */
export function dataTokenBudget(budget: ContextBudget): number {
  const context = budget.contextTokens ?? DEFAULT_CONTEXT_TOKENS;
  return Math.max(0, Math.floor(context * 0.9) - budget.promptTokens - budget.answerTokens);
}

/** Takes items in the order given while their estimated tokens fit the budget (always at least the first, cut to fit). */
export function fitToBudget<T>(items: readonly T[], textOf: (item: T) => string, budget: number): T[] {
  const out: T[] = [];
  let used = 0;
  for (const item of items) {
    const cost = estimateTextTokens(textOf(item)) + 12;
    if (used + cost > budget) {
      if (out.length === 0) out.push(item);
      continue;
    }
    out.push(item);
    used += cost;
  }
  return out;
}
