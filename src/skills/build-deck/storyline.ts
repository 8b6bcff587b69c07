/**
 * @module storyline
 * From an outline to the slides of a deck: title, agenda, one or more slides per section,
 * callouts (tables, charts, images, quotes, key figures) and a closing summary. Every section
 * proposes candidate slides with a priority; the deck keeps every section's core slide, then
 * the best candidates until it reaches the requested slide count. When there are more
 * sections than slides, adjacent sections share a slide. Pure: same outline, same deck.
 */
import type { Locator } from '../../formats/model.ts';
import type { Theme } from '../../formats/pptx/theme.ts';
import type { Bullet, SlideSpec } from '../../formats/pptx/write-layout.ts';
import { candidatesOf, inverseFrequencies, type KeyPoint } from './key-points.ts';
import { type DeckLabels, labelsForLanguage } from './labels.ts';
import type { Outline, OutlineSection } from './outline.ts';
import { PAGE_COUNTER, withoutPageCounter, withPageCounter } from './page-counter.ts';
import { agendaItem, compressSentence, countWords, shortenTitle } from './sentences.ts';
import {
  fittedBullets,
  inDocumentLanguage,
  MAX_BULLETS,
  notesFor as notesWithSource,
  PRIORITY,
  type SectionPool,
  SLIDE_WORD_BUDGET,
  type SlideRole,
  sectionCandidates,
} from './slide-candidates.ts';
import { paginateRows, slideTable } from './tables.ts';

export type { DeckLabels };
export { MAX_BULLETS, SLIDE_WORD_BUDGET, type SlideRole };

/** Deck length when no slide count is asked for. */
const MAX_AUTO_SLIDES = 30;

export type PlannedSlide = {
  readonly role: SlideRole;
  readonly spec: SlideSpec;
  /** Index of the outline section(s) the slide comes from. */
  readonly sections: readonly number[];
  /** The source sentences a bullet slide was drawn from, for a model to rewrite from. */
  readonly passages?: readonly string[];
};

/** Labels in the outline's language. */
export function labelsFor(outline: Outline): DeckLabels {
  return labelsForLanguage(outline.language);
}

export type StorylineOptions = {
  readonly sourceName: string;
  /** Fixed words of the deck; defaults from the document's language. */
  readonly labels?: DeckLabels;
  /** Total slides wanted; undefined sizes the deck to the content. */
  readonly slides?: number;
  readonly theme: Theme;
};

/**
 * Sentences that state an action: a modal or plan verb with a deadline, a recommendation, or
 * a "next step" said outright, in the languages the deck labels.
 */
const ACTION_RE =
  /\b(?:will|should|must|needs? to|plans? to|is to|are to)\b.*\b(?:by|before|until)\s+(?:the end of\s+)?(?:Q[1-4]|January|February|March|April|May|June|July|August|September|October|November|December|\d{1,2}(?:st|nd|rd|th)?\s|\d{4}|next\s|this\s|end\b)|\bnext steps?\b|\bwe (?:recommend|propose)\b|\b(?:wird|werden|soll|sollen|muss|müssen)\b.*\bbis (?:zum|Ende|\d)|\bnächsten? Schritte?\b|\bwir empfehlen\b|\bempfehlen wir\b|\bprochaines? étapes?\b|\bnous recommandons\b|\bpróximos pasos\b|\brecomendamos\b|将于|应当在|建议.*(?:前|之前)|下一步|將於|應當在|下一步|までに.*(?:予定|必要|してください)|까지.*(?:예정|해야)/i;
/** Sentences that state a result: a measured change or a finding, said outright. */
const RESULT_RE =
  /\b(?:increased|decreased|grew|fell|rose|declined|reached|achieved|completed|improved|reduced|doubled|showed|found|concluded|resulted|delivered)\b|\b(?:stieg|sank|wuchs|erreichte|ergab|zeigte|gestiegen|gesunken)\b|\b(?:a augmenté|a diminué|a atteint|montre)\b|\b(?:aumentó|disminuyó|alcanzó|muestra)\b|增长|下降|达到|完成|增長|達到|増加|減少|達成|증가|감소|달성/i;
/** Headings of sections that state the document's results. */
const RESULTS_TITLE =
  /summary|conclusion|findings|results|zusammenfassung|fazit|ergebnis|conclusi[oó]n|résumé|synthèse|resumen|resultados|总结|结论|總結|結論|まとめ|요약|결론/i;
/** Headings of sections that hold its plans. */
const PLAN_TITLE =
  /next steps|recommendation|action|outlook|roadmap|ausblick|empfehlung|nächste schritte|prochaines étapes|recommandation|próximos pasos|recomendaci|建议|下一步|建議|今後|다음 단계/i;
