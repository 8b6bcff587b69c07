/**
 * The Enron mailboxes of the shared corpus, for the ingest benchmarks: every .mbox file below a
 * folder, in name order.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function mailFiles(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder).sort()) {
    const full = join(folder, entry);
    if (statSync(full).isDirectory()) out.push(...mailFiles(full));
    else if (entry.endsWith('.mbox')) out.push(full);
  }
  return out;
}
