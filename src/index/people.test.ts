import { describe, expect, it } from 'vitest';
import { mergePeople, normalizeName, resolvePerson } from './people.ts';

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
