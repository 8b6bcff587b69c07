import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { searchHit } from './__fixtures__/search-hit.ts';
import { documentWords } from './document-words.ts';

function passage(path: string, n: number, text: string): SearchHit {
  return searchHit({
    chunkId: n,
    path,
    uri: `file://${path}#paragraph=${n}`,
    title: path.split('/').pop() ?? path,
    locator: { paragraph: n },
    text,
    type: 'document',
  });
}

const BYLAWS = '/work/docs/bylaws.docx';
const council = [
  passage(BYLAWS, 1, 'The Harbourton town council adopts these by-laws.'),
  passage(BYLAWS, 2, 'Requests to the Harbourton town council are answered within 30 days.'),
  passage(BYLAWS, 3, 'The Harbourton town council meets on the first Monday.'),
  passage(BYLAWS, 4, 'Members of the Harbourton town council serve four years.'),
];

describe('documentWords', () => {
  it('takes out the words that stand in most passages of the one file found', () => {
    const named = documentWords('When does the lunch break end at the Harbourton town council?', council);
    expect(named?.path).toBe(BYLAWS);
    expect(named?.rest).toBe('When does the lunch break end at the');
  });

  it('leaves a question alone when its passages are of several files', () => {
    const mixed = [
      council[0] as SearchHit,
      passage('/work/docs/minutes.docx', 5, 'The Harbourton town council met.'),
      passage('/work/docs/notes.docx', 6, 'Harbourton town council notes.'),
      council[1] as SearchHit,
    ];
    expect(
      documentWords('When does the lunch break end at the Harbourton town council?', mixed),
    ).toBeUndefined();
  });

  it('never drops the thing asked, and reads no mail folder or chat log as a named file', () => {
    const members = council.map(
      (hit) => ({ ...hit, text: `${hit.text} Its members are named in the annex.` }) as SearchHit,
    );
    const counted = documentWords(
      'How many members does the Harbourton town council elect each year?',
      members,
      'amount',
    );
    expect(counted?.rest).toContain('members');
    const log = council.map((hit) => ({ ...hit, path: '/work/chat/channel.txt', type: 'chat' }) as SearchHit);
    expect(
      documentWords('When does the lunch break end at the Harbourton town council?', log),
    ).toBeUndefined();
  });

  it('leaves a question alone when no word of it names the file, or nothing else is left', () => {
    expect(documentWords('When does the lunch break end?', council)).toBeUndefined();
    expect(documentWords('Harbourton town council?', council)).toBeUndefined();
  });
});
