/**
 * @module conversation-sessions
 * `ask --session ID` on a shared database: each session is one of the user's stored
 * conversations (conversation-records.ts), so every machine on the database continues the
 * same conversation, and it is listed with the user's others in the web app. Its id is made
 * from the user and the session id, so two users' "work" sessions never meet. Turns keep the
 * answer's text; the command line's citations are paths on one machine, not files of the
 * workspace, so none are stored (the cited titles are, for follow-ups).
 */
import { createHash } from 'node:crypto';
import { fail } from '../../lib/errors.ts';
import type { Answer } from '../../protocol/api.ts';
import {
  isSessionId,
  type NewSessionTurn,
  SESSION_TURNS,
  type SessionStore,
} from '../../skills/session-store.ts';
import { titleFrom } from './conversation-ask.ts';
import type { ConversationStore } from './conversation-records.ts';

/** The stored conversation that holds a user's session. */
export function sessionConversationId(owner: string, sessionId: string): string {
  const digest = createHash('sha256').update(`${owner}\u0000${sessionId}`).digest('base64url');
  return `session-${digest.slice(0, 22)}`;
}

function checkedId(id: string): string {
  if (!isSessionId(id))
    fail('bad_usage', `Session id "${id}" may only use letters, digits, ".", "_" and "-".`);
  return id;
}

function answerOf(turn: NewSessionTurn): Answer {
  return {
    answer: turn.answer,
    engine: turn.engine,
    kind: turn.kind,
    found: turn.found,
    citations: [],
    nearest: [],
  };
}

/** The sessions of `owner`, kept as their conversations in these records. */
export function conversationSessions(conversations: ConversationStore, owner: string): SessionStore {
  return {
    async load(id) {
      const turns = await conversations.turns(owner, sessionConversationId(owner, checkedId(id)));
      return {
        id,
        turns: turns.slice(-SESSION_TURNS).map((turn) => ({
          question: turn.question,
          answer: turn.answer.answer,
          at: turn.at,
          cited: turn.cited,
        })),
      };
    },
    async append(id, turn) {
      const conversationId = sessionConversationId(owner, checkedId(id));
      if (!(await conversations.get(owner, conversationId)))
        await conversations
          .create({
            id: conversationId,
            owner,
            title: titleFrom(turn.question),
            scope: { kind: 'all' },
            created: turn.at,
          })
          // Another machine may have started it a moment ago: then it is there now.
          .catch(async (thrown: unknown) => {
            if (!(await conversations.get(owner, conversationId))) throw thrown;
          });
      const kept = { question: turn.question, answer: answerOf(turn), cited: turn.cited ?? [], at: turn.at };
      // Two machines adding a turn at once may pick the same number: the second tries again.
      await conversations
        .addTurn(owner, conversationId, kept)
        .catch(() => conversations.addTurn(owner, conversationId, kept));
    },
  };
}
