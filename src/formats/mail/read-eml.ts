/**
 * @module read-eml
 * A single RFC 5322 message (.eml) as a one-message Mailbox.
 */
import type { Mailbox } from '../model.ts';
import type { ReaderInput } from '../reader.ts';
import { parseMessage } from './parse-message.ts';

export async function readEml(input: ReaderInput): Promise<Mailbox> {
  const message = await parseMessage(input.bytes, input.options);
  return { type: 'mailbox', format: 'eml', messages: [message] };
}
