import { describe, expect, it } from 'vitest';
import { hasVerb, toPastTense } from './past-tense.ts';

describe('toPastTense', () => {
  it('puts the verb after a subject pronoun into the past tense', () => {
    expect(toPastTense('I wonder if a dial might be useful.')).toBe('I wondered if a dial might be useful.');
    expect(toPastTense('We also need a battery, which means we want money.')).toBe(
      'We also needed a battery, which meant we wanted money.',
    );
    expect(toPastTense('It introduces a delay and they zap a lot.')).toBe(
      'It introduced a delay and they zapped a lot.',
    );
  });

  it('reaches a pronoun right after "that" or "which" used as a subject word', () => {
    expect(toPastTense('The trouble is that we need a bigger room.')).toBe(
      'The trouble is that we needed a bigger room.',
    );
    expect(toPastTense('A reason which they want a dial for.')).toBe(
      'A reason which they wanted a dial for.',
    );
    expect(toPastTense('I hope that it works.')).toBe('I hoped that it worked.');
  });

  it('gives an irregular verb said with a regular ending its own form, the participle after "have"', () => {
    expect(toPastTense('I have thinked a few criteria.')).toBe('I have thought a few criteria.');
    expect(toPastTense('We buyed two, and they have already writed it up.')).toBe(
      'We bought two, and they have already written it up.',
    );
  });

  it('leaves modals, "be", bare verbs after "let you" / "do you" and non-verbs alone', () => {
    expect(toPastTense('We could ask, it is late.')).toBe('We could ask, it is late.');
    expect(toPastTense('Let you know when it works.')).toBe('Let you know when it worked.');
    expect(toPastTense('Do you think so?')).toBe('Do you think so?');
    expect(toPastTense('This one is mine.')).toBe('This one is mine.');
  });
});

describe('hasVerb', () => {
  it('tells a sentence from a verbless fragment', () => {
    expect(hasVerb('The case costs four euros.')).toBe(true);
    expect(hasVerb('Big target group.')).toBe(false);
  });
});
