/** A QMSum meeting of the shared corpus, read as a transcript, for tests on real meetings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Transcript } from '../../src/formats/model.ts';
import { readQmsum } from '../../src/formats/transcript/read-qmsum.ts';
import { CORPUS } from './paths.ts';

/** Reads `meetings/qmsum/<split>/<name>.json` from the corpus. */
export async function readQmsumMeeting(name: string, split = 'test'): Promise<Transcript> {
  const path = join(CORPUS, 'meetings', 'qmsum', split, `${name}.json`);
  return readQmsum({ path, bytes: readFileSync(path), format: 'qmsum-json', options: {} });
}
