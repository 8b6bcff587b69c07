import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../formats/model.ts';
import { prepareTranscript } from './transcript-units.ts';

describe('prepareTranscript', () => {
  it('marks every piece of a long question as asking, though the cut pieces lose the question mark', () => {
    const text =
      'Is the fact that the rota changes from week to week, sometimes from day to day, in the number of volunteers a library needs to keep its doors open, making the planning harder? The planning is harder.';
    const transcript: Transcript = {
      type: 'transcript',
      format: 'text',
      turns: [{ index: 0, speaker: 'Chair', text }],
    };
    const units = prepareTranscript(transcript).units;
    expect(units.length).toBeGreaterThan(2);
    const statement = units.at(-1);
    expect(statement?.text).toBe('The planning is harder.');
    expect(statement?.asks).toBe(false);
    const pieces = units.slice(0, -1);
    expect(pieces.some((unit) => !unit.text.endsWith('?'))).toBe(true);
    expect(pieces.every((unit) => unit.asks)).toBe(true);
  });
});
