/**
 * Fuzz pass over the readers with mutations of real corpus files: truncation, bit flips,
 * zip entries that lie about their size, and deeply nested XML. Every read ends in a result
 * (success, or a typed input error that names the file), never a throw, a hang or a crash.
 * Bounded in time, seeded so failures replay.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentXml, minimalDocx } from '../../src/formats/ooxml/test-zip.ts';
import { readBuffer } from '../../src/formats/read-file.ts';
import { isInputError } from '../../src/lib/errors.ts';
import { CORPUS } from '../helpers/paths.ts';

const SAMPLES = [
  'office/docx/tika_testWORD.docx',
  'office/docx/pandoc_unicode.docx',
  'office/docx/docx4j_tables.docx',
  'office/xlsx/sheetjs_1904.xlsx',
  'office/xlsx/poi_Tables.xlsx',
  'office/pptx/poi_table_test2.pptx',
  'office/pptx/tika_testPPT_comment.pptx',
].map((path) => ({ name: path.split('/').pop() as string, bytes: readFileSync(join(CORPUS, path)) }));

type Mutation = (bytes: Buffer) => Buffer;

const truncate = fc
  .double({ min: 0, max: 1, noNaN: true })
  .map<Mutation>((fraction) => (bytes) => bytes.subarray(0, Math.floor(bytes.length * fraction)));
const flipBits = fc
  .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 7 })), {
    minLength: 1,
    maxLength: 16,
  })
  .map<Mutation>((flips) => (bytes) => {
    const out = Buffer.from(bytes);
    for (const [where, bit] of flips) {
      const at = Math.min(out.length - 1, Math.floor(where * out.length));
      out[at] = (out[at] as number) ^ (1 << bit);
    }
    return out;
  });
/** Rewrites the uncompressed size of some central-directory entries (and their local headers). */
const sizeLies = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom(0, 1, 0x7fffffff, 0xffffffff, 10, 1 << 20))
  .map<Mutation>(([which, size]) => (bytes) => {
    const out = Buffer.from(bytes);
    let seen = 0;
    for (
      let at = out.indexOf(0x02014b50 & 0xff);
      at >= 0 && at + 46 <= out.length;
      at = out.indexOf(0x50, at + 1)
    ) {
      if (out.readUInt32LE(at) !== 0x02014b50) continue;
      if (seen++ % 41 !== which % 41 && which !== 40) continue;
      out.writeUInt32LE(size >>> 0, at + 24);
      const local = out.readUInt32LE(at + 42);
      if (local + 30 <= out.length && out.readUInt32LE(local) === 0x04034b50)
        out.writeUInt32LE(size >>> 0, local + 22);
    }
    return out;
  });
const mutation = fc.oneof(truncate, flipBits, sizeLies);

async function readsSafely(name: string, bytes: Buffer): Promise<void> {
  const result = await readBuffer(name, bytes);
  if (!result.success) {
    expect(isInputError(result.error) || result.error.code === 'timeout').toBe(true);
    expect(result.error.message).toContain(name.split('.')[0]);
  }
}

describe('reader fuzz', () => {
  it('reads mutated corpus files to a result or a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SAMPLES), mutation, async (sample, mutate) => {
        await readsSafely(sample.name, mutate(sample.bytes));
      }),
      { seed: 17, numRuns: 300, interruptAfterTimeLimit: 8000 },
    );
  });

  it('reads deeply nested XML to a result or a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 100, max: 100_000 }),
        fc.constantFrom('w:tbl><w:tr><w:tc', 'w:p><w:r', 'w:sdt><w:sdtContent', 'x'),
        async (depth, tag) => {
          const [open, close] = [`<${tag}>`, `</${tag.split('><').reverse().join('></')}>`];
          const inner = `${open.repeat(depth)}<w:t>deep</w:t>${close.repeat(depth)}`;
          const xml = documentXml(['start']).replace('</w:body>', `${inner}</w:body>`);
          await readsSafely('nested.docx', minimalDocx(xml));
        },
      ),
      { seed: 17, numRuns: 12, interruptAfterTimeLimit: 8000 },
    );
  });
});
