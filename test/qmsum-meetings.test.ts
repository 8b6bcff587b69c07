import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  halfFolder,
  kindOfMeeting,
  meetingFiles,
  meetingsIn,
  partAt,
  readMeeting,
} from '../bench/qmsum-meetings.ts';

/** Two invented meetings of a rowing club, written in QMSum's layout, and a file that is no meeting. */
const folder = mkdtempSync(join(tmpdir(), 'qmsum-meetings-'));
const half = join(folder, 'test');
mkdirSync(half);
const meeting = (turns: [string, string][], query: string, span: [string, string]) =>
  JSON.stringify({
    meeting_transcripts: turns.map(([speaker, content]) => ({ speaker, content })),
    general_query_list: [{ query: 'Summarize the whole meeting.', answer: 'The club met.' }],
    specific_query_list: [{ query, answer: 'They chose a date.', relevant_text_span: [span] }],
    topic_list: [{ topic: 'Regatta', relevant_text_span: [span] }],
  });
writeFileSync(
  join(half, 'Zq0002b.json'),
  meeting(
    [
      ['Coach Ilse', 'The boathouse roof leaks again.'],
      ['Treasurer Bram', 'A roofer quoted four hundred.'],
    ],
    'What was said about the roof?',
    ['0', '1'],
  ),
);
writeFileSync(
  join(half, 'Zq0002a.json'),
  meeting(
    [
      ['Coach Ilse', 'The spring regatta moves to May.'],
      ['Treasurer Bram', 'Then the entry fees are due in April.'],
      ['Coach Ilse', 'Agreed.'],
    ],
    'When is the regatta?',
    ['0', '2'],
  ),
);
writeFileSync(join(half, 'notes.txt'), 'not a meeting');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the QMSum meetings every bench reads', () => {
  it('lists a folder’s meeting files in name order, nothing else', () => {
    expect(meetingFiles(half)).toEqual(['Zq0002a.json', 'Zq0002b.json']);
  });

  it('reads the meetings in name order, each with its transcript, its queries and its part', async () => {
    const read = [];
    for await (const item of meetingsIn(half)) read.push(item);
    expect(read.map((item) => [item.name, item.part])).toEqual([
      ['Zq0002a.json', 'a'],
      ['Zq0002b.json', 'b'],
    ]);
    const [first] = read;
    expect(first?.transcript.turns.map((turn) => turn.speaker)).toEqual([
      'Coach Ilse',
      'Treasurer Bram',
      'Coach Ilse',
    ]);
    expect(first?.evaluation.specific).toEqual([
      { query: 'When is the regatta?', answer: 'They chose a date.', spans: [{ start: 0, end: 2 }] },
    ]);
    expect(first?.evaluation.general).toHaveLength(1);
    expect(first?.evaluation.topics[0]?.topic).toBe('Regatta');
  });

  it('reads one meeting by its path', async () => {
    const one = await readMeeting(join(half, 'Zq0002b.json'));
    expect(one.name).toBe('Zq0002b.json');
    expect(one.transcript.turns[1]?.text).toBe('A roofer quoted four hundred.');
  });

  it('splits a half into fixed parts by place: the 1st, 3rd, 5th … in part a', () => {
    expect([0, 1, 2, 3, 4].map(partAt)).toEqual(['a', 'b', 'a', 'b', 'a']);
  });

  it('reads the check half only when asked for by name', () => {
    expect(halfFolder('check')).toBe('val');
    expect(halfFolder('tuning')).toBe('test');
    expect(halfFolder(undefined)).toBe('test');
  });

  it('tells the kind of meeting from the corpus’s file names', () => {
    expect(kindOfMeeting('test/ES2099c.json')).toBe('AMI');
    expect(kindOfMeeting('TS4100a.json')).toBe('AMI');
    expect(kindOfMeeting('val/Bxy012.json')).toBe('ICSI');
    expect(kindOfMeeting('harbour_3.json')).toBe('committee');
  });
});
