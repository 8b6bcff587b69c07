/**
 * @module sse
 * Server-sent events (WHATWG HTML §9.2 "Server-sent events"): reads a byte stream and
 * yields the `data` payload of each event. Enough for OpenAI-style streams, which only use
 * `data:` lines and end with `data: [DONE]`.
 */

/** Yields each event's data (multi-line data joined with "\n"); comments and other fields are skipped. */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>): AsyncIterable<string> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let buffer = '';
  try {
    while (true) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let boundary = findBoundary(buffer);
      while (boundary) {
        const data = dataOf(buffer.slice(0, boundary.index));
        buffer = buffer.slice(boundary.index + boundary.length);
        if (data !== undefined) yield data;
        boundary = findBoundary(buffer);
      }
    }
    const rest = dataOf(buffer + decoder.decode());
    if (rest !== undefined) yield rest;
  } finally {
    reader.releaseLock();
  }
}

function findBoundary(buffer: string): { index: number; length: number } | undefined {
  const match = /\r\n\r\n|\n\n|\r\r/.exec(buffer);
  return match ? { index: match.index, length: match[0].length } : undefined;
}

function dataOf(block: string): string | undefined {
  const lines = block.split(/\r\n|\n|\r/).filter((line) => line.startsWith('data:'));
  if (lines.length === 0) return undefined;
  return lines.map((line) => line.slice(5).replace(/^ /, '')).join('\n');
}
