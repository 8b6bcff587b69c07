/**
 * A chat line picked for the lines around it, holding none of the question's terms, is no
 * answer; a line holding one of them (a word, or a nick the question names) still answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../index/open-index.ts';
import { indexedFiles } from './__fixtures__/indexed-files.ts';
import { askQuestion } from './ask-question.ts';
import { lineRepeatsQuestion, lineSharesNothing, mailDateSharesNothing } from './support-gate.ts';

describe('a chat line that shares nothing with the question', () => {
  it('is no answer when none of the question terms is in it', () => {
    expect(
      lineSharesNothing(
        'Where should I ask for Quillfin OS support?',
        'place',
        { type: 'chat' },
        'botvik: pell: If you stream films, an unofficial workaround is described on the wiki.',
      ),
    ).toBe(true);
  });

  it('answers when the line holds a word or a nick the question names', () => {
    expect(
      lineSharesNothing(
        'Which editor did tamsin_ suggest for the config file?',
        undefined,
        { type: 'chat' },
        'tamsin_: pell: try nano.',
      ),
    ).toBe(false);
    expect(
      lineSharesNothing(
        'Which command did orvel give for the label printer?',
        undefined,
        { type: 'chat' },
        'orvel77: pell: sudo apt-get install lblprint',
      ),
    ).toBe(false);
    expect(
      lineSharesNothing(
        'Where should I ask for Quillfin OS support?',
        'place',
        { type: 'chat' },
        'tamsin_: #quillfin-help is the place for that.',
      ),
    ).toBe(false);
  });

  it('leaves lines of mail and documents alone: their terse values stand in sentences', () => {
    expect(lineSharesNothing("What is Odo Brandt's extension?", 'phone', { type: 'email' }, 'x48812.')).toBe(
      false,
    );
    expect(lineSharesNothing('Who?', undefined, undefined, 'nobody')).toBe(false);
  });
});

const CHAT = [
  '[10:00] <tarnby> the quillfin folks look after both releases, so both get fixes.',
  '[10:01] <wevra> can somebody lend a hand',
  '[10:02] <sollis> wevra, say what goes wrong first and someone may know.',
  '[10:04] <wevra> my sound card is silent after the update',
  '[10:05] <sollis> wevra, run aplay -l and paste what it lists, that tells us the card.',
  '[10:06] <dorrit> sollis, it is a quillfin box',
  '[10:07] <pell> is there a way to watch rented films on this thing?',
  '[10:08] <pell> the family keeps asking',
  '[10:09] <botvik> pell: Rented films play through an unofficial wrapper; see http://www.example.com/films-wrapper/ and report bugs at https://bugs.example.org/films-wrapper',
  '[10:10] <hanko> which program prints the size of an image file in the shell?',
  '',
].join('\n');

let index: SearchIndex;

beforeAll(async () => {
  index = await indexedFiles('support-gate-', { 'channel.txt': CHAT }, new Date('2031-05-06T12:00:00Z'));
}, 120_000);

afterAll(async () => {
  await index?.close();
});

describe('ask over a chat log', () => {
  it('says it found nothing rather than quote a line on another topic', async () => {
    const result = await askQuestion(index, 'Where should I ask for Linux Quillfin support?', {
      now: new Date('2031-05-07T09:00:00Z'),
      asUser: 'me',
    });
    expect(result.answer).not.toContain('films');
    expect(result.found).toBe(false);
  });
});

describe('a mail\'s sentence given for "when" that shares nothing with the question', () => {
  const question = 'When is the paper mill sale due to complete?';

  it('is no answer: its date is of something else', () => {
    expect(
      mailDateSharesNothing(
        question,
        'date',
        { type: 'email' },
        'March 2031 cocoa futures settled at 41.5 crowns a tonne, 3 below the last trade. [1]',
      ),
    ).toBe(true);
  });

  it('answers when the sentence holds a word of the question, is a bare value, or is not mail', () => {
    expect(
      mailDateSharesNothing(
        question,
        'date',
        { type: 'email' },
        'We expect the mill sale to close on June 4, 2031. [1]',
      ),
    ).toBe(false);
    expect(mailDateSharesNothing(question, 'date', { type: 'email' }, 'June 4, 2031. [1]')).toBe(false);
    expect(
      mailDateSharesNothing(
        'By when does Ilse Marwood need the rota for the lifeguards?',
        'date',
        { type: 'email' },
        'Please get me a draft before Friday noon. [1]',
      ),
    ).toBe(false);
    expect(
      mailDateSharesNothing(
        question,
        'date',
        { type: 'document' },
        'March 2031 cocoa futures settled at 41.5 crowns a tonne, 3 below the last trade.',
      ),
    ).toBe(false);
    expect(
      mailDateSharesNothing(
        'How much did cocoa futures settle at?',
        'amount',
        { type: 'email' },
        'March 2031 lots went for 41.5 crowns a tonne.',
      ),
    ).toBe(false);
  });
});

describe('lineRepeatsQuestion', () => {
  const chat = { type: 'chat' as const };

  it('flags a chat line that only says back what the question holds', () => {
    expect(
      lineRepeatsQuestion(
        'What is the default password for Tarnix Core on a Pebble board 3?',
        chat,
        'velko: i use tarnix core on a pebble board 3. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a line that adds a word or a value, and who or yes-or-no questions', () => {
    expect(
      lineRepeatsQuestion(
        'What is the default password for Tarnix Core?',
        chat,
        'velko: tarnix core has no password. [1]',
      ),
    ).toBe(false);
    expect(lineRepeatsQuestion("What is velko's home folder?", chat, 'velko: Home : /home/velko. [1]')).toBe(
      false,
    );
    expect(lineRepeatsQuestion('Who suggested tarnix to velko?', chat, 'brin: velko: tarnix? [1]')).toBe(
      false,
    );
    expect(
      lineRepeatsQuestion(
        'What is the default password for Tarnix Core?',
        { type: 'email' },
        'I use Tarnix Core. [1]',
      ),
    ).toBe(false);
  });
});