const CLOSING_TITLE = new RegExp(`${RESULTS_TITLE.source}|${PLAN_TITLE.source}`, 'i');

/** The agenda: section titles, on one or two columns (and more slides past twelve). */
function agendaSlides(outline: Outline, options: StorylineOptions): PlannedSlide[] {
  const titles = outline.sections.map((section) =>
    agendaItem(section.title, outline.sections.length > 6 ? 6 : 8),
  );
  const pages = titles.length > 12 ? paginateRows(titles, 12) : [titles];
  return pages.map((page, index) => {
    const title =
      pages.length > 1
        ? withPageCounter(labelOf(options).agenda, index, pages.length)
        : labelOf(options).agenda;
    const notes = notesFor(
      outline.sections.map((section) => section.title),
      options,
      undefined,
      [],
    );
    const start = pages.slice(0, index).reduce((sum, p) => sum + p.length, 0);
    const sections = page.map((_, offset) => start + offset);
    if (page.length > 6) {
      const half = Math.ceil(page.length / 2);
      return {
        role: 'agenda' as const,
        sections,
        spec: {
          layout: 'two-column' as const,
          title,
          left: page.slice(0, half).map((text) => ({ text })),
          right: page.slice(half).map((text) => ({ text })),
          notes,
        },
      };
    }
    return {
      role: 'agenda' as const,
      sections,
      spec: { layout: 'bullets' as const, title, bullets: page.map((text) => ({ text })), notes },
    };
  });
}

/** Next steps written as a table (Owner | Action | Due): one bullet per row. */
function tableActions(section: OutlineSection): { sentence: string; bullet: string; locator: Locator }[] {
  const out: { sentence: string; bullet: string; locator: Locator }[] = [];
  for (const block of section.parts.flatMap((part) => part.blocks)) {
    if (block.kind !== 'table') continue;
    const table = slideTable(block);
    if (!table) continue;
    const header = table.header.map((cell) => cell.toLowerCase());
    const action = header.findIndex((cell) => /action|task|step|what|deliverable|item/.test(cell));
    if (action < 0) continue;
    const owner = header.findIndex((cell) => /owner|who|responsible|lead/.test(cell));
    const due = header.findIndex((cell) => /due|when|date|deadline|by/.test(cell));
    const raw = block.rows
      .slice(1)
      .map((row) => table.columns.map((column) => (row[column]?.text ?? '').replace(/\s+/g, ' ').trim()))
      .filter((row) => row.some(Boolean));
    for (const row of raw) {
      const what = compressSentence(row[action] ?? '', 10);
      if (!what) continue;
      const extras = [owner >= 0 ? row[owner] : '', due >= 0 ? row[due] : ''].filter((text): text is string =>
        Boolean(text?.trim()),
      );
      const bullet =
        extras.length && countWords(`${what} (${extras.join(', ')})`) <= 14
          ? `${what} (${extras.join(', ')})`
          : what;
      out.push({ sentence: row.join(' | '), bullet, locator: block.locator });
    }
  }
  return out;
}

type Statement = { sentence: string; bullet: string; locator: Locator; section: number };

/** Results: the key points of closing sections, else sentences that state an outcome. */
function resultStatements(outline: Outline, pools: readonly SectionPool[]): Statement[] {
  const out: Statement[] = [];
  // A document with a conclusions section states its results there; others, where they are said.
  const closing = outline.sections.map((section) => RESULTS_TITLE.test(section.title));
  const hasClosing = closing.some(Boolean);
  pools.forEach((pool, section) => {
    if (hasClosing && !closing[section]) return;
    const best = [...pool.keyPoints]
      .sort((a, b) => b.score - a.score)
      .find(
        (point) =>
          (closing[section] || RESULT_RE.test(point.sentence)) &&
          inDocumentLanguage(point.sentence, outline.language),
      );
    if (best) out.push({ sentence: best.sentence, bullet: best.bullet, locator: best.locator, section });
  });
  return out;
}

/** A sentence that states what happens only if something else does ("If stock moves late, … will …") plans nothing. */
const CONDITIONAL_START = /^(?:if|unless|should|in case|wenn|falls|si|en caso)\b/i;

/**
 * Actions: rows of an action table in a closing section, then sentences that state an action.
 * A document with a section of next steps states its plans there, so only such sections lend them.
 */
