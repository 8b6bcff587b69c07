import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQmsumMeeting } from '../../../test/helpers/qmsum-meeting.ts';
import { parseVtt } from '../../formats/transcript/read-vtt.ts';
import { meeting } from './__fixtures__/spoken-meeting.ts';
import { compressUtterance, withoutRepeatedContractions } from './compress-utterance.ts';
import { isHearing } from './hearing.ts';
import { answerQuery, querySubject, recapMeeting, reportingVerb } from './recap-meeting.ts';
import { toReportedSpeech } from './reported-speech.ts';
import { dueDate } from './task-phrases.ts';

const transcript = parseVtt(
  readFileSync(join(import.meta.dirname, '__fixtures__', 'launch-review.vtt'), 'utf8'),
);

describe('recapMeeting summary', () => {
  it('leaves out greetings, thanks and lines opened with a laugh', () => {
    const call = parseVtt(
      [
        'WEBVTT',
        '',
        '00:00:00.000 --> 00:00:05.000',
        '<v Ines Duarte>Hi Karl, thanks for making the time to go through the proposal with us today.',
        '',
        '00:00:06.000 --> 00:00:12.000',
        '<v Karl Weber>The scope of the warehouse migration is fine, our main concern is the licence price.',
        '',
        '00:00:13.000 --> 00:00:20.000',
        '<v Ines Duarte>The quote was forty-eight thousand euros for the whole migration, including on-site training.',
        '',
        '00:00:21.000 --> 00:00:26.000',
        '<v Karl Weber>Ha, remember last time the training manuals for the warehouse were three pages long.',
        '',
        '00:00:27.000 --> 00:00:34.000',
        '<v Ines Duarte>If we drop the on-site training we can do forty-four thousand euros for the migration.',
        '',
      ].join('\n'),
    );
    const summary = recapMeeting(call).summarySentences.map((item) => item.text);
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.some((text) => /\b(?:thanks|remember)\b/i.test(text))).toBe(false);
  });
});

describe('recapMeeting summary of a stuttered line', () => {
  it('drops a contraction said twice, or again after a broken-off letter', () => {
    const call = meeting([
      [
        'Marketing',
        "The kettles on the market at the moment , they 're s they 're about thirty euros each .",
      ],
      ['Industrial Designer', "It 's it 's a cheap steel body with a plastic handle on the Larvik model ."],
    ]);
    const summary = recapMeeting(call).summarySentences.map((item) => item.text);
    expect(summary).toContain('The kettles on the market at the moment, they were about thirty euros each.');
    expect(summary.join(' ')).not.toMatch(/\b(?:they were s they were|it was it was)\b/i);
    expect(withoutRepeatedContractions("we 'll check , they're s they're late and it's it's fine")).toBe(
      "we 'll check , they're late and it's fine",
    );
  });
});

describe('recapMeeting summary of a request', () => {
  it('reports "Name, please …" as asked of that participant, not as an imperative in the past tense', () => {
    const call = parseVtt(
      [
        'WEBVTT',
        '',
        '00:00:00.000 --> 00:00:06.000',
        '<v Ines Duarte>The warehouse migration starts in March and the licence price is agreed at forty-four thousand euros.',
        '',
        '00:00:07.000 --> 00:00:14.000',
        '<v Ines Duarte>Karl, please make sure the data export of the warehouse system is complete by the end of January.',
        '',
        '00:00:15.000 --> 00:00:20.000',
        '<v Karl Weber>Will do.',
        '',
      ].join('\n'),
    );
    const summary = recapMeeting(call).summary;
    expect(summary).toContain(
      'Ines Duarte asked Karl to make sure the data export of the warehouse system was complete by the end of January.',
    );
    expect(summary).not.toMatch(/\bPlease\b/);
  });
});

