/**
 * @module draft-document
 * Drafts a Word document from a prompt and reference files. The builtin engine recognizes
 * the document type, fills its outline with the prompt's details and with the reference
 * sentences that best match each section (cited as footnotes), and marks every section it
 * cannot fill instead of inventing it. With a model, the model writes each section from the
 * whole passages around the same sentences (`draft-with-model.ts`), its citations checked
 * against them; a section whose answer fails keeps the builtin text, with a warning.
 *
 * Sources are only relevant, non-bulk material: newsletters, notifications and list footers in
 * a mailbox are left out, and sentences that do not touch the topic are never used as filler.
 * Dated deadlines, figures and owners that the sections did not take are kept in a closing
 * list. A length the prompt asks for ("one-page", "short", "300 words") is honoured by
 * measuring the rendered document (body, headings and footnotes) and dropping the
 * least-needed reference sentences until it fits.
 */
import { basename, resolve } from 'node:path';
import {
  type WordBlock,
  type WordDocument,
  type WordRun,
  wordText,
} from '../../formats/docx/word-document.ts';
import type { Calendar, Locator, ParsedFile } from '../../formats/model.ts';
import { analyze } from '../../index/analyze.ts';
import { chunkUri } from '../../index/chunk-file.ts';
import { rankTexts } from '../../index/rank-texts.ts';
import type { Warning } from '../../lib/result.ts';
import { MONTH_NAME_PATTERN } from '../../lib/text/calendar-names.ts';
import { clipText } from '../../lib/text/clip-text.ts';
import { withoutItemMark } from '../../lib/text/item-marks.ts';
import { withStopsClosedUp } from '../../lib/text/sentences.ts';
import type { LanguageModel } from '../../models/index.ts';
import { modelFailedWarning, modelRejectedWarning } from '../grounding/fallback-warnings.ts';
import { isBulkMail } from '../mail/bulk-mail.ts';
import { isBoilerplate } from '../mail/mail-acts.ts';
import { commonFreeTime } from '../schedule-meeting/find-free-slots.ts';
import { calendarTimeZone } from '../schedule-meeting/match-calendars.ts';
import { windowFromText } from '../schedule-meeting/parse-window.ts';
import { rankSentences, sentenceRelevance } from '../summarize-document/rank-sentences.ts';
import { isFillIn, type TextUnit, textUnits } from '../summarize-document/text-units.ts';
import { isCueFragment } from './cue-fragments.ts';
import { type DocumentType, detectDocumentType, OUTLINES, type SectionSpec } from './document-types.ts';
import { referencePassages, sectionPassages, writeSectionWithModel } from './draft-with-model.ts';
import {
  extractPromptDetails,
  type PromptDetails,
  pointsAtReferences,
  withoutPointers,
  withPointersAs,
} from './prompt-details.ts';

export type Reference = { readonly path: string; readonly parsed: ParsedFile };

export type DraftRequest = {
  readonly prompt: string;
  readonly type?: DocumentType;
  readonly references: readonly Reference[];
  readonly now: Date;
  readonly author?: string;
  /** The model's context window in tokens (default 4096). */
  readonly contextTokens?: number;
};

export type DraftCitation = {
  readonly n: number;
  readonly path: string;
  readonly uri: string;
  readonly locator: Locator;
  readonly quote: string;
};

export type DraftResult = {
  readonly document: WordDocument;
  readonly type: DocumentType;
  readonly engine: string;
  readonly citations: readonly DraftCitation[];
  /** Sections, whether they were filled (false: marked for the user to complete) and who wrote them. */
  readonly sections: readonly { readonly title: string; readonly filled: boolean; readonly engine: string }[];
  /** Why the configured model's text was not used for a section. */
  readonly warnings: readonly Warning[];
};

/** A reference sentence with its file, and that file's title when it is a document, deck or workbook. */
type SourcedUnit = TextUnit & { readonly path: string; readonly title?: string };

const MIN_RELEVANCE = 0.1;