function actionStatements(outline: Outline): Statement[] {
  const actions: Statement[] = [];
  const hasPlans = outline.sections.some((section) => PLAN_TITLE.test(section.title));
  const order = outline.sections
    .map((section, index) => ({ section, index, closing: CLOSING_TITLE.test(section.title) }))
    .filter(({ section }) => !hasPlans || PLAN_TITLE.test(section.title))
    .sort((a, b) => Number(b.closing) - Number(a.closing));
  for (const { section, index, closing } of order) {
    if (closing)
      for (const action of tableActions(section))
        if (actions.length < 3) actions.push({ ...action, section: index });
    for (const candidate of candidatesOf(section.parts.flatMap((part) => part.blocks))) {
      if (actions.length >= 3) break;
      if (
        !ACTION_RE.test(candidate.sentence) ||
        CONDITIONAL_START.test(candidate.sentence) ||
        !inDocumentLanguage(candidate.sentence, outline.language)
      )
        continue;
      const bullet = compressSentence(candidate.sentence, 14);
      if (bullet && !actions.some((action) => action.bullet === bullet))
        actions.push({ sentence: candidate.sentence, bullet, locator: candidate.locator, section: index });
    }
  }
  return actions;
}

/** The closing slide from stated results and actions only; undefined when the document states neither. */
function summarySlide(
  outline: Outline,
  pools: readonly SectionPool[],
  options: StorylineOptions,
): PlannedSlide | undefined {
  const { theme } = options;
  const labels = labelOf(options);
  const actions = actionStatements(outline);
  const results = resultStatements(outline, pools).filter(
    (result) => !actions.some((action) => action.sentence === result.sentence),
  );
  const asPoint = (statement: Statement, score: number): KeyPoint => ({
    sentence: statement.sentence,
    bullet: statement.bullet,
    locator: statement.locator,
    order: statement.section,
    fromList: false,
    item: false,
    firstInParagraph: true,
    level: 0,
    score,
  });
  const top = results.slice(0, actions.length > 0 ? 4 : MAX_BULLETS);
  const lines = top.map((entry) => `${outline.sections[entry.section]?.title}: ${entry.sentence}`);
  if (actions.length > 0 && top.length > 0) {
    // Both columns share the slide's word budget (the headings count too).
    const left = fittedBullets(
      top.map((entry, index) => asPoint(entry, -index)),
      theme,
      5.8,
      SLIDE_WORD_BUDGET / 2,
    );
    const leftWords = left.reduce((sum, bullet) => sum + countWords(bullet.text), 0) + 4;
    const right: Bullet[] = [];
    for (const action of actions) {
      const used = right.reduce((sum, bullet) => sum + countWords(bullet.text), 0);
      if (leftWords + used + countWords(action.bullet) > SLIDE_WORD_BUDGET) break;
      right.push({ text: action.bullet });
    }
    return {
      role: 'summary',
      sections: [...new Set([...top, ...actions].map((entry) => entry.section))],
      spec: {
        layout: 'two-column',
        title: labels.summaryAndNextSteps,
        leftHeading: labels.keyPoints,
        rightHeading: labels.nextSteps,
        left,
        right,
        notes: notesFor(
          [...lines, ...actions.map((action) => `${labels.nextSteps}: ${action.sentence}`)],
          options,
          undefined,
          [...top, ...actions].map((entry) => entry.locator),
        ),
      },
    };
  }
  const chosen = top.length > 0 ? top : actions;
  if (chosen.length === 0) return undefined;
  // Next steps taken only from a section of next steps are on that section's slide already.
  if (
    top.length === 0 &&
    actions.every((action) => PLAN_TITLE.test(outline.sections[action.section]?.title ?? ''))
  )
    return undefined;
  // Results taken only from a section of results are that section's own points: its slide says them already.
  if (
    actions.length === 0 &&
    top.every((result) => RESULTS_TITLE.test(outline.sections[result.section]?.title ?? ''))
  )
    return undefined;
  const bullets = fittedBullets(
    chosen.map((entry, index) => asPoint(entry, -index)),
    theme,
  );
  if (bullets.length === 0) return undefined;
  return {
    role: 'summary',
    sections: [...new Set(chosen.map((entry) => entry.section))],
    spec: {
      layout: 'bullets',
      title: top.length > 0 ? labels.summary : labels.nextSteps,
      bullets,
      notes: notesFor(
        top.length > 0 ? lines : chosen.map((entry) => entry.sentence),
        options,
        undefined,
        chosen.map((entry) => entry.locator),
      ),
    },
  };
}

