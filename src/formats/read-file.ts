/**
 * @module read-file
 * One entry point for every input: detect the format from content, pick its reader, bound
 * the work, and turn anything that goes wrong into a typed error that names the file.
 */
import { readFile as readBytes, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type AppError, OfficemateError, toAppError } from '../lib/errors.ts';
import { failure, type Result, success, type Warning } from '../lib/result.ts';
import { budgetOf, countCharacters, tooComplex } from './budget.ts';
import { detectFormat, type FormatId } from './detect-format.ts';
import type { ParsedFile } from './model.ts';
import type { Reader, ReaderInput, ReadOptions } from './reader.ts';

export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 60_000;

type ReaderLoader = () => Promise<Reader>;

/** Explicit map from format to reader module; modules load lazily so the CLI starts fast. */
const READERS: Partial<Record<FormatId, ReaderLoader>> = {
  docx: async () => (await import('./docx/read-docx.ts')).readDocx,
  xlsx: async () => (await import('./xlsx/read-xlsx.ts')).readXlsx,
  pptx: async () => (await import('./pptx/read-pptx.ts')).readPptx,
  pdf: async () => (await import('./pdf/read-pdf.ts')).readPdf,
  odt: async () => (await import('./libreoffice/read-via-libreoffice.ts')).readViaLibreOffice,
  ods: async () => (await import('./libreoffice/read-via-libreoffice.ts')).readViaLibreOffice,
  odp: async () => (await import('./libreoffice/read-via-libreoffice.ts')).readViaLibreOffice,
  doc: async () => (await import('./libreoffice/read-via-libreoffice.ts')).readViaLibreOffice,
  xls: async () => (await import('./libreoffice/read-via-libreoffice.ts')).readViaLibreOffice,
  ppt: async () => (await import('./libreoffice/read-via-libreoffice.ts')).readViaLibreOffice,
  csv: async () => (await import('./csv/read-csv.ts')).readCsv,
  tsv: async () => (await import('./csv/read-csv.ts')).readCsv,
  md: async () => (await import('./text/read-markdown.ts')).readMarkdown,
  txt: async () => (await import('./text/read-text.ts')).readText,
  html: async () => (await import('./text/read-html.ts')).readHtml,
  eml: async () => (await import('./mail/read-eml.ts')).readEml,
  mbox: async () => (await import('./mail/read-mbox.ts')).readMbox,
  msg: async () => (await import('./mail/read-msg.ts')).readMsg,
  ics: async () => (await import('./calendar/read-ics.ts')).readIcs,
  vcf: async () => (await import('./contacts/read-vcard.ts')).readVcard,
  vtt: async () => (await import('./transcript/read-vtt.ts')).readVtt,
  'qmsum-json': async () => (await import('./transcript/read-qmsum.ts')).readQmsum,
  'chat-json': async () => (await import('./chat/read-chat-json.ts')).readChatJson,
  irc: async () => (await import('./chat/read-irc.ts')).readIrc,
};

export function isReadableFormat(format: FormatId): boolean {
  return format in READERS;
}

/** The typed error for bytes of a format no reader takes (encrypted, a plain zip, unknown). */
export function unreadableFormatError(path: string, format: FormatId): AppError {
  const name = basename(path);
  if (format === 'encrypted-office') {
    return {
      code: 'file_encrypted',
      message: `${name} is password-protected (an encrypted Office file).`,
      hint: 'Open it in Office, remove the password (File > Info > Protect), save, and try again.',
      path,
    };
  }
  if (format === 'zip') {
    return {
      code: 'format_unsupported',
      message: `${name} is a zip archive, but not a Word, Excel, PowerPoint or OpenDocument file.`,
      hint: 'Unpack it and index the files inside.',
      path,
    };
  }
  return {
    code: 'format_unknown',
    message: `${name} is not in a format Officemate can read.`,
    hint: 'Supported: .docx .xlsx .pptx .pdf .odt .ods .odp .doc .xls .ppt .csv .tsv .md .txt .html .eml .mbox .msg .ics .vcf .vtt, QMSum and chat JSON, IRC logs.',
    path,
  };
}

