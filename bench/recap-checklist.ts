/**
 * Recap against a hand-written check list (bench/data/meeting-checklist.json): for real QMSum
 * meetings (AMI design meetings, ICSI research meetings, committee hearings), the decisions and
 * action items a careful note-taker would write, each with the turns that support it. A recap
 * item matches a check-list item when one of its cited turns lies within two turns of a
 * supporting turn; an action item must also name one of the item's owners. Reported per meeting
 * and per group, next to a keyword baseline in the same run (every sentence holding
 * "decide"/"agree" is a decision, every "I'll …" an action item). Groups: `tuning` (the first
 * tuning meetings), `check` (the former check meetings, all read since, so now tuned on too)
 * and `retired` (held-out meetings whose misses were read after their one run) make up the seen
 * meetings; `heldout` meetings were labelled from the transcript alone, before
 * recap ran on them, and no rule was drawn from them: their subtotal is the clean figure. The
 * seen meetings are also subtotalled by kind (AMI, ICSI, committee), as the target holds for each.
 *
 *   node bin/run-ts.js bench/recap-checklist.ts [--half seen|tuning|check|retired|heldout] [--verbose]
 *
 * For each group, the last two columns give how precisely the matching items cite: the share of their
 * cited turns (distinct per item) that lie within two turns of a supporting turn of the check-list
 * item they match (a decision cites its proposal and its acceptance; neither is context).
 *
 * --verbose prints each seen meeting's recap items (✓ when they match a check-list item) and the
 * check-list items recap missed, with the text of their supporting turns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Transcript } from '../src/formats/model.ts';
import { recapMeeting } from '../src/skills/recap-meeting/recap-meeting.ts';
import { readMeeting } from './qmsum-meetings.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const verbose = process.argv.includes('--verbose');
const NEAR = 2;
const halfArg = process.argv.indexOf('--half');
const onlyHalf = halfArg >= 0 ? process.argv[halfArg + 1] : undefined;
const inHalf = (half: Half) => !onlyHalf || onlyHalf === half || (onlyHalf === 'seen' && half !== 'heldout');
const GROUPS: Readonly<Record<Half, string>> = {
  tuning: 'seen: first tuning meetings',
  check: 'seen: former check meetings',
  retired: 'seen: former held-out meetings',
  heldout: 'held-out meetings (labelled blind, run once)',
};

type Half = 'tuning' | 'check' | 'retired' | 'heldout';
type GoldItem = { text?: string; task?: string; owners?: string[]; turns: number[] };
type GoldMeeting = {
  file: string;
  /** Labelled from the transcript alone, before recap was ever run on it. */
  blind?: boolean;
  kind: string;
  half: Half;
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

type Score = {
  found: number;
  foundRight: number;
  gold: number;
  goldFound: number;
  /** Turns cited by the items that match, and how many of those lie within NEAR of a matched item's supporting turn. */
  cited: number;
  citedNear: number;
};
const empty = (): Score => ({ found: 0, foundRight: 0, gold: 0, goldFound: 0, cited: 0, citedNear: 0 });

function score(found: readonly Found[], gold: readonly GoldItem[], owners: boolean): Score {
  const matches = (item: Found, goldItem: GoldItem) =>
    near(item, goldItem) && (!owners || sameOwner(item, goldItem));
  const right = found.filter((item) => gold.some((goldItem) => matches(item, goldItem)));
  const supported = (item: Found) => {
    const matched = gold.filter((goldItem) => matches(item, goldItem));
    const turns = [...new Set(item.turns)];
    return turns.filter((turn) =>
      matched.some((goldItem) => goldItem.turns.some((supporting) => Math.abs(turn - supporting) <= NEAR)),
    ).length;
  };
  return {
    found: found.length,
    foundRight: right.length,
    gold: gold.length,
    goldFound: gold.filter((goldItem) => found.some((item) => matches(item, goldItem))).length,
    cited: right.reduce((sum, item) => sum + new Set(item.turns).size, 0),
    citedNear: right.reduce((sum, item) => sum + supported(item), 0),
  };
}

const add = (a: Score, b: Score): Score => ({
  found: a.found + b.found,
  foundRight: a.foundRight + b.foundRight,
  gold: a.gold + b.gold,
  goldFound: a.goldFound + b.goldFound,
  cited: a.cited + b.cited,
  citedNear: a.citedNear + b.citedNear,
});
const ratio = (part: number, whole: number) => (whole ? (part / whole).toFixed(2) : '–');
const cell = (s: Score) => `${ratio(s.foundRight, s.found)} | ${ratio(s.goldFound, s.gold)} | ${s.found}`;
/** The share of the matching items' cited turns that lie near a supporting turn of the item they match. */
const supportCell = (s: Score) => `${ratio(s.citedNear, s.cited)} (${s.cited})`;

