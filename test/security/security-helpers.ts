/** Helpers for the security tests: requests that seem to come over a real socket. */

/** The `env` @hono/node-server passes: a socket with these peer and local addresses. */
export function fromSocket(remoteAddress: string, localAddress = '127.0.0.1') {
  return { incoming: { socket: { remoteAddress, localAddress } } };
}

export function jsonPost(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/**
 * A body of `total` bytes made on demand in 64 KiB pieces; `pulled()` says how many bytes
 * the server actually read, so a test can tell whether it buffered the whole body.
 */
export function lazyBody(
  total: number,
  fill = 0x20,
): { stream: ReadableStream<Uint8Array>; pulled(): number } {
  let sent = 0;
  const piece = new Uint8Array(64 * 1024).fill(fill);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) {
        controller.close();
        return;
      }
      const size = Math.min(piece.length, total - sent);
      sent += size;
      controller.enqueue(piece.subarray(0, size));
    },
  });
  return { stream, pulled: () => sent };
}
