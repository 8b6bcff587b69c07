#!/usr/bin/env node
// Entry point. Runs the compiled CLI in dist/ (scripts/build-cli.mjs) when it is newer than
// every source file, else the TypeScript sources through tsx's loader (development).
import { readdirSync, statSync } from 'node:fs';

// `officemate convert FILE | head`: the reader went away; stop quietly, as other tools do.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

function newestSource(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = new URL(`${entry.name}${entry.isDirectory() ? '/' : ''}`, folder);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function compiledIsFresh() {
  try {
    const built = statSync(new URL('../dist/BUILT', import.meta.url)).mtimeMs;
    return built > newestSource(new URL('../src/', import.meta.url));
  } catch {
    return false;
  }
}

let main;
if (process.env.OFFICEMATE_TSX !== '1' && compiledIsFresh()) {
  ({ main } = await import('../dist/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
