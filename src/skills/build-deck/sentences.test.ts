import { describe, expect, it } from 'vitest';
import { candidatesOf } from './key-points.ts';
import {
  compressSentence,
  countWords,
  MAX_BULLET_WORDS,
  shortenAtPhrase,
  shortenTitle,
  splitSentences,
} from './sentences.ts';
import { paginateRows, parseNumber, slideTable, tableChart } from './tables.ts';

describe('splitSentences', () => {
  it('splits on sentence ends but not on abbreviations, initials or decimals', () => {
    expect(
      splitSentences('Revenue was $4.44 million. Dr. Smith agreed, e.g. on pricing. J. Doe left! Next?'),
    ).toEqual(['Revenue was $4.44 million.', 'Dr. Smith agreed, e.g. on pricing.', 'J. Doe left!', 'Next?']);
  });
  it('splits Chinese on 。！？', () => {
    expect(splitSentences('收入增长了百分之十二。利润下降。')).toEqual([
      '收入增长了百分之十二。',
      '利润下降。',
    ]);
  });
});

describe('compressSentence', () => {
  it('drops a conjunction that joins the sentence to the one before it', () => {
    // TIME article 163 of ir/time: a section was titled "BUT PROVERBS ARE ECLIPSED BY POWER".
    expect(compressSentence('But the ferry board agreed to the new timetable on Monday.')).toBe(
      'The ferry board agreed to the new timetable on Monday',
    );
    expect(compressSentence('Aber der Vorstand stimmte dem neuen Fahrplan am Montag zu.')).toBe(
      'Der Vorstand stimmte dem neuen Fahrplan am Montag zu',
    );
    // Not a word that only begins like one, nor a conjunction left with too little after it.
    expect(compressSentence('Butter prices rose again in the harbour market.')).toBe(
      'Butter prices rose again in the harbour market',
    );
    expect(compressSentence('But not yet.')).toBe('But not yet');
  });

  it('never cuts at the colon of a time or a ratio written with spaces', () => {
    // Typed as text set in capitals with spaced punctuation often is (TIME article 163 of ir/time):
    // the title was "MIDDLE EAST THE CAMEL DRIVER AT 6".
    const sentence =
      'THE FERRY BOARD MET AT 6 : 30 ONE MORNING IN MARCH, AND THE VOTE WENT 3 : 1 FOR A NEW SPRING TIMETABLE .';
    expect(compressSentence(sentence, 8)).toBeUndefined();
    expect(compressSentence(sentence)).toBe('THE FERRY BOARD MET AT 6: 30 ONE MORNING IN MARCH');
    expect(
      compressSentence(
        'The ferry board met on Monday at the quay office: the vote went to the new spring plan.',
      ),
    ).toBe('The ferry board met on Monday at the quay office');
    expect(
      shortenTitle('Doors open at 6 : 30 for the annual meeting of the ferry board and its guests'),
    ).toBe('Doors open at 6 : 30 for the annual meeting');
  });

  const sentences = [
    'However, gross margin slipped to 65% from 69% a year ago, because hosting costs grew faster than revenue across every region we serve.',
    'The ingestion queue (which had been stable for two years) stopped autoscaling after the January storage change, which delayed dashboards by forty minutes.',
    'From 4 to 6 March, store data reached the Acme dashboards up to 40 minutes late.',
    'A three-year term saves about $49,000 a year but has weak exit terms; Priya recommends an option by 20 March.',
  ];
  it('returns whole words of the sentence, in order, within the bullet limit', () => {
    for (const sentence of sentences) {
      const bullet = compressSentence(sentence);
      expect(bullet, sentence).toBeDefined();
      if (!bullet) continue;
      expect(countWords(bullet)).toBeLessThanOrEqual(MAX_BULLET_WORDS);
      const sourceWords = new Set(
        sentence.split(/[\s()]+/).map((word) => word.replace(/[,.;:]$/, '').toLowerCase()),
      );
      for (const word of bullet.split(/\s+/))
        expect(sourceWords.has(word.replace(/[,.;:]$/, '').toLowerCase()), `${word} in ${bullet}`).toBe(true);
    }
  });
  it('drops lead-ins, parentheticals and trailing clauses rather than cutting mid-clause', () => {
    expect(compressSentence(sentences[0]!)).toBe('Gross margin slipped to 65% from 69% a year ago');
    expect(compressSentence(sentences[1]!)).toBe(
      'The ingestion queue stopped autoscaling after the January storage change',
    );
    expect(compressSentence(sentences[2]!)).toBe(
      'From 4 to 6 March, store data reached the Acme dashboards up to 40 minutes late',
    );
  });
  it('cuts before a clause opened by a preposition and "which" ("…, of which …")', () => {
    expect(
      compressSentence(
        'The budget for the spring term is $64,000, of which $30,000 goes to tutors and $9,000 to new laptops.',
      ),
    ).toBe('The budget for the spring term is $64,000');
  });
  it('gives up on a long sentence with no clause boundary instead of truncating it', () => {
    const long =
      'This sentence keeps going and going without any punctuation at all because it was written in one breath by someone in a hurry to finish';
    expect(compressSentence(long)).toBeUndefined();
  });
  it('shortens titles at natural breaks', () => {
    expect(
      shortenTitle(
        'Appendix: an excerpt from the Office Open XML specification about headers and footers in sections',
      ),
    ).toBe('Appendix');
    expect(shortenTitle('Revenue')).toBe('Revenue');
  });
});

