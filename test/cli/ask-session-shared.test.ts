/**
 * `ask --session` on a shared PostgreSQL: two CLI processes with different home folders (two
 * machines, say) continue one conversation, kept in the workspace records as the user's stored
 * conversation; the follow-up asked on the second finds what the first turn was about; another
 * user's session of the same name is another conversation; and no session file is written.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionConversationId } from '../../src/server/workspace/conversation-sessions.ts';
import {
  openWorkspaceDb,
  type WorkspaceDb,
  workspaceLocation,
} from '../../src/server/workspace/workspace-db.ts';
import { REPO_ROOT, STRICT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';

const url = process.env.OFFICEMATE_TEST_PG_URL;
const NOW = '2026-03-12T09:00:00Z';

/** The CLI as its own process, with its own home folder. */
async function askIn(home: string, location: string, args: readonly string[]) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      join(REPO_ROOT, 'bin', 'officemate.js'),
      'ask',
      ...args,
      '--db',
      location,
      '--engine',
      'builtin',
      '--now',
      NOW,
      '--json',
    ],
    { env: { ...process.env, OFFICEMATE_HOME: home, OFFICEMATE_TSX: '1' }, timeout: 120_000 },
  );
  return JSON.parse(stdout) as { answer: string; citations: { path: string }[] };
}

describe.skipIf(!url && !STRICT)('ask --session on a shared PostgreSQL', () => {
  let folder: string;
  let location: string;
  let records: WorkspaceDb;
  let survey: string;
  beforeAll(async () => {
    expect(url, 'OFFICEMATE_TEST_PG_URL is set by test/helpers/global-setup.ts').toBeTruthy();
    folder = mkdtempSync(join(tmpdir(), 'officemate-sessions-'));
    location = `${url}${url!.includes('?') ? '&' : '?'}schema=sessions_${process.pid}`;
    const notes = join(folder, 'notes');
    mkdirSync(notes);
    survey = join(notes, 'survey.md');
    writeFileSync(
      survey,
      '# The quillanort survey\n\nThe quillanort survey ends on Tuesday. Dana files the results with the harbour council.\n',
    );
    writeFileSync(
      join(notes, 'expenses.md'),
      '# Who files the results\n\nOmar files the results of each travel expense review with the finance office; he files the results every month.\n',
    );
    const indexed = await runCli(['index', notes, '--db', location, '--readers', '*', '--now', NOW]);
    expect(indexed.code, indexed.stderr).toBe(0);
    records = await openWorkspaceDb(workspaceLocation(location, folder));
  }, 120_000);
  afterAll(async () => {
    await records?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps one conversation across two processes on different home folders', async () => {
    const first = join(folder, 'laptop');
    const second = join(folder, 'desktop');
    const opening = await askIn(first, location, [
      'When does the quillanort survey end?',
      '--session',
      'harbour',
      '--as',
      'dana',
    ]);
    expect(opening.citations.map((citation) => citation.path)).toContain(survey);
    // On the other machine, a follow-up that names nothing: the first turn says what it is about.
    const followUp = await askIn(second, location, [
      'and who files the results?',
      '--session',
      'harbour',
      '--as',
      'dana',
    ]);
    expect(followUp.citations[0]?.path).toBe(survey);
    expect(followUp.answer).toContain('Dana files the results');

    // Asked alone, the same words lead elsewhere: it was the session that pointed at the survey.
    const alone = await runCli([
      'ask',
      'and who files the results?',
      '--as',
      'dana',
      '--db',
      location,
      '--now',
      NOW,
      '--json',
    ]);
    expect(JSON.parse(alone.stdout).citations[0]?.path).not.toBe(survey);

    const id = sessionConversationId('dana', 'harbour');
    const conversation = await records.conversations.get('dana', id);
    expect(conversation).toEqual(
      expect.objectContaining({
        title: 'When does the quillanort survey end?',
        scope: { kind: 'all' },
        turns: 2,
      }),
    );
    const turns = await records.conversations.turns('dana', id);
    expect(turns.map((turn) => turn.question)).toEqual([
      'When does the quillanort survey end?',
      'and who files the results?',
    ]);
    expect(turns[1]!.answer.answer).toBe(followUp.answer);
    expect(turns[0]!.cited.length).toBeGreaterThan(0);
    // Nothing was kept in either home folder.
    expect(existsSync(join(first, 'sessions'))).toBe(false);
    expect(existsSync(join(second, 'sessions'))).toBe(false);
  });

  it("keeps another user's session of the same name apart, and refuses an unreadable session id", async () => {
    const omar = await runCli([
      'ask',
      'Who reviews travel expenses?',
      '--session',
      'harbour',
      '--as',
      'omar',
      '--db',
      location,
      '--now',
      NOW,
      '--json',
    ]);
    expect(omar.code, omar.stderr).toBe(0);
    expect(await records.conversations.turns('omar', sessionConversationId('omar', 'harbour'))).toHaveLength(
      1,
    );
    expect(await records.conversations.get('omar', sessionConversationId('dana', 'harbour'))).toBeUndefined();
    const bad = await runCli(['ask', 'Anything?', '--session', '../x', '--db', location, '--json']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).error.message).toContain('Session id "../x"');
  });
});
