/**
 * QMSum benchmark: ROUGE-1/2/L F1 (rouge-score conventions) of `recap` on the general
 * queries and of `recap --query` on the specific queries of ../shared/corpus/meetings/qmsum,
 * against the reference answers, with a naive baseline in the same run (the turns sharing
 * most words with the query). Citation accuracy is measured against `relevant_text_span`.
 * The meetings under test/ are the tuning half, those under val/ the check half; each half is
 * reported apart (`--half tuning` or `--half check` runs one). `--parts` also reports each half
 * as two fixed parts (part a: the 1st, 3rd, 5th… meeting in name order; part b: the others),
 * so that a change can be kept only when it helps on both parts, not on one by chance.
 *
 * `--topics` also asks, for each entry of a meeting's topic list, "Summarize the discussion about
 * <topic>." and reports where its cited turns lie against the topic's spans (no reference answer,
 * so no ROUGE): a second measure of finding the passage, on the same meetings.
 *
 * `--runs` also reports, for the specific queries (and the topic queries with `--topics`), where the
 * locator's candidate passages lie against the reference spans: how often the passages answered
 * from overlap a span, how often the candidate run holding most query weight does, and how often
 * any candidate run does (the ceiling of choosing better among the runs already found), and the
 * mean share of the answered passages' turns that lie inside a span (the locating step's precision).
 *
 * `--domains` also reports recap's figures per kind of meeting, told by QMSum's file names: AMI
 * product-design meetings (ES, IS, TS), ICSI research meetings (B…), and parliamentary committee
 * hearings (the others).
 *
 * `--citations` also reports which turns recap's answers cite (specific queries, and topic queries
 * with `--topics`), per half and kind of meeting: sentences and distinct cited turns per answer,
 * cited turns in span within the answers that cite some turn in span, and the share under other
 * citation rules (bench/citation-study.ts): only the best-weighted run's turns, only turns saying
 * a query word, and the ceiling of any rule that prunes citations within an answer.
 *
 * `--where` also reports, for the specific queries, where each answer's cited turns lie
 * (bench/cited-where.ts): answers with all, none or some of their cited turns in a span, how far
 * the turns outside lie from the nearest span (1–3, 4–15, more than 15 turns), and how many of
 * the answers citing nothing in span had a candidate run overlapping one (found but outweighed).
 *
 * `--margin` also reports, for the specific queries, how clearly the heaviest candidate passage
 * stands out (the second-heaviest run's query weight over the heaviest's, in bands;
 * bench/run-margin.ts) against how often the answer's passages overlap a span and how many of its
 * cited turns lie inside one: whether the locator's own margin tells a found passage from a wrong one.
 *
 * `--shape` also reports, for the specific queries, the shape of recap's answers (bench/answer-shape.ts):
 * cited turns in span by the order each sentence was chosen, how many passages an answer's cited turns
 * form and whether the passage holding the first choice is in span more often than the others, and
 * answer length against the reference answers' (words, ROUGE-1 precision and recall, ROUGE-1 without
 * the last chosen sentence and at the best number of sentences per answer).
 *
 * `--given-spans` also answers each specific query from its reference spans instead of the passages
 * recap locates (the rest of the method unchanged; "given spans" rows): what finding the passage
 * is worth, the ceiling of any locator for this way of choosing sentences.
 *
 * `--save FILE` writes each query's result of recap (ROUGE-1, answer, cited turns) as JSON;
 * `--against FILE` compares this run with a saved one, query by query: the mean change of
 * ROUGE-1 with its standard error, answers better / worse / changed, cited turns in span before
 * and after (a dozen general queries move by a point when one summary changes).
 *
 *   node bin/run-ts.js bench/qmsum.ts [--half tuning|check] [--parts] [--topics] [--runs] [--domains] [--citations] [--where] [--margin] [--shape] [--given-spans] [--verbose] [--save FILE] [--against FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Transcript } from '../src/formats/model.ts';
import type { QmsumQuery, QmsumSpan } from '../src/formats/transcript/read-qmsum.ts';
import { answerPicks, locateQuery, type WeightedRun } from '../src/skills/recap-meeting/focus-answer.ts';
import { answerQuery } from '../src/skills/recap-meeting/recap-meeting.ts';
import { contentTerms } from '../src/skills/recap-meeting/text-terms.ts';
import { prepareTranscript } from '../src/skills/recap-meeting/transcript-units.ts';
import {
  type AnswerShape,
  type ChosenSentence,
  countShape,
  emptyShape,
  PASSAGE_GAP,
  PICK_RANKS,
  percentiles,
} from './answer-shape.ts';
import { type CitedSentence, citationFigures } from './citation-study.ts';
import { type CitedWhere, countWhere, DISTANCES, emptyWhere } from './cited-where.ts';
import { pairedDifference, type QueryResult } from './paired.ts';
import {
  MEETING_KINDS as DOMAINS,
  type MeetingKind as Domain,
  kindOfMeeting as domainOf,
  QMSUM_HALVES as HALVES,
  type QmsumHalf as Half,
  meetingsIn,
} from './qmsum-meetings.ts';
import { rouge } from './rouge.ts';
import { type RunChoice, runChoice } from './run-choice.ts';
import { countMargin, emptyMargins, MARGIN_BANDS, type MarginTotals, runMargin } from './run-margin.ts';
import { citedInSpans, topicQuery } from './topic-queries.ts';

const verbose = process.argv.includes('--verbose');
const withParts = process.argv.includes('--parts');
const withTopics = process.argv.includes('--topics');
const withRuns = process.argv.includes('--runs');
const withDomains = process.argv.includes('--domains');
const withCitations = process.argv.includes('--citations');
const withGivenSpans = process.argv.includes('--given-spans');
const withWhere = process.argv.includes('--where');
const withMargin = process.argv.includes('--margin');
const withShape = process.argv.includes('--shape');
const halfArg = process.argv.indexOf('--half');
const onlyHalf = halfArg >= 0 ? process.argv[halfArg + 1] : undefined;
const optionValue = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const saveTo = optionValue('--save');
const against = optionValue('--against');

type Answer = { text: string; turns: readonly number[] };
type System = {
  name: string;
  /** Answers only the specific queries (and the topic queries). */
  specificOnly?: boolean;
  answer(
    transcript: Transcript,
    query: string,
    kind: 'general' | 'specific',
    spans: readonly QmsumSpan[],
  ): Answer;
};