/**
 * What the references are searched for: the topic's words, and whether every reference is about
 * the topic because the prompt points at them ("summarising this document"), so that no
 * reference has to name the topic's words to be drawn on.
 */
type Focus = { readonly topic: string; readonly wholeReferences: boolean };

/**
 * The focus of a draft: a topic that points at the references ("this document", "the attached")
 * when there are some is the references themselves, searched for by their titles and headings
 * (and the topic's other words), their central sentences first.
 */
function draftFocus(topic: string, searched: string, units: readonly SourcedUnit[]): Focus {
  if (units.length === 0 || !pointsAtReferences(topic)) return { topic: searched, wholeReferences: false };
  const names = new Set<string>();
  for (const unit of units) {
    if (unit.title) names.add(unit.title);
    if (unit.section) names.add(unit.section);
  }
  return { topic: [withoutPointers(searched), ...names].join(' '), wholeReferences: true };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function locatorText(locator: Locator): string {
  const parts: string[] = [];
  if (locator.page !== undefined) parts.push(`page ${locator.page}`);
  if (locator.slide !== undefined) parts.push(`slide ${locator.slide}`);
  if (locator.paragraph !== undefined) parts.push(`paragraph ${locator.paragraph}`);
  if (locator.sheet) parts.push(`${locator.sheet}${locator.range ? `!${locator.range}` : ''}`);
  if (locator.turn !== undefined) parts.push(`turn ${locator.turn}`);
  if (locator.messageId) parts.push(`message ${locator.messageId}`);
  return parts.join(', ');
}

function formatDay(iso: string, timeZone = 'UTC'): string {
  return new Date(iso).toLocaleString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  });
}

function formatTime(iso: string, timeZone = 'UTC'): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone });
}

function placeholder(spec: SectionSpec): WordBlock {
  return { kind: 'paragraph', runs: [{ text: `[To complete: ${spec.needs}.]`, italic: true, bold: true }] };
}

function detailLines(details: PromptDetails): string[] {
  const lines: string[] = [];
  for (const date of details.dates)
    lines.push(
      `When: ${date.hasTime ? `${formatDay(date.start)}, ${formatTime(date.start)} UTC` : formatDay(date.start)}`,
    );
  if (details.places.length) lines.push(`Where: ${details.places.join(', ')}`);
  if (details.people.length) lines.push(`Who: ${details.people.join(', ')}`);
  if (details.amounts.length) lines.push(`Figures: ${details.amounts.join(', ')}`);
  return lines;
}

function scheduleLines(prompt: string, calendars: readonly Calendar[], now: Date): string[] {
  if (calendars.length === 0) return [];
  const window = windowFromText(prompt, now) ?? { start: now, end: new Date(now.getTime() + 7 * 86_400_000) };
  const timeZone = calendarTimeZone(calendars[0]!) ?? 'UTC';
  const free = commonFreeTime(
    calendars.map((calendar, i) => ({
      attendee: `calendar-${i}`,
      timeZone: calendarTimeZone(calendar) ?? timeZone,
      events: calendar.events,
    })),
    window,
  ).filter((interval) => interval.end - interval.start >= 30 * 60_000);
  const byDay = new Map<string, string[]>();
  for (const interval of free) {
    const day = formatDay(new Date(interval.start).toISOString(), timeZone);
    const list = byDay.get(day) ?? [];
    list.push(
      `${formatTime(new Date(interval.start).toISOString(), timeZone)}–${formatTime(new Date(interval.end).toISOString(), timeZone)}`,
    );
    byDay.set(day, list);
  }
  return [...byDay.entries()]
    .slice(0, 10)
    .map(([day, times]) => `${day}: free ${times.join(', ')} (${timeZone})`);
}

/** One source of a reference: a message of a mailbox, else the file. */
function sourceKey(unit: SourcedUnit): string {
  return unit.locator.messageId ? `${unit.path}#${unit.locator.messageId}` : unit.path;
}

/**
 * Words that name a meeting as an occasion, not what it is about: "next week's team meeting",
 * "the weekly staff call". Mail about a team's work rarely says "team meeting", so an agenda or
 * minutes whose topic says nothing else draws on the references as a whole.
 */
