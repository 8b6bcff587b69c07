/**
 * @module llama-cpp-model
 * The `llama-cpp` engine: a local GGUF file through node-llama-cpp 3.21.1. Loading is lazy
 * (on the first call) and shared: one Llama runtime per process, one loaded model and one
 * context per (file, settings), reused by every model object and request. The context holds
 * a few sequences; requests take a free one and wait when all are busy (STACK.md: "No
 * sequences left"). Threads default to 1 (STACK.md: 2 threads on 2 busy cores ran ~30× slower).
 * The chat template comes from the GGUF (node-llama-cpp's "auto" wrapper); JSON output is
 * constrained by a grammar built from the request's JSON Schema.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import type {
  ChatHistoryItem,
  Llama,
  LlamaContext,
  LlamaContextSequence,
  LlamaGrammar,
  LlamaModel,
} from 'node-llama-cpp';
import { fail, OfficemateError } from '../../../lib/errors.ts';
import type { Warning } from '../../../lib/result.ts';
import { createModelFromDriver, type DriverCall, type DriverResult } from '../../engine-driver.ts';
import type { ChatMessage, FinishReason, JsonSchema, LanguageModel } from '../../language-model.ts';
import { usageOf } from '../../language-model.ts';

export type LlamaCppConfig = {
  /** Path to a .gguf file. */
  readonly modelPath: string;
  /** Tokens per sequence; default: what the model was trained on, capped at 4096. */
  readonly contextSize?: number;
  /** CPU threads (default 1). */
  readonly threads?: number;
  /** Layers to offload to a GPU: 'auto' (default) or a number; 0 = CPU only. */
  readonly gpuLayers?: 'auto' | number;
  /** Parallel requests served by one context (default 2). */
  readonly sequences?: number;
};

type Loaded = {
  readonly model: LlamaModel;
  readonly context: LlamaContext;
  readonly hasChatTemplate: boolean;
  readonly free: LlamaContextSequence[];
  readonly waiting: ((sequence: LlamaContextSequence) => void)[];
  readonly grammars: Map<string, Promise<LlamaGrammar | undefined>>;
  readonly llama: Llama;
};

let llamaRuntime: Promise<Llama> | undefined;
const loadedModels = new Map<string, Promise<Loaded>>();

async function runtime(gpu: boolean): Promise<Llama> {
  llamaRuntime ??= (async () => {
    const { getLlama, LlamaLogLevel } = await import('node-llama-cpp');
    return getLlama({
      gpu: gpu ? 'auto' : false,
      build: 'never',
      logLevel: LlamaLogLevel.error,
      progressLogs: false,
    });
  })();
  return llamaRuntime;
}

/** Checks the file before handing it to llama.cpp, so a wrong path or file says so plainly. */
function checkGgufFile(path: string): void {
  if (!existsSync(path) || !statSync(path).isFile()) {
    fail('model_not_found', `The model file ${path} does not exist.`, {
      path,
      hint: 'Pass the path of a .gguf file with --model PATH (or OFFICEMATE_MODEL, or "model" in officemate.config.json).',
    });
  }
  const magic = Buffer.alloc(4);
  const handle = openSync(path, 'r');
  try {
    readSync(handle, magic, 0, 4, 0);
  } finally {
    closeSync(handle);
  }
  if (magic.toString('latin1') !== 'GGUF') {
    fail('file_corrupt', `${path} is not a GGUF model file (it does not start with the GGUF signature).`, {
      path,
      hint: 'Download the model again in GGUF format (llama.cpp), or point --model at the right file.',
    });
  }
}

async function load(config: LlamaCppConfig): Promise<Loaded> {
  checkGgufFile(config.modelPath);
  const llama = await runtime(config.gpuLayers !== 0);
  let model: LlamaModel;
  try {
    model = await llama.loadModel({ modelPath: config.modelPath, gpuLayers: config.gpuLayers ?? 'auto' });
  } catch (thrown) {
    fail('file_corrupt', `llama.cpp could not load ${config.modelPath}: ${(thrown as Error).message}`, {
      path: config.modelPath,
      cause: thrown,
      hint: 'The file may be truncated or use an architecture this llama.cpp build does not know; download it again or use another GGUF.',
    });
  }
  const trained = model.trainContextSize;
  const context = await model.createContext({
    contextSize: config.contextSize ?? Math.min(trained || 4096, 4096),
    sequences: config.sequences ?? 2,
    threads: config.threads ?? 1,
  });
  const template = model.fileInfo.metadata?.tokenizer?.chat_template;
  return {
    model,
    context,
    llama,
    hasChatTemplate: typeof template === 'string' && template.length > 0,
    free: [],
    waiting: [],
    grammars: new Map(),
  };
}

function loadShared(config: LlamaCppConfig): Promise<Loaded> {
  const key = JSON.stringify([
    config.modelPath,
    config.contextSize,
    config.threads,
    config.gpuLayers,
    config.sequences,
  ]);
  let loaded = loadedModels.get(key);
  if (!loaded) {
    loaded = load(config);
    loadedModels.set(key, loaded);
    // A failed load is not cached, so fixing the file and retrying works.
    loaded.catch(() => loadedModels.delete(key));
  }
  return loaded;
}

