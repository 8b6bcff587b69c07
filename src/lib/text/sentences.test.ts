import { describe, expect, it } from 'vitest';
import { closedSentence, splitSentences, withStopsClosedUp } from './sentences.ts';

describe('splitSentences', () => {
  it("runs a phone line's dotted label on into its number, as a signature writes it", () => {
    const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);
    expect(texts('Nils Brenner\nPh. # 604-555-0148\nFax. # 604-555-0149')).toEqual([
      'Nils Brenner',
      'Ph. # 604-555-0148',
      'Fax. # 604-555-0149',
    ]);
    expect(texts('Nils Brenner Fax. (604) 555-0149')).toEqual(['Nils Brenner Fax. (604) 555-0149']);
    expect(texts('Send it by Fax. Thanks, Nils')).toEqual(['Send it by Fax.', 'Thanks, Nils']);
  });

  it('runs a wrapped line on when it ends on a word that needs the next one', () => {
    const text =
      'The rules were rewritten last autumn to bring in a new way of running our\nMerchant book.  Nobody used it.\nAgenda\nBudget for the spring';
    expect(splitSentences(text).map((span) => span.text)).toEqual([
      'The rules were rewritten last autumn to bring in a new way of running our Merchant book.',
      'Nobody used it.',
      'Agenda',
      'Budget for the spring',
    ]);
  });

  it('runs a line of text set all in capitals on when it is filled and stops on a word', () => {
    // Before: "… THE NORTHERN PIER, WHICH." and "REOPENED ON MONDAY AFTER …" were two sentences.
    const text =
      'THE HARBOUR BOARD WROTE TO THE FERRY COMPANY ABOUT THE NORTHERN PIER, WHICH\nREOPENED ON MONDAY AFTER THREE WEEKS OF REPAIRS . THE COMPANY AGREED.\nNOTICE TO PASSENGERS\nTHE FIRST CROSSING LEAVES AT SEVEN.';
    expect(splitSentences(text).map((span) => span.text)).toEqual([
      'THE HARBOUR BOARD WROTE TO THE FERRY COMPANY ABOUT THE NORTHERN PIER, WHICH REOPENED ON MONDAY AFTER THREE WEEKS OF REPAIRS .',
      'THE COMPANY AGREED.',
      'NOTICE TO PASSENGERS',
      'THE FIRST CROSSING LEAVES AT SEVEN.',
    ]);
    // The printed line is measured, not the part of it where the sentence began.
    const midLine =
      'THE PIER WAS SHUT IN MAY . AFTER THREE WEEKS OF REPAIRS, AND SEEMINGLY\nENDLESS DELAYS, IT REOPENED .';
    expect(splitSentences(midLine).map((span) => span.text)).toEqual([
      'THE PIER WAS SHUT IN MAY .',
      'AFTER THREE WEEKS OF REPAIRS, AND SEEMINGLY ENDLESS DELAYS, IT REOPENED .',
    ]);
  });
  it('runs a capitals line on when the next word would not have fitted on it, or when it stops on a figure', () => {
    // Wrapped at 72 like TIME article 204 of ir/time: "… OVER THE BORNEO⏎TERRITORIES, …" and
    // "… USED IN 60⏎SUCCESSFUL …" were cut into "… OVER THE BORNEO." and "… USED IN 60.".
    const text = [
      'THE FERRY COMPANY SAID THE NEW TIMETABLE WOULD SERVE THE ISLAND PIERS AT',
      'LEAST TWICE A DAY, AND EXTEND ITS REACH OVER THE NORTHERN',
      'INTERCONNECTIONS, BUT THE BOARD HAS ALREADY USED THE NEW BOATS ON 60',
      'CROSSINGS SINCE MAY .',
    ].join('\n');
    expect(splitSentences(text).map((span) => span.text)).toEqual([
      'THE FERRY COMPANY SAID THE NEW TIMETABLE WOULD SERVE THE ISLAND PIERS AT LEAST TWICE A DAY, AND EXTEND ITS REACH OVER THE NORTHERN INTERCONNECTIONS, BUT THE BOARD HAS ALREADY USED THE NEW BOATS ON 60 CROSSINGS SINCE MAY .',
    ]);
    // A short heading line in capitals still stands alone.
    expect(splitSentences(`NOTICE\n${text}`).map((span) => span.text)[0]).toBe('NOTICE');
  });

  it('reads text typed with spaces before its stops: spaced abbreviations and closing quotes', () => {
    // As in the TIME articles of ir/time: "ON AUG . 31, 1963" was cut after "AUG .", and a quotation's
    // closing mark opened the next sentence ('" MAO, THE SOMEWHAT …').
    const text =
      'THE PIER OPENS ON AUG . 31, 1963, THE DAY THE U.S . CONSUL ARRIVES WITH J . R . HOLM . " WE ARE READY ! " SAID THE MAYOR . THE PIER WAS SHUT IN MAR . NOBODY CAME .';
    // An opening quote typed at the end of a line opens the next line's sentence (TIME 449).
    expect(
      splitSentences('THE MAYOR SPOKE . "\nWE ARE READY ! " THE CROWD CHEERED .').map((s) => s.text),
    ).toEqual(['THE MAYOR SPOKE .', '" WE ARE READY ! "', 'THE CROWD CHEERED .']);
    expect(splitSentences(text).map((span) => span.text)).toEqual([
      'THE PIER OPENS ON AUG . 31, 1963, THE DAY THE U.S . CONSUL ARRIVES WITH J . R . HOLM .',
      '" WE ARE READY ! "',
      'SAID THE MAYOR .',
      'THE PIER WAS SHUT IN MAR .',
      'NOBODY CAME .',
    ]);
  });

  it('splits on sentence punctuation but not abbreviations, initials or decimals', () => {
    const text = 'Dr. Smith met Mr. J. Doe at 3.5 p.m. today. Revenue grew 4.2% in Q3! Was it enough? Yes.';
    expect(splitSentences(text).map((span) => span.text)).toEqual([
      'Dr. Smith met Mr. J. Doe at 3.5 p.m. today.',
      'Revenue grew 4.2% in Q3!',
      'Was it enough?',
      'Yes.',
    ]);
  });
  it('keeps dotted initialisms inside the sentence', () => {
    const text = 'On May 2, 2001, Harbor Wind, L.L.C. sold its share to Lakeside Power, L.P. for cash. Done.';
    expect(splitSentences(text).map((span) => span.text)).toEqual([
      'On May 2, 2001, Harbor Wind, L.L.C. sold its share to Lakeside Power, L.P. for cash.',
      'Done.',
    ]);
  });
  it('ends sentences at blank lines and list items', () => {
    const text = 'Agenda\n\n- Budget review\n- Hiring plan\nThanks, see you there';
    expect(splitSentences(text).map((span) => span.text)).toEqual([
      'Agenda',
      '- Budget review',
      '- Hiring plan',
      'Thanks, see you there',
    ]);
  });
  it('splits Chinese sentences', () => {
    expect(splitSentences('预算已批准。下周开会！谁负责？').map((span) => span.text)).toEqual([
      '预算已批准。',
      '下周开会！',
      '谁负责？',
    ]);
  });
  it('keeps offsets that point into the source', () => {
    const text = '  First one.  Second one.';
    for (const span of splitSentences(text)) expect(text.slice(span.start, span.end).trim()).toBe(span.text);
  });
  it('joins a sentence wrapped over lines', () => {
    expect(
      splitSentences('We decided to cut the travel\nbudget by 10% for Q3.').map((span) => span.text),
    ).toEqual(['We decided to cut the travel budget by 10% for Q3.']);
  });
});

