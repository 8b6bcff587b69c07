/**
 * @module stem
 * The one English stemmer of the project: Porter2 (Snowball English) for lower-case Latin
 * words, memoised. Index, chat and skills stem with it so that their terms agree.
 */
import { createRequire } from 'node:module';
import { memoized } from '../memo.ts';

const require = createRequire(import.meta.url);
const porter2 = require('wink-porter2-stemmer') as (word: string) => string;

const LATIN_WORD = /^[a-z]+$/;

/** Porter2 stem of a lower-case word; anything but plain a–z letters is returned as it is. */
export const stem: (word: string) => string = memoized(
  (word) => (LATIN_WORD.test(word) ? porter2(word) : word),
  200_000,
);
