/**
 * @module longer-name-section
 * A design note lays out one section per class ("RenderContext", then
 * "RenderContextPaged"), each a few lines that do not repeat the section's name
 * ("Adds the PageCache to the default RenderContext"). A question about one class is not
 * answered by a line of the section of another whose name only contains the one asked: the line
 * names the class asked as what the other builds on, not as its subject. A question that asks for
 * a class by what it does ("Which class builds the PageCache?") may be answered by the
 * longer name.
 */
import type { SearchHit } from '../index/types.ts';

/** A name written in camel case, as code names a class or a method: "RenderContext", "getID". */
const CODE_NAME = /(?<![\p{L}\d_])(?:\p{Lu}[\p{Ll}\d]*\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\d_]*/gu;
/** A whole text that is one such name. */
const ONE_CODE_NAME = new RegExp(`^${CODE_NAME.source}$`, 'u');

/** A question that asks for a name of code ("Which class builds the PageCache?"): a longer name may be it. */
const CODE_NAME_ASKED =
  /\b(?:which|what)\s+(?:[\w-]+\s+)?(?:class|classes|method|methods|module|function|interface|type|component|object|package|library|file)\b/i;

/** The code names a text writes. */
function codeNames(text: string): string[] {
  return [...text.matchAll(CODE_NAME)].map((match) => match[0]);
}

/** The name a section of a document is titled by: the last part of its title, past a package path. */
function sectionName(hit: SearchHit): string | undefined {
  const parts = hit.title.split(' › ');
  if (parts.length < 2) return undefined;
  return parts.at(-1)?.trim().split('.').at(-1);
}

/**
 * The answer's passage is the section of a class whose name contains, but is not, the one the
 * question asks about; the question does not name that longer one.
 */
export function sectionOfLongerName(question: string, hit: SearchHit): boolean {
  if ((hit.type !== 'document' && hit.type !== 'slide') || CODE_NAME_ASKED.test(question)) return false;
  const section = sectionName(hit);
  if (!section || !ONE_CODE_NAME.test(section)) return false;
  const asked = codeNames(question);
  if (asked.includes(section)) return false;
  return asked.some((name) => name.length >= 6 && section !== name && section.includes(name));
}
