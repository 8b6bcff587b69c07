/**
 * @module convert
 * `officemate convert FILE [--to md|json]`: read any supported file and print its typed model.
 */
import { fail, OfficemateError } from '../../lib/errors.ts';
import { toSerializable } from '../../formats/serialize.ts';
import { readFile } from '../../formats/read-file.ts';
import { writeMarkdown } from '../../formats/markdown/write-markdown.ts';
import { requirePositional, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

const USAGE = 'convert FILE [--to md|json] [--json]';

export const convertCommand: Command = {
  name: 'convert',
  summary: 'Read any supported file and print it as Markdown (default) or as its typed model in JSON.',
  usage: USAGE,
  options: { to: { type: 'string' }, window: { type: 'string' } },
  help: [
    'Flags:',
    '  --to md|json    output form (default md; --json implies json)',
    '  --window A..B   calendars: expand recurrences between two ISO dates',
    '',
    'Examples:',
    '  officemate convert report.docx',
    '  officemate convert deck.pptx --to json',
  ].join('\n'),
  async run(context) {
    const path = requirePositional(context, 0, 'FILE', USAGE);
    const to = stringFlag(context, 'to') ?? (context.json ? 'json' : 'md');
    if (to !== 'md' && to !== 'json') fail('bad_usage', `--to must be md or json, not "${to}".`);
    const windowFlag = stringFlag(context, 'window');
    let window: { start: string; end: string } | undefined;
    if (windowFlag) {
      const [start, end] = windowFlag.split('..');
      if (!start || !end || Number.isNaN(Date.parse(start)) || Number.isNaN(Date.parse(end))) {
        fail('bad_usage', `--window must be START..END in ISO 8601, not "${windowFlag}".`);
      }
      window = { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
    }
    const result = await readFile(path, { now: context.clock.now(), ...(window ? { window } : {}) });
    if (!result.success) throw new OfficemateError(result.error);
    if (to === 'json') {
      context.outJson(toSerializable(result.data));
    } else if (context.json) {
      context.outJson({ markdown: writeMarkdown(result.data) });
    } else {
      context.out(writeMarkdown(result.data));
    }
    return 0;
  },
};
