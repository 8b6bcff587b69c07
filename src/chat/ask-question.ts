/**
 * @module ask-question
 * `ask`: a grounded answer to a question over the user's indexed work. Calendar and contact
 * questions are answered from parsed events and vCards; "what did I miss" lists what came
 * in since a date; everything else is answered from retrieved passages, by the builtin
 * extractive engine or by a language model whose citations are checked. Only passages the
 * asking user may read are used. Without a good passage the answer says so and shows the
 * nearest results.
 */

import { isSentFolder } from '../formats/mail/sent-folder.ts';
import { analyze } from '../index/analyze.ts';
import { matchesFilters, resolveFilters } from '../index/filters.ts';
import type { SearchIndex } from '../index/open-index.ts';
import { resolvePerson } from '../index/people.ts';
import { quoteOf } from '../index/quoted-chunks.ts';
import { search } from '../index/search.ts';
import type { Chunk, SearchFilters, SearchHit } from '../index/types.ts';
import type { Warning } from '../lib/result.ts';
import type { LanguageModel } from '../models/index.ts';
import { figureOfOtherYear, figuresOfOtherYears, periodAbsent } from './absent-period.ts';
import { actDateAsked, withActDate } from './act-date.ts';
import { activeActUnnamed, giverActUnnamed } from './act-unnamed.ts';
import { agreedDateAsked, withAgreedDate } from './agreed-date.ts';
import {
  type AnswerType,
  askedNoun,
  asksClockTime,
  carriesClockTime,
  carriesType,
  expectedAnswerType,
  measureModifiers,
  namedIdentifiers,
  REQUIRED_TYPES,
} from './answer-type.ts';
import { addresseeAct, addresseeAnswer } from './asked-addressee.ts';
import { codeNameUnwritten } from './asked-name-unsaid.ts';
import { zoneAsked } from './asked-zone.ts';
import { askerNames, askerSlot, exceptsAsker, firstPersonAsked, slotAnswer } from './asker-named.ts';
import { othersWordForAskersSaying } from './asker-quoted-word.ts';
import { fileNameMissing } from './attachment-line.ts';
import {
  attributedPerson,
  concernsOrWrittenBy,
  concernsPerson,
  otherWritersWord,
  reportsActOf,
  titleNamesPerson,
} from './attributed-person.ts';
import { onlyIndefiniteAskedNoun } from './bare-asked-noun.ts';
import { onlyBlankClock } from './blank-clock.ts';
import { cardLineUnasked } from './card-line-asked.ts';
import { withChatCorrection } from './chat-correction.ts';
import { isSpoken, spokenByAdvised } from './chat-lines.ts';
import { rebuttedAnswer } from './chat-rebuttal.ts';
import { type AskCitation, CitationList, withoutMarks } from './citations.ts';
import { holdsAskedCode } from './code-match.ts';
import { askedIsoDay, datedRecordAnswer } from './dated-record.ts';
import { definedTermAnswer, quotedTermUnsaid } from './defined-term.ts';
import { answerFileAuthor, answerTitleSlide, fileAuthorAsked } from './document-author.ts';
import { documentWords } from './document-words.ts';
import { answerFromEvent, asksReminder } from './event-answers.ts';
import { answerJoin } from './event-join.ts';
import { eventsNear, indexedEvents } from './event-list.ts';
import { missedMeetingsAsked } from './event-period.ts';
import { eventLineNotDocument } from './event-place.ts';
import { figuresOnlyAsked } from './figure-from-question.ts';
import { finalChoiceAnswer } from './final-choice.ts';
import { forwardedSenders } from './forwarded-sender.ts';
import { answerDelegation, answerFreeBusy, answerMembership } from './free-busy.ts';
import { fullNamesOf } from './full-name.ts';
import { initialismAnswer } from './initialism-meaning.ts';
import { kindFieldAnswer } from './kind-field.ts';
import { answerNote } from './labelled-note.ts';
import { sectionOfLongerName } from './longer-name-section.ts';
import { sumOfOtherMeasure } from './measure-unnamed.ts';
import { meetingBotAnswer } from './meeting-bot-answer.ts';
import { emptyIndexMessage, noAnswerMessage } from './messages.ts';
import { answerMissed, readerOf } from './missed.ts';
import { modelAnswer } from './model-answer.ts';
import { asksNewSlot } from './moved-to-asked.ts';
import { respellNames } from './name-spelling.ts';
import { namedRowAnswer } from './named-row.ts';
import { carriesNamesAsked, sheetWithoutNamesAsked } from './names-carried.ts';
import { negatesAskedAct } from './negated-act.ts';
import { postStillOpen } from './new-role.ts';
import { endAsked, otherOfSubject } from './newest-of-subject.ts';
import { partNumberMissing } from './numbered-part.ts';
import { figureOfOtherDaySpan } from './other-day-span.ts';
import { figuresOfOtherMonths } from './other-months.ts';
import { lineOfOtherNumberedItem } from './other-numbered-item.ts';
import { otherDatedItem } from './other-period.ts';
import { placeOfOtherPassage, placeUnwritten } from './other-place.ts';
import { valueOfOtherThing } from './other-thing.ts';
import { othersWordForMyReason } from './others-reason.ts';
import { ownThingUnsaid } from './own-thing-unsaid.ts';
import { answerOwnWords, ownMailFilters, ownWordsAsked, toRecipient } from './own-words.ts';
import { sumHeldNotPaid, sumListedUnderHeld } from './paid-sum.ts';
import { paperOfOtherKind } from './paper-of-other-kind.ts';
import { type ExtractiveAnswer, extractiveAnswer, namesDay, weaklySupported } from './passage-answer.ts';
import { passageUnits } from './passage-text.ts';
import { withPlusSum } from './plus-sum.ts';
import { askedDay, classifyQuestion } from './question-kind.ts';
import { namesDayOfMonth, questionTerms, WEEKDAY } from './question-terms.ts';
import { answerWriter, givesWayToQuote, withQuotedSource } from './quoted-source.ts';
import { holdsQuote, quotedWords } from './quoted-words.ts';
import { recipientAsked } from './recipient-asked.ts';
import { answerRelated, relationAsked } from './related-answer.ts';
import { resolutionAnswer } from './resolution-answer.ts';
import { retrievalQuestion } from './retrieval-query.ts';
import { retrieve } from './retrieve.ts';
import { underOtherHeading } from './section-heading.ts';
import { answerSentBy, senderOnlyQuestion } from './sent-by.ts';
import { mailOfOtherDay } from './sent-on-day.ts';
import { signedWithShortName } from './signed-short-name.ts';
import { statesAskedForm } from './stated-asked.ts';
import {
  answerContact,
  answerDayAgenda,
  answerNextMeeting,
  answerPeriodAgenda,
} from './structured-answers.ts';
import {
  numberOfOtherNamed,
  pronounForOtherPerson,
  valueOfOtherEntry,
  writersCallBackNumber,
  writersOwnNumber,
} from './subject-value.ts';
import { lineRepeatsQuestion, lineSharesNothing, mailDateSharesNothing } from './support-gate.ts';
import { tableCellAnswer } from './table-cell.ts';
import { thankedHelperAnswer } from './thanked-helper.ts';
import { unsoundAnswer, valueMissing } from './unsound-answer.ts';
import { writersOwnAct } from './writer-own-act.ts';

export type AskOptions = {
  readonly now: Date;
  /** The asker's IANA zone when known: a day asked about is the asker's day, its times shown there. */
  readonly timeZone?: string;
  /** Only passages this user may read are used. */
  readonly asUser?: string;
  readonly k?: number;
  /** A configured model; builtin (or none) uses the extractive engine. */
  readonly model?: LanguageModel;
  /** The question with conversation context, used for retrieval of follow-ups. */
  readonly retrievalQuery?: string;
  /** The conversation's earlier questions (oldest first), shown to a model with a follow-up. */
  readonly earlierQuestions?: readonly string[];
  /** The model's context window in tokens, for the prompt's passage budget (default 4096). */
  readonly contextTokens?: number;
  readonly signal?: AbortSignal;
  /** Told why the model's answer was cut or not used (the builtin answer is given instead). */
  readonly warn?: (warning: Warning) => void;
};

export type AskResult = {
  readonly answer: string;
  readonly engine: string;
  readonly kind: string;
  readonly found: boolean;
  readonly citations: readonly AskCitation[];
  /** Why a configured model's answer was cut or not used (added by the ask skill). */
  readonly warnings?: readonly Warning[];
  /** When nothing answered: the nearest results the user may read. */
  readonly nearest?: readonly {
    readonly path: string;
    readonly uri: string;
    readonly title: string;
    readonly snippet: string;
  }[];
};

