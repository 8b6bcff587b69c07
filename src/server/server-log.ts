/**
 * @module server-log
 * Where the server says what went wrong when a request fails on its side: one line per
 * failure on stderr (or wherever `serve` and tests point it), naming the request, the error's
 * code and message and the first frame of its stack, so an operator can tell a full disk from
 * a dropped database connection. Credentials in URLs are masked; request bodies never appear.
 */
import { type AppError, toAppError } from '../lib/errors.ts';

/** Receives one line per server-side failure. */
export type ServerLog = (line: string) => void;

/** The default: a line on stderr. */
export const stderrLog: ServerLog = function logToStderr(line) {
  process.stderr.write(`${line}\n`);
};

/** `scheme://user:secret@host` → `scheme://***@host`, wherever a URL sits in the text. */
export function maskCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)(?:[^\s/@:]+(?::[^\s/@]*)?|:[^\s/@]*)@/gi, '$1***@');
}

/** The innermost thrown value behind an error: the SDK's or the driver's own error. */
function rootCause(thrown: unknown): unknown {
  let current = thrown;
  for (let depth = 0; depth < 5; depth++) {
    const error = current instanceof Error && 'error' in current ? (current.error as AppError) : undefined;
    const next = error?.cause ?? (current instanceof Error ? current.cause : undefined);
    if (next === undefined || next === current) break;
    current = next;
  }
  return current;
}

/** The first stack frame of `thrown` that is neither Node's own nor `fail`'s, shortened to file:line. */
function whereThrown(thrown: unknown): string | undefined {
  if (!(thrown instanceof Error) || !thrown.stack) return undefined;
  const frame = thrown.stack
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .find((line) => line.startsWith('at ') && !line.includes('node:') && !line.includes('lib/errors.ts'));
  return frame?.replace(/^at\s+/, '').replace(/(?:file:\/\/)?\/\S*?\/((?:src|node_modules)\/)/, '$1');
}

/**
 * One log line for a failure: what was being done, the error's code and message, and where
 * the innermost error was thrown.
 * @example describeFailure('POST /api/files: storing "plan.docx" for ana', thrown)
 * // → 'POST /api/files: storing "plan.docx" for ana failed: internal: connect ECONNREFUSED … at connect (node_modules/pg/…)'
 */
export function describeFailure(doing: string, thrown: unknown): string {
  const error = toAppError(thrown);
  const cause = rootCause(thrown);
  const causeText =
    cause !== thrown && cause instanceof Error && !error.message.includes(cause.message)
      ? ` (cause: ${cause.name}: ${cause.message})`
      : '';
  const where = whereThrown(cause) ?? whereThrown(thrown);
  return maskCredentials(
    `${doing} failed: ${error.code}: ${error.message}${causeText}${where ? ` at ${where}` : ''}`,
  );
}
