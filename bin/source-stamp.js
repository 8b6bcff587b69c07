// What a compiled dist/ was built from: the number of source files and the newest one's
// modification time, written into dist/BUILT by scripts/build-cli.mjs. The compiled CLI is used
// only while src/ still has that stamp, so a dist/ copied beside other sources (whose file times
// are all older than the copy) is not taken for theirs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `sources <count> <newest mtime in ms>` over every file under the folder. */
export function sourceStamp(folder) {
  let count = 0;
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        count += 1;
        newest = Math.max(newest, statSync(path).mtimeMs);
      }
    }
  };
  walk(folder);
  return `sources ${count} ${Math.floor(newest)}`;
}

/** The text of dist/BUILT: when it was built, and the stamp of the sources it was built from. */
export function builtText(sourceFolder, now = new Date()) {
  return `${now.toISOString()}\n${sourceStamp(sourceFolder)}\n`;
}

/** Whether the BUILT file names the sources as they are now; false when it is missing or older. */
export function builtFromSources(builtFile, sourceFolder) {
  try {
    const recorded = readFileSync(builtFile, 'utf8').split('\n')[1];
    return recorded === sourceStamp(sourceFolder);
  } catch {
    return false;
  }
}
