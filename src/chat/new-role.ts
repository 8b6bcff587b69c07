/**
 * @module new-role
 * "Who will be the new treasurer of the club?" has no answer in a passage that says the post is
 * still being filled ("we are interviewing people to serve as treasurer of the club"): whoever
 * else it names holds another post, or holds that one now.
 */

import { escapeRegExp } from '../lib/text/escape-regexp.ts';

/** "Who will be …", "Who is …", "Who becomes …", "Who replaces …": who takes a post is asked. */
const WHO_TAKES =
  /^\s*who(?:'s|’s|\s+(?:is|was|will|would|becomes|became|replaces|replaced|takes|took|gets|got)\b)/i;

/**
 * "the new CIO for Retail", "the next chair of the board", "the incoming head": the post asked, its
 * first word, and the name after "for", "of", "at" or "in" that says whose post it is.
 */
const NEW_POST_ASKED =
  /\b(?:new|next|incoming)\s+([\p{L}][\p{L}&.-]*)(?:\s+(?:for|of|at|in)\s+(?:the\s+)?([\p{L}\d][\p{L}\d&.-]*))?/iu;

/** A search still under way: "we are interviewing people", "we are still looking for someone", "the search". */
const SEARCHING = String.raw`\b(?:(?:are|is|am)\s+(?:still\s+|currently\s+|now\s+)?(?:interviewing|looking\s+for|searching\s+for|seeking|recruiting)|(?:a|the|our)\s+search)\b`;

/** Whether the passage says the post asked is still being filled. */
export function postStillOpen(question: string, passage: string): boolean {
  if (!WHO_TAKES.test(question)) return false;
  const asked = NEW_POST_ASKED.exec(question);
  const post = asked?.[1];
  if (!post) return false;
  const whose = asked?.[2]
    ? String.raw`\s+(?:for|of|at|in)\s+(?:the\s+)?${escapeRegExp(asked[2])}(?![\p{L}\d])`
    : String.raw`(?![\p{L}])`;
  const open = new RegExp(
    String.raw`${SEARCHING}[^.!?;]{0,60}?\b(?:to\s+(?:serve|act|work)\s+as|as|for)\s+(?:the\s+|an?\s+|our\s+)?(?:new\s+)?${escapeRegExp(post)}${whose}`,
    'iu',
  );
  return open.test(passage.replace(/\s+/g, ' '));
}