const MEETING_OCCASION =
  /(?<![\p{L}\d])(?:the|our|my|your|their|a|an|this|next|regular|weekly|monthly|daily|quarterly|annual|bi-?weekly|fortnightly|team|staff|group|department|all[- ]hands|meetings?|calls?|sync|catch[- ]?up|check[- ]?in|stand[- ]?up|huddle|session|get[- ]together|one[- ]on[- ]one|1:1)(?![\p{L}\d])/giu;

/** What a meeting's agenda or minutes is about, without the words that only name the meeting. */
export function meetingSubject(topic: string): string {
  return topic.replace(MEETING_OCCASION, ' ').replace(/\s+/g, ' ').trim();
}

/** A source about the topic scores at least this share of the best source's score. */
const TOPIC_COVERAGE = 0.5;

/**
 * The sources about the topic, by the index's own ranking (`rankTexts`: BM25F over the sources,
 * a message's subject or a file's title as its title) and by how much of the prompt as a whole they hold. A prompt
 * of several words ("the Sithe and Dynegy letter") is about what names most of them, the rare
 * ones first: a source must hold at least half the topic's weight, each topic word weighted by
 * its rarity among the sources, a word no source holds weighing most. So a message that shares
 * one common word ("vacation", "letter") with the prompt is about something else, and when no
 * source holds the prompt's distinctive word ("Cancun") none is about the topic. Of those, the
 * sources ranked within half the best score are kept.
 */
function topicSources(units: readonly SourcedUnit[], topic: string): Set<string> {
  const topicTerms = [...new Set(analyze(topic))];
  const keys: string[] = [];
  const texts = new Map<string, { title: string; body: string[]; terms: Set<string> }>();
  for (const unit of units) {
    const key = sourceKey(unit);
    let text = texts.get(key);
    if (!text) {
      text = {
        title: unit.locator.messageId ? unit.section : (unit.title ?? ''),
        body: [],
        terms: new Set(),
      };
      texts.set(key, text);
      keys.push(key);
    }
    text.body.push(unit.text);
    for (const term of analyze(`${text.title} ${unit.text}`))
      if (topicTerms.includes(term)) text.terms.add(term);
  }
  const sources = keys.length;
  const frequency = new Map<string, number>();
  for (const { terms } of texts.values())
    for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const weight = (term: string) => Math.log(1 + sources / Math.max(1, frequency.get(term) ?? 0));
  const whole = topicTerms.reduce((sum, term) => sum + weight(term), 0);
  const covers = (terms: ReadonlySet<string>) =>
    whole > 0 && [...terms].reduce((sum, term) => sum + weight(term), 0) >= whole * TOPIC_COVERAGE;
  const scores = rankTexts(
    keys.map((key, file) => {
      const text = texts.get(key)!;
      return { title: text.title, body: text.body.join('\n'), file };
    }),
    new Map(topicTerms.map((term) => [term, 1])),
    { feedback: false },
  );
  const best = Math.max(0, ...scores);
  return new Set(
    keys.filter(
      (key, i) =>
        (scores[i] ?? 0) > 0 && (scores[i] ?? 0) >= best * TOPIC_COVERAGE && covers(texts.get(key)!.terms),
    ),
  );
}

/**
 * A sentence names the topic itself, or its section's heading or its file's title does: a plan
 * titled "Field service plan" lends its budget line ("The budget for the quarter is $180,000."),
 * which names no word of the topic; a newsletter that mentions the topic once lends only that line.
 */
function namesTopic(unit: SourcedUnit, topicTerms: ReadonlySet<string>): boolean {
  const context = unit.locator.messageId ? unit.text : `${unit.title ?? ''} ${unit.section} ${unit.text}`;
  return analyze(context).some((term) => topicTerms.has(term));
}

