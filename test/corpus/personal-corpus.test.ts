import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../src/formats/model.ts';
import { readFile } from '../../src/formats/read-file.ts';
import { CORPUS } from '../helpers/paths.ts';
import { PERSONAL_NOW, PERSONAL_OUTCOMES } from './personal-outcomes.ts';

const FOLDERS = ['calendar', 'contacts', 'email'];
const LIMIT_MS = 10_000;

function walk(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(CORPUS, path)];
    });
}

const files = FOLDERS.flatMap((folder) => walk(join(CORPUS, folder)));

function count(model: ParsedFile): number {
  switch (model.type) {
    case 'calendar':
      return model.events.length;
    case 'contacts':
      return model.contacts.length;
    case 'mailbox':
      return model.messages.length;
    case 'document':
      return model.blocks.length;
    case 'workbook':
      return model.sheets.length;
    case 'presentation':
      return model.slides.length;
    case 'transcript':
      return model.turns.length;
    case 'chat':
      return model.messages.length;
  }
}

const observed: Record<string, string> = {};

describe('personal-data corpus (calendar, contacts, email)', () => {
  it('pins an outcome for every file, and none for a file that is gone', () => {
    expect(files.length).toBeGreaterThan(150);
    expect([...files].sort()).toEqual(Object.keys(PERSONAL_OUTCOMES).sort());
  });

  for (const file of files) {
    it(`${file} → ${PERSONAL_OUTCOMES[file]}`, async () => {
      const started = performance.now();
      const result = await readFile(join(CORPUS, file), { now: new Date(PERSONAL_NOW) });
      const elapsed = performance.now() - started;
      const outcome = result.success
        ? `ok:${result.data.type}:${count(result.data)}`
        : `error:${result.error.code}`;
      observed[file] = outcome;
      if (!result.success) {
        expect(result.error.message).toContain(file.split('/').at(-1));
        expect(result.error.hint).toBeTruthy();
      }
      expect(outcome, result.success ? '' : result.error.message).toBe(PERSONAL_OUTCOMES[file]);
      expect(elapsed).toBeLessThan(LIMIT_MS);
    }, 30_000);
  }

  it('reads all 4,264 Enron messages, as the corpus documents', () => {
    const messages = Object.entries(observed)
      .filter(([file]) => file.endsWith('.mbox'))
      .reduce((sum, [, outcome]) => sum + Number(outcome.split(':')[2] ?? 0), 0);
    expect(messages).toBe(4264);
    if (process.env.UPDATE_PINS) {
      process.stderr.write(
        `${Object.entries(observed)
          .map(([file, outcome]) => `  '${file}': '${outcome}',`)
          .join('\n')}\n`,
      );
    }
  });
});
