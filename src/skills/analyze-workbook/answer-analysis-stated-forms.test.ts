import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented parcel log: each parcel's weight in kilograms.
const PARCELS = `Parcel,Weight
P1,1.5
P2,2.0
P3,2.5
P4,3.0
P5,3.5
P6,4.0
P7,12.0
P8,2.5
`;

// Invented flat listings: district, monthly rent, and the floor (blank where the listing did not say).
const FLATS = `Listing,District,Rent,Floor
L1,Riverside,900,2
L2,Riverside,1100,
L3,Hillcrest,700,1
L4,Riverside,1000,
L5,Hillcrest,650,
L6,Riverside,1200,5
L7,Hillcrest,800,3
`;

// Invented kiln log: each firing's top and bottom temperature.
const FIRINGS = `Firing,Top,Bottom
F1,1210,1150
F2,1190,1100
F3,1250,1230
F4,1180,
`;

// Invented repair tickets: whether each was closed (written True/False) and the days it stayed open.
const TICKETS = `Ticket,Closed,Days
T1,True,4
T2,False,9
T3,True,2
T4,True,6
T5,False,11
`;

// Invented depot log: parcels sorted in each hour.
const DEPOT = `Hour,Parcels
08,14
09,31
10,22
11,8
`;

// Invented café orders: a comment and a star rating where the guest left one.
const ORDERS = `Order,Comment,Stars
O1,Too sweet,4
O2,,5
O3,Lovely,
O4,,
O5,Cold,2
`;

describe('forms the constraints state in words', () => {
  it('takes the bias-corrected skewness when the constraints ask for it', () => {
    const answer = ask(PARCELS, {
      question: 'How skewed are the parcel weights?',
      constraints:
        '{\nCompute the skewness of "Weight" with the bias-corrected (sample) formula.\nRound to three decimal places.\n}',
      format: '{\n@weight_skew[skew]\nwhere "skew" is rounded to three decimal places.\n}',
    });
    // The adjusted Fisher-Pearson skewness; the biased form would be 2.023.
    expect(answer.slots).toEqual({ weight_skew: '2.523' });
  });

  it('keeps the biased skewness when the constraints say it is not corrected', () => {
    const answer = ask(PARCELS, {
      question: 'How skewed are the parcel weights?',
      constraints:
        '{\nCompute the skewness of "Weight" without bias correction.\nRound to three decimal places.\n}',
      format: '{\n@weight_skew[skew]\nwhere "skew" is rounded to three decimal places.\n}',
    });
    expect(answer.slots).toEqual({ weight_skew: '2.023' });
  });

  it('answers a count slot by the missing-cell count a clause of a sentence states, within the kept rows', () => {
    const answer = ask(FLATS, {
      question: 'For Riverside flats: what is the mean rent, and how many listings leave out the floor?',
      constraints:
        '{\nKeep the rows whose "District" is "Riverside". Take the mean of "Rent" over the rows where it is present, and count the rows whose "Floor" is missing.\nRound the mean to two decimal places.\n}',
      format:
        '{\n@riverside_rent[avg]\n@riverside_unlisted[n]\nwhere "avg" is rounded to two decimal places and "n" is an integer.\n}',
    });
    // L1, L2, L4 and L6 are in Riverside (mean rent 1050); L2 and L4 leave the floor blank.
    expect(answer.slots).toEqual({ riverside_rent: '1050.00', riverside_unlisted: '2' });
  });

  it('makes a column named in quotes "equal to" a difference of two columns, before "and take"', () => {
    const answer = ask(FIRINGS, {
      question: 'Add a column with the spread of each firing (top minus bottom). What is the average spread?',
      constraints:
        '{\nCreate a column "Spread" equal to "Top" minus "Bottom" and take the mean of "Spread" over the rows where it is present.\nRound to two decimal places.\n}',
      format: '{\n@mean_spread[avg]\nwhere "avg" is rounded to two decimal places.\n}',
    });
    // Spreads 60, 90 and 20; F4 has no bottom reading.
    expect(answer.slots).toEqual({ mean_spread: '56.67' });
  });

  it('keeps the rows whose True/False column "is True", and takes the other column the slot names', () => {
    const answer = ask(TICKETS, {
      question: 'How long did the finished tickets stay open on average?',
      constraints:
        '{\nKeep the rows whose "Closed" is True and take the mean of "Days".\nRound to two decimal places.\n}',
      format: '{\n@closed_mean_days[avg]\nwhere "avg" is rounded to two decimal places.\n}',
    });
    // T1, T3 and T4 are closed: (4 + 2 + 6) / 3.
    expect(answer.slots).toEqual({ closed_mean_days: '4.00' });
  });

  it('reads "is False" as the other flag value', () => {
    const answer = ask(TICKETS, {
      question: 'How long did the open tickets stay open on average?',
      constraints:
        '{\nKeep the rows whose "Closed" is False and take the mean of "Days".\nRound to two decimal places.\n}',
      format: '{\n@mean_days[avg]\nwhere "avg" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ mean_days: '10.00' });
  });

  it('gives the slot naming no statistic the other of two statistics one sentence names', () => {
    const answer = ask(DEPOT, {
      question: 'What is the most parcels sorted in one hour, and how many were sorted in all?',
      constraints: '{\nTake the maximum and the sum of "Parcels" over all rows.\n}',
      format: '{\n@busiest_parcels[n]\n@total_parcels[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ busiest_parcels: '31', total_parcels: '75' });
  });

  it('answers each sentence that counts the rows whose column is present for its own slot', () => {
    const answer = ask(ORDERS, {
      question: 'How many orders came with a comment, and how many with a rating?',
      constraints:
        '{\nCount the rows whose "Comment" is present.\nCount the rows whose "Stars" is present.\n}',
      format: '{\n@commented_orders[n]\n@rated_orders[n]\nwhere "n" is an integer.\n}',
    });
    // O1, O3 and O5 have a comment; O1, O2 and O5 have stars.
    expect(answer.slots).toEqual({ commented_orders: '3', rated_orders: '3' });
  });
});