const noAnswer = noAnswerMessage;

function nearest(hits: readonly SearchHit[]) {
  return hits
    .slice(0, 3)
    .map((hit) => ({ path: hit.path, uri: hit.uri, title: hit.title, snippet: hit.snippet }));
}

/** The honest no-answer of a question, with the nearest passages found. */
function notFound(
  question: string,
  near: readonly SearchHit[],
  kind: 'passages' | 'own-words' = 'passages',
): AskResult {
  return {
    answer: noAnswer(question),
    engine: 'builtin',
    kind,
    found: false,
    citations: [],
    nearest: nearest(near),
  };
}

export async function askQuestion(
  index: SearchIndex,
  question: string,
  options: AskOptions,
): Promise<AskResult> {
  if ((await index.store.stats()).chunks === 0)
    return {
      answer: emptyIndexMessage(question),
      engine: 'builtin',
      kind: 'empty-index',
      found: false,
      citations: [],
    };
  // A misspelt name is read as the known name it is near, and the answer says so.
  const spelling = await respellNames(index, question);
  if (spelling.changed.length === 0) return answerQuestion(index, question, options);
  const retrievalQuery = options.retrievalQuery
    ? (await respellNames(index, options.retrievalQuery)).question
    : undefined;
  const result = await answerQuestion(index, spelling.question, {
    ...options,
    ...(retrievalQuery ? { retrievalQuery } : {}),
  });
  if (!result.found) return result;
  const read = spelling.changed.map(([from, to]) => `"${from}" as "${to}"`).join(', ');
  return { ...result, answer: `(Reading ${read}.) ${result.answer}` };
}