/** Splits sections into `groups` runs of adjacent sections with balanced word counts. */
function groupSections(sections: readonly OutlineSection[], groups: number): number[][] {
  const total = sections.reduce((sum, section) => sum + Math.max(section.words, 1), 0);
  const out: number[][] = [];
  let current: number[] = [];
  let acc = 0;
  sections.forEach((section, index) => {
    current.push(index);
    acc += Math.max(section.words, 1);
    const groupsLeftAfter = groups - out.length - 1;
    const sectionsLeft = sections.length - index - 1;
    if (
      groupsLeftAfter > 0 &&
      (acc >= (total * (out.length + 1)) / groups || sectionsLeft === groupsLeftAfter)
    ) {
      out.push(current);
      current = [];
    }
  });
  if (current.length) out.push(current);
  return out;
}

function mergedSlide(
  outline: Outline,
  group: readonly number[],
  pools: readonly SectionPool[],
  options: StorylineOptions,
): PlannedSlide {
  const titles = group.map((index) => shortenTitle(outline.sections[index]?.title ?? '', 5));
  const title =
    titles.length <= 3 ? titles.join(' · ') : `${titles.slice(0, 2).join(' · ')} · +${titles.length - 2}`;
  const perSection = Math.max(1, Math.floor(MAX_BULLETS / group.length));
  const points = group.flatMap((index) =>
    [...(pools[index]?.keyPoints ?? [])].sort((a, b) => b.score - a.score).slice(0, perSection),
  );
  const bullets = fittedBullets(points, options.theme);
  const kept = points.slice(0, bullets.length);
  return {
    role: 'content',
    sections: [...group],
    passages: points.map((point) => point.sentence),
    spec: {
      layout: 'bullets',
      title: shortenTitle(title, 12),
      bullets: bullets.length ? bullets : titles.map((text) => ({ text })).slice(0, MAX_BULLETS),
      notes: notesFor(
        kept.map((point) => point.sentence),
        options,
        group.map((index) => outline.sections[index]?.title).join('; '),
        kept.map((point) => point.locator),
      ),
    },
  };
}

function labelOf(options: StorylineOptions): DeckLabels {
  return options.labels ?? labelsForLanguage('en');
}

function notesFor(
  lines: readonly string[],
  options: StorylineOptions,
  section: string | undefined,
  locators: readonly Locator[],
): string {
  return notesWithSource(lines, options.sourceName, section, locators);
}

function sectionTexts(section: OutlineSection): string {
  return section.parts
    .flatMap((part) => part.blocks)
    .map((block) => ('text' in block ? block.text : ''))
    .join(' ');
}

type Chosen = ReturnType<typeof poolEntries>[number];

function poolEntries(pools: readonly SectionPool[]) {
  return pools.flatMap((pool, section) => pool.items.map((item) => ({ ...item, section })));
}

/** The best non-core slides up to `room` more, at most five per section, dividers only for long sections. */
function chooseExtras(all: readonly Chosen[], chosen: Set<Chosen>, room: number, sectionCount: number): void {
  const rest = all
    .filter((item) => !item.core)
    .sort((a, b) => b.priority - a.priority || a.section - b.section || a.order - b.order);
  const perSection = new Map<number, number>();
  for (const item of chosen) perSection.set(item.section, 1);
  const limit = chosen.size + room;
  for (const item of rest) {
    if (item.priority < PRIORITY.minimum || chosen.size >= limit) continue;
    const count = perSection.get(item.section) ?? 0;
    if (count >= 5) continue;
    chosen.add(item);
    perSection.set(item.section, count + 1);
  }
  // Section dividers when the deck is long and the section has several slides.
  if (sectionCount < 3) return;
  for (const item of rest)
    if (item.role === 'section' && (perSection.get(item.section) ?? 0) >= 3 && chosen.size < limit)
      chosen.add(item);
}

/**
 * Plans the slides of a deck from an outline. `slides` is a target: a document with less to
 * say gets fewer slides (never filler), and more sections than slides share slides.
 */
