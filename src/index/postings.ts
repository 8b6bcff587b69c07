/**
 * @module postings
 * The inverted index, stored per (term, file): one row holds a file header and, for every
 * chunk of that file containing the term, three little-endian uint32 words: the chunk id, its
 * packed field term frequencies and its packed field lengths. The header (three words too)
 * is the file's id, its packed title and people lengths and its body length, so a row is also
 * the file's own posting: its chunks' frequencies summed are the file's. Replacing or removing
 * a file replaces its rows only, so updates stay local; a search reads one row per file that
 * has the term and needs nothing else to score chunks and files.
 */
import { analyze } from './analyze.ts';

/** The fields ranked by BM25F. */
export type FieldTerms = { readonly title: string; readonly body: string; readonly people: string };

/** Term frequencies and lengths of one chunk's fields. */
export type ChunkTerms = {
  /** term -> packed tf (title 8 bits | people 8 bits << 8 | body 16 bits << 16). */
  readonly tf: Map<string, number>;
  /** packed lengths, same layout. */
  readonly lengths: number;
  readonly titleLength: number;
  readonly bodyLength: number;
  readonly peopleLength: number;
};

export type PostingRow = { readonly term: string; readonly data: Buffer };

/** Words (uint32) per posting, and the header's words at the start of every row. */
export const POSTING_WORDS = 3;
export const HEADER_WORDS = 3;
export const HEADER_BYTES = HEADER_WORDS * 4;

/**
 * A file seen as one document: each chunk repeats the file's title and people, so those count
 * once (the longest chunk's), while bodies add up.
 */
export type FileLengths = {
  readonly titleLength: number;
  readonly bodyLength: number;
  readonly peopleLength: number;
};

/** The lengths of a file made of these chunks (see FileLengths). */
export function fileLengths(chunks: readonly FileLengths[]): FileLengths {
  let titleLength = 0;
  let bodyLength = 0;
  let peopleLength = 0;
  for (const chunk of chunks) {
    titleLength = Math.max(titleLength, chunk.titleLength);
    peopleLength = Math.max(peopleLength, chunk.peopleLength);
    bodyLength += chunk.bodyLength;
  }
  return { titleLength, bodyLength, peopleLength };
}

/**
 * The three header words of a file's rows (`quoted`: of its quoted messages' rows). `items` marks a file of separate items (a mailbox, a
 * calendar, an address book, a chat log): each item is a document of its own, so each chunk
 * adds its own score as a document in place of the file's (rank.ts).
 */
export function fileHeader(fileId: number, lengths: FileLengths, items = false, quoted = false): Buffer {
  const words = new Uint32Array([
    fileId,
    pack(lengths.titleLength, lengths.peopleLength, (items ? ITEMS_FLAG : 0) | (quoted ? QUOTED_FLAG : 0)),
    lengths.bodyLength,
  ]);
  return Buffer.from(words.buffer);
}

/** Chunk types that are items of their own, whatever file holds them. */
export const ITEM_CHUNK_TYPES = ['email', 'event', 'contact', 'chat'] as const;

/** SQL over a `files` row: true when its chunks are several items (for headers rebuilt by a migration). */
export const ITEMS_FILE_SQL = `(SELECT count(*) > 1 AND sum(CASE WHEN type IN (${ITEM_CHUNK_TYPES.map((type) => `'${type}'`).join(', ')}) THEN 0 ELSE 1 END) = 0 FROM chunks WHERE chunks.file_id = files.id)`;

/** A file's item count (`FileRecord.items`) from its chunks' types. */
export function itemCount(types: readonly string[]): number {
  if (types.length > 1 && types.every((type) => (ITEM_CHUNK_TYPES as readonly string[]).includes(type)))
    return types.length;
  return types.length > 0 ? 1 : 0;
}

/** Set in the body bits of a header's second word when the file is a set of separate items. */
export const ITEMS_FLAG = 1;
/**
 * Set in the body bits of a header's second word on the rows of a file's quoted messages
 * (quoted-chunks.ts). Those rows are kept under their own terms (`quotedTerm`), so a search reads
 * them only when it takes quoted history; where it does, they count in no document frequency and
 * in no file's score as one document, so quoted history changes no score of new text.
 */
export const QUOTED_FLAG = 2;

/** The key a quoted message's postings of `term` are kept under (no analysed term starts with this mark). */
export function quotedTerm(term: string): string {
  return `\u0002${term}`;
}

/** True when a header's second word marks the rows of quoted messages. */
export function isQuotedRow(packedLengths: number): boolean {
  return ((packedLengths >>> 16) & QUOTED_FLAG) !== 0;
}

/** The postings of new text in a row (a row of quoted messages has none): what a document frequency counts. */
export function newTextPostings(row: Uint8Array): number {
  return isQuotedRow(decodePostings(row)[1]!) ? 0 : rowPostings(row.byteLength);
}

