import { describe, expect, it } from 'vitest';
import { distinctWarnings, withWarnings } from './warnings.ts';

describe('distinctWarnings', () => {
  it('keeps each message once, with the type it first came with, in order', () => {
    expect(
      distinctWarnings([
        { type: 'skipped', message: 'A card with no name was left out.' },
        { type: 'lossy', message: 'The photo of Ilse Varga was not kept.' },
        { type: 'other', message: 'A card with no name was left out.' },
      ]),
    ).toEqual([
      { type: 'skipped', message: 'A card with no name was left out.' },
      { type: 'lossy', message: 'The photo of Ilse Varga was not kept.' },
    ]);
  });
});

describe('withWarnings', () => {
  it('adds only the messages the data does not already carry', () => {
    const data = { answer: 'x', warnings: [{ type: 'other' as const, message: 'Fell back to builtin.' }] };
    expect(
      withWarnings(data, [
        { type: 'other', message: 'Fell back to builtin.' },
        { type: 'skipped', message: 'Sheet 3 was empty.' },
      ]).warnings,
    ).toHaveLength(2);
  });
});