describe('recapMeeting on a hand-written launch review', () => {
  const recap = recapMeeting(transcript, { query: 'What was said about pricing and the discount?' });

  it('finds the action items with owners and due dates resolved against the meeting date', () => {
    const items = recap.actionItems.map((item) => ({ owner: item.owner, task: item.task, due: item.due }));
    expect(items).toEqual([
      { owner: 'Ben Okafor', task: 'Send the release notes to marketing', due: '2026-03-13' },
      { owner: 'Chen Wei', task: 'Update the budget sheet before the steering review', due: null },
      { owner: 'Chen Wei', task: 'Draft the pricing proposal', due: '2026-03-17' },
      { owner: 'Ben Okafor', task: 'Prepare the store screenshots', due: '2026-03-18' },
    ]);
  });

  it('finds the decision and the open question', () => {
    expect(recap.decisions.map((item) => item.text)).toEqual([
      'The group decided to ship the beta to external testers on March 20.',
    ]);
    expect(recap.openQuestions.map((item) => item.text)).toEqual([
      'We still need to figure out the discount with finance.',
    ]);
  });

  it('answers the query from the pricing turns, in the third person', () => {
    expect(recap.answer).toMatch(/discount/);
    const cited = (recap.answerSentences ?? [])
      .flatMap((item) => item.citations)
      .map((n) => recap.citations[n - 1]?.turn);
    expect(cited).toContain(6);
  });

  it('cites turns with their index and times, and every [n] resolves', () => {
    const markers = [...`${recap.summary} ${recap.answer}`.matchAll(/\[(\d+)\]/g)].map((match) =>
      Number(match[1]),
    );
    expect(markers.length).toBeGreaterThan(0);
    for (const n of markers) {
      const citation = recap.citations[n - 1];
      expect(citation?.n).toBe(n);
      const turn = transcript.turns[citation?.turn ?? -1];
      expect(citation?.locator).toEqual({ turn: turn?.index, start: turn?.start, end: turn?.end });
    }
    for (const item of recap.actionItems)
      expect(recap.citations[(item.citations[0] ?? 0) - 1]?.speaker).toBeTruthy();
  });

  it('gives topics with time ranges covering the meeting', () => {
    expect(recap.topics.length).toBeGreaterThan(0);
    expect(recap.topics[0]?.start).toBe(2);
    expect(recap.topics.at(-1)?.end).toBe(93);
  });
});

describe('compression and reported speech', () => {
  it('removes QMSum markup, fillers and stutters', () => {
    expect(compressUtterance("{vocalsound} Are we {disfmarker} we're not allowed to dim the lights ?")).toBe(
      "We're not allowed to dim the lights?",
    );
    expect(
      compressUtterance(
        'Um , so the the {disfmarker} I think we we should go for a , you know , rubber case .',
      ),
    ).toBe('We should go for a rubber case.');
    expect(compressUtterance('Mm - hmm .')).toBe('');
  });

  it('reports in the third person and past tense', () => {
    expect(toReportedSpeech("I'll send it and we are over budget.", 'Ana')).toBe(
      'Ana would send it and they were over budget.',
    );
    expect(toReportedSpeech('We need a new plan.', 'Ana')).toBe('The group need a new plan.');
    // In a hearing a witness's "we" is their own body, not the committee.
    expect(toReportedSpeech('We invested in training.', 'Ana', { sharedWe: false })).toBe(
      'They invested in training.',
    );
    expect(toReportedSpeech('We already have the pens and you still have the keys.', 'Ana')).toBe(
      'The group already had the pens and they still had the keys.',
    );
    expect(toReportedSpeech("If you're short of disks, your backup can wait.", 'Ana')).toBe(
      'If they were short of disks, their backup could wait.',
    );
    expect(toReportedSpeech('It gives you a menu, as much as you guys have.', 'Ana')).toBe(
      'It gives them a menu, as much as they had.',
    );
    // "you have to" / "they have to" are put in the past; an auxiliary before them keeps its tense.
    expect(toReportedSpeech('You have to think of it as a toy, and they have a list.', 'Ana')).toBe(
      'The group had to think of it as a toy, and they had a list.',
    );
    expect(toReportedSpeech('Do you have the figures? They would have to wait.', 'Ana')).toBe(
      'Do they have the figures? They would have to wait.',
    );
  });
});

