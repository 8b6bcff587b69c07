import { describe, expect, it } from 'vitest';
import { readQmsumMeeting } from '../../../test/helpers/qmsum-meeting.ts';
import { speakersNamed, withoutSpeakerNames } from './named-speakers.ts';

const named = (query: string, labels: readonly string[]) => [...speakersNamed(query, labels)].sort();

describe('speakers a query names', () => {
  const hearing = [
    'The Chair',
    'The Chair (Hon. Rhea Dunmore (Northvale, Lib.))',
    'Hon. Ada Vale',
    'Hon. Ada Vale (Minister of Health)',
    'Mr. Paul Le-Roux',
    'Ms. Anne Roux-Vidal (Eastport, NDP)',
    'Mr. Tom Brand',
    'Ms. Lena Brand (Westfield, CPC)',
  ];

  it('names every label of a person said by surname alone', () => {
    expect(named('What did Minister Vale say about testing?', hearing)).toEqual([
      'Hon. Ada Vale',
      'Hon. Ada Vale (Minister of Health)',
    ]);
  });

  it('takes a hyphenated surname word by word, and only for the person whose name holds it whole', () => {
    expect(named('What did Mr. Le-Roux ask about ferries?', hearing)).toEqual(['Mr. Paul Le-Roux']);
    expect(named('What did Roux-Vidal ask about ferries?', hearing)).toEqual([
      'Ms. Anne Roux-Vidal (Eastport, NDP)',
    ]);
    // "Roux" alone is a word of two people's names.
    expect(named('What did Roux say about ferries?', hearing)).toEqual([]);
  });

  it('names neither of two people who share a surname, and each by their full name', () => {
    expect(named('What did Brand say about the budget?', hearing)).toEqual([]);
    expect(named('What did Lena Brand say about the budget?', hearing)).toEqual([
      'Ms. Lena Brand (Westfield, CPC)',
    ]);
  });

  it('names the chair under every label it speaks under', () => {
    expect(named('What did the chair say about the rules?', hearing)).toEqual([
      'The Chair',
      'The Chair (Hon. Rhea Dunmore (Northvale, Lib.))',
    ]);
  });

  const roles = ['Project Manager', 'Marketing', 'User Interface', 'Industrial Designer'];
  const codes = ['Grad A', 'Grad B', 'PhD C', 'Professor D'];

  it('reads a role said in lower case with a possessive', () => {
    expect(named("Summarize the project manager's opinions on the case.", roles)).toEqual([
      'Project Manager',
    ]);
  });

  it('reads a speaker code written with a hyphen or a curly possessive', () => {
    expect(named('What did Grad-B say about disk space?', codes)).toEqual(['Grad B']);
    expect(named('What were Grad B’s updates on disk space?', codes)).toEqual(['Grad B']);
    expect(named('What did the grad students say about disk space?', codes)).toEqual([]);
  });

  it('reads a person noun of a label after "the" in lower case', () => {
    expect(named('What did the professor say about the servers?', codes)).toEqual(['Professor D']);
  });

  it('leaves the named person out of the words the query asks about', () => {
    expect(withoutSpeakerNames('What did Le-Roux say about ferries?', hearing)).not.toMatch(/Roux/);
    expect(withoutSpeakerNames('What did Le-Roux say about ferries?', hearing)).toMatch(/ferries/);
  });

  it('names a committee member by surname on a corpus hearing where they speak under two labels', async () => {
    const transcript = await readQmsumMeeting('covid_9');
    const labels = transcript.turns.map((turn) => turn.speaker);
    expect(named('What did Mr. Garrison say about blood donations?', labels)).toEqual([
      'Mr. Randall Garrison',
      'Mr. Randall Garrison (EsquimaltSaanichSooke, NDP)',
    ]);
    // Two members are called May: the surname alone names neither.
    expect(named('What did May say about the pandemic?', labels)).toEqual([]);
  });
});
