/**
 * Ask latency on a large index: a synthetic corpus of 100,000 chunks (Zipf-distributed
 * vocabulary in sentences, people in the people field, deterministic) written through the
 * index's `writeChunks`, then `askQuestion` on the builtin engine over 50 questions, whole
 * answer included (the builtin engine computes the answer in one piece, so its first
 * sentence arrives with the last). The peer in the same run is `search` alone on the same
 * index with the same request (the retrieval step of `ask`).
 *
 *   node bin/run-ts.js bench/ask-latency.ts      (OFFICEMATE_BENCH_CHUNKS to change the size)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { askQuestion } from '../src/chat/ask-question.ts';
import { writeChunks } from '../src/index/index-paths.ts';
import { openIndex } from '../src/index/open-index.ts';
import { search } from '../src/index/search.ts';
import type { ChunkDraft } from '../src/index/types.ts';
import { seededRandom as random } from '../src/lib/random.ts';
import { syntheticFile, vocabulary, zipfSampler } from './synthetic-corpus.ts';

const CHUNKS = Number(process.env.OFFICEMATE_BENCH_CHUNKS ?? 100_000);
const QUESTIONS = 50;
const WARMUP = 5;
const USER = 'bench';
const NOW = new Date('2026-03-12T09:00:00Z');

const SYLLABLES = 'ka lo mi ne ra to shi vu pel dri no su gar bex tin mor ali quo zen fa rum het'.split(' ');
const PEOPLE = ['Ana Ruiz', 'Chen Wei', 'Lars Berg', 'Priya Nair', 'Daniel Okoro', 'Mia Svensson'];

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

const words = vocabulary(30_000, SYLLABLES);
const next = random(42);
const sample = zipfSampler(words.length, next);
const word = () => words[sample()] ?? 'ka';

function sentence(): string {
  const length = 6 + Math.floor(next() * 14);
  const body = Array.from({ length }, word).join(' ');
  return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
}

const work = mkdtempSync(join(tmpdir(), 'officemate-ask-latency-'));
try {
  const index = await openIndex(join(work, 'index.db'));
  let started = performance.now();
  const perFile = 2000;
  for (let start = 0; start < CHUNKS; start += perFile) {
    const drafts: ChunkDraft[] = [];
    for (let offset = 0; offset < Math.min(perFile, CHUNKS - start); offset++) {
      const count = 2 + Math.floor(next() * 6);
      const person = PEOPLE[Math.floor(next() * PEOPLE.length)] ?? 'Ana Ruiz';
      drafts.push({
        type: 'document',
        title: `${word()} ${word()} ${word()}`,
        text: Array.from({ length: count }, sentence).join(' '),
        locator: { paragraph: offset + 1 },
        people: [{ name: person, role: 'author' }],
        date: new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 430) * 86_400_000).toISOString(),
      });
    }
    await writeChunks(
      index.store,
      syntheticFile(`/synthetic/notes-${start / perFile}.md`, String(start), USER),
      drafts,
    );
  }
  const buildSeconds = (performance.now() - started) / 1000;

  // Questions as people ask them: a frame around 2–3 content words drawn as users type them.
  const frames = [
    (a: string, b: string) => `What did we decide about the ${a} ${b}?`,
    (a: string, b: string) => `What is the status of ${a} and ${b}?`,
    (a: string, b: string) => `Why was the ${a} ${b} delayed?`,
    (a: string, b: string) => `Who is responsible for ${a} ${b}?`,
    (a: string, b: string) => `What are the risks of ${a} ${b} ${word()}?`,
  ];
  const pick = () => words[Math.min(words.length - 1, 20 + sample())] ?? 'ka';
  const questions = Array.from({ length: QUESTIONS + WARMUP }, (_, i) =>
    (frames[i % frames.length] ?? frames[0]!)(pick(), pick()),
  );

  // Interleaved per question, the order alternating, so neither step finds the pages the
  // other just read more often than the other does.
  const runSearch = (query: string) => search(index, { query, k: 8, now: NOW, filters: { asUser: USER } });
  let found = 0;
  const runAsk = async (question: string) => {
    const result = await askQuestion(index, question, { now: NOW, asUser: USER });
    if (result.found) found++;
  };
  for (const question of questions.slice(0, WARMUP)) {
    await runSearch(question);
    await runAsk(question);
  }
  found = 0;
  started = performance.now();
  const searchSamples: number[] = [];
  const askSamples: number[] = [];
  const timed = async (run: () => Promise<unknown>, into: number[]) => {
    const begin = performance.now();
    await run();
    into.push(performance.now() - begin);
  };
  for (const [i, question] of questions.slice(WARMUP).entries()) {
    if (i % 2 === 0) {
      await timed(() => runSearch(question), searchSamples);
      await timed(() => runAsk(question), askSamples);
    } else {
      await timed(() => runAsk(question), askSamples);
      await timed(() => runSearch(question), searchSamples);
    }
  }
  const stats = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      mean: sorted.reduce((sum, time) => sum + time, 0) / sorted.length,
    };
  };
  const searchTimes = stats(searchSamples);
  const askTimes = stats(askSamples);
  const measureSeconds = (performance.now() - started) / 1000;
  await index.close();

  const ms = (value: number) => value.toFixed(0);
  console.log(
    `Ask latency, ${CHUNKS.toLocaleString('en')} synthetic chunks (built in ${buildSeconds.toFixed(0)} s), ${QUESTIONS} questions after ${WARMUP} warm-up, builtin engine; ${found}/${QUESTIONS} answered (${measureSeconds.toFixed(0)} s)\n`,
  );
  console.log('| step | p50 ms | p95 ms | mean ms |');
  console.log('|---|---|---|---|');
  console.log(
    `| search (k = 8, peer) | ${ms(searchTimes.p50)} | ${ms(searchTimes.p95)} | ${ms(searchTimes.mean)} |`,
  );
  console.log(
    `| ask, whole answer (builtin) | ${ms(askTimes.p50)} | ${ms(askTimes.p95)} | ${ms(askTimes.mean)} |`,
  );
  console.log(
    `| ask ÷ search (p50) | ${(askTimes.p50 / Math.max(searchTimes.p50, 1e-9)).toFixed(2)}× | ${(askTimes.p95 / Math.max(searchTimes.p95, 1e-9)).toFixed(2)}× | |`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
