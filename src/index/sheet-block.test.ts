import { describe, expect, it } from 'vitest';
import { blockHeading, isTitleRow } from './sheet-block.ts';

// A sheet of invented dues rates: the sheet's first row, then two stacked blocks.
const rows: string[][] = [
  ['', '', 'DUES OF THE ORVANNE ROWING CLUB'],
  [],
  ['JUNIOR RATE', '', 'SOLO MEMBER'],
  ['€', '', '2031', '2032', '2033'],
  ['400', '', '3.1%', '2.9%', '2.7%'],
  ['900', '', '4.4%', '4.0%', '3.8%'],
  [],
  ['JUNIOR RATE', '', 'FAMILY OF 3'],
  ['€', '', '2031', '2032', '2033'],
  ['400', '', '1.2%', '1.1%', '1.0%'],
  ['900', '', '2.6%', '2.5%', '2.2%'],
  ['1,700', '', '3.9%', '3.6%', '3.4%'],
];

describe('blockHeading', () => {
  it("gives a window opening among a block's figures that block's title row and column labels", () => {
    expect(blockHeading(rows, 10, 0)).toEqual([7, 8]);
    expect(blockHeading(rows, 5, 0)).toEqual([2, 3]);
  });

  it('gives nothing to a window that opens with a title row of its own', () => {
    expect(blockHeading(rows, 7, 0)).toEqual([]);
    expect(blockHeading(rows, 6, 0)).toEqual([]);
  });

  it('carries the titles without a first record laid out as the rows below it', () => {
    const schedule = [
      ['FEES OF THE VELMARA LIBRARY'],
      [],
      ['LATE RETURN', '', 'ONE BOOK', 'TWO BOOKS'],
      ['$10.00', '', '$1.00', '$1.50'],
      ['$20.00', '', '$2.00', '$3.00'],
      ['$30.00', '', '$3.00', '$4.50'],
    ];
    expect(blockHeading(schedule, 5, 0)).toEqual([2]);
  });

  it('gives nothing for a list of words alone, or rows of words inside a form', () => {
    const codes = [
      ['Code', 'Harbour'],
      ['ORV', 'Orvanne Quay'],
      ['VLM', 'Velmara Pier'],
      ['TSK', 'Tessk Dock'],
    ];
    expect(blockHeading(codes, 3, 0)).toEqual([]);
    const form = [
      ['CLAIM FORM OF THE ORSK GUILD'],
      ['Claim number', 'Q-seventeen'],
      ['Claimant', 'Ilse Marrow'],
      ['Travel paid by the claimant', '$-'],
      ['Meals paid by the claimant', '$-'],
      ['Nights away', '3'],
      ['Miles driven', '120'],
    ];
    expect(blockHeading(form, 6, 0)).toEqual([]);
  });
});

describe('isTitleRow', () => {
  it('is a row of words with no figure', () => {
    expect(isTitleRow(['JUNIOR RATE', '', 'FAMILY OF 3'])).toBe(true);
    expect(isTitleRow(['€', '', '2031', '2032'])).toBe(false);
    expect(isTitleRow(['', ''])).toBe(false);
  });
});
