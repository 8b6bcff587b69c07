import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../formats/model.ts';
import { segmentTopics } from './segment-topics.ts';
import { prepareTranscript } from './transcript-units.ts';

describe('segmentTopics', () => {
  it('names each topic by noun phrases said in it, not by adjectives or interjections', () => {
    const first = [
      'The sales price of the lamp is too expensive, really expensive.',
      'Oops, the sales price could drop if the shade is cheaper. Oops.',
      'An expensive shade raises the sales price, expensive again.',
      'So the sales price stays at forty, expensive or not.',
      'Oops, forty for the sales price and the shade.',
    ];
    const second = [
      'Now the power cable: the power cable needs a plug.',
      'A long power cable is safer than a short power cable.',
      'The plug on the power cable should be flat.',
      'A flat plug and a white power cable then.',
      'Fine, the power cable and plug are settled.',
    ];
    const turns = [...first, ...second].map((text, index) => ({
      index,
      speaker: index % 2 ? 'Ida' : 'Olaf',
      text,
    }));
    const transcript: Transcript = { type: 'transcript', format: 'text', turns };
    const labels = segmentTopics(prepareTranscript(transcript), { block: 3, minTurns: 3 }).map(
      (segment) => segment.label,
    );
    expect(labels.join(' | ')).toContain('sales price');
    expect(labels.join(' | ')).toContain('power cable');
    expect(labels.join(' | ')).not.toMatch(/\b(?:expensive|oops)\b/);
  });

  it('cites the turn that best stands for each topic, not a filler that opens it', () => {
    const talk = [
      'Hmm.',
      'The garden fence needs new posts along the north side before winter.',
      'Yeah.',
      'Wooden posts for the garden fence rot, so steel posts along the north side.',
      'Okay.',
    ];
    const turns = talk.map((text, index) => ({ index, speaker: index % 2 ? 'Ida' : 'Olaf', text }));
    const transcript: Transcript = { type: 'transcript', format: 'text', turns };
    const [topic] = segmentTopics(prepareTranscript(transcript), { block: 3, minTurns: 3 });
    expect(topic?.from).toBe(0);
    expect([1, 3]).toContain(topic?.central);
  });
});

describe('a label is a noun phrase, not a bare word', () => {
  it('names a topic whose top word stands alone by the phrase said around it', () => {
    const talk = [
      'The ticket is the thing. The ticket, the ticket.',
      'Who sells the ticket? The ticket office at the pier.',
      'The ticket office opens late, so the ticket queue is long.',
      'A ticket is cheap; the ticket office takes cards.',
      'Right, the ticket then.',
    ];
    const turns = talk.map((text, index) => ({ index, speaker: index % 2 ? 'Ida' : 'Olaf', text }));
    const transcript: Transcript = { type: 'transcript', format: 'text', turns };
    const labels = segmentTopics(prepareTranscript(transcript), { block: 3, minTurns: 3 }).map(
      (topic) => topic.label,
    );
    expect(labels).toEqual(['ticket office']);
  });
});

describe('labels on a real committee hearing (QMSum education_22) and research meeting (Bro011)', () => {
  it('pairs phrases, never a bare word or a verb ("born and become", "bother and latency")', async () => {
    const { readQmsumMeeting } = await import('../../../test/helpers/qmsum-meeting.ts');
    const labels = [
      ...segmentTopics(prepareTranscript(await readQmsumMeeting('education_22', 'val'))),
      ...segmentTopics(prepareTranscript(await readQmsumMeeting('Bro011', 'val'))),
    ].map((topic) => topic.label);
    expect(labels).toContain('older kids and younger children');
    expect(labels).toContain('mark randolph and acoustic features');
    expect(labels.join(' | ')).not.toMatch(/\bborn and become\b|\bbother and\b|\bremember and\b/);
    for (const label of labels.filter((one) => one.includes(' and ')))
      for (const half of label.split(' and ')) expect(half.split(' ').length).toBeGreaterThan(1);
  });
});

describe('labels on a real design meeting (QMSum TS3010d)', () => {
  it('never names a topic by a verb ("give"), in the fallback label too', async () => {
    const { readQmsumMeeting } = await import('../../../test/helpers/qmsum-meeting.ts');
    const transcript = await readQmsumMeeting('TS3010d', 'val');
    const labels = segmentTopics(prepareTranscript(transcript)).map((topic) => topic.label);
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) expect(label).not.toMatch(/^(?:give|take|make|use|want|need)$/);
  });
});
