/**
 * @module retrieval-query
 * The search words of a question, for finding the passages ask reads. Search already drops
 * the closed-class words of a long question; what it cannot know is which of the remaining
 * words a passage that answers will carry:
 * - "from me", "to me", "for me": the asker is not a topic, and "me" is not a sender to filter by;
 * - "according to Ann Lee": Ann is whose word is asked, not a recipient to filter by (search reads
 *   "to Ann Lee" as one); her name stays a search word ("according to the survey" is left as written);
 * - the noun that names the kind of value asked ("Dana's fax number"): a passage gives the value
 *   ("Fax: 555 0100"), not the noun, and the noun matches every passage that mentions numbers.
 */

/** One rewrite of the question's words. */
type Rewrite = (question: string) => string;

const REWRITES: readonly Rewrite[] = [
  (question) => question.replace(/\b(?:from|to|for|with|by)\s+(?:me|us)\b/gi, ' '),
  (question) => question.replace(/\bnumbers?\b/gi, ' '),
  (question) => question.replace(/\b[Aa]ccording\s+to\s+(?=\p{Lu})/gu, ' '),
];

/** The question as searched for the passages that answer it. */
export function retrievalQuestion(question: string): string {
  return REWRITES.reduce((text, rewrite) => rewrite(text), question)
    .replace(/\s+/g, ' ')
    .trim();
}
