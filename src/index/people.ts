/**
 * @module people
 * One identity per person across sources. Mentions (a name, an address, or both, as written
 * in a mail header, an attendee list, a transcript speaker or a vCard) are joined when they
 * share an address, an exact normalised name, or when a short name equals an address's local
 * part; an initial-and-surname form ("A. Smith") joins a full name only when exactly one
 * person fits it, so two Smiths never merge through it. Joins need agreeing first names
 * (the same, an initial, a shortening or a known nickname): an address written with two
 * disagreeing first names, as a surname-only address two people share, belongs to the one
 * name nearly all of its mentions carry, or to nobody.
 */
import { memoized } from '../lib/memo.ts';
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
  return normalizedNames(name);
}

const normalizedNames = memoized(computeNormalizedName, 100_000);

function computeNormalizedName(name: string): string {
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

/** The keys of a mention (see `mentionKeys`). */
export type MentionKeys = {
  readonly strong: readonly string[];
  readonly weak: readonly string[];
  readonly initials: readonly string[];
};

/**
 * A mention's name and address as one memo key: the name's length, a colon, the name and the
 * address, so a key reads back one way whatever characters the two hold.
 */
function mentionMemoKey(mention: Pick<PersonMention, 'name' | 'address'>): string {
  const name = mention.name ?? '';
  return `${name.length}:${name}${mention.address ?? ''}`;
}

/** The name and address of a memo key (`mentionMemoKey`). */
function fromMemoKey(key: string): { name: string; address: string } {
  const colon = key.indexOf(':');
  const end = colon + 1 + Number(key.slice(0, colon));
  return { name: key.slice(colon + 1, end), address: key.slice(end) };
}

/** The same mention keys are asked for many times while a store merges people. */
const MENTION_MEMO_SIZE = 100_000;

const keysOf = memoized((key: string): MentionKeys => {
  const keys = computeMentionKeys(fromMemoKey(key));
  return Object.freeze({
    strong: Object.freeze(keys.strong),
    weak: Object.freeze(keys.weak),
    initials: Object.freeze(keys.initials),
  });
}, MENTION_MEMO_SIZE);

/** Keys a mention is known by; mentions sharing a strong key are one person. */
export function mentionKeys(mention: Pick<PersonMention, 'name' | 'address'>): MentionKeys {
  return keysOf(mentionMemoKey(mention));
}

function computeMentionKeys(mention: Pick<PersonMention, 'name' | 'address'>): {
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
export function linkKeys(mention: Pick<PersonMention, 'name' | 'address'>): readonly string[] {
  return linkKeysOf(mentionMemoKey(mention));
}

const linkKeysOf = memoized((key: string): readonly string[] => {
  const keys = keysOf(key);
  return Object.freeze([
    ...new Set([
      ...keys.strong,
      ...keys.weak,
      ...keys.initials.map((initial) => initial.replace(/^full-initial:/, 'initial:')),
    ]),
  ]);
}, MENTION_MEMO_SIZE);

/** The first name of a full name ("ann" for "Ann B. Smith", "a" for "A. Smith"); none for one word. */
export function givenName(normalized: string): string | undefined {
  const words = normalized.split(' ');
  return words.length >= 2 ? words[0] : undefined;
}

/** Could two first names be one person's: the same, an initial, a shortening or a known nickname? */
export function sameGivenName(a: string, b: string): boolean {
  const forms = (name: string) => [name, ...(NICKNAMES[name] ?? [])];
  const close = (x: string, y: string) => {
    if (x === y) return true;
    const [short, long] = x.length <= y.length ? [x, y] : [y, x];
    return (short.length === 1 || short.length >= 3) && long.startsWith(short);
  };
  return forms(a).some((x) => forms(b).some((y) => close(x, y)));
}

function givenNamesAgree(left: ReadonlySet<string>, right: ReadonlySet<string>): boolean {
  for (const a of left) for (const b of right) if (!sameGivenName(a, b)) return false;
  return true;
}

/** Of a key written with first names that disagree, the share of mentions one name must have to own it. */
const OWNER_SHARE = 0.9;

/**
 * Who a key (an address, a short name) belongs to, from the first names written with it:
 * undefined when they all agree, the first name carrying nearly all of its mentions, or null
 * when none does (a surname-only address two people share).
 */
function keyOwner(names: ReadonlyMap<string, number>): string | null | undefined {
  const all = [...names.keys()];
  if (givenNamesAgree(new Set(all), new Set(all))) return undefined;
  const total = [...names.values()].reduce((sum, count) => sum + count, 0);
  const ranked = [...names.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [name] of ranked) {
    const agreeing = all.filter((other) => sameGivenName(name, other));
    const share = agreeing.reduce((sum, other) => sum + (names.get(other) ?? 0), 0) / total;
    if (share >= OWNER_SHARE && givenNamesAgree(new Set(agreeing), new Set(agreeing))) return name;
  }
  return null;
}

/** Mentions most often seen first, then by name and address: the order joins are tried in. */
function joinOrder(mentions: readonly PersonMention[]): number[] {
  const ident = (mention: PersonMention) => `${mention.name ?? ''}\u0000${mention.address ?? ''}`;
  return mentions
    .map((_, position) => position)
    .sort((a, b) => {
      const left = mentions[a]!;
      const right = mentions[b]!;
      return (
        right.count - left.count || (ident(left) < ident(right) ? -1 : ident(left) > ident(right) ? 1 : 0)
      );
    });
}

/**
 * mergePeople, keeping which mentions made each person. Two mentions join only when their first
 * names agree: a key (an address or short name) written with first names that do not agree, as
 * a surname-only address shared by two people, names nobody for sure and joins nothing; and a
 * join that would put two disagreeing first names into one person is not made.
 */
export function clusterPeople(mentions: readonly PersonMention[]): PersonCluster[] {
  const uf = new UnionFind();
  const keyed = mentions.map((mention) => {
    const name = mention.name ? normalizeName(mention.name) : '';
    return { mention, keys: mentionKeys(mention), given: name.includes('@') ? undefined : givenName(name) };
  });
  // How often each first name is written with each key.
  const givenByKey = new Map<string, Map<string, number>>();
  for (const { mention, keys, given } of keyed) {
    if (!given) continue;
    for (const key of keys.strong) {
      const names = givenByKey.get(key) ?? new Map<string, number>();
      names.set(given, (names.get(given) ?? 0) + mention.count);
      givenByKey.set(key, names);
    }
  }
  const owners = new Map<string, string | null>();
  for (const [key, names] of givenByKey) {
    const owner = keyOwner(names);
    if (owner !== undefined) owners.set(key, owner);
  }
  // A mention joins through a key unless others own it under a first name that disagrees with its own.
  const usable = keyed.map(({ keys, given }) => {
    const open = keys.strong.filter((key) => {
      const owner = owners.get(key);
      if (owner === undefined) return true;
      return owner !== null && (!given || sameGivenName(owner, given));
    });
    return open.length > 0 ? open : keys.strong;
  });
  // First names of each group so far, by root; a join between disagreeing groups is skipped.
  const givenByRoot = new Map<string, Set<string>>();
  const join = (a: string, b: string) => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) return;
    const left = givenByRoot.get(ra) ?? new Set<string>();
    const right = givenByRoot.get(rb) ?? new Set<string>();
    if (!givenNamesAgree(left, right)) return;
    uf.union(ra, rb);
    givenByRoot.set(uf.find(ra), new Set([...left, ...right]));
  };
  for (const [key, names] of givenByKey) {
    const owner = owners.get(key);
    if (owner === null) continue;
    const own = [...names.keys()].filter((name) => owner === undefined || sameGivenName(owner, name));
    givenByRoot.set(uf.find(key), new Set(own));
  }
  const order = joinOrder(mentions);
  for (const position of order) {
    const [first, ...rest] = usable[position]!;
    if (!first) continue;
    uf.find(first);
    for (const key of rest) join(first, key);
  }
  // Weak keys (initial + surname) join a cluster only when exactly one cluster carries the matching full name.
  const fullInitialOwners = new Map<string, Set<string>>();
  for (const [position, { keys }] of keyed.entries()) {
    const anchor = usable[position]![0];
    if (!anchor) continue;
    for (const key of keys.initials) {
      const owners = fullInitialOwners.get(key) ?? new Set<string>();
      owners.add(uf.find(anchor));
      fullInitialOwners.set(key, owners);
    }
  }
  for (const position of order) {
    for (const key of keyed[position]!.keys.weak) {
      const owners = fullInitialOwners.get(`full-${key}`);
      const anchor = usable[position]![0] ?? key;
      if (owners && owners.size === 1) join(anchor, [...owners][0]!);
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
    const anchor = usable[position]![0] ?? keys.weak[0];
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
    // An address or short name this mention shares with another person is not listed as its own.
    const joined = new Set(usable[position]!.filter((key) => uf.find(key) === root));
    if (mention.address?.includes('@') && joined.has(`email:${normalizeAddress(mention.address)}`))
      cluster.emails.add(normalizeAddress(mention.address));
    for (const key of joined) if (key.startsWith('handle:')) cluster.handles.add(key.slice(7));
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
