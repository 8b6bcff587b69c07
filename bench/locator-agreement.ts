/**
 * Whether two different scorers agreeing on where a QMSum query's subject is discussed tells a
 * found passage from a wrong one (specific queries with reference spans, one half of
 * ../shared/corpus/meetings/qmsum). Scorer A is recap's locator (focus-answer.ts `locateQuery`:
 * smoothed BM25 over turns, the run holding most query weight); scorer B ranks windows of turns
 * with the index's own BM25F (bench/turn-windows.ts), no feedback, no file share. For each query:
 * whether A's heaviest run overlaps a span, whether B's best window does, whether recap's first
 * chosen sentence lies in a span, and whether the two agree (B's best window inside A's run).
 *
 *   node bin/run-ts.js bench/locator-agreement.ts [--half tuning|check] [--turns N]
 */
import type { QmsumSpan } from '../src/formats/transcript/read-qmsum.ts';
import { answerPicks, locateQuery } from '../src/skills/recap-meeting/focus-answer.ts';
import { prepareTranscript } from '../src/skills/recap-meeting/transcript-units.ts';
import { halfFolder, meetingsIn } from './qmsum-meetings.ts';
import { overlapsSpans } from './run-choice.ts';
import { locatingTerms, turnWindows, type WindowSettings, windowScores } from './turn-windows.ts';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const half = halfFolder(arg('--half'));
const SETTINGS: WindowSettings = {
  turns: Number(arg('--turns') ?? 6),
  stride: 1,
  windowsPerFile: 0,
  feedback: false,
  namedShare: 3,
  proximity: 0,
};

type Row = { part: 'a' | 'b'; a: boolean; b: boolean; first: boolean; agree: boolean };
const rows: Row[] = [];
for await (const { transcript, evaluation, part } of meetingsIn(half)) {
  const prepared = prepareTranscript(transcript);
  for (const item of evaluation.specific) {
    if (item.spans.length === 0) continue;
    const located = locateQuery(prepared, item.query);
    const terms = locatingTerms(prepared, item.query);
    if (!located || !terms) continue;
    const heaviest = located.runs.reduce((top, run) => (run.weight > top.weight ? run : top));
    const windows = turnWindows(transcript.turns.length, SETTINGS.turns, SETTINGS.stride);
    const scores = windowScores(prepared, windows, terms.weights, terms.words, terms.speakers, SETTINGS);
    let best = 0;
    scores.forEach((score, at) => {
      if (score > (scores[best] ?? 0)) best = at;
    });
    const window = windows[best] ?? { from: 0, to: 0 };
    const inside = (turn: number) =>
      item.spans.some((span: QmsumSpan) => turn >= span.start && turn <= span.end);
    const first = answerPicks(prepared, item.query)?.[0]?.unit.turn;
    rows.push({
      part,
      a: overlapsSpans(heaviest.run, item.spans),
      b: overlapsSpans(window, item.spans),
      first: first !== undefined && inside(first),
      agree: window.from <= heaviest.run.to && heaviest.run.from <= window.to,
    });
  }
}
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
const count = (list: readonly Row[], test: (row: Row) => boolean) => list.filter(test).length;
console.log(
  `| part | queries | A: heaviest run on span | B: best ${SETTINGS.turns}-turn window on span | first pick in span | agree | agree: A on span | disagree: A only / B only / both / neither |`,
);
console.log('|---|---|---|---|---|---|---|---|');
for (const part of ['all', 'a', 'b'] as const) {
  const set = rows.filter((row) => part === 'all' || row.part === part);
  const agree = set.filter((row) => row.agree);
  const differ = set.filter((row) => !row.agree);
  const cells = [
    part,
    set.length,
    pct(
      count(set, (row) => row.a),
      set.length,
    ),
    pct(
      count(set, (row) => row.b),
      set.length,
    ),
    pct(
      count(set, (row) => row.first),
      set.length,
    ),
    agree.length,
    pct(
      count(agree, (row) => row.a),
      agree.length,
    ),
    [
      count(differ, (row) => row.a && !row.b),
      count(differ, (row) => row.b && !row.a),
      count(differ, (row) => row.a && row.b),
      count(differ, (row) => !row.a && !row.b),
    ].join(' / '),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}