export function planStoryline(outline: Outline, given: StorylineOptions): PlannedSlide[] {
  const options: StorylineOptions = { ...given, labels: given.labels ?? labelsFor(outline) };
  const labels = labelOf(options);
  const sections = outline.sections;
  const idf = inverseFrequencies(sections.map(sectionTexts));
  const shared = {
    idf,
    theme: options.theme,
    labels,
    sourceName: options.sourceName,
    language: outline.language,
  };
  const pools = sections.map((section, index) => sectionCandidates(section, index, shared));
  const wanted = options.slides;
  const title: PlannedSlide = {
    role: 'title',
    sections: [],
    spec: {
      layout: 'title',
      title: shortenTitle(outline.title, 14),
      subtitle: outline.subtitle ?? labels.basedOn(options.sourceName),
      notes: notesFor([`${outline.title}.`], options, undefined, []),
    },
  };
  if (sections.length === 0) return [title];
  const agenda =
    sections.length >= 3 && (wanted === undefined || wanted >= 5) ? agendaSlides(outline, options) : [];
  const closing = summarySlide(outline, pools, options);
  const summary = closing && (wanted === undefined || wanted >= 4) ? [closing] : [];
  const fixed = 1 + agenda.length + summary.length;
  const budget = wanted === undefined ? MAX_AUTO_SLIDES - fixed : Math.max(0, wanted - fixed);

  let body: PlannedSlide[];
  if (budget < sections.length) {
    body =
      budget === 0
        ? []
        : groupSections(sections, budget).map((group) => mergedSlide(outline, group, pools, options));
  } else {
    const all = poolEntries(pools);
    const chosen = new Set(all.filter((item) => item.core));
    chooseExtras(all, chosen, budget - chosen.size, sections.length);
    body = [...chosen]
      .sort((a, b) => a.section - b.section || a.order - b.order)
      .map((item) => ({
        role: item.role,
        spec: item.spec,
        sections: [item.section],
        ...(item.passages ? { passages: item.passages } : {}),
      }));
  }
  return [title, ...agenda, ...sharedTitleCounters(tablePageTitles(body, labels), labels), ...summary];
}

/**
 * A table split over N slides is titled "(k/N)" only when all N made the deck. When fewer did,
 * "(1/41)" would promise pages that are not there: the first keeps the table's title and the
 * others are marked as continued (the notes still say which part of the source each is).
 */
function tablePageTitles(body: readonly PlannedSlide[], labels: DeckLabels): PlannedSlide[] {
  const shown = new Map<string, number>();
  const keyOf = (slide: PlannedSlide) => {
    const match = slide.role === 'table' ? PAGE_COUNTER.exec(slide.spec.title) : null;
    return match ? `${slide.sections.join(',')}|${match[1]}|${match[3]}` : undefined;
  };
  for (const slide of body) {
    const key = keyOf(slide);
    if (key) shown.set(key, (shown.get(key) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  return body.map((slide) => {
    const key = keyOf(slide);
    const match = key ? PAGE_COUNTER.exec(slide.spec.title) : null;
    if (!key || !match || shown.get(key) === Number(match[3])) return slide;
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    const title = index === 0 ? match[1]! : `${match[1]} ${labels.continued}`;
    return { ...slide, spec: { ...slide.spec, title } };
  });
}

/** Slides that stand for a section without content of their own: a divider says what follows. */
const FRAME_ROLES: ReadonlySet<SlideRole> = new Set(['title', 'agenda', 'section', 'summary']);

/**
 * Slides of one section that would all carry the same title (the bullets, picture and table of a
 * short headingless document; a section's bullets continued over two slides) are told apart as
 * a person numbers them: "Results (1/3)", "Results (2/3)", "Results (3/3)". A title repeated
 * with the deck's "(continued)" counts as the same title, and so do a table's numbered pages
 * among them: all are numbered again together, so no two say "(1/2)". Slides whose titles already differ,
 * the same heading in two different sections, and a section whose table was cut short (its pages
 * say "continued", see tablePageTitles) are left as they are.
 */
function sharedTitleCounters(body: readonly PlannedSlide[], labels: DeckLabels): PlannedSlide[] {
  const suffix = ` ${labels.continued}`;
  const baseOf = (title: string) =>
    title.endsWith(suffix) ? title.slice(0, -suffix.length) : withoutPageCounter(title);
  const keyOf = (slide: PlannedSlide) =>
    FRAME_ROLES.has(slide.role)
      ? undefined
      : `${slide.sections.join(',')}|${baseOf(slide.spec.title).trim().toLowerCase()}`;
  const groups = new Map<string, PlannedSlide[]>();
  for (const slide of body) {
    const key = keyOf(slide);
    if (key) groups.set(key, [...(groups.get(key) ?? []), slide]);
  }
  const numbered = new Map<PlannedSlide, string>();
  for (const group of groups.values()) {
    const titles = new Set(group.map((slide) => slide.spec.title));
    // Pages of a table cut short are marked continued on purpose: a counter would promise them all.
    const cutTable = group.some((slide) => slide.role === 'table' && slide.spec.title.endsWith(suffix));
    if (group.length < 2 || titles.size === group.length || cutTable) continue;
    group.forEach((slide, index) => {
      numbered.set(slide, withPageCounter(baseOf(slide.spec.title), index, group.length));
    });
  }
  return body.map((slide) => {
    const title = numbered.get(slide);
    return title ? { ...slide, spec: { ...slide.spec, title } } : slide;
  });
}
