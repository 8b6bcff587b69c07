/**
 * @module meeting-bot-answer
 * "Who chaired the garden club meeting?" and "What was the result of the vote on the parking
 * proposal?" answered from a meeting bot's lines (`meeting-bot.ts`) in a chat log the search
 * found: the whole log is read, since the meeting's name is spread over its lines and the bot's
 * line that answers shares none of the question's words.
 */

import { matchesFilters, resolveFilters } from '../index/filters.ts';
import type { SearchIndex } from '../index/open-index.ts';
import type { Chunk, SearchHit } from '../index/types.ts';
import type { CitationList } from './citations.ts';
import { chairAsked, chairOf, voteAsked, voteOn } from './meeting-bot.ts';
import type { StructuredAnswer } from './structured-answers.ts';

/** How many chunks are read at a time while walking a log's passages. */
const STEP = 64;
/** How many passages of a log are read at most on either side of the one found. */
const LONGEST = 2000;
/** How many logs among the passages found are read. */
const LOGS = 3;

/** The chunks of a hit's file, in order: its passages are stored one after another. */
async function wholeFile(index: SearchIndex, hit: SearchHit): Promise<Chunk[]> {
  const walk = async (direction: 1 | -1): Promise<Chunk[]> => {
    const found: Chunk[] = [];
    let from = hit.chunkId + direction;
    while (from > 0 && found.length < LONGEST) {
      const start = from;
      const ids = Array.from({ length: STEP }, (_, i) => start + direction * i).filter((id) => id > 0);
      const chunks = await index.store.getChunks(ids);
      const byId = new Map(chunks.map((chunk) => [chunk.id, chunk]));
      for (const id of ids) {
        const chunk = byId.get(id);
        if (!chunk || chunk.path !== hit.path) return found;
        found.push(chunk);
      }
      from = start + direction * STEP;
    }
    return found;
  };
  const [own] = await index.store.getChunks([hit.chunkId]);
  if (!own) return [];
  return [...(await walk(-1)).reverse(), own, ...(await walk(1))];
}

/** The chair of the meeting or the result of the vote the question asks, from a bot's lines in a log found; undefined otherwise. */
export async function meetingBotAnswer(
  index: SearchIndex,
  question: string,
  hits: readonly SearchHit[],
  asUser: string | undefined,
  citations: CitationList,
): Promise<StructuredAnswer | undefined> {
  const chair = chairAsked(question);
  const vote = chair ? undefined : voteAsked(question);
  if (!chair && !vote) return undefined;
  const logs = [...new Map(hits.filter((hit) => hit.type === 'chat').map((hit) => [hit.path, hit])).values()];
  const filters = asUser !== undefined ? resolveFilters({ asUser }, []) : undefined;
  for (const hit of logs.slice(0, LOGS)) {
    const chunks = (await wholeFile(index, hit)).filter(
      (chunk) => !filters || matchesFilters(chunk, filters),
    );
    const lines = chunks.flatMap((chunk) => chunk.text.split('\n'));
    const cite = (line: string): number => {
      const holding = chunks.find((chunk) => chunk.text.includes(line)) ?? hit;
      return citations.cite(holding, line);
    };
    if (chair) {
      const meeting = chairOf(lines, chair);
      if (meeting)
        return {
          answer: `${meeting.chair} chaired that meeting: ${meeting.chairLine} [${cite(meeting.chairLine)}]`,
          found: true,
        };
    } else if (vote) {
      const found = voteOn(lines, vote);
      if (found)
        return {
          answer: `${found.result} (the vote on "${found.motion}") [${cite(found.result)}]`,
          found: true,
        };
    }
  }
  return undefined;
}
