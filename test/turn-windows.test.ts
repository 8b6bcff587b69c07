import { describe, expect, it } from 'vitest';
import {
  bestWindowIn,
  choosePassages,
  locatingTerms,
  pickWindows,
  turnWindows,
} from '../bench/turn-windows.ts';
import type { Transcript } from '../src/formats/model.ts';
import { prepareTranscript } from '../src/skills/recap-meeting/transcript-units.ts';

describe('turn windows', () => {
  it('cuts a meeting into overlapping windows, the last reaching the end', () => {
    expect(turnWindows(10, 6, 3)).toEqual([
      { from: 0, to: 5 },
      { from: 3, to: 8 },
      { from: 6, to: 9 },
    ]);
    expect(turnWindows(4, 6, 3)).toEqual([{ from: 0, to: 3 }]);
  });

  it('weighs a passage by the best window lying at least half inside it', () => {
    const windows = turnWindows(12, 4, 2);
    const scores = [1, 9, 2, 3, 0];
    // Windows 0-3, 2-5, 4-7, 6-9, 8-11. Turns 2-5 hold all of the one scoring 9; turns 4-6 half of
    // it; turns 5-6 half of the one from 4 only; one turn is no window's half.
    expect(bestWindowIn({ from: 2, to: 5 }, windows, scores)).toBe(9);
    expect(bestWindowIn({ from: 4, to: 6 }, windows, scores)).toBe(9);
    expect(bestWindowIn({ from: 5, to: 6 }, windows, scores)).toBe(2);
    expect(bestWindowIn({ from: 5, to: 5 }, windows, scores)).toBe(0);
  });

  it('picks the best window and a second one apart from it when it scores close', () => {
    const windows = turnWindows(12, 4, 2);
    expect(pickWindows(windows, [1, 9, 8, 7, 0], 0.7)).toEqual([
      { from: 2, to: 5 },
      { from: 6, to: 9 },
    ]);
    expect(pickWindows(windows, [1, 9, 8, 6, 0], 0.7)).toEqual([{ from: 2, to: 5 }]);
    expect(pickWindows(windows, [0, 0, 0, 0, 0], 0.7)).toEqual([]);
  });

  it("chooses among recap's passages by their own weight, their best window, or a mix", () => {
    const windows = turnWindows(20, 4, 2);
    const scores = windows.map((window) => (window.from === 14 ? 10 : window.from === 2 ? 4 : 0));
    const passages = [
      { run: { from: 0, to: 8 }, weight: 10 },
      { run: { from: 12, to: 19 }, weight: 5 },
    ];
    expect(choosePassages(passages, windows, scores, 0, 0.8)).toEqual([{ from: 0, to: 8 }]);
    expect(choosePassages(passages, windows, scores, 1, 0.8)).toEqual([{ from: 12, to: 19 }]);
    // Half and half: 0.5 + 0.2 against 0.25 + 0.5, both kept at 0.8.
    expect(choosePassages(passages, windows, scores, 0.5, 0.8)).toEqual([
      { from: 0, to: 8 },
      { from: 12, to: 19 },
    ]);
  });

  it('locates by the subject asked about, not by the speaker the query names', () => {
    const lines: [string, string][] = [
      ['Project Manager', 'We should settle the price of the remote before the next meeting.'],
      ['Industrial Designer', 'The rubber case costs more than the plastic one, about two euros.'],
      ['Marketing', 'Customers told us they would pay more for a rubber case.'],
    ];
    const transcript: Transcript = {
      type: 'transcript',
      format: 'text',
      turns: lines.map(([speaker, text], index) => ({ index, speaker, text })),
    };
    const prepared = prepareTranscript(transcript);
    const terms = locatingTerms(prepared, 'What did the Industrial Designer say about the rubber case?');
    expect([...(terms?.speakers ?? [])]).toEqual(['Industrial Designer']);
    expect(terms?.weights.has('rubber')).toBe(true);
    expect(terms?.weights.has('industri')).toBe(false);
    expect(terms?.words.map((word) => word.word)).toContain('rubber');
    expect(locatingTerms(prepared, 'What was said about the elephant?')).toBeUndefined();
  });
});