/** Frees every loaded model and the runtime (tests, and commands before they return). */
export async function disposeLlamaModels(): Promise<void> {
  const all = [...loadedModels.values()];
  loadedModels.clear();
  for (const loaded of all) {
    try {
      const { model, context } = await loaded;
      await context.dispose();
      await model.dispose();
    } catch {
      // A model that failed to load has nothing to free.
    }
  }
  const llama = llamaRuntime;
  llamaRuntime = undefined;
  if (llama) await (await llama).dispose();
}

async function acquire(loaded: Loaded, signal: AbortSignal): Promise<LlamaContextSequence> {
  const reused = loaded.free.pop();
  if (reused) return reused;
  if (loaded.context.sequencesLeft > 0) return loaded.context.getSequence();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      const index = loaded.waiting.indexOf(take);
      if (index >= 0) loaded.waiting.splice(index, 1);
      reject(
        new OfficemateError({
          code: 'aborted',
          message: 'The model call was cancelled while waiting for a free slot.',
        }),
      );
    };
    const take = (sequence: LlamaContextSequence) => {
      signal.removeEventListener('abort', onAbort);
      resolve(sequence);
    };
    loaded.waiting.push(take);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function release(loaded: Loaded, sequence: LlamaContextSequence): void {
  const next = loaded.waiting.shift();
  if (next) next(sequence);
  else loaded.free.push(sequence);
}

async function grammarFor(
  loaded: Loaded,
  schema: JsonSchema,
  warnings: Warning[],
): Promise<LlamaGrammar | undefined> {
  const key = JSON.stringify(schema);
  let grammar = loaded.grammars.get(key);
  if (!grammar) {
    grammar = loaded.llama
      // biome-ignore lint/suspicious/noExplicitAny: node-llama-cpp's GbnfJsonSchema type is narrower than JSON Schema.
      .createGrammarForJsonSchema(schema as any)
      .then((value) => value as LlamaGrammar)
      .catch(() => undefined);
    loaded.grammars.set(key, grammar);
  }
  const resolved = await grammar;
  if (!resolved) {
    warnings.push({
      type: 'unsupported',
      message:
        'The JSON Schema uses keywords the llama.cpp grammar cannot express; output is validated but not constrained.',
    });
  }
  return resolved;
}

/** Chat messages → node-llama-cpp history, ending with the empty model turn to complete. */
export function toChatHistory(messages: readonly ChatMessage[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = messages.map((message) =>
    message.role === 'system'
      ? { type: 'system', text: message.content }
      : message.role === 'user'
        ? { type: 'user', text: message.content }
        : { type: 'model', response: [message.content] },
  );
  history.push({ type: 'model', response: [] });
  return history;
}

export function createLlamaCppModel(config: LlamaCppConfig): LanguageModel {
  const modelId = config.modelPath.split(/[\\/]/).pop() ?? config.modelPath;
  async function run({ request, jsonSchema, signal, onDelta }: DriverCall): Promise<DriverResult> {
    const loaded = await loadShared(config);
    const warnings: Warning[] = [];
    if (!loaded.hasChatTemplate) {
      warnings.push({
        type: 'other',
        message: `${modelId} has no chat template; a generic chat format is used.`,
      });
    }
    const grammar = jsonSchema ? await grammarFor(loaded, jsonSchema, warnings) : undefined;
    const sequence = await acquire(loaded, signal);
    const { LlamaChat } = await import('node-llama-cpp');
    const chat = new LlamaChat({ contextSequence: sequence, autoDisposeSequence: false });
    try {
      await sequence.clearHistory();
      const before = sequence.tokenMeter.getState();
      let firstTokenAt: number | undefined;
      const onTextChunk = (text: string) => {
        firstTokenAt ??= performance.now();
        onDelta?.(text);
      };
      const response = await chat.generateResponse(toChatHistory(request.messages), {
        signal,
        ...(request.maxTokens !== undefined ? { maxTokens: request.maxTokens } : {}),
        ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
        ...(request.seed !== undefined ? { seed: request.seed } : {}),
        ...(request.stop?.length ? { customStopTriggers: [...request.stop] } : {}),
        ...(grammar ? { grammar } : {}),
        onTextChunk,
      });
      const used = sequence.tokenMeter.diff(before);
      const stopReason = response.metadata.stopReason;
      const finishReason: FinishReason =
        stopReason === 'maxTokens' ? 'length' : stopReason === 'abort' ? 'error' : 'stop';
      return {
        text: response.response,
        finishReason,
        usage: usageOf(used.usedInputTokens, used.usedOutputTokens),
        warnings,
        ...(firstTokenAt !== undefined ? { firstTokenAt } : {}),
      };
    } finally {
      chat.dispose({ disposeSequence: false });
      release(loaded, sequence);
    }
  }
  return createModelFromDriver({ engine: 'llama-cpp', modelId, run });
}

/** Loads the model now (for `officemate models` and `serve` start-up); throws typed errors. */
export async function preloadLlamaCppModel(
  config: LlamaCppConfig,
): Promise<{ contextSize: number; hasChatTemplate: boolean }> {
  const loaded = await loadShared(config);
  return { contextSize: loaded.context.contextSize, hasChatTemplate: loaded.hasChatTemplate };
}
