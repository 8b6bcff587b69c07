import { describe, expect, it } from 'vitest';
import { mailAddressMissing } from './mail-address-asked.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('mailAddressMissing: an e-mail address asked and none given', () => {
  it('flags a sentence without an address, whatever the language of the question', () => {
    const line = 'Temat: zebranie zarządu klubu wioślarskiego Orla. [1]';
    expect(mailAddressMissing('Na jaki adres e-mail wysłać zgłoszenie do klubu wioślarskiego?', line)).toBe(
      true,
    );
    expect(
      unsoundAnswer('Na jaki adres e-mail wysłać zgłoszenie do klubu wioślarskiego?', line),
    ).toBeDefined();
    expect(mailAddressMissing("What's Ines Varga's work email?", 'Ines Varga: phone 555-0100. [1]')).toBe(
      true,
    );
    expect(
      mailAddressMissing('An welche E-Mail-Adresse geht die Anmeldung?', 'Anmeldung bis 3. Mai. [1]'),
    ).toBe(true);
  });

  it('keeps a sentence that writes an address, and a question that asks no address', () => {
    expect(
      mailAddressMissing(
        'Na jaki adres e-mail wysłać zgłoszenie do klubu wioślarskiego?',
        'Zgłoszenia prosimy kierować na adres biuro@orla.example.pl. [1]',
      ),
    ).toBe(false);
    expect(
      mailAddressMissing(
        "What's Ines Varga's work email?",
        'Ines Varga: e-mail ines at orla dot example. [1]',
      ),
    ).toBe(false);
    expect(
      mailAddressMissing('Who should I e-mail to join the rowing club?', 'Write to the club secretary. [1]'),
    ).toBe(false);
  });
});