async function answerQuestion(index: SearchIndex, asked: string, given: AskOptions): Promise<AskResult> {
  // "What time is the review in UTC?": its times are told in the zone asked, not the asker's own,
  // and "in UTC" names nothing to look for.
  const zoneNamed = zoneAsked(asked);
  const question = zoneNamed?.question ?? asked;
  // The words are left out of what is looked for as well ("… end, in UTC?" asks when it ends).
  const retrievalQuery =
    given.retrievalQuery && (zoneAsked(given.retrievalQuery)?.question ?? given.retrievalQuery);
  const options = zoneNamed
    ? { ...given, timeZone: zoneNamed.zone, ...(retrievalQuery ? { retrievalQuery } : {}) }
    : given;
  let citations = new CitationList();
  const asUser = options.asUser;
  const kind = classifyQuestion(question, options.now);
  const structured = (answer: { answer: string; found: boolean }): AskResult => ({
    answer: answer.answer,
    engine: 'builtin',
    kind: kind.kind,
    found: answer.found,
    citations: citations.items,
  });
  if (kind.kind === 'next-meeting')
    return structured(
      await answerNextMeeting(index, kind.person, options.now, asUser, citations, options.timeZone),
    );
  // "When is Ana busy on 16 March?", "Who has Ana delegated the meeting to?", "Which groups is Ana
  // a member of?": free/busy lists, delegations and memberships, which no appointment's fields or text hold.
  const calendarOnly =
    (await answerFreeBusy(index, question, options.now, asUser, citations, options.timeZone)) ??
    (await answerDelegation(index, question, asUser, citations)) ??
    (await answerMembership(index, question, asUser, citations));
  if (calendarOnly) return { ...structured(calendarOnly), kind: 'event' };
  if (kind.kind === 'day-agenda' && asksReminder(question)) {
    // "What alert do I get before my meeting on Tuesday?": that event's reminder, not the day's agenda.
    const reminder = answerFromEvent(
      question,
      'date',
      await eventsNear(index, kind.day, asUser),
      options.now,
      citations,
      options.timeZone,
      { date: kind.day, text: kind.dayText },
    );
    if (reminder) return { ...structured(reminder), kind: 'event' };
  }
  if (kind.kind === 'day-agenda') {
    const agenda = await answerDayAgenda(index, kind.day, asUser, citations, options.timeZone);
    // "What time is the budget review on Tuesday?" with nothing in the calendar that day: the
    // meeting may be in mail, so the passages are read; an agenda asked for is answered as empty.
    if (citations.items.length > 0 || !ASKS_OF_ONE_MEETING.test(question)) return structured(agenda);
  }
  // "Which meetings did I miss last week?": the calendar over that period, not mail that says "miss".
  const missedPeriod = kind.kind === 'passages' ? missedMeetingsAsked(question, options.now) : undefined;
  if (missedPeriod)
    return {
      ...structured(
        await answerPeriodAgenda(
          index,
          missedPeriod.from,
          missedPeriod.until,
          options.now,
          asUser,
          citations,
          options.timeZone,
        ),
      ),
      kind: 'day-agenda',
    };
  const agendaDay =
    kind.kind === 'passages' && AGENDA_SHAPE.test(question) ? askedDay(question, options.now) : undefined;
  if (agendaDay)
    return {
      ...structured(await answerDayAgenda(index, agendaDay.date, asUser, citations, options.timeZone)),
      kind: 'day-agenda',
    };
  if (kind.kind === 'contact') {
    const answer = await answerContact(
      index,
      kind.person,
      kind.field,
      asUser,
      citations,
      kind.phoneType,
      kind.fieldKind,
      kind.imService,
      kind.label,
    );
    // A card that lacks the field asked for is an answer: the card was found, the field is not on it.
    if (answer.found || answer.answer.includes('contact card has no')) return structured(answer);
  }
  const related = relationAsked(question);
  if (related) {
    const answer = await answerRelated(index, related, asUser, citations);
    if (answer) return { ...structured(answer), kind: 'contact' };
  }
  if (kind.kind === 'missed')
    return structured(await answerMissed(index, kind.since, kind.sinceText, options, citations));
  const onlySender = kind.kind === 'passages' ? senderOnlyQuestion(question) : undefined;
  if (onlySender) {
    const answer = await answerSentBy(index, onlySender, question, options, citations);
    if (answer) return { ...structured(answer), kind: 'sender' };
  }
  // "Who did I ask to chair the review?": the one addressee of the asker's own mail that put it to "you".
  const act = kind.kind === 'passages' ? addresseeAct(question) : undefined;
  const actFilters = act ? await ownMailFilters(index, asUser) : undefined;
  if (act && actFilters) {
    const mine = (await retrieve(index, act, { k: options.k ?? 8, now: options.now, filters: actFilters }))
      .results;
    const answer = addresseeAnswer(act, mine, citations);
    if (answer) return { ...structured(answer), kind: 'own-words' };
  }

  const query = options.retrievalQuery ?? question;
  const type = expectedAnswerType(question);
  const sender = senderAsked(question);
  // "What did I tell Ana …?": the asker's own mail (to Ana), not what others wrote on the topic.
  // A day named ("… move tomorrow's meeting to?") reads the question as of a day's agenda; with
  // none found there, it still asks the asker's own words.
  const own =
    (kind.kind === 'passages' || kind.kind === 'day-agenda') && !sender ? ownWordsAsked(question) : undefined;
  const ownFilters = own ? await ownMailFilters(index, asUser) : undefined;
  const filters = ownFilters ?? {
    ...(asUser !== undefined ? { asUser } : {}),
    ...(sender ? { from: [sender], types: ['email' as const] } : {}),
  };
  const k = options.k ?? 8;
  // Words put in a named person's mouth come only from passages by or about that person.
  const person = ownFilters ? undefined : attributedPerson(question);
  const depth = person || ownFilters ? k * 3 : k;
  const searched = retrievalQuestion(query);
  // The plain question's passages are filled up to k past later mail; a person's or the asker's
  // own, read three times deeper already, are not.
  let { results } = await retrieve(index, searched, {
    k: depth,
    now: options.now,
    filters,
    fill: depth === k,
  });
  if (ownFilters) results = toRecipient(results, own?.recipient).slice(0, k);
  if (sender && results.length === 0)
    // A name the people table does not know: mail whose From names that person, and no other.
    results = (
      await retrieve(index, searched, {
        k: depth,
        now: options.now,
        filters: asUser !== undefined ? { asUser } : {},
      })
    ).results.filter((hit) => sentBy(hit, sender));
  const sentMe = /\b(?:send|sent|e-?mail(?:ed)?|forward(?:ed)?|wrote|write|mail(?:ed)?)\s+me\b/i.test(
    question,
  );
  const retrievedAll = results;
  if (sentMe) results = await sentToMe(index, results, asUser);
  const retrieved = results;
  // "Who chaired the … meeting?", "the result of the vote on …": a meeting bot's lines in a log found.
  const fromBot = await meetingBotAnswer(index, question, retrievedAll, asUser, citations);
  if (fromBot) return { ...structured(fromBot), kind: 'passages' };
  if (person) {
    // When passages by them are among the results, the one that answers may still rank below
    // the others ("Where did Ida suggest for the retreat?", many replies about the retreat, one
    // mail by another Ida): what they wrote is searched too. Without any, passages about them
    // answer, as before.
    if (results.some((hit) => sentBy(hit, person))) {
      const theirs = (
        await retrieve(index, searched, { k, now: options.now, filters: { ...filters, from: [person] } })
      ).results;
      const known = new Set(results.map((hit) => hit.uri));
      const added = theirs.filter((hit) => !known.has(hit.uri));
      if (added.length > 0)
        results = [...results, ...(sentMe ? await sentToMe(index, added, asUser) : added)];
    }
    // Their own words first (mail from them, their chat lines); passages about them only without.
    // A first name alone may be another person's than the sender's of that name: mail whose
    // subject names them is about them, whoever wrote it ("How much did Fred want?" answered
    // in a thread "RE: Fred" between two others), and stays beside their own.
    const firstNameOnly = !/\s/.test(person.trim());
    // So is a mail that tells the act asked as theirs ("… (Quennell suggested it)").
    const by = results.filter(
      (hit) =>
        sentBy(hit, person) ||
        (firstNameOnly && titleNamesPerson(hit, person)) ||
        reportsActOf(hit, question),
    );
    let about = by.length > 0 ? by : results.filter((hit) => concernsPerson(hit, person));
    const rareNames = about.length === 0 ? namesAsked(question) : undefined;
    if (rareNames) {
      // None of theirs among the passages the question's words found: the rare names it asks
      // about (theirs among them) may find one, kept only when by or about them too.
      const again = (await retrieve(index, rareNames, { k, now: options.now, filters })).results;
      const againBy = again.filter((hit) => sentBy(hit, person) || reportsActOf(hit, question));
      about = againBy.length > 0 ? againBy : again.filter((hit) => concernsPerson(hit, person));
    }
    if (by.length === 0 && TOLD_ME.test(question)) {
      // "What did Bob ask me for?": the asker's own mail to Bob is about Bob, not Bob's words.
      const reader = readerOf(await index.store.people(), asUser);
      about = about.filter((hit) => !reader.wrote(hit) && !isSentFolder(hit.path));
    }
    results = about.slice(0, k);
  }
  const quote = quotedWords(question);
  if (quote) {
    // A question that quotes words asks about the passage holding them; one lower in the
    // ranking is looked for, and without any the question has no answer here.
    let holding = results.filter((hit) => holdsQuote(`${hit.title}\n${hit.text}`, quote));
    if (holding.length === 0)
      holding = (await search(index, { query: quote, k: QUOTE_DEPTH, now: options.now, filters })).results
        .filter((hit) => holdsQuote(`${hit.title}\n${hit.text}`, quote))
        .slice(0, k);
    if (holding.length === 0) return notFound(question, results);
    results = holding;
  }
  const day =
    /\b(?:today|tomorrow|yesterday|tonight)\b|\b\d{1,2}(?:st|nd|rd|th)?\b/i.test(question) ||
    WEEKDAY.test(question)
      ? askedDay(question, options.now)
      : undefined;
  // "What's the dial-in for …?": the CONFERENCE lines of the event asked about.
  const joining = answerJoin(query, results, citations, day?.date, options.timeZone);
  if (joining) return { ...joining, engine: 'builtin', kind: 'event', citations: citations.items };
  const eventHits = asksAboutEvent(question, type) ? await eventsNamed(index, query, asUser) : [];
  // A reminder of an event named by its day ("… my meeting on 2 May?"): the events of that day.
  if (day && asksReminder(question)) eventHits.push(...(await eventsNear(index, day.date, asUser)));
  const fromEvent = answerFromEvent(
    query,
    type,
    [...results, ...eventHits],
    options.now,
    citations,
    options.timeZone,
    day,
  );
  if (fromEvent) return { ...fromEvent, engine: 'builtin', kind: 'event', citations: citations.items };
  // Dates and places computed from calendar data (the next occurrence of a series) stay
  // builtin, like the structured answers above; other questions go to the model first.
  const useModel = options.model !== undefined && options.model.engine !== 'builtin';
  if (useModel && options.model && results.length > 0) {
    const answer = await modelAnswer(options.model, question, results, citations, {
      now: options.now,
      ...(options.contextTokens ? { contextTokens: options.contextTokens } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.earlierQuestions ? { earlierQuestions: options.earlierQuestions } : {}),
    });
    if (answer.used) {
      for (const warning of answer.warnings) options.warn?.(warning);
      return {
        answer: answer.answer,
        engine: answer.engine,
        kind: 'passages',
        found: true,
        citations: citations.items,
      };
    }
    // A failed or ungrounded model answer: the builtin answer below, from the same passages.
    options.warn?.(answer.warning);
  }
  // "What do the speaker notes on the … slide say?": the note of that kind, not the slide's text.
  const note = answerNote(question, results, citations);
  if (note)
    return {
      answer: note.answer,
      found: true,
      engine: 'builtin',
      kind: 'passages',
      citations: citations.items,
    };
  if (fileAuthorAsked(question)) {
    // "Who wrote the document with …?": the author its properties name, of the file described.
    // "Who gave the … talk?": the speaker its title slide names, before whoever made the file.
    const answer =
      answerTitleSlide(question, await titleSlides(index, results, asUser), citations) ??
      answerFileAuthor(question, results, citations);
    if (answer) return { ...answer, engine: 'builtin', kind: 'author', citations: citations.items };
  }
  if (
    /^\s*who\b.*\b(?:sent|wrote|e-?mailed|forwarded|mailed)\b/i.test(question) &&
    !recipientAsked(question)
  ) {
    // "Who sent the link?" is not answered by the asker: their own forward names who sent it.
    const byAsker = asUser !== undefined ? readerOf(await index.store.people(), asUser).wrote : undefined;
    const answer =
      answerSender(question, results, citations, byAsker) ??
      (sentMe || byAsker ? await forwardedToMe(index, question, retrievedAll, asUser, citations) : undefined);
    if (answer) return { ...answer, engine: 'builtin', kind: 'sender', citations: citations.items };
  }
  // "When did Vera move our Thursday call to?": the day named is the one moved from.
  const askedOn =
    day && !(type === 'date' && asksNewSlot(question)) ? { date: day.date, now: options.now } : undefined;
  if (ownFilters) {
    // The asker's own words, or none: what others wrote on the topic is not what they said.
    const mine = answerOwnWords(query, results, citations, type, own?.recipient, askedOn);
    // A day the asker wrote is no answer to the time of day they are asked for, nor a span of time to a sum.
    // "What seat number did I send Ana?" is not answered by a line of that mail that names none.
    if (mine && !valueMissing(question, mine.answer) && !ownThingUnsaid(question, mine.answer))
      return { ...structured(mine), kind: 'own-words' };
    return notFound(question, results, 'own-words');
  }
  // "Who …" is not answered by the asker, as the writer of their own mail.
  const askerWrote =
    type === 'person' && asUser !== undefined ? await askerWroteOf(index, asUser) : undefined;
  // Table rows and cells are read from passages that are no chat or transcript: a nick with a
  // pipe in it ("kit|away") splits no line into cells.
  const tabled = results.filter((hit) => !isSpoken(hit));
  /**
   * The question asked again of other passages, with a citation list of its own: taken in
   * place of the first answer, the list goes with it. `who` is the person asked of (none by
   * default).
   */
  const reask = (
    passages: readonly SearchHit[],
    who?: string,
  ): { readonly answer: ExtractiveAnswer; readonly citations: CitationList } => {
    const fresh = new CitationList();
    const answer = extractiveAnswer(query, passages, fresh, type, askedOn, who, options.now, askerWrote);
    return { answer, citations: fresh };
  };
  let answer =
    (await resolutionAnswer(query, results, citations, person, (hit) =>
      followingPassage(index, hit, asUser),
    )) ??
    // "Who helped kit get …?": kit's later line that thanks the one who helped.
    (await thankedHelperAnswer(query, results, citations, (hit) => followingPassage(index, hit, asUser))) ??
    // "Which release did kit go with in the end?": the line in which kit says what they settled on.
    (await finalChoiceAnswer(query, results, citations, person, (hit) =>
      followingPassage(index, hit, asUser),
    )) ??
    // "What does HSB stand for?": the sentence that spells the letters out beside them.
    initialismAnswer(query, results, citations) ??
    // "Qu'est-ce qu'une unité de valeur ?": the glossary line the term labels.
    definedTermAnswer(query, results, citations) ??
    namedRowAnswer(query, tabled, citations) ??
    cellOnDay(query, tabled, citations, type, question, askedOn) ??
    compoundAnswer(query, results, citations, askedOn) ??
    extractiveAnswer(query, results, citations, type, askedOn, person, options.now, askerWrote);
  if (answer.repeated) {
    // A sentence sent again and again with new figures: the latest one written by now holds,
    // though it may rank below the retrieved ones.
    const recent = {
      ...filters,
      since: new Date(options.now.getTime() - 31 * 86_400_000).toISOString(),
      until: options.now.toISOString(),
    };
    const again = await search(index, {
      query: answer.repeated,
      k: 20,
      now: options.now,
      filters: recent,
      understand: false,
    });
    const known = new Set(results.map((hit) => hit.uri));
    const more = again.results.filter((hit) => !known.has(hit.uri));
    if (more.length > 0) {
      const second = reask([...results, ...more]);
      if (second.answer.found) ({ answer, citations } = second);
    }
  }
  // "… my latest order?" answered from a notice that came again later with the same subject and
  // sender: the newest one written by now holds the answer ("the first …": the oldest).
  if (answer.found && answer.hit && endAsked(question)) {
    const again = await search(index, {
      query: answer.hit.title,
      k: 20,
      now: options.now,
      filters: { ...filters, until: options.now.toISOString() },
      understand: false,
    });
    const other = otherOfSubject(question, answer.hit, [...results, ...again.results], options.now);
    if (other) {
      const second = reask([other]);
      answer = second.answer.found ? second.answer : { answer: '', sentences: 0, found: false };
      citations = second.citations;
    }
  }
  // A measure or identifier asked of something ("the participant code for the safety drill") is
  // not answered from a passage that names none of it: it states the measure of something else.
  // A cell whose row and column the question names states the measure of the row it names.
  if (
    answer.found &&
    answer.hit &&
    !answer.keyed &&
    MEASURED.has(type ?? '') &&
    !statesMeasure(question, answer.hit, type)
  )
    answer = { answer: '', sentences: 0, found: false };
  // "What's Ana Ruiz's fax?" with no card for her: a number from mail that never names her is another's.
  const fieldOf = kind.kind === 'contact' ? kind.person : undefined;
  // Who wrote a candidate's sentence, read once for the rules that ask it.
  const writers = new WeakMap<ExtractiveAnswer, string | undefined>();
  const writerOf = (candidate: ExtractiveAnswer): string | undefined => {
    if (!writers.has(candidate)) writers.set(candidate, answerWriter(candidate.answer, candidate.hit));
    return writers.get(candidate);
  };
  // The words that name the asker, for a question put in the first person.
  const asker = firstPersonAsked(question) ? askerNames(await index.store.people(), asUser) : [];
  // An answer of another person, another thing, or one that does not say what was asked: the
  // same rules for the first answer and for one found by the names asked, each a small test.
  const otherAnswerRules: readonly OtherAnswerRule[] = [
    // A field of a person asked, from a passage that does not concern them.
    (candidate) =>
      candidate.hit !== undefined &&
      fieldOf !== undefined &&
      !concernsOrWrittenBy(candidate.hit, fieldOf, candidate.answer),
    // "When did Orbis sign the supply agreement?" answered from a mail that names only a non-disclosure agreement.
    (candidate) => candidate.hit !== undefined && paperOfOtherKind(question, candidate.hit),
    // A place or a time of another thing, when the passage titled by the thing asked gives none.
    (candidate, passages) =>
      candidate.hit !== undefined &&
      valueOfOtherThing(question, type, candidate.hit, passages, candidate.answer),
    // A sum held or gained ("$14.2 million in reserve") for a sum paid, charged or spent.
    (candidate) => type === 'amount' && sumHeldNotPaid(question, candidate.answer),
    // A bare line of a mail's list under a heading of what was earned ("Gross margin:") for a sum paid.
    (candidate) =>
      type === 'amount' &&
      candidate.hit?.type === 'email' &&
      sumListedUnderHeld(question, candidate.hit.text, candidate.answer),
    // A figure of a table labelled by months or years that never names the one asked; in a slide or
    // a document, a year written only inside another row's name does not name it.
    (candidate) =>
      fromOfficeFile(candidate.hit) &&
      periodAbsent(question, candidate.hit.text, candidate.hit.title, candidate.hit.type !== 'sheet'),
    // A sheet's row for a question naming a thing the sheet never writes whole ("the Pine Lodge plan").
    (candidate) => sheetWithoutNamesAsked(question, candidate.hit),
    // A sum or a rate given beside another year, from a passage that never writes the year asked.
    (candidate) =>
      (type === 'amount' || type === 'rate') &&
      candidate.hit !== undefined &&
      figureOfOtherYear(question, candidate.answer, candidate.hit.text, candidate.hit.title),
    // Figures each given beside another year than the one asked ("20% of 2029 grants and 60% of 2030 grants").
    (candidate) => (type === 'amount' || type === 'rate') && figuresOfOtherYears(question, candidate.answer),
    // A line of a mail under another heading than the one the question names ("Ann Lee:" for Bo's number).
    (candidate) =>
      candidate.hit !== undefined && underOtherHeading(question, candidate.hit, candidate.answer),
    // A sum or number from a line of a mail's list that never names the thing asked, which the mail gives its own.
    (candidate) =>
      candidate.hit?.type === 'email' && valueOfOtherEntry(question, candidate.hit.text, candidate.answer),
    // Figures of a mail that names the item asked by another day only ("the float sheet from 3/7" for the 3/14 one).
    (candidate) =>
      candidate.hit?.type === 'email' && otherDatedItem(question, candidate.hit.text, candidate.answer),
    // "What did Ines send me on March 4?" answered from a mail she wrote days later.
    (candidate) =>
      candidate.hit !== undefined &&
      day !== undefined &&
      quoteOf(candidate.hit) === undefined &&
      mailOfOtherDay(question, candidate.hit, day.date),
    // "… the board meeting in Velm?" answered from a mail that never writes Velm.
    (candidate) =>
      candidate.hit?.type === 'email' &&
      placeUnwritten(question, `${candidate.hit.title}\n${candidate.hit.text}`, candidate.answer),
    // "Wie viel verdient man in den Minen in Velmara?" answered by a slide that never writes Velmara, where another slide does.
    (candidate, passages) =>
      candidate.hit !== undefined && placeOfOtherPassage(question, candidate.hit, passages, candidate.answer),
    // "… forecast for March" answered by a mail's figures under "Jan '31  Dec '30" that never names March.
    (candidate) =>
      candidate.hit?.type === 'email' &&
      figuresOfOtherMonths(question, candidate.answer, `${candidate.hit.title}\n${candidate.hit.text}`),
    // "Who will be the new CIO for Retail?" answered from a passage that says the post is still being filled.
    (candidate) => candidate.hit !== undefined && postStillOpen(question, candidate.hit.text),
    // "… the tenant in #11" answered by a line under "#7" of a mail that never writes "#11".
    (candidate) =>
      candidate.hit?.type === 'email' &&
      lineOfOtherNumberedItem(question, candidate.answer, candidate.hit.text),
    // "… for May 16-31" answered by a figure of a pay mail for "May 1-15".
    (candidate) =>
      candidate.hit !== undefined &&
      figureOfOtherDaySpan(question, candidate.answer, `${candidate.hit.title}\n${candidate.hit.text}`),
    // "What is the booking fee …?" answered by a sum a mail labels as another measure ("hosting costs").
    (candidate) => candidate.hit?.type === 'email' && sumOfOtherMeasure(question, candidate.answer),
    // "… give him $12,000" where "him" is the person the mail names last, not the one asked.
    (candidate) =>
      candidate.hit?.type === 'email' &&
      pronounForOtherPerson(question, candidate.hit.text, candidate.answer),
    // An event's place or time for where to get a document of it ("Location: Room 4" for the slides).
    (candidate) =>
      candidate.hit !== undefined && eventLineNotDocument(question, type, candidate.hit, candidate.answer),
    // A chat line of the one the question says should do something: what they did, not what they were told.
    (candidate) => candidate.hit?.type === 'chat' && spokenByAdvised(question, candidate.answer),
    // A line of a contact card that the question does not ask ("Work e-mail: …" for a public key).
    (candidate) => candidate.hit !== undefined && cardLineUnasked(question, candidate.hit, candidate.answer),
    // A line of the section of another class whose name contains the one asked ("…NonXSLT" for "…Context").
    (candidate) => candidate.hit !== undefined && sectionOfLongerName(question, candidate.hit),
    // A file's line without a number for which line, page or section is asked ("… on this line").
    (candidate) =>
      candidate.hit !== undefined && partNumberMissing(question, candidate.hit, candidate.answer),
    // A file's line that says the act asked is not done ("… does not offer a way of embedding …").
    (candidate) => candidate.hit !== undefined && negatesAskedAct(question, candidate.hit, candidate.answer),
    // "When will the township approve …?" answered by a file's line naming neither the township nor the act.
    (candidate) => candidate.hit !== undefined && activeActUnnamed(question, candidate.hit, candidate.answer),
    // "Who gave Ana a key?" answered by a chat turn naming neither giving nor the key ("Ana, try the desk").
    (candidate) => candidate.hit !== undefined && giverActUnnamed(question, candidate.hit, candidate.answer),
    // "What does „weekly“ mean …?" answered by a line that never writes the quoted term.
    (candidate) => quotedTermUnsaid(question, candidate.answer),
    // "What discount did Ana offer?" answered by a sentence that names only "a discount".
    (candidate) => onlyIndefiniteAskedNoun(question, candidate.answer),
    // "If the keepTogether element is left out, …?" answered by a document's line that never writes keepTogether.
    (candidate) =>
      fromOfficeFile(candidate.hit) && codeNameUnwritten(question, candidate.answer, candidate.hit?.title),
    // A person's number from another writer's own call-back line ("Please call … (x4410)").
    (candidate) => type === 'phone' && numberOfOtherNamed(question, candidate.answer, writerOf(candidate)),
    // "What is the fine for filing later than 30 days?" answered by "Filing is due within 30 days.".
    (candidate) => figuresOnlyAsked(question, type, candidate.answer),
    // "What's the name of the spreadsheet Ana sent me?" answered by a sentence that names no file.
    (candidate) => fileNameMissing(question, candidate.answer),
    // "What time is the car picking Ana up?" answered by a form's line whose only time is a blank "00:00".
    (candidate) => onlyBlankClock(question, candidate.answer),
    // "How many contracts has Ada Brill bought?" answered by another writer's "I've bought 40 …".
    (candidate) => writersOwnAct(question, candidate.answer, writerOf(candidate)),
    // "Why did I …?" answered by another writer's "I", or by their telling me what I did.
    (candidate) => othersWordForMyReason(question, candidate.answer, writerOf(candidate), asUser),
    // "Which room is my meeting in?" answered by a sentence that leaves the asker out ("Except for the talks with me, …").
    (candidate) => exceptsAsker(question, candidate.answer, asker),
    // "Whom did I recommend …?" answered by another writer's message that a mail quotes or forwards.
    (candidate) => othersWordForAskersSaying(question, candidate.answer, candidate.hit, asker),
    // A count stated of nothing it counts, a field asked that the list leaves empty, a cut code
    // line, cells that repeat the question or hold only a mark, another quantity of the unit
    // asked, a catalogue's record of another file, a sentence on the topic only.
    (candidate) => unsoundAnswer(question, candidate.answer, prose(candidate)) !== undefined,
  ];
  const answersOther = (candidate: ExtractiveAnswer, passages: readonly SearchHit[]): boolean =>
    otherAnswerRules.some((rule) => rule(candidate, passages));
  // Words put in a named person's mouth: a sentence of another writer's note that the person
  // forwarded or that a thread quotes is not theirs; the other passages are read without it.
  if (person && answer.found && otherWritersWord(answer.answer, answer.hit, person)) {
    const rest = results.filter((hit) => hit.uri !== answer.hit?.uri);
    const second = reask(rest, person);
    answer =
      second.answer.found && !otherWritersWord(second.answer.answer, second.answer.hit, person)
        ? second.answer
        : { answer: '', sentences: 0, found: false };
    citations = second.citations;
  }
  // "Who …?" answered by a sentence that names no one (nor is its writer's word) names no one.
  if (answer.found && type === 'person' && answer.support && !answer.support.typed)
    answer = { answer: '', sentences: 0, found: false };
  if (answer.found && answersOther(answer, results)) answer = { answer: '', sentences: 0, found: false };
  // "What time am I meeting …?" answered by another slot of a visit's agenda: the slot naming me.
  const mySlot =
    answer.found && answer.hit ? askerSlot(question, answer.answer, answer.hit.text, asker) : undefined;
  if (mySlot) answer = { ...answer, answer: slotAnswer(mySlot, answer.answer) };
  // Passages chosen by their words alone must support an answer well; chosen by who wrote them, less.
  const calibrated = !sender && !person && !sentMe && !ownFilters;
  // A passage holding whole a code the question names ("session QK2.15") is about what is asked,
  // however few of the question's other words it shares.
  const codeHeld =
    answer.hit !== undefined && holdsAskedCode(question, `${answer.hit.title}\n${answer.hit.text}`);
  if (calibrated && !codeHeld && weaklySupported(answer, type))
    answer = { answer: '', sentences: 0, found: false };
  const names = namesAsked(question);
  if (!answer.found && !person && !sender && !ownFilters && names && query === question) {
    // Words of a long question can favour passages that share its common words; the rare
    // names it asks about ("the Halvorsen deal") may find the passage those words missed.
    const again = await retrieve(index, names, { k, now: options.now, filters });
    const known = new Set(results.map((hit) => hit.uri));
    const more = again.results.filter((hit) => !known.has(hit.uri));
    if (more.length > 0) {
      const fresh = new CitationList();
      const passages = [...results, ...more];
      // A table among them is read by its row and column first, as the first passages were.
      const second =
        namedRowAnswer(query, passages, fresh) ??
        cellOnDay(query, passages, fresh, type, question, askedOn) ??
        extractiveAnswer(query, passages, fresh, type, askedOn, undefined, options.now, askerWrote);
      const measured = !second.hit || !MEASURED.has(type ?? '') || statesMeasure(question, second.hit, type);
      if (
        second.found &&
        !weaklySupported(second, type) &&
        measured &&
        carriesNamesAsked(question, second.hit) &&
        !answersOther(second, passages)
      ) {
        answer = second;
        citations = fresh;
      }
    }
  }
  if (!answer.found && !person && !sender && !ownFilters) {
    // "Where is the fair held?", "Jak długo potrwa …?": a notice's line labelled with the kind
    // asked ("Venue: …", "Czas trwania: …"), which shares none of the question's other words.
    const fresh = new CitationList();
    const field = kindFieldAnswer(question, type, results, fresh);
    if (field) {
      answer = field;
      citations = fresh;
    }
  }
  // Only for a kind of answer whose detector is sure (a figure, a date, a time): without the
  // words that name the file, the sentence must still carry the kind asked.
  const fileNamed =
    !answer.found &&
    !person &&
    !sender &&
    !ownFilters &&
    query === question &&
    type &&
    REQUIRED_TYPES.has(type)
      ? documentWords(question, results, type)
      : undefined;
  if (fileNamed) {
    // Most passages found are of one office file, and words of the question stand in most of
    // them ("… of the town council's by-laws"): they name the file and crowd out the passage
    // that holds the question's other words, which are searched within that file.
    const within = (
      await search(index, {
        query: fileNamed.rest,
        k,
        now: options.now,
        filters: { ...filters, paths: [fileNamed.path] },
        understand: false,
      })
    ).results.filter((hit) => hit.path === fileNamed.path);
    if (within.length > 0) {
      const fresh = new CitationList();
      // Sentences only: a table's rows and columns were read whole from the first passages.
      const second = extractiveAnswer(fileNamed.rest, within, fresh, type, askedOn, undefined, options.now);
      const measured = !second.hit || !MEASURED.has(type ?? '') || statesMeasure(question, second.hit, type);
      const nobody = type === 'person' && second.support !== undefined && !second.support.typed;
      if (
        second.found &&
        !weaklySupported(second, type) &&
        measured &&
        !nobody &&
        !answersOther(second, within)
      ) {
        answer = second;
        citations = fresh;
      }
    }
  }
  if (!answer.found && kind.kind === 'passages' && kind.agendaDay) {
    // A field of a meeting that no passage gives: the day's agenda shows its place and link.
    const listed = new CitationList();
    const agenda = await answerDayAgenda(index, kind.agendaDay.date, asUser, listed, options.timeZone);
    // An empty day does not give the field asked for either.
    if (agenda.found && listed.items.length > 0) {
      citations = listed;
      return structured(agenda);
    }
  }
  if ((!answer.found || givesWayToQuote(answer)) && !sentMe) {
    // Nothing in new text answers, or its answer holds less than half of what is asked: the
    // quoted history that no message of the mailbox holds whole (a short reply over the
    // thread's facts) may; the same checks as above apply, and a quote must answer well.
    const quoted = await quotedHistoryAnswer(
      index,
      searched,
      query,
      options.now,
      filters,
      person,
      type,
      askedOn,
      results[0],
    );
    if (quoted && !answersOther(quoted.answer, quoted.passages)) {
      answer = quoted.answer;
      citations = quoted.citations;
    }
  }
  // A chat line that holds none of the question's terms was chosen for the lines around it; a
  // mail's sentence with none of them gives the date of something else.
  if (
    answer.found &&
    (lineSharesNothing(question, type, answer.hit, answer.answer) ||
      lineRepeatsQuestion(question, answer.hit, answer.answer) ||
      mailDateSharesNothing(question, type, answer.hit, answer.answer))
  )
    answer = { answer: '', sentences: 0, found: false };
  if (!answer.found) return notFound(question, results.length > 0 ? results : retrieved);
  // "When did Ana ask me about the lease?": the day her mail was written, not a date it names.
  // A quoted message's day is the one its header gives, said with its writer below.
  const quoted = answer.hit !== undefined && quoteOf(answer.hit) !== undefined;
  const acted =
    actDateAsked(question) && answer.hit && !quoted && (!person || sentBy(answer.hit, person))
      ? withActDate(answer.answer, answer.hit, options.timeZone)
      : // "When did the board agree on …?" of talk: the day its line was said.
        type === 'date' && answer.hit && agreedDateAsked(question)
        ? withAgreedDate(answer.answer, answer.hit, options.timeZone)
        : undefined;
  // "Mary is working up the options": the Mary of the mail's header, named in full.
  const fullNames = type === 'person' && answer.hit ? fullNamesOf(answer.answer, answer.hit) : [];
  // "… purchase price plus fees?": the total of the two figures given, said after them.
  const summed = type === 'amount' ? withPlusSum(question, answer.answer) : undefined;
  const named =
    fullNames.length > 0 ? `${answer.answer} (${fullNames.join('; ')})` : (summed ?? answer.answer);
  // A correction of a chat line may open the log's next passage.
  const following =
    answer.hit?.type === 'chat' ? await followingPassage(index, answer.hit, asUser) : undefined;
  // A chat line another speaker turns down right after ("no, 4.1 is the app; I asked about the scanner").
  if (rebuttedAnswer(answer.answer, answer.hit, following?.text))
    return notFound(question, results.length > 0 ? results : retrieved);
  return {
    // A chat line its speaker put right a little later is said with the correction.
    answer: acted ?? withChatCorrection(withQuotedSource(named, answer.hit), answer.hit, following?.text),
    engine: 'builtin',
    kind: 'passages',
    found: true,
    citations: citations.items,
  };
}

