/**
 * @module answer-draft
 * What a person watching a model's grounded JSON answer being written should see: the text of
 * its sentences so far, not the JSON around them. `{"sentences":[{"text":"The move is on 14
 * March.","sources":[1]},{"text":"Pack by` reads "The move is on 14 March. Pack by". The draft
 * is unchecked; the checked answer replaces it when the model is done.
 */

/** A complete or still-open JSON string value of a "text" key. Quotes inside a JSON string are escaped, so a "text" key cannot start inside one. */
const TEXT_VALUE = /"text"\s*:\s*"((?:[^"\\]|\\.)*)(\\?)("?)/g;

/** Decodes a JSON string body that may end in the middle of an escape. */
function decode(body: string): string {
  const safe = body.replace(/\\u[0-9a-fA-F]{0,3}$/, '');
  try {
    return JSON.parse(`"${safe}"`) as string;
  } catch {
    return safe;
  }
}

/** The readable text of a partial grounded answer: its sentences' "text" values, joined. */
export function answerDraft(partialJson: string): string {
  let out = '';
  for (const match of partialJson.matchAll(TEXT_VALUE)) {
    const text = decode(match[1] ?? '');
    if (!text) continue;
    const glue = out === '' || /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]$/u.test(out) ? '' : ' ';
    out += glue + text;
  }
  return out;
}

/**
 * A listener for raw model deltas that calls `onText` with each new piece of readable draft
 * text. Text that a later delta would rewrite (an escape still open) is held back.
 */
export function draftListener(onText: (delta: string) => void): (rawDelta: string) => void {
  let raw = '';
  let shown = '';
  return (rawDelta) => {
    raw += rawDelta;
    const draft = answerDraft(raw);
    if (draft.length > shown.length && draft.startsWith(shown)) {
      onText(draft.slice(shown.length));
      shown = draft;
    }
  };
}
