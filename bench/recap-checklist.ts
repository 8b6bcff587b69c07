/**
 * Recap against a hand-written check list (bench/data/meeting-checklist.json): for thirteen real
 * QMSum meetings (AMI design meetings, ICSI research meetings, committee hearings), the decisions and action items a
 * careful note-taker would write, each with the turns that support it. A recap item matches a
 * check-list item when one of its cited turns lies within two turns of a supporting turn; an
 * action item must also name one of the item's owners. Reported per meeting and per half
 * (tuning: test/ meetings; check: val/ meetings), next to a keyword baseline in the same run
 * (every sentence holding "decide"/"agree" is a decision, every "I'll …" an action item). Check
 * meetings marked `blind` were labelled from the transcript before recap ran on them; their
 * subtotal is the clean check figure.
 *
 *   node bin/run-ts.js bench/recap-checklist.ts [--half tuning|check] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Transcript } from '../src/formats/model.ts';
import { readQmsum } from '../src/formats/transcript/read-qmsum.ts';
import { recapMeeting } from '../src/skills/recap-meeting/recap-meeting.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const ROOT = process.env.QMSUM_DIR ?? join(here, '..', '..', 'shared', 'corpus', 'meetings', 'qmsum');
const verbose = process.argv.includes('--verbose');
const NEAR = 2;
const halfArg = process.argv.indexOf('--half');
const onlyHalf = halfArg >= 0 ? process.argv[halfArg + 1] : undefined;

type GoldItem = { text?: string; task?: string; owners?: string[]; turns: number[] };
type GoldMeeting = {
  file: string;
  /** Labelled from the transcript alone, before recap was ever run on it. */
  blind?: boolean;
  kind: string;
  half: 'tuning' | 'check';
  decisions: GoldItem[];
  actionItems: GoldItem[];
};
type Found = { text: string; owner?: string | null; turns: number[] };
type System = { name: string; run(transcript: Transcript): { decisions: Found[]; actions: Found[] } };

const checklist = JSON.parse(readFileSync(join(here, 'data', 'meeting-checklist.json'), 'utf8')) as {
  meetings: GoldMeeting[];
};

function keywordBaseline(transcript: Transcript) {
  const decisions: Found[] = [];
  const actions: Found[] = [];
  for (const turn of transcript.turns) {
    for (const sentence of turn.text.split(/(?<=[.?!])\s+/)) {
      if (/\b(decided?|agreed?)\b/i.test(sentence)) decisions.push({ text: sentence, turns: [turn.index] });
      if (/\bI(?:'ll| will)\b/i.test(sentence))
        actions.push({ text: sentence, owner: turn.speaker, turns: [turn.index] });
    }
  }
  return { decisions, actions };
}

function recapSystem(transcript: Transcript) {
  const recap = recapMeeting(transcript);
  const turnsOf = (citations: readonly number[]) =>
    citations.map((n) => recap.citations[n - 1]?.turn).filter((turn): turn is number => turn !== undefined);
  return {
    decisions: recap.decisions.map((item) => ({ text: item.text, turns: turnsOf(item.citations) })),
    actions: recap.actionItems.map((item) => ({
      text: item.task,
      owner: item.owner,
      turns: turnsOf(item.citations),
    })),
  };
}

const SYSTEMS: readonly System[] = [
  { name: 'keyword baseline', run: keywordBaseline },
  { name: 'recap (builtin engine)', run: recapSystem },
];

const near = (found: Found, gold: GoldItem) =>
  found.turns.some((turn) => gold.turns.some((supporting) => Math.abs(turn - supporting) <= NEAR));
const sameOwner = (found: Found, gold: GoldItem) => {
  const owner = (found.owner ?? '').trim().toLowerCase();
  return owner !== '' && (gold.owners ?? []).some((name) => name.toLowerCase() === owner);
};

type Score = { found: number; foundRight: number; gold: number; goldFound: number };
const empty = (): Score => ({ found: 0, foundRight: 0, gold: 0, goldFound: 0 });

function score(found: readonly Found[], gold: readonly GoldItem[], owners: boolean): Score {
  const matches = (item: Found, goldItem: GoldItem) =>
    near(item, goldItem) && (!owners || sameOwner(item, goldItem));
  return {
    found: found.length,
    foundRight: found.filter((item) => gold.some((goldItem) => matches(item, goldItem))).length,
    gold: gold.length,
    goldFound: gold.filter((goldItem) => found.some((item) => matches(item, goldItem))).length,
  };
}

const add = (a: Score, b: Score): Score => ({
  found: a.found + b.found,
  foundRight: a.foundRight + b.foundRight,
  gold: a.gold + b.gold,
  goldFound: a.goldFound + b.goldFound,
});
const ratio = (part: number, whole: number) => (whole ? (part / whole).toFixed(2) : '–');
const cell = (s: Score) => `${ratio(s.foundRight, s.found)} | ${ratio(s.goldFound, s.gold)} | ${s.found}`;

const rows: string[] = [];
const halves = new Map<string, { decisions: Score; actions: Score }>();
for (const meeting of checklist.meetings) {
  if (onlyHalf && meeting.half !== onlyHalf) continue;
  const path = join(ROOT, meeting.file);
  const transcript = await readQmsum({ path, bytes: readFileSync(path), format: 'qmsum-json', options: {} });
  for (const system of SYSTEMS) {
    const out = system.run(transcript);
    const decisions = score(out.decisions, meeting.decisions, false);
    const actions = score(out.actions, meeting.actionItems, true);
    rows.push(
      `| ${meeting.file} (${meeting.kind}, ${meeting.half}) | ${system.name} | ${cell(decisions)} | ${cell(actions)} |`,
    );
    const groups = [`${meeting.half} half, all meetings`];
    if (meeting.blind) groups.push(`${meeting.half} half, blind-labelled meetings`);
    for (const group of groups) {
      const key = `${group}\u0000${system.name}`;
      const total = halves.get(key) ?? { decisions: empty(), actions: empty() };
      halves.set(key, { decisions: add(total.decisions, decisions), actions: add(total.actions, actions) });
    }
    if (verbose && system.name.startsWith('recap')) {
      console.error(`\n== ${meeting.file}`);
      for (const item of out.decisions) console.error(`  D [${item.turns.join(',')}] ${item.text}`);
      for (const item of out.actions)
        console.error(`  A [${item.turns.join(',')}] ${item.owner}: ${item.text}`);
    }
  }
}

console.log(
  `Recap against the hand-written check list (${checklist.meetings.length} QMSum meetings; a match cites a turn within ${NEAR} of a supporting turn; action owners must agree)\n`,
);
console.log(
  '| meeting | system | decision precision | decision recall | decisions found | action precision | action recall | actions found |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
for (const [key, total] of halves) {
  const [group, system] = key.split('\u0000');
  console.log(`| **${group}** | ${system} | ${cell(total.decisions)} | ${cell(total.actions)} |`);
}
