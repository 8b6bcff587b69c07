/**
 * @module recap
 * `officemate recap TRANSCRIPT [--query Q] [-o recap.docx]`: recap a meeting transcript
 * (.vtt, Teams .docx, QMSum JSON) or a chat log (chat JSON, IRC) with a summary, topics, decisions, action items and open
 * questions, each citing transcript turns; `--query` adds a focused answer.
 */
import { extname } from 'node:path';
import type { Transcript } from '../../formats/model.ts';
import { fail, OfficemateError } from '../../lib/errors.ts';
import type { Recap } from '../../skills/recap-meeting/recap-meeting.ts';
import { stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

const USAGE = 'recap TRANSCRIPT [--query Q] [-o recap.docx] [--json] | recap --batch FILE.jsonl';

/** Reads a file that must be a meeting transcript or a chat log (read as one turn per message). */
export async function readTranscript(path: string): Promise<Transcript> {
  const { readFile } = await import('../../formats/read-file.ts');
  const { asTranscript } = await import('../../skills/read-source.ts');
  const { RECAP_READS } = await import('../../skills/recap-meeting/recap.skill.ts');
  const result = await readFile(path);
  if (!result.success) throw new OfficemateError(result.error);
  return asTranscript(result.data, path, path, RECAP_READS);
}

function recapInput(transcript: string, query: string | undefined, document: boolean) {
  return { transcript, ...(query !== undefined ? { query } : {}), document };
}

export const recapCommand: Command = {
  name: 'recap',
  summary:
    'Recap a meeting transcript: summary, topics, decisions, action items, open questions, each citing turns.',
  usage: USAGE,
  options: { query: { type: 'string' }, output: { type: 'string', short: 'o' }, batch: { type: 'string' } },
  help: [
    'Flags:',
    '  --query Q          also answer Q from this meeting (query-focused, cited)',
    '  -o, --output FILE  write the recap as a Word document (.docx)',
    '  --batch FILE.jsonl one { "id", "transcript", "query"? } per line; one JSON result per line',
    '',
    'Examples:',
    '  officemate recap standup.vtt',
    '  officemate recap meeting.json --query "What did marketing say about the price?" --json',
    '  officemate recap standup.vtt -o recap.docx',
    '  officemate recap channel.json       (a chat log: one turn per message)',
  ].join('\n'),
  async run(context) {
    // Loaded here, not at the top, so `--help` starts without them.
    const { recapSkill } = await import('../../skills/recap-meeting/recap.skill.ts');
    const { recapToText } = await import('../../skills/recap-meeting/recap-document.ts');
    const { runBatch } = await import('../batch.ts');
    const { runCliSkill, writeArtifact } = await import('../skill-context.ts');
    const batch = stringFlag(context, 'batch');
    if (batch) {
      return runBatch(context, batch, async (item) => {
        if (typeof item.transcript !== 'string')
          fail('bad_usage', 'Each batch line needs a "transcript" path.');
        const query = typeof item.query === 'string' ? item.query : undefined;
        return (await runCliSkill(context, recapSkill, recapInput(item.transcript, query, false))).data;
      });
    }
    const path = context.positionals[0];
    if (!path) fail('bad_usage', 'Missing TRANSCRIPT.', { hint: `Usage: officemate ${USAGE}` });
    if (context.positionals.length > 1)
      fail('bad_usage', `recap takes one transcript, got ${context.positionals.length}.`, {
        hint: 'Use --batch for several.',
      });
    const query = stringFlag(context, 'query');
    const output = stringFlag(context, 'output');
    if (output && extname(output).toLowerCase() !== '.docx')
      fail('bad_usage', `-o must name a .docx file, not "${output}".`);
    const recap = await runCliSkill<Recap>(context, recapSkill, recapInput(path, query, Boolean(output)));
    if (output) {
      await writeArtifact(recap, output);
      context.log(`Wrote ${output}`);
    }
    if (context.json) context.outJson({ ...recap.data, ...(output ? { path: output } : {}) });
    else context.out(recapToText(recap.data));
    return 0;
  },
};
