/**
 * @module scripted-language-model
 * A scripted `LanguageModel` for skill tests: it answers from a list of replies in order
 * (or from a function of the request) and records every request it got. It goes through the
 * same core as the real engines, so JSON validation, the repair retry, streaming, usage and
 * abort behave exactly as in production.
 *
 * @example
 * const model = createScriptedLanguageModel({ replies: ['{"summary":"ok"}'] });
 * const result = await model.generate({ messages, responseFormat: { type: 'json', schema } });
 * expect(model.calls).toHaveLength(1);
 */
import { type AppError, OfficemateError } from '../../lib/errors.ts';
import { abortableSleep } from '../abortable-sleep.ts';
import { createModelFromDriver, estimateTokens } from '../engine-driver.ts';
import type { FinishReason, GenerateRequest, LanguageModel } from '../language-model.ts';
import { usageOf } from '../language-model.ts';

/** A reply: text, a value (sent as JSON text), a typed error, or a full scripted result. */
export type ScriptedReply =
  | string
  | { readonly text: string; readonly finishReason?: FinishReason }
  | { readonly json: unknown }
  | { readonly error: AppError };

export type ScriptedLanguageModelConfig = {
  /** Replies used in order; the last one repeats when calls outnumber them. */
  readonly replies?: readonly ScriptedReply[];
  /** Or compute the reply from the request. */
  readonly reply?: (request: GenerateRequest, callIndex: number) => ScriptedReply;
  readonly modelId?: string;
  /** Delay between streamed words, in ms (default 0), to test cancellation. */
  readonly delayMs?: number;
};

export type ScriptedLanguageModel = LanguageModel & {
  /** Every request received, in order (repair retries included). */
  readonly calls: GenerateRequest[];
};

export function createScriptedLanguageModel(config: ScriptedLanguageModelConfig): ScriptedLanguageModel {
  const calls: GenerateRequest[] = [];
  const model = createModelFromDriver({
    engine: 'mock',
    modelId: config.modelId ?? 'scripted',
    async run({ request, signal, onDelta }) {
      const index = calls.length;
      calls.push(request);
      const replies = config.replies ?? [];
      const reply = config.reply
        ? config.reply(request, index)
        : replies[Math.min(index, replies.length - 1)];
      if (reply === undefined) throw new Error('The scripted model has no reply configured.');
      if (typeof reply === 'object' && 'error' in reply) throw new OfficemateError(reply.error);
      const full =
        typeof reply === 'string' ? reply : 'json' in reply ? JSON.stringify(reply.json) : reply.text;
      // Stop sequences cut the text before the first one, as real engines do.
      const stops = (request.stop ?? []).map((stop) => full.indexOf(stop)).filter((index) => index >= 0);
      const text = full.slice(0, Math.min(full.length, ...stops));
      const finishReason =
        typeof reply === 'object' && 'finishReason' in reply ? (reply.finishReason ?? 'stop') : 'stop';
      const words = text.match(/\s*\S+\s*/g) ?? [text];
      const limit = request.maxTokens ?? Number.POSITIVE_INFINITY;
      let out = '';
      for (const [count, word] of words.entries()) {
        if (count >= limit)
          return { text: out, finishReason: 'length', usage: usageOf(inputTokensOf(request), count) };
        if (config.delayMs) await abortableSleep(config.delayMs, signal);
        if (signal.aborted) throw signal.reason;
        out += word;
        onDelta?.(word);
      }
      return {
        text: out,
        finishReason,
        usage: usageOf(inputTokensOf(request), Math.min(words.length, limit)),
      };
    },
  });
  return Object.assign(model, { calls });
}

function inputTokensOf(request: GenerateRequest): number {
  return request.messages.reduce((sum, message) => sum + estimateTokens(message.content), 0);
}
