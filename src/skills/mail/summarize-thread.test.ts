import { describe, expect, it } from 'vitest';
import type { Address } from '../../formats/model.ts';
import type { MailThread, SourcedMessage } from './mail-thread.ts';
import { summarizeThread } from './summarize-thread.ts';

const person = (name: string, address: string): Address => ({ name, address });
const mara = person('Quist, Mara', 'mara.quist@example.org');
const oskar = person('Lind, Oskar', 'oskar.lind@example.org');

function message(n: number, from: Address, to: Address[], text: string): SourcedMessage {
  return {
    type: 'message',
    messageId: `m${n}@example.org`,
    subject: 'Harbour lease',
    from,
    to,
    cc: [],
    bcc: [],
    date: `2026-03-0${n}T10:00:00Z`,
    references: [],
    text,
    attachments: [],
    headers: {},
    locator: { messageId: `m${n}@example.org` },
    path: 'inbox.mbox',
  };
}

const thread = (messages: SourcedMessage[]): MailThread => ({
  id: 't1',
  subject: 'Harbour lease',
  messages,
  participants: [oskar, mara],
});

describe('offers in the lists of a summary', () => {
  const summary = summarizeThread(
    thread([
      message(
        1,
        oskar,
        [mara],
        'The harbour board wants the lease signed. Please send me the signed lease by Friday. Let me know if you want a draft prepared. Let me know if you want me to call the board first.',
      ),
    ]),
  );

  it('are neither asked, open nor owed; the request beside them is', () => {
    const asked = summary.asked.map((point) => point.text);
    expect(asked).toEqual(['Please send me the signed lease by Friday.']);
    expect(summary.openQuestions.map((point) => point.text)).toEqual(asked);
    expect(summary.owes.map((item) => `${item.owner}: ${item.task}`)).toEqual([
      'Mara Quist: Please send me the signed lease by Friday.',
    ]);
  });

  it('an offer naming two ways to go still asks the reader to choose', () => {
    const choice = summarizeThread(
      thread([
        message(1, oskar, [mara], 'Let me know if you want us to book the hall now or wait until May.'),
      ]),
    );
    expect(choice.asked).toHaveLength(1);
    expect(choice.owes[0]?.owner).toBe('Mara Quist');
  });
});
