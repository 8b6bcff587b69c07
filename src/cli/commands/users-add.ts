/**
 * @module users-add
 * `officemate users add NAME [--admin] --password-stdin`: an account for `officemate serve`.
 */
import { join, resolve } from 'node:path';
import { fail } from '../../lib/errors.ts';
import { hashPassword } from '../../server/workspace/password.ts';
import { openWorkspaceDb, workspaceLocation } from '../../server/workspace/workspace-db.ts';
import { booleanFlag, requirePositional, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

const USAGE = 'users add NAME [--admin] --password-stdin [--data DIR] [--db postgres://…]';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    fail('bad_usage', '--password-stdin reads the password from standard input, which is a terminal here.', {
      hint: 'Pipe it in: printf \'%s\' "$PASSWORD" | officemate users add NAME --password-stdin',
    });
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

export const usersAddCommand: Command = {
  name: 'users add',
  summary: 'Add a user account for the server.',
  usage: USAGE,
  options: {
    admin: { type: 'boolean', default: false },
    'password-stdin': { type: 'boolean', default: false },
    data: { type: 'string' },
  },
  help: 'The password is read from standard input (never from the command line, where other users could see it). Accounts live where `serve` with the same --data and --db keeps them: DIR/workspace.db (default $OFFICEMATE_HOME/server), or with a postgres:// --db in the schema beside the index.',
  async run(context) {
    const name = requirePositional(context, 0, 'NAME', USAGE);
    if (!/^[a-z0-9][a-z0-9._-]{0,63}$/i.test(name))
      fail('bad_usage', `"${name}" is not a valid user name.`, {
        hint: 'Use letters, digits, dot, dash and underscore (at most 64).',
      });
    if (!booleanFlag(context, 'password-stdin'))
      fail('bad_usage', 'Give the password on standard input with --password-stdin.', {
        hint: `Usage: officemate ${USAGE}`,
      });
    const password = await readStdin();
    if (password.length < 8) fail('bad_usage', 'The password must have at least 8 characters.');
    const dataDir = stringFlag(context, 'data') ?? join(context.home, 'server');
    const explicitDb = typeof context.values.db === 'string' || process.env.OFFICEMATE_DB;
    const db = await openWorkspaceDb(
      workspaceLocation(explicitDb ? context.db : undefined, resolve(dataDir)),
    );
    try {
      if (await db.getUser(name)) fail('bad_usage', `User ${name} already exists.`);
      await db.addUser(name, await hashPassword(password), booleanFlag(context, 'admin'));
    } finally {
      await db.close();
    }
    if (context.json) context.outJson({ user: name, admin: booleanFlag(context, 'admin') });
    else context.out(`Added user ${name}${booleanFlag(context, 'admin') ? ' (admin)' : ''}.`);
    return 0;
  },
};
