import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented shops of a high street and the group that owns each (two independents left empty).
const SHOPS = `shop_name,parent_org,Staff
Corner Bakes,Millo Holdings,4
Page Turners,,2
Fresh Greens,Millo Holdings,6
Tool Barn,Ardent Group,9
Tea Nook,,3
Shoe Hub,Kestrel plc,5
`;

describe('distinct values of a column the constraints quote', () => {
  it('counts the distinct values of the quoted column when the question calls them by other words', () => {
    const answer = ask(SHOPS, {
      question: 'How many different holding firms run the shops on the street?',
      constraints: '{\nCount the distinct non-empty values of "parent_org".\n}',
      format: '{\n@holding_firms[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ holding_firms: '3' });
  });
});
