import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../index/open-index.ts';
import { indexedFiles } from './__fixtures__/indexed-files.ts';
import { notesHit } from './__fixtures__/search-hit.ts';
import { askQuestion } from './ask-question.ts';
import { attributedPerson } from './attributed-person.ts';
import { calledNext, onlyCalls, reportsTrouble, statesOwnSetup } from './chat-lines.ts';
import { speaksOfKindOnly } from './chat-named-thing.ts';
import { CitationList } from './citations.ts';
import { asksForDocument } from './event-place.ts';
import { extractiveAnswer } from './passage-answer.ts';

const SPEAKERS = new Set(['wendo', 'pell', 'zorin_', 'taviq']);

describe('a chat line that only calls someone by their nick', () => {
  it('is read as a call, not as something said', () => {
    expect(onlyCalls('pell', SPEAKERS)).toBe(true);
    expect(onlyCalls('pell:', SPEAKERS)).toBe(true);
    expect(onlyCalls('@pell ?', SPEAKERS)).toBe(true);
    expect(onlyCalls('zorin', SPEAKERS)).toBe(true);
    expect(onlyCalls('pell: netcalc', SPEAKERS)).toBe(false);
    expect(onlyCalls('netcalc', SPEAKERS)).toBe(false);
  });

  it("finds the speaker's next line, unless it is said to someone else", () => {
    const line = (speaker: string, text: string, at: number) => ({
      hit: 1,
      speaker,
      text,
      line: at,
      position: 0,
    });
    const call = line('wendo', 'pell', 3);
    expect(
      calledNext(call, [call, line('pell', 'hm?', 4), line('wendo', 'netcalc', 5)], SPEAKERS)?.text,
    ).toBe('netcalc');
    expect(calledNext(call, [call, line('wendo', 'taviq: reboot first', 4)], SPEAKERS)).toBeUndefined();
    expect(calledNext(call, [call, line('wendo', 'netcalc', 12)], SPEAKERS)).toBeUndefined();
  });

  const talk = notesHit(
    [
      '[07:10] <pell> is there a calculator that takes octal numbers?',
      '[07:11] <taviq> morning all',
      '[07:11] <wendo> pell',
      '[07:11] <wendo> netcalc',
      '[07:12] <pell> thanks, found one',
    ].join('\n'),
    'chat',
  );

  it('answers with what the caller said next, not with the call', () => {
    const answer = extractiveAnswer(
      'What did wendo suggest to pell as a calculator for octal numbers?',
      [talk],
      new CitationList(),
    );
    expect(answer.answer).toContain('netcalc');
  });
});

describe("the asked speaker's own lines for how they can get past their trouble", () => {
  it('reads a line that says it stopped working as trouble', () => {
    expect(reportsTrouble('since the upgrade it just stoped to work, getting only LINK DOWN')).toBe(true);
    expect(reportsTrouble('my tunnel is not working anymore')).toBe(true);
    expect(reportsTrouble('it stopped working because the key had expired')).toBe(false);
    expect(reportsTrouble('wendo: try the other port')).toBe(false);
  });

  it('reads a line that says what its speaker is on as their setup', () => {
    expect(statesOwnSetup('im on 9.04')).toBe(true);
    expect(statesOwnSetup("pell: I'm using quillwm")).toBe(true);
    expect(statesOwnSetup('I am using quillwm now and it works')).toBe(false);
    expect(statesOwnSetup('use quillwm')).toBe(false);
  });

  const talk = notesHit(
    [
      '[09:01] <zorin_> how can i get the tile view effect on quillwm?',
      '[09:02] <taviq> the weather is nice today',
      '[09:03] <zorin_> im on 9.04',
      '[09:05] <pell> wendo, i tried, but since the upgrade my tunnel to the office just stopped working, getting only LINK DOWN',
      '[09:06] <wendo> pell: what does the log say?',
      '[09:07] <pell> the log says only: peer hung up',
    ].join('\n'),
    'chat',
  );

  it('does not answer how someone can do it with their line saying what they are on', () => {
    const answer = extractiveAnswer(
      'How can zorin_ get the tile view effect on quillwm 9.04?',
      [talk],
      new CitationList(),
    );
    expect(answer.found).toBe(false);
  });

  it('does not answer why it failed with their own line reporting that it did', () => {
    const answer = extractiveAnswer(
      "Why did pell's tunnel to the office stop working since the upgrade?",
      [talk],
      new CitationList(),
    );
    expect(answer.found).toBe(false);
  });
});

