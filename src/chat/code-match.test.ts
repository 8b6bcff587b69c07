import { describe, expect, it } from 'vitest';
import { askedCodes, holdsAskedCode, holdsCode } from './code-match.ts';

describe('askedCodes', () => {
  it('reads letters and digits joined by dots, hyphens or slashes', () => {
    expect(askedCodes('When is session QX7.21 held?')).toEqual(['QX7.21']);
    expect(askedCodes('Is form K-44 signed, and does release v4.1.9 fix it?')).toEqual(['K-44', 'v4.1.9']);
    expect(askedCodes('Why was host NORTH-DB2/EAST rebooted?')).toEqual(['NORTH-DB2/EAST']);
  });

  it('reads no plain word, number, decimal, date or hyphenated word as a code', () => {
    expect(askedCodes('How much was 3.5 percent of the follow-up on 2024-03-01 and 12/5?')).toEqual([]);
    expect(askedCodes('Who sent the e-mail about the well-known plan?')).toEqual([]);
    expect(askedCodes('What does the MP3 player cost?')).toEqual([]);
  });
});

describe('holdsCode', () => {
  it('finds the code whole, in any case', () => {
    expect(holdsCode('Room plan: Session qx7.21, Monday 4 May, 10:00', 'QX7.21')).toBe(true);
    expect(holdsCode('(QX7.21)', 'QX7.21')).toBe(true);
  });

  it('finds no code inside a longer one, nor its pieces apart', () => {
    expect(holdsCode('Session QX7.211 on Monday', 'QX7.21')).toBe(false);
    expect(holdsCode('Session QX7.21.4 on Monday', 'QX7.21')).toBe(false);
    expect(holdsCode('Session BQX7.21 on Monday', 'QX7.21')).toBe(false);
    expect(holdsCode('QX7 met 21 people', 'QX7.21')).toBe(false);
  });

  it('tells whether a passage holds a code the question names', () => {
    expect(holdsAskedCode('Why is K-44 late?', 'Form K-44 is late: the signer is away.')).toBe(true);
    expect(holdsAskedCode('Why is K-44 late?', 'Form K-45 is late.')).toBe(false);
    expect(holdsAskedCode('Why is the form late?', 'Form K-44 is late.')).toBe(false);
  });
});
