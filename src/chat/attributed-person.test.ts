import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../../test/helpers/paths.ts';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { notesHit } from './__fixtures__/search-hit.ts';
import { askQuestion } from './ask-question.ts';
import { attributedPerson, concernsPerson, titleNamesPerson } from './attributed-person.ts';

describe('titleNamesPerson', () => {
  it('reads a mail whose subject names the person as about them', () => {
    const mail = notesHit('He wants 100K up front.', 'email', { title: 'RE: Tobias' });
    expect(titleNamesPerson(mail, 'Tobias')).toBe(true);
    expect(titleNamesPerson(mail, 'Tobias Lind')).toBe(false);
    expect(titleNamesPerson(notesHit('Tobias wants 100K.', 'email', { title: 'Pay' }), 'Tobias')).toBe(false);
    expect(titleNamesPerson(notesHit('x', 'document', { title: 'Tobias' }), 'Tobias')).toBe(false);
  });
});

describe('attributedPerson', () => {
  it('reads a nick standing alone after "according to", not a word that opens the rest of the question', () => {
    expect(attributedPerson('Which file keeps the mixer presets, according to quill_9?')).toBe('quill_9');
    expect(attributedPerson('According to tamsin, what is wendel missing?')).toBe('tamsin');
    expect(attributedPerson('According to whom is the pump shed closed?')).toBeUndefined();
    expect(attributedPerson('How wide is the gate according to section 4?')).toBeUndefined();
  });

  it('reads the person a question puts words in the mouth of', () => {
    expect(attributedPerson('What did Jeff Richter say about the stage?')).toBe('Jeff Richter');
    expect(attributedPerson('what does Heather think of the new curves?')).toBe('Heather');
    expect(attributedPerson('According to Phillip, when is the meeting?')).toBe('Phillip');
    expect(attributedPerson('Did Greg send the draw file?')).toBe('Greg');
    expect(attributedPerson('What did the committee decide?')).toBeUndefined();
    expect(attributedPerson('what did I miss since Monday?')).toBeUndefined();
    expect(attributedPerson('Who sent me the draft agreement?')).toBeUndefined();
    expect(attributedPerson('What command did kit42 give sam_r?')).toBe('kit42');
    expect(attributedPerson('How did pyKit fix the prompt?')).toBe('pyKit');
    expect(attributedPerson('Where does gnutron think the file is?')).toBe('gnutron');
    expect(attributedPerson('What does anyone think of it?')).toBeUndefined();
    expect(attributedPerson('What option did KitRunner1 tell sam_r to add?')).toBe('KitRunner1');
    expect(attributedPerson('Which flag did sam_r try on the old laptop?')).toBe('sam_r');
    expect(attributedPerson('Which driver did Ana Ruiz install?')).toBe('Ana Ruiz');
    expect(attributedPerson('Which API version is pell_r on?')).toBe('pell_r');
    expect(attributedPerson('What release is Ana Ruiz running?')).toBe('Ana Ruiz');
    expect(attributedPerson('Which version is the server on?')).toBeUndefined();
    // What a speaker meant is in their own lines; what a term means is not a person's.
    expect(attributedPerson('What command did Tarn-ok mean kit42 should run?')).toBe('Tarn-ok');
    expect(attributedPerson('What did vel_r mean by the second flag?')).toBe('vel_r');
    expect(attributedPerson('What does Arrearage mean in the Brenlow leaflet?')).toBeUndefined();
    expect(attributedPerson('Who was fired on November 20?')).toBeUndefined();
    // IRC lets a nick carry carets, bars and brackets.
    expect(attributedPerson('Which command did Kit^^ suggest to sam_r?')).toBe('Kit^^');
    expect(attributedPerson('What did ana|away tell sam_r to run?')).toBe('ana|away');
    // A nick may open with one of those marks too.
    expect(attributedPerson('What did |ferro| tell wyn_k to type?')).toBe('|ferro|');
    expect(attributedPerson('Which flag did _tolla suggest to wyn_k?')).toBe('_tolla');
  });

  it('reads a nick of three small letters right before a verb, not a word that stands there', () => {
    expect(attributedPerson('Who did vex say patched the mirror list?')).toBe('vex');
    expect(attributedPerson('What did orb tell wyn_k to type?')).toBe('orb');
    expect(attributedPerson('Why did not say work here?')).toBeUndefined();
    expect(attributedPerson('How long does one run of the nightly export take?')).toBeUndefined();
    expect(attributedPerson('Which of them did any use?')).toBeUndefined();
    expect(attributedPerson('Which port does ssh use on the relay?')).toBeUndefined();
  });
});

describe('concernsPerson', () => {
  const mail = notesHit('The quarry report is attached.', 'email', {
    people: [{ role: 'from', name: 'Lindqvist, Tobias R.', address: 'lindqvist@example.com' }],
  });
  it('a short first name asked is the long one on the card, with the last name as written', () => {
    expect(concernsPerson(mail, 'Tob Lindqvist')).toBe(true);
    expect(concernsPerson(mail, 'Tobias Lindqvist')).toBe(true);
    expect(concernsPerson(mail, 'Tob Lindgren')).toBe(false);
    expect(concernsPerson(mail, 'Tob')).toBe(false);
  });
});

describe('ask with a named speaker, on a real mailbox', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ask-attributed-'));
    index = await openIndex(join(folder, 'index.db'));
    await indexPaths(index, [join(CORPUS, 'email', 'enron', 'allen-p', 'notes_inbox.mbox')], {
      owner: 'me',
      now: new Date('2001-06-01T00:00:00Z'),
    });
  }, 120_000);
  afterAll(async () => {
    await index?.close();
  });
  const ask = (question: string) =>
    askQuestion(index, question, { now: new Date('2001-06-01T12:00:00Z'), asUser: 'me' });

  it('answers from the mail of the person named', async () => {
    const result = await ask('What did Jeff Smith say about the marketing package for the Stage?');
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/marketing package/i);
  });

  it('finds nothing, rather than another Jeff, for a person the mailbox does not know', async () => {
    const result = await ask('What did Jeff Richter say about the marketing package for the Stage?');
    expect(result.found).toBe(false);
    expect(result.citations).toEqual([]);
  });
});
