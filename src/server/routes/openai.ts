/**
 * @module openai
 * Officemate's OpenAI-compatible endpoint: `GET /v1/models` and `POST /v1/chat/completions`
 * (streaming over SSE and not) for the configured engine, so other tools can use the user's
 * local model. `response_format: json_schema` is honoured: llama.cpp constrains decoding with
 * a grammar built from the schema, and the answer is validated before it is returned.
 */
import { randomUUID } from 'node:crypto';
import { zValidator } from '@hono/zod-validator';
import { type Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { LanguageModel, ModelStreamPart } from '../../models/language-model.ts';
import { presentError, statusFor } from '../presenters/present-error.ts';
import {
  ChatCompletionsRequest,
  toGenerateRequest,
  toOpenAIFinishReason,
  toOpenAIUsage,
} from './openai-wire.ts';

export type OpenAIRoutesOptions = {
  /** The model to serve (already metered, if metering is wanted). */
  readonly model: LanguageModel;
  /** The model for one request (metered for its caller); default `model`. */
  readonly modelFor?: (c: Context) => LanguageModel;
  /** When set, requests must send `Authorization: Bearer <apiKey>`. */
  readonly apiKey?: string;
  /** Creation time reported by /v1/models (seconds since the epoch). */
  readonly createdAt?: number;
};

export function createOpenAIRoutes(options: OpenAIRoutesOptions): Hono {
  const routes = new Hono();
  const created = options.createdAt ?? Math.floor(Date.now() / 1000);
  const { model } = options;

  if (options.apiKey) {
    const expected = `Bearer ${options.apiKey}`;
    routes.use('*', async function requireApiKey(c, next) {
      if (c.req.header('authorization') !== expected) {
        return c.json(
          presentError({
            code: 'unauthorized',
            message: 'Missing or wrong API key.',
            hint: 'Send Authorization: Bearer <the key officemate serve was given>.',
          }),
          401,
        );
      }
      await next();
    });
  }

  routes.get('/models', (c) =>
    c.json({
      object: 'list',
      data: [{ id: model.modelId, object: 'model', created, owned_by: `officemate-${model.engine}` }],
    }),
  );

  routes.post(
    '/chat/completions',
    zValidator('json', ChatCompletionsRequest, (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.join('.') || 'body';
        return c.json(
          presentError({
            code: 'bad_usage',
            message: `Invalid request: ${where}: ${issue?.message ?? 'invalid'}.`,
          }),
          400,
        );
      }
    }),
    async (c) => {
      const body = c.req.valid('json');
      const served = options.modelFor?.(c) ?? model;
      const request = toGenerateRequest(body);
      const id = `chatcmpl-${randomUUID()}`;
      const createdNow = Math.floor(Date.now() / 1000);
      const modelName = body.model ?? served.modelId;

      if (!body.stream) {
        const result = await served.generate(request, c.req.raw.signal);
        if (!result.success) return c.json(presentError(result.error), statusFor(result.error));
        return c.json({
          id,
          object: 'chat.completion',
          created: createdNow,
          model: modelName,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: result.data.text },
              finish_reason: toOpenAIFinishReason(result.data.finishReason),
            },
          ],
          usage: toOpenAIUsage(result.data.usage),
          ...(result.warnings.length ? { officemate_warnings: result.warnings } : {}),
        });
      }

      const includeUsage = body.stream_options?.include_usage === true;
      const controller = new AbortController();
      const abort = () => controller.abort();
      c.req.raw.signal.addEventListener('abort', abort, { once: true });
      // The first part is awaited before the stream opens: a request the model refuses at once
      // (no model configured, unreachable, over quota) gets an HTTP error status, as without stream.
      const parts = served.stream(request, controller.signal)[Symbol.asyncIterator]();
      const first = await parts.next();
      if (!first.done && first.value.type === 'error') {
        c.req.raw.signal.removeEventListener('abort', abort);
        return c.json(presentError(first.value.error), statusFor(first.value.error));
      }
      async function* rest(): AsyncGenerator<ModelStreamPart> {
        if (first.done) return;
        yield first.value;
        for (let next = await parts.next(); !next.done; next = await parts.next()) yield next.value;
      }
      return streamSSE(c, async function streamCompletion(stream) {
        stream.onAbort(abort);
        const chunk = (delta: object, finishReason: string | null, extra: object = {}) =>
          stream.writeSSE({
            data: JSON.stringify({
              id,
              object: 'chat.completion.chunk',
              created: createdNow,
              model: modelName,
              choices: [{ index: 0, delta, finish_reason: finishReason }],
              ...extra,
            }),
          });
        await chunk({ role: 'assistant', content: '' }, null);
        // Deltas that arrive while a write is in flight are sent together in the next chunk, so
        // a slow client or a busy event loop never holds back generation token by token.
        let pending = '';
        let writing: Promise<void> | undefined;
        const flush = async () => {
          while (pending) {
            const content = pending;
            pending = '';
            await chunk({ content }, null);
          }
          writing = undefined;
        };
        for await (const part of rest()) {
          if (part.type === 'text-delta') {
            pending += part.delta;
            writing ??= flush();
            continue;
          }
          await writing;
          await flush();
          if (part.type === 'finish') {
            // The model's warnings ride on the finishing chunk as an extra field OpenAI clients ignore.
            await chunk(
              {},
              toOpenAIFinishReason(part.finishReason),
              part.warnings.length ? { officemate_warnings: part.warnings } : {},
            );
            if (includeUsage) {
              await stream.writeSSE({
                data: JSON.stringify({
                  id,
                  object: 'chat.completion.chunk',
                  created: createdNow,
                  model: modelName,
                  choices: [],
                  usage: toOpenAIUsage(part.usage),
                }),
              });
            }
            await stream.writeSSE({ data: '[DONE]' });
          } else if (part.type === 'error') {
            // OpenAI reports mid-stream failures as an error event; no [DONE] follows.
            await stream.writeSSE({ data: JSON.stringify(presentError(part.error)) });
          }
        }
      });
    },
  );
  return routes;
}
