/**
 * @module people
 * One identity per person across sources. Mentions (a name, an address, or both, as written
 * in a mail header, an attendee list, a transcript speaker or a vCard) are joined when they
 * share an address, an exact normalised name, or when a short name equals an address's local
 * part; an initial-and-surname form ("A. Smith") joins a full name only when exactly one
 * person fits it, so two Smiths never merge through it.
 */
import type { Person, PersonRef } from './types.ts';

export type PersonMention = {
  readonly name?: string;
  readonly address?: string;
  /** How many chunks carry this mention (merged mentions add up). */
  readonly count: number;
};

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'jr', 'sr', 'ii', 'iii']);

/** Lower case, accents and punctuation removed, "Smith, Ann" turned round. */
export function normalizeName(name: string): string {
  let text = name.normalize('NFKD').replace(/\p{M}/gu, '').trim();
  text = text.replace(/^["']+|["']+$/g, '');
  const comma = text.match(/^([^,]+),\s*([^,]+)$/);
  if (comma) text = `${comma[2]} ${comma[1]}`;
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s.'-]/gu, ' ')
    .split(/[\s]+/)
    .map((word) => word.replace(/[.'-]+$/g, '').replace(/^[.'-]+/g, ''))
    .filter((word) => word !== '' && !HONORIFICS.has(word));
  return words.join(' ');
}

export function normalizeAddress(address: string): string {
  return address
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<|>$/g, '')
    .toLowerCase();
}

/** Is this a bare short name ("asmith", "ann.smith") rather than a display name? */
function isHandle(name: string): boolean {
  return /^[a-z0-9][a-z0-9._-]*$/i.test(name) && !/\s/.test(name) && /[a-z]/i.test(name);
}

function initialKey(normalized: string): string | undefined {
  const words = normalized.split(' ');
  if (words.length < 2) return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (last.length < 2) return undefined;
  return `${first[0]} ${last}`;
}

function isInitialForm(normalized: string): boolean {
  const words = normalized.split(' ');
  return words.length >= 2 && words.slice(0, -1).every((word) => word.length === 1);
}

/** Keys a mention is known by; mentions sharing a strong key are one person. */
export function mentionKeys(mention: Pick<PersonMention, 'name' | 'address'>): {
  strong: string[];
  weak: string[];
  initials: string[];
} {
  const strong: string[] = [];
  const weak: string[] = [];
  // "a smith" for the full name "Ann Smith": what an initial form may join; never joined on its own.
  const initials: string[] = [];
  const address = mention.address ? normalizeAddress(mention.address) : undefined;
  if (address?.includes('@')) {
    strong.push(`email:${address}`);
    const local = address.split('@')[0]!;
    if (local.length >= 3) strong.push(`handle:${local}`);
  }
  const rawName = mention.name?.trim();
  if (rawName) {
    if (!address && isHandle(rawName) && !/^[A-Z]/.test(rawName))
      strong.push(`handle:${rawName.toLowerCase()}`);
    const name = normalizeName(rawName);
    if (name.includes('@')) strong.push(`email:${name}`);
    else if (name) {
      if (isInitialForm(name)) {
        const key = initialKey(name);
        if (key) weak.push(`initial:${key}`);
        strong.push(`name:${name}`);
      } else {
        strong.push(`name:${name}`);
        const key = initialKey(name);
        if (key) initials.push(`full-initial:${key}`);
      }
    }
  }
  return { strong, weak, initials };
}

/** The keys of a free-text reference to a person ("Ann Smith", "asmith", "ann@x.com"). */
export function lookupKeys(text: string): string[] {
  const trimmed = text.trim();
  const keys = new Set<string>();
  if (trimmed.includes('@')) keys.add(`email:${normalizeAddress(trimmed)}`);
  if (isHandle(trimmed)) keys.add(`handle:${trimmed.toLowerCase()}`);
  const name = normalizeName(trimmed);
  if (name && !name.includes('@')) keys.add(`name:${name}`);
  return [...keys];
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    for (;;) {
      const up = this.parent.get(root);
      if (up === undefined || up === root) break;
      root = up;
    }
    let node = key;
    while (node !== root) {
      const up = this.parent.get(node)!;
      this.parent.set(node, root);
      node = up;
    }
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb < ra ? ra : rb, rb < ra ? rb : ra);
  }
}

