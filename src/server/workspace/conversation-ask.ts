/**
 * @module conversation-ask
 * Answers a question of `POST /api/ask` for the signed-in user: as the ask skill does, or, in
 * a stored conversation or a scope, over the scoped index with the conversation's history for
 * follow-ups ("and who owns it?"). Scopes are rules, one small function each, onto the
 * index's filters: all, one file, one folder's files, mail only, meetings only.
 */
import { askInContext, askSkill } from '../../chat/ask.skill.ts';
import type { AskResult } from '../../chat/ask-question.ts';
import type { IndexScope } from '../../index/scoped-index.ts';
import { scopedIndex } from '../../index/scoped-index.ts';
import { appError, toAppError } from '../../lib/errors.ts';
import { failure, type Result, success } from '../../lib/result.ts';
import type { AskBody, ConversationScope } from '../../protocol/api.ts';
import { runSkill, type SkillContext } from '../../skills/skill.ts';
import type { StoredConversation, StoredTurn } from './conversation-records.ts';
import { readableFile } from './present-file.ts';
import type { WorkspaceDb } from './workspace-db.ts';
import type { WorkspaceOptions } from './workspace-options.ts';

type ScopeRule<K extends ConversationScope['kind']> = (
  scope: Extract<ConversationScope, { kind: K }>,
  db: WorkspaceDb,
  user: string,
) => Promise<IndexScope | undefined>;

/** Each scope as index filters; undefined when the scope names something the user may not read. */
const SCOPE_RULES: { [K in ConversationScope['kind']]: ScopeRule<K> } = {
  all: async () => ({}),
  file: async (scope, db, user) => {
    const file = await readableFile(db, user, scope.fileId);
    return file ? { paths: [file.path] } : undefined;
  },
  folder: async (scope, db, user) => {
    const files = (await db.filesFor(user)).filter((file) => file.folder === scope.folder);
    return files.length > 0 ? { paths: files.map((file) => file.path) } : undefined;
  },
  mail: async () => ({ types: ['email'] }),
  meetings: async () => ({ types: ['event', 'transcript'] }),
};

export async function indexScopeFor(
  scope: ConversationScope,
  db: WorkspaceDb,
  user: string,
): Promise<IndexScope | undefined> {
  const rule = SCOPE_RULES[scope.kind] as ScopeRule<typeof scope.kind>;
  return rule(scope, db, user);
}

export type AskRun = { readonly result: AskResult; readonly conversation?: StoredConversation };

const isAll = (scope: ConversationScope) => scope.kind === 'all';

/**
 * The answer to one question in the user's context (its model may be observed for streaming),
 * with the conversation it belongs to (not yet holding this turn).
 */
export async function answerQuestion(
  options: WorkspaceOptions,
  body: AskBody,
  context: SkillContext,
): Promise<Result<AskRun>> {
  const user = context.user;
  const conversation = body.conversationId
    ? await options.db.conversations.get(user, body.conversationId)
    : undefined;
  if (body.conversationId && !conversation)
    return failure(
      appError('not_found', 'No such conversation.', {
        hint: 'Start a new conversation, or pick one from your list.',
      }),
    );
  const scope = body.scope ?? conversation?.scope ?? { kind: 'all' };
  if (!conversation && isAll(scope)) {
    const run = await runSkill(askSkill, { question: body.question }, context);
    return run.success ? success({ result: run.data.data as AskResult }, run.warnings) : run;
  }
  const filters = await indexScopeFor(scope, options.db, user);
  if (!filters)
    return failure(
      appError('not_found', 'The file this conversation is about is gone or no longer shared with you.', {
        hint: 'Ask about all your work instead.',
      }),
    );
  const history = conversation ? await options.db.conversations.turns(user, conversation.id) : [];
  try {
    if (context.signal.aborted) return failure(appError('aborted', 'The question was cancelled.'));
    const { result, warnings } = await askInContext(
      scopedIndex(options.index, filters),
      body.question,
      context,
      {
        session: { id: conversation?.id ?? '', turns: history.map(asSessionTurn) },
      },
    );
    return success(
      {
        result: { ...result, ...(warnings.length ? { warnings } : {}) },
        ...(conversation ? { conversation } : {}),
      },
      warnings,
    );
  } catch (thrown) {
    return failure(toAppError(thrown));
  }
}

function asSessionTurn(turn: StoredTurn) {
  return { question: turn.question, answer: turn.answer.answer, at: turn.at, cited: turn.cited };
}

/** A conversation's title from its first question: the first line, at most 80 characters. */
export function titleFrom(question: string): string {
  const line = question.trim().split('\n')[0]!.replace(/\s+/g, ' ');
  return line.length <= 80 ? line : `${line.slice(0, 79).trimEnd()}…`;
}