/** The recap items of a meeting, marked when right, and the check-list items missed, with their turns. */
function explain(meeting: GoldMeeting, transcript: Transcript, out: ReturnType<System['run']>) {
  const mark = (item: Found, gold: readonly GoldItem[], owners: boolean) =>
    gold.some((goldItem) => near(item, goldItem) && (!owners || sameOwner(item, goldItem))) ? '✓' : '✗';
  const turnText = (turn: number) =>
    `      ${turn} ${transcript.turns[turn]?.speaker}: ${transcript.turns[turn]?.text.slice(0, 300)}`;
  console.error(`\n== ${meeting.file}`);
  for (const item of out.decisions)
    console.error(`  ${mark(item, meeting.decisions, false)} D [${item.turns.join(',')}] ${item.text}`);
  for (const item of out.actions)
    console.error(
      `  ${mark(item, meeting.actionItems, true)} A [${item.turns.join(',')}] ${item.owner}: ${item.text}`,
    );
  const missed = (gold: readonly GoldItem[], found: readonly Found[], owners: boolean, kind: string) => {
    for (const goldItem of gold) {
      if (found.some((item) => near(item, goldItem) && (!owners || sameOwner(item, goldItem)))) continue;
      console.error(`  MISSED ${kind} ${goldItem.owners?.join('/') ?? ''} ${goldItem.text ?? goldItem.task}`);
      for (const turn of goldItem.turns) console.error(turnText(turn));
    }
  };
  missed(meeting.decisions, out.decisions, false, 'D');
  missed(meeting.actionItems, out.actions, true, 'A');
}

const rows: string[] = [];
const halves = new Map<string, { decisions: Score; actions: Score }>();
for (const meeting of checklist.meetings) {
  if (!inHalf(meeting.half)) continue;
  const { transcript } = await readMeeting(meeting.file);
  for (const system of SYSTEMS) {
    const out = system.run(transcript);
    const decisions = score(out.decisions, meeting.decisions, false);
    const actions = score(out.actions, meeting.actionItems, true);
    rows.push(
      `| ${meeting.file} (${meeting.kind}, ${meeting.half}) | ${system.name} | ${cell(decisions)} | ${cell(actions)} | ${supportCell(decisions)} | ${supportCell(actions)} |`,
    );
    const groups = [GROUPS[meeting.half]];
    if (meeting.half !== 'heldout') groups.push('seen: all meetings');
    if (meeting.half === 'check' && meeting.blind) groups.push('seen: former check, blind-labelled');
    if (meeting.half !== 'heldout') groups.push(`seen, by kind: ${meeting.kind}`);
    for (const group of groups) {
      const key = `${group}\u0000${system.name}`;
      const total = halves.get(key) ?? { decisions: empty(), actions: empty() };
      halves.set(key, { decisions: add(total.decisions, decisions), actions: add(total.actions, actions) });
    }
    if (verbose && system.name.startsWith('recap') && meeting.half !== 'heldout')
      explain(meeting, transcript, out);
  }
}

console.log(
  `Recap against the hand-written check list (${checklist.meetings.length} QMSum meetings; a match cites a turn within ${NEAR} of a supporting turn; action owners must agree)\n`,
);
console.log(
  '| meeting | system | decision precision | decision recall | decisions found | action precision | action recall | actions found | matching decisions: cited turns near support | matching actions: cited turns near support |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
const ORDER = [
  GROUPS.tuning,
  GROUPS.check,
  'seen: former check, blind-labelled',
  GROUPS.retired,
  'seen: all meetings',
  'seen, by kind: AMI',
  'seen, by kind: ICSI',
  'seen, by kind: committee',
  GROUPS.heldout,
];
const rank = (key: string) => ORDER.indexOf(key.split('\u0000')[0] ?? '');
for (const [key, total] of [...halves].sort(
  (a, b) => a[0].split('\u0000')[1]?.localeCompare(b[0].split('\u0000')[1] ?? '') || rank(a[0]) - rank(b[0]),
)) {
  const [group, system] = key.split('\u0000');
  console.log(
    `| **${group}** | ${system} | ${cell(total.decisions)} | ${cell(total.actions)} | ${supportCell(total.decisions)} | ${supportCell(total.actions)} |`,
  );
}
