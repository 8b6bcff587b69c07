import { describe, expect, it } from 'vitest';
import { cardLineUnasked } from './card-line-asked.ts';

const card = { type: 'contact' as const, title: 'Wenna Talgarth' };

describe('cardLineUnasked', () => {
  it('a labelled card line that shares nothing with the question is not its answer', () => {
    expect(
      cardLineUnasked(
        "What's Wenna Talgarth's shoe size?",
        card,
        'Work e-mail: wenna.talgarth@kestrel.example. [1]',
      ),
    ).toBe(true);
    expect(
      cardLineUnasked(
        'Where can I get Wenna Talgarth’s public key?',
        card,
        'Work address: 4 Quarry Row, Penmorfa, PM3 9QX. [1]',
      ),
    ).toBe(true);
  });

  it('a line that shares a word, or whose kind the question asks in other words, answers', () => {
    expect(cardLineUnasked("Who is Wenna Talgarth's sister?", card, 'Sister: Ysolde. [1]')).toBe(false);
    expect(cardLineUnasked('How can I call Wenna Talgarth?', card, 'cell: +44 7700 900461. [1]')).toBe(false);
    expect(
      cardLineUnasked('Where does Wenna Talgarth live?', card, 'Home address: 4 Quarry Row, Penmorfa. [1]'),
    ).toBe(false);
    expect(
      cardLineUnasked("What's Wenna Talgarth's email?", card, 'Work e-mail: wenna@kestrel.example. [1]'),
    ).toBe(false);
    expect(
      cardLineUnasked("What's Wenna Talgarth's blog?", card, 'Blog web page: https://wenna.example. [1]'),
    ).toBe(false);
  });

  it('leaves other passages, and card lines with no label, alone', () => {
    expect(
      cardLineUnasked(
        "What's Wenna Talgarth's shoe size?",
        { type: 'email', title: 'Wenna Talgarth' },
        'Note: size 6.',
      ),
    ).toBe(false);
    expect(cardLineUnasked('Which company is Wenna Talgarth with?', card, 'Kestrel Surveys. [1]')).toBe(
      false,
    );
  });

  it("a card's name beside a bare address or number is no answer to another question about the person", () => {
    expect(
      cardLineUnasked(
        "What job did Wenna Talgarth's uncle have?",
        card,
        'Wenna Talgarth wenna@kestrel.example. [1]',
      ),
    ).toBe(true);
    expect(
      cardLineUnasked('What shoe size does Wenna wear?', card, 'Wenna Talgarth +44 7700 900461. [1]'),
    ).toBe(true);
    expect(
      cardLineUnasked("What's Wenna Talgarth's email?", card, 'Wenna Talgarth wenna@kestrel.example. [1]'),
    ).toBe(false);
    expect(cardLineUnasked('How can I reach Wenna?', card, 'Wenna Talgarth +44 7700 900461. [1]')).toBe(
      false,
    );
  });
});
