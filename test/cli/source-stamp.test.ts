import { cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtFromSources, builtText } from '../../bin/source-stamp.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A checkout with two source files written at the given time, and its dist/BUILT written after them. */
function checkout(sourceTime: Date): string {
  const root = mkdtempSync(join(tmpdir(), 'officemate-stamp-'));
  folders.push(root);
  mkdirSync(join(root, 'src', 'lib'), { recursive: true });
  for (const name of ['main.ts', 'lib/text.ts']) {
    const path = join(root, 'src', name);
    writeFileSync(path, `export const name = '${name}';\n`);
    utimesSync(path, sourceTime, sourceTime);
  }
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'BUILT'), builtText(join(root, 'src')));
  return root;
}

describe('the compiled CLI is used only for the sources it was built from', () => {
  it('takes a dist/ built from the sources as they are', () => {
    const root = checkout(new Date('2026-01-05T10:00:00Z'));
    expect(builtFromSources(join(root, 'dist', 'BUILT'), join(root, 'src'))).toBe(true);
  });

  it('does not take it once a source file is edited', () => {
    const root = checkout(new Date('2026-01-05T10:00:00Z'));
    const edited = join(root, 'src', 'lib', 'text.ts');
    writeFileSync(edited, "export const name = 'changed';\n");
    utimesSync(edited, new Date('2026-01-05T11:00:00Z'), new Date('2026-01-05T11:00:00Z'));
    expect(builtFromSources(join(root, 'dist', 'BUILT'), join(root, 'src'))).toBe(false);
  });

  it('does not take it when a source file is added or removed', () => {
    const root = checkout(new Date('2026-01-05T10:00:00Z'));
    const added = join(root, 'src', 'lib', 'old.ts');
    writeFileSync(added, 'export {};\n');
    utimesSync(added, new Date('2025-06-01T00:00:00Z'), new Date('2025-06-01T00:00:00Z'));
    expect(builtFromSources(join(root, 'dist', 'BUILT'), join(root, 'src'))).toBe(false);
  });

  it('does not take a dist/ copied beside another checkout, though the copy is newer than every source', () => {
    const built = checkout(new Date('2026-01-05T10:00:00Z'));
    const other = checkout(new Date('2026-01-06T09:00:00Z'));
    rmSync(join(other, 'dist'), { recursive: true });
    cpSync(join(built, 'dist'), join(other, 'dist'), { recursive: true });
    expect(builtFromSources(join(other, 'dist', 'BUILT'), join(other, 'src'))).toBe(false);
  });

  it('does not take a dist/ without its stamp', () => {
    const root = checkout(new Date('2026-01-05T10:00:00Z'));
    writeFileSync(join(root, 'dist', 'BUILT'), '2026-01-05T12:00:00.000Z\n');
    expect(builtFromSources(join(root, 'dist', 'BUILT'), join(root, 'src'))).toBe(false);
    rmSync(join(root, 'dist', 'BUILT'));
    expect(builtFromSources(join(root, 'dist', 'BUILT'), join(root, 'src'))).toBe(false);
  });
});
