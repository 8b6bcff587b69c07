/**
 * Named-speaker batch: for each query of bench/data/recap-named-speakers.json (queries over QMSum
 * meetings that name the people they ask about, or name no one person), whether recap's
 * `speakersNamed` finds exactly the labels of the person asked about, and the share of recap's
 * cited turns spoken by that person. Reports exact matches, labels named wrongly (precision) and
 * labels missed (recall).
 *
 *   node bin/run-ts.js bench/named-speakers.ts [--verbose]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { speakersNamed } from '../src/skills/recap-meeting/focus-answer.ts';
import { answerQuery } from '../src/skills/recap-meeting/recap-meeting.ts';
import { readMeeting } from './qmsum-meetings.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const verbose = process.argv.includes('--verbose');
type Item = { meeting: string; query: string; speakers: string[] };
const batch = JSON.parse(readFileSync(join(here, 'data', 'recap-named-speakers.json'), 'utf8')) as {
  items: Item[];
};

let exact = 0;
let named = 0;
let namedRight = 0;
let expected = 0;
let cited = 0;
let citedByPerson = 0;
for (const item of batch.items) {
  const { transcript } = await readMeeting(item.meeting);
  const found = speakersNamed(
    item.query,
    transcript.turns.map((turn) => turn.speaker),
  );
  const want = new Set(item.speakers);
  const right = [...found].filter((label) => want.has(label)).length;
  named += found.size;
  namedRight += right;
  expected += want.size;
  const same = right === want.size && found.size === want.size;
  if (same) exact++;
  let line = '';
  if (want.size > 0) {
    const turns = [
      ...new Set(answerQuery(transcript, item.query).sentences.map((sentence) => sentence.turn)),
    ];
    const byPerson = turns.filter((turn) => want.has(transcript.turns[turn]?.speaker ?? '')).length;
    cited += turns.length;
    citedByPerson += byPerson;
    line = ` cited by the person ${byPerson}/${turns.length}`;
  }
  if (verbose || !same)
    console.log(
      `${same ? 'ok  ' : 'MISS'} ${item.meeting} ${item.query}\n     named [${[...found].join('; ')}]${line}`,
    );
}
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
console.log(
  `\n${batch.items.length} queries: named exactly ${exact} (${pct(exact, batch.items.length)}); labels named ${named}, right ${namedRight} (precision ${pct(namedRight, named)}); labels expected ${expected} (recall ${pct(namedRight, expected)}); cited turns by the person asked about ${citedByPerson}/${cited} (${pct(citedByPerson, cited)})`,
);
