import { describe, expect, it, vi } from 'vitest';
import { createProgress } from './progress.ts';

/** A non-terminal stream that keeps what is written. */
function capture() {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (text: string) => lines.push(text) } as unknown as NodeJS.WriteStream;
  return { lines, stream };
}

describe('createProgress', () => {
  it('shows no rate before a second has passed, then items per second', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2026-05-04T08:00:00Z'));
      const { lines, stream } = capture();
      const progress = createProgress('Indexing', 4, { stream });
      vi.advanceTimersByTime(3);
      progress.tick('harbour-plan.docx');
      expect(lines).toEqual(['Indexing [#####...............] 1/4 harbour-plan.docx\n']);
      vi.advanceTimersByTime(2_997);
      progress.tick('ferry-times.xlsx', 2);
      expect(lines.at(-1)).toBe('Indexing [###############.....] 3/4 (1.0/s) ferry-times.xlsx\n');
      progress.done('done');
      expect(lines.at(-1)).toBe('Indexing [###############.....] 3/4 (1.0/s) done\n');
    } finally {
      vi.useRealTimers();
    }
  });
});
