import { describe, expect, it } from 'vitest';
import { withItemMarksMoved } from './item-marks.ts';
import { splitSentences } from './sentences.ts';

const sentences = (text: string) => withItemMarksMoved(splitSentences(text).map((span) => span.text));

describe('item numbers run into a paragraph (PDF text of numbered clauses)', () => {
  it('go back to the item they open: after a colon, after a closing quote, and the next number', () => {
    expect(
      sentences(
        'The council resolves: 1. Amend the order of 2 May by striking the words «Harbour district» 2. Add to clause 3.5 the words on tenders. 3. This order takes effect on publication.',
      ),
    ).toEqual([
      'The council resolves:',
      '1. Amend the order of 2 May by striking the words «Harbour district»',
      '2. Add to clause 3.5 the words on tenders.',
      '3. This order takes effect on publication.',
    ]);
  });

  it('move a dotted clause number from the end of a clause that opens with one', () => {
    expect(
      sentences(
        '3.6 Documents required for the service 3.6.1. Where the applicant bids at auction, these documents are filed.',
      ),
    ).toEqual([
      '3.6 Documents required for the service',
      '3.6.1. Where the applicant bids at auction, these documents are filed.',
    ]);
  });

  it('leave numbers that end a sentence alone', () => {
    const text =
      'Parking is set out in Chapter 18.20. The total was 12. Install version 3.6.1. Then restart.';
    expect(sentences(text)).toEqual(splitSentences(text).map((span) => span.text));
  });
});
