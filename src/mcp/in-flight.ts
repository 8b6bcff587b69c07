/**
 * @module in-flight
 * The requests a stdio MCP server has taken and not yet answered, so that it can answer them
 * before it exits when its input ends: a client that pipes its requests in and closes stdin
 * (`printf … | officemate mcp`) got no answer to any still being worked on.
 */
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';

type RequestId = string | number;

export type InFlight = {
  /** Resolves once every request taken so far is answered or cancelled. */
  settled(): Promise<void>;
};

/** Call after `server.connect(transport)`: wraps the transport's receiving and sending. */
export function trackInFlight(transport: Transport): InFlight {
  const pending = new Set<RequestId>();
  let waiters: (() => void)[] = [];
  const finish = (id: RequestId) => {
    pending.delete(id);
    if (pending.size > 0) return;
    for (const wake of waiters) wake();
    waiters = [];
  };
  const receive = transport.onmessage;
  transport.onmessage = (message, extra) => {
    if ('method' in message && 'id' in message) pending.add(message.id);
    // A cancelled request gets no answer (MCP's notifications/cancelled).
    if ('method' in message && !('id' in message) && message.method === 'notifications/cancelled') {
      const id = (message.params as { requestId?: RequestId } | undefined)?.requestId;
      if (id !== undefined) finish(id);
    }
    receive?.(message, extra);
  };
  const send = transport.send.bind(transport);
  transport.send = async (message, options) => {
    try {
      await send(message, options);
    } finally {
      const id = 'method' in message || !('id' in message) ? undefined : message.id;
      if (id !== undefined && id !== null) finish(id);
    }
  };
  return {
    settled: () =>
      pending.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)),
  };
}
