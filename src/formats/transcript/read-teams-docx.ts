/**
 * @module read-teams-docx
 * Recognizes a Microsoft Teams transcript saved as Word and turns it into a Transcript.
 * Two layouts are known:
 *  - new Teams: "Alice Smith   0:03" (speaker, then the time from the start) followed by
 *    the utterance in the next paragraph(s);
 *  - classic Teams: "00:00:03.120 --> 00:00:07.450", then the speaker, then the utterance.
 * A title and a meeting date before the first turn are kept.
 */
import type { Block, Document, Transcript, Turn } from '../model.ts';
import { parseClockTime } from './decode-text.ts';

const SPEAKER_TIME = /^(\S.{0,80}?)(?:\s{2,}|\t)\s*(\d{1,2}:\d{2}(?::\d{2})?)\s*$/;
const TIMING =
  /^(\d{1,2}:\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?)\s*-->\s*(\d{1,2}:\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?)\s*$/;

function blockText(block: Block): string | undefined {
  if (block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'list-item') return block.text;
  return undefined;
}

function looseTime(text: string): number | undefined {
  const parts = text.replace(',', '.').split(':');
  if (parts.length < 2 || parts.length > 3) return parseClockTime(text);
  const numbers = parts.map(Number);
  if (numbers.some((n) => Number.isNaN(n))) return undefined;
  const [a = 0, b = 0, c] = numbers;
  return c === undefined ? a * 60 + b : a * 3600 + b * 60 + c;
}

type Pending = { speaker: string; start?: number; end?: number; lines: string[] };

/** The transcript inside a Word document, or undefined when the document is not a Teams transcript. */
export function transcriptFromDocument(document: Document): Transcript | undefined {
  const lines = document.blocks
    .flatMap((block) => (blockText(block) ?? '').split(/\r?\n/))
    .map((line) => line.replace(/\u00a0/g, ' ').trim());
  const nonEmpty = lines.filter((line) => line.length > 0);
  const headers = nonEmpty.filter((line) => SPEAKER_TIME.test(line) || TIMING.test(line)).length;
  if (headers < 2 || headers < nonEmpty.length * 0.2) return undefined;

  const preamble: string[] = [];
  const turns: Turn[] = [];
  let pending: Pending | undefined;
  let expectSpeaker = false;
  const flush = () => {
    if (pending?.lines.length) {
      const text = pending.lines.join(' ').replace(/\s+/g, ' ').trim();
      turns.push({
        index: turns.length,
        speaker: pending.speaker,
        ...(pending.start !== undefined ? { start: pending.start } : {}),
        ...(pending.end !== undefined ? { end: pending.end } : {}),
        text,
      });
    }
    pending = undefined;
  };
  for (const line of nonEmpty) {
    const timing = TIMING.exec(line);
    if (timing) {
      flush();
      const start = looseTime(timing[1] ?? '');
      const end = looseTime(timing[2] ?? '');
      pending = {
        speaker: '',
        lines: [],
        ...(start !== undefined ? { start } : {}),
        ...(end !== undefined ? { end } : {}),
      };
      expectSpeaker = true;
      continue;
    }
    const header = SPEAKER_TIME.exec(line);
    if (header) {
      flush();
      const start = looseTime(header[2] ?? '');
      pending = { speaker: (header[1] ?? '').trim(), lines: [], ...(start !== undefined ? { start } : {}) };
      expectSpeaker = false;
      continue;
    }
    if (pending && expectSpeaker) {
      pending.speaker = line;
      expectSpeaker = false;
      continue;
    }
    if (pending) pending.lines.push(line);
    else preamble.push(line);
  }
  flush();
  if (turns.length === 0) return undefined;
  // Turns without an end close where the next one starts.
  const timed = turns.map((turn, i) => {
    if (turn.end !== undefined || turn.start === undefined) return turn;
    const next = turns[i + 1]?.start;
    return next !== undefined && next >= turn.start ? { ...turn, end: next } : turn;
  });
  const title = document.metadata.title ?? preamble.find((line) => Number.isNaN(Date.parse(line)));
  const dateLine = preamble.find(
    (line) => !Number.isNaN(Date.parse(line.replace(/,\s*(\d{1,2}:\d{2})\s*([AP]M)/i, ' $1 $2'))),
  );
  const date = dateLine ? toIsoDate(dateLine) : undefined;
  return {
    type: 'transcript',
    format: 'teams-docx',
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    turns: timed,
  };
}

function toIsoDate(line: string): string | undefined {
  const parsed = new Date(line.replace(/,\s*(\d{1,2}:\d{2})\s*([AP]M)/i, ' $1 $2'));
  if (Number.isNaN(parsed.getTime())) return undefined;
  const y = parsed.getFullYear();
  const m = String(parsed.getMonth() + 1).padStart(2, '0');
  const d = String(parsed.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
