import { describe, expect, it } from 'vitest';
import { meeting } from './__fixtures__/spoken-meeting.ts';
import { recapMeeting } from './recap-meeting.ts';
import { warmUp } from './warm-up.ts';

const game: [string, string][] = [
  ['Chair', 'First a little game : each of you draws a favourite animal on the whiteboard .'],
  ['Rowan', '{vocalsound} Which pen should I use ?'],
  ['Chair', 'Any pen , the green one works best on this whiteboard .'],
  ['Rowan', 'Okay , a cat then , with a long tail . {vocalsound}'],
  ['Imke', '{vocalsound}'],
  ['Rowan', 'Cats are lazy and soft , the easiest animal to draw .'],
  ['Imke', 'Now I will draw a heron , give me the pen .'],
  ['Chair', 'Lovely drawing . {vocalsound}'],
];
const business: [string, string][] = [
  ['Chair', 'Right , the tram timetable for the spring fair .'],
  ['Imke', 'The tram company wants our final numbers by March .'],
  ['Rowan', 'We counted four hundred visitors last year .'],
  ['Imke', 'Then we should order six extra trams for the fair .'],
  ['Chair', 'Okay .'],
  ['Rowan', 'The stalls also need power cables near the river gate .'],
  ['Imke', 'The council has a spare cable drum in the depot .'],
  ['Chair', 'Good , Imke can ask them about the drum .'],
  ['Rowan', 'The banners arrive in the second week .'],
  ['Imke', 'They were printed in blue and yellow this year .'],
  ['Chair', 'The volunteers meet at the library on Thursday evenings .'],
  ['Rowan', 'Last year twelve of them came to every evening .'],
  ['Imke', 'The parking permits are still with the council office .'],
  ['Chair', 'Then that is the fair covered for today .'],
  ['Rowan', 'The ticket booth needs a new roof before the fair .'],
  ['Imke', 'The carpenter quoted three hundred euros for the roof .'],
  ['Chair', 'That fits the budget we have left .'],
  ['Rowan', 'The river gate opens at nine on fair days .'],
  ['Imke', 'And it closes at six in the evening .'],
  ['Chair', 'Fine , thanks everyone .'],
];

describe('a warm-up game at the start', () => {
  it('is told by drawing words amid laughter early in the meeting', () => {
    expect(warmUp(meeting([...game, ...business]))).toEqual({ from: 0, to: 7 });
  });

  it('is not a drawing session late in the meeting', () => {
    expect(warmUp(meeting([...business, ...business, ...game]))).toBeUndefined();
  });

  it('gives no decision and no summary sentence', () => {
    const recap = recapMeeting(meeting([...game, ...business]));
    const cited = (citations: readonly number[]) => citations.map((n) => recap.citations[n - 1]?.turn ?? -1);
    expect(recap.decisions.map((item) => item.text).join(' ')).not.toMatch(/\bcat\b/);
    expect(
      recap.summarySentences.flatMap((item) => cited(item.citations)).filter((turn) => turn < 8),
    ).toEqual([]);
  });
});
