import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { searchHit } from './__fixtures__/search-hit.ts';
import { endAsked, otherOfSubject } from './newest-of-subject.ts';

const notice = (uri: string, date: string, from = 'orders@quillby.example'): SearchHit =>
  searchHit({
    uri,
    type: 'email',
    title: 'Your Quillby receipt',
    date,
    people: [{ role: 'from', address: from }],
    text: 'Receipt no. Q-1 for one atlas.',
  });

const march = notice('mail:1', '2031-03-02T10:00:00Z');
const june = notice('mail:2', '2031-06-14T10:00:00Z');
const august = notice('mail:3', '2031-08-20T10:00:00Z');
const now = new Date('2031-07-01T09:00:00Z');

describe('endAsked', () => {
  it('reads the newest or the oldest of several as asked, not a period', () => {
    expect(endAsked('What was the receipt number of my latest Quillby order?')).toBe('newest');
    expect(endAsked('What did the first Quillby receipt cost?')).toBe('oldest');
    expect(endAsked('What did I order from Quillby last week?')).toBeUndefined();
    expect(endAsked('What was the first quarter total?')).toBeUndefined();
  });
});

describe('otherOfSubject', () => {
  const question = 'What was the receipt number of my latest Quillby order?';
  it('gives the newest mail of the same subject and sender written by now', () => {
    expect(otherOfSubject(question, march, [march, june, august], now)?.uri).toBe('mail:2');
    expect(otherOfSubject('What did the first Quillby receipt list?', june, [march, june], now)?.uri).toBe(
      'mail:1',
    );
  });
  it('gives none when the mail is the newest, or the others come from another sender', () => {
    expect(otherOfSubject(question, june, [march, june, august], now)).toBeUndefined();
    expect(
      otherOfSubject(
        question,
        march,
        [march, notice('mail:4', '2031-06-01T10:00:00Z', 'ana@quillby.example')],
        now,
      ),
    ).toBeUndefined();
  });
});
