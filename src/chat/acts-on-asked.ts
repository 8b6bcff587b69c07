/**
 * @module acts-on-asked
 * "Which package did bo tell ana to install before building gridmon-gtk?": bo's line that installs
 * gridmon-gtk itself ("sudo apt-get install gridmon-gtk") acts on the thing the question already names,
 * so the package asked is another one ("install the base-devel package first"). A chat line whose
 * act asked takes, as its object, only words of the question gives no new one of the kind asked.
 */
import { foldedTerms } from './question-terms.ts';

/** "Which package …", "What tool …": the question asks one thing of a kind by its noun. */
const KIND_ASKED = /^\s*(?:which|what)\s+\p{Ll}{3,}\s+(?:did|does|do|should|would|will|can)\b/iu;

/** Words that may stand between a verb and its object: articles, "sudo", short flags ("-y"). */
const BEFORE_OBJECT = /^(?:the|a|an|this|that|your|my|its|their|-{1,2}[\w-]+)$/i;

/** A program's or a package's name: letters with a hyphen, a dot, an underscore or a digit in it. */
const IDENTIFIER = /^\p{L}[\p{L}\p{N}]*[-._\d][\p{L}\p{N}._-]*$/u;

/**
 * True when the question asks one thing of a kind and the line writes the act asked (`verb`, as
 * question-terms' askedVerb gives it) with an object all of whose words are the question's.
 */
export function actsOnAskedThing(question: string, verb: string | undefined, text: string): boolean {
  if (!verb || !KIND_ASKED.test(question)) return false;
  const asked = new Set(foldedTerms(question));
  const tokens = text.split(/\s+/).map((token) => token.replace(/^[("'“‘`]+|[)"'”’`.,;:!?]+$/g, ''));
  for (let i = 0; i < tokens.length; i++) {
    if (foldedTerms(tokens[i] ?? '')[0] !== verb) continue;
    let j = i + 1;
    while (j < tokens.length && BEFORE_OBJECT.test(tokens[j] ?? '')) j++;
    // An identifier as the question writes it ("gridmon-gtk", "libfoo2"), not a common noun
    // ("the driver", "your user") that a line naming a new one may also take.
    const raw = (tokens[j] ?? '').toLowerCase();
    if (!IDENTIFIER.test(raw) || !question.toLowerCase().includes(raw)) continue;
    const object = foldedTerms(raw);
    if (object.length > 0 && object.every((term) => asked.has(term))) return true;
  }
  return false;
}
