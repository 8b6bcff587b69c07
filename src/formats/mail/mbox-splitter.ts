/**
 * @module mbox-splitter
 * Cuts an mbox byte stream into raw messages. A message starts at a "From " line that is the
 * first line of the file or follows a blank line (or looks like a ctime separator); the
 * separator line is dropped and mboxrd/mboxo escapes (">From ") are undone. Bytes stay bytes,
 * so any charset survives. Feed chunks with `push`, then call `end`.
 */

const SEPARATOR = Buffer.from('\nFrom ');
/** Matches "From sender Mon Apr 18 14:23:23 2022" style separators that need no blank line before. */
const CTIME_SEPARATOR = /^From \S+\s+\w{3}\s+\w{3}\s+\d{1,2}\s+\d{1,2}:\d{2}(:\d{2})?\s+(\S+\s+)?\d{4}/;
const ESCAPED_FROM = /^>(>*From )/gm;

export class MboxSplitter {
  private buffer: Buffer = Buffer.alloc(0);
  /** Where to resume the separator search in `buffer` (everything before was searched). */
  private searchFrom = 0;
  private started = false;

  /** Adds bytes; returns the messages completed by them. */
  push(chunk: Buffer): Buffer[] {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const out: Buffer[] = [];
    if (!this.started) {
      if (this.buffer.length < 5) return out;
      this.started = true;
    }
    for (;;) {
      const at = this.buffer.indexOf(SEPARATOR, this.searchFrom);
      if (at < 0) {
        this.searchFrom = Math.max(0, this.buffer.length - SEPARATOR.length);
        break;
      }
      const lineEnd = this.buffer.indexOf(0x0a, at + 1);
      if (lineEnd < 0) {
        this.searchFrom = at;
        break;
      }
      if (this.isSeparator(at, lineEnd)) {
        const message = this.buffer.subarray(0, at + 1);
        if (message.length > 0) out.push(unescapeMessage(message));
        this.buffer = this.buffer.subarray(at + 1);
        this.searchFrom = 0;
      } else {
        this.searchFrom = at + 1;
      }
    }
    return out;
  }

  /** Returns the last message, if any. */
  end(): Buffer[] {
    const rest = this.buffer;
    this.buffer = Buffer.alloc(0);
    this.searchFrom = 0;
    return rest.toString('latin1').trim() ? [unescapeMessage(rest)] : [];
  }

  private isSeparator(at: number, lineEnd: number): boolean {
    // `at` is the "\n" that ends the previous line; a blank previous line ends with "\n\n" or "\n\r\n".
    const before = this.buffer[at - 1];
    const blankBefore = at === 0 || before === 0x0a || (before === 0x0d && this.buffer[at - 2] === 0x0a);
    if (blankBefore) return true;
    return CTIME_SEPARATOR.test(this.buffer.subarray(at + 1, Math.min(lineEnd, at + 200)).toString('latin1'));
  }
}

/** Drops the "From " separator line and undoes ">From " quoting. */
function unescapeMessage(message: Buffer): Buffer {
  let text = message.toString('latin1');
  if (text.startsWith('From ')) {
    const newline = text.indexOf('\n');
    text = newline < 0 ? '' : text.slice(newline + 1);
  }
  if (text.includes('>From ')) text = text.replace(ESCAPED_FROM, '$1');
  return Buffer.from(text, 'latin1');
}

/** Splits a whole mbox held in memory. */
export function splitMbox(bytes: Buffer): Buffer[] {
  const splitter = new MboxSplitter();
  return [...splitter.push(bytes), ...splitter.end()];
}
