/**
 * @module scripted-http-server
 * A local HTTP server on 127.0.0.1 that answers from a script, for the failure paths of the
 * OpenAI-compatible protocol (429s, 500s, cut streams, bad JSON) that a real server cannot be
 * made to produce on demand. It records every request. Tests only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordedRequest = {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
};

export type ScriptStep = (response: ServerResponse, request: RecordedRequest) => void | Promise<void>;

export type ScriptedServer = {
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
};

/** Steps are used in order; the last repeats. */
export async function startScriptedServer(steps: readonly ScriptStep[]): Promise<ScriptedServer> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // keep the raw text
      }
      const request: RecordedRequest = {
        method: incoming.method ?? 'GET',
        url: incoming.url ?? '/',
        headers: incoming.headers,
        body,
      };
      requests.push(request);
      const step = steps[Math.min(requests.length - 1, steps.length - 1)];
      void Promise.resolve(step?.(response, request)).catch(() => response.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A JSON reply. */
export function replyJson(status: number, body: unknown, headers: Record<string, string> = {}): ScriptStep {
  return (response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  };
}

/** A chat completion with the given content: JSON, or SSE when the request asked to stream. */
export function replyCompletion(
  content: string,
  usage = { prompt_tokens: 7, completion_tokens: 5 },
  options: { officemateWarnings?: readonly unknown[] } = {},
): ScriptStep {
  const warnings = options.officemateWarnings ? { officemate_warnings: options.officemateWarnings } : {};
  const json = replyJson(200, {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    model: 'scripted',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    ...warnings,
  });
  const stream = replyStream([content], options);
  return (response, request) =>
    (request.body as { stream?: boolean } | undefined)?.stream
      ? stream(response, request)
      : json(response, request);
}

/**
 * An SSE stream of deltas; `cut` drops the connection after them, with no finish and no [DONE].
 * `officemateWarnings` ride on the finishing chunk, as Officemate's own `/v1` sends them.
 */
export function replyStream(
  deltas: readonly string[],
  options: { cut?: boolean; officemateWarnings?: readonly unknown[] } = {},
): ScriptStep {
  return async (response) => {
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const delta of deltas) {
      response.write(
        `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: delta }, finish_reason: null }] })}\n\n`,
      );
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    if (options.cut) {
      response.socket?.destroy();
      return;
    }
    response.write(
      `data: ${JSON.stringify({
        choices: [{ index: 0, delta: {}, finish_reason: 'stop' }],
        ...(options.officemateWarnings ? { officemate_warnings: options.officemateWarnings } : {}),
      })}\n\n`,
    );
    response.write(
      `data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: 3, completion_tokens: deltas.length } })}\n\n`,
    );
    response.end('data: [DONE]\n\n');
  };
}

/** Never answers (for timeouts). */
export const hang: ScriptStep = () => undefined;

/**
 * An SSE stream that sends `before`, then waits for `gate` before sending `after` and
 * finishing: a test can check what a client showed while the model was still writing.
 */
export function replyGatedStream(
  before: readonly string[],
  gate: Promise<void>,
  after: readonly string[],
): ScriptStep {
  const delta = (content: string) =>
    `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
  return async (response) => {
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const content of before) response.write(delta(content));
    await gate;
    for (const content of after) response.write(delta(content));
    response.write(
      `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`,
    );
    response.write(
      `data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: 11, completion_tokens: before.length + after.length } })}\n\n`,
    );
    response.end('data: [DONE]\n\n');
  };
}
