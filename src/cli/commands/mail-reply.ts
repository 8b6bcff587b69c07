/**
 * @module mail-reply
 * `officemate mail reply [--thread ID] PATH... [--intent TEXT] [--as ADDRESS] -o reply.eml`
 */
import { writeFile } from 'node:fs/promises';
import { writeEml } from '../../formats/mail/write-eml.ts';
import { draftReply } from '../../skills/mail/draft-reply.ts';
import { ownName } from '../../skills/mail/mail-thread.ts';
import { guessOwner } from '../../skills/mail/triage.ts';
import { booleanFlag, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';
import { loadThreads, pickThread } from '../mail-input.ts';

const USAGE =
  'mail reply [--thread ID] PATH... [--intent "accept, propose Tuesday 10:00"] [--as ADDRESS] [--all] -o reply.eml';

export const mailReplyCommand: Command = {
  name: 'mail reply',
  summary: 'Draft a reply to a thread as an .eml file with the right threading headers.',
  usage: USAGE,
  options: {
    thread: { type: 'string' },
    intent: { type: 'string' },
    as: { type: 'string' },
    name: { type: 'string' },
    all: { type: 'boolean', default: false },
    out: { type: 'string', short: 'o' },
  },
  help: [
    'Flags:',
    '  --intent TEXT   what to say, as comma-separated clauses: "accept", "propose Tuesday 10:00", "thank"...',
    '  --as ADDRESS    your address (default: the most frequent recipient of the mail)',
    '  --name NAME     the name to sign with (default: the name your own sent mail uses)',
    '  --all           reply to all recipients',
    '  -o FILE.eml     where to write the draft (default reply.eml)',
    'Open questions of the last message are listed with [your answer] placeholders: the builtin engine never invents answers.',
  ].join('\n'),
  async run(context) {
    const threads = await loadThreads(context, context.positionals, USAGE);
    const thread = pickThread(threads, stringFlag(context, 'thread'));
    const address =
      stringFlag(context, 'as') ?? guessOwner(threads.flatMap((item) => item.messages)) ?? 'me@localhost';
    const known = thread.participants.find(
      (person) => person.address.toLowerCase() === address.toLowerCase(),
    );
    const name =
      stringFlag(context, 'name') ??
      known?.name ??
      ownName(
        threads.flatMap((item) => item.messages),
        address,
      );
    const intent = stringFlag(context, 'intent');
    const draft = draftReply(thread, {
      me: { address, ...(name ? { name } : {}) },
      ...(intent ? { intent } : {}),
      now: context.clock.now(),
      replyAll: booleanFlag(context, 'all'),
    });
    const out = stringFlag(context, 'out') ?? 'reply.eml';
    await writeFile(out, writeEml(draft.message));
    const last = thread.messages[draft.respondsTo[0]! - 1]!;
    const citation = {
      n: 1,
      path: last.path,
      uri: `mail://${encodeURIComponent(last.messageId.replace(/^<|>$/g, ''))}`,
      locator: { messageId: last.messageId },
      quote: last.text.trim().slice(0, 200),
    };
    if (context.json) {
      context.outJson({
        path: out,
        engine: 'builtin',
        subject: draft.message.subject,
        inReplyTo: draft.message.inReplyTo,
        placeholders: draft.placeholders,
        citations: [citation],
      });
    } else {
      context.out(draft.message.text);
      context.out(
        `\nDraft written to ${out} (engine: builtin${draft.placeholders ? `; ${draft.placeholders} [your answer] placeholder${draft.placeholders === 1 ? '' : 's'} to fill` : ''}).`,
      );
    }
    return 0;
  },
};
