import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { knownNames } from './known-names.ts';

describe('knownNames', () => {
  it('folds the words of the names of the people of the passages, surname first or not', () => {
    const mail = notesHit('Please send the list.', 'email', {
      people: [
        { name: 'Vance, Oren B.', address: 'oren.vance@example.com', role: 'from' },
        { name: 'Mary Okafor', role: 'to' },
        { address: 'desk@example.com', role: 'cc' },
      ],
    });
    const chat = notesHit('ok', 'chat', { people: [{ name: 'tux_fan', role: 'speaker' }] });
    expect([...knownNames([mail, chat])].sort()).toEqual(
      ['mary', 'okafor', 'oren', 'tux_fan', 'vance'].sort(),
    );
  });
});

describe('knownNames and bots', () => {
  it("leaves out a bot's nick: it is no person", () => {
    const chat = notesHit('ok', 'chat', {
      people: [
        { name: 'quilla', role: 'speaker' },
        { name: 'MinuteBot', role: 'speaker' },
      ],
    });
    expect([...knownNames([chat])]).toEqual(['quilla']);
  });
});
