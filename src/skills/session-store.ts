/**
 * @module session-store
 * Where a conversation's turns are kept between questions (`ask --session ID`): the seam a
 * skill sees in its context. The edge chooses the store — files under the user's state folder
 * (chat/sessions.ts), or the conversations in the workspace records that every machine on one
 * database shares (server/workspace/conversation-sessions.ts).
 */

export type SessionTurn = {
  readonly question: string;
  readonly answer: string;
  readonly at: string;
  /** Titles of the passages the answer cited: what "it" and "that" in a follow-up refer to. */
  readonly cited?: readonly string[];
};

/** A turn as it is added: the answer's engine, kind and whether it found anything come with it. */
export type NewSessionTurn = SessionTurn & {
  readonly engine: string;
  readonly kind: string;
  readonly found: boolean;
};

export type Session = { readonly id: string; readonly turns: readonly SessionTurn[] };

export type SessionStore = {
  /** The session's turns so far, oldest first (at most the last 20); none for a new session. */
  load(id: string): Promise<Session>;
  /** Adds a turn, starting the session if it is new. */
  append(id: string, turn: NewSessionTurn): Promise<void>;
};

/** How many turns a session keeps for follow-ups. */
export const SESSION_TURNS = 20;

/** A session id as the user gives it: letters, digits, ".", "_" and "-", at most 80. */
export function isSessionId(id: string): boolean {
  return /^[\w.-]{1,80}$/.test(id);
}