/** Adds up identical mentions. */
export function countMentions(refs: readonly Pick<PersonRef, 'name' | 'address'>[]): PersonMention[] {
  const byKey = new Map<string, PersonMention>();
  for (const ref of refs) {
    const name = ref.name?.trim() || undefined;
    const address = ref.address ? normalizeAddress(ref.address) : undefined;
    if (!name && !address) continue;
    const key = `${name ?? ''}\u0000${address ?? ''}`;
    const found = byKey.get(key);
    byKey.set(key, {
      ...(name ? { name } : {}),
      ...(address ? { address } : {}),
      count: (found?.count ?? 0) + 1,
    });
  }
  return [...byKey.values()];
}

function titleCase(name: string): string {
  return name.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}

function displayName(names: Map<string, number>, emails: readonly string[]): string {
  const ranked = [...names.entries()]
    .filter(([name]) => !name.includes('@'))
    .sort((a, b) => {
      const fullA = isInitialForm(normalizeName(a[0])) || isHandle(a[0]) ? 0 : 1;
      const fullB = isInitialForm(normalizeName(b[0])) || isHandle(b[0]) ? 0 : 1;
      return fullB - fullA || b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1);
    });
  if (ranked[0]) return ranked[0][0].replace(/^["']+|["']+$/g, '').trim();
  const local = emails[0]?.split('@')[0] ?? 'unknown';
  return titleCase(local.replace(/[._-]+/g, ' '));
}

/** Merges mentions into people. Deterministic: the same mentions give the same ids and order. */
export function mergePeople(mentions: readonly PersonMention[]): Person[] {
  return clusterPeople(mentions).map((cluster, index) => ({ id: index + 1, ...cluster.person }));
}

/** A merged person (without id) and the positions of the mentions it was made from. */
export type PersonCluster = { readonly person: Omit<Person, 'id'>; readonly members: readonly number[] };

/**
 * The keys through which a mention can join others: its strong keys and the initial-and-surname
 * key on both sides (an initial form and the full names it may join). Two mentions that share
 * none of these are never one person, so a change can only affect the people reachable
 * through them.
 */
export function linkKeys(mention: Pick<PersonMention, 'name' | 'address'>): string[] {
  const keys = mentionKeys(mention);
  return [
    ...new Set([
      ...keys.strong,
      ...keys.weak,
      ...keys.initials.map((key) => key.replace(/^full-initial:/, 'initial:')),
    ]),
  ];
}

/** mergePeople, keeping which mentions made each person. */
export function clusterPeople(mentions: readonly PersonMention[]): PersonCluster[] {
  const uf = new UnionFind();
  const keyed = mentions.map((mention) => ({ mention, keys: mentionKeys(mention) }));
  for (const { keys } of keyed) {
    const [first, ...rest] = keys.strong;
    if (!first) continue;
    uf.find(first);
    for (const key of rest) uf.union(first, key);
  }
  // Weak keys (initial + surname) join a cluster only when exactly one cluster carries the matching full name.
  const fullInitialOwners = new Map<string, Set<string>>();
  for (const { keys } of keyed) {
    const anchor = keys.strong[0];
    if (!anchor) continue;
    for (const key of keys.initials) {
      const owners = fullInitialOwners.get(key) ?? new Set<string>();
      owners.add(uf.find(anchor));
      fullInitialOwners.set(key, owners);
    }
  }
  for (const { keys } of keyed) {
    for (const key of keys.weak) {
      const owners = fullInitialOwners.get(`full-${key}`);
      const anchor = keys.strong[0] ?? key;
      if (owners && owners.size === 1) uf.union(anchor, [...owners][0]!);
      else uf.find(anchor);
    }
  }
  type Cluster = {
    names: Map<string, number>;
    emails: Set<string>;
    handles: Set<string>;
    count: number;
    members: number[];
  };
  const clusters = new Map<string, Cluster>();
  for (const [position, { mention, keys }] of keyed.entries()) {
    const anchor = keys.strong[0] ?? keys.weak[0];
    if (!anchor) continue;
    const root = uf.find(anchor);
    let cluster = clusters.get(root);
    if (!cluster) {
      cluster = { names: new Map(), emails: new Set(), handles: new Set(), count: 0, members: [] };
      clusters.set(root, cluster);
    }
    cluster.count += mention.count;
    cluster.members.push(position);
    if (mention.name?.trim())
      cluster.names.set(mention.name.trim(), (cluster.names.get(mention.name.trim()) ?? 0) + mention.count);
    if (mention.address?.includes('@')) cluster.emails.add(normalizeAddress(mention.address));
    for (const key of keys.strong) if (key.startsWith('handle:')) cluster.handles.add(key.slice(7));
  }
  const people = [...clusters.values()].map((cluster) => {
    const emails = [...cluster.emails].sort();
    const name = displayName(cluster.names, emails);
    const aliases = new Set<string>(
      [...cluster.names.keys()].map((alias) => alias.replace(/^["']+|["']+$/g, '').trim()),
    );
    for (const handle of cluster.handles) aliases.add(handle);
    aliases.delete(name);
    const person = { name, emails, aliases: [...aliases].filter(Boolean).sort(), mentions: cluster.count };
    return { person, members: cluster.members };
  });
  people.sort((a, b) => comparePeople(a.person, b.person));
  return people;
}

/** The order people are listed in: most mentioned first, then by name and first address. */
export function comparePeople(a: Omit<Person, 'id'>, b: Omit<Person, 'id'>): number {
  return (
    b.mentions - a.mentions ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.emails[0] ?? '').localeCompare(b.emails[0] ?? '')
  );
}

/** Every key a person is known by, for matching chunk mentions against a filter. */
export function personKeys(person: Person): Set<string> {
  const keys = new Set<string>();
  for (const email of person.emails) for (const key of mentionKeys({ address: email }).strong) keys.add(key);
  for (const alias of [person.name, ...person.aliases])
    for (const key of mentionKeys({ name: alias }).strong) keys.add(key);
  return keys;
}

/** Finds the people a free-text reference names: exact keys first, then a unique first-name or surname match. */
export function resolvePerson(people: readonly Person[], text: string): Person[] {
  const wanted = lookupKeys(text);
  const exact = people.filter((person) => {
    const keys = personKeys(person);
    return wanted.some((key) => keys.has(key));
  });
  if (exact.length > 0) return exact;
  const name = normalizeName(text);
  if (!name) return [];
  const words = name.split(' ');
  const matches = (wanted: readonly string[]) =>
    people.filter((person) =>
      [
        person.name,
        ...person.aliases,
        ...person.emails.map((email) => email.split('@')[0]!.replace(/[._-]+/g, ' ')),
      ].some((alias) => {
        const aliasWords = normalizeName(alias).split(' ');
        return wanted.every((word) => aliasWords.includes(word));
      }),
    );
  const partial = matches(words);
  if (partial.length > 0) return partial;
  // A nickname for a first name ("Phil" for Phillip, "Bob" for Robert), when it names one person only.
  const formal = NICKNAMES[words[0] ?? ''];
  if (!formal) return [];
  const found = formal.flatMap((first) => matches([first, ...words.slice(1)]));
  const unique = [...new Set(found)];
  return unique.length === 1 ? unique : [];
}

/** Common English nicknames and the first names they stand for. */
const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  al: ['albert', 'alan', 'allan', 'alfred'],
  alex: ['alexander', 'alexandra'],
  andy: ['andrew'],
  ben: ['benjamin'],
  bill: ['william'],
  billy: ['william'],
  bob: ['robert'],
  bobby: ['robert'],
  chris: ['christopher', 'christine', 'christina'],
  dan: ['daniel'],
  danny: ['daniel'],
  dave: ['david'],
  ed: ['edward', 'edwin'],
  greg: ['gregory'],
  jim: ['james'],
  jimmy: ['james'],
  jeff: ['jeffrey', 'jeffery'],
  joe: ['joseph'],
  jon: ['jonathan'],
  kate: ['katherine', 'kathryn', 'catherine'],
  ken: ['kenneth'],
  larry: ['lawrence'],
  liz: ['elizabeth'],
  matt: ['matthew'],
  mike: ['michael'],
  nick: ['nicholas'],
  pat: ['patrick', 'patricia'],
  phil: ['phillip', 'philip'],
  rich: ['richard'],
  rick: ['richard'],
  rob: ['robert'],
  ron: ['ronald'],
  sam: ['samuel', 'samantha'],
  steve: ['steven', 'stephen'],
  sue: ['susan'],
  ted: ['edward', 'theodore'],
  tom: ['thomas'],
  tony: ['anthony'],
  will: ['william'],
};
