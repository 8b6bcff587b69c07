/**
 * @module forwarded-sender
 * "Who sent me the draft press release?" when all the index holds is the asker's own forward
 * of it: the sender is the one the forwarded header names ("-----Original Message----- From:
 * Okafor, Dana Sent: …"), not the asker who forwarded it, nor the asker again where the
 * forward carries a reply chain. A forward whose carried messages name their writers without a
 * From line ("Dana Okafor@ACME 11/02/2031 04:20 PM") keeps them in its data.
 */
import type { SearchHit } from '../index/types.ts';

/** A forwarded or quoted header's sender: "From: Name [mailto:…] Sent:" or "From: Name <addr> Date:". */
const HEADER_FROM =
  /(?:^|\n|\s)From:\s*"?([^"\n<[]+?)"?\s*(?:<[^>\n]*>|\[mailto:[^\]\n]*\])?(?:@[A-Z]+)?\s*(?:\n\s*|\s+)(?:Sent|Date):/;

/** The senders the forwarded headers of a mail name, in order, as people say the names ("Dana Okafor"). */
export function forwardedSenders(hit: SearchHit): string[] {
  const quoted = (hit.data as { quoted?: unknown } | undefined)?.quoted;
  const text = [hit.text, typeof quoted === 'string' ? quoted : ''].join('\n');
  const out: string[] = [];
  for (const match of text.matchAll(new RegExp(HEADER_FROM.source, 'g'))) {
    const name = match[1]?.trim();
    if (!name || name.length > 60) continue;
    const inverted = /^([^,]+),\s*([^,]+)$/.exec(name);
    out.push(inverted ? `${inverted[2]} ${inverted[1]}` : name);
  }
  // A bare forward's carried messages whose writers its text names without a From line
  // ("Nadia Holm@ACME 06/13/2031 04:20 PM To: …"), kept in its data.
  out.push(...carriedWriters(hit));
  return out;
}

/**
 * The writers of the messages a bare forward carries, as its data keeps them (`forwardedFrom`,
 * index/chunk-file.ts): its text holds their words but not the headers that name them.
 */
export function carriedWriters(hit: SearchHit): string[] {
  const carried = (hit.data as { forwardedFrom?: unknown } | undefined)?.forwardedFrom;
  if (!Array.isArray(carried)) return [];
  return (carried as { author?: unknown }[]).flatMap((message) =>
    typeof message.author === 'string' && message.author.trim() !== '' ? [message.author.trim()] : [],
  );
}