describe('a parenthesis wrapped over a line break', () => {
  it('runs on to its closing parenthesis, and a short line after a closed one still ends', () => {
    const spans = splitSentences(
      'We meet on Tuesday. (I will send a note\nMonday with the room.)\nAgenda follows\nBring the plans.',
    ).map((span) => span.text);
    expect(spans).toEqual([
      'We meet on Tuesday.',
      '(I will send a note Monday with the room.)',
      'Agenda follows',
      'Bring the plans.',
    ]);
    expect(
      splitSentences('Questions? Call me at (555)\n010-2836 or Bo at (555) 010-5000.').map(
        (span) => span.text,
      ),
    ).toEqual(['Questions?', 'Call me at (555) 010-2836 or Bo at (555) 010-5000.']);
  });
});

describe('dots that end no sentence in any language', () => {
  it('runs on through a dot inside brackets that close, and after a number alone', () => {
    const texts = (text: string) => splitSentences(text).map((span) => span.text);
    // An abbreviation the list does not know, inside brackets: the bracket keeps the sentence whole.
    expect(
      texts('Der Maler Otto Brenner [eigtl. Otto Brenn] (1890–1950) zog nach Nordstadt. Dort blieb er.'),
    ).toEqual([
      'Der Maler Otto Brenner [eigtl. Otto Brenn] (1890–1950) zog nach Nordstadt.',
      'Dort blieb er.',
    ]);
    expect(
      texts('Die Revolution (nach alt. Kalender im Februar) begann früh. Sie endete spät.'),
    ).toHaveLength(2);
    // "6." alone is an ordinal or a list number, not a sentence.
    expect(
      splitSentences('6. Jahrgang der Hafenzeitung. Neue Texte folgen.').map((span) => span.text),
    ).toEqual(['6. Jahrgang der Hafenzeitung.', 'Neue Texte folgen.']);
    // A day and month in figures run on into their year; a date that ends a sentence still ends it.
    expect(texts('Die Frist endet am 3.11. 2027. Danach nicht mehr.')).toEqual([
      'Die Frist endet am 3.11. 2027.',
      'Danach nicht mehr.',
    ]);
    expect(texts('Wir treffen uns am 3.11. Danach reisen wir.')).toHaveLength(2);
    // A bracket left open does not swallow the sentences after it; a year still ends one.
    expect(texts('A stray ( bracket here. The next one starts.')).toHaveLength(2);
    expect(texts('Sales rose in 2012. The next year they fell.')).toHaveLength(2);
    // A long line wrapped before a number runs on; a short line before a number ends.
    expect(
      texts(
        'The marks for both the underlying and volatility positions in the 2007 through\n2010 period differ by $2.6 million.',
      ),
    ).toHaveLength(1);
    expect(texts('Agenda for Monday\n10 people will attend the review.')).toHaveLength(2);
    // A line filled to the wrap width that stops on a lower-case word runs on, even before a capital.
    expect(
      texts(
        "These revised curves add about $4 million of incremental value that will hit\nOskar's report tonight.",
      ),
    ).toHaveLength(1);
    expect(texts('Budget review for the harbour\nOskar will chair it.')).toHaveLength(2);
    // A bracketed sentence ends at its bracket, however many brackets it holds.
    expect(
      splitSentences('(Once it ran (for example, on Fridays), but no more.) Now it runs daily.').map(
        (span) => span.text,
      ),
    ).toEqual(['(Once it ran (for example, on Fridays), but no more.)', 'Now it runs daily.']);
  });

  it('runs on through a dot standing alone in a command, and still ends at a spaced dot before a capital', () => {
    expect(
      splitSentences('Try this: find . -name "*.tmp" -delete to clear them. Then check.').map(
        (span) => span.text,
      ),
    ).toEqual(['Try this: find . -name "*.tmp" -delete to clear them.', 'Then check.']);
    expect(splitSentences('It works now . Thanks for the help.').map((span) => span.text)).toEqual([
      'It works now .',
      'Thanks for the help.',
    ]);
  });

  it('runs on after a short lower-case abbreviation before a number, in any language', () => {
    const texts = (text: string) => splitSentences(text).map((span) => span.text);
    expect(texts('Składa wniosek, o którym mowa w art. 100 ust. 1 ustawy. Wpis jest bezpłatny.')).toEqual([
      'Składa wniosek, o którym mowa w art. 100 ust. 1 ustawy.',
      'Wpis jest bezpłatny.',
    ]);
    expect(texts('See vol. 2 of the report. It was late.')).toEqual([
      'See vol. 2 of the report.',
      'It was late.',
    ]);
    // A lower-case abbreviation of a closed list before a capitalised word runs on; the same
    // letters in capitals are a word or a code that may end a sentence.
    expect(texts('Zespół ds. Obsługi Klienta, ul. Długa 5. Biuro jest otwarte.')).toEqual([
      'Zespół ds. Obsługi Klienta, ul. Długa 5.',
      'Biuro jest otwarte.',
    ]);
    expect(texts('Die Kosten bzw. Einnahmen sind offen. Vgl. Anhang B.')).toEqual([
      'Die Kosten bzw. Einnahmen sind offen.',
      'Vgl. Anhang B.',
    ]);
    expect(texts('We sell power in CA. Can we buy more?')).toEqual([
      'We sell power in CA.',
      'Can we buy more?',
    ]);
    // A word of its own before a number still ends its sentence when it is capitalised or long.
    expect(texts('The total went to Berlin. 15 people came.')).toEqual([
      'The total went to Berlin.',
      '15 people came.',
    ]);
  });
});

