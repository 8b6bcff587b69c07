import { describe, expect, it } from 'vitest';
import { askedLabel, cardFieldAsked } from './card-field-asked.ts';
import { classifyQuestion } from './question-kind.ts';

const now = new Date('2024-06-03T09:00:00Z');

describe('cardFieldAsked', () => {
  it('reads the field and the person of a question on another card field', () => {
    expect(classifyQuestion('Which mail program does Kit Arden use?', now)).toMatchObject({
      kind: 'contact',
      person: 'Kit Arden',
      field: 'other',
      label: 'mail program',
    });
    expect(classifyQuestion("What's Lio Varga's phonetic first name?", now)).toMatchObject({
      person: 'Lio Varga',
      field: 'other',
      label: 'phonetic first name',
    });
    expect(classifyQuestion("What's Lio Varga's middle name?", now)).toMatchObject({
      person: 'Lio Varga',
      field: 'other',
      label: 'middle name',
    });
    expect(classifyQuestion("Under which name is Dorrie's contact card filed?", now)).toMatchObject({
      person: 'Dorrie',
      field: 'other',
      label: 'file as',
    });
    expect(classifyQuestion("What are the coordinates of Lio Varga's office?", now)).toMatchObject({
      person: 'Lio Varga',
      field: 'other',
      label: 'coordinates',
    });
    expect(classifyQuestion("Where can I get Kit Arden's public key?", now)).toMatchObject({
      person: 'Kit Arden',
      label: 'public key',
    });
    expect(classifyQuestion("What's Dorrie's blog?", now)).toMatchObject({ person: 'Dorrie', label: 'blog' });
    expect(classifyQuestion("What's Dorrie's profile page?", now)).toMatchObject({
      person: 'Dorrie',
      label: 'profile',
    });
    expect(classifyQuestion('What languages does Tam Okafor speak?', now)).toMatchObject({
      person: 'Tam Okafor',
      label: 'language',
    });
  });

  it('leaves questions whose words name no card field to the other readers', () => {
    expect(askedLabel('interest in the merger')).toBeUndefined();
    expect(cardFieldAsked("What is Kit Arden's plan for Friday?", "([\\p{Lu}][\\p{L}'-]+)")).toBeUndefined();
    expect(classifyQuestion("What's Kit Arden's mobile number?", now)).toMatchObject({ field: 'phone' });
    expect(classifyQuestion('Which mail server does Kit Arden use for the list?', now).kind).toBe('passages');
  });
});