/** The naive baseline: whole turns ranked by how many query words they share, to the same length as the reference median. */
function naive(transcript: Transcript, query: string, kind: 'general' | 'specific'): Answer {
  const queryWords = new Set(contentTerms(query));
  const scored = transcript.turns
    .map((turn) => ({
      turn,
      shared: new Set(contentTerms(turn.text).filter((term) => queryWords.has(term))).size,
    }))
    .filter((item) => item.shared > 0)
    .sort((a, b) => b.shared - a.shared || b.turn.text.length - a.turn.text.length);
  const budget = kind === 'general' ? 100 : 60;
  const chosen: typeof scored = [];
  let used = 0;
  for (const item of scored) {
    if (used >= budget) break;
    chosen.push(item);
    used += item.turn.text.split(/\s+/).length;
  }
  chosen.sort((a, b) => a.turn.index - b.turn.index);
  return {
    text: chosen.map((item) => item.turn.text).join(' '),
    turns: chosen.map((item) => item.turn.index),
  };
}

const SYSTEMS: readonly System[] = [
  { name: 'naive: turns sharing most query words', answer: naive },
  {
    name: 'recap (builtin engine)',
    answer: (transcript, query) => {
      const answer = answerQuery(transcript, query);
      return { text: answer.text, turns: answer.sentences.map((sentence) => sentence.turn) };
    },
  },
  ...(withGivenSpans
    ? [
        {
          name: 'given spans: recap answering from the reference spans',
          specificOnly: true,
          answer: (transcript: Transcript, query: string, _kind: string, spans: readonly QmsumSpan[]) => {
            const passages = spans.map((span) => ({ from: span.start, to: span.end }));
            const answer = answerQuery(transcript, query, { passages });
            return { text: answer.text, turns: answer.sentences.map((sentence) => sentence.turn) };
          },
        },
      ]
    : []),
];

