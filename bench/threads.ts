/**
 * Thread rebuilding quality: precision and recall of same-thread message pairs with the
 * threading headers removed, on synthetic mailboxes with known conversations (several
 * seeds) and on the sample workspace mailbox (whose true threads come from its headers).
 */
import { join } from 'node:path';
import type { Message } from '../src/formats/model.ts';
import { readFile } from '../src/formats/read-file.ts';
import { rebuildThreads } from '../src/index/threads.ts';
import { pairScores, syntheticMailbox } from '../test/helpers/synthetic-mail.ts';

function labels(messages: readonly Message[]): string[] {
  return rebuildThreads(messages).map((assignment) => assignment.threadId);
}

const rows: string[] = [];
const format = (value: number) => value.toFixed(3);
const variants = [
  { name: 'synthetic (25% generic subjects, 85% of replies quote)', options: {} },
  {
    name: 'synthetic, hard (50% generic subjects, 40% of replies quote)',
    options: { genericSubjects: 0.5, quoting: 0.4 },
  },
];
for (const variant of variants) {
  for (const seed of [1, 2, 3]) {
    const { messages, truth } = syntheticMailbox(seed, 300, variant.options);
    const started = performance.now();
    const scores = pairScores(labels(messages), truth);
    rows.push(
      `| ${variant.name}, seed ${seed} | ${messages.length} | ${format(scores.precision)} | ${format(scores.recall)} | ${format(scores.f1)} | ${(performance.now() - started).toFixed(0)} ms |`,
    );
  }
}

const sample = join(import.meta.dirname, '..', 'examples', 'workspace');
const mbox = await readFile(join(sample, 'Inbox.mbox'));
if (mbox.success && mbox.data.type === 'mailbox') {
  const withHeaders = mbox.data.messages;
  const truth = labels(withHeaders);
  const stripped = withHeaders.map((message) => ({ ...message, inReplyTo: undefined, references: [] }));
  const scores = pairScores(labels(stripped), truth);
  rows.push(
    `| sample workspace mbox | ${withHeaders.length} | ${format(scores.precision)} | ${format(scores.recall)} | ${format(scores.f1)} | |`,
  );
}

console.log(
  '| mailbox (In-Reply-To/References removed) | messages | pair precision | pair recall | F1 | time |',
);
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
