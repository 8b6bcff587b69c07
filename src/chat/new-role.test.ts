import { describe, expect, it } from 'vitest';
import { postStillOpen } from './new-role.ts';

describe('postStillOpen', () => {
  const question = 'Who will be the new treasurer of Kestrel Rowing?';
  it('reads a passage that says the post is still being filled', () => {
    expect(
      postStillOpen(
        question,
        'Lena Ortiz, now treasurer of Kestrel Rowing, moves to the regatta desk. We are still looking for a volunteer to serve as treasurer of Kestrel Rowing.',
      ),
    ).toBe(true);
    expect(postStillOpen(question, 'The search for a new treasurer of Kestrel Rowing starts in May.')).toBe(
      true,
    );
  });
  it('leaves a passage that names who takes it, or a search for another post', () => {
    expect(postStillOpen(question, 'Lena Ortiz becomes treasurer of Kestrel Rowing in May.')).toBe(false);
    expect(
      postStillOpen(question, 'We are still looking for someone to serve as treasurer of Falcon Sailing.'),
    ).toBe(false);
    expect(
      postStillOpen(
        'Who sent the new price list?',
        'We are still looking for someone to serve as price list editor.',
      ),
    ).toBe(false);
  });
});
