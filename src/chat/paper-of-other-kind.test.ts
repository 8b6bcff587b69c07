import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { paperOfOtherKind } from './paper-of-other-kind.ts';

const mail = (title: string, text: string) => ({ title, text, type: 'email' }) as unknown as SearchHit;

describe('paperOfOtherKind', () => {
  const update = mail(
    'Harbor plant update',
    'Mar. 3 - I met the Orbis team and we signed a non-disclosure agreement.\nMar. 9 - Orbis toured the site.',
  );

  it('refuses a passage that writes the asked noun only after another kind word', () => {
    expect(paperOfOtherKind('When did Orbis sign the supply agreement for the harbor plant?', update)).toBe(
      true,
    );
    expect(
      paperOfOtherKind(
        'Who drafted the audit report?',
        mail('Reports', 'Lena drafted the travel report on Friday and sent it round.'),
      ),
    ).toBe(true);
  });

  it('keeps a passage that writes the kind asked, or names no other kind of the same paper', () => {
    expect(
      paperOfOtherKind(
        'When did Orbis sign the supply agreement?',
        mail('Supply', 'Orbis signed the supply agreement on Mar. 3, after the non-disclosure agreement.'),
      ),
    ).toBe(false);
    expect(
      paperOfOtherKind(
        'When did Orbis sign the supply agreement?',
        mail('Orbis', 'Orbis signed the agreement on Mar. 3.'),
      ),
    ).toBe(false);
    // A stage of a paper ("the signed agreement") is no other kind of it.
    expect(
      paperOfOtherKind(
        'When did Orbis sign the supply agreement?',
        mail('Orbis', 'The signed agreement came back from Orbis on Mar. 3.'),
      ),
    ).toBe(false);
    // Another noun altogether ("a service contract") tells nothing of the agreement asked.
    expect(
      paperOfOtherKind(
        'When did Orbis sign the supply agreement?',
        mail('Orbis', 'Orbis signed a service contract on Mar. 3.'),
      ),
    ).toBe(false);
    // A question that names the paper by no kind word.
    expect(paperOfOtherKind('When did Orbis sign the final agreement?', update)).toBe(false);
  });
});
