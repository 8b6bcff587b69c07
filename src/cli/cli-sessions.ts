/**
 * @module cli-sessions
 * Where the command line keeps `ask --session ID` conversations. With a PostgreSQL --db (or
 * OFFICEMATE_DB), in the workspace records beside the index: the conversations `serve` keeps
 * for the `--as` user, so every machine on that database continues the same one. Otherwise
 * (a laptop with its own index), as files under $OFFICEMATE_HOME/sessions. Nothing is opened
 * until a session is used.
 */
import { join } from 'node:path';
import type { SessionStore } from '../skills/session-store.ts';
import type { CommandContext } from './command.ts';

export type ClosableSessions = SessionStore & { close(): Promise<void> };

type Backing = { readonly store: SessionStore; close(): Promise<void> };

async function openBacking(context: Pick<CommandContext, 'db' | 'home'>, user: string): Promise<Backing> {
  const { isPostgresUrl } = await import('../index/open-index.ts');
  if (!isPostgresUrl(context.db)) {
    const { fileSessions } = await import('../chat/sessions.ts');
    return { store: fileSessions(context.home), close: async () => undefined };
  }
  const { openWorkspaceDb, workspaceLocation } = await import('../server/workspace/workspace-db.ts');
  const { conversationSessions } = await import('../server/workspace/conversation-sessions.ts');
  const db = await openWorkspaceDb(workspaceLocation(context.db, join(context.home, 'server')));
  return { store: conversationSessions(db.conversations, user), close: () => db.close() };
}

/** The sessions of `user` for this command: opened on first use, closed by `close()`. */
export function cliSessions(context: Pick<CommandContext, 'db' | 'home'>, user: string): ClosableSessions {
  let backing: Promise<Backing> | undefined;
  const open = () => {
    backing ??= openBacking(context, user);
    return backing;
  };
  return {
    load: async (id) => (await open()).store.load(id),
    append: async (id, turn) => (await open()).store.append(id, turn),
    async close() {
      if (backing) await (await backing.catch(() => undefined))?.close();
    },
  };
}
