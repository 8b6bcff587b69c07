#!/usr/bin/env node
// Entry point. Runs the compiled CLI in dist/ (scripts/build-cli.mjs) when it was built from the
// sources as they are now (bin/source-stamp.js), else the TypeScript sources through tsx's loader
// (development).
import { fileURLToPath } from 'node:url';
import { builtFromSources } from './source-stamp.js';

// `officemate convert FILE | head`: the reader went away; stop quietly, as other tools do.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

function compiledIsFresh() {
  return builtFromSources(
    fileURLToPath(new URL('../dist/BUILT', import.meta.url)),
    fileURLToPath(new URL('../src/', import.meta.url)),
  );
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
