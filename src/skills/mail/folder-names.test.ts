import { describe, expect, it } from 'vitest';
import type { Address, Message } from '../../formats/model.ts';
import { withFolderNames } from './folder-names.ts';
import { buildThreads } from './mail-thread.ts';

function message(
  id: string,
  from: Address,
  to: Address[],
  text: string,
  date: string,
): Message & { path: string } {
  return {
    type: 'message',
    messageId: `<${id}@example.com>`,
    subject: id,
    from,
    to,
    cc: [],
    bcc: [],
    references: [],
    text,
    attachments: [],
    headers: {},
    locator: {},
    date,
    path: 'inbox.mbox',
  };
}

describe('withFolderNames', () => {
  const reader = { address: 'nora.vance@example.com', name: 'Nora Vance' };
  const folder = [
    message(
      'a',
      { address: 'otto@example.com', name: 'Otto Brandt' },
      [reader],
      'Lunch?',
      '2020-01-01T10:00:00Z',
    ),
    message(
      'b',
      { address: 'pia@example.com', name: 'Pia Holm' },
      [reader],
      'Report attached.',
      '2020-01-02T10:00:00Z',
    ),
    message(
      'c',
      { address: 'otto@example.com', name: 'Otto Brandt' },
      [reader, { address: 'pia@example.com', name: 'Holm, Pia' }],
      'Call me.',
      '2020-01-03T10:00:00Z',
    ),
    message(
      'd',
      { address: 'kai@example.com' },
      [{ address: 'nora.j.vance@example.com' }, { address: 'pia@example.com' }],
      'Please send the signed lease by Friday.',
      '2020-01-04T10:00:00Z',
    ),
  ];
  const thread = buildThreads(folder).find((item) => item.subject === 'd');

  it("names the reader's alias by the reader's name and another address by the name others write it with", () => {
    if (!thread) throw new Error('thread missing');
    const named = withFolderNames(thread, folder);
    const names = Object.fromEntries(named.participants.map((person) => [person.address, person.name]));
    expect(names['nora.j.vance@example.com']).toBe('Nora Vance');
    expect(names['pia@example.com']).toBe('Pia Holm');
    expect(named.messages[0]?.to.map((person) => person.name)).toEqual(['Nora Vance', 'Pia Holm']);
  });

  it('leaves an address the folder never names, or names two ways, bare', () => {
    if (!thread) throw new Error('thread missing');
    const named = withFolderNames(thread, folder);
    expect(named.participants.find((person) => person.address === 'kai@example.com')?.name).toBeUndefined();
    const shared = { address: 'desk@example.com' };
    const twoNames = [
      ...folder,
      message('e', reader, [{ ...shared, name: 'Otto Brandt' }], 'Hi.', '2020-01-05T10:00:00Z'),
      message('f', reader, [{ ...shared, name: 'Pia Holm' }], 'Hi.', '2020-01-06T10:00:00Z'),
      message('g', shared, [reader], 'Your parcel is at the desk.', '2020-01-07T10:00:00Z'),
    ];
    const desk = buildThreads(twoNames).find((item) => item.subject === 'g');
    if (!desk) throw new Error('thread missing');
    expect(withFolderNames(desk, twoNames).messages[0]?.from?.name).toBeUndefined();
  });
});
