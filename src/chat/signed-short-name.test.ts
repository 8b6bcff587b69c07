import { describe, expect, it } from 'vitest';
import { signedWithShortName } from './signed-short-name.ts';

const MAIL =
  'I rang the registry twice this week.\n\nSorry Ivo.  If you want to ring them yourself, the line is 555-0190.\n\nMara\n';

describe('signedWithShortName: a first name asked that its writer signs with', () => {
  it('reads "Mara" as the writer Marabel who signs the mail "Mara"', () => {
    expect(signedWithShortName([{ name: 'Tamsin, Marabel' }], MAIL, 'Mara')).toBe(true);
    expect(
      signedWithShortName([{ name: 'Marabel Tamsin' }], MAIL.replace('Mara\n', 'Thanks, Mara\n'), 'Mara'),
    ).toBe(true);
  });

  it('needs a writer whose first name opens with it, and the signature', () => {
    expect(signedWithShortName([{ name: 'Ortega, Lucia' }], MAIL, 'Mara')).toBe(false);
    expect(
      signedWithShortName([{ name: 'Tamsin, Marabel' }], MAIL.replace('Mara\n', 'Marabel\n'), 'Mara'),
    ).toBe(false);
    expect(signedWithShortName([{ name: 'Tamsin, Marabel' }], MAIL.replace('\nMara\n', ''), 'Mara')).toBe(
      false,
    );
  });

  it('leaves a full name and a name of two letters to the usual reading', () => {
    expect(signedWithShortName([{ name: 'Tamsin, Marabel' }], MAIL, 'Mara Tamsin')).toBe(false);
    expect(signedWithShortName([{ name: 'Tamsin, Marabel' }], MAIL.replace('Mara\n', 'Ma\n'), 'Ma')).toBe(
      false,
    );
  });
});
