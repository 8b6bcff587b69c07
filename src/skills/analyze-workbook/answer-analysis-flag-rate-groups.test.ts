import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented fixtures: permit requests of three districts and whether each was granted; a league's results.
const PERMITS = `District,Fee,Granted
Northgate,120,True
Northgate,80,False
Northgate,95,True
Northgate,60,False
Eastmoor,70,True
Eastmoor,110,True
Eastmoor,130,True
Eastmoor,50,False
Southfield,90,False
Southfield,75,True
Southfield,105,False
`;
const LEAGUE = `Club,Town,Points
Harbour United,Eastwick,12
Harbour United,Eastwick,9
Millford Athletic,Millford,7
Millford Athletic,Millford,11
Millford Athletic,Millford,8
Quarry Rangers,Stonebridge,15
Quarry Rangers,Stonebridge,2
`;
const table = (csv: string) => headerRowTable(csvToWorkbook(csv, 'data').sheets[0]!)!;

describe('groups ranked by the share of a flag the constraints count', () => {
  it('takes each group over all its rows, not only the rows the counted value keeps', () => {
    // Granted: Northgate 2 of 4, Eastmoor 3 of 4, Southfield 1 of 3; the top is Eastmoor at 75%.
    const answer = answerAnalysis(table(PERMITS), {
      question: 'Which district has the highest share of granted requests, and what is that share?',
      constraints:
        '{\nFor each "District", divide the number of records whose "Granted" is True by the number of records, and multiply by 100. Report the district with the largest share and that share.\nRound to two decimal places.\n}',
      format:
        '{\n@district[name]\n@granted_share[percentage]\nwhere "name" is written as in "District" and "percentage" is rounded to two decimal places.\n}',
    });
    expect(answer.slots.district).toBe('Eastmoor');
    expect(answer.slots.granted_share).toBe('75.00');
  });
});

describe('a measure the constraints sum "for each" group', () => {
  it('ranks the groups by the quoted measure summed for each of them', () => {
    // Points: Harbour United 21, Millford Athletic 26, Quarry Rangers 17.
    const answer = answerAnalysis(table(LEAGUE), {
      question: 'Which club collected the most points, and how many?',
      constraints:
        '{\nSum "Points" for each "Club" and report the club with the largest sum and that sum.\n}',
      format:
        '{\n@top_club[name]\n@club_points[n]\nwhere "name" is written as in "Club" and "n" is an integer.\n}',
    });
    expect(answer.slots.top_club).toBe('Millford Athletic');
    expect(answer.slots.club_points).toBe('26');
  });
});

describe('a group named as the owner of the rows ("which town\'s clubs")', () => {
  it('ranks the towns, not the clubs', () => {
    // Mean points per row: Eastwick 10.5, Millford 8.67, Stonebridge 8.5.
    const answer = answerAnalysis(table(LEAGUE), {
      question: "Which town's clubs scored the most points on average, and what is that average?",
      constraints:
        '{\nGroup the rows by "Town" and take the mean of "Points" for each town. Report the town with the largest mean and that mean.\nRound to two decimal places.\n}',
      format:
        '{\n@town[name]\n@average_points[mean]\nwhere "name" is written as in "Town" and "mean" is rounded to two decimal places.\n}',
    });
    expect(answer.slots.town).toBe('Eastwick');
    expect(answer.slots.average_points).toBe('10.50');
  });
});
