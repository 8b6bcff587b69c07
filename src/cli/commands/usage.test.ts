import { describe, expect, it } from 'vitest';
import { parseUntil } from './usage.ts';

describe('parseUntil', () => {
  const now = new Date('2026-03-12T09:00:00Z');
  it('includes the whole day a date without a time names, and ends at a time or span as given', () => {
    expect(parseUntil('2026-03-10', now).toISOString()).toBe('2026-03-11T00:00:00.000Z');
    expect(parseUntil('2026-03-10T15:30:00Z', now).toISOString()).toBe('2026-03-10T15:30:00.000Z');
    expect(parseUntil('2d', now).toISOString()).toBe('2026-03-10T09:00:00.000Z');
  });
});