type Totals = {
  n: number;
  r1: number;
  r2: number;
  rl: number;
  words: number;
  withInside: number;
  spanned: number;
  cited: number;
  citedInside: number;
};
const empty = (): Totals => ({
  n: 0,
  r1: 0,
  r2: 0,
  rl: 0,
  words: 0,
  withInside: 0,
  spanned: 0,
  cited: 0,
  citedInside: 0,
});

type Part = 'all' | 'a' | 'b';

const PARTS: readonly Part[] = withParts ? ['all', 'a', 'b'] : ['all'];

const halves = (Object.keys(HALVES) as Half[]).filter((half) => !onlyHalf || half === onlyHalf);

const totals = new Map<string, { general: Totals; specific: Totals }>();
const key = (system: string, half: Half, part: Part) => `${half}\u0000${part}\u0000${system}`;
for (const system of SYSTEMS)
  for (const half of Object.keys(HALVES) as Half[])
    for (const part of PARTS)
      totals.set(key(system.name, half, part), { general: empty(), specific: empty() });
const started = Date.now();
let meetings = 0;
/** Recap's result per query, with the half, part and kind it counts in. */
const results: (QueryResult & { half: Half; part: 'a' | 'b'; kind: 'general' | 'specific' | 'topic' })[] = [];
/** Topic queries: answers and cited turns against the topic's spans, per system, half and part. */
const topicTotals = new Map<string, { n: number; withInside: number; cited: number; citedInside: number }>();
/** Candidate passages against the reference spans, per half, part and kind (`--runs`). */
const runTotals = new Map<
  string,
  { n: number; chosen: number; best: number; any: number; unmatched: number; insideShare: number }