/** The reference sentences that match a section, best first, skipping ones already used. */
function passagesFor(
  units: readonly SourcedUnit[],
  focus: Focus,
  sectionTerms: string,
  count: number,
  used: Set<number>,
  cue?: RegExp,
  heading?: string,
): SourcedUnit[] {
  // Stay on the topic: when the references mention it, only sentences of sources about the topic
  // that name it (or sit under a heading or in a file whose title does) qualify.
  const topic = focus.topic;
  const topicTerms = new Set(analyze(topic));
  const about = focus.wholeReferences ? undefined : topicSources(units, topic);
  const onTopic = about
    ? units.filter((unit) => about.has(sourceKey(unit)) && namesTopic(unit, topicTerms))
    : units;
  // Material that never mentions the topic is not a source for it; a section with a cue (next
  // steps, risks, decisions) takes only sentences that say one, outside an aside in brackets: a
  // past account "(in the post he will retain)" states no next step; and only whole statements,
  // no slide fragment ("Logged for every delivery") or cut tail of a sentence.
  const pool = (topicTerms.size > 0 ? onTopic : units).filter(
    (unit) => !cue || (cue.test(unit.text.replace(/\([^()]*\)/g, ' ')) && !isCueFragment(unit)),
  );
  const query = `${topic} ${topic} ${sectionTerms}`;
  const usedTerms = units
    .filter((unit) => used.has(unit.position))
    .map((unit) => new Set(analyze(unit.text)));
  const repeats = (unit: SourcedUnit) => {
    const terms = new Set(analyze(unit.text));
    return usedTerms.some((other) => {
      let shared = 0;
      for (const term of terms) if (other.has(term)) shared++;
      return shared / Math.max(1, Math.min(terms.size, other.size)) > 0.7;
    });
  };
  const available = pool.filter((unit) => !used.has(unit.position) && !repeats(unit));
  const pick = (units: readonly SourcedUnit[], n: number) =>
    rankSentences(units, { query, count: n, lambda: 0.75 })
      .filter((unit) => unit.score >= MIN_RELEVANCE)
      .map((unit) => unit.position);
  // A document's own section under a heading like this one's ("Next steps", "Risks") fills it first.
  const headingTerms = new Set(analyze(heading ?? ''));
  const underHeading = (unit: SourcedUnit) =>
    !unit.locator.messageId && analyze(unit.section).some((term) => headingTerms.has(term));
  const chosen = new Set(pick(available.filter(underHeading), count));
  for (const position of pick(
    available.filter((unit) => !underHeading(unit)),
    count - chosen.size,
  ))
    chosen.add(position);
  // Its own section's sentences come first, so a length limit drops the others before them.
  const picked = available.filter((unit) => chosen.has(unit.position));
  return [...picked.filter(underHeading), ...picked.filter((unit) => !underHeading(unit))];
}

