import { describe, expect, it } from 'vitest';
import { searchHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { askedRowLabel, namedRowAnswer } from './named-row.ts';

const glazes = searchHit({
  path: '/work/glaze_styles.xlsx',
  uri: 'file:///work/glaze_styles.xlsx#sheet=Sheet1',
  title: 'glaze_styles.xlsx › Sheet1',
  locator: { sheet: 'Sheet1', range: 'A1:B4' },
  text: [
    'matte | this glaze is matte, soft to touch',
    'gloss | this glaze is glossy',
    'crackle | this glaze crackles',
  ].join('\n'),
  type: 'sheet',
});

describe('namedRowAnswer', () => {
  it('reads the label of "the X row" in a question that asks what it says', () => {
    expect(askedRowLabel('What does the gloss row of the glaze styles sheet say?')).toBe('gloss');
    expect(askedRowLabel('What does the crackle row say in the glaze sheet?')).toBe('crackle');
    expect(askedRowLabel('How many rows does the glaze sheet have?')).toBeUndefined();
  });

  it('answers with the rest of the row whose first cell is the label', () => {
    const answer = namedRowAnswer(
      'What does the gloss row of the glaze styles sheet say?',
      [glazes],
      new CitationList(),
    );
    expect(answer?.answer).toBe('gloss: this glaze is glossy. [1]');
  });

  it('gives no answer when no row has the label', () => {
    expect(
      namedRowAnswer('What does the satin row of the glaze styles sheet say?', [glazes], new CitationList()),
    ).toBeUndefined();
  });

  it("gives no answer from a passage that lacks the question's other words", () => {
    expect(
      namedRowAnswer('What does the gloss row of the invoice ledger say?', [glazes], new CitationList()),
    ).toBeUndefined();
  });
});