/** True when a header's second word marks a file of separate items. */
export function isItemsFile(packedLengths: number): boolean {
  return ((packedLengths >>> 16) & ITEMS_FLAG) !== 0;
}

/** A copy of a posting row with its header marking the file as a set of separate items. */
export function markItems(row: Uint8Array): Buffer {
  const copy = Buffer.from(row);
  const words = new Uint32Array(copy.buffer, copy.byteOffset, HEADER_WORDS);
  words[1] = (words[1]! | (ITEMS_FLAG << 16)) >>> 0;
  return copy;
}

const clamp = (value: number, max: number) => (value > max ? max : value);

export function pack(title: number, people: number, body: number): number {
  return (clamp(title, 255) | (clamp(people, 255) << 8) | (clamp(body, 65535) << 16)) >>> 0;
}

export function unpackTitle(packed: number): number {
  return packed & 255;
}
export function unpackPeople(packed: number): number {
  return (packed >>> 8) & 255;
}
export function unpackBody(packed: number): number {
  return packed >>> 16;
}

/**
 * Counts each term of a field into its packed frequency, one field at a time: a count stops at
 * its field's largest value, as `pack` clamps it, so no unpacked counts are kept.
 */
function countField(tf: Map<string, number>, terms: readonly string[], shift: number, max: number): number {
  const one = 2 ** shift;
  for (const term of terms) {
    const packed = tf.get(term) ?? 0;
    if (((packed >>> shift) & max) < max) tf.set(term, packed + one);
  }
  return terms.length;
}

/** Analyses the three fields of a chunk. */
export function chunkTerms(fields: FieldTerms): ChunkTerms {
  const tf = new Map<string, number>();
  const titleLength = countField(tf, analyze(fields.title), 0, 255);
  const peopleLength = countField(tf, analyze(fields.people), 8, 255);
  const bodyLength = countField(tf, analyze(fields.body), 16, 65535);
  return { tf, lengths: pack(titleLength, peopleLength, bodyLength), titleLength, bodyLength, peopleLength };
}

/** Builds the posting rows of one file from its chunks (ids already assigned), each after the file's header. */
export function encodePostings(
  chunks: readonly { readonly id: number; readonly terms: ChunkTerms }[],
  header: Buffer,
): PostingRow[] {
  // Two passes: count postings per term, then fill one exact-size array per term.
  const counts = new Map<string, number>();
  for (const { terms } of chunks)
    for (const term of terms.tf.keys()) counts.set(term, (counts.get(term) ?? 0) + 1);
  const buffers = new Map<string, { words: Uint32Array; at: number }>();
  const head = decodePostings(header);
  for (const [term, count] of counts) {
    const words = new Uint32Array(HEADER_WORDS + count * POSTING_WORDS);
    words.set(head);
    buffers.set(term, { words, at: HEADER_WORDS });
  }
  for (const { id, terms } of chunks) {
    for (const [term, tf] of terms.tf) {
      const target = buffers.get(term)!;
      target.words[target.at] = id;
      target.words[target.at + 1] = tf;
      target.words[target.at + 2] = terms.lengths;
      target.at += 3;
    }
  }
  const rows: PostingRow[] = [];
  for (const [term, { words }] of buffers)
    rows.push({ term, data: Buffer.from(words.buffer, words.byteOffset, words.byteLength) });
  // In term order, the order of the store's key, so each insert lands next to the one before.
  return rows.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

/**
 * Posting rows encoded before their file and chunks had ids (`encodePostings` with each chunk's
 * position as its id, and file id 0), as copies carrying the real ids: the chunk at position i
 * gets `ids[i]`. Encoding early lets a file's term maps go as soon as it is analysed.
 */
export function withIds(rows: readonly PostingRow[], ids: readonly number[], fileId: number): PostingRow[] {
  return rows.map(({ term, data }) => {
    const copy = Buffer.from(data);
    const words = new Uint32Array(copy.buffer, copy.byteOffset, copy.byteLength >>> 2);
    words[0] = fileId;
    for (let at = HEADER_WORDS; at < words.length; at += POSTING_WORDS) words[at] = ids[words[at]!]!;
    return { term, data: copy };
  });
}

/** A view of a posting row as uint32 words, header included (copies when the buffer is not 4-byte aligned). */
export function decodePostings(data: Uint8Array): Uint32Array {
  if (data.byteOffset % 4 === 0) return new Uint32Array(data.buffer, data.byteOffset, data.byteLength >>> 2);
  return new Uint32Array(Uint8Array.prototype.slice.call(data).buffer);
}

/** The file id in a row's header. */
export function rowFileId(view: Uint32Array): number {
  return view[0]!;
}

/** Chunks in a posting row of `bytes` bytes (its header aside). */
export function rowPostings(bytes: number): number {
  return (bytes - HEADER_BYTES) / (POSTING_WORDS * 4);
}