/**
 * An answer from quoted history alone (passages of quoted messages, index/quoted-chunks.ts):
 * for a named person, only what they wrote or what names them; held to the support, measure
 * and "who" checks of an answer from new text, to a higher relevance (QUOTED_SUPPORT), and to a
 * quote whose writer its header names.
 */
async function quotedHistoryAnswer(
  index: SearchIndex,
  searched: string,
  query: string,
  now: Date,
  filters: SearchFilters,
  person: string | undefined,
  type: AnswerType | undefined,
  askedOn: { readonly date: Date; readonly now: Date } | undefined,
  /** The passage of new text the question's words found first. */
  top?: SearchHit,
): Promise<
  { answer: ExtractiveAnswer; passages: readonly SearchHit[]; citations: CitationList } | undefined
> {
  const found = (
    await retrieve(index, searched, { k: QUOTED_DEPTH, now, filters: { ...filters, quoted: 'only' } })
  ).results;
  // A quoted message's writer is named in its data, not among the passage's people.
  const writtenBy = (hit: SearchHit, name: string) => {
    const author = quoteOf(hit)?.author;
    return (
      author !== undefined &&
      concernsPerson({ ...hit, people: [{ name: author, role: 'from' }], title: '', text: '' }, name)
    );
  };
  const passages = person
    ? found.filter((hit) => writtenBy(hit, person) || concernsPerson(hit, person))
    : found;
  if (passages.length === 0) return undefined;
  const citations = new CitationList();
  const answer = extractiveAnswer(query, passages, citations, type, askedOn, person, now);
  if (!answer.found || weaklySupported(answer, type)) return undefined;
  // Read only because nothing else answers, a quote must answer well, and say whose word it is.
  const author = answer.hit && quoteOf(answer.hit)?.author;
  // A number line of the quoted writer's own signature, or the one number of their own "call me
  // at …", when their number is asked, needs no more.
  const own =
    type === 'phone' &&
    (writersOwnNumber(query, answer.answer, author) || writersCallBackNumber(query, answer.answer, author));
  // A sentence that gives the clock time, the sum in its state or the measure asked needs less.
  const relevance = answer.support?.relevance ?? 0;
  const stated =
    relevance >= QUOTED_STATED_SUPPORT && statesAskedForm(query, answer.answer, answer.hit?.title);
  // A message quoted under the very mail the question's words found first is that mail's own
  // text: the words asked were shared out between its reply and its quotes.
  const underTop = answer.hit !== undefined && top !== undefined && quotedUnder(answer.hit, top);
  const needed = underTop ? QUOTED_UNDER_TOP_SUPPORT : QUOTED_SUPPORT;
  if ((relevance < needed && !own && !stated) || !author) return undefined;
  if (type === 'person' && answer.support && !answer.support.typed) return undefined;
  if (answer.hit && !answer.keyed && MEASURED.has(type ?? '') && !statesMeasure(query, answer.hit, type))
    return undefined;
  return { answer, passages, citations };
}

