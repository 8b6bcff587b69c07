/**
 * @module stem
 * The one stemmer of the project: Porter2 (Snowball English) for lower-case Latin words, after
 * British spellings are brought to American ones (`spelling.ts`: "catalogue" and "catalog" stem
 * alike), Snowball Russian for lower-case Cyrillic ones, memoised. Index, chat and skills stem
 * with it so that their terms agree.
 */
import { createRequire } from 'node:module';
import { memoized } from '../memo.ts';
import { americanSpelling } from './spelling.ts';
import { stemRussian } from './stem-russian.ts';

const require = createRequire(import.meta.url);
const porter2 = require('wink-porter2-stemmer') as (word: string) => string;

const LATIN_WORD = /^[a-z]+$/;
const CYRILLIC_WORD = /^[а-яё]+$/;

/** Stem of a lower-case word: Porter2 of its American spelling for a–z letters, Snowball Russian for Cyrillic; anything else as it is. */
export const stem: (word: string) => string = memoized(
  (word) =>
    LATIN_WORD.test(word)
      ? porter2(americanSpelling(word))
      : CYRILLIC_WORD.test(word)
        ? stemRussian(word)
        : word,
  200_000,
);
