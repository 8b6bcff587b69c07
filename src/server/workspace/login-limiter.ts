/**
 * @module login-limiter
 * Failed logins per client and user name in a sliding window, on the injected clock: after
 * `max` failures within `windowMs`, further attempts are refused until the window passes.
 */
import type { Clock } from '../../lib/clock.ts';

export type LoginLimiter = {
  /** True when this key has used up its failures. */
  blocked(key: string): boolean;
  failed(key: string): void;
  succeeded(key: string): void;
};

export function createLoginLimiter(
  clock: Clock,
  options: { windowMs?: number; max?: number } = {},
): LoginLimiter {
  const windowMs = options.windowMs ?? 60_000;
  const max = options.max ?? 5;
  const failures = new Map<string, number[]>();
  const recent = (key: string) => {
    const now = clock.now().getTime();
    const kept = (failures.get(key) ?? []).filter((time) => now - time < windowMs);
    if (kept.length) failures.set(key, kept);
    else failures.delete(key);
    return kept;
  };
  return {
    blocked: (key) => recent(key).length >= max,
    failed: (key) => failures.set(key, [...recent(key), clock.now().getTime()]),
    succeeded: (key) => failures.delete(key),
  };
}
