import { describe, expect, it } from 'vitest';
import { classifyQuestion } from './question-kind.ts';

const now = new Date('2026-03-02T09:00:00Z');

describe('classifyQuestion: a part of the address of a name said in three words', () => {
  it('reads "Which town is Mara Lind Osk\'s home in?" as the city of her home address', () => {
    expect(classifyQuestion("Which town is Mara Lind Osk's home in?", now)).toEqual({
      kind: 'contact',
      person: 'Mara Lind Osk',
      field: 'city',
      fieldKind: 'home',
    });
    expect(classifyQuestion("Which city is Mara Lind's office in?", now)).toMatchObject({
      kind: 'contact',
      person: 'Mara Lind',
      field: 'city',
    });
  });
});