/** Reads a file already in memory. */
export async function readBuffer(
  path: string,
  bytes: Buffer,
  options: ReadOptions = {},
): Promise<Result<ParsedFile>> {
  const name = basename(path);
  if (bytes.length === 0) {
    return failure({
      code: 'file_empty',
      message: `${name} is empty (0 bytes).`,
      hint: 'Check that the file was saved or copied completely.',
      path,
    });
  }
  const format = detectFormat(bytes, path);
  const load = READERS[format];
  if (!load) return failure(unreadableFormatError(path, format));
  try {
    const reader = await load();
    // Readers parse attachments through readNested, so no reader imports this module.
    const warnings: Warning[] = [];
    const input: ReaderInput = {
      path,
      bytes,
      format,
      options: { ...options, readNested: options.readNested ?? readBuffer },
      warn: (warning) => warnings.push(warning),
    };
    const budget = budgetOf(options.budget);
    let parsed = await withTimeout(reader(input), Math.min(DEFAULT_TIMEOUT_MS, budget.wallMs), name);
    if (parsed.type === 'document' && format === 'docx') parsed = await maybeTeamsTranscript(parsed);
    if (countCharacters(parsed, budget.textCharacters) > budget.textCharacters)
      tooComplex(
        path,
        `its text passes ${budget.textCharacters} characters`,
        `${budget.textCharacters} characters`,
      );
    return success(parsed, warnings);
  } catch (thrown) {
    const error = toAppError(thrown);
    if (error.code === 'internal') {
      return failure({
        code: 'file_corrupt',
        message: `${name} could not be read as ${format}: ${error.message}`,
        hint: 'The file may be damaged or not what its name says. Re-export it from the program that made it.',
        path,
        cause: error.cause,
      });
    }
    return failure(error.path ? error : { ...error, path });
  }
}

/** A Word file that is a Teams meeting transcript reads as a Transcript. */
async function maybeTeamsTranscript(document: ParsedFile): Promise<ParsedFile> {
  if (document.type !== 'document') return document;
  try {
    const { transcriptFromDocument } = await import('./transcript/read-teams-docx.ts');
    return transcriptFromDocument(document) ?? document;
  } catch (thrown) {
    if (thrown instanceof OfficemateError) throw thrown;
    return document;
  }
}

/** Reads any supported file from disk into its typed model. */
export async function readFile(path: string, options: ReadOptions = {}): Promise<Result<ParsedFile>> {
  const name = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      const { readMaildir, isMaildir } = await import('./mail/read-maildir.ts');
      if (await isMaildir(path)) return success(await readMaildir(path, options));
      return failure({
        code: 'bad_usage',
        message: `${name} is a folder, not a file.`,
        hint: 'Use `officemate index` for folders.',
        path,
      });
    }
    size = info.size;
  } catch (thrown) {
    if (thrown instanceof OfficemateError) return failure(thrown.error);
    const code = (thrown as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return failure({
        code: 'file_not_found',
        message: `${path} does not exist.`,
        hint: 'Check the path.',
        path,
      });
    return failure({
      code: 'file_unreadable',
      message: `${path} cannot be read (${code ?? 'error'}).`,
      hint: 'Check its permissions.',
      path,
    });
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) {
    return failure({
      code: 'file_too_large',
      message: `${name} is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one file.`,
      hint: 'Split the file, or raise the limit with --max-bytes. Mailboxes stream: use `officemate index` for large mbox files.',
      path,
    });
  }
  let bytes: Buffer;
  try {
    bytes = await readBytes(path);
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    return failure({
      code: 'file_unreadable',
      message: `${path} cannot be read (${code ?? 'error'}).`,
      hint: 'Check its permissions.',
      path,
    });
  }
  return readBuffer(path, bytes, options);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}

async function withTimeout<T>(work: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new OfficemateError({
            code: 'timeout',
            message: `Reading ${name} took longer than ${ms / 1000} s.`,
            hint: 'The file may be malformed or unusually large.',
          }),
        ),
      ms,
    );
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** For readers: throw a typed error about this file (kept here for existing callers). */
export { failFile } from './fail-file.ts';
