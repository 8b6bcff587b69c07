/**
 * @module clock
 * "Now" is an input: every relative date goes through a Clock, so `--now` makes results reproducible.
 */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock {
  const instant = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a valid date: ${String(at)}`);
  return { now: () => new Date(instant.getTime()) };
}
