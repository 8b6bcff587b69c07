/** Test helpers: a transcript from (speaker, text) pairs, and recap's items read from it as plain strings. */
import type { Transcript } from '../../../formats/model.ts';
import { findActionItems, findDecisions } from '../action-items.ts';

export type Lines = readonly (readonly [string, string])[];

/** A transcript from (speaker, text) pairs, in the spelling of spoken corpora. */
export function meeting(lines: Lines): Transcript {
  return {
    type: 'transcript',
    format: 'text',
    date: '2026-03-10',
    turns: lines.map(([speaker, text], index) => ({ index, speaker, text })),
  };
}

/** The day the meeting is held. */
export const DAY = new Date('2026-03-10T09:00:00Z');

/** The action items as "owner: task". */
export const actions = (lines: Lines) =>
  findActionItems(meeting(lines), DAY).map((item) => `${item.owner}: ${item.task}`);

/** The decisions' texts. */
export const decisions = (lines: Lines) => findDecisions(meeting(lines)).map((item) => item.text);
