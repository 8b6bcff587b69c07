/**
 * @module zip
 * A bounded zip reader for Office packages. It reads the central directory itself, so it can
 * refuse an archive before inflating anything: encrypted entries, declared sizes over the
 * budget, and compression ratios no real document reaches. Entries inflate lazily with a hard
 * output limit, so an entry that lies about its size stops at the lie.
 */

import { basename } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { fail } from '../../lib/errors.ts';

export const DEFAULT_MAX_EXPANDED_BYTES = 1024 * 1024 * 1024;
/** Entries larger than this are checked against MAX_RATIO. */
const RATIO_CHECK_FLOOR = 16 * 1024 * 1024;
/** Real Office parts rarely compress better than ~100:1; deflate's ceiling is ~1032:1. */
export const DEFAULT_MAX_RATIO = 500;
const MAX_ENTRIES = 50_000;

export type ZipEntry = {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
};

export type ZipLimits = {
  /** Total bytes all inflated entries may add up to (default 1 GiB). */
  readonly maxExpandedBytes?: number;
  /** Largest expanded/compressed ratio for a large entry (default 500). */
  readonly maxRatio?: number;
};

export type ZipArchive = {
  readonly entries: readonly ZipEntry[];
  /** Looks an entry up by name, case-insensitively, with or without a leading slash. */
  find(name: string): ZipEntry | undefined;
  has(name: string): boolean;
  /** The entry's bytes, inflated within the budget; undefined when absent. */
  read(name: string): Uint8Array | undefined;
  /** The entry as UTF-8 (or UTF-16 with a BOM) text; undefined when absent. */
  readText(name: string): string | undefined;
  /** Bytes inflated so far. */
  readonly expandedBytes: number;
};

const EOCD_SIGNATURE = 0x06054b50;
const EOCD64_LOCATOR_SIGNATURE = 0x07064b50;
const EOCD64_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function normalize(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

function corrupt(path: string, detail: string): never {
  return fail('file_corrupt', `${basename(path)} is not a readable zip package: ${detail}.`, {
    hint: 'The file may be truncated or damaged. Open it in Office or LibreOffice and save it again, or get a fresh copy.',
    path,
  });
}

function bomb(path: string, detail: string): never {
  return fail('zip_bomb', `${basename(path)} was refused: ${detail}.`, {
    hint: 'This looks like a zip bomb or a damaged archive. If the file is genuine, raise the limit with maxExpandedBytes.',
    path,
  });
}

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 65535);
  for (let offset = view.byteLength - 22; offset >= min; offset--) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  return -1;
}

