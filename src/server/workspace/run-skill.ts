/**
 * @module run-skill
 * Runs a skill for the HTTP API through the same command the CLI runs, in process, and
 * returns its `--json` result. One code path for both edges: what `officemate deck --json`
 * prints is what `POST /api/skills/deck` returns.
 */
import { PassThrough } from 'node:stream';
import type { AppError } from '../../lib/errors.ts';

export type SkillRun =
  | { readonly ok: true; readonly result: Record<string, unknown> }
  | { readonly ok: false; readonly error: AppError };

export async function runSkillCommand(args: readonly string[]): Promise<SkillRun> {
  const { main } = await import('../../cli/main.ts');
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let text = '';
  stdout.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  stderr.resume();
  const code = await main([...args, '--json', '--quiet'], { stdout, stderr });
  const lines = text.trim().split('\n').filter(Boolean);
  const last = lines.at(-1);
  let parsed: Record<string, unknown> = {};
  try {
    parsed = last ? (JSON.parse(last) as Record<string, unknown>) : {};
  } catch {
    return { ok: false, error: { code: 'internal', message: 'The skill printed no JSON result.' } };
  }
  if (code !== 0) {
    const error = (parsed.error as AppError | undefined) ?? {
      code: 'internal',
      message: `The skill failed (exit ${code}).`,
    };
    return { ok: false, error };
  }
  return { ok: true, result: parsed };
}
