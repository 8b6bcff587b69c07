/**
 * @module session-token
 * Session tokens are stored hashed: the database holds SHA-256 of the token, so a leaked
 * table or backup grants no session. Tokens are 256-bit random, so a fast hash is enough.
 */
import { createHash } from 'node:crypto';

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}