/** A quote passage of the mail `top` is (same file and message), not a quote of another mail. */
function quotedUnder(quote: SearchHit, top: SearchHit): boolean {
  const id = (hit: SearchHit) => (hit.locator as { readonly messageId?: unknown }).messageId;
  return (
    quoteOf(quote) !== undefined &&
    quoteOf(top) === undefined &&
    quote.path === top.path &&
    id(quote) !== undefined &&
    id(quote) === id(top)
  );
}

/** The passage of a sentence answer from a document or a slide (not a table cell): its topic words are told by it. */
function prose(answer: ExtractiveAnswer): string | undefined {
  const hit = answer.hit;
  return hit && !answer.keyed && (hit.type === 'document' || hit.type === 'slide') ? hit.text : undefined;
}

/**
 * A table cell for the question's row and column, unless the question names a day of the
 * month ("How much did the north desk make on 3 March?") that the cell's file never names: a
 * figure of a sheet about other things is no answer about that day. Without a cell, the one
 * record of that day a sheet of dated rows holds (see dated-record).
 */
function cellOnDay(
  query: string,
  hits: readonly SearchHit[],
  citations: CitationList,
  type: AnswerType | undefined,
  question: string,
  askedOn: { readonly date: Date; readonly now: Date } | undefined,
): ExtractiveAnswer | undefined {
  const terms = questionTerms(query, type);
  // A row dated another day than the one named is another record (see table-cell).
  const isoDay = askedOn && namesDayOfMonth(question) ? askedIsoDay(question, askedOn.date) : undefined;
  if (askedOn && namesDayOfMonth(question)) {
    const probe = tableCellAnswer(terms, hits, new CitationList(), type, question, isoDay);
    const hit = probe?.hit;
    const day = Math.floor(askedOn.date.getTime() / 86_400_000);
    const reference = hit?.date ? new Date(hit.date) : askedOn.now;
    if (hit && !namesDay(`${hit.title}\n${hit.text}`, reference, day)) return undefined;
  }
  const cell = tableCellAnswer(terms, hits, citations, type, question, isoDay);
  // Without a cell, a sheet's one record of that day that the question's other words name.
  if (cell || !askedOn || !namesDayOfMonth(question)) return cell;
  return datedRecordAnswer(question, hits, citations, askedOn.date);
}

