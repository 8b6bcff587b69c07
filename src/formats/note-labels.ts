/**
 * @module note-labels
 * What each kind of note is called where text says it ("Footnote", "Text box"): in Markdown
 * written from a document and in the text the index keeps of it.
 */
import type { Block } from './model.ts';

export const NOTE_LABELS: Readonly<Record<Extract<Block, { kind: 'note' }>['noteKind'], string>> = {
  footnote: 'Footnote',
  endnote: 'Endnote',
  comment: 'Comment',
  header: 'Header',
  footer: 'Footer',
  textbox: 'Text box',
};
