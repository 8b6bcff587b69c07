/**
 * Where window retrieval (bench/turn-windows.ts) puts a QMSum query's passage, against recap's own
 * locator (focus-answer.ts `locateQuery`), on one half of ../shared/corpus/meetings/qmsum: for the
 * specific queries with reference spans (and with `--topics` the topic-list queries, "Summarize
 * the discussion about <topic>."), how often the located passages overlap a span and the mean
 * share of their turns inside one (bench/run-choice.ts), per kind of meeting. Passages only: no
 * answer is written, so no ROUGE (bench/qmsum.ts measures answers).
 *
 *   node bin/run-ts.js bench/window-locator.ts [--half tuning|check] [--topics]
 */
import type { QmsumSpan } from '../src/formats/transcript/read-qmsum.ts';
import { locateQuery } from '../src/skills/recap-meeting/focus-answer.ts';
import { type PreparedTranscript, prepareTranscript } from '../src/skills/recap-meeting/transcript-units.ts';
import { halfFolder, kindOfMeeting, meetingsIn } from './qmsum-meetings.ts';
import { insideShare, overlapsSpans } from './run-choice.ts';
import { locatingItems } from './topic-queries.ts';
import {
  choosePassages,
  locatingTerms,
  pickWindows,
  type TurnWindow,
  turnWindows,
  type WindowSettings,
  windowScores,
} from './turn-windows.ts';

const halfArg = process.argv.indexOf('--half');
const half = halfFolder(halfArg >= 0 ? process.argv[halfArg + 1] : 'tuning');
const withTopics = process.argv.includes('--topics');

const BASE: WindowSettings = {
  turns: 6,
  stride: 3,
  windowsPerFile: 0,
  feedback: false,
  namedShare: 3,
  proximity: 0,
};

type Locator = { readonly name: string; locate(prepared: PreparedTranscript, query: string): TurnWindow[] };

/** A locator from window scores: recap's passages weighed by their best window, or windows alone. */
function windowLocator(
  name: string,
  settings: WindowSettings,
  use:
    | { readonly passages: false; readonly second: number }
    | { readonly passages: true; readonly windowShare: number; readonly keep: number },
): Locator {
  return {
    name,
    locate(prepared, query) {
      const terms = locatingTerms(prepared, query);
      if (!terms) return [];
      const windows = turnWindows(prepared.transcript.turns.length, settings.turns, settings.stride);
      const scores = windowScores(prepared, windows, terms.weights, terms.words, terms.speakers, settings);
      if (!use.passages) return pickWindows(windows, scores, use.second);
      const located = locateQuery(prepared, query);
      return located ? choosePassages(located.runs, windows, scores, use.windowShare, use.keep) : [];
    },
  };
}

const LOCATORS: readonly Locator[] = [
  {
    name: "recap's locator (main)",
    locate: (prepared, query) => [...(locateQuery(prepared, query)?.regions ?? [])],
  },
  windowLocator('passages by their best window (6 turns), keep 0.8', BASE, {
    passages: true,
    windowShare: 1,
    keep: 0.8,
  }),
  windowLocator('passages: … keep 0.9', BASE, { passages: true, windowShare: 1, keep: 0.9 }),
  windowLocator('passages: … keep 1 (one passage)', BASE, { passages: true, windowShare: 1, keep: 1 }),
  windowLocator(
    'passages: … without the named speaker share',
    { ...BASE, namedShare: 0 },
    { passages: true, windowShare: 1, keep: 0.8 },
  ),
  windowLocator(
    'passages: … with feedback',
    { ...BASE, feedback: true },
    { passages: true, windowShare: 1, keep: 0.8 },
  ),
  windowLocator(
    'passages: … with the file share (4 windows a file)',
    { ...BASE, windowsPerFile: 4 },
    { passages: true, windowShare: 1, keep: 0.8 },
  ),
  windowLocator(
    'passages: … half passage weight, half window, file share',
    { ...BASE, windowsPerFile: 4 },
    { passages: true, windowShare: 0.5, keep: 0.8 },
  ),
  windowLocator('passages: … their own weight alone, keep 0.9', BASE, {
    passages: true,
    windowShare: 0,
    keep: 0.9,
  }),
  windowLocator('passages: … 0.3 window, keep 0.9', BASE, { passages: true, windowShare: 0.3, keep: 0.9 }),
  windowLocator('windows alone (6 turns): best, and a second at 0.8', BASE, { passages: false, second: 0.8 }),
  windowLocator(
    'windows: … with the file share (4 windows a file)',
    { ...BASE, windowsPerFile: 4 },
    { passages: false, second: 0.8 },
  ),
  windowLocator(
    'windows: … file share and feedback',
    { ...BASE, windowsPerFile: 4, feedback: true },
    { passages: false, second: 0.8 },
  ),
  windowLocator(
    'windows: … file share and proximity 2',
    { ...BASE, windowsPerFile: 4, proximity: 2 },
    { passages: false, second: 0.8 },
  ),
  windowLocator(
    'windows: … 10-turn windows',
    { ...BASE, turns: 10, stride: 5 },
    { passages: false, second: 0.8 },
  ),
  windowLocator(
    'windows: … 16-turn windows',
    { ...BASE, turns: 16, stride: 8 },
    { passages: false, second: 0.8 },
  ),
];

const KINDS = ['all', 'AMI', 'ICSI', 'committee'] as const;

type Tally = { n: number; overlap: number; inside: number };
const tallies = new Map<string, Tally>();
const count = (key: string, passages: readonly TurnWindow[], spans: readonly QmsumSpan[]) => {
  const t = tallies.get(key) ?? { n: 0, overlap: 0, inside: 0 };
  t.n++;
  if (passages.some((passage) => overlapsSpans(passage, spans))) t.overlap++;
  t.inside += insideShare(passages, spans);
  tallies.set(key, t);
};

for await (const { name, transcript, evaluation } of meetingsIn(half)) {
  const prepared = prepareTranscript(transcript);
  const items = locatingItems(evaluation, withTopics);
  for (const item of items)
    for (const locator of LOCATORS) {
      const passages = locator.locate(prepared, item.query);
      for (const kind of ['all', kindOfMeeting(name)])
        count(`${locator.name}\u0000${item.kind}\u0000${kind}`, passages, item.spans);
    }
}

const pct = (value: number, n: number) => (n ? ((100 * value) / n).toFixed(1) : '–');
console.log(
  `Window locators on the ${half === 'test' ? 'tuning' : 'check'} half (${half}/): passages overlapping a span / mean share of their turns inside one\n`,
);
for (const queries of withTopics ? ['specific', 'topic'] : ['specific']) {
  console.log(`| ${queries} queries | ${KINDS.join(' | ')} |`);
  console.log(`|---|${KINDS.map(() => '---').join('|')}|`);
  for (const locator of LOCATORS) {
    const cells = KINDS.map((kind) => {
      const t = tallies.get(`${locator.name}\u0000${queries}\u0000${kind}`);
      return t ? `${pct(t.overlap, t.n)}% / ${pct(t.inside, t.n)}% (${t.n})` : '–';
    });
    console.log(`| ${locator.name} | ${cells.join(' | ')} |`);
  }
  console.log('');
}
