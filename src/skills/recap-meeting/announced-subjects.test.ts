import { describe, expect, it } from 'vitest';
import { announcedPassages, announcedSubject, announcements } from './announced-subjects.ts';

describe('announcedSubject', () => {
  it('reads the subject a turn moves the meeting on to', () => {
    expect(announcedSubject('Right. Uh moving on to the bicycle shed rota.')).toBe('the bicycle shed rota');
    expect(
      announcedSubject('So that was that, and then I guess another topic would be the greenhouse heating.'),
    ).toBe('the greenhouse heating');
    expect(
      announcedSubject("Thank you. We've got some questions now on ferry timetables from Ms Ollerby."),
    ).toBe('ferry timetables from Ms Ollerby');
    expect(announcedSubject("OK {disfmarker} let 's talk about the pigeon loft.")).toBe('the pigeon loft');
    expect(announcedSubject('The last thing on my list was the kiln firing schedule.')).toBe(
      'the kiln firing schedule',
    );
  });

  it('finds none in talk within a subject, or in an announcement someone is quoted making', () => {
    expect(announcedSubject('Another thing that bothers me is the glaze. It runs.')).toBeUndefined();
    expect(announcedSubject('I want to talk about that later, the glaze runs.')).toBeUndefined();
    expect(
      announcedSubject('And then the screen says "let\'s look at the pigeon loft" and waits.'),
    ).toBeUndefined();
    expect(announcedSubject('We should go on with the glaze tests.')).toBeUndefined();
  });
});

describe('announcedPassages', () => {
  const texts = [
    'Morning all.',
    'Moving on to the pigeon loft.',
    'The roof leaks at the back.',
    'Two birds got out on Tuesday.',
    'Next item is the kiln firing schedule.',
    'Thursdays are free.',
    'Fridays too.',
  ];

  it('runs from the announcement to the turn before the next one', () => {
    expect(announcements(texts).map((item) => item.turn)).toEqual([1, 4]);
    expect(announcedPassages(texts, (subject) => subject.includes('pigeon'))).toEqual([{ from: 1, to: 3 }]);
    expect(announcedPassages(texts, (subject) => subject.includes('kiln'))).toEqual([{ from: 4, to: 6 }]);
  });

  it('is bounded in length', () => {
    expect(announcedPassages(texts, (subject) => subject.includes('pigeon'), 2)).toEqual([
      { from: 1, to: 2 },
    ]);
  });
});
