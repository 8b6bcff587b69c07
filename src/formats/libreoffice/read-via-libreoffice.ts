/**
 * @module read-via-libreoffice
 * OpenDocument (.odt .ods .odp) and legacy binary Office (.doc .xls .ppt) files: LibreOffice
 * converts them headless to docx/xlsx/pptx in a private temporary folder, then our own OOXML
 * reader reads the result. The model records the original format. Without LibreOffice the
 * read fails with converter_missing, whose hint says how to install it.
 */
import { mkdtemp, readFile as readBytes, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fail, OfficemateError } from '../../lib/errors.ts';
import { convertWithLibreOffice } from '../../lib/libreoffice.ts';
import type { FormatId } from '../detect-format.ts';
import type { ParsedFile } from '../model.ts';
import { openZip } from '../ooxml/zip.ts';
import type { Reader, ReaderInput } from '../reader.ts';

type Target = { readonly to: 'docx' | 'xlsx' | 'pptx'; readonly load: () => Promise<Reader> };

const TARGETS: Partial<Record<FormatId, Target>> = {
  odt: { to: 'docx', load: async () => (await import('../docx/read-docx.ts')).readDocx },
  doc: { to: 'docx', load: async () => (await import('../docx/read-docx.ts')).readDocx },
  ods: { to: 'xlsx', load: async () => (await import('../xlsx/read-xlsx.ts')).readXlsx },
  xls: { to: 'xlsx', load: async () => (await import('../xlsx/read-xlsx.ts')).readXlsx },
  odp: { to: 'pptx', load: async () => (await import('../pptx/read-pptx.ts')).readPptx },
  ppt: { to: 'pptx', load: async () => (await import('../pptx/read-pptx.ts')).readPptx },
};

/** Under read-file's 60 s bound for the whole read, leaving time to read the result. */
const CONVERT_TIMEOUT_MS = 55_000;

export const readViaLibreOffice: Reader = async (input: ReaderInput): Promise<ParsedFile> => {
  const target = TARGETS[input.format];
  if (!target) {
    return fail(
      'format_unsupported',
      `${basename(input.path)}: ${input.format} files are not converted through LibreOffice.`,
      { path: input.path },
    );
  }
  const zipped = input.bytes[0] === 0x50 && input.bytes[1] === 0x4b;
  if (zipped && isOdf(input.format)) refuseEncryptedOdf(input);
  const work = await mkdtemp(join(tmpdir(), 'officemate-read-'));
  try {
    // Convert a copy with the right extension: LibreOffice picks its import filter partly by
    // name, and the original may be misnamed or read-only. Flat (non-zip) ODF is .fodt etc.
    const extension = isOdf(input.format) && !zipped ? `f${input.format}` : input.format;
    const source = join(work, `input.${extension}`);
    await writeFile(source, input.bytes);
    let converted: string;
    const started = Date.now();
    try {
      converted = await convertWithLibreOffice(source, {
        to: target.to,
        outDir: join(work, 'out'),
        timeoutMs: CONVERT_TIMEOUT_MS,
      });
    } catch (thrown) {
      if (
        thrown instanceof OfficemateError &&
        thrown.code === 'converter_failed' &&
        Date.now() - started >= CONVERT_TIMEOUT_MS - 1000
      ) {
        return fail(
          'timeout',
          `LibreOffice took longer than ${CONVERT_TIMEOUT_MS / 1000} s to convert ${basename(input.path)}.`,
          {
            hint: 'The machine may be busy or the file unusually large; try again, or convert it to .docx/.xlsx/.pptx yourself.',
            path: input.path,
          },
        );
      }
      if (thrown instanceof OfficemateError && thrown.code === 'converter_failed') {
        return fail(
          'file_corrupt',
          `${basename(input.path)} could not be opened by LibreOffice, so it is damaged, encrypted or not really ${extname(input.path) || input.format}.`,
          {
            hint: 'Open it in LibreOffice or Office to check; if it has a password, remove it and save again.',
            path: input.path,
          },
        );
      }
      throw thrown;
    }
    const bytes = await readBytes(converted);
    const reader = await target.load();
    const parsed = await reader({ ...input, bytes, format: target.to });
    return withFormat(parsed, input.format);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
};

function isOdf(format: FormatId): boolean {
  return format === 'odt' || format === 'ods' || format === 'odp';
}

/** ODF encrypts per entry and records it in the manifest; LibreOffice would only fail later. */
function refuseEncryptedOdf(input: ReaderInput): void {
  const zip = openZip(
    input.bytes,
    input.path,
    input.options.maxExpandedBytes ? { maxExpandedBytes: input.options.maxExpandedBytes } : {},
  );
  const manifest = zip.readText('META-INF/manifest.xml') ?? '';
  if (/<manifest:encryption-data\b/.test(manifest)) {
    fail('file_encrypted', `${basename(input.path)} is a password-protected OpenDocument file.`, {
      hint: 'Open it in LibreOffice, remove the password (File > Properties > Security or Save As without a password), and try again.',
      path: input.path,
    });
  }
}

function withFormat(parsed: ParsedFile, format: string): ParsedFile {
  if (parsed.type === 'document' || parsed.type === 'workbook' || parsed.type === 'presentation')
    return { ...parsed, format };
  return parsed;
}
