/**
 * Model-layer throughput on stories260K (../shared/models/stories260K.gguf), threads 1:
 * - raw node-llama-cpp (LlamaChat with the same history, no Officemate code): the peer every ratio is against;
 * - the library: createLlamaCppModel().generate / .stream;
 * - the endpoint: createOpenAICompatibleModel() → HTTP → officemate /v1 → llama-cpp, JSON and SSE;
 * - grammar-constrained JSON through the library.
 * Prints a markdown table. Run alone: node bin/run-ts.js bench/models.ts
 */
import { cpus, loadavg } from 'node:os';
import { serve } from '@hono/node-server';
import { getLlama, LlamaChat, LlamaLogLevel } from 'node-llama-cpp';
import { createLlamaCppModel, disposeLlamaModels } from '../src/models/engines/llama-cpp/llama-cpp-model.ts';
import { createOpenAICompatibleModel } from '../src/models/engines/openai-compatible/openai-compatible-model.ts';
import type { GenerateRequest, LanguageModel } from '../src/models/language-model.ts';
import { createApp } from '../src/server/app.ts';
import { TINY_MODEL } from '../test/helpers/paths.ts';

const RUNS = 8;
const MAX_TOKENS = 200;
const PROMPTS = [
  'Once upon a time',
  'Lily went to the park',
  'The little dog',
  'Tom had a red ball',
  'One day, a bird',
];

type Row = { path: string; tokens: number; seconds: number; latencies: number[]; rates: number[] };
/** One call; returns the output tokens. */
type Call = (prompt: string) => Promise<number>;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function rawPeer(): Promise<{ call: Call; close: () => Promise<void> }> {
  const llama = await getLlama({
    gpu: 'auto',
    build: 'never',
    logLevel: LlamaLogLevel.error,
    progressLogs: false,
  });
  const model = await llama.loadModel({ modelPath: TINY_MODEL });
  const context = await model.createContext({ contextSize: 512, threads: 1 });
  const sequence = context.getSequence();
  return {
    async call(prompt) {
      // Same history as our engine sends (LlamaChatSession would add a long default system prompt).
      const chat = new LlamaChat({ contextSequence: sequence, autoDisposeSequence: false });
      const before = sequence.tokenMeter.getState();
      await chat.generateResponse(
        [
          { type: 'user', text: prompt },
          { type: 'model', response: [] },
        ],
        { maxTokens: MAX_TOKENS, temperature: 0 },
      );
      chat.dispose({ disposeSequence: false });
      const tokens = sequence.tokenMeter.diff(before).usedOutputTokens;
      await sequence.clearHistory();
      return tokens;
    },
    async close() {
      await context.dispose();
      await model.dispose();
      await llama.dispose();
    },
  };
}

function viaModel(
  model: LanguageModel,
  mode: 'generate' | 'stream',
  extra: Partial<GenerateRequest> = {},
): Call {
  return async (prompt) => {
    const request: GenerateRequest = {
      messages: [{ role: 'user', content: prompt }],
      maxTokens: MAX_TOKENS,
      temperature: 0,
      ...extra,
    };
    if (mode === 'generate') {
      const result = await model.generate(request);
      if (!result.success) throw new Error(result.error.message);
      return result.data.usage.outputTokens;
    }
    let tokens = 0;
    for await (const part of model.stream(request)) {
      if (part.type === 'error') throw new Error(part.error.message);
      if (part.type === 'finish') tokens = part.usage.outputTokens;
    }
    return tokens;
  };
}

const peer = await rawPeer();
const library = createLlamaCppModel({ modelPath: TINY_MODEL, threads: 1, contextSize: 512 });
const server = serve({ fetch: createApp({ model: library }).fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const client = createOpenAICompatibleModel({
  baseUrl: `http://127.0.0.1:${port}/v1`,
  model: 'stories260K.gguf',
  maxRetries: 0,
});

const paths: [string, Call][] = [
  ['raw node-llama-cpp (peer)', peer.call],
  ['library: llama-cpp generate', viaModel(library, 'generate')],
  ['library: llama-cpp stream', viaModel(library, 'stream')],
  [
    'library: llama-cpp JSON schema (grammar)',
    viaModel(library, 'generate', {
      temperature: 0.8,
      responseFormat: {
        type: 'json',
        schema: {
          type: 'object',
          properties: { title: { type: 'string' }, count: { type: 'integer' } },
          required: ['title', 'count'],
          additionalProperties: false,
        },
      },
    }),
  ],
  ['endpoint: /v1/chat/completions (JSON)', viaModel(client, 'generate')],
  ['endpoint: /v1/chat/completions (SSE stream)', viaModel(client, 'stream')],
];
const rows: Row[] = paths.map(([path]) => ({ path, tokens: 0, seconds: 0, latencies: [], rates: [] }));
// Rounds interleave the paths so load from other processes falls on all of them alike.
for (let round = -1; round < RUNS; round++) {
  const prompt = PROMPTS[Math.max(round, 0) % PROMPTS.length]!;
  for (const [index, [, call]] of paths.entries()) {
    const started = performance.now();
    const tokens = await call(prompt);
    const elapsed = performance.now() - started;
    if (round < 0) continue; // warm-up: loads the model, builds the grammar
    const row = rows[index]!;
    row.tokens += tokens;
    row.seconds += elapsed / 1000;
    row.latencies.push(elapsed);
    row.rates.push(tokens / (elapsed / 1000));
  }
}
await new Promise<void>((resolve) => server.close(() => resolve()));
await peer.close();
await disposeLlamaModels();

const peerRate = median(rows[0]!.rates);
console.log(
  `stories260K.gguf, threads 1, temperature 0, up to ${MAX_TOKENS} tokens, ${RUNS} interleaved rounds after one warm-up; ` +
    `tok/s = median over calls of output tokens / wall time of the call (load average at the end: ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores).\n`,
);
console.log(
  '| path | output tokens | median tok/s | mean tok/s | median latency (ms) | ratio vs raw (median) |',
);
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const rate = median(row.rates);
  console.log(
    `| ${row.path} | ${row.tokens} | ${rate.toFixed(0)} | ${(row.tokens / row.seconds).toFixed(0)} | ${median(row.latencies).toFixed(0)} | ${(rate / peerRate).toFixed(2)} |`,
  );
}