describe('answerQuery', () => {
  it('writes grammatical minutes: past tense, first word lowercased after "said that" unless a name, fragments mentioned', () => {
    const turns = [
      ['Ben', 'Let us talk about the battery pack for the Zephyr remote .'],
      ['Ana', 'Finally , the battery pack lasts a year with the Zephyr chip .'],
      ['Ben', 'Okay .'],
      ['Cy', 'Big rechargeable battery pack .'],
      ['Ben', 'I wonder if the battery pack gives you enough power for the screen .'],
    ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
    const answer = answerQuery(
      { type: 'transcript', format: 'text', turns },
      'What did the group say about the battery pack?',
    );
    expect(answer.text).toContain(
      'Ben said that the group should talk about the battery pack for the Zephyr remote.',
    );
    expect(answer.text).toContain('Ana said that finally, the battery pack lasts a year');
    expect(answer.text).toContain('Cy mentioned big rechargeable battery pack.');
    expect(answer.text).toContain('Ben wondered if the battery pack gives them enough power');
  });

  it('summarizes for a general query and stays within about the word budget', () => {
    const answer = answerQuery(transcript, 'Summarize the whole meeting.', { words: 40 });
    expect(answer.general).toBe(true);
    expect(answer.text.split(/\s+/).length).toBeLessThanOrEqual(60);
    expect(answer.sentences.length).toBeGreaterThan(0);
  });

  it('says so when nothing in the meeting matches a specific query, and answers briefly', () => {
    const answer = answerQuery(transcript, 'What was said about the zebra crossing?');
    expect(
      answer.text.startsWith('Nothing said in the meeting matches "the zebra crossing"; in brief, '),
    ).toBe(true);
    // One central sentence of the meeting: its citation does not pass for an answer.
    expect(answer.sentences).toHaveLength(1);
    expect(answer.text.split(/\s+/).length).toBeLessThanOrEqual(40);
  });

  it('answers a question about what the meeting decided with its decisions', () => {
    const turns = [
      ['Ana', 'Welcome everyone, two things today: the offsite and the newsletter.'],
      ['Ben', 'For the offsite we looked at the lakeside hall and the old mill.'],
      ['Cy', 'The lakeside hall has parking and a kitchen, the old mill has neither.'],
      ['Ana', 'We decided to book the lakeside hall for the offsite.'],
      ['Ben', 'The newsletter has been late three months in a row now.'],
      ['Cy', 'Writers send their pieces on the last day, so editing runs over.'],
      ['Ana', 'Decision: the newsletter deadline moves to the twentieth of each month.'],
      ['Ben', 'Thanks all, see you next week.'],
    ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
    const meeting = { type: 'transcript', format: 'text', turns } as const;
    const decided = answerQuery(meeting, 'What did the group decide in the meeting?');
    expect(decided.general).toBe(true);
    expect(decided.sentences.map((sentence) => sentence.turn)).toEqual([3, 6]);
    expect(decided.text).toMatch(/^The group decided to book the lakeside hall/);
    expect(answerQuery(meeting, 'What did everyone agree on?').sentences.map((s) => s.turn)).toEqual([3, 6]);
    const summary = answerQuery(meeting, 'Summarize the meeting.');
    expect(summary.sentences.map((sentence) => sentence.turn)).not.toEqual([3, 6]);
  });

  it('boosts the named speaker', () => {
    const answer = answerQuery(transcript, 'What did Chen Wei say about the launch discount?');
    expect(answer.sentences.map((sentence) => sentence.speaker)).toContain('Chen Wei');
  });

  it('writes the answer as minutes: the subject first, each new speaker attributed', () => {
    const answer = answerQuery(transcript, 'What did Chen Wei say about the launch discount?');
    expect(answer.text.startsWith('On the launch discount, ')).toBe(true);
    let previous = '';
    for (const sentence of answer.sentences) {
      if (sentence.speaker !== previous) expect(sentence.text).toContain(`${sentence.speaker} said that `);
      previous = sentence.speaker;
    }
    expect(querySubject('Summarize the discussion on portable equipment.')).toBe('portable equipment');
    // A query whose own clause names no subject opens with the discussion it names, not with a word of it.
    const asked = answerQuery(
      transcript,
      'What did Chen Wei suggest to do when discussing the launch discount?',
    );
    expect(asked.text.startsWith('When discussing the launch discount, ')).toBe(true);
    expect(querySubject('Why was the beta delayed?')).toBeUndefined();
    expect(reportingVerb('What did Ben think about the price?')).toBe('thought');
    expect(reportingVerb('What did Ana suggest for the beta?')).toBe('suggested');
    expect(reportingVerb('Why was the beta delayed?')).toBe('said');
  });
});

describe('recapMeeting on a real committee hearing (QMSum education_4)', () => {
  it('opens no summary sentence with a lead-in that points back at the conversation', async () => {
    const transcript = await readQmsumMeeting('education_4');
    const sentences = recapMeeting(transcript).summarySentences.map((item) => item.text);
    expect(sentences.join(' | ')).toMatch(
      /There was a general deficit in child and adolescent mental health/,
    );
    for (const sentence of sentences)
      expect(sentence).not.toMatch(/^(?:about the question|(?:just )?to add to that|as I said)\b/i);
  });

  it('reports a witness\'s "we" as "they", not as the group holding the hearing', async () => {
    const transcript = await readQmsumMeeting('education_4');
    expect(isHearing(transcript)).toBe(true);
    const answer = answerQuery(transcript, 'What did the meeting discuss about the funding issues?').text;
    expect(answer).toMatch(/\bthey knew from those experiences\b/i);
    expect(answer).not.toMatch(/\bthe group\b/i);
  });
});

describe('recapMeeting on a real design meeting (QMSum ES2011c)', () => {
  it('gives no summary line that lacks a main clause', async () => {
    const transcript = await readQmsumMeeting('ES2011c');
    // A design team's "we" is the team itself.
    expect(isHearing(transcript)).toBe(false);
    const sentences = recapMeeting(transcript).summarySentences.map((item) => item.text);
    expect(sentences.length).toBeGreaterThan(4);
    for (const sentence of sentences)
      expect(sentence).not.toMatch(/^(?:(?:as )?long as|working on|the part that)\b/i);
  });
});

describe('due dates of a meeting whose day the transcript does not give (QMSum val education_0)', () => {
  it('keeps "before the end of this month" as said rather than a month of the day the recap runs', async () => {
    const transcript = await readQmsumMeeting('education_0', 'val');
    expect(transcript.date).toBeUndefined();
    const recap = recapMeeting(transcript, { now: new Date('2026-12-04T12:00:00Z') });
    const report = recap.actionItems.find((item) => /receive the report/.test(item.task));
    expect(report).toMatchObject({ due: null, dueText: 'before the end of this month' });
    expect(recap.actionItems.filter((item) => item.due !== null)).toEqual([]);
  });

  it('resolves a date said in full, and a relative one once the meeting date is known', () => {
    expect(dueDate('I will send it by 3 March 2021.', undefined)).toEqual({
      due: '2021-03-03',
      dueText: 'by 3 March 2021',
    });
    expect(dueDate('I will send it by Friday.', undefined)).toEqual({ dueText: 'by Friday' });
    expect(dueDate('I will send it by Friday.', new Date('2026-03-10T09:00:00Z'))).toEqual({
      due: '2026-03-13',
      dueText: 'by Friday',
    });
  });
});

describe('recap sentences on real meetings read as a new user would', () => {
  it('splices no new sentence onto a clause broken off at a marker (QMSum Bro011)', async () => {
    const recap = recapMeeting(await readQmsumMeeting('Bro011', 'val'));
    // Before: "… other sounds from other people and so forth removed from So when someone …".
    expect(recap.summary).not.toMatch(/\b(?:from|be) So\b/);
    // Before: "Looked at the number of phones in each one of the digits." (the subject was in the turn before).
    expect(recap.summary).not.toContain('Looked at');
    expect(recap.summary.length).toBeGreaterThan(0);
    // Before: "Print those out … to see what's happening, them know, how these models are training up".
    const tasks = recap.actionItems.map((item) => item.task);
    expect(tasks).toContain(
      "Print those out for each of the words to see what's happening, how these models are training up",
    );
    expect(tasks.join(' ')).not.toMatch(/\bthem know\b/);
  });

  it('turns no broken-off letter and "I" into a spliced clause about a role (QMSum ES2011c)', async () => {
    const recap = recapMeeting(await readQmsumMeeting('ES2011c'));
    // Before: "The group did not need to buy a battery 'cause they were quite f Marketing found them annoying."
    expect(recap.summary).not.toMatch(/quite f\b|quite\. |f Marketing/);
  });

  it('gives a verb said with a regular ending its own form (QMSum TS3010d)', async () => {
    const recap = recapMeeting(await readQmsumMeeting('TS3010d', 'val'));
    expect(recap.summary).toContain('Marketing had thought a few evaluation criterias');
    expect(recap.summary).not.toContain('thinked');
  });

  it('writes an action item without the comment said after it, and no summary line that continues a list (QMSum education_22)', async () => {
    const recap = recapMeeting(await readQmsumMeeting('education_22', 'val'));
    const tasks = recap.actionItems.map((item) => item.task);
    expect(tasks).toContain('Write to us about that');
    // Before: "Such as exist in Neath and elsewhere that … was involved in …" (the list began in the turn before).
    expect(recap.summary).not.toMatch(/(?:^|\] )(?:Such as|Including|As well as)\b/);
    expect(tasks.join(' ')).not.toContain('helpful');
  });
});