describe('what a named person is said to know', () => {
  it('puts the answer in their mouth as "say" does', () => {
    expect(attributedPerson('Which editors did wendo know of for pell?')).toBe('wendo');
    expect(attributedPerson('Which crate did taviq name?')).toBe('taviq');
    expect(attributedPerson('Which editors are there?')).toBeUndefined();
  });
});

describe('where to get a document of an event', () => {
  it('is asked apart from where the event is', () => {
    expect(asksForDocument('Where can I get the background paper for the Quarry Review?')).toBe(true);
    expect(asksForDocument('Where do I find the slides of the Quarry Review?')).toBe(true);
    expect(asksForDocument('Where is the Quarry Review?')).toBe(false);
    expect(asksForDocument('Where can I find the Quarry Review?')).toBe(false);
  });

  let index: SearchIndex;
  const ICS = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Invented//EN',
    'BEGIN:VEVENT',
    'UID:quarry-1@example.org',
    'DTSTAMP:20310301T090000Z',
    'DTSTART:20310312T100000Z',
    'DTEND:20310312T113000Z',
    'SUMMARY:Quarry Review Planning Meeting',
    'DESCRIPTION:Walk through the gravel figures of the spring',
    'LOCATION:Brennick Hall',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

  beforeAll(async () => {
    index = await indexedFiles('event-document-', { 'quarry.ics': ICS }, new Date('2031-03-01T09:00:00Z'));
  }, 120_000);

  afterAll(async () => {
    await index?.close();
  });

  it('is not answered with the place of the event', async () => {
    const result = await askQuestion(
      index,
      'Where can I get the background paper for the Quarry Review Planning Meeting?',
      { now: new Date('2031-03-05T09:00:00Z'), asUser: 'me' },
    );
    expect(result.answer).not.toContain('Brennick');
    expect(result.found).toBe(false);
  });

  it('still says where the event is', async () => {
    const result = await askQuestion(index, 'Where is the Quarry Review Planning Meeting?', {
      now: new Date('2031-03-05T09:00:00Z'),
      asUser: 'me',
    });
    expect(result.answer).toContain('Brennick Hall');
  });
});

describe('a line that speaks of the kind asked only in general', () => {
  const speakers = new Set(['brisk', 'fenwick', 'odalys']);

  it('names none of it', () => {
    const question = 'Which recovery tool did brisk recommend to fenwick?';
    expect(speaksOfKindOnly('fenwick: there are some disk tools you can try', question, speakers)).toBe(true);
    expect(speaksOfKindOnly('fenwick: try Quarrydig, it beats other tools', question, speakers)).toBe(false);
    expect(speaksOfKindOnly('fenwick: reboot and see', question, speakers)).toBe(false);
    expect(speaksOfKindOnly('there are some disk tools', 'What did brisk say?', speakers)).toBe(false);
  });

  it("gives way to the speaker's next line that names one", () => {
    const talk = notesHit(
      [
        '[13:40] <fenwick> my photo partition is gone, can I get the files back?',
        '[13:41] <brisk> fenwick: it may be a worn cable or a bad disk, there are some recovery tools you can try to get your photos back',
        '[13:42] <fenwick> brisk: how can i get anything back if the disk does not show up?',
        '[13:43] <odalys> fenwick: check the cable first',
        '[13:44] <brisk> fenwick: there is Quarrydig, a small open source tool that reads broken partitions and copies out what it finds',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'Which recovery tool did brisk recommend to fenwick?',
      [talk],
      new CitationList(),
    );
    expect(answer.answer).toContain('Quarrydig');
  });
});
