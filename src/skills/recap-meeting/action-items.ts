/**
 * @module action-items
 * Commitments, requests, decisions and open questions found in a meeting's turns by their
 * wording:
 *  - "I'll send it by Friday" → owner = the speaker;
 *  - "Ben, can you take that one?" → owner = Ben (the addressee), and "that one" is the task
 *    named just before ("someone needs to update the budget sheet");
 *  - "Chen will draft the notes" → owner = Chen, when Chen is a participant;
 *  - due dates ("by Friday", "next Tuesday", "end of the month") resolved with chrono-node
 *    against the meeting date.
 */
import * as chrono from 'chrono-node';
import type { Transcript } from '../../formats/model.ts';
import { splitSentences } from '../../lib/text/sentences.ts';
import { compressUtterance } from './compress-utterance.ts';
import { contentTerms } from './text-terms.ts';

export type FoundItem = { readonly text: string; readonly turn: number };
export type FoundAction = {
  readonly owner?: string;
  readonly task: string;
  /** ISO date (YYYY-MM-DD) when a due date was said. */
  readonly due?: string;
  /** The due date as said ("by Friday"). */
  readonly dueText?: string;
  readonly turn: number;
};

type Sentence = { readonly text: string; readonly turn: number; readonly speaker: string };

function sentencesOf(transcript: Transcript): Sentence[] {
  const out: Sentence[] = [];
  for (const turn of transcript.turns) {
    const text = compressUtterance(turn.text, { aggressive: false });
    for (const sentence of splitSentences(text))
      out.push({ text: sentence.text, turn: turn.index, speaker: turn.speaker });
  }
  return out;
}

const COMMIT =
  /\b(?:I'll|I will|I'm going to|I am going to|I'm gonna)\s+(?!be\b|say\b|tell you\b|admit\b|just\b|see\b|think\b|guess\b|try\b|go\b|have a\b|start\b|show you\b|put\b|hold\b|leave\b|pass\b|give you\b|ask\b|stop\b|wait\b)(.{10,})$/i;
const REQUEST =
  /^(?:(?:and|so|ok|okay)[,\s]+)?([A-Z][\p{L}'-]+(?:\s[A-Z][\p{L}'-]+)?),?\s+(?:can|could|would|will)\s+you\s+(?:please\s+)?(.{3,}?)[?.!]?$/u;
