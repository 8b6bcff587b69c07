/**
 * @module read-vtt
 * WebVTT meeting transcripts as Teams, Zoom and Meet export them: each cue's speaker comes
 * from its `<v Speaker>` voice tag (or a "Speaker: text" prefix), times are in seconds.
 * The NOTE and STYLE blocks are skipped; a title or date in the header is kept.
 */

import { basename } from 'node:path';
import { MONTH_NAMES } from '../../lib/text/calendar-names.ts';
import { failFile } from '../fail-file.ts';
import type { Transcript, Turn } from '../model.ts';
import type { ReaderInput } from '../reader.ts';
import { decodeText, parseClockTime } from './decode-text.ts';

const TIMING = /^\s*(\S+)\s+-->\s+(\S+)/;

export async function readVtt(input: ReaderInput): Promise<Transcript> {
  const transcript = parseVtt(decodeText(input.bytes), input);
  // The file name often carries the meeting's name and date: "Ops Sync 2026-03-10.vtt".
  const name = basename(input.path).replace(/\.[^.]+$/, '');
  const dated = /(\d{4}-\d{2}-\d{2})/.exec(name)?.[1];
  const title = name.replace(/[\s_-]*\d{4}-\d{2}-\d{2}[\s_-]*/, ' ').trim();
  return {
    ...transcript,
    ...(transcript.title === undefined && title ? { title } : {}),
    ...(transcript.date === undefined && dated ? { date: dated } : {}),
  };
}

/** Parses WebVTT text; `source` names the file in errors. */
export function parseVtt(
  text: string,
  source: Pick<ReaderInput, 'path'> = { path: 'transcript.vtt' },
): Transcript {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (!/^WEBVTT/.test(lines[0] ?? ''))
    failFile(
      source,
      'file_corrupt',
      'is not WebVTT: the first line must start with "WEBVTT".',
      'Export the transcript again as .vtt.',
    );
  const blocks = splitBlocks(lines);
  const header = blocks.shift() ?? [];
  const meta = headerMetadata(header);
  const note = blocks.find((block) => /^NOTE\b/.test(block[0] ?? ''));
  if (note && meta.date === undefined) {
    const date = dateIn(note.join(' '));
    if (date) meta.date = date;
  }
  const turns: Turn[] = [];
  for (const block of blocks) {
    const first = block[0] ?? '';
    if (/^(NOTE|STYLE|REGION)\b/.test(first)) continue;
    const timingAt = block.findIndex((line) => TIMING.test(line));
    if (timingAt < 0) continue;
    const timing = TIMING.exec(block[timingAt] ?? '');
    const start = parseClockTime(timing?.[1] ?? '');
    const end = parseClockTime(timing?.[2] ?? '');
    if (start === undefined || end === undefined) continue;
    const cue = block.slice(timingAt + 1).join('\n');
    for (const part of cueParts(cue)) {
      if (!part.text) continue;
      turns.push({ index: turns.length, speaker: part.speaker, start, end, text: part.text });
    }
  }
  if (
    turns.length === 0 &&
    blocks.length > 0 &&
    !blocks.some((block) => block.some((line) => TIMING.test(line)))
  ) {
    failFile(
      source,
      'file_corrupt',
      'has no cues with valid "start --> end" times.',
      'Export the transcript again as .vtt.',
    );
  }
  return { type: 'transcript', format: 'vtt', ...meta, turns };
}

function splitBlocks(lines: readonly string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

function headerMetadata(header: readonly string[]): { title?: string; date?: string } {
  const out: { title?: string; date?: string } = {};
  const afterMagic = (header[0] ?? '').replace(/^WEBVTT\s*-?\s*/, '').trim();
  if (afterMagic) out.title = afterMagic;
  for (const line of header.slice(1)) {
    const match = /^([A-Za-z-]+)\s*:\s*(.+)$/.exec(line.trim());
    if (!match) continue;
    const key = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').trim();
    if (key === 'title' || key === 'meeting') out.title = value;
    if (key === 'date' && !Number.isNaN(Date.parse(value))) out.date = value;
  }
  return out;
}

const MONTHS = MONTH_NAMES.map((month) => month.toLowerCase());

/** An ISO date written in a note: "2026-03-10", "10 March 2026" or "March 10, 2026". */
function dateIn(text: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return iso[0];
  const dayFirst = /\b(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\b/.exec(text);
  const monthFirst = /\b([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  const pick =
    dayFirst && MONTHS.includes((dayFirst[2] ?? '').toLowerCase())
      ? { d: dayFirst[1], m: dayFirst[2], y: dayFirst[3] }
      : monthFirst && MONTHS.includes((monthFirst[1] ?? '').toLowerCase())
        ? { d: monthFirst[2], m: monthFirst[1], y: monthFirst[3] }
        : undefined;
  if (!pick) return undefined;
  const month = MONTHS.indexOf((pick.m ?? '').toLowerCase()) + 1;
  return `${pick.y}-${String(month).padStart(2, '0')}-${String(pick.d).padStart(2, '0')}`;
}

type CuePart = { speaker: string; text: string };

/** One cue may hold several voices; text outside a voice tag belongs to the last voice (or a "Name:" prefix). */
function cueParts(cue: string): CuePart[] {
  const parts: CuePart[] = [];
  const voice = /<v(?:\.[^\s>]*)?\s+([^>]*)>([\s\S]*?)(?:<\/v>|(?=<v[\s.])|$)/g;
  let match: RegExpExecArray | null = voice.exec(cue);
  if (!match) {
    const plain = cleanCueText(cue);
    const prefixed = /^([^:\n]{1,40}):\s+([\s\S]+)$/.exec(plain);
    if (prefixed && /^[A-Z\p{Lu}]/u.test(prefixed[1] ?? ''))
      return [{ speaker: (prefixed[1] ?? '').trim(), text: (prefixed[2] ?? '').trim() }];
    return [{ speaker: '', text: plain }];
  }
  while (match) {
    parts.push({ speaker: (match[1] ?? '').trim(), text: cleanCueText(match[2] ?? '') });
    match = voice.exec(cue);
  }
  return parts;
}

function cleanCueText(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
