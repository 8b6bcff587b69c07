import { describe, expect, it } from 'vitest';
import { linkKeys, type PersonMention } from './people.ts';
import {
  mentionIdent,
  type PeopleStep,
  runPeopleStepsSync,
  type StoredPerson,
  storedPeople,
  updatePeople,
} from './people-table.ts';

/** A store kept in memory: mention totals and people, each person with its link keys. */
function memoryStore() {
  const totals = new Map<string, PersonMention>();
  let people: StoredPerson[] = [];
  const perform = (step: PeopleStep): PersonMention[] | undefined => {
    switch (step.kind) {
      case 'add-to-totals':
        for (const change of step.changes) {
          const ident = mentionIdent(change);
          const count = (totals.get(ident)?.count ?? 0) + change.count;
          if (count === 0) totals.delete(ident);
          else totals.set(ident, { ...change, count });
        }
        return undefined;
      case 'totals-with-keys':
        return [...totals.values()].filter((mention) =>
          linkKeys(mention).some((key) => step.keys.includes(key)),
        );
      case 'drop-people':
        people = people.filter((person) => !person.keys.some((key) => step.keys.includes(key)));
        return undefined;
      case 'add-people':
        people.push(...step.people);
        return undefined;
    }
  };
  const sorted = (list: readonly StoredPerson[]) =>
    list.map((stored) => stored.person).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    write: (before: readonly PersonMention[], after: readonly PersonMention[]) =>
      runPeopleStepsSync(updatePeople(before, after), perform),
    people: () => sorted(people),
    rebuilt: () =>
      sorted(storedPeople([...totals.values()].sort((a, b) => (mentionIdent(a) < mentionIdent(b) ? -1 : 1)))),
  };
}

describe('updatePeople', () => {
  it('keeps people who share a surname-only address apart, file by file, as a rebuild does', () => {
    const store = memoryStore();
    const first: PersonMention[] = [
      { name: 'Peter Rowan', address: 'peter.rowan@example.com', count: 3 },
      { name: 'Rowan, Peter', address: 'rowan@example.com', count: 1 },
    ];
    const second: PersonMention[] = [
      { name: 'Rowan, Jill', address: 'rowan@example.com', count: 1 },
      { name: 'Jill Rowan', address: 'jill.rowan@example.com', count: 2 },
    ];
    store.write([], first);
    expect(store.people().map((person) => person.emails)).toEqual([
      ['peter.rowan@example.com', 'rowan@example.com'],
    ]);
    store.write([], second);
    expect(store.people()).toEqual(store.rebuilt());
    expect(store.people().map((person) => person.name)).toEqual(['Jill Rowan', 'Peter Rowan']);
    expect(store.people().flatMap((person) => person.emails)).not.toContain('rowan@example.com');
    store.write(second, []);
    expect(store.people()).toEqual(store.rebuilt());
    expect(store.people().map((person) => person.emails)).toEqual([
      ['peter.rowan@example.com', 'rowan@example.com'],
    ]);
  });
});
