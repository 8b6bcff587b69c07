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

describe('quotes that open with a Notes stamp and no separator line', () => {
  it('splits a quote whose first lines are a plain name over the date, the fields below', () => {
    const quoted =
      'Tova Brenn\n04/11/2031 09:05 AM\nTo:\tIsak Marlow/HOU/ACME@ACME\ncc:\tRuth Oyelowo/HOU/ACME@ACME\n\nSubject:\tRe: Dock survey\n\nI would like Gemma Rusk to be present.';
    expect(quotedMessages(quoted)).toEqual([
      { author: 'Tova Brenn', sent: '04/11/2031 09:05 AM', text: 'I would like Gemma Rusk to be present.' },
    ]);
  });

  it('leaves a plain name over a date inside a quote to the separators', () => {
    const quoted = [
      '-----Original Message-----',
      'From: Brenn, Tova',
      'Sent: Tuesday, April 8, 2031 8:56 AM',
      'To: Marlow, Isak',
      'Subject: Dock survey',
      '',
      'i mentioned a 100 foot move of the dock.',
      '',
      'Isak Marlow',
      '04/08/2031 06:56 AM',
      'To:\tTova Brenn/HOU/ACME@ACME',
      '',
      'Well - there you go!',
    ].join('\n');
    expect(quotedMessages(quoted).map((message) => message.author)).toEqual(['Tova Brenn']);
  });

  it('does not read a name over a date as a stamp without the header fields below', () => {
    expect(quotedMessages('Tova Brenn\n04/11/2031 09:05 AM\n\nThe dock survey is booked.')).toEqual([]);
  });

  it('splits and names the writer of a stamp with its fields on the name line and no address', () => {
    const quoted = [
      '\tIsak Marlow 04/12/2031 10:15 AM \t  To: Tova Brenn/HOU/ACME@ACME  cc:   Subject: Re: Dock survey \t',
      '',
      'Tova, the crew can start on Monday.',
      '',
      '\tTova Brenn 04/11/2031 06:04 PM \t   To: Isak Marlow/HOU/ACME@ACME  cc:   Subject: Dock survey\t',
      '',
      'Attached is the survey plan.',
      '',
      'Tova Brenn',
      '(555) 010-7788 (fax)',
    ].join('\n');
    const messages = quotedMessages(quoted);
    expect(messages.map((message) => message.author)).toEqual(['Isak Marlow', 'Tova Brenn']);
    expect(messages[1]?.text).toContain('(555) 010-7788 (fax)');
  });

  it('keeps the address of a stamp that opens with the writer’s address alone', () => {
    const quoted =
      '-----------\n\nrowan.pike@example.com on 04/13/2031 05:29:09 PM\nTo:\tisak.marlow@example.com\ncc:\nSubject:\tScripts\n\nThe scripts are ready for review.';
    expect(quotedMessages(quoted)[0]?.address).toBe('rowan.pike@example.com');
  });
});
