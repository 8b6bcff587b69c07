/**
 * @module length-words
 * A length of time in words, for sentences the product writes: "1 hour", "1 hour 30 minutes",
 * "45 minutes", "2 days", "1 day 6 hours".
 */
import { counted } from './counted.ts';

const MINUTE = 60_000;

/** The length in days, hours and minutes (rounded to the minute), the two largest units that are not 0. */
export function lengthWords(ms: number): string {
  const total = Math.max(0, Math.round(ms / MINUTE));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const parts = [
    ...(days > 0 ? [counted(days, 'day')] : []),
    ...(hours > 0 ? [counted(hours, 'hour')] : []),
    ...(minutes > 0 ? [counted(minutes, 'minute')] : []),
  ];
  return parts.length > 0 ? parts.slice(0, 2).join(' ') : '0 minutes';
}