>();
const countRuns = (group: string, choice: RunChoice | undefined) => {
  const t = runTotals.get(group) ?? { n: 0, chosen: 0, best: 0, any: 0, unmatched: 0, insideShare: 0 };
  t.n++;
  if (!choice) t.unmatched++;
  else {
    if (choice.chosen) t.chosen++;
    if (choice.best) t.best++;
    if (choice.any) t.any++;
    t.insideShare += choice.insideShare;
  }
  runTotals.set(group, t);
};
/** Where recap's cited turns lie, per half, part and kind of meeting (`--where`). */
const whereTotals = new Map<string, CitedWhere>();
/** Answers by the locator's margin between its two heaviest runs, per half and part (`--margin`). */
const marginTotals = new Map<string, MarginTotals>();
/** The shape of recap's answers, per half and part (`--shape`). */
const shapeTotals = new Map<string, AnswerShape>();
/** Recap's answer to a specific query, sentence by sentence, each with the order it was chosen in. */
const chosenSentences = (transcript: Transcript, query: string): ChosenSentence[] => {
  const picks = answerPicks(prepareTranscript(transcript), query) ?? [];
  const sentences = answerQuery(transcript, query).sentences;
  const ids = picks.map((pick) => pick.unit.id).sort((a, b) => a - b);
  // Sentences come in meeting order, one per chosen unit; an answer that does not match them is left out.
  if (ids.length !== sentences.length) return [];
  const rankOf = new Map(picks.map((pick, rank) => [pick.unit.id, rank]));
  return sentences.map((sentence, i) => ({
    text: sentence.text,
    turn: sentence.turn,
    rank: rankOf.get(ids[i] ?? -1) ?? 0,
  }));
};
/** Recap's answers with spans, sentence by sentence, per half, kind of query and kind of meeting (`--citations`). */
const citedAnswers: {
  half: Half;
  kind: 'specific' | 'topic';
  domain: Domain;
  sentences: CitedSentence[];
  spans: readonly QmsumSpan[];
}[] = [];
/** Each cited turn of an answer with what the locator knows of it: does it say a query word, is it in the heaviest run. */
const citedSentences = (transcript: Transcript, query: string, turns: readonly number[]): CitedSentence[] => {
  const located = locateQuery(prepareTranscript(transcript), query);
  const best = located?.runs.reduce<WeightedRun | undefined>(
    (top, item) => (top === undefined || item.weight > top.weight ? item : top),
    undefined,
  );
  return turns.map((turn) => ({
    turn,
    saysQuery: (located?.own[turn] ?? 0) > 0,
    inBestRun:
      !located ||
      located.regions.length < 2 ||
      (best !== undefined && turn >= best.run.from && turn <= best.run.to),
  }));
};
const locatedRuns = (transcript: Transcript, query: string, spans: readonly QmsumSpan[]) => {
  const located = locateQuery(prepareTranscript(transcript), query);
  return located ? runChoice(located.regions, located.runs, spans) : undefined;
};
/** The meetings of the halves asked for, each with its half. */
async function* allMeetings() {
  for (const half of halves) for await (const meeting of meetingsIn(HALVES[half])) yield { ...meeting, half };
}
for await (const { file, path, half, part, transcript, evaluation } of allMeetings()) {
  meetings++;
  const run = (kind: 'general' | 'specific', item: QmsumQuery) => {
    for (const system of SYSTEMS) {
      if (system.specificOnly && kind === 'general') continue;
      const answer = system.answer(transcript, item.query, kind, item.spans);
      const scores = rouge(answer.text, item.answer);
      for (const group of ['all', part] as const) {
        const t = totals.get(key(system.name, half, group))?.[kind];
        if (!t) continue;
        t.n++;
        t.r1 += scores.rouge1;
        t.r2 += scores.rouge2;
        t.rl += scores.rougeL;
        t.words += answer.text.split(/\s+/).filter(Boolean).length;
        if (item.spans.length > 0) {
          const inside = (turn: number) => item.spans.some((span) => turn >= span.start && turn <= span.end);
          const turns = [...new Set(answer.turns)];
          t.spanned++;
          if (turns.some(inside)) t.withInside++;
          t.cited += turns.length;
          t.citedInside += turns.filter(inside).length;
        }
      }
      if (system.name.startsWith('recap') && withWhere && kind === 'specific' && item.spans.length > 0) {
        const found = locatedRuns(transcript, item.query, item.spans)?.any ?? false;
        for (const group of [
          `${half}\u0000all\u0000all`,
          `${half}\u0000${part}\u0000all`,
          `${half}\u0000all\u0000${domainOf(path)}`,
        ]) {
          const t = whereTotals.get(group) ?? emptyWhere();
          countWhere(t, answer.turns, item.spans, found);
          whereTotals.set(group, t);
        }
      }
      if (system.name.startsWith('recap') && withMargin && kind === 'specific' && item.spans.length > 0) {
        const located = locateQuery(prepareTranscript(transcript), item.query);
        const choice = located ? runChoice(located.regions, located.runs, item.spans) : undefined;
        const turns = [...new Set(answer.turns)];
        const inside = turns.filter((turn) =>
          item.spans.some((span) => turn >= span.start && turn <= span.end),
        ).length;
        for (const group of [`${half}\u0000all`, `${half}\u0000${part}`]) {
          const t = marginTotals.get(group) ?? emptyMargins();
          countMargin(
            t,
            runMargin(located?.runs.map((run) => run.weight) ?? []),
            choice?.chosen ?? false,
            turns.length,
            inside,
          );
          marginTotals.set(group, t);
        }
      }
      if (system.name.startsWith('recap') && withShape && kind === 'specific' && item.spans.length > 0) {
        const sentences = chosenSentences(transcript, item.query);
        for (const group of [`${half}\u0000all`, `${half}\u0000${part}`]) {
          const t = shapeTotals.get(group) ?? emptyShape();
          countShape(t, sentences, item.spans, item.answer);
          shapeTotals.set(group, t);
        }
      }
      if (system.name.startsWith('recap') && withCitations && kind === 'specific' && item.spans.length > 0)
        citedAnswers.push({
          half,
          kind,
          domain: domainOf(path),
          sentences: citedSentences(transcript, item.query, answer.turns),
          spans: item.spans,
        });
      if (system.name.startsWith('recap')) {
        const inside = (turn: number) => item.spans.some((span) => turn >= span.start && turn <= span.end);
        const turns = item.spans.length > 0 ? [...new Set(answer.turns)] : [];
        results.push({
          id: `${file}\u0000${kind}\u0000${item.query}`,
          half,
          part,
          kind,
          score: scores.rouge1,
          text: answer.text,
          cited: turns.length,
          citedInside: turns.filter(inside).length,
        });
      }
      if (verbose && system.name.startsWith('recap')) {
        const inside = (turn: number) => item.spans.some((span) => turn >= span.start && turn <= span.end);
        const where = item.spans.length
          ? `\n  GOLD: ${item.spans.map((span) => `${span.start}-${span.end}`).join(' ')}  CITED: ${[...new Set(answer.turns)].map((turn) => `${turn}${inside(turn) ? '+' : '-'}`).join(' ')}`
          : '';
        console.error(
          `\n[${kind}] ${file} ${item.query}\n  R1=${(scores.rouge1 * 100).toFixed(1)} words=${answer.text.split(/\s+/).filter(Boolean).length}/${item.answer.split(/\s+/).filter(Boolean).length}${where}\n  OURS: ${answer.text}\n  REF:  ${item.answer}`,
        );
      }
    }
  };
  for (const item of evaluation.general) run('general', item);
  for (const item of evaluation.specific) run('specific', item);
  if (withRuns)
    for (const item of evaluation.specific) {
      if (item.spans.length === 0) continue;
      const choice = locatedRuns(transcript, item.query, item.spans);
      for (const group of ['all', part] as const) countRuns(`${half}\u0000${group}\u0000specific`, choice);
    }
  if (withTopics)
    for (const { topic, spans } of evaluation.topics) {
      const query = topicQuery(topic);
      if (spans.length === 0 || !query) continue;
      if (withRuns) {
        const choice = locatedRuns(transcript, query, spans);
        for (const group of ['all', part] as const) countRuns(`${half}\u0000${group}\u0000topic`, choice);
      }
      for (const system of SYSTEMS) {
        const turns = system.answer(transcript, query, 'specific', spans).turns;
        const { cited, inside } = citedInSpans(turns, spans);
        for (const group of ['all', part] as const) {
          const k = key(system.name, half, group);
          const t = topicTotals.get(k) ?? { n: 0, withInside: 0, cited: 0, citedInside: 0 };
          t.n++;
          if (inside > 0) t.withInside++;
          t.cited += cited;
          t.citedInside += inside;
          topicTotals.set(k, t);
        }
        if (system.name.startsWith('recap') && withCitations)
          citedAnswers.push({
            half,
            kind: 'topic',
            domain: domainOf(path),
            sentences: citedSentences(transcript, query, turns),
            spans,
          });
        if (system.name.startsWith('recap'))
          results.push({
            id: `${file}\u0000topic\u0000${query}`,
            half,
            part,
            kind: 'topic',
            score: 0,
            text: [...new Set(turns)].join(' '),
            cited,
            citedInside: inside,
          });
      }
    }
}

