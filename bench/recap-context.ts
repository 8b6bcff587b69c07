/**
 * Recap context benchmark: which turns of a long meeting reach the model when only part of
 * the transcript fits its context. Data: ../shared/corpus/meetings/qmsum, whose specific
 * queries were written by people and mark the transcript turns that answer them
 * (`relevant_text_span`); their union is taken as the turns that matter. For each context size,
 * the share of those turns in the recap prompt (`recapPrompt` in
 * src/skills/recap-meeting/recap-prompt.ts, its ranking: the turns the builtin recap cites,
 * their neighbours, then the most informative) is compared with the peer measured in the same
 * run: the same prompt filled with turns in meeting order until the budget is spent. Shares
 * are in words of the turns; "words shown" is what a random choice of the same size would
 * cover on average.
 *
 * Meetings are split into a tuning half and a check half by the hash bench/grounding.ts uses.
 * Nothing was tuned on these figures (the ranking was written before measuring).
 *
 *   node bin/run-ts.js bench/recap-context.ts
 */
import { join } from 'node:path';
import { recapMeeting } from '../src/skills/recap-meeting/recap-meeting.ts';
import { recapPrompt, turnPassages } from '../src/skills/recap-meeting/recap-prompt.ts';
import { meetingFiles, readMeeting } from './qmsum-meetings.ts';

const NOW = new Date('2026-03-12T09:00:00Z');
const CONTEXTS = [2048, 4096, 8192];

function hash(text: string): number {
  let value = 2166136261;
  for (const char of text) value = Math.imul(value ^ char.codePointAt(0)!, 16777619) >>> 0;
  return value;
}

/** Counted in words of the marked turns (what they say), not turns: a backchannel turn says little. */
type Tally = { marked: number; ranked: number; inOrder: number; shown: number; words: number };
const empty = (): Tally => ({ marked: 0, ranked: 0, inOrder: 0, shown: 0, words: 0 });
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean).length;
const tallies = new Map<string, Tally>();

for (const split of ['test', 'val'])
  for (const name of meetingFiles(split)) {
    const { transcript, evaluation } = await readMeeting(join(split, name));
    const marked = new Set<number>();
    for (const query of evaluation.specific)
      for (const span of query.spans) for (let turn = span.start; turn <= span.end; turn++) marked.add(turn);
    if (marked.size === 0) continue;
    const passages = turnPassages(transcript, recapMeeting(transcript, { now: NOW }));
    const inOrder = passages.map((passage) => ({ ...passage, relevance: -passage.turn }));
    const half = hash(join(split, name)) % 2 === 0 ? 'tuning' : 'check';
    for (const contextTokens of CONTEXTS) {
      const ranked = recapPrompt(transcript, passages, { now: NOW, contextTokens }).passages;
      const ordered = recapPrompt(transcript, inOrder, { now: NOW, contextTokens }).passages;
      const key = `${half} ${contextTokens}`;
      const tally = tallies.get(key) ?? empty();
      const words = (turns: readonly { turn: number }[]) =>
        turns.reduce((sum, item) => sum + wordsOf(transcript.turns[item.turn]?.text ?? ''), 0);
      tally.marked += words([...marked].map((turn) => ({ turn })));
      tally.ranked += words(ranked.filter((passage) => marked.has(passage.turn)));
      tally.inOrder += words(ordered.filter((passage) => marked.has(passage.turn)));
      tally.shown += words(ranked);
      tally.words += words(transcript.turns.map((_, turn) => ({ turn })));
      tallies.set(key, tally);
    }
  }

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '–');
console.log(
  '| half | context (tokens) | words of marked turns shown: ranked | peer: in meeting order | ratio | words shown |',
);
console.log('|---|---:|---:|---:|---:|---:|');
for (const half of ['tuning', 'check'])
  for (const contextTokens of CONTEXTS) {
    const tally = tallies.get(`${half} ${contextTokens}`);
    if (!tally) continue;
    console.log(
      `| ${half} | ${contextTokens} | ${percent(tally.ranked, tally.marked)} | ${percent(tally.inOrder, tally.marked)} | ${(tally.ranked / Math.max(1, tally.inOrder)).toFixed(2)} | ${percent(tally.shown, tally.words)} |`,
    );
  }
