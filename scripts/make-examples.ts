/**
 * Writes the binary files of the sample workspace (examples/workspace): two Word reports, the
 * sales workbook and the review deck (see scripts/examples/). The text files there (mailbox,
 * calendar, contacts, transcript, chat, notes) are written by hand.
 *
 * Run: node bin/run-ts.js scripts/make-examples.ts
 *
 * Output is deterministic for this machine's fonts: the same run gives the same bytes, because
 * the data is seeded, the clock is fixed and every package is normalised (dates, ids, zip order).
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleFiles } from './examples/example-files.ts';

const workspace = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'workspace');
for (const [name, bytes] of await exampleFiles()) {
  await writeFile(join(workspace, name), bytes);
  process.stderr.write(`wrote examples/workspace/${name} (${(bytes.length / 1024).toFixed(1)} KiB)\n`);
}
