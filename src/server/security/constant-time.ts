/**
 * @module constant-time
 * Secret comparison whose time does not depend on where the strings differ: both sides are
 * hashed to the same length first, so neither the content nor the length leaks.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

export function secretsEqual(given: string | undefined, expected: string): boolean {
  return timingSafeEqual(digest(given ?? ''), digest(expected)) && given !== undefined;
}