export async function draftDocument(
  request: DraftRequest,
  model: LanguageModel,
  signal: AbortSignal = new AbortController().signal,
): Promise<DraftResult> {
  const type = request.type ?? detectDocumentType(request.prompt);
  const details = extractPromptDetails(request.prompt, request.now);
  const calendars = request.references
    .map((reference) => reference.parsed)
    .filter((parsed): parsed is Calendar => parsed.type === 'calendar');
  const units: SourcedUnit[] = request.references.flatMap((reference) =>
    sourceUnits(reference.parsed).map((unit) => ({
      ...unit,
      path: reference.path,
      ...('metadata' in reference.parsed && reference.parsed.metadata.title
        ? { title: reference.parsed.metadata.title }
        : {}),
    })),
  );
  // Positions must be unique across references for MMR bookkeeping. A sentence said again word for
  // word (a message saved twice in a mailbox, a file given twice) is one passage, cited once.
  const seen = new Set<string>();
  const numbered = units
    .filter((unit) => {
      const key = unit.text.replace(/\s+/g, ' ').trim().toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((unit, position) => ({ ...unit, position }));
  const citations: DraftCitation[] = [];
  const cite = (unit: SourcedUnit): { n: number; footnote: string } => {
    const existing = citations.find(
      (citation) => citation.path === unit.path && citation.quote === unit.text,
    );
    if (existing) return { n: existing.n, footnote: footnoteText(existing) };
    const citation: DraftCitation = {
      n: citations.length + 1,
      path: unit.path,
      uri: chunkUri(resolve(unit.path), unit.locator),
      locator: unit.locator,
      quote: unit.text,
    };
    citations.push(citation);
    return { n: citation.n, footnote: footnoteText(citation) };
  };
  const used = new Set<number>();
  // The topic the references are searched for; the title keeps the prompt's own words.
  // The prompt's own words say whether it points at the references: an agenda's subject loses
  // its articles ("the enclosed slides").
  // A topic that is the task ("summarising the harbour retreat ideas") is searched for without its verb,
  // which the references do not say.
  const about = details.topicIsAction ? details.topic.replace(/^\p{L}{3,}ing\s+/u, '') : details.topic;
  const focus = draftFocus(
    details.topic,
    type === 'agenda' || type === 'minutes' ? meetingSubject(about) : about,
    numbered,
  );
  // A topic that points at one or two references names them for the reader ("summarising
  // q3-review.docx"): in the draft, "this document" would read as the draft itself.
  const subject =
    focus.wholeReferences && new Set(request.references.map((reference) => reference.path)).size <= 2
      ? withPointersAs(details.topic, referenceNames(request.references))
      : details.topic;
  // A file's name keeps its own case ("q3-review.docx"); a topic opens with a capital.
  const names = referenceNames(request.references);
  const opening = (text: string) =>
    subject !== details.topic && text.startsWith(names) ? text : capitalize(text);
  const title = `${capitalize(type)}: ${opening(subject.replace(/[.!?]+$/, ''))}`;
  const blocks: WordBlock[] = [{ kind: 'heading', level: 1, text: title }];
  if (type === 'memo') {
    blocks.push({
      kind: 'paragraph',
      runs: [{ text: 'Date: ', bold: true }, { text: formatDay(request.now.toISOString()) }],
    });
    if (request.author)
      blocks.push({ kind: 'paragraph', runs: [{ text: 'From: ', bold: true }, { text: request.author }] });
    const to = details.audience ?? (details.people.length ? details.people.join(', ') : undefined);
    if (to)
      blocks.push({ kind: 'paragraph', runs: [{ text: 'To: ', bold: true }, { text: capitalize(to) }] });
    blocks.push({
      kind: 'paragraph',
      runs: [{ text: 'Subject: ', bold: true }, { text: opening(subject) }],
    });
  }
  const sections: { title: string; filled: boolean; engine: string }[] = [];
  const warnings: Warning[] = [];
  let engine = 'builtin';
  const wholePassages = model.engine === 'builtin' ? new Map() : referencePassages(request.references);

  // Sentences that say what a cued section asks for (an action, a risk, a decision) are kept for
  // it: an earlier, general section (Background) does not take them first.
  const reserved = new Map<SectionSpec, Set<number>>();
  for (const spec of OUTLINES[type])
    if (spec.cue && spec.sentences > 0)
      reserved.set(
        spec,
        new Set(
          passagesFor(
            numbered,
            focus,
            `${spec.title} ${spec.terms}`,
            spec.sentences,
            new Set(),
            spec.cue,
            spec.title,
          ).map((unit) => unit.position),
        ),
      );
  const unavailableTo = (spec: SectionSpec) => {
    const out = new Set(used);
    for (const [other, positions] of reserved) if (other !== spec) for (const at of positions) out.add(at);
    return out;
  };

  for (const spec of OUTLINES[type]) {
    blocks.push({ kind: 'heading', level: 2, text: spec.title });
    const lines =
      spec.fromPrompt === 'details'
        ? detailLines(details)
        : spec.fromPrompt === 'schedule'
          ? scheduleLines(request.prompt, calendars, request.now)
          : [];
    for (const line of lines) blocks.push({ kind: 'list-item', ordered: false, text: line });
    // Why the document is written is the writer's: said from the prompt, not found in a reference.
    if (spec.fromPrompt === 'purpose')
      blocks.push({
        kind: 'paragraph',
        text: `${purposeSentence(type, { ...details, topic: subject })}${focus.wholeReferences && subject === details.topic ? ` It draws on ${referenceNames(request.references)}.` : ''}`,
      });
    let filled = lines.length > 0 || spec.fromPrompt === 'purpose';
    let sectionEngine = 'builtin';
    if (spec.sentences > 0 && numbered.length > 0) {
      const passages = passagesFor(
        numbered,
        focus,
        `${spec.title} ${spec.terms}`,
        model.engine === 'builtin' ? spec.sentences : spec.sentences + 4,
        unavailableTo(spec),
        spec.cue,
        spec.title,
      );
      let written: Awaited<ReturnType<typeof writeSectionWithModel>> | undefined;
      if (model.engine !== 'builtin' && passages.length > 0) {
        written = await writeSectionWithModel(
          model,
          {
            prompt: request.prompt,
            documentType: type,
            spec,
            passages: sectionPassages(passages, wholePassages),
            now: request.now,
            ...(request.contextTokens ? { contextTokens: request.contextTokens } : {}),
          },
          signal,
        );
        if (!written.ok) {
          const what = `the builtin text for the "${spec.title}" section`;
          warnings.push(
            written.error
              ? modelFailedWarning(written.error, what)
              : modelRejectedWarning(written.reason ?? 'it was not supported', what),
          );
        } else if (written.dropped > 0)
          warnings.push({
            type: 'lossy',
            message: `${written.dropped} of the model's sentences for the "${spec.title}" section ${written.dropped === 1 ? 'was' : 'were'} dropped: not supported by the passages ${written.dropped === 1 ? 'it cites' : 'they cite'}.`,
          });
      }
      if (written?.ok) {
        engine = written.engine;
        sectionEngine = written.engine;
        for (const unit of passages) used.add(unit.position);
        const runsOf = (sentence: (typeof written.sentences)[number]): WordRun => ({
          text: sentence.text,
          footnote: sentence.passages
            .map(
              (passage) =>
                cite({
                  ...passages[0]!,
                  path: passage.path,
                  text: clipText(passage.text, 300),
                  locator: passage.locator,
                }).footnote,
            )
            .join(' '),
        });
        if (spec.list)
          for (const sentence of written.sentences)
            blocks.push({ kind: 'list-item', ordered: false, runs: [runsOf(sentence)] });
        else
          blocks.push({
            kind: 'paragraph',
            runs: written.sentences.flatMap((sentence, i) => [
              ...(i > 0 ? [{ text: ' ' }] : []),
              runsOf(sentence),
            ]),
          });
        filled = written.sentences.length > 0;
      } else {
        // The builtin section (chosen again when the model was asked with more sentences).
        const builtinPassages = written
          ? passagesFor(
              numbered,
              focus,
              `${spec.title} ${spec.terms}`,
              spec.sentences,
              unavailableTo(spec),
              spec.cue,
              spec.title,
            )
          : passages;
        for (const unit of builtinPassages) {
          used.add(unit.position);
          const { footnote } = cite(unit);
          const runs: WordRun[] = [{ text: withStopsClosedUp(withoutItemMark(unit.text)), footnote }];
          blocks.push(spec.list ? { kind: 'list-item', ordered: false, runs } : { kind: 'paragraph', runs });
          filled = true;
        }
      }
    }
    if (!filled) blocks.push(placeholder(spec));
    sections.push({ title: spec.title, filled, engine: sectionEngine });
  }
  // Deadlines, figures and owners the sections did not take: a closing list, cited.
  const facts = keyFacts(numbered, focus, used);
  if (facts.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Key dates and figures' });
    for (const unit of facts) {
      used.add(unit.position);
      blocks.push({
        kind: 'list-item',
        ordered: false,
        runs: [{ text: withStopsClosedUp(withoutItemMark(unit.text)), footnote: cite(unit).footnote }],
      });
    }
    sections.push({ title: 'Key dates and figures', filled: true, engine: 'builtin' });
  }
  if (citations.length === 0 && request.references.length === 0) {
    blocks.push({
      kind: 'paragraph',
      runs: [
        {
          text: 'Drafted without reference files: add some with --ref to fill the marked sections from your material.',
          italic: true,
        },
      ],
    });
  }
  const fitted = details.maxWords ? fitLength(blocks, details.maxWords) : blocks;
  // Citations whose footnotes were cut go too; the rest are renumbered in order.
  const kept = citations
    .filter((citation) => fitted.some((block) => blockFootnotes(block).includes(footnoteText(citation))))
    .map((citation, i) => ({ ...citation, n: i + 1 }));
  return {
    // The author is the person who asked, when known; none otherwise (a made-up "Officemate"
    // reads back as a byline the draft never had).
    document: {
      title,
      ...(request.author ? { author: request.author } : {}),
      subject,
      blocks: fitted,
    },
    type,
    engine,
    citations: kept,
    sections,
    warnings,
  };
}

/**
 * Why the document is written, from the prompt: "This memo sets out the Q3 budget for the
 * board."; a topic that says what the document does ("summarising the survey") follows the
 * audience instead of "sets out".
 */
function purposeSentence(type: DocumentType, details: PromptDetails): string {
  const topic = details.topic.replace(/[.!?]+$/, '');
  const audience =
    details.audience && !details.topic.includes(details.audience) ? details.audience : undefined;
  if (details.topicIsAction)
    return audience ? `This ${type} is for ${audience}, ${topic}.` : `This ${type} is ${topic}.`;
  return `This ${type} sets out ${topic}${audience ? ` for ${audience}` : ''}.`;
}

/** The reference files by name, for a reader of the draft: "q3.docx and notes.pdf". */
function referenceNames(references: readonly Reference[]): string {
  const names = [...new Set(references.map((reference) => basename(reference.path)))];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Text units of a reference, without bulk mail (newsletters, notifications) and without disclaimers or list footers. */
function sourceUnits(parsed: ParsedFile): TextUnit[] {
  const bulk =
    parsed.type === 'mailbox'
      ? new Set(parsed.messages.filter(isBulkMail).map((message) => message.messageId))
      : new Set<string>();
  // A sentence that ends on a colon announces what follows it ("the members are as follows:"); alone it says nothing.
  return textUnits(parsed).filter(
    (unit) =>
      !(unit.locator.messageId && bulk.has(unit.locator.messageId)) &&
      !isBoilerplate(unit.text) &&
      !/:\s*$/.test(unit.text) &&
      !isFillIn(unit.text) &&
      !isHandOff(unit.text),
  );
}

/**
 * A short line that hands mail content over rather than stating it ("Some figures for you.",
 * "Here are my comments.", "Attached is the file."): in a draft it points at nothing.
 */
function isHandOff(text: string): boolean {
  const sentence = text.trim();
  if (sentence.split(/\s+/).length > 10) return false;
  return (
    /^(?:fyi[,:]?\s+)?(?:here (?:is|are)|attached (?:is|are)|please (?:find|see) (?:attached|below)|enclosed (?:is|are)|below (?:is|are))\b/i.test(
      sentence,
    ) || /\bfor you(?:r (?:review|information|records|reference))?[.!]?$/i.test(sentence)
  );
}

/** A deadline: a due word, then a day number, a month or a weekday as a whole word ("by Jung" is none). */
const DEADLINE = new RegExp(
  `\\b(?:due|deadline|by|before|no later than|until)\\b[^.]{0,40}\\b(?:\\d{1,2}(?:st|nd|rd|th)?|${MONTH_NAME_PATTERN}|monday|tuesday|wednesday|thursday|friday|tomorrow|next week)\\b`,
  'i',
);
const FIGURE = /[$€£]\s?\d|\b\d[\d,.]*\s?(?:%|percent|million|billion|mm|bn|k)\b/i;

/** Whether a sentence states a deadline or a figure. */
export function isKeyFact(text: string): boolean {
  return DEADLINE.test(text) || FIGURE.test(text);
}

/** A fact of references drawn on whole scores at least this share of their best sentence. */
const FACT_RELEVANCE = 0.2;

/** On-topic sentences with a deadline or a figure that no section used (at most five). */
function keyFacts(units: readonly SourcedUnit[], focus: Focus, used: ReadonlySet<number>): SourcedUnit[] {
  if (focus.wholeReferences) {
    // Every reference is about the topic: its prose facts qualify, not code or a formula
    // ("RewriteRule … $1"), which the sentence ranking scores a tenth of its prose.
    const relevance = sentenceRelevance(units, focus.topic);
    const best = Math.max(0, ...relevance);
    return units
      .filter(
        (unit, i) =>
          !used.has(unit.position) &&
          isKeyFact(unit.text) &&
          unit.text.split(/\s+/).length <= 60 &&
          (relevance[i] ?? 0) >= best * FACT_RELEVANCE,
      )
      .slice(0, 5);
  }
  const topic = focus.topic;
  const topicTerms = new Set(analyze(topic));
  if (topicTerms.size === 0) return [];
  const about = topicSources(units, topic);
  const sources = new Set(
    units
      .filter((unit) => about.has(sourceKey(unit)) && analyze(unit.text).some((term) => topicTerms.has(term)))
      .map(sourceKey),
  );
  return units
    .filter(
      (unit) =>
        !used.has(unit.position) &&
        sources.has(sourceKey(unit)) &&
        // The sentence, its heading, its file's title or its message's subject names the topic: a
        // long source holds figures about other things too.
        (namesTopic(unit, topicTerms) ||
          analyze(`${unit.section} ${unit.text}`).some((term) => topicTerms.has(term))) &&
        isKeyFact(unit.text) &&
        unit.text.split(/\s+/).length <= 60,
    )
    .slice(0, 5);
}

function blockFootnotes(block: WordBlock): string[] {
  return 'runs' in block && block.runs
    ? block.runs.flatMap((run) => (run.footnote ? [run.footnote] : []))
    : [];
}

/** Words of the document as rendered: headings, paragraphs, list items and footnotes. */
export function renderedWords(blocks: readonly WordBlock[]): number {
  const count = (text: string) => text.split(/\s+/).filter(Boolean).length;
  let words = 0;
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'paragraph' || block.kind === 'list-item') {
      words += count(wordText(block));
      for (const footnote of blockFootnotes(block)) words += count(footnote);
    } else if (block.kind === 'table') {
      for (const row of block.rows)
        for (const cell of row) words += count(typeof cell === 'string' ? cell : JSON.stringify(cell));
    }
  }
  return words;
}

/**
 * Drops cited reference sentences until the rendered document fits `maxWords`: from the
 * section holding the most of them, its last one first, so each section keeps its best
 * sentence as long as it can.
 */
export function fitLength(blocks: readonly WordBlock[], maxWords: number): WordBlock[] {
  const out = [...blocks];
  const sectionOf = (index: number) => {
    for (let i = index; i >= 0; i--) if (out[i]?.kind === 'heading') return i;
    return -1;
  };
  while (renderedWords(out) > maxWords) {
    const cited = out
      .map((block, index) => ({ index, section: sectionOf(index), cited: blockFootnotes(block).length > 0 }))
      .filter((item) => item.cited);
    if (cited.length === 0) break;
    const perSection = new Map<number, number>();
    for (const item of cited) perSection.set(item.section, (perSection.get(item.section) ?? 0) + 1);
    const fullest = [...perSection.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
    const last = cited.filter((item) => item.section === fullest).at(-1)!;
    out.splice(last.index, 1);
    // A section left with only its heading goes too.
    const next = out[last.index];
    if (
      out[fullest]?.kind === 'heading' &&
      (next === undefined || next.kind === 'heading') &&
      fullest === last.index - 1
    )
      out.splice(fullest, 1);
  }
  return out;
}

function footnoteText(citation: DraftCitation): string {
  const where = locatorText(citation.locator);
  const quote = citation.quote.length > 120 ? `${citation.quote.slice(0, 117)}…` : citation.quote;
  return `${basename(citation.path)}${where ? `, ${where}` : ''}: "${quote}"`;
}
