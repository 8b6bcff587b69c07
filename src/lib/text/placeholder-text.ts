/**
 * @module placeholder-text
 * A template's placeholder: words a template leaves for its author to replace ("Click or tap
 * here to enter text.", "Rich Word content can go here", "Insert your logo here", "Lorem ipsum
 * dolor sit amet"). It tells the author what to write, not the reader anything, so it is neither
 * a sentence to quote nor a title.
 */

/** How templates word a placeholder, one pattern a way. */
const PLACEHOLDER: readonly RegExp[] = [
  // "Click here to enter text.", "Click or tap here to enter a date.", "Tap here to add a title"
  /^(?:click|tap)(?: or (?:click|tap))? here to (?:enter|add|insert|type|choose|select)\b/i,
  // "Rich Word content can go here", "Your text goes here", "Title will go here": a short noun
  // phrase, not a sentence with a subject ("We decided the office goes here").
  /^(?!(?:i|we|you|he|she|it|they|this|that)\b)(?:[\p{L}'-]+ ){1,4}(?:(?:can|will|should) go|goes) here\.?$/iu,
  // "Insert your logo here", "Type the document title here", "Enter text here"
  /^(?:insert|type|enter|add|place|put) (?:(?:your|the|a|an) )?[\p{L} ]{1,30} here\.?$/iu,
  /^lorem ipsum\b/i,
];

/** Whether a line is a template's placeholder rather than the document's own words. */
export function isPlaceholderText(text: string): boolean {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length <= 120 && PLACEHOLDER.some((pattern) => pattern.test(line));
}
