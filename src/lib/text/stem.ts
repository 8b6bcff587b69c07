/**
 * @module stem
 * The one English stemmer of the project: Porter2 (Snowball English) for lower-case Latin
 * words, after British spellings are brought to American ones (`spelling.ts`: "catalogue" and
 * "catalog" stem alike), memoised. Index, chat and skills stem with it so that their terms agree.
 */
import { createRequire } from 'node:module';
import { memoized } from '../memo.ts';
import { americanSpelling } from './spelling.ts';

const require = createRequire(import.meta.url);
const porter2 = require('wink-porter2-stemmer') as (word: string) => string;

const LATIN_WORD = /^[a-z]+$/;

/** Porter2 stem of a lower-case word in its American spelling; anything but plain a–z letters is returned as it is. */
export const stem: (word: string) => string = memoized(
  (word) => (LATIN_WORD.test(word) ? porter2(americanSpelling(word)) : word),
  200_000,
);
