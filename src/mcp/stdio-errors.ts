/**
 * @module stdio-errors
 * A line on stdin that is not JSON, or not a JSON-RPC message, gets a JSON-RPC error back
 * (-32700 parse error, -32600 invalid request, `id: null` as the spec says when the id cannot
 * be read) and a line on stderr. The SDK's stdio transport only reports such lines to
 * `onerror`, so a client that sent one would wait for an answer that never comes.
 */
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

type Unreadable = { readonly code: number; readonly message: string };

/** The JSON-RPC error for an error the transport met while reading a line; undefined for other errors. */
export function unreadableLineError(error: Error): Unreadable | undefined {
  if (error instanceof SyntaxError) return { code: -32700, message: `Parse error: ${error.message}` };
  if (error.name === 'ZodError')
    return {
      code: -32600,
      message: 'Invalid request: send one JSON-RPC 2.0 message per line ({"jsonrpc": "2.0", "method": …}).',
    };
  return undefined;
}

/** Call after `server.connect(transport)`: keeps the server's own handler and answers unreadable lines. */
export function answerUnreadableLines(transport: Transport, log: (text: string) => void): void {
  const previous = transport.onerror;
  transport.onerror = (error) => {
    previous?.(error);
    const unreadable = unreadableLineError(error);
    log(`officemate mcp: ${unreadable?.message ?? error.message}`);
    if (!unreadable) return;
    // The SDK's message type has no id-less error; JSON-RPC 2.0 answers such lines with id null.
    const reply = { jsonrpc: '2.0', id: null, error: unreadable } as unknown as JSONRPCMessage;
    transport.send(reply).catch(() => {});
  };
}
