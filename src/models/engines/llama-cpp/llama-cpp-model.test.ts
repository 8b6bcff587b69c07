import { closeSync, copyFileSync, mkdtempSync, openSync, readSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TINY_MODEL } from '../../../../test/helpers/paths.ts';
import { runLanguageModelContract } from '../../language-model.contract.ts';
import { createLlamaCppModel, disposeLlamaModels } from './llama-cpp-model.ts';

runLanguageModelContract({
  name: 'llama-cpp (stories260K)',
  generates: true,
  jsonRuns: 5,
  constrained: true,
  create: () => createLlamaCppModel({ modelPath: TINY_MODEL, threads: 1 }),
  cleanup: disposeLlamaModels,
});

describe('llama-cpp engine', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'officemate-llama-'));

  it('reports a missing GGUF file as model_not_found, naming the path and the flag to fix it', async () => {
    const path = join(scratch, 'nope.gguf');
    const result = await createLlamaCppModel({ modelPath: path }).generate({
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('model_not_found');
    expect(result.error.path).toBe(path);
    expect(result.error.hint).toMatch(/--model/);
  });

  it('reports a file that is not GGUF as file_corrupt', async () => {
    const path = join(scratch, 'notes.gguf');
    writeFileSync(path, 'these are not model weights');
    const result = await createLlamaCppModel({ modelPath: path }).generate({
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(!result.success && result.error.code).toBe('file_corrupt');
    expect(!result.success && result.error.message).toContain('GGUF');
  });

  it('reports a truncated GGUF file as file_corrupt and does not cache the failure', async () => {
    const path = join(scratch, 'truncated.gguf');
    const head = Buffer.alloc(4096);
    const handle = openSync(TINY_MODEL, 'r');
    readSync(handle, head, 0, head.length, 0);
    closeSync(handle);
    writeFileSync(path, head);
    const model = createLlamaCppModel({ modelPath: path, threads: 1 });
    const result = await model.generate({ messages: [{ role: 'user', content: 'hi' }] });
    expect(!result.success && result.error.code).toBe('file_corrupt');
    expect(!result.success && result.error.hint).toMatch(/download/i);
    copyFileSync(TINY_MODEL, path);
    const fixed = await model.generate({ messages: [{ role: 'user', content: 'hi' }], maxTokens: 3 });
    expect(fixed.success).toBe(true);
  });

  it('serves parallel requests from one shared model (more requests than sequences)', async () => {
    const model = createLlamaCppModel({ modelPath: TINY_MODEL, threads: 1 });
    const other = createLlamaCppModel({ modelPath: TINY_MODEL, threads: 1 });
    const results = await Promise.all(
      [model, other, model, other].map((subject) =>
        subject.generate({ messages: [{ role: 'user', content: 'Lily' }], maxTokens: 8, temperature: 0 }),
      ),
    );
    expect(results.every((result) => result.success)).toBe(true);
    const texts = new Set(results.map((result) => result.success && result.data.text));
    expect(texts.size).toBe(1);
  });
});
