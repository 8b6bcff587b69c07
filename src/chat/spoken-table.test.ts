/**
 * A chat log whose nicks hold a pipe ("vorn|desk") is read line by line: its lines are no table
 * rows, so ask answers from what the nick said, not from "cells" the pipe would split.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../index/open-index.ts';
import { indexedFiles } from './__fixtures__/indexed-files.ts';
import { askQuestion } from './ask-question.ts';
import { isSpoken } from './chat-lines.ts';

const CHAT = [
  '[09:00] <mendip> thanks vorn|desk',
  '[09:01] <vorn|desk> mendip: np',
  '[09:02] <brannock> how do I see which programs use the network right now?',
  '[09:03] <vorn|desk> brannock: you could try nethogs for watching that',
  '[09:04] <quilla> does nethogs need root?',
  '[09:05] <brannock> thanks, is it in the repos?',
  '',
].join('\n');

let index: SearchIndex;

beforeAll(async () => {
  index = await indexedFiles('spoken-table-', { 'channel.txt': CHAT }, new Date('2031-05-06T12:00:00Z'));
}, 120_000);

afterAll(async () => {
  await index?.close();
});

describe('a nick with a pipe in a chat log', () => {
  it('answers from the line the nick said, not from cells its pipe splits', async () => {
    const result = await askQuestion(
      index,
      'Which tool did vorn|desk suggest to brannock for watching the network?',
      {
        now: new Date('2031-05-07T09:00:00Z'),
        asUser: 'me',
      },
    );
    expect(result.answer).toContain('nethogs');
    expect(result.answer).not.toMatch(/vorn, desk/);
  });

  it('chat and transcript passages are spoken, others are not', () => {
    expect(isSpoken({ type: 'chat' })).toBe(true);
    expect(isSpoken({ type: 'transcript' })).toBe(true);
    expect(isSpoken({ type: 'document' })).toBe(false);
  });
});
