/**
 * @module configured-model
 * The model a command would build for an OpenAI-compatible server (through
 * `createLanguageModel`, so with the circuit breaker and the per-call timeout), from an empty
 * home folder and `OFFICEMATE_*` variables only. Tests only: pair it with the scripted HTTP
 * server to see a skill's fallback on 5xx and timeouts.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLanguageModel } from '../create-language-model.ts';
import type { LanguageModel } from '../language-model.ts';

export function configuredModelAt(
  baseUrl: string,
  options: { readonly timeoutMs: number; readonly maxRetries?: number },
): LanguageModel {
  const root = mkdtempSync(join(tmpdir(), 'officemate-configured-'));
  mkdirSync(join(root, 'home'));
  return createLanguageModel({
    home: join(root, 'home'),
    cwd: root,
    env: {
      OFFICEMATE_TIMEOUT_MS: String(options.timeoutMs),
      OFFICEMATE_MAX_RETRIES: String(options.maxRetries ?? 0),
    },
    engine: 'openai-compatible',
    model: 'm',
    baseUrl,
  });
}
