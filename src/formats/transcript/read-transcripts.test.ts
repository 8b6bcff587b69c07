import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { OfficemateError } from '../../lib/errors.ts';
import type { Document } from '../model.ts';
import { readBuffer } from '../read-file.ts';
import { readQmsum, readQmsumEvaluation } from './read-qmsum.ts';
import { transcriptFromDocument } from './read-teams-docx.ts';
import { parseVtt, readVtt } from './read-vtt.ts';

const FIXTURES = join(import.meta.dirname, '__fixtures__');

describe('readVtt', () => {
  it('reads Teams voice tags, times in seconds, entities and two voices in one cue', async () => {
    const path = join(FIXTURES, 'teams-standup.vtt');
    const transcript = await readVtt({ path, bytes: readFileSync(path), format: 'vtt', options: {} });
    expect(transcript.turns.map((turn) => turn.speaker)).toEqual([
      'Ana Lima',
      'Ben Okafor',
      'Ana Lima',
      'Ben Okafor',
    ]);
    expect(transcript.turns[0]).toMatchObject({
      index: 0,
      start: 3.12,
      end: 7.45,
      text: "Good morning, everyone. Let's start with the launch.",
    });
    expect(transcript.turns[1]?.text).toBe('The beta build is ready & signed.');
    expect(transcript.turns[3]).toMatchObject({
      index: 3,
      start: 13,
      end: 15.5,
      text: 'One more thing: QA needs a day.',
    });
  });

  it('takes "Name: text" cues without voice tags, and a header title and date', () => {
    const transcript = parseVtt(
      'WEBVTT - Weekly sync\nDate: 2026-03-10\n\n00:01.000 --> 00:04.000\nAna: Hello there\n',
    );
    expect(transcript.title).toBe('Weekly sync');
    expect(transcript.date).toBe('2026-03-10');
    expect(transcript.turns).toEqual([{ index: 0, speaker: 'Ana', start: 1, end: 4, text: 'Hello there' }]);
  });

  it('rejects text that is not WebVTT with a typed error', () => {
    expect(() => parseVtt('hello\n00:01 --> 00:02\nx')).toThrow(OfficemateError);
  });

  it('is reached through readBuffer by content', async () => {
    const result = await readBuffer('standup.txt', readFileSync(join(FIXTURES, 'teams-standup.vtt')));
    expect(result.success && result.data.type).toBe('transcript');
  });
});

describe('transcriptFromDocument', () => {
  const doc = (lines: string[]): Document => ({
    type: 'document',
    format: 'docx',
    metadata: {},
    blocks: lines.map((text, i) => ({ kind: 'paragraph', text, locator: { paragraph: i + 1 } })),
  });

  it('reads the new Teams layout: "Name   0:03" then the utterance', () => {
    const transcript = transcriptFromDocument(
      doc([
        'Launch sync',
        'March 10, 2026, 9:00AM',
        '32m 5s',
        'Ana Lima   0:03',
        'Good morning.',
        'Ben Okafor   0:15',
        'Build is ready.',
        'It is signed.',
        'Ana Lima   1:02:07',
        'Thanks.',
      ]),
    );
    expect(transcript?.format).toBe('teams-docx');
    expect(transcript?.title).toBe('Launch sync');
    expect(transcript?.date).toBe('2026-03-10');
    expect(transcript?.turns).toEqual([
      { index: 0, speaker: 'Ana Lima', start: 3, end: 15, text: 'Good morning.' },
      { index: 1, speaker: 'Ben Okafor', start: 15, end: 3727, text: 'Build is ready. It is signed.' },
      { index: 2, speaker: 'Ana Lima', start: 3727, text: 'Thanks.' },
    ]);
  });

  it('reads the classic layout: timing line, speaker, utterance', () => {
    const transcript = transcriptFromDocument(
      doc(['0:0:0.0 --> 0:0:4.500', 'Ana Lima', 'Hello.', '0:0:5.0 --> 0:0:9.250', 'Ben Okafor', 'Hi Ana.']),
    );
    expect(transcript?.turns).toEqual([
      { index: 0, speaker: 'Ana Lima', start: 0, end: 4.5, text: 'Hello.' },
      { index: 1, speaker: 'Ben Okafor', start: 5, end: 9.25, text: 'Hi Ana.' },
    ]);
  });

  it('leaves ordinary documents alone', () => {
    expect(
      transcriptFromDocument(
        doc(['Quarterly report', 'Revenue grew 12% at 3:00 in the afternoon.', 'Costs fell.']),
      ),
    ).toBeUndefined();
  });
});

describe('QMSum', () => {
  it('reads turns and keeps the evaluation apart (ES2004a golden counts)', async () => {
    const path = join(CORPUS, 'meetings', 'qmsum', 'test', 'ES2004a.json');
    const bytes = readFileSync(path);
    const transcript = await readQmsum({ path, bytes, format: 'qmsum-json', options: {} });
    expect(transcript.turns).toHaveLength(320);
    expect(transcript.turns[1]?.speaker).toBe('Project Manager');
    expect(Object.keys(transcript)).not.toContain('specific_query_list');
    const evaluation = readQmsumEvaluation({ path, bytes });
    expect(evaluation.general).toHaveLength(1);
    expect(evaluation.specific.length).toBeGreaterThan(3);
    expect(evaluation.specific[0]?.spans).toEqual([{ start: 173, end: 311 }]);
    expect(evaluation.topics[0]).toEqual({
      topic: 'Agenda announcement and team ice breaking',
      spans: [{ start: 12, end: 130 }],
    });
  });

  it('gives a typed error for JSON without turns', async () => {
    await expect(
      readQmsum({
        path: 'x.json',
        bytes: Buffer.from('{"meeting_transcripts": 3}'),
        format: 'qmsum-json',
        options: {},
      }),
    ).rejects.toThrow(/meeting_transcripts/);
  });
});

describe('Teams transcript saved as Word, through readFile', () => {
  it('reads a .docx of "Name   m:ss" paragraphs as a transcript', async () => {
    const { writeDocx } = await import('../docx/write-docx.ts');
    const { fixedClock } = await import('../../lib/clock.ts');
    const bytes = await writeDocx(
      {
        blocks: [
          { kind: 'paragraph', text: 'Weekly sync' },
          { kind: 'paragraph', text: 'Ana Lima   0:03' },
          { kind: 'paragraph', text: 'Good morning, the build is ready.' },
          { kind: 'paragraph', text: 'Ben Okafor   0:15' },
          { kind: 'paragraph', text: "I'll send the notes by Friday." },
        ],
      },
      { clock: fixedClock('2026-03-10T09:00:00Z') },
    );
    const result = await readBuffer('sync.docx', bytes);
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.type).toBe('transcript');
    if (result.data.type !== 'transcript') return;
    expect(result.data.format).toBe('teams-docx');
    expect(result.data.turns.map((turn) => [turn.speaker, turn.start, turn.text])).toEqual([
      ['Ana Lima', 3, 'Good morning, the build is ready.'],
      ['Ben Okafor', 15, "I'll send the notes by Friday."],
    ]);
  });
});
