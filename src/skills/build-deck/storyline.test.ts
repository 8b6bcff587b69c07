/**
 * The outline and storyline rules on small documents: where the title comes from, labels in
 * the document's language, parts of a multi-part document, slide targets without padding,
 * closing slides only from stated results or actions, and tables split without cutting cells.
 */
import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../../formats/model.ts';
import { buildDeck } from './build-deck.ts';
import { candidatesOf } from './key-points.ts';
import { foreignLabelsIn, labelsForLanguage } from './labels.ts';
import { outlineDocument } from './outline.ts';
import { shortenTitle } from './sentences.ts';

let line = 0;
const p = (text: string, extra: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block => ({
  kind: 'paragraph',
  text,
  locator: { paragraph: ++line },
  ...extra,
});
const h = (level: number, text: string): Block => ({
  kind: 'heading',
  level,
  text,
  locator: { paragraph: ++line },
});
const doc = (blocks: Block[], title?: string): Document => ({
  type: 'document',
  format: 'docx',
  metadata: title ? { title } : {},
  blocks,
});

const ENGLISH_BODY = [
  p('The regional office reviewed every contract signed during the year and compared the prices paid.'),
  p('Most suppliers kept their prices, but two raised them without notice during the spring.'),
];

describe('deck title', () => {
  it('takes the title property, then the Title style, then the opening heading, then a short first line, then the file name', () => {
    const body = [h(1, 'Scope'), ...ENGLISH_BODY];
    expect(outlineDocument(doc(body, 'Contract review 2025'), 'x.docx')).toMatchObject({
      title: 'Contract review 2025',
      titleSource: 'property',
    });
    // A template name in the property does not count.
    const styled = doc([p('Supplier prices', { style: 'Title' }), ...body], 'Normal.dot');
    expect(outlineDocument(styled, 'x.docx')).toMatchObject({
      title: 'Supplier prices',
      titleSource: 'title-style',
    });
    expect(outlineDocument(doc(body), 'x.docx')).toMatchObject({ title: 'Scope', titleSource: 'heading' });
    const lined = doc([p('Annual supplier report'), ...ENGLISH_BODY]);
    expect(outlineDocument(lined, 'x.docx')).toMatchObject({
      title: 'Annual supplier report',
      titleSource: 'first-line',
    });
    expect(outlineDocument(doc(ENGLISH_BODY), 'poi_stress019.docx')).toMatchObject({
      title: 'Poi stress 019',
      titleSource: 'file-name',
    });
  });
});

describe('labels in the document language', () => {
  const japanese = doc([
    p('リニューアルプロポーザル募集要項'),
    h(1, '１．委託業務の名称'),
    p('本業務は会報誌の発行運営業務を委託するものです。応募者は企画書を提出してください。'),
    h(1, '２．業務目的'),
    p('会員に向けて分かりやすい情報を届けることを目的とします。紙面の刷新を予定しています。'),
    h(1, '３．提出書類'),
    p('企画書と見積書を三月末日までに事務局へ提出する必要があります。'),
  ]);

  it('writes a Japanese deck with Japanese labels and no Chinese ones', async () => {
    const deck = await buildDeck({ document: japanese, sourceName: 'poi_stress019.docx' });
    expect(deck.language).toBe('ja');
    const titles = deck.slides.map((slide) => slide.title);
    expect(titles).toContain('アジェンダ');
    expect(titles.join(' ')).not.toMatch(/议程|总结|下一步/);
    expect(deck.checks.language.mismatches).toEqual([]);
    expect(deck.checks.titleSource).toBe('first-line');
  });

  it('has one table of labels for at least eight languages', () => {
    const agendas = ['en', 'de', 'fr', 'es', 'zh-Hans', 'zh-Hant', 'ja', 'ko'].map(
      (tag) => labelsForLanguage(tag as never).agenda,
    );
    expect(agendas).toEqual([
      'Agenda',
      'Agenda',
      'Ordre du jour',
      'Agenda',
      '议程',
      '議程',
      'アジェンダ',
      '목차',
    ]);
    expect(labelsForLanguage('de').summaryAndNextSteps).toBe('Zusammenfassung und nächste Schritte');
    // The check finds another language's label words on a slide.
    expect(foreignLabelsIn('议程', labelsForLanguage('ja'))).toEqual(['议程']);
    expect(foreignLabelsIn('アジェンダ', labelsForLanguage('ja'))).toEqual([]);
  });

  it('shortens CJK titles at a punctuation or script boundary, never inside a word', () => {
    expect(shortenTitle('（２）プレゼンテーションの内容について説明する', 5)).not.toBe(
      '（２）プレゼンテーシ',
    );
    expect(shortenTitle('日連の常任理事会で報告されるのは、巻頭言の内容である', 8)).toBe(
      '日連の常任理事会で',
    );
  });
});

describe('agenda', () => {
  it('keeps a section title whole when a cut would leave off only one or two words', async () => {
    const titles = [
      'Rules for the new garden tool sheds',
      'Opening hours of the lakeside reading room',
      'Water meters',
      'Fees for the summer sailing course',
      'Who keeps the keys',
      'Repairs planned on the harbour wall before the autumn storms and the spring floods',
      'Contacts',
    ];
    const blocks = titles.flatMap((title) => [h(1, title), ...ENGLISH_BODY]);
    const deck = await buildDeck({ document: doc(blocks, 'Harbour club handbook'), sourceName: 'club.docx' });
    const agenda = deck.spec.slides.find((slide) => 'title' in slide && slide.title === 'Agenda');
    const items =
      agenda?.layout === 'two-column'
        ? [...agenda.left, ...agenda.right].map((item) => item.text)
        : agenda?.layout === 'bullets'
          ? agenda.bullets.map((item) => item.text)
          : [];
    expect(items).toContain('Rules for the new garden tool sheds');
    expect(items).toContain('Opening hours of the lakeside reading room');
    // A longer title is still cut to six words, never on one that needs the next.
    expect(items).toContain('Repairs planned on the harbour wall');
  });

  it('does not end a cut Arabic title on a word that needs the next', () => {
    // "The committee's second annual report for the city on the works of the public garden."
    expect(shortenTitle('تقرير اللجنة السنوي الثاني للمدينة عن أعمال الحديقة العامة', 6)).toBe(
      'تقرير اللجنة السنوي الثاني للمدينة',
    );
  });
});

describe('structure', () => {
  it('gives each part of a multi-part document its own section, and counts it for coverage', async () => {
    const essay = (n: number) => [
      h(1, `${n}. Kapitel ${n}`),
      p(
        'Der Ausschuss hat die Verträge des Jahres geprüft und die gezahlten Preise mit dem Vorjahr verglichen.',
      ),
      p(
        'Die meisten Lieferanten haben ihre Preise gehalten, aber zwei haben sie im Frühjahr ohne Ankündigung erhöht.',
      ),
    ];
    const anthology = doc([
      ...essay(1),
      ...essay(2),
      ...essay(3),
      h(2, 'Die goldene Regel'),
      h(2, '1. Vorbemerkungen'),
      p(
        'Dieser zweite Aufsatz handelt von Geld und Macht in der Gesellschaft und von den Regeln, die daraus folgen.',
      ),
      h(2, '2. Zum Begriff'),
      p(
        'Der Begriff wird in der Literatur auf verschiedene Weise verwendet und ist nicht immer klar bestimmt.',
      ),
    ]);
    const outline = outlineDocument(anthology, 'sammelband.docx');
    expect(outline.sections.map((section) => section.title)).toContain('Die goldene Regel');
    const deck = await buildDeck({ document: anthology, sourceName: 'sammelband.docx' });
    expect(deck.checks.sections).toBe(4);
    expect(deck.checks.missingSections).toEqual([]);
    expect(deck.checks.language.labels).toBe('de');
  });
});

describe('slide budget and closing slide', () => {
  it('gives a short document fewer slides than asked, with a notice, and no filler or made-up summary', async () => {
    const short = doc([h(1, 'Scope'), ...ENGLISH_BODY], 'Contract review');
    const deck = await buildDeck({ document: short, sourceName: 'short.docx', slides: 10 });
    expect(deck.slides.length).toBeLessThan(10);
    expect(deck.warnings.map((warning) => warning.message).join(' ')).toMatch(
      /enough content for \d+ slides, not 10/,
    );
    const titles = deck.slides.map((slide) => slide.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(deck.slides.some((slide) => slide.role === 'summary')).toBe(false);
    expect(titles.join(' ')).not.toMatch(/Part 1|sections from/);
  });

  it('closes with stated results and actions', async () => {
    const report = doc(
      [
        h(1, 'Revenue'),
        p('Revenue increased by 12% to 4.4 million euros in the third quarter.'),
        p('Hosting costs grew faster than revenue over the same months.'),
        h(1, 'Next steps'),
        p('Finance will renegotiate the hosting contract by March 2026.'),
        p('The team should publish the new price list before the end of Q1.'),
      ],
      'Q3 review',
    );
    const deck = await buildDeck({ document: report, sourceName: 'q3.docx' });
    const closing = deck.slides.at(-1);
    expect(closing?.role).toBe('summary');
    expect(closing?.title).toBe('Summary and next steps');
  });

  it('adds no closing slide that repeats a section of next steps, and takes no condition for an action', async () => {
    const plan = doc(
      [
        p(
          'The support desk will answer every ticket within one working day from the start of the new quarter. Two new agents join the desk in February.',
        ),
        h(1, 'Risks'),
        p(
          'Hiring may take longer than planned. If the new tool arrives late, answers will not speed up before June.',
        ),
        h(1, 'Next steps'),
        p('Lena Park will post the two openings by 15 January.'),
        p('Omar Haddad will sign the tool contract by 31 January.'),
      ],
      'Support plan',
    );
    const deck = await buildDeck({ document: plan, sourceName: 'plan.docx' });
    const titles = deck.slides.map((slide) => slide.title);
    // Before: a last slide "Next steps" with the section's two bullets again and "If the new tool arrives late…".
    expect(titles.filter((title) => title === 'Next steps')).toHaveLength(1);
    expect(deck.slides.some((slide) => slide.role === 'summary')).toBe(false);
    // Before: the lead paragraph (under 60 words) was dropped; now it is the introduction.
    expect(titles).toContain('Introduction');
  });

  it('adds no closing slide that repeats a section of results, and says a section whose one sentence makes no bullet', async () => {
    const proposal = doc(
      [
        h(1, 'Summary'),
        p(
          'We propose moving the help desk to a rota of four longer days per person, while the desk stays open five days a week. The change keeps coverage the same and gives each person one weekday off.',
        ),
        h(1, 'Background'),
        p(
          'The help desk is open Monday to Friday. Today six people each work five eight-hour days. Staff surveys named flexible hours as the top request.',
        ),
        h(1, 'Trial'),
        p(
          'We suggest a three-month trial from March to May next year, with a review of response times and staff satisfaction in June.',
        ),
      ],
      'Four-day rota',
    );
    const deck = await buildDeck({ document: proposal, sourceName: 'proposal.txt' });
    const titles = deck.slides.map((slide) => slide.title);
    // Before: a last slide "Summary" with the Summary section's bullet again.
    expect(titles.filter((title) => title === 'Summary')).toHaveLength(1);
    expect(deck.slides.some((slide) => slide.role === 'summary')).toBe(false);
    // Before: "Trial" was a title alone, noted "Section “Trial”.": its one sentence (21 words, no clause to cut) was lost.
    const trial = deck.spec.slides[titles.indexOf('Trial')];
    expect(trial).toMatchObject({
      layout: 'section',
      subtitle: expect.stringMatching(/^We suggest a three-month trial/),
    });
    expect(deck.slides[titles.indexOf('Trial')]?.notes).toMatch(/^We suggest a three-month trial/);
    expect(deck.checks.overBudget).toEqual([]);
  });
});

describe('tables', () => {
  it('splits a long table with its header on every page, keeps cells whole and sends prose columns to the notes', async () => {
    const long =
      'A description that runs on for quite a while, explaining the item in full sentences. '.repeat(3);
    const rows = [
      ['Item', 'Owner', 'Cost', 'Notes'],
      ...Array.from({ length: 16 }, (_, i) => [`Item ${i + 1}`, `Person ${i + 1}`, String(100 + i), long]),
    ].map((row) => row.map((text) => ({ text })));
    const tabled = doc(
      [
        h(1, 'Items'),
        p('The table lists every item bought this year.'),
        { kind: 'table', rows, locator: { paragraph: 99 } },
      ],
      'Purchases',
    );
    const deck = await buildDeck({ document: tabled, sourceName: 'items.docx' });
    const tables = deck.spec.slides.filter((slide) => slide.layout === 'table');
    expect(tables.length).toBeGreaterThan(1);
    for (const table of tables) {
      if (table.layout !== 'table') continue;
      expect(table.header).toEqual(['Item', 'Owner', 'Cost']);
      expect(table.caption).toMatch(/1 more column\(s\) in the notes/);
      expect(table.rows.flat().some((cell) => cell.endsWith('…'))).toBe(false);
    }
    expect(tables[0]?.notes).toContain(long.trim());
    expect(tables.reduce((sum, table) => sum + (table.layout === 'table' ? table.rows.length : 0), 0)).toBe(
      16,
    );
    expect(deck.checks.truncatedCells).toEqual([]);
  });
});

describe('a document framed in a one-column table', () => {
  const cell = (text: string) => ({ text });
  const framed = (texts: string[]): Block => ({
    kind: 'table',
    rows: texts.map((text) => [cell(text)]),
    locator: { paragraph: 1 },
  });
  it('heads each box by its own label and joins lines typed inside a box', () => {
    const outline = outlineDocument(
      doc([
        framed([
          'Route plan:\nThe ferry trial runs for twelve weeks on the northern route and stops at\n    FOUR piers on each crossing of the bay.\n\n(Section 2.1)',
          'Trial goals:\n1. To measure how many passengers arrive late at the first pier and\n    the second pier during the morning crossings of the trial.\n\n2. To count the connections missed at the last pier of each crossing.',
        ]),
      ]),
      'trial.docx',
    );
    // The first box's label names the deck, so its section is the introduction rather than a second "Route plan".
    expect(outline.title).toBe('Route plan');
    expect(outline.sections.map((section) => section.title)).toEqual(['Introduction', 'Trial goals']);
    const text = JSON.stringify(outline.sections);
    expect(text).toContain('stops at FOUR piers on each crossing');
    const points = candidatesOf(outline.sections[0]?.parts.flatMap((part) => part.blocks) ?? []);
    expect(points.map((point) => point.sentence).join(' ')).not.toContain('(Section 2.1)');
  });

  it('numbers table pages "(k/N)" only when all N are in the deck, else marks them continued', async () => {
    const rows = [
      ['Day', 'Crossing'],
      ...Array.from({ length: 300 }, (_, i) => [
        String((i % 28) + 1),
        `Crossing number ${i + 1} to the island`,
      ]),
    ].map((row) => row.map((text) => ({ text })));
    const tabled = doc(
      [
        h(1, 'Crossings'),
        p('The table lists every crossing of the year.'),
        { kind: 'table', rows, locator: { paragraph: 99 } },
      ],
      'Crossings',
    );
    const deck = await buildDeck({ document: tabled, sourceName: 'crossings.docx' });
    const titles = deck.spec.slides.filter((slide) => slide.layout === 'table').map((slide) => slide.title);
    expect(titles.length).toBeGreaterThan(1);
    for (const title of titles) expect(title).not.toMatch(/\(\d+\/\d+\)$/);
    expect(titles.slice(1).every((title) => title.endsWith('(continued)'))).toBe(true);
  });
});

describe('slides of one section that would share a title', () => {
  it('numbers them "(k/N)" as a person would', async () => {
    const rows = [
      ['Stop', 'Pier', 'Minutes'],
      ['North', '2', '14'],
      ['Island', '5', '22'],
    ].map((row) => row.map((text) => ({ text })));
    const deck = await buildDeck({
      document: doc(
        [
          p('Ferry timetable'),
          p('Route 7'),
          ...ENGLISH_BODY,
          { kind: 'table', rows, locator: { paragraph: 99 } },
        ],
        'Ferry timetable',
      ),
      sourceName: 'timetable.docx',
    });
    const titles = deck.spec.slides.slice(1).map((slide) => slide.title);
    // Before: the bullets, the key figure and the table slide all bore the section's one title.
    expect(titles.length).toBeGreaterThan(1);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).toEqual(
      titles.map((title, index) => title.replace(/ \(\d+\/\d+\)$/, '') + ` (${index + 1}/${titles.length})`),
    );
  });
});

describe('markup quoted in a document', () => {
  it('gives no bullet: a line of tags holds no two words in a row', () => {
    const candidates = candidatesOf([
      p('The kiln log records every firing with its peak temperature.'),
      p('<kiln:firing id="7" peak="1260C"/>'),
      p('<kiln:log>'),
      p('<glaze><batch>Q2xheUJvZHk=</batch></glaze>'),
      p('<b>Note</b> the kiln cools for two days.'),
    ]).map((candidate) => candidate.sentence);
    expect(candidates).toEqual([
      'The kiln log records every firing with its peak temperature.',
      '<b>Note</b> the kiln cools for two days.',
    ]);
  });
});

describe('sections whose sentences are too long to make bullets', () => {
  const li = (text: string): Block => ({
    kind: 'list-item',
    level: 0,
    ordered: false,
    text,
    locator: { paragraph: ++line },
  });
  const kioskLead =
    'Every new kiosk along the harbour promenade shall meet each rule of the waterfront design guide adopted by the harbour board in the spring of last year, including that it will not block any of the following:';

  it('says the one long sentence of a section in its first words rather than showing the title alone', async () => {
    const sentence =
      'Any licence issued to a stall holder before the market moved to the old tram depot remains valid for every later holder of the pitch, unless the stall is taken down.';
    const market = doc(
      [
        h(1, 'Opening hours'),
        p('The market opens at seven on weekdays. Stalls close by four in winter and by six in summer.'),
        h(1, 'Earlier licences'),
        p(sentence),
        h(1, 'Fees'),
        p('Each pitch costs twelve crowns a day. Holders of a season pass pay half on Saturdays.'),
      ],
      'Tram depot market',
    );
    const deck = await buildDeck({ document: market, sourceName: 'market.docx' });
    const index = deck.slides.findIndex((slide) => slide.title === 'Earlier licences');
    // Before: a section slide with no subtitle, noted "Section “Earlier licences”.".
    expect(deck.spec.slides[index]).toMatchObject({
      layout: 'section',
      subtitle: expect.stringMatching(/^Any licence issued to a stall holder .* …$/),
    });
    expect(deck.slides[index]?.notes).toContain(sentence);
  });

  it('leads a list of short items with the sentence that introduces them, under it', async () => {
    for (const items of [
      [
        li('Benches facing the water'),
        li('Fire hydrants'),
        li(
          'Views of the lighthouse from the pier, the old customs house and the ferry ramp as listed in the guide.',
        ),
      ],
      [
        p('A.    Benches facing the water.'),
        p('B.    Fire hydrants.'),
        p(
          'C.    Views of the lighthouse from the pier, the old customs house and the ferry ramp as listed in the guide.',
        ),
      ],
    ]) {
      const promenade = doc(
        [
          h(1, 'Stalls'),
          p('Stalls may open from April to October. Each stall needs a permit from the harbour office.'),
          h(1, 'Kiosks'),
          p(kioskLead),
          ...items,
          h(1, 'Fees'),
          p('A kiosk pays forty crowns a month. A stall pays ten crowns a week.'),
        ],
        'Harbour promenade rules',
      );
      const deck = await buildDeck({ document: promenade, sourceName: 'promenade.docx' });
      const kiosks = deck.spec.slides.find((slide) => slide.title === 'Kiosks');
      // Before: "Benches facing the water", "Fire hydrants", not saying what they are a list of.
      expect(kiosks?.layout).toBe('bullets');
      const bullets = kiosks?.layout === 'bullets' ? kiosks.bullets : [];
      expect(bullets[0]).toMatchObject({
        text: expect.stringMatching(/^Every new kiosk along the harbour promenade .* …$/),
      });
      expect(bullets[0]?.level ?? 0).toBe(0);
      expect(bullets.slice(1).map((bullet) => [bullet.text, bullet.level])).toEqual([
        ['Benches facing the water', 1],
        ['Fire hydrants', 1],
      ]);
    }
  });
});

describe('section dividers', () => {
  const part = (name: string) => [
    h(2, name),
    p(`The ${name.toLowerCase()} crew meets on Mondays to plan the week of work on the estate.`),
    p(`Each ${name.toLowerCase()} task is logged in the estate book with its hours and materials.`),
    p(`New ${name.toLowerCase()} tools are ordered through the estate office before the season starts.`),
  ];
  const estate = doc(
    [
      h(1, 'Budget'),
      p('The estate spends most of its budget on wages. Materials come second, then tools.'),
      h(1, 'Grounds'),
      p('The grounds team keeps the gardens, the orchard and the woods in order through the year.'),
      ...part('Gardens'),
      ...part('Orchard'),
      ...part('Woods'),
      h(1, 'Visitors'),
      p('Visitors may walk the grounds on Sundays. Guided tours start at the gate at eleven.'),
    ],
    'Estate year',
  );

  it('are subtitled by what the section holds, never by a bare part number', async () => {
    const deck = await buildDeck({ document: estate, sourceName: 'estate.docx' });
    const dividers = deck.spec.slides.filter((slide) => slide.layout === 'section');
    // Before: "Grounds" over "Part 2".
    expect(dividers).toContainEqual(
      expect.objectContaining({ title: 'Grounds', subtitle: 'Gardens · Orchard · Woods' }),
    );
    for (const slide of deck.spec.slides)
      if (slide.layout === 'section' || slide.layout === 'title')
        expect(slide.subtitle ?? '').not.toMatch(/^Part \d+$/);
  });
});
