import { describe, expect, it } from 'vitest';
import { linkKeys, mentionKeys, mergePeople, normalizeName, resolvePerson } from './people.ts';

describe('mergePeople', () => {
  it('joins a display name with address, a short name and an initial form', () => {
    const people = mergePeople([
      { name: 'A. Smith', address: 'asmith@example.com', count: 3 },
      { name: 'asmith', count: 1 },
      { name: 'A. Smith', count: 2 },
      { name: 'Alice Smith', address: 'ASmith@Example.com', count: 1 },
    ]);
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Alice Smith', emails: ['asmith@example.com'], mentions: 7 });
    expect(people[0]?.aliases).toEqual(expect.arrayContaining(['A. Smith', 'asmith']));
  });

  it('keeps two people apart when an initial form fits both', () => {
    const people = mergePeople([
      { name: 'Alice Smith', address: 'alice@example.com', count: 1 },
      { name: 'Adam Smith', address: 'adam@example.com', count: 1 },
      { name: 'A. Smith', count: 1 },
    ]);
    expect(people.filter((person) => person.emails.length > 0)).toHaveLength(2);
    expect(people.find((person) => person.emails.includes('alice@example.com'))?.aliases).not.toContain(
      'A. Smith',
    );
  });

  it('joins "Surname, Given" with "Given Surname"', () => {
    expect(normalizeName('Smith, Ann')).toBe('ann smith');
    const people = mergePeople([
      { name: 'Smith, Ann', count: 1 },
      { name: 'Ann Smith', address: 'ann@example.com', count: 1 },
    ]);
    expect(people).toHaveLength(1);
  });

  it('resolves first names, short names and addresses', () => {
    const people = mergePeople([
      { name: 'Ann Smith', address: 'asmith@example.com', count: 2 },
      { name: 'Bob Lee', address: 'bob@example.com', count: 1 },
    ]);
    expect(resolvePerson(people, 'Ann').map((person) => person.name)).toEqual(['Ann Smith']);
    expect(resolvePerson(people, 'asmith').map((person) => person.name)).toEqual(['Ann Smith']);
    expect(resolvePerson(people, 'bob@example.com').map((person) => person.name)).toEqual(['Bob Lee']);
    expect(resolvePerson(people, 'Carol')).toEqual([]);
  });
});

describe('mergePeople with different first names', () => {
  it('keeps two people with one surname apart when a surname-only address carries both', () => {
    const people = mergePeople([
      { name: 'Peter Rowan', address: 'peter.rowan@example.com', count: 5 },
      { name: 'Rowan, Peter', address: 'rowan@example.com', count: 1 },
      { name: 'Rowan, Jill', address: 'rowan@example.com', count: 1 },
      { name: 'Jill Rowan', address: 'jill.rowan@example.com', count: 3 },
      { address: 'rowan@example.com', count: 2 },
    ]);
    const peter = people.find((person) => person.emails.includes('peter.rowan@example.com'));
    const jill = people.find((person) => person.emails.includes('jill.rowan@example.com'));
    expect(peter).toBeDefined();
    expect(jill).toBeDefined();
    expect(peter).not.toBe(jill);
    // The shared address names nobody for sure: neither person is found through it.
    expect(peter?.emails).not.toContain('rowan@example.com');
    expect(jill?.emails).not.toContain('rowan@example.com');
    expect(peter?.aliases).not.toContain('Rowan, Jill');
    expect(resolvePerson(people, 'Jill Rowan').map((person) => person.name)).toEqual(['Jill Rowan']);
  });

  it('keeps apart two names joined only through a short name on another domain', () => {
    const people = mergePeople([
      { name: 'Omar Vance', address: 'vance@example.com', count: 4 },
      { name: 'Tina Vance', address: 'vance@home.example', count: 1 },
      { address: 'vance@home.example', count: 3 },
    ]);
    expect(people).toHaveLength(2);
  });

  it('gives an address to the person nearly all of its named mentions are, keeping a stray name apart', () => {
    const people = mergePeople([
      { name: 'Marek Szabo', address: 'szabo@example.com', count: 40 },
      { address: 'szabo@example.com', count: 12 },
      { name: 'Ilona Szabo', address: 'szabo@example.com', count: 1 },
    ]);
    expect(people).toHaveLength(2);
    expect(people[0]).toMatchObject({ name: 'Marek Szabo', emails: ['szabo@example.com'], mentions: 52 });
    expect(people[1]).toMatchObject({ name: 'Ilona Szabo', emails: [], mentions: 1 });
  });

  it('still joins one address under a nickname, an initial or a shortened first name', () => {
    const people = mergePeople([
      { name: 'Robert Quill', address: 'quill@example.com', count: 3 },
      { name: 'Bob Quill', address: 'quill@example.com', count: 1 },
      { name: 'R. Quill', address: 'quill@example.com', count: 1 },
      { name: 'Quill, Rob', address: 'rquill@example.com', count: 1 },
      { name: 'Robert Quill', address: 'rquill@example.com', count: 1 },
      { name: 'Kimberly Dorn', address: 'kdorn@example.com', count: 2 },
      { name: 'Kim Dorn', address: 'kdorn@example.com', count: 1 },
    ]);
    expect(people).toHaveLength(2);
    expect(people.find((person) => person.name === 'Robert Quill')?.emails).toEqual([
      'quill@example.com',
      'rquill@example.com',
    ]);
  });
});

describe('resolvePerson with nicknames', () => {
  const people = mergePeople([
    { name: 'Phillip K Allen', address: 'phillip.allen@enron.com', count: 5 },
    { name: 'Robert Lee', address: 'rlee@example.com', count: 2 },
    { name: 'Roberta Diaz', address: 'rdiaz@example.com', count: 1 },
    { name: 'Stephen Ng', count: 1 },
    { name: 'Steven Ode', count: 1 },
  ]);
  it('finds the one person a nickname stands for, and nobody when two fit', () => {
    expect(resolvePerson(people, 'Phil').map((person) => person.name)).toEqual(['Phillip K Allen']);
    expect(resolvePerson(people, 'Phil Allen').map((person) => person.name)).toEqual(['Phillip K Allen']);
    expect(resolvePerson(people, 'Bob').map((person) => person.name)).toEqual(['Robert Lee']);
    expect(resolvePerson(people, 'Steve')).toEqual([]);
    expect(resolvePerson(people, 'Zed')).toEqual([]);
  });
});

describe('mentionKeys', () => {
  it('keeps apart mentions whose name and address run together the same way', () => {
    // Each pair reads the same when name and address are simply joined.
    const pairs = [
      [
        { name: 'Lu', address: 'k.ore@example.net' },
        { name: 'Luk', address: '.ore@example.net' },
      ],
      [
        { name: '2:Lu', address: 'kore@example.net' },
        { name: '2', address: ':Lukore@example.net' },
      ],
      [{ name: 'Tova Brink' }, { address: 'Tova Brink' }],
    ] as const;
    for (const [first, second] of pairs) {
      expect(mentionKeys(first)).not.toEqual(mentionKeys(second));
      expect(linkKeys(first)).not.toEqual(linkKeys(second));
    }
    expect(mentionKeys({ name: 'Lu', address: 'k.ore@example.net' }).strong).toEqual([
      'email:k.ore@example.net',
      'handle:k.ore',
      'name:lu',
    ]);
    expect(mentionKeys({ name: 'Tova Brink' }).strong).toEqual(['name:tova brink']);
    expect(mentionKeys({ address: 'Tova Brink' }).strong).toEqual([]);
  });
});
