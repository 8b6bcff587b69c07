import { describe, expect, it } from 'vitest';
import { readQmsumMeeting } from '../../../test/helpers/qmsum-meeting.ts';
import type { Transcript } from '../../formats/model.ts';
import {
  answerCandidates,
  answerPicks,
  focusedExtract,
  fromFirstMention,
  generalExtract,
  type LocatedQuery,
  locateQuery,
  passageRuns,
  passageShares,
  queryRegions,
  weightedQueryTerms,
  withPassages,
} from './focus-answer.ts';
import { prepareTranscript } from './transcript-units.ts';

describe('weightedQueryTerms', () => {
  it('weighs the subject asked about above the discussion it is set in', () => {
    const weights = weightedQueryTerms(
      'What did Marketing think of plastic when discussing remote control style?',
    );
    expect(weights.get('plastic')).toBe(1);
    expect(weights.get('style')).toBeLessThan(1);
    expect(weights.get('style')).toBeGreaterThan(0);
  });

  it('leaves out "around" as it frames the subject ("the concerns around the levy")', () => {
    const weights = weightedQueryTerms('What were the worries around the harbour levy?');
    expect(weights.has('around')).toBe(false);
    expect(weights.get('levi')).toBe(1);
  });

  it('weighs every term fully when the query sets no wider discussion', () => {
    const weights = weightedQueryTerms('What did the group say about the remote control style?');
    expect(weights.get('style')).toBe(1);
    expect(weights.get('remot')).toBe(1);
  });
});

