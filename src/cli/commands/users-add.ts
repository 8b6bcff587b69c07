/**
 * @module users-add
 * `officemate users add NAME [--admin] --password-stdin`: an account for `officemate serve`.
 */
import { join } from 'node:path';
import { fail } from '../../lib/errors.ts';
import { hashPassword } from '../../server/workspace/password.ts';
import { openWorkspaceDb } from '../../server/workspace/workspace-db.ts';
import { booleanFlag, requirePositional, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

const USAGE = 'users add NAME [--admin] --password-stdin [--data DIR]';

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
  help: 'The password is read from standard input (never from the command line, where other users could see it). Accounts live in DIR/workspace.db (default $OFFICEMATE_HOME/server).',
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
    const db = openWorkspaceDb(join(dataDir, 'workspace.db'));
    try {
      if (db.getUser(name)) fail('bad_usage', `User ${name} already exists.`);
      db.addUser(name, await hashPassword(password), booleanFlag(context, 'admin'));
    } finally {
      db.close();
    }
    if (context.json) context.outJson({ user: name, admin: booleanFlag(context, 'admin') });
    else context.out(`Added user ${name}${booleanFlag(context, 'admin') ? ' (admin)' : ''}.`);
    return 0;
  },
};
