import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { actTerms, lineLabels } from './asked-field.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const mail = (text: string, title: string) =>
  notesHit(text, 'email', { title, date: '2024-03-04T10:00:00Z', people: [] });

describe('lineLabels', () => {
  it('reads the labels a line opens with, the value label last', () => {
    expect(lineLabels('UNITS: Authorized: 40,000; p.v. EUR 5')).toEqual(['UNITS', 'Authorized']);
    expect(lineLabels('Presenter:\tMira Santos')).toEqual(['Presenter']);
    expect(lineLabels('Meeting at 10:30 in room 4')).toEqual([]);
    // A heading whose lines follow labels no value of its own line.
    expect(lineLabels('Agenda:')).toEqual([]);
  });
});

describe('actTerms', () => {
  it('reads the words the question writes as acts, not its topic nouns', () => {
    expect([...actTerms('Who is presenting the tide model?')]).toEqual(['present']);
    expect([...actTerms('Who chairs the harbour board?')]).toEqual(['chair']);
    expect(actTerms('When is the outage of server KX-7?').size).toBe(0);
  });
});

describe('extractiveAnswer: the line labelled by the question', () => {
  it('answers "who is presenting" by the Presenter line, not a sentence about the topic', () => {
    const notice = mail(
      [
        'You are invited to the following talk:',
        '',
        'Tidewise: A Tide Forecasting Model',
        '',
        'Tidewise is a model built by the Harbour Analytics Group.',
        'It takes Wind, Swell, Moon phase and river flow into account and uses Bayesian updating to forecast the tide.',
        'It also rates Berth and Crane schedules.',
        '',
        'Date:\tMarch 12, 2024',
        'Time:\t3:00 pm',
        'Location:\tDock House 2',
        'Presenter:\tMira Santos',
        '',
        'Please call Olle Brandt at 4-2210 to register.',
      ].join('\n'),
      'Talk announcement',
    );
    const answer = extractiveAnswer(
      'Who is presenting Tidewise, the tide forecasting model?',
      [notice],
      new CitationList(),
    );
    expect(answer.answer).toBe('Presenter: Mira Santos. [1]');
  });

  it('takes the value of the label asked, not of another label on the line above', () => {
    const record = mail(
      [
        'Halvard Freight Oy (Company #2210), was registered in Finland on 3 March 2024.',
        '',
        'PARENT COMPANY: Halvard Holdings B.V.',
        '',
        'UNITS:\tAuthorized: 40,000; p.v. EUR 5',
        '\tIssued: 800',
        '',
        'EMPLOYEES: No',
      ].join('\n'),
      'New registration - Halvard Freight Oy',
    );
    const answer = extractiveAnswer(
      'How many units of Halvard Freight Oy were issued?',
      [record],
      new CitationList(),
    );
    expect(answer.answer).toBe('Issued: 800. [1]');
  });

  it('leaves the answer alone when two lines of the label give different values', () => {
    const programme = mail(
      [
        'The spring lunch talks on the Selby Wharf project:',
        'Morning talk on the Selby Wharf piles, 10 am.',
        'Speaker: Ines Varga',
        'Afternoon talk on the Selby Wharf cranes, 2 pm.',
        'Speaker: Tom Ekberg',
      ].join('\n'),
      'Selby Wharf talks',
    );
    const answer = extractiveAnswer(
      'Who is speaking on the Selby Wharf cranes?',
      [programme],
      new CitationList(),
    );
    expect(answer.answer).not.toBe('Speaker: Ines Varga. [1]');
  });

  it('keeps a line on the thing asked over a line labelled by the topic word', () => {
    const notice = mail(
      [
        'These servers will be down this weekend.',
        'KX-7 - Fri 6:00-8:00pm CT',
        'Outage: LM-2 - Sat 9-11am CT',
      ].join('\n'),
      'Weekend outages',
    );
    const answer = extractiveAnswer('When is the outage of KX-7?', [notice], new CitationList());
    expect(answer.answer).toBe('KX-7 - Fri 6:00-8:00pm CT. [1]');
  });
});

describe('extractiveAnswer: a labelled line of the block under the item picked', () => {
  const report = () =>
    mail(
      [
        'Here is where the funds stand.',
        '',
        '(a)\tCourier Deposits\t\t',
        '\tRough size:\t $30k',
        '\tTiming:\t Next Tuesday',
        '\tProbability:\t 70%',
        '',
        '(b)\tHarbour Lease Refund',
        '\tRough size:\t $90k',
        '\tTiming:\t Within the quarter',
        '\tProbability:\t 40%',
      ].join('\n'),
      'Funds',
    );

  it('answers the probability of the item named by its own Probability line', () => {
    const answer = extractiveAnswer(
      'What probability is given for the courier deposits?',
      [report()],
      new CitationList(),
    );
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('70%');
    expect(answer.answer).not.toContain('40%');
  });

  it('answers the other item by its own block', () => {
    const answer = extractiveAnswer(
      'What probability is given for the harbour lease refund?',
      [report()],
      new CitationList(),
    );
    expect(answer.answer).toContain('40%');
  });
});
