#!/usr/bin/env node
// Compiles src/ to dist/ (one JavaScript file per TypeScript module, same folders, imports
// rewritten from .ts to .js), so the installed CLI starts without transpiling. bin/officemate.js
// uses dist/ only while src/ is as it was built from (dist/BUILT); development needs no build.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { builtText } from '../bin/source-stamp.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const out = join(root, 'dist');

function sources(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : sources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

const keepRelative = {
  name: 'keep-relative-imports',
  setup(builder) {
    builder.onResolve({ filter: /^\.{1,2}\// }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: args.path.replace(/\.ts$/, '.js'), external: true },
    );
  },
};

rmSync(out, { recursive: true, force: true });
const entryPoints = sources(src);
await build({
  entryPoints,
  outdir: out,
  outbase: src,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [keepRelative],
});
writeFileSync(join(out, 'BUILT'), builtText(src));
console.log(`built ${entryPoints.length} modules into ${relative(root, out)}/`);
