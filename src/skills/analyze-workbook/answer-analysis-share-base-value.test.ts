import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented bandy club fixtures: where each was played and its final score.
const FIXTURES = `Round,Venue,Opponent,Score
1,Home,Kestrel Vale,2–1
2,Away,Marsh Rovers,0–0
3,Away,Oakhollow,1–3
4,Home,Brindle Town,0–0
5,Away,Fenwick United,0–0
6,Away,Larkspur,2–2
7,Home,Saltmere,3–0
8,Away,Coldharbour,0–0
`;

const asked = (question: string) => ({
  question,
  constraints:
    '{\nA scoreless away game is a row whose "Venue" is "Away" and whose "Score" is "0–0".\nRound the share to two decimal places.\n}',
  format:
    '{\n@scoreless_away_games[n]\n@away_share[pct]\nwhere "n" is an integer and "pct" is rounded to two decimal places.\n}',
});

describe('a share whose base the question names by a kept value', () => {
  it('takes "its away games" as the rows where Venue is Away, counting the Score condition', () => {
    const answer = ask(
      FIXTURES,
      asked('How many scoreless away games were there, and what share of its away games were they?'),
    );
    expect(answer.slots).toEqual({ scoreless_away_games: '3', away_share: '60.00' });
  });

  it('keeps refusing when the "of" phrase names neither kept value', () => {
    expect(
      refusalCode(
        FIXTURES,
        asked('How many scoreless away games were there, and what share of its fixtures were they?'),
      ),
    ).not.toBe('answered');
  });
});