const pct = (value: number, n: number) => (n ? ((100 * value) / n).toFixed(1) : '–');
console.log(
  `QMSum, ${meetings} meetings of ../shared/corpus/meetings/qmsum (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
);
console.log(
  '| half | system | queries | n | ROUGE-1 | ROUGE-2 | ROUGE-L | words | answers with a cited turn in span | cited turns in span |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const half of Object.keys(HALVES) as Half[]) {
  for (const part of PARTS) {
    for (const system of SYSTEMS) {
      for (const kind of ['general', 'specific'] as const) {
        const t = totals.get(key(system.name, half, part))?.[kind];
        if (!t?.n) continue;
        const citation =
          kind === 'specific'
            ? [`${pct(t.withInside, t.spanned)}%`, `${pct(t.citedInside, t.cited)}%`]
            : ['–', '–'];
        console.log(
          `| ${half} (${HALVES[half]}/)${part === 'all' ? '' : ` part ${part}`} | ${system.name} | ${kind} | ${t.n} | ${pct(t.r1, t.n)} | ${pct(t.r2, t.n)} | ${pct(t.rl, t.n)} | ${(t.words / Math.max(t.n, 1)).toFixed(0)} | ${citation.join(' | ')} |`,
        );
      }
    }
  }
}
console.log('| | expected naive baseline (published figure) | specific | | ~19 | | | | ~65% | ~20% |');
console.log('| | QMSum paper: Locator + HMNet (supervised) | all | | 32.3 | 8.7 | | | | |');
console.log('| | QMSum paper: extractive oracle | all | | 42.8 | | | | | |');
if (withTopics) {
  console.log(
    '\nTopic queries ("Summarize the discussion about <topic>."), cited turns against the topic\'s spans:\n',
  );
  console.log('| half | system | n | answers with a cited turn in span | cited turns in span |');
  console.log('|---|---|---|---|---|');
  for (const half of Object.keys(HALVES) as Half[])
    for (const part of PARTS)
      for (const system of SYSTEMS) {
        const t = topicTotals.get(key(system.name, half, part));
        if (!t?.n) continue;
        console.log(
          `| ${half} (${HALVES[half]}/)${part === 'all' ? '' : ` part ${part}`} | ${system.name} | ${t.n} | ${pct(t.withInside, t.n)}% | ${pct(t.citedInside, t.cited)}% |`,
        );
      }
}

if (withRuns) {
  console.log(
    '\nCandidate passages against the reference spans (queries with spans; "any run": the ceiling of choosing among the runs found):\n',
  );
  console.log(
    '| half | queries | n | nothing matched | passages answered from overlap | passage turns in span (mean) | best-weighted run overlaps | any run overlaps |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const half of Object.keys(HALVES) as Half[])
    for (const part of PARTS)
      for (const kind of ['specific', 'topic'] as const) {
        const t = runTotals.get(`${half}\u0000${part}\u0000${kind}`);
        if (!t?.n) continue;
        console.log(
          `| ${half}${part === 'all' ? '' : ` part ${part}`} | ${kind} | ${t.n} | ${t.unmatched} | ${t.chosen} (${pct(t.chosen, t.n)}%) | ${pct(t.insideShare, t.n)}% | ${t.best} (${pct(t.best, t.n)}%) | ${t.any} (${pct(t.any, t.n)}%) |`,
        );
      }
}

if (withDomains) {
  console.log('\nRecap per kind of meeting (AMI product design, ICSI research, parliamentary committee):\n');
  console.log('| half | kind of meeting | queries | n | ROUGE-1 | cited turns in span |');
  console.log('|---|---|---|---|---|---|');
  for (const half of Object.keys(HALVES) as Half[])
    for (const domain of DOMAINS)
      for (const kind of ['general', 'specific'] as const) {
        const these = results.filter(
          (result) =>
            result.half === half &&
            result.kind === kind &&
            domainOf(result.id.split('\u0000')[0] ?? '') === domain,
        );
        if (these.length === 0) continue;
        const cited = these.reduce((sum, result) => sum + result.cited, 0);
        const inside = these.reduce((sum, result) => sum + result.citedInside, 0);
        const r1 = these.reduce((sum, result) => sum + result.score, 0);
        console.log(
          `| ${half} | ${domain} | ${kind} | ${these.length} | ${pct(r1, these.length)} | ${kind === 'general' ? '–' : `${pct(inside, cited)}%`} |`,
        );
      }
}

if (withCitations) {
  console.log(
    '\nWhich turns recap cites (answers with reference spans; each sentence cites the one turn it was taken from):\n',
  );
  console.log(
    "| half | queries | kind of meeting | answers | sentences / answer | cited turns / answer | cited turns in span | answers citing a turn in span | in span, within those answers | only the best run's turns | only turns saying a query word | ceiling of pruning within answers |",
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  const share = (t: { turns: number; inside: number }) => `${pct(t.inside, t.turns)}% (${t.turns})`;
  for (const half of Object.keys(HALVES) as Half[])
    for (const kind of ['specific', 'topic'] as const)
      for (const domain of ['all', ...DOMAINS] as const) {
        const these = citedAnswers.filter(
          (answer) =>
            answer.half === half && answer.kind === kind && (domain === 'all' || answer.domain === domain),
        );
        if (these.length === 0) continue;
        const f = citationFigures(these);
        console.log(
          `| ${half} | ${kind} | ${domain} | ${f.answers} | ${(f.sentences / f.answers).toFixed(2)} | ${(f.cited.turns / f.answers).toFixed(2)} | ${share(f.cited)} | ${f.hitAnswers} (${pct(f.hitAnswers, f.answers)}%) | ${share(f.withinHits)} | ${share(f.bestRunOnly)} | ${share(f.saysQueryOnly)} | ${share(f.pruningCeiling)} |`,
        );
      }
}

if (withWhere) {
  console.log(
    "\nWhere recap's cited turns lie (specific queries with spans; turns outside by distance to the nearest span):\n",
  );
  const ranges = DISTANCES.map((item) => item.label).join(' / ');
  console.log(
    `| half | part / kind | answers | all in span | none in span | mixed | mixed: turns outside, ${ranges} | none: turns, ${ranges} | none: a candidate run overlapped a span |`,
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const half of Object.keys(HALVES) as Half[])
    for (const [part, domain] of [
      ['all', 'all'],
      ...(withParts
        ? ([
            ['a', 'all'],
            ['b', 'all'],
          ] as const)
        : []),
      ...DOMAINS.map((name) => ['all', name] as const),
    ] as const) {
      const t = whereTotals.get(`${half}\u0000${part}\u0000${domain}`);
      if (!t?.answers) continue;
      const label = part !== 'all' ? `part ${part}` : domain;
      console.log(
        `| ${half} | ${label} | ${t.answers} | ${t.allInside} | ${t.noneInside} | ${t.mixed} | ${t.mixedOutside.join(' / ')} | ${t.noneOutside.join(' / ')} | ${t.noneRunFound} |`,
      );
    }
}

if (withMargin) {
  console.log(
    "\nThe locator's margin (second-heaviest candidate run's query weight ÷ the heaviest's; 0 with one run) against finding the passage (specific queries with spans):\n",
  );
  const bands = MARGIN_BANDS.map((band) => band.label).join(' / ');
  console.log(`| half | part | answers, margin ${bands} | passages on a span | cited turns in span |`);
  console.log('|---|---|---|---|---|');
  for (const half of Object.keys(HALVES) as Half[])
    for (const part of PARTS) {
      const t = marginTotals.get(`${half}\u0000${part}`);
      if (!t) continue;
      const per = (values: number[], of: number[]) =>
        values.map((value, i) => `${pct(value, of[i] ?? 0)}%`).join(' / ');
      console.log(
        `| ${half} | ${part} | ${t.answers.join(' / ')} | ${per(t.found, t.answers)} | ${per(t.citedInside, t.cited)} |`,
      );
    }
}

if (withShape) {
  console.log(
    `\nThe shape of recap's answers (specific queries with spans): cited turns in span by the order the sentence was chosen, and passages (cited turns more than ${PASSAGE_GAP} apart start a new one):\n`,
  );
  console.log(
    `| half | part | answers | cited turns in span, sentence chosen ${PICK_RANKS.join(' / ')} | answers with 1 / 2 / 3+ passages | turns in span, passage of the first choice | turns in span, other passages |`,
  );
  console.log('|---|---|---|---|---|---|---|');
  const share = (t: { turns: number; inside: number }) => `${pct(t.inside, t.turns)}% (${t.turns})`;
  for (const half of Object.keys(HALVES) as Half[])
    for (const part of PARTS) {
      const t = shapeTotals.get(`${half}\u0000${part}`);
      if (!t?.answers) continue;
      console.log(
        `| ${half} | ${part} | ${t.answers} | ${t.byRank.map(share).join(' / ')} | ${t.passages.join(' / ')} | ${share(t.firstPassage)} | ${share(t.otherPassages)} |`,
      );
    }
  console.log(
    '\nAnswer length against the reference answers (ROUGE tokens; percentiles 10 / 25 / 50 / 75 / 90), ROUGE-1 precision and recall, and ROUGE-1 as given, without the last chosen sentence, and at the best number of sentences for each answer (a ceiling):\n',
  );
  console.log(
    '| half | part | answers | ours, mean (percentiles) | reference, mean (percentiles) | ROUGE-1 P | ROUGE-1 R | ROUGE-1 | without the last sentence | best number of sentences |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  const mean = (values: readonly number[]) =>
    values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
  for (const half of Object.keys(HALVES) as Half[])
    for (const part of PARTS) {
      const t = shapeTotals.get(`${half}\u0000${part}`);
      if (!t?.answers) continue;
      const lengths = (values: readonly number[]) =>
        `${mean(values).toFixed(0)} (${percentiles(values).join(' / ')})`;
      console.log(
        `| ${half} | ${part} | ${t.answers} | ${lengths(t.ours)} | ${lengths(t.reference)} | ${pct(t.precision, t.answers)} | ${pct(t.recall, t.answers)} | ${pct(t.full, t.answers)} | ${pct(t.dropLast, t.answers)} | ${pct(t.bestPrefix, t.answers)} |`,
      );
    }
}

