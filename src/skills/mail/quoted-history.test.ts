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
