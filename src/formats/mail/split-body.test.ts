import { describe, expect, it } from 'vitest';
import { contactBlockStart } from './contact-block.ts';
import { decodeWords } from './decode-words.ts';
import { quoteHeaderStart, splitBody, withoutAngleQuotes } from './split-body.ts';

describe('splitBody', () => {
  it('moves an Outlook "Original Message" block to quoted', () => {
    const body =
      'Sounds good, see you then.\n\n -----Original Message-----\nFrom: \tAllen, Phillip K.\nSent:\tFriday, November 16, 2001\n\nCan we meet at 3?';
    const split = splitBody(body);
    expect(split.text).toBe('Sounds good, see you then.');
    expect(split.quoted).toMatch(/^-----Original Message-----\nFrom: \tAllen/);
    expect(split.quoted).toContain('Can we meet at 3?');
  });

  it('moves "On ... wrote:" and > lines to quoted, keeping interleaved answers', () => {
    const body =
      'Yes, Tuesday works.\n\nOn Mon, 3 Mar 2025 at 10:00, Ana Lima <ana@example.com> wrote:\n> Does Tuesday work?\n> Ana';
    expect(splitBody(body)).toEqual({
      text: 'Yes, Tuesday works.',
      quoted: 'On Mon, 3 Mar 2025 at 10:00, Ana Lima <ana@example.com> wrote:\n> Does Tuesday work?\n> Ana',
    });
    const interleaved = splitBody('> Budget?\nApproved.\n> Date?\nFriday.');
    expect(interleaved.text).toBe('Approved.\nFriday.');
    expect(interleaved.quoted).toBe('> Budget?\n> Date?');
  });

  it('leaves out an AOL-style "<< … >>" quote and its "writes:" header, keeping the answer below it', () => {
    const body = [
      'In a message dated 2/9/03 8:02:11 AM Pacific Standard Time,',
      'tamsin@quarrylane.example writes:',
      '',
      '<< The lime render needs two coats: 1. a scratch coat left to cure a week 2.',
      ' a finish coat floated smooth >>',
      '',
      'We skipped the scratch coat on the north wall and it cracked within a month.',
      'Oswin',
    ].join('\n');
    expect(withoutAngleQuotes(body)).toBe(
      'We skipped the scratch coat on the north wall and it cracked within a month.\nOswin',
    );
    // An attachment mark with no "writes:" line above it is not a quote.
    const marked = 'The costings are attached.\n\n << File: render-costs.xls >>';
    expect(withoutAngleQuotes(marked)).toBe(marked);
    // A sentence of the writer's own above a one-line header stays theirs.
    expect(withoutAngleQuotes('Agreed, see below.\nBo writes:\n<< lime only >>\nFine by me.')).toBe(
      'Agreed, see below.\nFine by me.',
    );
    // The split for the index keeps such a quote in the text as read.
    expect(splitBody(body).text).toContain('<< The lime render');
  });

  it('keeps the words wrapping cut from a long quoted line in the quote, not in the new text', () => {
    const body = [
      'Same here, the quotes were far too high.',
      '',
      '> We first planned a poured terrazzo floor for the whole of the ground storey',
      'hall,',
      '> with brass strips between the panels. After pricing it we changed our',
      'minds',
      '> and laid reclaimed oak boards from the old mill instead.',
      '>',
      '> Oskar Brandvik',
    ].join('\n');
    const split = splitBody(body);
    expect(split.text).toBe('Same here, the quotes were far too high.');
    expect(split.quoted).toContain('hall,');
    expect(split.quoted).toContain('minds');
    // An answer between quoted lines stays the writer's own, even under a long quoted line.
    const answered = splitBody(
      [
        '> Could you send the signed lease for the warehouse on Quayside Road by Friday?',
        'Yes, Thursday.',
        '> And the keys to the loading bay?',
        'Monday.',
      ].join('\n'),
    );
    expect(answered.text).toBe('Yes, Thursday.\nMonday.');
  });

  it('moves a "-- " signature and a short sign-off block to signature', () => {
    expect(splitBody('See the numbers below.\n\n-- \nJane Roe\nACME Corp')).toEqual({
      text: 'See the numbers below.',
      signature: 'Jane Roe\nACME Corp',
    });
    expect(splitBody('Please review by Friday.\n\nThanks,\nBrett\n713-555-0100')).toEqual({
      text: 'Please review by Friday.',
      signature: 'Thanks,\nBrett\n713-555-0100',
    });
    // A long closing paragraph is text, not a signature.
    expect(
      splitBody(
        'Hi.\n\nRegards,\nthis line is far too long to be part of a signature block because it goes on and on',
      ).signature,
    ).toBeUndefined();
  });

  it('moves a closing contact block without a sign-off to signature, and keeps prose', () => {
    const body =
      'The lease for Harbor Wind, L.L.C. ends on May 2.\nPlease tell your teams.\nAnn Lee\nSupervisor, Records\nand Assistant Secretary\n12 Harbor Road, Room 40\nSpringfield, Texas 77000\n555.010-2000\n555.010.2001 (Fax)';
    expect(splitBody(body)).toEqual({
      text: 'The lease for Harbor Wind, L.L.C. ends on May 2.\nPlease tell your teams.',
      signature:
        'Ann Lee\nSupervisor, Records\nand Assistant Secretary\n12 Harbor Road, Room 40\nSpringfield, Texas 77000\n555.010-2000\n555.010.2001 (Fax)',
    });
    // Without a phone or an e-mail address, closing lines stay text; so do numbers in a sentence.
    expect(splitBody('Call me.\nAnn Lee\nDirector, Records').signature).toBeUndefined();
    expect(
      splitBody('I can be reached at home.\nhome: 555 010 3000\ncell: 555 010 3001').signature,
    ).toBeUndefined();
  });

  it("finds a law firm's contact block above the names of attached files", () => {
    const body =
      'Please sign both copies.  Thanks.\n\nMira J. Holt\nHolt Berg & Lund P.C.\n12 Harbor Road, Suite 40\nSpringfield, Texas  77000\n(555) 010-2000\nmira@holtberg.example\n\n\n - Lease Amendment (Harbor).DOC \n - Deed.DOC ';
    const split = splitBody(body);
    expect(split.text).toBe('Please sign both copies.  Thanks.');
    expect(split.signature).toMatch(/^Mira J\. Holt\nHolt Berg & Lund P\.C\.[\s\S]*Deed\.DOC$/);
  });

  it('reads a firm line under the name, an "Email." label or an extension alone as a contact block only when asked to be lenient', () => {
    const card =
      'Let me know when you have a free moment.\n\nCheers, BD\n\nBo Dahl\nNorthgate Partners\n40 Quay Blvd. 6/F\nSpringfield, TX 77000\nP. 555-010-2000\nF. 555-010-2001\nEmail. bo.dahl@northgate.example'.split(
        '\n',
      );
    expect(contactBlockStart(card, { lenient: true })).toBe(4);
    const extension = 'We would like him at the interviews.\n\nThanks!\n\nTamsin\nx57302'.split('\n');
    expect(contactBlockStart(extension, { lenient: true })).toBe(4);
    // A message's signature is split as before: the index keeps "Tamsin x57302" searchable.
    expect(contactBlockStart(extension)).toBe(-1);
    expect(splitBody(extension.join('\n')).signature).toBeUndefined();
    // An extension inside a sentence is prose either way.
    expect(contactBlockStart(['Tamsin is on leave.', 'Call x57302 instead.'], { lenient: true })).toBe(-1);
  });

  it('reads a sign-off with the name on the same last line as the signature', () => {
    expect(splitBody('Lunch is at noon.\n\nCheers, Bo D')).toEqual({
      text: 'Lunch is at noon.',
      signature: 'Cheers, Bo D',
    });
    expect(splitBody('Lunch is at noon.\n\nThanks for the update').signature).toBeUndefined();
    expect(splitBody('Lunch is at noon.\n\nRegards to the team').signature).toBeUndefined();
  });

  it('treats Lotus Notes reply headers as the start of quoted mail', () => {
    const notes = splitBody(
      'I agree.\nAnn\n\nFrom:\tTom Berg/HOU/ACME@ACME on 11/27/2001 03:45 PM\nTo:\tAnn Lee/HOU/ACME@ACME\ncc:\nSubject:\tPlan\n\nShall we go ahead?',
    );
    expect(notes.text).toBe('I agree.\nAnn');
    expect(notes.quoted).toContain('Shall we go ahead?');
    const stamp = splitBody(
      'See below.\n\nTom Berg   11/26/2001 08:35 PM\n\nTo: Ann Lee/SA/Acme@Acme\nSubject: Offer\n\nThis may be our way out.',
    );
    expect(stamp.text).toBe('See below.');
    expect(stamp.quoted).toContain('This may be our way out.');
    const twoLines = splitBody(
      'Due today.\n\nAnn\n\n\tAnn Lee\n\t12/13/2000 11:17 AM\n\n\t\t To: Tom Berg/NA/Acme\n\nPlease review.',
    );
    expect(twoLines.text).toBe('Due today.\n\nAnn');
    expect(twoLines.quoted).toContain('Please review.');
    const columns = splitBody(
      [
        'Ann,',
        '',
        'Wednesday at 10 works for me.',
        '',
        'Tom',
        '',
        '            Ann.Lee@acme.exampl',
        '            e                              To:     Tom Berg/Internal/Acme@Acme',
        '                                           cc:',
        '            11/26/2001 03:07 PM            Subject:     RE: Workshop',
        '',
        'Tom,',
        '',
        'Can we move to 2 PM?',
        '',
        'Ann',
      ].join('\n'),
    );
    expect(columns.text).toBe('Ann,\n\nWednesday at 10 works for me.\n\nTom');
    expect(columns.quoted).toMatch(/^\s*Ann\.Lee@acme\.exampl[\s\S]*Can we move to 2 PM\?/);
    const oneLine = splitBody(
      'How about the lake lodge?\n\nCheers, Tom\n\n\tAnn Lee/ACME@acme 05/02/2001 05:29 PM \t   To: Tom Berg/HOU/ACME@ACME, Bo Day/ACME@acme  cc: Eve Ross/ACME@ACME  Subject: \t\n\nHello everyone.\n\nThe retreat moves to June.',
    );
    expect(oneLine.text).toBe('How about the lake lodge?');
    expect(oneLine.signature).toBe('Cheers, Tom');
    expect(oneLine.quoted).toMatch(/^\s*Ann Lee\/ACME[\s\S]*The retreat moves to June\./);
  });

  it('starts the quote at a Notes writer line over its date stamp, with or without "To:" below', () => {
    const withTo = splitBody(
      'Ivar, this is what we could offer.\n\nSolveig\n\n\nIvar B Holm@NORD\n09/25/2025 10:29 AM\nTo: Solveig Berg/OSL/NORD@NORD\ncc:\nSubject: Terms\n\nWhat would you recommend?',
    );
    expect(withTo.text).toBe('Ivar, this is what we could offer.\n\nSolveig');
    expect(withTo.quoted).toMatch(/^Ivar B Holm@NORD\n09\/25\/2025[\s\S]*What would you recommend\?$/);
    const routed = splitBody('Agreed.\n\nTove Aas/OSL/NORD@NORD\n\n09/25/2025 10:29 AM\n\nThe rate is 4%.');
    expect(routed.text).toBe('Agreed.');
    expect(routed.quoted).toMatch(/^Tove Aas\/OSL[\s\S]*The rate is 4%\.$/);
  });

  it('reads "Name@ORG on <date>" with seconds in the time as a Notes header', () => {
    const split = splitBody(
      'See the note below.\n\nPer Dahl@NORD on 04/24/2025 11:47:40 AM\nTo: Tove Aas/OSL/NORD@NORD\ncc:\nSubject: Visit\n\nBring the plans.',
    );
    expect(split.text).toBe('See the note below.');
    expect(split.quoted).toMatch(/^Per Dahl@NORD on[\s\S]*Bring the plans\.$/);
  });

  it('starts the quote at a Notes "Sent by:" line over "To:" when the writer and date lines are lost', () => {
    const split = splitBody(
      'Two points on the list.\n\nPer\n\n\nSent by: Tove Aas\nTo: Per Dahl/OSL/NORD@NORD\ncc:\n\nSubject: Traders\n\nPlease sign and return the list.',
    );
    expect(split.text).toBe('Two points on the list.\n\nPer');
    expect(split.quoted).toMatch(/^Sent by: Tove Aas[\s\S]*Please sign and return the list\.$/);
  });

  it('leaves a sentence that names a Notes address in the text', () => {
    const split = splitBody(
      'Please copy Tove Aas/OSL/NORD@NORD on it.\n09/25/2025 10:29 AM is when it left.',
    );
    expect(split.quoted).toBeUndefined();
  });

  it('treats forwarded blocks as quoted', () => {
    const split = splitBody(
      'FYI.\n\n---------------------- Forwarded by Jeff Shorter/ENERGY/TXU on 10/29/2001\nJerry Burt\nText',
    );
    expect(split.text).toBe('FYI.');
    expect(split.quoted).toContain('Jerry Burt');
  });

  it('starts the quote at a "Reply message" line and at an Outlook header run into one line', () => {
    const reply = splitBody('Fine by me.\n\n----- Reply message -----\nFrom: Wenna Brisk\nCan we move it?');
    expect(reply.text).toBe('Fine by me.');
    expect(reply.quoted).toContain('Can we move it?');
    const oneLine = splitBody(
      'Agreed.\n\nFrom: Wenna Brisk Sent: Monday, May 6, 2024 9:00 AM\nCan we move it?',
    );
    expect(oneLine.text).toBe('Agreed.');
    expect(oneLine.quoted).toContain('Can we move it?');
  });

  it('gives the line its quoted history starts at, with the writer named over a Notes stamp', () => {
    expect(quoteHeaderStart(['Agreed.', '', 'Wenna Brisk', '03/14/2001 09:12 AM', 'To: Tamsin Quell'])).toBe(
      2,
    );
    expect(quoteHeaderStart(['Agreed.', '> Can we move it?'])).toBe(2);
  });
});

describe('decodeWords', () => {
  it('decodes B and Q encoded words, joining adjacent words', () => {
    expect(decodeWords('=?UTF-8?B?SsO8cmdlbg==?= <j@x.de>')).toBe('Jürgen <j@x.de>');
    expect(decodeWords('=?ISO-8859-1?Q?Caf=E9_menu?= today')).toBe('Café menu today');
    expect(decodeWords('=?UTF-8?Q?=E6=97=A5?= =?UTF-8?Q?=E6=9C=AC?=')).toBe('日本');
    // A multi-byte character split across two encoded words survives.
    expect(decodeWords('=?UTF-8?B?5pel?= =?UTF-8?B?5pys?=')).toBe('日本');
    expect(decodeWords('plain subject')).toBe('plain subject');
  });
});