if (saveTo) writeFileSync(saveTo, `${JSON.stringify(results, null, 1)}\n`);
if (against) {
  const before = JSON.parse(readFileSync(against, 'utf8')) as QueryResult[];
  console.log(`\nAgainst ${against}, recap, query by query (ROUGE-1 change ± its standard error):\n`);
  console.log(
    '| half | queries | n | ROUGE-1 change | better | worse | answers changed | cited turns in span |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const half of Object.keys(HALVES) as Half[])
    for (const part of PARTS)
      for (const kind of ['general', 'specific', 'topic'] as const) {
        const these = results.filter(
          (result) =>
            result.half === half && result.kind === kind && (part === 'all' || result.part === part),
        );
        if (these.length === 0) continue;
        const d = pairedDifference(before, these);
        const cited = kind === 'general' ? '–' : `${pct(d.citedBefore, 1)}% → ${pct(d.citedAfter, 1)}%`;
        console.log(
          `| ${half}${part === 'all' ? '' : ` part ${part}`} | ${kind} | ${d.n} | ${d.mean >= 0 ? '+' : ''}${(100 * d.mean).toFixed(2)} ± ${(100 * d.standardError).toFixed(2)} | ${d.better} | ${d.worse} | ${d.changed} | ${cited} |`,
        );
      }
}
