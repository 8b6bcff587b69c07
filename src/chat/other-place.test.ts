import { describe, expect, it } from 'vitest';
import { searchHit } from './__fixtures__/search-hit.ts';
import { placeOfOtherPassage, placeUnwritten } from './other-place.ts';

describe('a place the question names that the mail never writes', () => {
  const question = 'What time is the Orla board meeting in Velm?';

  it('flags a mail that gives the time of the meeting at other places', () => {
    expect(
      placeUnwritten(
        question,
        'Orla board meeting\nThe Orla board will meet on May 4 at the Tarn and Birch offices -- 3:00 PM and 4:00 PM.',
        'The Orla board will meet on May 4 at the Tarn and Birch offices -- 3:00 PM and 4:00 PM. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a mail that writes the place, and a question naming a month or a day after "in"', () => {
    expect(
      placeUnwritten(
        question,
        'Orla board meeting\nWe meet in Velm this time.\nThe Orla board will meet on May 4 at 3:00 PM.',
        'The Orla board will meet on May 4 at 3:00 PM. [1]',
      ),
    ).toBe(false);
    expect(
      placeUnwritten(
        'What time is the Orla board meeting in May?',
        'Orla board meeting',
        'The Orla board will meet on May 4 at 3:00 PM. [1]',
      ),
    ).toBe(false);
    expect(
      placeUnwritten('What is due in Q3?', 'Plan', 'The Orla plan is due in the third quarter. [1]'),
    ).toBe(false);
  });

  it('reads a person\'s full name in the possessive after "in" as whose writing, not a place', () => {
    expect(
      placeUnwritten(
        "What's the total budget in Nora Pell's North Yard planning update?",
        'North Yard planning update\nTotal Budget: $4.2MM',
        'Total Budget: $4.2MM [1]',
      ),
    ).toBe(false);
    expect(
      placeUnwritten(
        "What time is the board meeting in Velm's town hall?",
        'Board meeting\nThe board meets at 3:00 PM.',
        'The board meets at 3:00 PM. [1]',
      ),
    ).toBe(true);
  });
});

describe('a passage of a file that never writes the place, where another passage does', () => {
  const slide = (n: number, title: string, text: string) =>
    searchHit({
      path: '/work/Rohstoffe.pptx',
      uri: `file:///work/Rohstoffe.pptx#slide=${n}`,
      title: `Rohstoffe.pptx › Slide ${n}: ${title}`,
      text,
      type: 'slide',
    });
  // Invented: a deck on mines in Velmara and factories in Orsk.
  const mines = slide(3, 'Minen', 'Ein Drittel des Erzes kommt aus Minen in Velmara.');
  const factories = slide(7, 'Fabriken in Orsk', 'Lohn 90€ pro Monat, 70 Stunden pro Woche.');
  const question = 'Wie viel verdient man in den Minen in Velmara?';

  it('flags the slide of another place', () => {
    expect(placeOfOtherPassage(question, factories, [factories, mines], 'Lohn 90€ pro Monat.')).toBe(true);
  });

  it('keeps a slide that goes on about the thing the place was said of', () => {
    const plants = slide(6, 'Fabriken in Orsk', 'Viele Geräte werden in Orsk gebaut.');
    const problems = slide(7, 'Probleme in den Fabriken', 'Lohn 90€ pro Monat, 70 Stunden pro Woche.');
    const asked = 'Wie viel verdient man in den Geräte-Fabriken in Orsk?';
    expect(placeOfOtherPassage(asked, problems, [plants, problems], 'Lohn 90€ pro Monat.')).toBe(false);
  });

  it('keeps the slide that writes the place, and a file that never writes it', () => {
    expect(placeOfOtherPassage(question, mines, [factories, mines], 'Ein Drittel des Erzes …')).toBe(false);
    expect(placeOfOtherPassage(question, factories, [factories], 'Lohn 90€ pro Monat.')).toBe(false);
  });
});