function zip64Extra(
  view: DataView,
  start: number,
  length: number,
  need: { size: boolean; compressed: boolean; offset: boolean },
) {
  const out: { size?: number; compressed?: number; offset?: number } = {};
  let cursor = start;
  const end = start + length;
  while (cursor + 4 <= end) {
    const id = view.getUint16(cursor, true);
    const size = view.getUint16(cursor + 2, true);
    if (id === 0x0001) {
      let field = cursor + 4;
      const next = (): number | undefined => {
        if (field + 8 > cursor + 4 + size) return undefined;
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (need.size) out.size = next();
      if (need.compressed) out.compressed = next();
      if (need.offset) out.offset = next();
      return out;
    }
    cursor += 4 + size;
  }
  return out;
}

/** Opens a zip archive held in memory. Throws file_corrupt, file_encrypted or zip_bomb. */
export function openZip(bytes: Uint8Array, path: string, limits: ZipLimits = {}): ZipArchive {
  const maxExpanded = limits.maxExpandedBytes ?? DEFAULT_MAX_EXPANDED_BYTES;
  const maxRatio = limits.maxRatio ?? DEFAULT_MAX_RATIO;
  if (bytes.byteLength < 22) corrupt(path, `only ${bytes.byteLength} bytes, too short for a zip archive`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0)
    corrupt(
      path,
      'the end of the archive (its central directory) is missing, so the file is probably truncated',
    );

  let count = view.getUint16(eocd + 10, true);
  let directorySize = view.getUint32(eocd + 12, true);
  let directoryOffset = view.getUint32(eocd + 16, true);
  if (
    (count === 0xffff || directoryOffset === 0xffffffff) &&
    eocd >= 20 &&
    view.getUint32(eocd - 20, true) === EOCD64_LOCATOR_SIGNATURE
  ) {
    const eocd64 = Number(view.getBigUint64(eocd - 20 + 8, true));
    if (eocd64 + 56 > bytes.byteLength || view.getUint32(eocd64, true) !== EOCD64_SIGNATURE)
      corrupt(path, 'the zip64 directory record is damaged');
    count = Number(view.getBigUint64(eocd64 + 32, true));
    directorySize = Number(view.getBigUint64(eocd64 + 40, true));
    directoryOffset = Number(view.getBigUint64(eocd64 + 48, true));
  }
  if (count > MAX_ENTRIES) bomb(path, `it lists ${count} entries (limit ${MAX_ENTRIES})`);
  // Data prepended to the archive (self-extractors) shifts every offset by the same amount.
  let shift = 0;
  const expectedStart = eocd - directorySize;
  const signatureAt = (at: number) =>
    at >= 0 && at + 4 <= bytes.byteLength && view.getUint32(at, true) === CENTRAL_SIGNATURE;
  if (!signatureAt(directoryOffset) && expectedStart > directoryOffset && signatureAt(expectedStart))
    shift = expectedStart - directoryOffset;
  if (directoryOffset + shift + directorySize > bytes.byteLength)
    corrupt(path, 'the central directory points past the end of the file');

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let cursor = directoryOffset + shift;
  let declaredTotal = 0;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (cursor + 46 > bytes.byteLength || view.getUint32(cursor, true) !== CENTRAL_SIGNATURE) {
      corrupt(path, `central directory entry ${i + 1} of ${count} is damaged`);
    }
    const flags = view.getUint16(cursor + 8, true);
    const method = view.getUint16(cursor + 10, true);
    let compressedSize = view.getUint32(cursor + 20, true);
    let size = view.getUint32(cursor + 24, true);
    const nameLength = view.getUint16(cursor + 28, true);
    const extraLength = view.getUint16(cursor + 30, true);
    const commentLength = view.getUint16(cursor + 32, true);
    let localHeaderOffset = view.getUint32(cursor + 42, true);
    const nameStart = cursor + 46;
    if (nameStart + nameLength + extraLength > bytes.byteLength)
      corrupt(path, `central directory entry ${i + 1} runs past the end of the file`);
    const name = decoder.decode(bytes.subarray(nameStart, nameStart + nameLength));
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      const extra = zip64Extra(view, nameStart + nameLength, extraLength, {
        size: size === 0xffffffff,
        compressed: compressedSize === 0xffffffff,
        offset: localHeaderOffset === 0xffffffff,
      });
      size = extra.size ?? size;
      compressedSize = extra.compressed ?? compressedSize;
      localHeaderOffset = extra.offset ?? localHeaderOffset;
    }
    const entry: ZipEntry = {
      name,
      method,
      encrypted: (flags & 1) === 1,
      compressedSize,
      size,
      localHeaderOffset: localHeaderOffset + shift,
    };
    cursor = nameStart + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (entry.encrypted) {
      fail('file_encrypted', `${basename(path)} contains an encrypted entry (${name}).`, {
        hint: 'Remove the password in the program that made the file, save it again, and retry.',
        path,
      });
    }
    declaredTotal += size;
    if (declaredTotal > maxExpanded) {
      bomb(path, `its entries would expand to more than ${Math.round(maxExpanded / 1024 / 1024)} MiB`);
    }
    if (size > RATIO_CHECK_FLOOR && size / Math.max(1, compressedSize) > maxRatio) {
      bomb(
        path,
        `entry ${name} expands ${Math.round(size / Math.max(1, compressedSize))}:1 (limit ${maxRatio}:1)`,
      );
    }
    entries.push(entry);
    byName.set(normalize(name), entry);
  }

  let expanded = 0;
  const inflate = (entry: ZipEntry): Uint8Array => {
    const offset = entry.localHeaderOffset;
    if (offset + 30 > bytes.byteLength || view.getUint32(offset, true) !== LOCAL_SIGNATURE) {
      corrupt(path, `the data of ${entry.name} is missing or damaged`);
    }
    const dataStart = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > bytes.byteLength) corrupt(path, `${entry.name} is cut off (the file is truncated)`);
    const data = bytes.subarray(dataStart, dataEnd);
    const budget = maxExpanded - expanded;
    if (entry.size > budget)
      bomb(
        path,
        `reading ${entry.name} would pass the ${Math.round(maxExpanded / 1024 / 1024)} MiB expansion limit`,
      );
    let out: Uint8Array;
    if (entry.method === 0) {
      out = data;
    } else if (entry.method === 8) {
      if (entry.size === 0) return new Uint8Array(0);
      try {
        out = inflateRawSync(data, { maxOutputLength: entry.size });
      } catch (thrown) {
        const code = (thrown as NodeJS.ErrnoException).code;
        if (code === 'ERR_BUFFER_TOO_LARGE')
          bomb(path, `${entry.name} expands past its declared size of ${entry.size} bytes`);
        corrupt(path, `${entry.name} cannot be decompressed (${(thrown as Error).message})`);
      }
    } else {
      return fail(
        'format_unsupported',
        `${basename(path)}: ${entry.name} uses zip compression method ${entry.method}, which Officemate does not read.`,
        {
          hint: 'Save the file again from Office or LibreOffice, which use standard compression.',
          path,
        },
      );
    }
    expanded += out.byteLength;
    return out;
  };

  const find = (name: string) => byName.get(normalize(name));
  return {
    entries,
    find,
    has: (name) => find(name) !== undefined,
    read: (name) => {
      const entry = find(name);
      return entry ? inflate(entry) : undefined;
    },
    readText: (name) => {
      const entry = find(name);
      return entry ? decodeText(inflate(entry)) : undefined;
    },
    get expandedBytes() {
      return expanded;
    },
  };
}

/** Decodes XML bytes: UTF-8 by default, UTF-16 when a byte-order mark says so. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