describe('tables', () => {
  const table = {
    kind: 'table' as const,
    locator: { paragraph: 3 },
    rows: [
      ['Region', 'Q2', 'Q3', ''],
      ['North America', '$1,990,445', '$2,000,954', ''],
      ['Europe', '$1,187,318', '$1,295,755', ''],
      ['Total', '$3,177,763', '$3,296,709', ''],
    ].map((row) => row.map((text) => ({ text }))),
  };
  it('drops empty columns and reads numbers with currency, separators and percentages', () => {
    const cleaned = slideTable(table);
    expect(cleaned?.header).toEqual(['Region', 'Q2', 'Q3']);
    expect(parseNumber('$1,990,445')).toBe(1990445);
    expect(parseNumber('12.5%')).toBe(12.5);
    expect(parseNumber('(3.1)')).toBe(-3.1);
    expect(parseNumber('Q4 FY2026')).toBeUndefined();
  });
  it('charts numeric columns by category, leaving the total row out; time-like categories give a line', () => {
    const chart = tableChart(slideTable(table)!);
    expect(chart?.chartType).toBe('bar');
    expect(chart?.series.map((series) => series.name)).toEqual(['Q2', 'Q3']);
    expect(chart?.series[0]?.categories).toEqual(['North America', 'Europe']);
    const monthly = tableChart({
      header: ['Month', 'Revenue'],
      rows: [
        ['January', '10'],
        ['February', '12'],
        ['March', '15'],
      ],
    });
    expect(monthly?.chartType).toBe('line');
    const shares = tableChart({
      header: ['Product', 'Share'],
      rows: [
        ['A', '50%'],
        ['B', '30%'],
        ['C', '20%'],
      ],
    });
    expect(shares?.chartType).toBe('pie');
  });
  it('splits long tables into balanced pages', () => {
    expect(paginateRows(Array.from({ length: 10 }, (_, i) => i)).map((page) => page.length)).toEqual([5, 5]);
    expect(paginateRows([1, 2, 3])).toEqual([[1, 2, 3]]);
  });
});

describe('bullets never stop on a word that needs the next', () => {
  it('cuts before a clause rather than after a preposition or conjunction', () => {
    // A list has no clause to stop at: no bullet rather than the first half of the list.
    expect(
      compressSentence(
        'Change from week 16 to week 20 for: ferry passenger counts, harbour fees, the share of late crossings, and the ratio of cabins.',
      ),
    ).toBeUndefined();
    const inside = compressSentence(
      'Change from week 16 to week 20 for: ferry counts, harbour fee levels (north pier, south pier, east pier), and the ratio of cabins to seats.',
    );
    expect((inside?.match(/\(/g) ?? []).length).toBe((inside?.match(/\)/g) ?? []).length);
    expect(
      shortenTitle('Goal: useful harbour notes that are archived, searchable and easy to write', 9),
    ).toBe('Goal: useful harbour notes that are archived, searchable');
  });

  it('ends a clause of a legal list without its joining word, and keeps the colon of a lead-in', () => {
    expect(compressSentence('The port shall not be required to publish any notice in a newspaper; and')).toBe(
      'The port shall not be required to publish any notice in a newspaper',
    );
    expect(compressSentence('The timetable class is extended by:')).toBe(
      'The timetable class is extended by:',
    );
  });

  it('drops a label left with the number of the next list item', () => {
    const points = candidatesOf([
      {
        kind: 'paragraph',
        text: 'Secondary: 1. To count the morning crossings on each route.',
        locator: { paragraph: 1 },
      },
    ]).map((candidate) => candidate.sentence);
    expect(points).toEqual(['To count the morning crossings on each route.']);
  });
});