const ANON_REQUEST = /\b(?:can|could|would) you (?:please )?(.{3,}?)[?.!]?$/i;
const NAMED_WILL =
  /^([A-Z][\p{L}'-]+(?:\s[A-Z][\p{L}'-]+)?)\s+(?:will|is going to|'ll|should|needs to|has to)\s+(.{6,})$/u;
const NEED = /\b(?:someone|somebody|we|you)\s+(?:needs? to|should|have to|has to|must)\s+(.{6,})$/i;
const VAGUE =
  /^(?:take|do|handle|own|pick up|grab|look (?:at|into))\s+(?:that|this|it|that one|this one|them)\b/i;
const ACCEPT = /^(?:sure|yes|yeah|yep|ok|okay|will do|no problem|i can|i'll|of course|absolutely|fine)\b/i;

const DECISION =
  /^decision:|\b(?:we(?:'ve| have)? (?:decided|agreed)|(?:it's|it is) decided|decision is|we(?:'re| are) going (?:with|to go with)|let's go (?:with|for)|we'll go (?:with|for)|agreed on|settled on|final decision|we(?:'ll| will) use|we(?:'ll| will) stick with|so that's decided|consensus)\b/i;
const OPEN_QUESTION =
  /\b(?:open question|still (?:need|have) to (?:figure out|decide|find out)|not sure yet|to be decided|tbd|we don't know yet|remains to be seen|haven't decided)\b/i;

function tidyTask(task: string): string {
  let text = task
    .replace(/,?\s+(?:and|but|or|so)\s+(?:I|I'll|I'm|we|we'll|you|he|she|they|it)\b.*$/i, '')
    .replace(/,?\s+if\s+I\b.*$/i, '');
  for (const hit of chrono.parse(text).filter((result) => !/^(?:last|past|previous)\b/i.test(result.text))) {
    text = text.replace(
      new RegExp(
        `(?:\\s+(?:by|before|until|on|for|due))?\\s*${hit.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
        'i',
      ),
      '',
    );
  }
  text = text
    .replace(/[,;]?\s*(?:okay|ok|alright|right|yeah)\??$/i, '')
    .replace(/[.?!,;\s]+$/, '')
    .trim();
  text = text.replace(/\bmy\b/gi, 'their').replace(/\bme\b/gi, 'them');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A due date said in the sentence, resolved against the meeting date. */
export function dueDate(sentence: string, reference: Date): { due: string; dueText: string } | undefined {
  const results = chrono.parse(sentence, { instant: reference, timezone: 'UTC' }, { forwardDate: true });
  const hit = results.find(
    (result) =>
      !/^(?:the\s+)?(?:last|past|previous)\b/i.test(result.text) &&
      result.start.date().getTime() >= reference.getTime() - 86_400_000 &&
      /\d|day|week|month|tomorrow|tonight|noon|eod|end of|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i.test(
        result.text,
      ),
  );
  if (!hit) return undefined;
  const date = hit.start.date();
  const iso = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
  const prefix = /\b(by|before|until|on|due)\s+$/i.exec(sentence.slice(0, hit.index))?.[1];
  return { due: iso, dueText: prefix ? `${prefix.toLowerCase()} ${hit.text}` : hit.text };
}

function participants(transcript: Transcript): Map<string, string> {
  // First names and full names of speakers → the speaker label.
  const names = new Map<string, string>();
  for (const turn of transcript.turns) {
    const label = turn.speaker.trim();
    if (!label) continue;
    names.set(label.toLowerCase(), label);
    const first = label.split(/\s+/)[0];
    if (first && first.length > 2 && /^\p{Lu}/u.test(first)) names.set(first.toLowerCase(), label);
  }
  return names;
}

export function findActionItems(transcript: Transcript, meetingDate: Date): FoundAction[] {
  const sentences = sentencesOf(transcript);
  const names = participants(transcript);
  const actions: FoundAction[] = [];
  const add = (owner: string | undefined, task: string, sentence: Sentence) => {
    const cleaned = tidyTask(task);
    if (cleaned.split(/\s+/).length < 3 || contentTerms(cleaned).length < 2) return;
    if (actions.some((action) => action.turn === sentence.turn && action.task === cleaned)) return;
    const due = dueDate(sentence.text, meetingDate);
    actions.push({ ...(owner ? { owner } : {}), task: cleaned, ...(due ?? {}), turn: sentence.turn });
  };
  sentences.forEach((sentence, i) => {
    const request = REQUEST.exec(sentence.text);
    const addressee = request ? names.get((request[1] ?? '').toLowerCase()) : undefined;
    if (request && addressee) {
      let task = request[2] ?? '';
      if (VAGUE.test(task)) {
        const before = sentences.slice(Math.max(0, i - 3), i).reverse();
        const need = before.map((s) => NEED.exec(s.text)).find(Boolean);
        if (need) task = need[1] ?? task;
      }
      add(addressee, task, sentence);
      return;
    }
    const anonymous = ANON_REQUEST.exec(sentence.text);
    if (anonymous && /\?$/.test(sentence.text)) {
      const reply = sentences.slice(i + 1, i + 4).find((s) => s.turn !== sentence.turn);
      if (reply && reply.speaker !== sentence.speaker && ACCEPT.test(reply.text)) {
        add(reply.speaker, anonymous[1] ?? '', sentence);
        return;
      }
    }
    const named = NAMED_WILL.exec(sentence.text);
    const namedOwner = named ? names.get((named[1] ?? '').toLowerCase()) : undefined;
    if (named && namedOwner && namedOwner !== sentence.speaker) {
      add(namedOwner, named[2] ?? '', sentence);
      return;
    }
    const commit = COMMIT.exec(sentence.text);
    if (
      commit &&
      !/\?$/.test(sentence.text) &&
      !VAGUE.test(`do ${commit[1] ?? ''}`) &&
      !VAGUE.test(commit[1] ?? '')
    )
      add(sentence.speaker, commit[1] ?? '', sentence);
  });
  return actions;
}

export function findDecisions(transcript: Transcript): FoundItem[] {
  return sentencesOf(transcript)
    .filter((sentence) => DECISION.test(sentence.text) && sentence.text.split(/\s+/).length >= 4)
    .map((sentence) => ({ text: sentence.text, turn: sentence.turn }));
}

export function findOpenQuestions(transcript: Transcript): FoundItem[] {
  const sentences = sentencesOf(transcript);
  return sentences
    .filter((sentence, i) => {
      if (OPEN_QUESTION.test(sentence.text)) return true;
      if (!/\?$/.test(sentence.text) || sentence.text.split(/\s+/).length < 6) return false;
      if (!/^(?:how|what|when|who|whom|where|which|should|do|does|are|is|can|will)\b/i.test(sentence.text))
        return false;
      // Unanswered: nobody else speaks in the next few sentences at any length.
      const replies = sentences
        .slice(i + 1, i + 4)
        .filter((s) => s.speaker !== sentence.speaker && s.text.split(/\s+/).length >= 5);
      return replies.length === 0;
    })
    .map((sentence) => ({ text: sentence.text, turn: sentence.turn }));
}