describe('locating the passage a query is about', () => {
  it('leaves the roles the query names out of what the passage is about', () => {
    expect([
      ...weightedQueryTerms('What did the user interface designer say about the battery?', [
        'User Interface',
        'Project Manager',
      ]).keys(),
    ]).toEqual(['batteri']);
    // Roles are introduced at the start; the battery is discussed later.
    const turns = [
      ['Project Manager', 'Our user interface designer and our industrial designer will present today.'],
      ['User Interface', 'I am the user interface designer, I design the buttons.'],
      ['Project Manager', 'Good. Now the budget for the case.'],
      ['Industrial Designer', 'The case costs four euros.'],
      ['User Interface', 'The battery should be rechargeable, a battery lasts a year.'],
      ['Project Manager', 'A rechargeable battery then.'],
    ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
    const transcript: Transcript = { type: 'transcript', format: 'text', turns };
    const located = locateQuery(
      prepareTranscript(transcript),
      'What did the user interface designer say about the battery?',
    );
    expect(located?.terms).toEqual(['batteri']);
    expect(located?.own[1]).toBe(0);
    expect(located?.own[4]).toBeGreaterThan(0);
  });
});

describe('speakers named in a query', () => {
  it('keeps a word of a role label that the query also uses in lower case for its subject', () => {
    const labels = ['Project Manager', 'Marketing'];
    expect([
      ...weightedQueryTerms('What did the Project Manager think about the project timeline?', labels).keys(),
    ]).toEqual(['project', 'timelin']);
  });

  it('leaves out a capitalized part of a named speaker said alone', () => {
    expect([
      ...weightedQueryTerms('What did Ruiz say about the budget?', ['Ana Ruiz', 'Ben Ode']).keys(),
    ]).toEqual(['budget']);
  });
});

describe('the discussion a query sets its subject in', () => {
  const turns = [
    ['Project Manager', 'The case design first: the case is blue, a curved case.'],
    ['Marketing', 'A curved case design sells well.'],
    ['Industrial Designer', 'The hinge is metal, a strong hinge.'],
    ['Marketing', 'Fine.'],
  ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
  const prepared = prepareTranscript({ type: 'transcript', format: 'text', turns } as Transcript);

  it('does not locate the answer where only the discussion is named', () => {
    const located = locateQuery(
      prepared,
      'What did they say about the hinge when discussing the case design?',
    );
    expect(located?.own[0]).toBe(0);
    expect(located?.own[2]).toBeGreaterThan(0);
    expect(located?.terms).toContain('case');
  });

  it('locates it when the subject itself is never said', () => {
    const located = locateQuery(
      prepared,
      'What did they say about the handle when discussing the case design?',
    );
    expect(located?.own[0]).toBeGreaterThan(0);
  });
});

describe('a speaker the query names', () => {
  it('weighs their matching turns more when locating the passage', () => {
    const turns = [
      ['Project Manager', 'The battery could be rechargeable.'],
      ['Marketing', 'Fine.'],
      ['User Interface', 'The battery should last a year, a small battery.'],
      ['Marketing', 'Agreed.'],
    ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
    const transcript: Transcript = { type: 'transcript', format: 'text', turns };
    const prepared = prepareTranscript(transcript);
    const plain = locateQuery(prepared, 'What was said about the battery?');
    const named = locateQuery(prepared, 'What did the user interface designer say about the battery?');
    expect(named?.speakers.has('User Interface')).toBe(true);
    expect(named?.own[2]).toBeGreaterThan(plain?.own[2] ?? Number.POSITIVE_INFINITY);
    expect(named?.own[0]).toBe(plain?.own[0]);
  });
});

describe('a subject announced before its discussion', () => {
  // The chair names the item once; the talk after it never repeats those words, and a later
  // aside says them twice.
  const turns = [
    ['Chair', 'Good morning, everyone.'],
    ['Chair', 'Right. Moving on to the pigeon loft.'],
    ['Wren', 'The roof leaks at the back corner, over the nesting boxes.'],
    ['Odile', 'Two birds escaped on Tuesday through the gap by the door.'],
    ['Wren', 'I can patch the gap with mesh this weekend.'],
    ['Odile', 'Then we buy felt for the roof and fix it on Saturday.'],
    ['Chair', 'Next item is the kiln firing schedule.'],
    ['Wren', 'Thursdays are free for firing.'],
    ['Odile', 'Fridays too, the glaze needs two days.'],
    ['Chair', 'Fine, Thursdays and Fridays it is.'],
    ['Wren', 'The glaze stock is low, we order more.'],
    ['Odile', 'By the way the pigeon loft key, the pigeon loft key is on the hook.'],
    ['Chair', 'Thanks, that is all for today.'],
  ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
  const transcript: Transcript = { type: 'transcript', format: 'text', turns };

  it('answers from the discussion the announcement opens, up to the next announcement', () => {
    const located = locateQuery(prepareTranscript(transcript), 'What were the updates on the pigeon loft?');
    expect(located?.regions).toEqual([{ from: 1, to: 5 }]);
    const cited = focusedExtract(
      prepareTranscript(transcript),
      'What were the updates on the pigeon loft?',
    ).map((extract) => extract.unit.turn);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((turn) => turn >= 1 && turn <= 5)).toBe(true);
    expect(cited.some((turn) => turn >= 2)).toBe(true);
  });

  it('keeps to where the words are said when the announcement names only part of the subject', () => {
    const located = locateQuery(prepareTranscript(transcript), 'What was said about the pigeon loft key?');
    expect(located?.regions.some((span) => span.from <= 11 && span.to >= 11)).toBe(true);
  });

  it('reads "updates" as framing the question, not as its subject', () => {
    expect([...weightedQueryTerms('What were the updates on the pigeon loft?').keys()]).toEqual([
      'pigeon',
      'loft',
    ]);
  });
});

describe('queryRegions', () => {
  it('picks the contiguous run holding most query weight, not the one with the single best turn', () => {
    const own = [0, 5, 0, 0, 0, 0, 3, 3, 3, 0, 0];
    const region = [0.2, 0.6, 0.2, 0, 0, 0.4, 0.8, 1, 0.8, 0.4, 0];
    expect(queryRegions(own, region, 0.35, 0.8)).toEqual([{ from: 5, to: 9 }]);
  });

  it('keeps a second run holding nearly as much weight, in meeting order', () => {
    const own = [4, 4, 0, 0, 0, 0, 3, 3, 3, 0];
    const region = [1, 0.9, 0.3, 0, 0, 0.2, 0.8, 1, 0.8, 0.3];
    expect(queryRegions(own, region, 0.35, 0.8)).toEqual([
      { from: 0, to: 1 },
      { from: 6, to: 8 },
    ]);
  });

  it('returns a run that reaches the last turn', () => {
    expect(queryRegions([0, 0, 2, 4], [0, 0.1, 0.5, 1], 0.35, 0.8)).toEqual([{ from: 2, to: 3 }]);
  });
});

describe('passageRuns', () => {
  it('lists every run above the threshold in meeting order, with the query weight it holds', () => {
    const own = [0, 5, 0, 0, 0, 0, 3, 3, 3, 0, 0];
    const region = [0.2, 0.6, 0.2, 0, 0, 0.4, 0.8, 1, 0.8, 0.4, 0];
    expect(passageRuns(own, region, 0.35)).toEqual([
      { run: { from: 1, to: 1 }, weight: 5 },
      { run: { from: 5, to: 9 }, weight: 9 },
    ]);
  });

  it('gives the located query its candidate runs, the chosen passages among them', () => {
    const turns = [
      ['Ana', 'The parking permits cost forty a month from June.'],
      ...Array.from({ length: 40 }, (_, i) => ['Ben', `The canteen menu item ${i} has soup and salad.`]),
      [
        'Cy',
        'Parking permits again: parking permits for visitors are free, parking permits for staff are not.',
      ],
    ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
    const located = locateQuery(
      prepareTranscript({ type: 'transcript', format: 'text', turns } as Transcript),
      'What was said about parking permits?',
    );
    expect(located?.runs.length).toBe(2);
    expect(located?.regions).toEqual([located?.runs[1]?.run]);
  });
});

describe('candidates from the first mention of the subject on', () => {
  const turns = [
    ['Ana', 'The canteen menu changes next month, with soups and salads every day.'],
    ['Ben', 'The coffee machine on the third floor keeps leaking water onto the carpet.'],
    ['Cy', 'Now the parking permits: the parking permits cost forty a month from June.'],
    ['Ana', 'Staff who cycle get a parking refund for every month they cycle.'],
    ['Ben', 'Visitors park for free until noon in the front rows near the gate.'],
  ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
  const prepared = prepareTranscript({ type: 'transcript', format: 'text', turns } as Transcript);
  const region = [{ from: 0, to: 4 }];
  const own = [0, 0, 3, 1, 0];

  it('leaves out the talk that leads up to the subject', () => {
    const pool = fromFirstMention(prepared.units, region, own);
    expect(new Set(pool.map((unit) => unit.turn))).toEqual(new Set([2, 3, 4]));
  });

  it('reaches back a turn at a time when too little is said from the first mention on', () => {
    // Each turn says about twelve words: two turns back make the thirty words needed.
    const pool = fromFirstMention(prepared.units, region, [0, 0, 0, 0, 2]);
    expect(pool.map((unit) => unit.turn)).toEqual([2, 3, 4]);
    expect(fromFirstMention(prepared.units, region, [0, 0, 0, 0, 2], 0).map((unit) => unit.turn)).toEqual([
      4,
    ]);
  });

  it('answers from the first mention on', () => {
    const cited = focusedExtract(prepared, 'What was said about parking permits?').map(
      (item) => item.unit.turn,
    );
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((turn) => turn >= 2)).toBe(true);
  });
});

describe('candidates up to a few turns after the last mention of the subject', () => {
  const turns = [
    ['Ines', 'First the loading dock: the loading dock opens at six from Monday on.'],
    ['Olek', 'Trucks for the loading dock must book a slot a day ahead.'],
    ['Ines', 'Fine, and drivers wait in the yard, not on the street outside.'],
    ['Olek', 'Good, the yard has room for four trucks at once, I measured it.'],
    ['Pia', 'Agreed, that settles the booking rule for the drivers and the yard.'],
    ['Ines', 'Next, the staff choir wants the big hall for its rehearsals in May.'],
    ['Pia', 'The choir could use the hall on Thursday evenings after seven.'],
    ['Olek', 'The piano in the hall needs tuning before the choir sings there.'],
  ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
  const prepared = prepareTranscript({ type: 'transcript', format: 'text', turns } as Transcript);
  // Smoothing draws the passage out over the whole stretch; the subject is said in turns 0 and 1.
  const region = [{ from: 0, to: 7 }];
  const own = [2, 3, 0, 0, 0, 0, 0, 0];

  it('keeps the replies just after the last mention and leaves out the talk that moved on', () => {
    const pool = fromFirstMention(prepared.units, region, own);
    expect(new Set(pool.map((unit) => unit.turn))).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it('reaches further out when too little is said up to there', () => {
    const pool = fromFirstMention(prepared.units, region, own, 30, 0);
    expect(Math.max(...pool.map((unit) => unit.turn))).toBeGreaterThan(1);
  });
});

describe('a subject taken up in two passages', () => {
  const turns = [
    ['Ines', 'The bike shed roof leaks whenever it rains hard overnight.'],
    ['Olek', 'Someone should patch the bike shed roof before winter.'],
    ['Pia', 'The printer on the second floor jams on thick paper.'],
    ['Ines', 'Order a box of thinner paper for the second floor printer.'],
    ['Olek', 'The lunch rota for March goes up on the board on Friday.'],
    ['Pia', 'Put the lunch rota next to the fire drill notice.'],
    ['Ines', 'The bike shed roof leaks whenever it rains hard overnight.'],
    ['Olek', 'Someone should patch the bike shed roof before winter.'],
  ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
  const prepared = prepareTranscript({ type: 'transcript', format: 'text', turns } as Transcript);
  const first = { from: 0, to: 1 };
  const second = { from: 6, to: 7 };
  const located: LocatedQuery = {
    terms: ['bike', 'shed', 'roof'],
    own: [3, 3, 0, 0, 0, 0, 3, 3],
    speakers: new Set(),
    regions: [first, second],
    runs: [
      { run: first, weight: 10 },
      { run: second, weight: 8 },
    ],
  };

  it('gives each passage its share of the query weight the heaviest passage holds', () => {
    expect(passageShares(located)).toEqual([1, 0.8]);
  });

  it('counts a sentence of the lighter passage by that share', () => {
    const even = { ...located, runs: located.runs.map((item) => ({ ...item, weight: 10 })) };
    const scoreAt = (query: LocatedQuery, turn: number) =>
      answerCandidates(prepared, query).find((item) => item.unit.turn === turn)?.score ?? 0;
    expect(scoreAt(located, 0)).toBeGreaterThan(0);
    expect(scoreAt(located, 0)).toBeCloseTo(scoreAt(even, 0));
    expect(scoreAt(located, 6)).toBeCloseTo(scoreAt(even, 6) * 0.8);
  });
});

describe('answering from given passages', () => {
  const turns = [
    ['Odile', 'The loading dock opens at six, deliveries before eight use the loading dock.'],
    ['Pavel', 'The loading dock ramp needs a new rubber edge before the winter.'],
    ['Odile', 'Trucks wait on the street when the loading dock is full.'],
    ['Pavel', 'So the loading dock gets a second bay next spring.'],
    ['Odile', 'Now the choir rehearsal rota for the harvest concert.'],
    ['Pavel', 'Tenors rehearse on Tuesdays and the altos sing on Thursdays.'],
    ['Odile', 'The harvest concert programme has four hymns and a short cantata.'],
    ['Pavel', 'Rehearsals end by nine because the caretaker locks the hall.'],
  ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
  const prepared = prepareTranscript({ type: 'transcript', format: 'text', turns } as Transcript);
  const query = 'What was said about the loading dock?';

  it('takes the sentences from the passages given, not from where the query words are said', () => {
    const located = focusedExtract(prepared, query).map((item) => item.unit.turn);
    expect(located.length).toBeGreaterThan(0);
    expect(located.every((turn) => turn <= 3)).toBe(true);
    const given = focusedExtract(prepared, query, { passages: [{ from: 4, to: 7 }] }).map(
      (item) => item.unit.turn,
    );
    expect(given.length).toBeGreaterThan(0);
    expect(given.every((turn) => turn >= 4)).toBe(true);
  });

  it('keeps given passages within the meeting and counts them alike', () => {
    const located = locateQuery(prepared, query);
    if (!located) throw new Error('the query should match');
    const given = withPassages(located, [
      { from: -3, to: 1 },
      { from: 6, to: 40 },
      { from: 50, to: 60 },
    ]);
    expect(given.regions).toEqual([
      { from: 0, to: 1 },
      { from: 6, to: 7 },
    ]);
    expect(passageShares(given)).toEqual([1, 1]);
  });
});

describe('choosing the answer sentences in a real research meeting (QMSum Bmr006)', () => {
  it('ranks a sentence by its relevance, not by how few filler words it has', async () => {
    const transcript = await readQmsumMeeting('Bmr006');
    const chosen = focusedExtract(
      prepareTranscript(transcript),
      'What did the group say on portable equipment?',
    );
    // The proposal itself is wordy ("the other thing I was hoping to do … some portable thing"),
    // and a score that rewarded the share of content words ranked terser side remarks above it.
    expect(chosen.map((item) => item.unit.text).join(' ')).toMatch(
      /portable thing so you could wheel it around/,
    );
  });
});

describe('the summary', () => {
  it('leaves out counting and figures read out without what they are about', () => {
    const turns = [
      ['Ana', 'The hall needs chairs and tables for the spring fair.'],
      ['Ben', 'Chairs first: one two three four five six seven eight chairs stacked.'],
      ['Cy', 'Eight chairs is too few for the fair, we expect forty guests.'],
      ['Ana', 'Twelve point five, twelve point five, twelve point five chairs.'],
      ['Ben', 'The school next door lends chairs and tables for free.'],
      ['Cy', 'Then I will ask the school for thirty chairs and four tables.'],
    ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
    const prepared = prepareTranscript({ type: 'transcript', format: 'text', turns } as Transcript);
    const chosen = generalExtract(prepared, { words: 200, sections: 1 }).map((item) => item.unit.turn);
    expect(chosen).toContain(4);
    expect(chosen).not.toContain(3);
  });
});

describe('answerPicks', () => {
  const prepared = prepareTranscript({
    type: 'transcript',
    format: 'text',
    turns: [
      ['Ines', 'The loading dock opens at six, and trucks for the loading dock book a slot a day ahead.'],
      ['Olek', 'Drivers for the loading dock wait in the yard, which has room for four trucks at once.'],
      ['Pia', 'The night shift at the loading dock needs a second forklift before the winter.'],
      ['Ines', 'Then the canteen menu changes in May, with soup every day.'],
    ].map(([speaker = '', text = ''], index) => ({ index, speaker, text })),
  });

  it("gives an answer's sentences in the order they were chosen, and none for a general query", () => {
    const query = 'What was said about the loading dock?';
    const picks = answerPicks(prepared, query) ?? [];
    const answer = focusedExtract(prepared, query);
    expect(picks.length).toBeGreaterThan(1);
    expect(picks.map((item) => item.unit.id).sort((a, b) => a - b)).toEqual(
      answer.map((item) => item.unit.id),
    );
    expect(picks[0]?.score).toBe(Math.max(...picks.map((item) => item.score)));
    expect(answerPicks(prepared, 'Summarize the meeting')).toBeUndefined();
  });
});

describe('another way of locating the passage', () => {
  const turns = [
    ['Ines', 'The bike shed roof leaks whenever it rains hard overnight, and water pools inside.'],
    ['Olek', 'Someone should patch the bike shed roof with new felt before winter comes.'],
    ['Pia', 'The printer on the second floor jams on thick paper every single morning.'],
    ['Ines', 'Order a box of thinner paper for the second floor printer this week.'],
    ['Olek', 'The bike shed roof could also take a gutter along its lower edge.'],
  ].map(([speaker = '', text = ''], index) => ({ index, speaker, text }));
  const prepared = prepareTranscript({ type: 'transcript', format: 'text', turns } as Transcript);

  it('answers from the passages the given locator finds, with the same steps after it', () => {
    const query = 'What was said about the bike shed roof?';
    const own = locateQuery(prepared, query);
    expect(own).toBeDefined();
    const late = (at: typeof prepared, asked: string): LocatedQuery | undefined => {
      const located = locateQuery(at, asked);
      if (!located) return undefined;
      const run = { from: 4, to: 4 };
      return { ...located, regions: [run], runs: [{ run, weight: 1 }] };
    };
    const turnsCited = focusedExtract(prepared, query, { locate: late }).map((item) => item.unit.turn);
    expect(turnsCited).toEqual([4]);
    expect(focusedExtract(prepared, query).some((item) => item.unit.turn < 2)).toBe(true);
  });

  it('answers only from the turns a locator allows, unless they say too little for an answer', () => {
    const query = 'What was said about the bike shed roof?';
    const narrowedTo =
      (allowed: readonly number[]) =>
      (at: typeof prepared, asked: string): LocatedQuery | undefined => {
        const located = locateQuery(at, asked);
        if (!located) return undefined;
        const run = { from: 0, to: 4 };
        return { ...located, regions: [run], runs: [{ run, weight: 1 }], answerTurns: new Set(allowed) };
      };
    const cited = (allowed: readonly number[]) =>
      new Set(focusedExtract(prepared, query, { locate: narrowedTo(allowed) }).map((item) => item.unit.turn));
    // Three turns hold enough words: the answer keeps to them.
    expect([...cited([0, 1, 4])].every((turn) => [0, 1, 4].includes(turn))).toBe(true);
    // One turn alone is too short an answer: the whole passage answers.
    expect([...cited([4])].some((turn) => turn !== 4)).toBe(true);
  });
});
