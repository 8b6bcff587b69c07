#!/usr/bin/env node
// One-step set-up, run by `npm run demo` and `npm test` before anything else:
// 1. installs the npm dependencies from the lock file when they are missing or stale;
// 2. builds the web app and compiles the CLI when they are older than their sources;
// 3. installs the system packages the tests and converters need (LibreOffice, poppler,
//    CJK fonts, Chromium, PostgreSQL, nginx) through apt when they are missing and we are root.
// Plain Node, no dependencies, so it runs on a fresh clone.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFromSources } from '../bin/source-stamp.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (text) => process.stderr.write(`[setup] ${text}\n`);

function npmDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  // npm ci prints nothing until it is done, which on a slow disk or network is ten minutes or more.
  log('installing npm dependencies (npm ci; it prints nothing while it works, and can take 10 minutes)...');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    log('npm ci failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}

const SYSTEM = [
  {
    name: 'LibreOffice',
    present: () => existsSync('/usr/bin/soffice'),
    packages: ['libreoffice-writer', 'libreoffice-calc', 'libreoffice-impress'],
  },
  { name: 'poppler-utils', present: () => existsSync('/usr/bin/pdftoppm'), packages: ['poppler-utils'] },
  {
    name: 'fonts',
    present: () =>
      existsSync('/usr/share/fonts/opentype/noto') && existsSync('/usr/share/fonts/truetype/liberation'),
    packages: ['fonts-noto-cjk', 'fonts-liberation', 'fonts-dejavu-core'],
  },
  { name: 'Chromium', present: () => existsSync('/usr/bin/chromium'), packages: ['chromium'] },
  { name: 'PostgreSQL', present: () => postgresBin() !== undefined, packages: ['postgresql'] },
  // The load balancer of docs/deploy.md, started by bench/load.ts and test/server/nginx.test.ts.
  { name: 'nginx', present: () => existsSync('/usr/sbin/nginx'), packages: ['nginx'] },
];

function postgresBin() {
  for (const version of ['17', '16', '15', '14', '13']) {
    const bin = `/usr/lib/postgresql/${version}/bin`;
    if (existsSync(join(bin, 'initdb'))) return bin;
  }
  return undefined;
}

function systemPackages() {
  const missing = SYSTEM.filter((item) => !item.present());
  if (missing.length === 0) return;
  const packages = missing.flatMap((item) => item.packages);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    log(`missing: ${missing.map((item) => item.name).join(', ')}. Install them with:`);
    log(`  sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`);
    if (process.env.CI === 'true') process.exit(1);
    log('continuing: the tests that need them will fail.');
    return;
  }
  log(`installing ${missing.map((item) => item.name).join(', ')} through apt (about a minute)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
  } catch (error) {
    log(`apt-get failed: ${error.message}`);
    if (process.env.CI === 'true') process.exit(1);
  }
}

/** Builds the web app (web/dist) when it is missing or older than its sources. */
function webApp() {
  const dist = join(root, 'web', 'dist', 'index.html');
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
      const path = join(dir, entry.name);
      return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }, 0);
  if (
    existsSync(dist) &&
    statSync(dist).mtimeMs >=
      Math.max(newest(join(root, 'web', 'src')), statSync(join(root, 'web', 'index.html')).mtimeMs)
  )
    return;
  log('building the web app (vite)...');
  const result = spawnSync('npm', ['run', '--silent', 'build:web'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    log('the web app did not build; see the messages above.');
    process.exit(result.status ?? 1);
  }
}

/** Compiles the CLI (dist/) when it is missing or was built from other sources, so `officemate` starts fast. */
function compiledCli() {
  if (builtFromSources(join(root, 'dist', 'BUILT'), join(root, 'src'))) return;
  log('compiling the CLI (esbuild)...');
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) log('the CLI did not compile; it runs from the TypeScript sources instead.');
}

npmDependencies();
webApp();
compiledCli();
if (!process.argv.includes('--npm-only')) systemPackages();
