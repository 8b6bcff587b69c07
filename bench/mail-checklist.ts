/**
 * Mail against hand labels (bench/data/mail-labels*.json, one file per mailbox): conversations of
 * real Enron inboxes of different owners, each labelled needs-reply or not (as its owner would) and with the facts a summary
 * must keep. Reports triage precision and recall of needs-reply and the share of facts the
 * thread summary keeps, per half (tuning: even last hex digit of the thread id; check: odd),
 * or, for a label file with a `group` ("held-out": labelled later, run once before and once after a
 * round of changes), as that group; next to naive baselines in the same run (needs-reply when the last message has a question
 * mark or "please"; the summary as the first 60 words of the last message).
 *
 *   node bin/run-ts.js bench/mail-checklist.ts [--half tuning|check|held-out|held-out-2|held-out-3|held-out-4|held-out-5] [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withFolderNames } from '../src/skills/mail/folder-names.ts';
import { loadMail } from '../src/skills/mail/load-mail.ts';
import { buildThreads, type MailThread } from '../src/skills/mail/mail-thread.ts';
import { summarizeThread } from '../src/skills/mail/summarize-thread.ts';
import { triageThreads } from '../src/skills/mail/triage.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const CORPUS = process.env.CORPUS_DIR ?? join(here, '..', '..', 'shared', 'corpus');
const verbose = process.argv.includes('--verbose');
const halfArg = process.argv.indexOf('--half');
const onlyHalf = halfArg >= 0 ? process.argv[halfArg + 1] : undefined;

type Label = { id: string; subject: string; needsReply: boolean; facts: string[] };
/** A file with a `group` (e.g. "held-out") is scored as that group alone, never split into halves. */
type LabelFile = { mailbox: string; owner: string[]; now: string; group?: string; threads: Label[] };
const labelFiles = readdirSync(join(here, 'data'))
  .filter((name) => /^mail-labels.*\.json$/.test(name))
  .sort();
const halfOf = (id: string) => (Number.parseInt(id.at(-1) ?? '0', 16) % 2 === 0 ? 'tuning' : 'check');

const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');
const naiveNeedsReply = (thread: MailThread) => /\?|\bplease\b/i.test(thread.messages.at(-1)?.text ?? '');
const naiveSummary = (thread: MailThread) =>
  (thread.messages.at(-1)?.text ?? '').split(/\s+/).slice(0, 60).join(' ');

type Tally = { tp: number; fp: number; fn: number; facts: number; kept: number; n: number };
const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, facts: 0, kept: 0, n: 0 });
const add = (into: Tally, from: Tally) => {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += from[key];
};
/** Tallies by "mailbox, half, system"; the mailbox "all" sums every labelled mailbox. */
const tallies = new Map<string, Tally>();
const tally = (mailbox: string, half: string, system: string) => {
  const key = `${mailbox}\u0000${half}\u0000${system}`;
  const found = tallies.get(key) ?? empty();
  tallies.set(key, found);
  return found;
};

for (const file of labelFiles) {
  const labels = JSON.parse(readFileSync(join(here, 'data', file), 'utf8')) as LabelFile;
  const { messages } = await loadMail([join(CORPUS, labels.mailbox)]);
  const threads = new Map(buildThreads(messages).map((thread) => [thread.id, thread]));
  const triaged = new Map(
    triageThreads([...threads.values()], { me: labels.owner, now: new Date(labels.now) }).map((item) => [
      item.id,
      item,
    ]),
  );
  const systems = {
    naive: { needsReply: naiveNeedsReply, summary: naiveSummary },
    officemate: {
      needsReply: (thread: MailThread) => triaged.get(thread.id)?.label === 'needs-reply',
      // As `mail summarize` does: people the thread leaves bare are named as the folder names them.
      summary: (thread: MailThread) => summarizeThread(withFolderNames(thread, messages)).summary,
    },
  };
  let missing = 0;
  for (const label of labels.threads) {
    const half = labels.group ?? halfOf(label.id);
    if (onlyHalf && half !== onlyHalf) continue;
    const thread = threads.get(label.id);
    if (!thread) {
      missing++;
      continue;
    }
    for (const [name, system] of Object.entries(systems)) {
      const one = empty();
      const said = system.needsReply(thread);
      one.n = 1;
      if (said && label.needsReply) one.tp = 1;
      if (said && !label.needsReply) one.fp = 1;
      if (!said && label.needsReply) one.fn = 1;
      const summary = normalize(system.summary(thread));
      const kept = label.facts.filter((fact) => summary.includes(normalize(fact)));
      one.facts = label.facts.length;
      one.kept = kept.length;
      add(tally(labels.mailbox, half, name), one);
      add(tally('all', half, name), one);
      if (verbose && name === 'officemate' && (said !== label.needsReply || kept.length < label.facts.length))
        console.error(
          `\n${label.id} ${label.subject}: said ${said}, labelled ${label.needsReply}; missing facts: ${label.facts.filter((fact) => !kept.includes(fact)).join(', ')}\n  ${summary.slice(0, 600)}`,
        );
    }
  }
  console.log(
    `${labels.mailbox}: ${labels.threads.length - missing} hand-labelled conversations${missing ? ` (${missing} labelled ids not rebuilt)` : ''}`,
  );
}

const ratio = (part: number, whole: number) => (whole ? (part / whole).toFixed(2) : '–');
console.log(
  '\n| mailbox | half | system | conversations | needs-reply precision | needs-reply recall | summary fact recall |',
);
console.log('|---|---|---|---|---|---|---|');
for (const [key, counts] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
  const [mailbox, half, name] = key.split('\u0000');
  console.log(
    `| ${mailbox} | ${half} | ${name === 'naive' ? 'naive (question mark or "please"; first 60 words)' : 'officemate (builtin engine)'} | ${counts.n} | ${ratio(counts.tp, counts.tp + counts.fp)} | ${ratio(counts.tp, counts.tp + counts.fn)} | ${ratio(counts.kept, counts.facts)} (${counts.kept}/${counts.facts}) |`,
  );
}
