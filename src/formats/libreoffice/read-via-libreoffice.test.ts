import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, STRICT } from '../../../test/helpers/paths.ts';
import { findLibreOffice } from '../../lib/libreoffice.ts';
import { buildZip } from '../ooxml/test-zip.ts';
import { readBuffer, readFile } from '../read-file.ts';

const OTHER = join(CORPUS, 'office', 'other');
const withLibreOffice = findLibreOffice() !== undefined || STRICT ? it : it.skip;

describe('ODF and legacy Office through LibreOffice', () => {
  withLibreOffice(
    'reads a legacy .doc as a Document that remembers its format',
    async () => {
      const result = await readFile(join(OTHER, 'tika_testWORD.doc'));
      expect(result.success, result.success ? '' : result.error.message).toBe(true);
      if (!result.success || result.data.type !== 'document') return;
      expect(result.data.format).toBe('doc');
      const headings = result.data.blocks
        .filter((block) => block.kind === 'heading')
        .map((block) => ('text' in block ? block.text : ''));
      expect(headings).toEqual(
        expect.arrayContaining(['Heading Level 1', 'Heading Level 2', 'Heading Level 3']),
      );
      expect(result.data.blocks.some((block) => block.kind === 'table')).toBe(true);
    },
    120_000,
  );

  withLibreOffice(
    'reads an .ods spreadsheet as a Workbook with its sheets and merges',
    async () => {
      const result = await readFile(join(OTHER, 'phpspreadsheet_MergeRangeTest.ods'));
      expect(result.success, result.success ? '' : result.error.message).toBe(true);
      if (!result.success || result.data.type !== 'workbook') return;
      expect(result.data.format).toBe('ods');
      expect(result.data.sheets.length).toBeGreaterThan(0);
      expect(result.data.sheets.flatMap((sheet) => sheet.merges).length).toBeGreaterThan(0);
    },
    120_000,
  );

  withLibreOffice(
    'reads no page number out of an .odt footer, nor a chapter-page number out of a .doc one',
    async () => {
      const footers = async (name: string) => {
        const result = await readFile(join(OTHER, name));
        if (!result.success || result.data.type !== 'document') throw new Error(`${name} does not read`);
        return result.data.blocks.filter((block) => block.kind === 'note' && block.noteKind === 'footer');
      };
      // Before: a footer note "1" (pandoc_unicode.odt, a PAGE field) and "III-15" (poi_Bug50936_1.doc).
      expect(await footers('pandoc_unicode.odt')).toEqual([]);
      expect(await footers('poi_Bug50936_1.doc')).toEqual([]);
    },
    240_000,
  );

  it('refuses a password-protected OpenDocument file before converting it', async () => {
    const manifest = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x"/></manifest:encryption-data></manifest:file-entry></manifest:manifest>`;
    const bytes = buildZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
      { name: 'META-INF/manifest.xml', data: manifest },
      { name: 'content.xml', data: 'not really encrypted bytes' },
    ]);
    const result = await readBuffer('secret.odt', bytes);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('file_encrypted');
      expect(result.error.message).toContain('secret.odt');
    }
  });
});
