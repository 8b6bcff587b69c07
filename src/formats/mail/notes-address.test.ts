import { describe, expect, it } from 'vitest';
import {
  addressesIn,
  isNotesWriterLine,
  leadingNotesAddress,
  nameOverStamp,
  personKey,
  readNotesAddress,
  withoutAddresses,
} from './notes-address.ts';

describe('readNotesAddress', () => {
  it('reads a written name with its directory route, and a local part with the route left in', () => {
    expect(readNotesAddress('Ivar B Holm/OSL/NORD@NORD')).toEqual({
      name: 'Ivar B Holm',
      route: ['OSL', 'NORD'],
      domain: 'NORD',
    });
    expect(readNotesAddress('ivar.holm/corp/nord@nord.example')).toEqual({
      name: 'ivar.holm',
      route: ['corp', 'nord'],
      domain: 'nord.example',
    });
    expect(readNotesAddress('Tove Aas/Nord Energi@NORD')?.route).toEqual(['Nord Energi']);
  });

  it('reads a writer line without a route, "@" spaced or not', () => {
    expect(readNotesAddress('Solveig Berg@NORD')).toEqual({
      name: 'Solveig Berg',
      route: [],
      domain: 'NORD',
    });
    expect(readNotesAddress('Solveig Berg @ NORD')?.name).toBe('Solveig Berg');
  });

  it('takes a plain address, a single name or a sentence for no Notes address', () => {
    expect(readNotesAddress('ivar.holm@nord.example')).toBeUndefined();
    expect(readNotesAddress('Ivar@NORD')).toBeUndefined();
    expect(readNotesAddress('send it to Ivar B Holm/OSL/NORD@NORD today')).toBeUndefined();
    expect(readNotesAddress('ivar.holm@nord.example/path')).toBeUndefined();
  });
});

describe('leadingNotesAddress', () => {
  it('reads the address that opens a header line, before its date', () => {
    expect(leadingNotesAddress('From:\tIvar B Holm/NORD@nordXgate on 05/02/2025 04:29 PM')?.name).toBe(
      'Ivar B Holm',
    );
    expect(leadingNotesAddress('\tFrom:  Tove Aas @ NORD        09/20/2025 12:09 PM')?.name).toBe('Tove Aas');
    expect(leadingNotesAddress('Solveig Berg@NORD')?.name).toBe('Solveig Berg');
  });

  it('reads nothing from a forward line, a sentence, or a plain address before a date', () => {
    expect(
      leadingNotesAddress('---- Forwarded by Per Dahl/OSL/NORD on 08/09/2025 02:47 PM ----'),
    ).toBeUndefined();
    expect(leadingNotesAddress('We met Per Dahl/OSL/NORD@NORD on Monday')).toBeUndefined();
    expect(leadingNotesAddress('Solveig Berg@NORD said so 09/20/2025')).toBeUndefined();
    expect(leadingNotesAddress('ivar.holm@nord.example 09/20/2025 12:09 PM')).toBeUndefined();
  });
});

describe('isNotesWriterLine', () => {
  it("is true for a line holding only a person's Notes address", () => {
    expect(isNotesWriterLine('Solveig Berg@NORD')).toBe(true);
    expect(isNotesWriterLine('   Ivar B Holm/OSL/NORD@NORD  ')).toBe(true);
  });

  it('is false for a plain address, a one-word name, a header field or a sentence', () => {
    expect(isNotesWriterLine('ivar.holm@nord.example')).toBe(false);
    expect(isNotesWriterLine('Solveig@NORD')).toBe(false);
    expect(isNotesWriterLine('From: Solveig Berg@NORD')).toBe(false);
    expect(isNotesWriterLine('Thanks, Solveig Berg@NORD will call.')).toBe(false);
  });
});

describe('personKey', () => {
  it('keys a name by its first and last words, middle initials left out', () => {
    expect(personKey('Ivar B Holm')).toBe('notes:ivar.holm');
    expect(personKey('ivar.b.holm')).toBe('notes:ivar.holm');
    expect(personKey('holm')).toBeUndefined();
    expect(personKey('ivar2.holm')).toBeUndefined();
  });
});

describe('addresses in a line', () => {
  it('finds Notes addresses (also cut by a wrap) and plain ones', () => {
    expect(addressesIn('Ivar B Holm/OSL/NORD@NORD, tove.aas@nord.example, erg/NA/Nord@NORD')).toEqual([
      'Ivar B Holm/OSL/NORD@NORD',
      'tove.aas@nord.example',
      'erg/NA/Nord@NORD',
    ]);
    expect(
      withoutAddresses('Ivar B Holm/OSL/NORD@NORD, Per')
        .replace(/[,\s]+/g, ' ')
        .trim(),
    ).toBe('Per');
    expect(addressesIn('We meet at 10 in the big room.')).toEqual([]);
  });
});

describe('nameOverStamp', () => {
  it('reads a name on its own line over a stamp date, of one to four words', () => {
    const lines = ['Wenna Brisk', '03/14/2001 09:12 AM', 'Tamsin', '11/02/2000 04:40 PM'];
    expect(nameOverStamp(lines, 0)).toBe('Wenna Brisk');
    expect(nameOverStamp(lines, 2)).toBe('Tamsin');
  });
  it('reads nothing when the next line is no stamp or the line is more than a name', () => {
    expect(nameOverStamp(['Wenna Brisk', 'To: Tamsin Quell'], 0)).toBeUndefined();
    expect(nameOverStamp(['see you at noon', '03/14/2001 09:12 AM'], 0)).toBeUndefined();
    expect(nameOverStamp(['03/14/2001 09:12 AM'], 0)).toBeUndefined();
  });
});
