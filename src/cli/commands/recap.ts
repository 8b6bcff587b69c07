/**
 * @module recap
 * `officemate recap TRANSCRIPT [--query Q] [-o recap.docx]`: recap a meeting transcript
 * (.vtt, Teams .docx, QMSum JSON) with a summary, topics, decisions, action items and open
 * questions, each citing transcript turns; `--query` adds a focused answer.
 */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Transcript } from '../../formats/model.ts';
import { readFile } from '../../formats/read-file.ts';
import type { Clock } from '../../lib/clock.ts';
import { fail, OfficemateError } from '../../lib/errors.ts';
import { recapToText, recapToWordDocument } from '../../skills/recap-meeting/recap-document.ts';
import { type Recap, recapMeeting } from '../../skills/recap-meeting/recap-meeting.ts';
import { stringFlag } from '../args.ts';
import { runBatch } from '../batch.ts';
import type { Command } from '../command.ts';

const USAGE = 'recap TRANSCRIPT [--query Q] [-o recap.docx] [--json] | recap --batch FILE.jsonl';

/** Reads a file that must be a meeting transcript. */
export async function readTranscript(path: string): Promise<Transcript> {
  const result = await readFile(path);
  if (!result.success) throw new OfficemateError(result.error);
  if (result.data.type !== 'transcript') {
    fail('format_unsupported', `${path} is a ${result.data.type}, not a meeting transcript.`, {
      hint: 'recap reads WebVTT (.vtt), Teams transcripts saved as .docx, and QMSum JSON.',
      path,
    });
  }
  return result.data;
}

/** The JSON form of a recap (the CLI contract: summary, decisions, actionItems, topics, engine, citations). */
export function recapJson(recap: Recap): Record<string, unknown> {
  return {
    ...(recap.title ? { title: recap.title } : {}),
    ...(recap.date ? { date: recap.date } : {}),
    summary: recap.summary,
    ...(recap.answer !== undefined ? { answer: recap.answer } : {}),
    topics: recap.topics,
    decisions: recap.decisions,
    actionItems: recap.actionItems,
    openQuestions: recap.openQuestions,
    engine: recap.engine,
    citations: recap.citations,
  };
}

export async function recapFile(path: string, options: { query?: string; clock: Clock }): Promise<Recap> {
  const transcript = await readTranscript(path);
  return recapMeeting(transcript, {
    ...(options.query !== undefined ? { query: options.query } : {}),
    now: options.clock.now(),
  });
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
  ].join('\n'),
  async run(context) {
    const batch = stringFlag(context, 'batch');
    if (batch) {
      return runBatch(context, batch, async (item) => {
        if (typeof item.transcript !== 'string')
          fail('bad_usage', 'Each batch line needs a "transcript" path.');
        const query = typeof item.query === 'string' ? item.query : undefined;
        return recapJson(
          await recapFile(item.transcript, {
            ...(query !== undefined ? { query } : {}),
            clock: context.clock,
          }),
        );
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
    const recap = await recapFile(path, { ...(query !== undefined ? { query } : {}), clock: context.clock });
    if (output) {
      const { writeDocx } = await import('../../formats/docx/write-docx.ts');
      await writeFile(output, await writeDocx(recapToWordDocument(recap), { clock: context.clock }));
      context.log(`Wrote ${output}`);
    }
    if (context.json) context.outJson({ ...recapJson(recap), ...(output ? { path: output } : {}) });
    else context.out(recapToText(recap));
    return 0;
  },
};
