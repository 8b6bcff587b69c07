import { describe, expect, it } from 'vitest';
import { askCsv } from '../../../test/helpers/analysis-csv.ts';

// Invented tickets sold at a museum desk by half hour: the 10 o'clock hour sells 9, the 9 o'clock 5.
const TICKETS = `Slot,Tickets
"Jun 2, 2044 9:00:00 AM",2
"Jun 2, 2044 9:30:00 AM",3
"Jun 2, 2044 10:00:00 AM",4
"Jun 2, 2044 10:30:00 AM",5
"Jun 2, 2044 11:00:00 AM",1
"Jun 2, 2044 11:30:00 AM",2
`;

describe('the hour taken from a timestamp, "(24-hour clock)" and "(0 to 23)" said beside it', () => {
  it('groups the rows by the hour made and ranks the hours by their sums', () => {
    const answer = askCsv(TICKETS, {
      question:
        'Create a new feature "hour" holding the hour of the day (0 to 23) of each slot. Which hour has the most tickets in total, and how many tickets were sold in it?',
      constraints:
        '{\nTake the hour (24-hour clock) from the "Slot" column. Group the rows by "hour" and sum "Tickets" in each group. Report the hour with the largest sum and that sum.\n}',
      format:
        '{\n@busiest_hour[hour]\n@total_tickets[total]\nwhere "hour" is an integer from 0 to 23 and "total" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ busiest_hour: '10', total_tickets: '9' });
  });
});
