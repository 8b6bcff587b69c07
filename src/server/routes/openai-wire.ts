/**
 * @module openai-wire
 * OpenAI Chat Completions wire format (https://platform.openai.com/docs/api-reference/chat):
 * the request schema we accept and the converters between it and our GenerateRequest /
 * GenerateResponse. Unknown fields are accepted and ignored, as OpenAI-compatible servers do.
 */
import { z } from 'zod';
import type { ChatMessage, FinishReason, GenerateRequest, TokenUsage } from '../../models/language-model.ts';

const ContentPart = z.looseObject({ type: z.string(), text: z.string().optional() });

export const ChatCompletionsRequest = z.looseObject({
  model: z.string().optional(),
  messages: z
    .array(
      z.looseObject({
        role: z.enum(['system', 'developer', 'user', 'assistant']),
        content: z.union([z.string(), z.array(ContentPart)]).nullable(),
      }),
    )
    .min(1),
  max_tokens: z.number().int().positive().optional(),
  max_completion_tokens: z.number().int().positive().optional(),
  temperature: z.number().min(0).max(2).optional(),
  stop: z.union([z.string(), z.array(z.string()).max(8)]).optional(),
  seed: z.number().int().optional(),
  stream: z.boolean().optional(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullable().optional(),
  response_format: z
    .union([
      z.object({ type: z.literal('text') }),
      z.object({ type: z.literal('json_object') }),
      z.object({
        type: z.literal('json_schema'),
        json_schema: z.looseObject({
          name: z.string().optional(),
          schema: z.record(z.string(), z.unknown()),
          strict: z.boolean().nullable().optional(),
        }),
      }),
    ])
    .optional(),
});
export type ChatCompletionsRequest = z.infer<typeof ChatCompletionsRequest>;

function contentText(content: ChatCompletionsRequest['messages'][number]['content']): string {
  if (content === null) return '';
  if (typeof content === 'string') return content;
  return content
    .filter((part) => part.type === 'text' && typeof part.text === 'string')
    .map((part) => part.text)
    .join('');
}

export function toGenerateRequest(body: ChatCompletionsRequest): GenerateRequest {
  const messages: ChatMessage[] = body.messages.map((message) => ({
    role: message.role === 'developer' ? 'system' : message.role,
    content: contentText(message.content),
  }));
  const maxTokens = body.max_completion_tokens ?? body.max_tokens;
  const format = body.response_format;
  return {
    messages,
    ...(maxTokens !== undefined ? { maxTokens } : {}),
    ...(body.temperature !== undefined ? { temperature: body.temperature } : {}),
    ...(body.stop !== undefined ? { stop: typeof body.stop === 'string' ? [body.stop] : body.stop } : {}),
    ...(body.seed !== undefined ? { seed: body.seed } : {}),
    ...(format?.type === 'json_schema'
      ? {
          responseFormat: {
            type: 'json',
            schema: format.json_schema.schema,
            ...(format.json_schema.name ? { name: format.json_schema.name } : {}),
          },
        }
      : format?.type === 'json_object'
        ? { responseFormat: { type: 'json', schema: { type: 'object' } } }
        : {}),
  };
}

export function toOpenAIFinishReason(reason: FinishReason): 'stop' | 'length' {
  return reason === 'length' ? 'length' : 'stop';
}

export function toOpenAIUsage(usage: TokenUsage) {
  return {
    prompt_tokens: usage.inputTokens,
    completion_tokens: usage.outputTokens,
    total_tokens: usage.totalTokens,
  };
}
