/**
 * @module people-table
 * Keeps the stored people table exact one file at a time, inside that file's transaction.
 * A file's mentions change the running totals of each mention (name and address, summed over
 * files); only the people reachable from the changed mentions through shared link keys can
 * change, so those are merged again and replaced, and nobody else is touched.
 *
 * The steps are a generator (a pure core): a store answers each step with its own I/O, the
 * SQLite store synchronously inside its transaction, the PostgreSQL store asynchronously
 * while it holds the people lock. Both run exactly the same decisions.
 */
import { clusterPeople, linkKeys, type PersonMention } from './people.ts';
import type { Person } from './types.ts';

/** A person to store, with the link keys that find it again. */
export type StoredPerson = { readonly person: Omit<Person, 'id'>; readonly keys: readonly string[] };

/** One thing the store must do; only `totals-with-keys` answers with data. */
export type PeopleStep =
  /** Add each count to its mention's total (negative takes away); a total at zero goes, with its keys. */
  | { readonly kind: 'add-to-totals'; readonly changes: readonly PersonMention[] }
  /** The totals of every mention carrying any of these link keys. */
  | { readonly kind: 'totals-with-keys'; readonly keys: readonly string[] }
  /** Drop every stored person carrying any of these link keys. */
  | { readonly kind: 'drop-people'; readonly keys: readonly string[] }
  | { readonly kind: 'add-people'; readonly people: readonly StoredPerson[] };

export type PeopleSteps = Generator<PeopleStep, void, PersonMention[] | undefined>;

/** Name and address as one key; a missing part is stored as ''. */
export function mentionIdent(mention: Pick<PersonMention, 'name' | 'address'>): string {
  return `${mention.name ?? ''}\u0000${mention.address ?? ''}`;
}

/** Stored totals use '' for a missing part; mentions leave it out. */
export function mentionFromRow(name: unknown, address: unknown, count: unknown): PersonMention {
  return {
    ...(name ? { name: String(name) } : {}),
    ...(address ? { address: String(address) } : {}),
    count: Number(count),
  };
}

/** How each mention's total changes when a file's mentions go from `before` to `after`. */
export function mentionChanges(
  before: readonly PersonMention[],
  after: readonly PersonMention[],
): PersonMention[] {
  const changes = new Map<string, PersonMention>();
  const add = (mention: PersonMention, sign: number) => {
    const ident = mentionIdent(mention);
    const count = (changes.get(ident)?.count ?? 0) + sign * mention.count;
    changes.set(ident, { ...mentionFromRow(mention.name, mention.address, 0), count });
  };
  for (const mention of before) add(mention, -1);
  for (const mention of after) add(mention, 1);
  return [...changes.values()].filter((change) => change.count !== 0);
}

/** Merges a closed group of mentions into people, each with the link keys of its mentions. */
export function storedPeople(mentions: readonly PersonMention[]): StoredPerson[] {
  return clusterPeople(mentions).map(({ person, members }) => ({
    person,
    keys: [...new Set(members.flatMap((member) => linkKeys(mentions[member]!)))].sort(),
  }));
}

/** The steps that bring the people table from one version of a file's mentions to the next. */
export function* updatePeople(
  before: readonly PersonMention[],
  after: readonly PersonMention[],
): PeopleSteps {
  const changes = mentionChanges(before, after);
  if (changes.length === 0) return;
  yield { kind: 'add-to-totals', changes };
  // Every mention reachable from the changed ones: the people they make are the only ones to redo.
  const seen = new Set<string>();
  const group = new Map<string, PersonMention>();
  let frontier = [...new Set(changes.flatMap(linkKeys))];
  while (frontier.length > 0) {
    for (const key of frontier) seen.add(key);
    const found = (yield { kind: 'totals-with-keys', keys: frontier }) ?? [];
    const next = new Set<string>();
    for (const mention of found) {
      const ident = mentionIdent(mention);
      if (group.has(ident)) continue;
      group.set(ident, mention);
      for (const key of linkKeys(mention)) if (!seen.has(key)) next.add(key);
    }
    frontier = [...next];
  }
  yield { kind: 'drop-people', keys: [...seen] };
  const people = storedPeople([...group.values()].sort((a, b) => compareIdent(a, b)));
  if (people.length > 0) yield { kind: 'add-people', people };
}

/** The steps that rebuild the whole table from every mention total (a store made before the totals existed). */
export function* rebuildPeople(totals: readonly PersonMention[]): PeopleSteps {
  const people = storedPeople([...totals].sort((a, b) => compareIdent(a, b)));
  if (people.length > 0) yield { kind: 'add-people', people };
}

function compareIdent(a: PersonMention, b: PersonMention): number {
  const left = mentionIdent(a);
  const right = mentionIdent(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Runs the steps synchronously (a store whose I/O is synchronous, inside its transaction). */
export function runPeopleStepsSync(
  steps: PeopleSteps,
  perform: (step: PeopleStep) => PersonMention[] | undefined,
): void {
  let answer: PersonMention[] | undefined;
  for (;;) {
    const next = steps.next(answer);
    if (next.done) return;
    answer = perform(next.value);
  }
}

/** Runs the steps one after another with asynchronous I/O. */
export async function runPeopleSteps(
  steps: PeopleSteps,
  perform: (step: PeopleStep) => Promise<PersonMention[] | undefined>,
): Promise<void> {
  let answer: PersonMention[] | undefined;
  for (;;) {
    const next = steps.next(answer);
    if (next.done) return;
    answer = await perform(next.value);
  }
}
