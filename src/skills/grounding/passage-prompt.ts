/**
 * @module passage-prompt
 * The one prompt shape of every grounded model path (ask, summarize, recap, draft):
 * instructions, one worked example, the passages that fit the budget as data blocks, and the
 * user's request last — never inside a data block.
 */
import type { PromptPart } from '../../models/prompt.ts';

/** A passage shown to the model: its id (what the answer cites), title, source line and text. */
export type PromptPassage = {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly text: string;
};

/** A built prompt with the passages it shows and the answer's token budget. */
export type PassagePrompt<P> = {
  readonly parts: PromptPart[];
  readonly passages: readonly P[];
  readonly maxTokens: number;
};

/** The parts in their fixed order; `shown` are the passages already chosen for the budget. */
export function passagePromptParts(prompt: {
  readonly instructions: string;
  readonly example: { readonly input: string; readonly output: string };
  readonly shown: readonly PromptPassage[];
  readonly request: string;
}): PromptPart[] {
  return [
    { type: 'instructions', text: prompt.instructions },
    { type: 'example', input: prompt.example.input, output: prompt.example.output },
    ...prompt.shown.map(
      (passage): PromptPart => ({
        type: 'data',
        id: passage.id,
        title: passage.title,
        source: passage.source,
        content: passage.text,
      }),
    ),
    { type: 'request', text: prompt.request },
  ];
}
