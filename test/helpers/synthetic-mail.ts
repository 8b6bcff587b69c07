/**
 * A synthetic mailbox with known conversations, for measuring thread rebuilding: subjects
 * repeat across unrelated threads, some replies quote their parent and some do not,
 * prefixes vary (RE:, Re:, FW:, Antw:), and participants overlap between threads.
 * Deterministic for a seed.
 */
import type { Message } from '../../src/formats/model.ts';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PEOPLE = Array.from({ length: 24 }, (_, i) => ({
  name: `Person ${String.fromCharCode(65 + i)}`,
  address: `person.${String.fromCharCode(97 + i)}@example.com`,
}));
// About a quarter of real subjects are generic and repeat across unrelated threads; the
// rest name their topic.
const GENERIC_SUBJECTS = ['Meeting', 'Update', 'Quick question', 'Status', 'Follow-up', 'FYI'];
const TOPICS = [
  'Q3 budget',
  'Contract review',
  'Hiring plan',
  'Site visit',
  'Invoice',
  'Board deck',
  'Vendor shortlist',
  'Travel policy',
  'Forecast',
  'Offsite agenda',
  'Pricing',
  'Launch plan',
];
const QUALIFIERS = [
  '',
  ' - draft',
  ' for Monday',
  ' (revised)',
  ' next steps',
  ' numbers',
  ' Houston',
  ' Q4',
  ' approval',
  ' timeline',
];
const WORDS =
  'the budget forecast vendor contract draft review numbers team plan schedule revenue risk customer launch pricing travel board agenda offsite invoice hiring candidate office site visit'.split(
    ' ',
  );

export type SyntheticMailbox = { messages: Message[]; truth: string[] };

export type SyntheticOptions = {
  /** Share of threads with a generic, repeated subject (default 0.25). */
  readonly genericSubjects?: number;
  /** Share of replies that quote the message they answer (default 0.85). */
  readonly quoting?: number;
};

export function syntheticMailbox(
  seed = 7,
  threadCount = 200,
  options: SyntheticOptions = {},
): SyntheticMailbox {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const sentence = () => Array.from({ length: 8 + Math.floor(next() * 10) }, () => pick(WORDS)).join(' ');
  const messages: Message[] = [];
  const truth: string[] = [];
  let clock = Date.parse('2025-01-06T09:00:00Z');
  for (let t = 0; t < threadCount; t++) {
    const subject =
      next() < (options.genericSubjects ?? 0.25)
        ? pick(GENERIC_SUBJECTS)
        : `${pick(TOPICS)}${pick(QUALIFIERS)}`;
    const group = Array.from(new Set(Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(PEOPLE))));
    if (group.length < 2) group.push(PEOPLE[(PEOPLE.indexOf(group[0]!) + 1) % PEOPLE.length]!);
    const length = 1 + Math.floor(next() * 6);
    let start = clock + Math.floor(next() * 3 * 86_400_000);
    clock += Math.floor(next() * 8 * 3_600_000);
    let parent: Message | undefined;
    for (let m = 0; m < length; m++) {
      const from = m === 0 ? group[0]! : group[(m + Math.floor(next() * 2)) % group.length]!;
      const to = group.filter((person) => person !== from);
      start += Math.floor((0.2 + next() * 30) * 3_600_000);
      const own = `${sentence()}. ${sentence()}?`;
      const quoteParent = parent && next() < (options.quoting ?? 0.85);
      const prefix = m === 0 ? '' : pick(['RE: ', 'Re: ', 'RE: ', 'FW: ', 'Antw: ', 'RE: RE: ']);
      const text = quoteParent
        ? `${own}\n\n-----Original Message-----\nFrom: ${parent!.from?.name}\nSent: earlier\n\n${parent!.text.split('\n-----Original')[0]}`
        : own;
      const message: Message = {
        type: 'message',
        messageId: `<m${t}.${m}.${seed}@example.com>`,
        subject: `${prefix}${subject}`,
        from,
        to,
        cc: [],
        bcc: [],
        date: new Date(start).toISOString(),
        references: [],
        text,
        attachments: [],
        headers: {},
        locator: { messageId: `<m${t}.${m}.${seed}@example.com>` },
      };
      messages.push(message);
      truth.push(`thread-${t}`);
      parent = message;
    }
  }
  // Interleave threads by date, as a real mailbox holds them.
  const order = messages
    .map((_, i) => i)
    .sort((a, b) => messages[a]!.date!.localeCompare(messages[b]!.date!));
  return { messages: order.map((i) => messages[i]!), truth: order.map((i) => truth[i]!) };
}

/** Precision and recall over pairs of messages placed in the same thread. */
export function pairScores(
  predicted: readonly string[],
  truth: readonly string[],
): { precision: number; recall: number; f1: number } {
  let both = 0;
  let predictedPairs = 0;
  let truePairs = 0;
  for (let i = 0; i < truth.length; i++) {
    for (let j = i + 1; j < truth.length; j++) {
      const samePredicted = predicted[i] === predicted[j];
      const sameTrue = truth[i] === truth[j];
      if (samePredicted) predictedPairs++;
      if (sameTrue) truePairs++;
      if (samePredicted && sameTrue) both++;
    }
  }
  const precision = predictedPairs ? both / predictedPairs : 1;
  const recall = truePairs ? both / truePairs : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
