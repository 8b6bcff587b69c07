import { describe, expect, it } from 'vitest';
import { requestForValue } from './request-for-value.ts';

describe('requestForValue', () => {
  it('flags a request to be given the value for a question that asks the value', () => {
    expect(
      requestForValue(
        'Which address did I mail the Varna rent to?',
        'Can you send me your address in Varna. [1]',
      ),
    ).toBe(true);
    expect(
      requestForValue("What's Orlo Pask's fax number?", 'Please give me your fax number, Orlo. [1]'),
    ).toBe(true);
  });

  it('keeps a request that holds the value, and questions about what was asked for', () => {
    expect(
      requestForValue(
        'How many copies of the Varna plan did Tova want?',
        'Can you send me 12 copies of the Varna plan. [1]',
      ),
    ).toBe(false);
    expect(
      requestForValue('What did Tova ask me to send?', 'Can you send me your address in Varna. [1]'),
    ).toBe(false);
    expect(requestForValue('Which address did I mail the rent to?', 'I mailed it to 40 Ash Rd. [1]')).toBe(
      false,
    );
  });

  it('refuses a request to set up one more of the thing asked', () => {
    expect(
      requestForValue(
        'Which of my test logins can see every Varna report?',
        'Can you set up one more test login with access to every report for the Varna desk. [1]',
      ),
    ).toBe(true);
  });
});
