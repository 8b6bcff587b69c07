/**
 * @module decode-text
 * Bytes of a text file into a string: BOMs (UTF-8, UTF-16 LE/BE) honoured, UTF-8 by default,
 * windows-1252 when the bytes are not valid UTF-8. Line endings become "\n".
 */

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes.subarray(start));
    }
  }
  return text.replace(/\r\n?/g, '\n');
}

/** 1-based line numbers for character offsets. */
export function lineIndex(text: string): (offset: number) => number {
  const starts: number[] = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1))
    starts.push(index + 1);
  return (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
