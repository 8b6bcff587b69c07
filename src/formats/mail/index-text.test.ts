import { describe, expect, it } from 'vitest';
import {
  forwardedBody,
  forwardToIndex,
  isHeaderLine,
  messageOpenings,
  opensWithHeader,
} from './index-text.ts';
import { splitBody } from './split-body.ts';

const FORWARD =
  'Tom, see below.\n\n-----Original Message-----\nFrom: Rivera, Nina\nSent: Monday, May 7, 2001 9:12 AM\nTo: Tom Hale\nSubject: Grant\n\nThe grant price for the new options is $31.25 per share.';

describe('forwardToIndex', () => {
  it('keeps what a short note forwards, with its header', () => {
    const split = splitBody(FORWARD);
    expect(split.text).toBe('Tom, see below.');
    const forward = forwardToIndex(split, new Set());
    expect(forward).toMatch(/^-----Original Message-----\nFrom: Rivera, Nina/);
    expect(forward).toContain('$31.25 per share');
  });

  it('leaves out the quote of a message that says much itself', () => {
    const long = `I looked at the numbers over the weekend and I think we should wait for the board before we set anything. ${FORWARD}`;
    expect(forwardToIndex(splitBody(long), new Set())).toBeUndefined();
  });

  it('leaves out "> " reply history and "On … wrote:" quotes', () => {
    const reply = splitBody(
      'Agreed.\n\nOn Tue, 8 May 2001, Nina Rivera wrote:\n> The grant price is $31.25 per share.',
    );
    expect(reply.quoted).toBeDefined();
    expect(forwardToIndex(reply, new Set())).toBeUndefined();
  });

  it('leaves out a quote whose text is another message of the same mailbox', () => {
    const earlier = 'The grant price for the new options is $31.25 per share.';
    expect(forwardToIndex(splitBody(FORWARD), messageOpenings([earlier, 'Tom, see below.']))).toBeUndefined();
  });
});

describe('opensWithHeader and forwardedBody', () => {
  it('tells a forward header from quoted reply lines', () => {
    expect(
      opensWithHeader('---------- Forwarded by Nina Rivera/HOU on 05/07/2001 09:12 AM ----------\n\nHi'),
    ).toBe(true);
    expect(opensWithHeader('From: Nina Rivera\nSent: Monday\n\nHi')).toBe(true);
    expect(opensWithHeader('> Hi there\n> Nina')).toBe(false);
  });

  it('drops the separator and header fields, wrapped ones too', () => {
    const quoted =
      '-----Original Message-----\nFrom: Nina Rivera\nTo: Tom Hale,\n    Ada Kim\nSubject: Grant\n\nThe price is set.\nMore below.';
    expect(forwardedBody(quoted)).toBe('The price is set.\nMore below.');
  });
});

describe('forwardedBody with a Notes forward', () => {
  it('drops a wrapped separator, the name and date stamp and an address list wrapped without indent', () => {
    const quoted = [
      '---------------------- Forwarded by Ines Varga/OSL/HBR on 03/02/2026 ',
      '03:46 PM ---------------------------',
      '',
      'PER LUND',
      '03/02/2026 03:32 PM',
      'To: Kim Moe/OSL/HBR@HBR, Ola Dahl/OSL/HBR@HBR, Siv ',
      'Rud/BGO/HBR@HBR, Tor Aas/OSL/HBR@HBR',
      'cc:  ',
      '',
      'Subject: Ferry counts',
      '',
      'The morning crossings carried 412 passengers on Monday.',
    ].join('\n');
    expect(forwardedBody(quoted)).toBe('The morning crossings carried 412 passengers on Monday.');
  });

  it('drops a Notes stamp that carries its fields on the same line as the name and date', () => {
    const quoted = [
      '----- Forwarded by Ines Varga/OSL/HBR on 03/02/2026 08:48 PM -----',
      '',
      '',
      '\tPer Lund@HBR 03/02/2026 04:33 PM \t   To: Ines Varga/OSL/HBR@HBR, Kim Moe/OSL/HBR@HBR  cc:   Subject: Ferry counts\t',
      '',
      'The morning crossings carried 412 passengers on Monday.',
    ].join('\n');
    expect(forwardedBody(quoted)).toBe('The morning crossings carried 412 passengers on Monday.');
    expect(
      isHeaderLine('\tPer Lund@HBR 03/02/2026 04:33 PM \t   To: Kim Moe/OSL/HBR@HBR  cc:   Subject: Ferry'),
    ).toBe(true);
    expect(isHeaderLine('We met on 03/02/2026 04:33 PM to go over the ferry counts.')).toBe(false);
  });

  it('leaves nothing of a forward that carried only such a stamp (its attachment lost)', () => {
    const quoted =
      '----- Forwarded by Ines Varga/OSL/HBR on 03/02/2026 08:48 PM -----\n\n\n\tPer Lund@HBR 03/02/2026 04:33 PM \t   To: Ines Varga/OSL/HBR@HBR  cc:   Subject: Ferry counts\t\n';
    expect(forwardedBody(quoted)).toBe('');
  });
});
