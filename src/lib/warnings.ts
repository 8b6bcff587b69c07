/**
 * @module warnings
 * Warnings that ride along with a skill's result reach the user the same way at every edge:
 * as `warnings: [{ type, message }]` beside the data (`--json`, the HTTP API, MCP), so a
 * fallback from the configured model to the builtin engine is never silent.
 */
import type { Warning } from './result.ts';

/** The warnings with each message once, the first one's type kept ("An event with no title has no start time" said for many items of a file). */
export function distinctWarnings(warnings: readonly Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => !seen.has(warning.message) && Boolean(seen.add(warning.message)));
}

/** The data with the run's warnings added to its own `warnings` (each message once); data that is not an object comes back as it is. */
export function withWarnings<T>(data: T, warnings: readonly Warning[]): T {
  if (warnings.length === 0 || data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  const own = (data as { warnings?: unknown }).warnings;
  const listed = Array.isArray(own) ? (own as Warning[]) : [];
  const seen = new Set(listed.map((warning) => warning.message));
  const added = warnings.filter((warning) => !seen.has(warning.message) && seen.add(warning.message));
  if (added.length === 0) return data;
  return { ...data, warnings: [...listed, ...added] };
}
