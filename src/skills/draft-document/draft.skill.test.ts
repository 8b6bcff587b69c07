import { describe, expect, it } from 'vitest';
import { draftName } from './draft.skill.ts';

describe('draftName', () => {
  it('names a draft by the whole words that open its prompt, hyphens kept', () => {
    expect(draftName('A one-page memo to glaze suppliers on the new kiln rota for spring')).toBe(
      'A one-page memo to glaze suppliers on.docx',
    );
  });
  it('reads words across line breaks and leaves out punctuation', () => {
    expect(draftName('Agenda:\nthe pottery guild’s AGM (March)')).toBe(
      'Agenda the pottery guilds AGM March.docx',
    );
  });
  it('falls back to the opening of one long word, and to "Draft" when nothing is left', () => {
    expect(draftName('Kilnfiringscheduleforthewholeguildandallitsmembers')).toBe(
      'Kilnfiringscheduleforthewholeguildandall.docx',
    );
    expect(draftName('?! --')).toBe('Draft.docx');
  });
});
