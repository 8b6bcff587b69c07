/**
 * The QMSum meetings every QMSum bench reads (../shared/corpus/meetings/qmsum, or the folder
 * `QMSUM_DIR` names): one meeting's transcript with its evaluation (the general, specific and
 * topic queries, their reference answers and spans), and the meetings of a folder in name order,
 * each with the fixed part of its half it belongs to (part a: the 1st, 3rd, 5th … meeting; part b:
 * the others), so that every bench reads, orders and splits the meetings alike.
 *
 * The meetings under test/ are the tuning half and those under val/ the check half
 * (`QMSUM_HALVES`), as bench/qmsum.ts reports them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Transcript } from '../src/formats/model.ts';
import {
  type QmsumEvaluation,
  readQmsum,
  readQmsumEvaluation,
} from '../src/formats/transcript/read-qmsum.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Where the QMSum files lie: `QMSUM_DIR`, else the shared corpus beside the repository. */
export const QMSUM_DIR =
  process.env.QMSUM_DIR ?? join(here, '..', '..', 'shared', 'corpus', 'meetings', 'qmsum');

/** Each half's folder under `QMSUM_DIR`. */
export const QMSUM_HALVES = { tuning: 'test', check: 'val' } as const;
export type QmsumHalf = keyof typeof QMSUM_HALVES;

/** The folder a bench's `--half` value names: the check half's for "check", else the tuning half's. */
export function halfFolder(half: string | undefined): 'test' | 'val' {
  return half === 'check' ? QMSUM_HALVES.check : QMSUM_HALVES.tuning;
}

/** The fixed part of a half a meeting belongs to, by its place in name order (0 for the first). */
export type MeetingPart = 'a' | 'b';
export const partAt = (position: number): MeetingPart => (position % 2 === 0 ? 'a' : 'b');

export type QmsumMeeting = {
  /** The file's name ("ES2004a.json"). */
  readonly name: string;
  /** The file's path as asked for: relative to `QMSUM_DIR` ("test/ES2004a.json"), or absolute. */
  readonly file: string;
  readonly path: string;
  /** The part of its folder's half (meaningful when read with `meetingsIn`; "a" otherwise). */
  readonly part: MeetingPart;
  readonly transcript: Transcript;
  readonly evaluation: QmsumEvaluation;
};

/** The meeting files of a folder under `QMSUM_DIR` ("test", "val") or at an absolute path, in name order. */
export function meetingFiles(folder: string): string[] {
  return readdirSync(resolve(QMSUM_DIR, folder))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** One meeting, by its path relative to `QMSUM_DIR` ("test/ES2004a.json") or its absolute path. */
export async function readMeeting(file: string, part: MeetingPart = 'a'): Promise<QmsumMeeting> {
  const path = resolve(QMSUM_DIR, file);
  const bytes = readFileSync(path);
  const transcript = await readQmsum({ path, bytes, format: 'qmsum-json', options: {} });
  const evaluation = readQmsumEvaluation({ path, bytes });
  return { name: file.split('/').pop() ?? file, file, path, part, transcript, evaluation };
}

/** The meetings of one folder (under `QMSUM_DIR`, or absolute), read one at a time in name order, each with its part. */
export async function* meetingsIn(folder: string): AsyncGenerator<QmsumMeeting> {
  for (const [position, name] of meetingFiles(folder).entries())
    yield await readMeeting(join(folder, name), partAt(position));
}

/** The kind of meeting a QMSum file holds, from the corpus's naming (ES2004a, Bmr006, covid_9). */
export type MeetingKind = 'AMI' | 'ICSI' | 'committee';
export const MEETING_KINDS: readonly MeetingKind[] = ['AMI', 'ICSI', 'committee'];

/** AMI product-design meetings (ES, IS, TS), ICSI research meetings (B…), committee hearings (the others). */
export function kindOfMeeting(file: string): MeetingKind {
  const name = file.split('/').pop() ?? file;
  if (/^(?:ES|IS|TS)\d/.test(name)) return 'AMI';
  if (/^B[a-z]{2}\d/.test(name)) return 'ICSI';
  return 'committee';
}
