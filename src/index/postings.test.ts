import { describe, expect, it } from 'vitest';
import {
  chunkTerms,
  decodePostings,
  encodePostings,
  fileHeader,
  fileLengths,
  HEADER_WORDS,
  rowFileId,
  rowPostings,
  unpackBody,
  unpackPeople,
  unpackTitle,
  withIds,
} from './postings.ts';

describe('chunkTerms', () => {
  it('counts each field apart, each count stopping at the largest value its field holds', () => {
    const terms = chunkTerms({
      title: 'lantern '.repeat(300),
      people: 'lantern Oskar',
      body: `${'lantern '.repeat(70_000)} wharf wharf`,
    });
    const lantern = terms.tf.get('lantern')!;
    expect([unpackTitle(lantern), unpackPeople(lantern), unpackBody(lantern)]).toEqual([255, 1, 65535]);
    const wharf = terms.tf.get('wharf')!;
    expect([unpackTitle(wharf), unpackPeople(wharf), unpackBody(wharf)]).toEqual([0, 0, 2]);
    expect([terms.titleLength, terms.peopleLength, terms.bodyLength]).toEqual([300, 2, 70_002]);
    expect(unpackBody(terms.lengths)).toBe(65535);
  });
});

describe('file headers of posting rows', () => {
  const first = chunkTerms({
    title: 'Harbour plan',
    body: 'The ferry leaves at noon. The ferry is late.',
    people: 'Ida Berg',
  });
  const second = chunkTerms({
    title: 'Harbour plan › Costs',
    body: 'Fuel for the ferry costs more.',
    people: '',
  });

  it('counts a file as one document: bodies summed, the longest title and people field once', () => {
    const lengths = fileLengths([first, second]);
    expect(lengths.bodyLength).toBe(first.bodyLength + second.bodyLength);
    expect(lengths.titleLength).toBe(Math.max(first.titleLength, second.titleLength));
    expect(lengths.peopleLength).toBe(first.peopleLength);
  });

  it('starts every row with the file id and lengths, then one triple per chunk holding the term', () => {
    const lengths = fileLengths([first, second]);
    const rows = encodePostings(
      [
        { id: 7, terms: first },
        { id: 8, terms: second },
      ],
      fileHeader(42, lengths),
    );
    const ferry = rows.find((row) => row.term === 'ferri' || row.term === 'ferry');
    expect(ferry).toBeDefined();
    const view = decodePostings(ferry!.data);
    expect(rowFileId(view)).toBe(42);
    expect(unpackTitle(view[1]!)).toBe(lengths.titleLength);
    expect(unpackPeople(view[1]!)).toBe(lengths.peopleLength);
    expect(view[2]).toBe(lengths.bodyLength);
    expect(rowPostings(ferry!.data.byteLength)).toBe(2);
    expect([view[HEADER_WORDS], view[HEADER_WORDS + 3]]).toEqual([7, 8]);
    expect(unpackBody(view[HEADER_WORDS + 1]!) + unpackBody(view[HEADER_WORDS + 4]!)).toBe(3);
    const noon = rows.find((row) => row.term === 'noon');
    expect(rowPostings(noon!.data.byteLength)).toBe(1);
  });

  it('gives rows encoded with chunk positions their ids later, in copies', () => {
    const lengths = fileLengths([first, second]);
    const entries = [
      { id: 0, terms: first },
      { id: 1, terms: second },
    ];
    const early = encodePostings(entries, fileHeader(0, lengths, true));
    const late = withIds(early, [31, 45], 9);
    const direct = encodePostings(
      entries.map((entry, position) => ({ ...entry, id: [31, 45][position]! })),
      fileHeader(9, lengths, true),
    );
    expect(late).toEqual(direct);
    // The early rows are left as they were, so they can be given ids again.
    expect(decodePostings(early[0]!.data)[HEADER_WORDS]).toBe(0);
  });
});
