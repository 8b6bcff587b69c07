import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { concernsNoNamedNick, lineConcerns, nicksNamed, repliesInTalk, saidToUnnamed } from './named-nick.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('the speakers of a chat log that a question names', () => {
  const speakers = new Set(['tavi_r', 'brenna', 'odric', 'the_']);

  it('reads a nick written as the log writes it, with a possessive or without', () => {
    expect(nicksNamed("Why did tavi_r's spoolctl run fail?", speakers)).toEqual(['tavi_r']);
    expect(nicksNamed('What did odric tell brenna to install?', speakers)).toEqual(['odric', 'brenna']);
  });

  it('takes no plain word of the question for a nick because a speaker calls themselves so', () => {
    expect(nicksNamed('Which of the printers did the shop sell?', speakers)).toEqual([]);
  });

  it('tells a line that concerns a named nick: spoken by it, addressed to it, or naming it', () => {
    expect(lineConcerns('tavi_r', 'spoolctl keeps failing', ['tavi_r'])).toBe(true);
    expect(lineConcerns('odric', 'tavi_r: try the --reset flag', ['tavi_r'])).toBe(true);
    expect(lineConcerns('odric', 'did that help you, tavi_r?', ['tavi_r'])).toBe(true);
    expect(lineConcerns('odric', 'brenna: quellix ships a spool tool too', ['tavi_r'])).toBe(false);
    expect(
      concernsNoNamedNick('Why did tavi_r’s run fail?', 'odric', 'brenna: it fails often', speakers),
    ).toBe(true);
    expect(concernsNoNamedNick('Why do runs fail?', 'odric', 'brenna: it fails often', speakers)).toBe(false);
  });
});

describe('extractiveAnswer: a line of another talk does not answer for the one a chat question names', () => {
  const talk = notesHit(
    [
      '[14:01] <tavi_r> hi all, a spool question',
      '[14:02] <odric> brenna: a spoolctl run stalls on a drive when the queue is full, because the spooler waits for room',
      '[14:03] <brenna> odric: thanks',
      '[14:05] <tavi_r> anyone?',
    ].join('\n'),
    'chat',
  );

  it('finds nothing rather than the line another speaker addresses to a third', () => {
    const answer = extractiveAnswer(
      "Why did tavi_r's spoolctl run stall on the Qellar drive?",
      [talk],
      new CitationList(),
    );
    expect(answer.found).toBe(false);
  });
});

describe('saidToUnnamed: a named speaker’s line said to a third speaker', () => {
  const speakers = new Set(['odric', 'tavi_r', 'brenna']);
  const question = 'Which flag did odric say tavi_r should pass to the spooler?';

  it('flags the named speaker’s line addressed to a speaker the question does not name', () => {
    expect(saidToUnnamed(question, 'odric', 'brenna', speakers)).toBe(true);
  });

  it('keeps a line said to the other one named, one said to nobody, one of another speaker', () => {
    expect(saidToUnnamed(question, 'odric', 'tavi_r', speakers)).toBe(false);
    expect(saidToUnnamed(question, 'odric', undefined, speakers)).toBe(false);
    expect(saidToUnnamed(question, 'brenna', 'odric', speakers)).toBe(false);
    expect(saidToUnnamed('Which flag did odric name?', 'odric', 'brenna', speakers)).toBe(false);
  });
});

describe('extractiveAnswer: what a named speaker said to a third is no answer for the one named', () => {
  const talk = notesHit(
    [
      '[22:01] <tavi_r> which flag makes the spooler skip a busy drive?',
      '[22:03] <odric> brenna, pass the --quiet flag to the spooler for that',
      '[22:04] <brenna> odric: fair',
    ].join('\n'),
    'chat',
  );

  it('finds nothing rather than the named speaker’s line to another', () => {
    const answer = extractiveAnswer(
      'Which flag did odric say tavi_r should pass to the spooler?',
      [talk],
      new CitationList(),
      undefined,
      undefined,
      'odric',
    );
    expect(answer.found).toBe(false);
  });
});

describe('repliesInTalk: a line said to no one that answers the named speaker in a talk with them', () => {
  const speakers = new Set(['tavi_r', 'odric', 'brenna']);
  const question = 'What should tavi_r use to tie a refund to a ticket?';
  /** odric's line to `first`, tavi_r's question, then odric's `reply`: is the reply said to tavi_r? */
  const replies = (first: string, reply: string) => {
    const lines = [
      { speaker: 'odric', text: `${first}: refunds carry no note field`, line: 0 },
      { speaker: 'tavi_r', text: 'oh, then how do I tie a refund to a ticket', line: 1 },
      { speaker: 'odric', text: reply, line: 2 },
    ];
    return repliesInTalk(question, lines, lines[2] as never, speakers);
  };

  it("takes the reply right after the named one's question, when its speaker was talking to them", () => {
    expect(replies('tavi_r', 'you would use the ref_tag field')).toBe(true);
  });

  it('takes no line said to someone else, nor one by a speaker who was not talking to them', () => {
    expect(replies('tavi_r', 'brenna: you would use the ref_tag field')).toBe(false);
    expect(replies('brenna', 'you would use the ref_tag field')).toBe(false);
  });
});