describe('withStopsClosedUp', () => {
  it('closes up a full stop or comma typed with a space before it, and nothing else', () => {
    expect(withStopsClosedUp('THE U.S . TROOPS LEFT , AS PLANNED , ON AUG . 31 .')).toBe(
      'THE U.S. TROOPS LEFT, AS PLANNED, ON AUG. 31.',
    );
    // French spaces its colons, question and exclamation marks; a stop alone in a command stays.
    expect(withStopsClosedUp('Attention : le quai ferme ! Pourquoi ?')).toBe(
      'Attention : le quai ferme ! Pourquoi ?',
    );
    expect(withStopsClosedUp('Run find . -name notes')).toBe('Run find . -name notes');
  });
});

describe('closedSentence', () => {
  it('adds a full stop after the last word', () => {
    expect(closedSentence('The Dorvale review moves to Thursday')).toBe(
      'The Dorvale review moves to Thursday.',
    );
    expect(closedSentence('Call Lina Brask (x4417)')).toBe('Call Lina Brask (x4417).');
  });
  it('ends a line that stopped on a comma, a semicolon or a colon with a full stop instead', () => {
    expect(closedSentence('Two changing rooms for the visiting team;')).toBe(
      'Two changing rooms for the visiting team.',
    );
    expect(closedSentence('Seats for the regional clubs ;')).toBe('Seats for the regional clubs.');
    expect(closedSentence('Enjoy the weekend,')).toBe('Enjoy the weekend.');
    expect(closedSentence('Offices of the Marlow branch:')).toBe('Offices of the Marlow branch.');
    expect(closedSentence('the average wait is 41 days; and,')).toBe('the average wait is 41 days; and.');
  });
  it('makes a doubled stop single and keeps an ellipsis', () => {
    expect(closedSentence('Send it back by Friday, Oct. 9th..')).toBe('Send it back by Friday, Oct. 9th.');
    expect(closedSentence('Ask Tomas about the keys...')).toBe('Ask Tomas about the keys...');
    expect(closedSentence('Ask Tomas about the keys....')).toBe('Ask Tomas about the keys...');
    expect(closedSentence('Is the Velm office open?')).toBe('Is the Velm office open?');
    expect(closedSentence('She wrote "done."')).toBe('She wrote "done."');
  });
  it("adds nothing after a command's escaped mark or a code line's semicolon", () => {
    expect(closedSentence('The class holds: private Map<String, Integer> counts;')).toBe(
      'The class holds: private Map<String, Integer> counts;',
    );
    expect(closedSentence(String.raw`find . -name '*.tmp' -exec rm {} \;`)).toBe(
      String.raw`find . -name '*.tmp' -exec rm {} \;`,
    );
  });
});