/**
 * "Which venue did Mara book and what does it cost per day?": two questions in one, each
 * answered on its own, the second first from the passage that answered the first (it asks
 * about the same thing), else from all passages. Undefined when the question is not compound
 * or its first part has no answer.
 */
function compoundAnswer(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
  askedOn: { readonly date: Date; readonly now: Date } | undefined,
): ExtractiveAnswer | undefined {
  const parts = compoundParts(question);
  if (!parts) return undefined;
  const [head, tail] = parts;
  const first = extractiveAnswer(head, hits, citations, expectedAnswerType(head), askedOn);
  if (!first.found || !first.hit) return undefined;
  const tailType = expectedAnswerType(tail);
  // The first answer may state both ("we sold 143,200 @ 7.29 average" for "how many … and at
  // what average price"): a value of the kind the second asks beside one of its words.
  const firstTerms = new Set(analyze(first.answer));
  // A day is not the time of day "what time …" asks ("this Friday" for "… and what time is it?").
  if (
    tailType &&
    carriesType(first.answer, tailType) &&
    (!asksClockTime(tail) || carriesClockTime(withoutMarks(first.answer))) &&
    questionTerms(tail, tailType).some((term) => firstTerms.has(term))
  )
    return first;
  let second = extractiveAnswer(tail, [first.hit], citations, tailType);
  if (!second.found) second = extractiveAnswer(`${tail} ${head}`, hits, citations, tailType);
  if (!second.found || second.answer === first.answer) return first;
  return {
    ...first,
    answer: `${first.answer} ${second.answer}`,
    sentences: first.sentences + second.sentences,
  };
}

