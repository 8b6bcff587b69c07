import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { forwardedSenders } from './forwarded-sender.ts';

const hit = (text: string, quoted?: string) =>
  ({ type: 'email', text, data: quoted ? { quoted } : {} }) as unknown as SearchHit;

describe('forwardedSenders', () => {
  it('reads the senders of forwarded Outlook headers in order, names as people say them', () => {
    const text = [
      'Can you look at this before Friday?',
      '',
      ' -----Original Message-----',
      'From: \tLind, Nora  ',
      'Sent:\tMonday, March 2, 2026 9:12 AM',
      'To:\tVarga, Odile',
      '',
      'See below.',
      ' -----Original Message-----',
      'From: \tBrevik, Tomas  ',
      'Sent:\tFriday, February 27, 2026 4:40 PM',
      'Subject:\tHarbour survey draft',
    ].join('\n');
    expect(forwardedSenders(hit(text))).toEqual(['Nora Lind', 'Tomas Brevik']);
  });

  it('reads a quoted header with an address, and nothing from a mail without one', () => {
    expect(
      forwardedSenders(hit('Fine by me.', 'From: "Ines Falk" <ines.falk@example.com>\nDate: 3 March\n')),
    ).toEqual(['Ines Falk']);
    expect(forwardedSenders(hit('The survey is from: the harbour office, sent last week.'))).toEqual([]);
  });

  it("reads the writers a bare forward keeps in its data, after its headers' senders", () => {
    const forward = {
      type: 'email',
      text: 'Here is the link to the harbour survey site.',
      data: {
        forwardedFrom: [{ author: 'Nadia Holm', opening: 'here is the link to the harbour survey' }],
      },
    } as unknown as SearchHit;
    expect(forwardedSenders(forward)).toEqual(['Nadia Holm']);
  });
});
