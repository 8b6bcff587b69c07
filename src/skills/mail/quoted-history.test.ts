import { describe, expect, it } from 'vitest';
import { quotedAuthor, quotedMessages } from './quoted-history.ts';

describe('who wrote a quoted message', () => {
  it('reads the Notes forms of a header: a Notes address after From:, a bare one, and a stamp with an address', () => {
    expect(
      quotedAuthor(
        'From:\tOla K Nygaard/NORD@nordXgate on 05/02/2001 04:29 PM CDT\nTo:\tAnn Lee/HOU/ECT@ECT',
      ),
    ).toBe('Ola K Nygaard');
    expect(
      quotedAuthor('Ola K Nygaard/NORD@nordXgate 05/02/2001 05:29 PM \t   To: Ann Lee/HOU/ECT@ECT'),
    ).toBe('Ola K Nygaard');
    expect(
      quotedAuthor('Siv Moe <smoe@example.net>\n08/09/2001 02:35 PM\n\nTo:   Per Dahl/Oslo/NO@Example'),
    ).toBe('Siv Moe');
  });

  it('reads a Notes forward header laid out in columns: the name, a wide gap, the date', () => {
    expect(
      quotedAuthor(
        '\tFrom:  Wenna B Brisk                           04/01/2000 07:11 AM\n\nTo: Per Dahl/HOU/ECT@ECT',
      ),
    ).toBe('Wenna B Brisk');
  });

  it('reads a single name over a Notes stamp date as the writer', () => {
    expect(quotedAuthor('Tamsin\n11/02/2000 04:40 PM\nTo: Wenna Brisk/HOU/ECT@ECT')).toBe('Tamsin');
    expect(quotedAuthor('Tamsin Quell\n11/02/2000 04:40 PM\nTo: Wenna Brisk/HOU/ECT@ECT')).toBe(
      'Tamsin Quell',
    );
  });

  it('does not take the forwarder of a Notes forward for the author', () => {
    const [message] = quotedMessages(
      [
        '---------------------- Forwarded by Per Dahl/Oslo/NO on 08/09/2001 02:47 PM ---------------------------',
        '',
        '',
        'Siv Moe <smoe@example.net>',
        '08/09/2001 02:35 PM',
        '',
        'To:   Per Dahl/Oslo/NO@Example',
        'cc:   ivo.brandt@example.org',
        'Subject:  Bergen',
        '',
        'We arrive in Bergen at 5:55pm Wednesday, September 26th.',
      ].join('\n'),
    );
    expect(message?.author).toBe('Siv Moe');
    expect(message?.text).toMatch(/We arrive in Bergen/);
  });
});

describe('the writer of a Notes header', () => {
  it('reads the writer line over the date stamp as the author of the quoted message', () => {
    const [quoted] = quotedMessages(
      'Ivar B Holm@NORD\n09/25/2025 10:29 AM\nTo: Solveig Berg/OSL/NORD@NORD\ncc:\nSubject: Terms\n\nWhat would you recommend for the contract?',
    );
    expect(quoted?.author).toBe('Ivar B Holm');
    expect(quoted?.text).toBe('What would you recommend for the contract?');
  });

  it('reads the writer of "From:  Ann Lee @ ORG  date"', () => {
    expect(
      quotedAuthor('\tFrom:  Tove Aas @ NORD                    09/20/2025 12:09 PM\n\nTo: Ivar B Holm'),
    ).toBe('Tove Aas');
  });
});

describe('a reply quoted with "> " marks inside a reply', () => {
  const quoted = [
    '----- Original Message -----',
    'From: <Siv.Moe@example.org>',
    'To: <per.dahl@example.net>',
    'Sent: Monday, November 26, 2001 7:44 AM',
    'Subject: RE: greetings',
    '',
    '',
    '> Per,',
    '>',
    '> Sorry to hear the news.  Give me a call anytime today.',
    '>',
    '> Siv',
    '>',
    '>       -----Original Message-----',
    '>      From:   "dahl" <per.dahl@example.net>@EXAMPLE',
    '>      Sent:   Tuesday, November 20, 2001 4:24 PM',
    '>      To:     smoe@example.org',
    '>      Subject:  greetings',
    '>',
    '>      Siv,',
    '>',
    '>      The mill laid off a fifth of its staff last week, and I was one of them.',
  ].join('\n');

  it('splits at the header inside the quote and reads each message without the marks', () => {
    const [reply, first] = quotedMessages(quoted);
    expect(reply).toEqual({
      address: 'siv.moe@example.org',
      sent: 'Monday, November 26, 2001 7:44 AM',
      text: 'Per,\n\nSorry to hear the news.  Give me a call anytime today.\n\nSiv',
    });
    expect(first?.address).toBe('per.dahl@example.net');
    expect(first?.text).toMatch(/^Siv,\n\n\s*The mill laid off a fifth of its staff/);
    expect(first?.text).not.toContain('>');
  });
});