describe('bullets are whole clauses, never the start of one', () => {
  it('does not cut at a comma before the object or the verb the head still needs', () => {
    // German sets a comma before every subordinate clause: "…war sicher, dass…" needs its "dass".
    expect(
      compressSentence(
        'Für die Kapitänin war nach dem langen Winter im Hafen sicher, dass die neue Fähre im Mai auf allen Strecken fahren kann.',
      ),
    ).toBeUndefined();
    // A subject with a phrase between commas is not a clause ("Applications, including X, shall…").
    expect(
      compressSentence(
        'Ferry permit applications, including applications for summer cabins and winter berths at the north pier, shall be sent to the harbour office by March.',
      ) ?? '',
    ).not.toMatch(/north pier$/);
  });

  it('does not end on a word that needs the next in the other languages either', () => {
    const bullet = compressSentence(
      'La afluencia de pasajeros al nuevo muelle del norte fue tal que, en pocas semanas, el ferry tuvo que duplicar sus viajes diarios.',
    );
    expect(bullet ?? '').not.toMatch(/\bque$/);
    expect(shortenTitle('Informe anual de la comisión de puertos y ferris de la región del norte', 8)).toBe(
      'Informe anual de la comisión de puertos',
    );
  });

  it('cuts before a clause that a conjunction opens, in any language it knows', () => {
    expect(
      compressSentence(
        'Die neue Fähre fährt ab Mai zweimal am Tag nach Nordstadt, weil die alte im Winter verkauft wurde und keine Ersatzfähre bereitsteht.',
      ),
    ).toBe('Die neue Fähre fährt ab Mai zweimal am Tag nach Nordstadt');
    expect(
      compressSentence(
        'Le nouveau ferry partira deux fois par jour vers Nordville, car l’ancien a été vendu pendant l’hiver sans aucun remplaçant.',
      ),
    ).toBe('Le nouveau ferry partira deux fois par jour vers Nordville');
  });

  it('does not stop inside an aside between dashes or inside a quotation', () => {
    const aside = compressSentence(
      'The new timetable – agreed by the harbour board after two long meetings in the spring – starts on the first Monday of May on every route.',
    );
    expect(aside ?? '').not.toMatch(/spring$/);
    expect(aside ?? '').not.toMatch(/^The new timetable$/);
    const quoted = compressSentence(
      '„Die Fähre fährt nur im Sommer und nur bei ruhigem Wetter zur Insel; sonst bleibt sie im Hafen“, sagte die Kapitänin am Montag.',
    );
    expect(quoted).not.toBe('„Die Fähre fährt nur im Sommer und nur bei ruhigem Wetter zur Insel');
  });
});

describe('compressSentence across languages', () => {
  it('drops lead-in connectives and pointers back in other languages too', () => {
    expect(
      compressSentence(
        'Sin embargo, en materia de transporte podemos identificar a lo menos tres problemas principales.',
      ),
    ).toBe('En materia de transporte podemos identificar a lo menos tres problemas principales');
    expect(
      compressSentence('As mentioned above, the harbour budget was approved in March by the board.'),
    ).toBe('The harbour budget was approved in March by the board');
  });

  it('gives no bullet when all that is left is a connective and a short clause', () => {
    expect(
      compressSentence(
        'De hecho, funcionó al revés, ya que cambió las normas para aumentar la densidad y el número de viviendas que se podían construir en cada barrio.',
      ),
    ).toBeUndefined();
  });

  it('does not cut a Spanish sentence before "en", which opens a clause only in Dutch', () => {
    const bullet = compressSentence(
      'Barrios como los del norte, en la zona costera, o los del sur, en la comuna vecina junto al río grande, son ejemplos conocidos de este problema.',
    );
    expect(bullet ?? '').not.toMatch(/del sur$|del norte$/);
  });

  it('gives no bullet for a sentence cut at an initial, but keeps a letter that names something', () => {
    expect(compressSentence('Como dijo en su discurso del 3 de mayo del año 2014, S.')).toBeUndefined();
    expect(compressSentence('The full list of the harbour works is given in Appendix A.')).toBe(
      'The full list of the harbour works is given in Appendix A',
    );
  });
});

describe('shortenAtPhrase', () => {
  const long =
    'Any permit recorded before the merger of the two districts remains valid for any later owner of the lot, unless the board withdraws it.';

  it('says a sentence with no clause to cut in its first words, where a phrase ends, marked …', () => {
    expect(compressSentence(long, 12)).toBeUndefined();
    expect(shortenAtPhrase(long, 12)).toBe(
      'Any permit recorded before the merger of the two districts remains valid …',
    );
    // Never on a word that needs the next: not "… the merger of the …", not "… valid for any …".
    const cut = shortenAtPhrase(long, 16) ?? '';
    expect(cut).toMatch(/ …$/);
    expect(cut).not.toMatch(/\b(?:the|of|for|any|a) …$/);
    expect(countWords(cut.replace(/ …$/, ''))).toBeLessThanOrEqual(16);
  });

  it('leaves a sentence that fits, text in a script without spaces, and one with no phrase end in reach', () => {
    expect(shortenAtPhrase('The kiln cools overnight before the glaze is checked.', 16)).toBeUndefined();
    expect(
      shortenAtPhrase('窑炉在夜间冷却，第二天早上检查釉面，然后把合格的器皿送到仓库里保存起来等待出售。', 8),
    ).toBeUndefined();
    expect(
      shortenAtPhrase(
        'Glazewright Consolidated Kilnworks Northbridge Ceramics Holdings Limited Partnership Registry closed.',
        8,
      ),
    ).toBeUndefined();
  });
});