/**
 * The two questions of "… and (at) what/when/where/who/which/how …?", each at least three words,
 * or of "When and where is …?" (each question word with the rest of the question).
 */
export function compoundParts(question: string): [string, string] | undefined {
  const paired = /^\s*(when|where|who|what time)\s+and\s+(when|where|who|what time)\s+(.+)$/i.exec(
    question.trim(),
  );
  if (paired?.[1] && paired[2] && paired[3] && paired[1].toLowerCase() !== paired[2].toLowerCase())
    return [
      `${paired[1]} ${paired[3]}`,
      `${paired[2].charAt(0).toUpperCase()}${paired[2].slice(1)} ${paired[3]}`,
    ];
  // The second may open with a preposition: "…, and at what average price?".
  const match =
    /^(.+?)[,;]?\s+and\s+((?:(?:at|for|by|in|on|to|from|with)\s+)?(?:what|when|where|who|which|how)\b.+)$/i.exec(
      question.trim(),
    );
  if (!match?.[1] || !match[2]) return undefined;
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  if (words(match[1]) < 3 || words(match[2]) < 3) return undefined;
  if (!/^\s*(?:what|when|where|who|whom|which|how|why|is|are|was|were|did|do|does)\b/i.test(match[1]))
    return undefined;
  return [`${match[1].trim()}?`, match[2].trim()];
}

const MEASURE_NOUNS =
  'rate rates fee fees price prices cost costs charge charges rent fare salary budget balance limit total code number id pin password username login';

/** Answer types asked as "the <which> <measure or identifier>": the garden view room rate, the participant code. */
const MEASURED: ReadonlySet<string> = new Set(['amount', 'rate', 'code']);

/** A passage of a document, a slide or a sheet (not mail, an event, a card or a chat line). */
function fromOfficeFile(hit: SearchHit | undefined): hit is SearchHit {
  return hit?.type === 'document' || hit?.type === 'slide' || hit?.type === 'sheet';
}

/** True when the passage names something of what the question asks the measure or identifier of. */
function statesMeasure(question: string, hit: SearchHit, type: AnswerType | undefined): boolean {
  // An identifier asked by its own name ("the ISSN of …") is named where it is given.
  const wanted = [
    ...measureModifiers(question, type === 'code' ? 'code' : 'amount'),
    ...(type === 'code' ? namedIdentifiers(question) : []),
  ].flatMap((word) => analyze(word));
  if (wanted.length === 0) return true;
  const words = new Set(
    analyze(
      [hit.title, ...passageUnits(hit).map((unit) => unit.text)]
        .join(' ')
        .replace(/([a-z])([A-Z])/g, '$1 $2'),
    ),
  );
  // The words that name an identifier ("participant" code, "policy" number) are its name and
  // must be there; the words that say which measure ("asking" price, "membership" fee) are
  // often paraphrased in the passage, so they are not required.
  if (type === 'code' && !wanted.every((term) => words.has(term))) return false;
  // What it is the measure of ("for the safety drill"): the participant code of another call is not it.
  const measureWords = new Set([...wanted, ...analyze(MEASURE_NOUNS)]);
  const topic = questionTerms(question, type).filter((term) => !measureWords.has(term));
  return topic.length === 0 || topic.some((term) => words.has(term));
}

