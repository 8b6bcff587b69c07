import { describe, expect, it } from 'vitest';
import { isCueFragment } from './cue-fragments.ts';

const slide = (text: string, indexInBlock = 0) => ({ text, locator: { slide: 4 }, indexInBlock });
const mail = (text: string, indexInBlock = 0) => ({
  text,
  locator: { messageId: 'm1@example.org' },
  indexInBlock,
});

describe('isCueFragment', () => {
  it('takes a slide bullet with no subject, a note going on from the bullet above, a cut tail and a quoted saying', () => {
    expect(isCueFragment(slide('Logged for every request'))).toBe(true);
    expect(isCueFragment(slide('Will save hours at the loading bay, and every week after'))).toBe(true);
    expect(isCueFragment(slide('beside the dock will be re-weighed on arrival.', 1))).toBe(true);
    expect(isCueFragment(slide('“Ship the pallets faster, please”'))).toBe(true);
  });

  it('keeps whole statements, questions, bullets that open a list in lower case, and mail with its writer as subject', () => {
    expect(isCueFragment(slide('The depot team will re-weigh every pallet from 3 March.'))).toBe(false);
    expect(isCueFragment(slide('Will the new scales arrive before the audit?'))).toBe(false);
    expect(isCueFragment(slide('ensure each pallet is re-weighed by Friday'))).toBe(false);
    expect(
      isCueFragment(slide('Requested by the depot manager after the audit found three mislabelled pallets')),
    ).toBe(false);
    expect(isCueFragment(mail('Will send the weighbridge figures on Monday.'))).toBe(false);
    expect(isCueFragment(mail("Thanks. i'll call the depot tomorrow.", 1))).toBe(false);
    expect(isCueFragment(mail('o All drivers will be briefed at the depot on Monday.', 2))).toBe(false);
  });
});
