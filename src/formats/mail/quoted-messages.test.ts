/** Who wrote a quoted message and when, as its header says; invented headers. */
import { describe, expect, it } from 'vitest';
import { headerDate, quotedAuthor, quotedMessages } from './quoted-messages.ts';

describe('quoted message headers', () => {
  it('reads the name of "From: Ann Lee on <date>", not the date after it', () => {
    expect(
      quotedAuthor('From:\tAnn Lee on 02/23/2001 09:11 AM\nTo:\tBo Day/CAL/ACME@ACME\nSubject:\tLease'),
    ).toBe('Ann Lee');
  });

  it('reads the writer of a Notes column header after the company name', () => {
    expect(
      quotedAuthor(
        ' \tAcme North America Corp.  From:  Ann Lee @ ACME                           02/03/2001 12:17 AM',
      ),
    ).toBe('Ann Lee');
  });

  it('takes the date the message was written, not the one it was forwarded on', () => {
    const header =
      '---------------------- Forwarded by Bo Day/HOU/ACME on 05/24/2001 12:02 AM ---------------------------\n\n\nAnn Lee\n05/23/2001 08:06 PM\nTo:\tBo Day/HOU/ACME@ACME';
    expect(headerDate(header)).toBe('05/23/2001 08:06 PM');
    expect(headerDate('From: Lee, Ann\nSent: Monday, May 7, 2001 9:12 AM\nTo: Bo Day')).toBe(
      'Monday, May 7, 2001 9:12 AM',
    );
  });

  it('gives each quoted message its writer and date', () => {
    const [newest, older] = quotedMessages(
      '-----Original Message-----\nFrom: Lee, Ann\nSent: Monday, May 7, 2001 9:12 AM\nTo: Day, Bo\nSubject: RE: Hall\n\nThe deposit is paid.\n\n -----Original Message-----\nFrom: Day, Bo\nSent: Sunday, May 6, 2001 5:40 PM\nTo: Lee, Ann\nSubject: Hall\n\nCan you pay the deposit of $450 by Monday?',
    );
    expect(newest).toMatchObject({
      author: 'Ann Lee',
      sent: 'Monday, May 7, 2001 9:12 AM',
      text: 'The deposit is paid.',
    });
    expect(older).toMatchObject({ author: 'Bo Day', sent: 'Sunday, May 6, 2001 5:40 PM' });
  });
});