/** The capitalised words a question names after its first word ("the Halvorsen deal"), as a query. */
function namesAsked(question: string): string | undefined {
  const names = [...question.matchAll(/(?<=\s)[\p{Lu}][\p{L}\p{N}'-]+/gu)].map((match) => match[0]);
  return names.length > 0 ? names.join(' ') : undefined;
}

/** The next passage of the same file, when the user may read it. */
async function followingPassage(
  index: SearchIndex,
  hit: SearchHit,
  asUser: string | undefined,
): Promise<SearchHit | undefined> {
  const [next] = await index.store.getChunks([hit.chunkId + 1]);
  if (!next || next.path !== hit.path) return undefined;
  if (asUser !== undefined && !matchesFilters(next, resolveFilters({ asUser }, []))) return undefined;
  return { ...next, chunkId: next.id, score: 0, snippet: next.text.slice(0, 200) };
}

/** The events whose title or description shares a word with the question. */
async function eventsNamed(
  index: SearchIndex,
  question: string,
  asUser: string | undefined,
): Promise<SearchHit[]> {
  const words = new Set(questionTerms(question));
  if (words.size === 0) return [];
  return (await indexedEvents(index, asUser))
    .filter(({ hit, event }) =>
      analyze(`${hit.title} ${event.description ?? ''}`).some((term) => words.has(term)),
    )
    .map(({ hit }) => hit);
}

/** When, where, how often, or who attends: questions an event's fields may answer. */
function asksAboutEvent(question: string, type: string | undefined): boolean {
  if (type === 'date' || type === 'place' || /\bhow often\b/i.test(question)) return true;
  // "How long before the board review is the reminder mail sent?": an event's reminder.
  if (asksReminder(question)) return true;
  if (type === undefined && askedNoun(question)) return true;
  return type === 'person' && /\b(?:attend\w*|organi[sz]\w*|invited|meeting|event|session)\b/i.test(question);
}

/** How deep a quoted phrase is looked for when the question's own passages lack it. */
const QUOTE_DEPTH = 100;
/** A test saying a candidate answer is of another person or thing, or does not say what was asked. */
type OtherAnswerRule = (candidate: ExtractiveAnswer, passages: readonly SearchHit[]) => boolean;

/** Passages of quoted history read when new text answers nothing. */
const QUOTED_DEPTH = 8;
/**
 * The relevance an answer from quoted history needs (new text needs MIN_RELEVANCE, 0.25): read
 * when nothing else answers, a quote on the topic is found for most questions the mail does not
 * answer. Set on the batches before the forty-eighth (their answers from quotes: right ones
 * 0.68 to 0.93, wrong ones 0.27 to 0.62, one of 0.69 whose quote names no writer).
 */
const QUOTED_SUPPORT = 0.65;
/**
 * The relevance a quote needs when its sentence gives the very form asked (stated-asked: a clock
 * time, a sum in the state asked, a measure): set on the batches to the seventy-seventh, where such
 * right sentences stood at 0.53 and 0.61 and the wrong quotes that give the form asked at none.
 */
const QUOTED_STATED_SUPPORT = 0.5;

/**
 * The relevance a quote needs when it stands under the mail the question's words found first
 * (a forward's short note over the forwarded report): that mail is the one asked about, and its
 * reply holds some of the words asked, its quote the rest.
 */
const QUOTED_UNDER_TOP_SUPPORT = 0.4;

/** A question about one meeting's time or place, not about the day's agenda. */
const ASKS_OF_ONE_MEETING = /^\s*(?:what time|when|where|which (?:room|building|floor))\b/i;

/**
 * A day's agenda asked without a calendar word: "What do I have on Tuesday?", "Am I free on
 * 2 October?", "What's planned for tomorrow?".
 */
const AGENDA_SHAPE =
  /^\s*(?:what\s+(?:do|will)\s+I\s+have\s+(?:on|for|planned|scheduled|booked)\b|(?:am|are)\s+(?:I|we)\s+(?:free|busy|available|booked)\b|what(?:'s|’s| is)\s+(?:planned|scheduled|booked)\s+(?:on|for)\b|anything\s+(?:planned|scheduled|booked)\s+(?:on|for)\b)/i;

/** A question about what someone said to the asker: "… tell me", "… ask us for", "… want me to". */
const TOLD_ME = /\b(?:me|us)\b/i;

/** "What did Maria send me?": the sender the question names. */
function senderAsked(question: string): string | undefined {
  return /\b[Ww]hat (?:did|has|have)\s+([\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+)?)\s+(?:send|sent|e-?mail(?:ed)?|forward(?:ed)?|write|wrote)\b/u.exec(
    question,
  )?.[1];
}

const AUTHOR_ROLES = new Set(['from', 'author', 'speaker', 'organizer']);

/** True when the passage's sender, author or a speaker carries every word of the name. */
function sentBy(hit: SearchHit, name: string): boolean {
  const from = hit.people.filter((ref) => AUTHOR_ROLES.has(ref.role));
  return (
    from.length > 0 &&
    (concernsPerson({ ...hit, people: from, title: '', text: '' }, name) ||
      // "Mara" for a mail from Marabel that she signs "Mara".
      (hit.type === 'email' && signedWithShortName(from, hit.text, name)))
  );
}

/**
 * "Sent me": mail with the asking user among its To and Cc, when the user is a person the
 * index knows (by address or name); otherwise the mailbox's own mail is taken as sent to its owner.
 */
async function sentToMe(
  index: SearchIndex,
  hits: readonly SearchHit[],
  asUser: string | undefined,
): Promise<readonly SearchHit[]> {
  if (asUser === undefined) return hits;
  const people = await index.store.people();
  if (resolvePerson(people, asUser).length === 0) return hits;
  const toMe = resolveFilters({ to: [asUser] }, people);
  // A Notes-routed address of the asker ("ann.lee/corp/acme@acme.com") is the asker too.
  const myAddresses = new Set(
    resolvePerson(people, asUser).flatMap((person) => person.emails.map((email) => email.toLowerCase())),
  );
  const routedToMe = (hit: SearchHit) =>
    hit.people.some(
      (ref) => ref.role !== 'from' && myAddresses.has(withoutRoute(ref.address ?? '').toLowerCase()),
    );
  return hits.filter(
    (hit) =>
      matchesFilters(
        { ...hit, people: hit.people.filter((ref) => ref.role !== 'from') } as unknown as Chunk,
        toMe,
      ) || routedToMe(hit),
  );
}

/**
 * Whether the asker wrote a passage, read once per passage. An asker given by address is
 * matched by the From address (a Notes route taken off), without reading the people table; one
 * given by name is resolved through it.
 */
async function askerWroteOf(index: SearchIndex, asUser: string): Promise<(hit: SearchHit) => boolean> {
  if (asUser.includes('@')) {
    const me = withoutRoute(asUser.trim()).toLowerCase();
    return (hit) =>
      hit.people.some((ref) => ref.role === 'from' && withoutRoute(ref.address ?? '').toLowerCase() === me);
  }
  const reader = readerOf(await index.store.people(), asUser);
  const known = new Map<SearchHit, boolean>();
  return (hit) => {
    let wrote = known.get(hit);
    if (wrote === undefined) {
      wrote = reader.wrote(hit);
      known.set(hit, wrote);
    }
    return wrote;
  };
}

/** A Notes-routed address as the plain one it stands for: "ann.lee/corp/acme@acme.com" → "ann.lee@acme.com". */
function withoutRoute(address: string): string {
  return address.replace(/^([^/@\s]+)(?:\/[^/@\s]+)+@/, '$1@');
}

/** "Who sent me the draft agreement?": the From of the mail whose words answer best. */
/**
 * "Who sent me …?" answered by none of the mail sent to the asker: the asker's own forward of
 * it, whose forwarded header names who sent it.
 */
async function forwardedToMe(
  index: SearchIndex,
  question: string,
  hits: readonly SearchHit[],
  asUser: string | undefined,
  citations: CitationList,
): Promise<{ answer: string; found: boolean } | undefined> {
  const people = await index.store.people();
  const reader = readerOf(people, asUser);
  const me = new Set(asUser !== undefined ? resolvePerson(people, asUser).map((person) => person.id) : []);
  const sender = (hit: SearchHit) =>
    forwardedSenders(hit).find((name) => !resolvePerson(people, name).some((person) => me.has(person.id)));
  const forwards = hits.filter((hit) => hit.type === 'email' && reader.wrote(hit) && sender(hit));
  const scratch = new CitationList();
  const best = extractiveAnswer(`what ${senderTopic(question)}`, forwards, scratch);
  const original = best.found && best.hit ? sender(best.hit) : undefined;
  if (!best.hit || !original) return undefined;
  const quote = scratch.items[0]?.quote ?? best.hit.title;
  const n = citations.cite(best.hit, quote);
  return {
    answer: `${original} sent it; you forwarded it on ${(best.hit.date ?? '').slice(0, 10)} ("${best.hit.title}"): ${quote} [${n}]`,
    found: true,
  };
}

/** The topic of "Who sent me the draft agreement?": "the draft agreement?". */
function senderTopic(question: string): string {
  return question.replace(/^\s*who\s+(?:\w+\s+)?(?:sent|wrote|e-?mailed|forwarded|mailed)\s+(?:me|us)?/i, '');
}

function answerSender(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
  byAsker?: (hit: SearchHit) => boolean,
): { answer: string; found: boolean } | undefined {
  const topic = senderTopic(question);
  const scratch = new CitationList();
  const mails = hits.filter((hit) => hit.type === 'email');
  const best = extractiveAnswer(`what ${topic}`, mails, scratch);
  const hit = best.hit;
  const from = (hit?.data as { from?: { name?: string; address?: string } } | undefined)?.from;
  if (!hit || !from || !best.found) return undefined;
  // The asker's own mail that forwards another's message: that one's writer sent it.
  if (/\b(?:sent|e-?mailed|mailed)\b/i.test(question) && byAsker?.(hit) && forwardedSenders(hit).length > 0)
    return undefined;
  const quote = scratch.items[0]?.quote ?? hit.title;
  const n = citations.cite(hit, quote);
  const name = from.name ? `${from.name}${from.address ? ` <${from.address}>` : ''}` : from.address;
  const date = hit.date ? ` on ${hit.date.slice(0, 10)}` : '';
  return { answer: `${name} sent it${date} ("${hit.title}"): ${quote} [${n}]`, found: true };
}

/** Decks whose title slide is read for "who gave the … talk?". */
const TITLE_SLIDE_DECKS = 3;

/**
 * The first slide of each deck among the passages (of the first few decks): the one the
 * passages hold, else the chunk of the same file before them that is its slide 1.
 */
async function titleSlides(
  index: SearchIndex,
  hits: readonly SearchHit[],
  asUser: string | undefined,
): Promise<SearchHit[]> {
  const slides: SearchHit[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    if (hit.type !== 'slide' || seen.has(hit.path) || seen.size >= TITLE_SLIDE_DECKS) continue;
    seen.add(hit.path);
    const held = hits.find((other) => other.path === hit.path && other.locator.slide === 1);
    if (held) {
      slides.push(held);
      continue;
    }
    const number = hit.locator.slide ?? 0;
    if (number < 2) continue;
    const ids = Array.from({ length: number + 4 }, (_, i) => hit.chunkId - i - 1).filter((id) => id > 0);
    const first = (await index.store.getChunks(ids)).find(
      (chunk) => chunk.path === hit.path && chunk.locator.slide === 1,
    );
    if (!first) continue;
    if (asUser !== undefined && !matchesFilters(first, resolveFilters({ asUser }, []))) continue;
    slides.push({ ...first, chunkId: first.id, score: 0, snippet: first.text.slice(0, 200) });
  }
  return slides;
}
