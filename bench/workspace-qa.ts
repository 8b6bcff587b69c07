/**
 * Workspace questions on real data: the hand-checked questions of
 * `../shared/eval/workspace-qa/dev.jsonl` (and the second set in `bench/workspace-qa-own.jsonl`,
 * written over other corpus files, and `bench/workspace-qa-fresh.jsonl`, over files neither of
 * them uses, answers written by reading the files before ask was run on them, in lettered batches (f to ee):
 * the failures of the first two, the fourth, sixth, seventh, eighth, ninth, tenth and eleventh were read to find causes to fix, the third and fifth were read only after they had been run once, the twelfth and later ones are held out: each run once before and once after the round of fixes that wrote it, then read) asked with `officemate ask --batch` over an index of the
 * README's folders (email/enron, calendar, contacts, office, chats), each line with its own
 * `now` and `as`. Scored as the README says (NFKC, lower case, digit commas and punctuation
 * normalised, every answer group contained), per kind: right, right and citing the gold file,
 * no-answer questions answered `found: false`, wrong answers said with `found: true`. The peer
 * in the same run is a naive baseline: the first sentence of the top `search` hit.
 *
 * The dev set is split in two halves that never change: within each kind, odd-numbered ids
 * (m-001, m-003, …) are the tuning half, even-numbered ids the check half. Both are reported
 * apart (--half applies to the dev set only). Then ask's time per question (p95) on a 10,000-message synthetic mail index.
 *
 *   node bin/run-ts.js bench/workspace-qa.ts [--half tune|check|all] [--set dev|own|fresh|all] [--batches f,g,k,l,m,n,p,q,r,s,t,u,v,w,x,y,z,aa,ab,ac,ad,ae,af,ag,ah,ai,aj,ak,al,am,an,ao,ap,aq,ar,as,at,au,av,aw,ax,ay,az,ba,bb,bc,bd,be,bf,bg,bh,bi,bj,bk,bl,bm,bn,bo,bp,bq,br,bs,bt,bu,bv,bw,bx,by,bz,ca,cb,cc,cd,ce,cf,cg,ch,ci,cj,ck,cl,cm,cn,co,cp,cq,cr,cs,ct,cu,cv,cw,cx,cy,cz,da,db,dc,dd,de,df,dg,dh,di,dj,dk,dl,dm,dn,do,dp,dq,dr,ds,dt,du,dv,dw,dx,dy,dz,ea,eb,ec,ed,ee] [--no-latency] [--show]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { askQuestion } from '../src/chat/ask-question.ts';
import { indexPaths, writeChunks } from '../src/index/index-paths.ts';
import { openIndex } from '../src/index/open-index.ts';
import { search } from '../src/index/search.ts';
import type { ChunkDraft } from '../src/index/types.ts';
import { seededRandom } from '../src/lib/random.ts';
import { splitSentences } from '../src/lib/text/sentences.ts';
import { syntheticFile, vocabulary, zipfSampler } from './synthetic-corpus.ts';
import { half, isRight, type WorkspaceQuestion } from './workspace-qa-scoring.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const SHARED = process.env.OFFICEMATE_SHARED ?? join(root, '..', 'shared');
const CORPUS = join(SHARED, 'corpus');
const DEV = join(SHARED, 'eval', 'workspace-qa', 'dev.jsonl');
const OWN = join(here, 'workspace-qa-own.jsonl');
const FRESH = join(here, 'workspace-qa-fresh.jsonl');
const FOLDERS = ['email/enron', 'calendar', 'contacts', 'office', 'chats'];
const OUT = join(here, 'out', 'workspace-qa');

const { values: flags } = parseArgs({
  options: {
    half: { type: 'string', default: 'all' },
    set: { type: 'string', default: 'all' },
    'no-latency': { type: 'boolean', default: false },
    show: { type: 'boolean', default: false },
    batches: { type: 'string', default: 'f,g,k,l,m,n,p,q,r,t' },
    'latency-only': { type: 'boolean', default: false },
  },
});

type Question = WorkspaceQuestion & { set: SetName };

type SetName = 'dev' | 'own' | 'fresh';

type Answer = {
  answer: string;
  found: boolean;
  citations: { path: string }[];
};

function readSet(path: string, set: SetName): Question[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => ({ ...(JSON.parse(line) as Omit<Question, 'set'>), set }));
}

const batches = new Set(flags.batches.split(',').map((batch) => batch.trim()));
const SETS: Record<SetName, string> = { dev: DEV, own: OWN, fresh: FRESH };
const wanted = flags.set === 'all' ? (Object.keys(SETS) as SetName[]) : [flags.set as SetName];
for (const set of wanted) {
  if (!(set in SETS)) {
    console.error(`Unknown --set ${set}: use dev, own, fresh or all.`);
    process.exit(2);
  }
}
const questions = wanted
  .flatMap((set) => readSet(SETS[set], set))
  .filter((q) => q.set !== 'dev' || flags.half === 'all' || half(q.id) === flags.half)
  .filter((q) => q.set !== 'fresh' || batches.has(q.id.split('-')[0] ?? ''));

if (flags['latency-only']) {
  await latency();
  process.exit(0);
}
mkdirSync(OUT, { recursive: true });
const db = join(OUT, 'index.db');
const started = performance.now();
{
  const index = await openIndex(db);
  try {
    const summary = await indexPaths(
      index,
      FOLDERS.map((folder) => join(CORPUS, folder)),
      { owner: 'bench', readers: ['*'] },
    );
    console.error(
      `index: ${summary.files} files indexed, ${summary.skipped} unchanged (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  } finally {
    await index.close();
  }
}

// ask --batch, each line with its own now / as.
const batchFile = join(OUT, 'questions.jsonl');
writeFileSync(
  batchFile,
  questions
    .map((q) => JSON.stringify({ id: q.id, question: q.question, now: q.now, ...(q.as ? { as: q.as } : {}) }))
    .join('\n'),
);
const askStarted = performance.now();
const run = spawnSync(
  process.execPath,
  [
    join(root, 'bin', 'officemate.js'),
    'ask',
    '--batch',
    batchFile,
    '--json',
    '--db',
    db,
    '--engine',
    'builtin',
  ],
  {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, OFFICEMATE_USER: 'bench' },
  },
);
const askSeconds = (performance.now() - askStarted) / 1000;
if (run.status !== 0 && !run.stdout) {
  console.error(run.stderr);
  process.exit(1);
}
const answers = new Map<string, Answer>();
for (const line of run.stdout.split('\n')) {
  if (!line.trim()) continue;
  const value = JSON.parse(line) as Answer & { id: string; error?: { message: string } };
  if (value.error) console.error(`${value.id}: ${value.error.message}`);
  else answers.set(String(value.id), value);
}

// The naive baseline: the first sentence of the top search hit.
const baseline = new Map<string, Answer>();
{
  const index = await openIndex(db);
  try {
    for (const q of questions) {
      const { results } = await search(index, { query: q.question, k: 1, now: new Date(q.now) });
      const top = results[0];
      const first = top
        ? (splitSentences(top.text.replace(/\s+/g, ' '))[0]?.text ?? top.text.slice(0, 200))
        : '';
      baseline.set(q.id, { answer: first, found: Boolean(top), citations: top ? [{ path: top.path }] : [] });
    }
  } finally {
    await index.close();
  }
}

type Tally = {
  n: number;
  answerable: number;
  right: number;
  cited: number;
  noAnswer: number;
  noAnswerRight: number;
  wrong: number;
};
const empty = (): Tally => ({
  n: 0,
  answerable: 0,
  right: 0,
  cited: 0,
  noAnswer: 0,
  noAnswerRight: 0,
  wrong: 0,
});

function score(q: Question, a: Answer | undefined, tally: Tally): boolean {
  tally.n++;
  if (q.no_answer) {
    tally.noAnswer++;
    if (a && !a.found) {
      tally.noAnswerRight++;
      return true;
    }
    if (a?.found) tally.wrong++;
    return false;
  }
  tally.answerable++;
  const right = Boolean(a?.found && isRight(a.answer, q.answer));
  if (right) {
    tally.right++;
    const gold = [q.source.file, ...(q.also ?? []).filter((also) => also.includes('/'))];
    const cited = a?.citations.some((c) => gold.some((file) => relative(CORPUS, c.path) === file));
    if (cited) tally.cited++;
  } else if (a?.found) tally.wrong++;
  return right;
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${Math.round((100 * a) / b)}%`);

function table(title: string, group: readonly Question[]): void {
  if (group.length === 0) return;
  const kinds = [...new Set(group.map((q) => q.kind))];
  console.log(`\n${title}\n`);
  console.log(
    '| kind | n | ask right | ask right & cites gold | ask no-answer ok | ask wrong (found) | baseline right | baseline cites gold | baseline wrong (found) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  const total = { ask: empty(), base: empty() };
  for (const kind of [...kinds, 'all']) {
    const ask = empty();
    const base = empty();
    for (const q of group.filter((item) => kind === 'all' || item.kind === kind)) {
      score(q, answers.get(q.id), ask);
      score(q, baseline.get(q.id), base);
    }
    if (kind === 'all') Object.assign(total, { ask, base });
    const right = (t: Tally) =>
      `${t.right + t.noAnswerRight}/${t.n} (${pct(t.right + t.noAnswerRight, t.n)})`;
    console.log(
      `| ${kind} | ${ask.n} | ${right(ask)} | ${ask.cited}/${ask.right} (${pct(ask.cited, ask.right)}) | ${ask.noAnswerRight}/${ask.noAnswer} | ${ask.wrong} | ${right(base)} | ${base.cited}/${base.right} | ${base.wrong} |`,
    );
  }
}

const dev = questions.filter((q) => q.set === 'dev');
table(
  'Dev set, tuning half (odd ids)',
  dev.filter((q) => half(q.id) === 'tune'),
);
table(
  'Dev set, check half (even ids)',
  dev.filter((q) => half(q.id) === 'check'),
);
table(
  'Own questions over other corpus files (bench/workspace-qa-own.jsonl)',
  questions.filter((q) => q.set === 'own'),
);
const fresh = questions.filter((q) => q.set === 'fresh');
/** The fresh batches in the order they are reported, each with how it was written and used. */
const FRESH_BATCHES: readonly (readonly [string, string])[] = [
  [
    'f',
    'first batch: over corpus files no other set uses, written before ask was run on them; their failures were read to find the causes fixed',
  ],
  ['g', 'second batch: written after the first fixes over yet other files; its failures were then read too'],
  [
    'k',
    'third batch: written over yet other files; held out for two rounds, then its failures were read for causes',
  ],
  [
    'l',
    'fourth batch: over yet other mailboxes, calendars, cards, a Japanese document, a Chinese table and a chat; written before ask was run on them, failures then read for causes',
  ],
  [
    'n',
    'sixth batch: over one more mailbox, written after the fixes for the fourth batch and before ask was run on them; failures then read for causes',
  ],
  [
    'p',
    'seventh batch: over another inbox, written after the fixes for the sixth batch and before ask was run on them; failures then read for causes',
  ],
  [
    'r',
    'ninth batch: over other folders of both mailboxes, other calendars, a jCard, an English, a Russian and a Spanish document; written before ask was run on them, failures then read for causes',
  ],
  [
    'q',
    'eighth batch: written with the ninth over yet other files and held out (--batches q): run once at the end, then again after fixes to two bugs that run showed; then its failures were read for causes',
  ],
  [
    'm',
    'fifth batch: written with the fourth, held out for one round, then its failures were read for causes',
  ],
  [
    't',
    'eleventh batch: over a mailbox folder, calendars, cards fields, documents and chat lines no other question uses (mail, calendars and documents from unused files; cards and the chat from used files, other fields and lines), written before ask was run on them; failures then read for causes',
  ],
  [
    's',
    'tenth batch: written with the eleventh over the same kind of unused files and held out (--batches s): run once at the end, then its failures were read and two question-routing faults fixed',
  ],
  [
    'u',
    'twelfth batch: over a mailbox folder no question used (lavorato-j/sent_items), a small folder and another mailbox, unused calendars and documents (a Russian document asked in Russian and in English), other card fields and chat lines; written before ask was run on them and held out (--batches u): run once before the fixes of that round and once after them; its failures were then read and three faults fixed',
  ],
  [
    'v',
    'thirteenth batch: over a calendar-notice mail folder, the deleted items of the other mailbox, unused calendars, unread card fields (assistant, spouse, related names) and a meeting chat, weighted to who sent, what did I miss, next meeting with, agenda of a day, where is and contact fields; written before ask was run on them and held out (--batches v): run once before and once after a round of fixes',
  ],
  [
    'w',
    'fourteenth batch: over the least-asked mail folders (a Notes inbox, analyst requests, sent mail), documents nobody asked (a smog-check report, two English slide decks, a Polish, an Indonesian and a French document asked in their language) and lines of two chats; weighted to how much, which, who, when, where and why, a fifth of them questions the workspace does not answer; written before ask was run on them and held out (--batches w): run once before and once after a round of fixes',
  ],
  [
    'x',
    "fifteenth batch: over the owners' sent folders (what did I say / send someone), unused calendar to-dos (due, completed), next meeting with a person, the xCard and a nickname on a card, other days of two inboxes (what did I miss today), who resigned on a day, and Polish, French, Russian and German documents asked in English and in their own language (dates written in those languages); written before ask was run on them and held out (--batches x): run once before and once after a round of fixes",
  ],
  [
    'y',
    'sixteenth batch: over unused messages of four large mail folders (sent items, deleted items, an inbox: rates, prices, amounts, rooms, dates, reasons) and three little-asked documents (a board meeting deck, a web server tuning deck, a study design page) and a French football league bulletin asked in French and in English; weighted to what, how much, which and why, a fifth of them questions the workspace does not answer; written before ask was run on them and held out (--batches y): run once before and once after a round of fixes',
  ],
  [
    'z',
    "seventeenth batch: over inbox mail of October to December 2001 nobody asked about, the owners' sent mail (what did I tell / ask someone), calendars no question used (a 400-event file with a broken last event, a German-titled Exchange event, a globally unique zone name, a recurrence with overridden days, an event with two RRULEs asked on a day only the second gives), unused events of used calendars, unasked card fields (a vCard saved as .ics, a nickname's home page) and lines of a chat; weighted to who sent me, what did I tell, when, where, what time, agenda of a day, next meeting with and contact fields, a sixth of them questions the workspace does not answer; written before ask was run on them and held out (--batches z): run once before and once after a round of fixes",
  ],
  [
    'aa',
    'eighteenth batch: over calendars no question used (a vCalendar 1.0 file, monthly BYSETPOS rules, a weekly series whose UNTIL is a local time, zones named by Windows ids, by a display name with a UTC offset and by an unknown name, a zone defined after the event, a zero-length event, a jCal file, several calendars in one file, alarm-only exports), days asked by someone in another zone than the event, unasked card fields (an email, a work address, a title by nickname, a home phone, an anniversary, a fax the card lacks), a mail folder nobody asked, meeting rooms and times of unasked mail, a chart value and a comment author; written before ask was run on them and held out (--batches aa): run once before and once after a round of fixes',
  ],
  [
    'ab',
    "nineteenth batch: over unused messages of the owners' deleted, personal, sent and inbox folders (reasons, amounts, prices, rooms, phones, what did X thank / ask me for, what did I tell someone), unused lines of a support chat and four documents nobody asked (a Word 97 sample, a text box, a master footer, a Unicode page); weighted to mail, why, how much and which, a fifth of them questions the workspace does not answer (a fax or cell number a signature lacks, a question nobody answered); written before ask was run on them and held out (--batches ab): run once before and once after a round of fixes",
  ],
  [
    'ac',
    "twentieth batch: over unused messages of little-asked mail folders (a regulatory-affairs folder, an offsite-planning folder, a regional power desk folder, a Notes inbox): who sent, said or suggested, how much, how many, what time, why and which, a sixth of them questions the mail does not answer (a price never stated, another month's purchase, an owner not named); written before ask was run on it and held out (--batches ac): run once before and once after a round of fixes",
  ],
  [
    'ad',
    'twenty-first batch: over documents no question used (an initiatives list, a picture-binding note, an endnote in a table, a dated guide, a task sheet, a match list, a pivot source, a chart sheet, slide decks with a dated footer, a SmartArt shape and a Flemish word table, a German form, an Arabic report), other lines of a Russian calendar of dates and a French league bulletin asked in their language, calendars no question used (an event in another zone than the asker, a counted daily series, a custom zone name, a conference dial-in, an accepted invitation), unasked card fields, unused lines of a chat; a sixth of them questions the workspace does not answer; written before ask was run on them and held out (--batches ad): run once before and once after a round of fixes',
  ],
  [
    'ae',
    "twenty-second batch: over unused messages of a late inbox folder (weather hires, offer letters, a postponed migration), of a deleted-items folder (a weekly call whose dial-in number changes each week, expense totals, invitations) and of the owner's oldest sent mail (what did I tell or ask someone, how much did I request); weighted to who sent or asked, why, how much and phone numbers, a sixth of them questions the mail does not answer (a fax a signature lacks, an amount never stated, a counterparty never named); written before ask was run on it and held out (--batches ae): run once before and once after a round of fixes",
  ],
  [
    'af',
    'twenty-third batch: over documents no question used (a numbered-list test page with a text box and a comment, a commented page, a Czech time sheet asked in Czech and in English, a French measurement sheet asked in French and in English, an airport code list asked both ways, a chart deck, a right-to-left workbook with an Arabic comment, a formula sheet with a pivot, speaker notes, a child-support calculator guide, a number-format sheet), unused events and a journal of used calendars, unasked card fields (a home page, a company, a home e-mail among several kinds, a birthday by nickname) and unused lines of a chat; a sixth of them questions the workspace does not answer; written before ask was run on them and held out (--batches af): run once before and once after a round of fixes',
  ],
  [
    'ag',
    'twenty-fourth batch: over unused messages of a calendar-notice mail folder (a dinner reservation forwarded by an assistant, a flight itinerary, a driver, an off-site, a concert), of a personal folder (phone numbers in a list and in signatures, room rates, a forwarded invitation, option prices) and of an inbox (a fax for a signed amendment, a meeting time), calendars no question used (an xCal event, a zone named by a Windows export that the file never defines, a conference link, an availability block) and the undated journal and alarm texts of a used one, unasked card fields (a birthday and a company by nickname, a pager, a manager among related names, a work address); weighted to who sent or made, where, when, what time and phone numbers, a sixth of them questions the workspace does not answer (a venue never named, a fax a signature lacks, a room still to be booked, a birthday a card lacks); written before ask was run on it and held out (--batches ag): run once before and once after a round of fixes',
  ],
  [
    'ah',
    'twenty-fifth batch: over office files no question used (a conditional-formatting workbook of many sheets: a book tour, grades, customers, mountains, bike ratings, fiscal months, quarterly profits, category sales, banded accounts; a structured-reference summary, a 1904 date sheet, a scatter chart deck, a commented page, a links page, a Cyrillic deck with speaker notes) asked in English and some in German, Spanish and Russian, and unused lines of three chats (one line asked in French); a sixth of them questions the workspace does not answer (a stop, a quiz, a mountain, a region or a fax the files lack, a question nobody answered); written before ask was run on them and held out (--batches ah): run once before and once after a round of fixes',
  ],
  [
    'ai',
    "twenty-sixth batch: over unused messages of the owners' inboxes (a meeting room and time, a dial-in whose number changed, a share count, a draw balance, a builder's fax, a data price, who asked for or could not attend a meeting, a sign-on bonus, a home phone) and of a deleted-items folder (a candidates' dinner: when, how many), unused lines of a help chat and a payments chat (two questions nobody answered), and unused events of used calendars (an overridden instance, a broken DTSTART line, a masked day, a concert time, a vendor-prefixed zone, events without a place); weighted to mail, chat and calendars, about a fifth of them questions the workspace does not answer (a venue never named, a pager a signature lacks, a price never stated); written before ask was run on them and held out (--batches ai): run once before and once after a round of fixes",
  ],
  [
    'aj',
    "twenty-seventh batch: over unused messages of little-asked folders of one owner (a South America folder: a trade count, basis points; a power-west folder: a value surprise, a mis-booking beside a look-alike range, a proposed salary beside the current one, a reserve; a compensation folder: a profit table, a password-protected bonus; a calendar-notice folder: a training's place and time, a room, a call time, an office, a breakfast venue, a fund total, a job seeker's phone and referrer, a preferred dinner evening) and of the other's Notes inbox (a resistance level among look-alikes, a feedback deadline, who asked to use my charts, who sent a proforma), unused events of used calendars (a lobby, the last day of a weekly series with a local UNTIL and of a counted daily series with exceptions, a monthly event's place, organizer and day), unasked card fields (a role, a work phone, a home phone, a birthday) and unused lines of a help chat (commands, an editor, a cause, a package); about a sixth of them questions the workspace does not answer (a make-up session's place, a restaurant never named, a bonus never stated, an empty location, a home phone a card lacks, two chat questions nobody answered); written before ask was run on them and held out (--batches aj): run once before and once after a round of fixes",
  ],
  [
    'ak',
    "twenty-eighth batch: over office files no question used (a table test page, a tracked-deletion page, list-in-cell and footnote pages, a tracked-changes OpenDocument text, a pictures page, error-type, rich-text, hidden-sheet and merge-range sheets, a slide table, an Impress deck, an old PowerPoint file) and unasked parts of used ones (sections of a conversion design, a journal template, a benchmark deck's table, notes and code slides, a pivot, number formats, a monthly budget, a tax-example sheet, the corpus source list); label-to-value lookups in tables of documents, slides and sheets, section questions and authors, five of them questions the files do not answer; written before ask was run on them and held out (--batches ak): run once before and once after a round of fixes",
  ],
  [
    'al',
    "twenty-ninth batch: over unused notices of a calendar-notice mail folder (rooms written after Place:, Location:, rm and location, a boardroom on a floor, a dining room, a restaurant and a golf course in a subject or a note, a course's street address, a conference pass code and participant code, a cell phone in a note, the last of a weekly series of meetings, a room given for other days of a series, a confirmed room after a quoted 'to be determined') and unasked card fields (a Skype name, an AIM address, a category, a role a card lacks beside its title); about a fifth of them questions the workspace does not answer (a place still to be determined or to be advised, names to be available later, a role a card lacks); written before ask was run on them and held out (--batches al): run once before and once after a round of fixes",
  ],
  [
    'am',
    "thirtieth batch: over sheets whose rows are all or mostly text (a customer list whose postal codes and phones are words, a sheet index of rule types and samples, a glossary of terms, an airport code list, a formula test sheet of text results, a rich-text sheet), the last, final or n-th occurrence of repeating events in used calendars (a weekly series with a floating UNTIL, a Friday-and-Saturday series with excluded days, a counted daily series, a Tuesday-and-Thursday series with a moved day, a series with two RRULEs, a monthly first-Tuesday series) and a golf course and a restaurant named in calendar-notice subject lines; about a sixth of them questions the workspace does not answer (a fax a customer row lacks, a term and a function a sheet lacks, an occurrence past a series' count, the final one of an endless series); written before ask was run on them and held out (--batches am): run once before and once after a round of fixes",
  ],
  [
    'an',
    "thirty-first batch: over unused messages of both owners' deleted-items folders, the other's inbox and both owners' sent items (who sent me or asked me, who must sign off or is working on something, rooms and times of meetings on a day, amounts, prices, counts and volumes, a figure in a column-aligned table, a cell number, what someone said about a topic, what did I tell someone, facts only in quoted history below a reply, what did I miss this weekend or yesterday); about a seventh of them questions the mail does not answer (a cell a signature lacks, another month's contract, a desk the report leaves out, a fax that belongs to the sender, a call on a day that has none); written before ask was run on them and held out (--batches an): run once before and once after a round of fixes",
  ],
  [
    'ao',
    "thirty-second batch: over unasked parts of used office files (a city's accessory-dwelling-unit chapter: a permit deadline, sizes, distances, a fee waiver, a neighbourhood named at the head of its bounds; a header and footer design note: a default measure given on the line below its setting, the class that builds page masters, a date in parentheses, a case marked TODO, a spec default; an emissions report in the old Word format: a percent in a sentence, a table figure, a group's record count, the crews, the author; a web-server tuning deck: a directive default, threading, a version after a semicolon, a log-format table, a speaker note; a nursing association's meeting deck: executive roles of two years, a rep by province, a treasurer's table; a study protocol's version); about a sixth of them questions the files do not answer (a count of approvals, test results, a setting the deck never names, a role left empty, withdrawals); written before ask was run on them and held out (--batches ao): run once before and once after a round of fixes",
  ],
  [
    'ap',
    "thirty-third batch: over sheets of word rows in used workbooks, rows no question used (a rich-text sheet's row labels, a glossary of terms, an airport code list) and events whose names hold an ordinal or a number (an annual party told in mail, a summit's programme, a committee meeting and an analyst meeting named in calendar-notice subjects); three questions the workspace does not answer (a row and a term a sheet lacks, an edition of the party no mail tells); written before ask was run on them and held out (--batches ap): run once before and once after a round of fixes",
  ],
  [
    'aq',
    "thirty-fourth batch: over unused calendar-notice mail of one owner (a budget meeting's room on a named day beside other budget meetings, a weekly series' room, a room on a weekday, a conference call's participant code, pass code, dial-in and Houston time among other cities' times, who joins by phone, a caller's number, a meeting time told as 'tomorrow at', a room no notice names, a place still to come) and of both owners' inboxes (a limit in a column-aligned table, a plan's due date and restart date, a city a candidate travels from, a cell number in a signature, a wireless number only in quoted lines, a count of copies, a fax a signature lacks, a meeting cancelled with no new date, who works on a plan), unused events of used calendars (a yearly event on a day, attendees, the last and the next of an ended series, a start time on the event's own clock, a place an event lacks) and unasked card fields (a mother among related names, a birthday, a home address, a work email, a Yahoo ID, a pager a card lacks); seven of them questions the workspace does not answer; written before ask was run on them and held out (--batches aq): run once before and once after a round of fixes",
  ],
  [
    'ar',
    "thirty-fifth batch: over unasked parts of used office files and one unused copy of a used workbook (a city's accessory-dwelling-unit chapter: a height, a count per lot, a minimum floor area, who approves a permit; an emissions report in the old Word format: a table cell by row and column, a count of records lacking a history, the vehicles left out; a conversion design note: the class that holds three references, a naming convention; a floating-point benchmark deck: a table count, a venue in brackets; a web-server tuning deck: the speaker, a setting for best performance, a version after 'until'; a nursing association's deck: a key expense of one year, the treasurer of the later year, a director; a budget workbook's examples by household, income and column; a football match list; a file-format list's library column; a summary sheet's column by year) and unused lines of four chats (a meeting's chair, who offered to do something, the revision approved, a build tool's version, the cause of an error, what someone used, a path and a link given as advice); about a sixth of them questions the files do not answer (a date the map note never gives, a count of failures, a number of cards, a column the single person's sheet lacks, an empty library cell, a question nobody answered); written before ask was run on them and held out (--batches ar): run once before and once after a round of fixes",
  ],
  [
    'as',
    "thirty-sixth batch: over unused messages of both owners' folders (a course's cost, since when a writer has worked for the company, the resource an access request names, which company joined a grid operator, the city a candidate prefers, whom a group is consolidated under, which deal looked better, an amount offered toward a repair, who draws the plans, a fax in a signature, an order number, a fax number to verify), unasked times and fields of used calendars (when a ride and a concert end, what is on a holiday, when a yearly party ends on its own clock and in UTC, a to-do's organizer), unasked card fields (a home fax, a department), unasked lines of a journal's letter and a town resolution (a committee chair, a congress's dates, the cover artist, an email address, how often a newsletter goes out) and unused lines of a help chat (a command, a driver, a tool someone uses, a tool suggested with a switch); about a sixth of them questions the workspace does not answer (a quote still awaited, a return kept in an attachment, a place a ride lacks, a handle a card lacks, a fee a letter never gives, a question nobody answered); written before ask was run on them and held out (--batches as): run once before and once after a round of fixes",
  ],
  [
    'at',
    "thirty-seventh batch: over unused messages of little-asked folders (a Canada folder: where an executive is set to speak, whose help the owner offered; a pulp folder: when a trading site goes live, the spread of quotes after it) and of a straw-bale mailing list (a list of newsgroups, a recommended book, its price and its author's years of research, a stamping crew's labour, a stain's price per pound, a magazine issue) and unused lines of two help chats (a key to roll, a method to call, the option that broke a payment button, a plan switch, where to create a payment method, where a business question goes, a feature awaited, what was added for no reason, a bound a type lacks, what a macro should generate); three of them questions the workspace does not answer (a fax a signature lacks, a company never named, a crate never named); written before ask was run on it and held out (--batches at): run once at first sight and once after each of two fixes",
  ],
  [
    'au',
    "thirty-eighth batch: over unused calendar-notice mail of one owner (a meeting's room and time, who will not attend, a call's Houston time, a call moved to another day, a purchase's size, a meeting's day and time, a start time corrected by a later notice, a ballroom, a reception's day and a place it lacks) and unused inbox, deleted and sent mail of both owners (a write-off, who sent an update, a signed count, a hotel, a dial-in and a fax nobody gives, builder bids, a closing date, a fax in a signature), unused events of used calendars (a start time, a place an event lacks, a day's agenda of two files, an organizer, the next meeting with an organizer, an event of a 400-event file) and unasked card fields (an email, two companies, a cell number, an address and a cell a card lacks); six of them questions the workspace does not answer; written before ask was run on it and held out (--batches au)",
  ],
  [
    'av',
    "thirty-ninth batch: over unasked parts of used office files and unused lines of a help chat (a Japanese call for proposals asked in Japanese: a proposal deadline, a presentation's length, the date questions are answered by, a federation's representative, a secretariat's phone; a Chinese order sheet's cell comments asked in Chinese: two carriers' codes, where store numbers are looked up; an association president-elect's letter in a German e-journal: where a committee meets, who hosts a congress, who helped its programme chair, the evening of a gala dinner, where minutes are posted; a child support calculator's instruction sheet: the line a premium is entered on, the line the final amount shows on, a macro setting, when supplemental tables are used, programs it does not run on; an Indonesian biology deck asked in Indonesian: a germination type, the cause of secondary growth; a help chat: a package to install, a command to stop X, a tool to format a disk, what a repository holds, where someone mounts a drive); five of them questions the workspace does not answer (a budget's sum, a shipping fee, a count of delegates, a court's fee, a question nobody answered); written before ask was run on it and held out (--batches av): run once at first sight, before any fix, and once after the round of fixes that read it with ar",
  ],
  [
    'aw',
    "fortieth batch: over unused messages of an old inbox folder (a window to return to the air force, a phone number in a quoted reply's signature, why an offer was turned down, how many offer letters were pulled, a deadline extended to the next morning, whom to call about copiers, a help-desk number, a trader meeting's room and participant code, a desk heads' meeting room, a cell number in a signature, whom to ask about expense reports, who was worried about headcount) and of a personal folder (a fireplace deadline after a closing), unused lines of a help chat (a browser to install, a package to check temperatures, a text-mode browser, a command to type, a laptop model), an alarm's mailing list, an occurrence of a weekly series and the day a moved occurrence left in used calendars, unasked card fields (a father, a work fax, an ICQ number); five of them questions the workspace does not answer (a dial-in a notice lacks, a speaker session's date, consulting fees, a driver nobody named, a pager a card lacks); written before ask was run on it and held out (--batches aw); two keys corrected after its first run (a count's bare digit met inside any figure; a day the other calendars fill, first written as empty)",
  ],
  [
    'ax',
    "forty-first batch: over unasked cells of used sheets and unasked parts of two long documents (an Irish average tax rate table: a rate in a named row and column of each PRSI sheet, what the rate counts; a vendor task list: who reviews a list, when a task is due; an animal count by month; a cost by year and category; a predicted elongation; a German care-needs grid's frequency word; a Chilean land policy proposal asked in Spanish and English: a count of working sessions, the year a plan was enacted, the president who issued a policy, a green area per inhabitant, the year a subsidy was created, who wrote the proposal; an Arabic CEDAW report asked in English and Arabic: a share of candidates, a count of trafficked women, a share of the population, a count of ministries, the jobs of an industry); five of them questions the workspace does not answer (a year past a table's columns, a task a list lacks, a month past a sheet's rows, a council's size, a year the report does not cover); written before ask was run on it and held out (--batches ax)",
  ],
  [
    'ay',
    "forty-second batch: years, titled people and counts asked in Spanish, German and English over unasked parts of a Chilean land policy proposal and a German e-journal (the year the law behind zoning plans dates from, the president who signed a government programme, an optimal green area per inhabitant, the year after which land must be bought to be taxed, the years two cited books appeared); two of them questions the workspace does not answer (the minister who signed a decree, a society's number of members); written before ask was run on it and held out (--batches ay)",
  ],
  [
    'az',
    "forty-third batch: over unused messages of little-asked folders of one owner (a controls folder: a fax for a signed memo, how often factor loadings are refreshed, how long one run takes; a pad gas folder: a quarter's amount; a South America folder: a gas deal's partner, a goals list promised for next week; a weather folder: who sent a reminder; a to-do folder: a task's due day; an offsite folder: a suggested hotel; an analyst folder: counts of associates, analysts and interns asked for), unused events of used calendars (when a review ends, a day's agenda and the day of an event of a 400-event file), unasked card fields by nickname (a time zone, a mail program), unasked parts of a Polish meeting agenda asked in English and Polish (seats, a reply deadline, the place, whom to ask) and a French student guide asked in English and French (a results day, a count of fields, a registration window), and unused lines of a meeting log (who chaired, who is to test a release or update documents, who chairs next time, where specs go); five of them questions the workspace does not answer (a deal's worth, a place an event lacks, a Skype name a card lacks, a meeting fee, the time of a next meeting nobody set); written before ask was run on it and held out (--batches az)",
  ],
  [
    'ba',
    "forty-fourth batch: over office files no question used and unasked parts of used ones, and a meeting log (an invoice: a purchase order number, a date, a price, the customer's town; an application form sheet of an executive programme: its sessions, a cancellation fee, whom to return it to, a fax number, when the fee is due; a Polish expert-meeting agenda asked in Polish and English: how long it lasts, how many scientists may come, under whose patronage, a coordinator's phone; a water finance deck, two questions asked in Spanish: a speaker's department, a fund to be approved, a session's day and room; a German electronics deck asked in German and English: a recycling quota, unused phones, a minimum wage, a rucksack factor, who coordinates a campaign; the #ubuntu-meeting log: who chaired a board meeting, a vote's result, who chairs the next one, who updates documentation, who sent an RFC); six of them questions the workspace does not answer (a VAT amount, a programme fee, a moderator never named, a fund's size, a repair price, a vote held by e-mail); written before ask was run on it and held out (--batches ba)",
  ],
  [
    'bb',
    'forty-fifth batch: over unused lines of four help chats (a file to open to add a repository, a file to edit, a command to run given next to a link for someone else, keys to learn, what to check, a link on boot speed, where to paste a file, a path corrected on the line after a wrong one, a command to open a file read-write) and unasked card fields (a phonetic first name, the name a card is filed under, a time zone, an anniversary, a home page, a work address); three of them questions the workspace does not answer (a link given to someone else, a command nobody gave, a fax a card lacks); written before ask was run on it and held out (--batches bb)',
  ],
  [
    'bc',
    "forty-sixth batch: questions that name a code or identifier (a gift certificate's claim code, servers and a host named in outage reports, a laptop model, a seasonal power contract, a presentation's job number, a table of a report), over unasked parts of used mailboxes and a document; two of them name a code the workspace does not hold; written before ask was run on it and held out (--batches bc)",
  ],
  [
    'bd',
    'forty-seventh batch: over unasked messages of two little-asked folders of one owner (a performance-review folder: when a committee meets, when feedback closes, who leads a review, which area a head leads, who sent a list; a phone-numbers folder: a home number, whom to send contacts to, a margin, an uplift cost, a deadline, who monitors hearings, which competitor prices a risk, which group was told of a concern); three of them questions the mail does not answer (a cell and a pager number the mail lacks, a department never named); written before ask was run on it and held out (--batches bd)',
  ],
  [
    'be',
    "forty-eighth batch: over short replies and forwards of one owner whose quoted history no other message of the workspace holds (a sent-items folder and a deleted-items folder: a fee, a VaR limit, a deal being negotiated, a presentation's length, who proposed a schedule, why a trader resisted, a var figure, a comments deadline, how many interviewers, a mobile number, an amount spent, why engines were ruled out, a security asked); thirteen facts are said only in the quoted history (four past its first 2,000 characters), four in the reply's own words, three questions the mail does not answer (a fee not yet defined, a P&L not given, a bond amount not given); written before ask was run on it and held out (--batches be)",
  ],
  [
    'bf',
    "forty-ninth batch: over unasked parts of used office files (a Russian town's administrative regulation asked in English and Russian: who signed a resolution, the longest wait in the queue, how many days to register a request, when the lunch break ends; a trial's study design: how long the drug is taken, the primary endpoint; an Algerian baccalaureate guide asked in French and English: a semester's length, the credits of a Licence; a budget workbook's examples asked in words), unasked fields of used events (a meetup's partner group, who provides a series' entertainment, its place and weekdays, when a rental car is due back asked in French, how often a session repeats), unasked card fields (languages, a home address among two, a business home page, a second e-mail) and unused lines of a help chat (how long a repair took, a version someone thinks a game needs, a PPA given, a setting's value); five of them questions the workspace does not answer (a rent, an investigator, a meetup's price, a fax a card lacks, a version nobody knew); written before ask was run on it and held out (--batches bf)",
  ],
  [
    'bg',
    "fiftieth batch: over cards that hold both home and work fields (a home and a work address among five, a work phone among nine, a work web page among six, a home e-mail among five, the work address of a card with only that) and lines of two help chats where the one asked answers on the next lines (an IRC client, a graphics card, a printer's name, whether a player works, when a download resumes); three of them questions the workspace does not answer (a home address or a work address a card lacks, a user nobody named); written before ask was run on it and held out (--batches bg)",
  ],
  [
    'bh',
    "fifty-first batch: over replies and forwards of two owners' inboxes that no question used (a list of industry codes, a buyer's offer forwarded twice, a utility's plan for a charge, a contract sale idea and its legal reply, a bonus list, a colleague's contact numbers, an accounting owner, a trading partner's note, a question on a memo, a position file): facts said in the reply's own words, facts only in the quoted or forwarded history below it, who wrote a quoted line; four of them questions the mail does not answer (a price for the trading books, a fax never given, companies never named, a cost never stated); written before ask was run on it and held out (--batches bh)",
  ],
  [
    'bi',
    "fifty-second batch: over unused lines of two help chats (an editor suggested for a config file, the program a file was spoiled with, where a PPA's key sits, which PPA, a server's disk use, what to do at once after deleting a file, a desktop recommended, a laptop's memory, the version upgraded from, where to ask about another distribution, the package left half-removed, the package to remove instead of another; what a function should take, a crate used, a window manager, how to write a closure bound, who suggested a return type), an unused conference event (its start, organizer and a place it lacks) and an unasked part of a used guide (its introduction, an author it lacks); four of them questions the workspace does not answer (a question asked four times and never answered, a program's name nobody knew, a place an event lacks, an author a guide lacks); written before ask was run on it and held out (--batches bi)",
  ],
  [
    'bj',
    "fifty-third batch: over unused messages of both owners' inboxes, old inbox, personal, deleted and sent folders (whom to call about a calling procedure, who takes over someone's work, a reply deadline for a dissolution, a meeting's room among look-alike notices, a talk's speaker and a tool's presenter, a payment month told only in quoted history, issued shares beside authorized ones, an arrival time in a forwarded note, why someone is kept on, a count of candidates, why I travelled, a price range I expect, whom I asked to get IDs) and unasked parts of two used documents (an accessory-dwelling-unit chapter: a rental term, an entrance distance, a share of units; a header and footer design note: the class that adjusts a layout); four of them questions the workspace does not answer (a bonus never stated, a bid never given, a dial-in a notice lacks, a fee the chapter never states); written before ask was run on it and held out (--batches bj)",
  ],
  [
    'bk',
    "fifty-fourth batch: over unused lines of a help chat (a package that docks programs in the tray, a Samba setting, a window manager suggested, a key at the boot loader, who suggested a browser updater, when a release's support ended) and of a server team meeting (who is to do two actions, who added a bug, a bug's number, whom a bug is assigned to after it changed hands, how long ago a bug was filed), unasked card fields (a home e-mail, a department, a blog), unused events of a long calendar (a day's agenda, a start time) and unasked lines of a used note (which versions of a program, its author); five of them questions the workspace does not answer (a question asked three times and never answered, a bug nobody is assigned, a job title a card lacks, attendees an event lacks, a version a note says does not exist); written before ask was run on it and held out (--batches bk)",
  ],
  [
    'bl',
    "fifty-fifth batch: over unused lines of an older help chat (a mount command, a mount tool suggested, who told someone to add two repositories, who said a browser broke after an upgrade, what an abbreviation stands for, a file-system option asked about, a default file-system type, how to list a package's files, the disk option finally used, the packages to install before a reboot, another way to run an installer, a browser missing from a distribution, where a checksum list is, the menu holding a tool, the command to restart a display manager, the unstable release's name), unused events of a long calendar (an end time, a day) and unasked card fields (a company, a work e-mail); four of them questions the workspace does not answer (a version nobody said, a driver version nobody said, an organizer an event lacks, a spouse a card lacks); written before ask was run on it and held out (--batches bl)",
  ],
  [
    'bm',
    "fifty-sixth batch: over unused messages of both owners' inboxes and deleted folders (an investment so far, the bank whose vehicle funds a plant, a month's projected spending, a reserve for refunds, the consultants hired, why a reserve is two thirds of an exposure, whom a group keeps from a unit, who leads a new effort, who heads a group named beside another, where to refer a caller, a course's cost, the team a coordinator runs, a curve update's P&L impact, who rebuilt a router, a price range told only in a forwarded letter, a notice period, whom a manager asks to be told); three of them questions the workspace does not answer (a price never agreed, a fee never stated, a team a schedule lacks); written before ask was run on it and held out (--batches bm)",
  ],
  [
    'bn',
    "fifty-seventh batch: over unused messages of one owner's oldest sent folder (a storage bid, who built look-alike duplexes, who held money in escrow, a desk member's title, whom I asked access for, a meeting's chairperson beside its sender, when I would visit a town) and of the other's deleted-items folder (a meeting's new room and who forwarded it, an unwind loss and why a deal is unwound, a quoted bid-offer spread, a desk's VAR among look-alike lines, who leads a city's HR people, who asked for a change above a quoted summary, a rate's discount in a forwarded note, who told me of an inquiry) and unasked lines of a used manuscript template (a table font size, where a section goes, a reference's university); four of them questions the workspace does not answer (a closing date I asked for, a fax a signature lacks, a company never named, a fee the template never states); written before ask was run on it and held out (--batches bn)",
  ],
  [
    'bo',
    "fifty-eighth batch: over unused lines of the least-asked help chat (a command to restart a service, a keyboard shortcut, who told someone how to search packages, a find switch, where channel logs are, the preferences holding a setting, the better form of a restart command, a command to clear a print queue, who asked about a file system, a router's firmware, the package to keep the clock in time, a size command, a channel for another language, a file manager suggested, memory given on the line after the question), unused fields of used calendar events (an organizer, an attendee dial-in code, an end time) and unasked card fields (a job title, a phone extension); four of them questions the workspace does not answer (an address nobody gave, a version nobody said, a card model nobody said, an organizer an event lacks); written before ask was run on it and held out (--batches bo)",
  ],
  [
    'bp',
    "fifty-ninth batch: over office documents, passages no question used of a journal's table of contents, a Spanish land policy, a sample Word document's author and footer, a deck's date, a jurisdictional rep and a tool's venue, sheet cells by row and column (a match by date, a format's notes, a Chinese bank's month, a summary by year, a tax rate by income and year, a second row's second column); four of them questions the documents do not answer (a rep the list lacks, a match on a day without one, a price never stated, an empty cell); written before ask was run on it and held out (--batches bp)",
  ],
  [
    'bq',
    "sixtieth batch: over unused events and fields of used calendars (a day of a long calendar, the meetings missed last week, how long an event lasts, the time of an event in another zone than UTC, a reminder, how often a weekly series recurs, a day of that series, the instruments and comparisons of a concert's description) and unasked card fields (a cell phone, a nickname, an assistant and a sister among related names, an instant-messaging ID, a work address, a card's category); four of them questions the workspace does not answer (an organizer two events lack, a manager and a job title two cards lack); written before ask was run on it and held out (--batches bq)",
  ],
  [
    'br',
    "sixty-first batch: over unused messages of the owners' oldest sent folders and of two deleted-items folders (a pager and a call-back number, a sum owed, a work address, when deals would be sent, why an install was moved, a reserve released, a meeting time, a hedge price, a fax in a signature, a help-desk number, a course's town, a lease term, a deal price, who will meet whom, who sent a link); four of them questions the mail does not answer (a phone of someone who gave none, a phone a mail only asks for, a fax a signature lacks, an amount never stated); written before ask was run on it and held out (--batches br)",
  ],
  [
    'bs',
    "sixty-second batch: over office documents, passages no question used of an Arabic report (seats reserved by an amendment, women's share of the vote, a commission's size, a table's convictions by year, safe custody homes), a Polish note on a health act (a nurse's longest break, the act's journal position, the author), a French student guide's slides (open days, a housing portal, how many choices, a distance rule, how often a grant is paid, a definition) and sheet cells (a tax rate by income and year on a third sheet, an airport's code); four of them questions the documents do not answer (a year the table lacks, a fee, a price, an income row the sheet lacks); written before ask was run on it and held out (--batches bs)",
  ],
  [
    'bt',
    'sixty-third batch: over unused lines of a chat log (who suggested a mail client, a disk-copy tool or a game, a weather site, what to do about a page that renders badly, a file to edit to take an old kernel off the boot menu, a kernel parameter, a command that lists installed kernels or makes a new one show up, media players for the framebuffer, a traffic tool, a screen resolution), unused days and events of a long calendar (a day, tomorrow, how long an event lasts, when a late event is) and unasked card fields (a homepage, an anniversary); four of them questions the log does not answer (a key fix, an Opera setting, a fax error and a messenger failure nobody solved, one with a line misaddressed to the asker); written before ask was run on it and held out (--batches bt)',
  ],
  [
    'bu',
    'sixty-fourth batch: over unused lines of a help-channel log (a file to blacklist sound modules in, a command for a sleeping sound card, a messenger suggested instead of another and how to keep it running after the terminal closes, a browser for Flash, a command that shows free inodes, an easy way to clean a boot partition, a DHCP server package, a tool that shows copy progress, why an image written to a stick did not boot, a command to run after plugging in a disk, a recovery tool, a mirror how-to page, a command for graphical programs, an antivirus, who preferred one IRC client, a find option, who suggested a cleaning tool); four of them questions nobody in the log answers (a log rotated at reboot, a terminal as wide as two monitors, a wifi dongle, the order of file-manager bookmarks); written before ask was run on it and held out (--batches bu)',
  ],
  [
    'bv',
    "sixty-fifth batch: over unused messages of the two deleted-items folders, each holding values of one type for different subjects (a sender's phone beside a colleague's and a fax, a fax beside a phone or a desk line, an office's number beside another office's, a price for contractors beside employees', one raffle's tickets beside another's, one property's price beside another's, one lot of shares sold beside another, monthly dues beside a transfer fee, one term's bookout price beside another's, a deal's later-years price beside its first years', shares owned directly beside those owned through a fund); four of them questions the mail does not answer (a cell or fax a signature lacks, a walk's fee never stated); written before ask was run on it and held out (--batches bv)",
  ],
  [
    'bw',
    "sixty-sixth batch: over calendars and a card the batches used least (a weekday series' day, how often it repeats and how long it lasts, a day and the last date of a series given as RDATE periods in a US zone, a reminder before a New York meeting, how many times a counted daily series happens and its last day, a day of a weekly series ending by UNTIL, an all-day event's day and its e-mailed reminder, days of untitled overlapping and multi-day events, a card's public key, office coordinates and degrees); four of them questions the files do not answer (a place, a dial-in number, an organizer, a job title); written before ask was run on it and held out (--batches bw)",
  ],
  [
    'bx',
    'sixty-seventh batch: over unused lines of another year of a help-channel log (a command to take ownership of a home folder and who suggested it, one password for many encrypted partitions, keys to reach a console, commands to restart the display manager and add a user, a program to watermark photos in bulk, what was removed and which setting fixed slow file sharing, what to watch during a copy, a bug number, a tool to test a login to a file server and why the server refused one, a tool to fix the boot menu, a command that spun a disk down, a wiki page, another install disc, why every mirror answered not found); four of them questions nobody in the log answers (a privilege error, a graphics driver version, a scanner, an archive manager); written before ask was run on it and held out (--batches bx)',
  ],
  [
    'by',
    "sixty-eighth batch: over unused messages of an analyst-hiring folder, an offsite-planning folder and the two owners' sent folders, where the answer is one sentence of a passage that holds others of its type (one office's count beside another's, one class's number beside another's, a person's phone beside two others', a city's meeting time beside another's) or one row of a small table in a mail (a transfer fee among liens and costs, a person's id among others'); four of them questions the mail does not answer (an email or fax never given, a room rate never stated, a third city's time); written before ask was run on it and held out (--batches by)",
  ],
  [
    'bz',
    "sixty-ninth batch: over unused passages of office documents (a city's accessory dwelling unit chapter: a share of a commission, a test's age, an addition's size, a definition, which certificate comes first, the date it is current to; a society's letter: a congress theme and its morning programme; a journal template's author; a web server tuning deck: a monitoring tool, a database variable, a log line's bytes, a cache folder; sheet cells: a team's opponent and goals on a date, a bank's figure for a month, a frequency's meaning); four of them questions the files do not answer (a fine, a hotel, an amount of memory, a month the sheet lacks); written before ask was run on it and held out (--batches bz)",
  ],
  [
    'ca',
    "seventieth batch: over unused messages of the two owners' sent folders (a fax number given for a rent summary, a transfer out of a checking account, one person's cell or home phone in a three-column table of others', one month's labor or materials in a three-month table, a check number beside a payee, which tenant changed how he pays, a suggested meeting time, an amount in extensions, a downpayment, which apartment gets a fridge, a VaR request, one trader's reserve beside another's, the day a VaR extension runs to, a meeting time, where to send a bill); four of them questions the mail does not answer (a month the table lacks, an offer price only compared with a threshold, a meeting time never given, a bill never stated); written before ask was run on it and held out (--batches ca)",
  ],
  [
    'cb',
    "seventy-first batch: over unused passages of two long documents (a German e-journal of analytical psychology: a child's age in a study of death concepts, a count of screen violence, the authors of a book and of a saying, a case history's years of addiction, illness, dose and father's trade, a second case's age, a phase model, where and when two lectures were held, the year of an essay, a daughter's age; an English roadside emissions report: a test's speed, the model-years and areas sampled); four of them questions the files do not answer (how many children a study examined, a weight at the end of a therapy, an audience size, the results of trucks the report leaves unanalysed); written before ask was run on it and held out (--batches cb)",
  ],
  [
    'cc',
    "seventy-second batch: over unused messages of an owner's sent folders and the other owner's deleted items (an evening phone number beside a day one, a donation beside a personal goal, one interviewer's time and room in an itinerary of others, a payment proposed for a day, where a candidate's husband works, how long an outage lasts, the day and time of a video shoot, a call time, a quantity asked for pricing, when a trading site went down, two phone numbers, a tee time and a price per person among three golf bookings, a meeting room, one building's fire drill time beside another's, who excuses people from the drill); four of them questions the mail does not answer (pricing levels a bank has not given, a hotel two people still have to sort out, a new office location asked for and never given, a date for a dinner that was cancelled); written before ask was run on it and held out (--batches cc)",
  ],
  [
    'cd',
    "seventy-third batch: over the least-asked chat log's last hour nobody asked (who suggested a network monitor, docks, video editors, a replacement for a VPN protocol, a calculator; the command to uninstall a package, to see a wireless driver, to restart networking; a boot loader page), unasked parts of used calendars (how long a planning meeting lasts, what it will discuss, where its background document is, an event's categories, how long before an event its first reminder goes off) and unasked card fields (a personal email beside the preferred one, a postal code); five of them questions the files do not answer (three questions asked in the channel that nobody answered, who is invited to an event without attendees, a title a card lacks); written before ask was run on it and held out (--batches cd)",
  ],
  [
    'ce',
    "seventy-fourth batch: over unused messages of the two owners' sent items (extra earnest money a buyer must put up, the day a zoning was approved beside the day a closing was due, a start time written without a colon, a garage price after a subsidy beside the price before it, an insurance agency's contact, the money available beside the amount proposed, associates beside analysts yet to place, last year's winning share beside this year's goal, the last day a closing gym stays open and the paycheck a charge is refunded on, a boarding time beside an invitation's time, a promotion's new title beside the current one, a session's start beside its end, two extensions, a lease's end beside an option's, the floor looked at beside the floor now used, two days suggested for golf); four of them questions the mail does not answer (a fax an agency's block lacks, a raise not yet set, a meeting time left to be arranged, a golf course never named); written before ask was run on it and held out (--batches ce)",
  ],
  [
    'cf',
    "seventy-fifth batch: over a payments channel's unasked hours (where to write in about type definitions, a samples site, where to install a command-line tool, how a cookie warning will be fixed, what to do over the weekend, why someone cannot log in, what to put in place of a template string), unasked fields of used calendars (an event's categories, how often it comes around, a conference's category and status, the group invited to a review, how long a weekly session lasts) and the parts of card addresses (a zip code, a city, a postal code, a state); five of them questions the files do not answer (two questions asked in the channel that nobody answered, an event's category it lacks, a document a review has none of, a zip code of a card without an address); written before ask was run on it and held out (--batches cf)",
  ],
  [
    'cg',
    "seventy-sixth batch: over mail no question used in both owners' folders (a recommended budget, a newborn's weight, a check's number and where it was mailed, a volume asked for term pricing, a proposed grace period over a limit, a phone number under a signature, a help-desk extension, a moving date, a currency position, extensions and a phone number in running text, a count of copies asked for, a wedding date, a total in a table of payments); four of them questions the mail does not answer (by how much a budget could be cut, a newborn's length, how much cash there will be to invest, the hour of a move whose day alone is given), most with a look-alike value beside them; written before ask was run on it and held out (--batches cg)",
  ],
  [
    'ch',
    "seventy-seventh batch: over unused messages of the least-asked sent folders of both owners (a phone number in a forwarded note's running text, an office, a cell and a fax number side by side, a project's size in megawatts and the owner of its site, the days two visitors will be in town, a count of trades a day beside a count of counterparties, the day comments were due, an evening number beside a daytime one, the year someone asks about, the size of a price move, the size of one unit beside a group of units, a house's width beside its depth, a porch's depth beside its front, a home number in running text, a deposit's excess over one week's rent roll); four of them questions the mail does not answer (a fax a note lacks, the size of a plant not yet planned, a weekly figure the mail does not state, another week's excess), most with a look-alike value beside them; written before ask was run on it and held out (--batches ch)",
  ],
  [
    'ci',
    "seventy-eighth batch: over unasked passages of office documents (a header and footer design note, a child support workbook's terms, a Spanish urban land policy draft asked in Spanish and in English, a German slide deck on electronics, a summary table of a sheet), unasked hours of a help-channel log and unasked events of a long calendar; four of them questions the files do not answer (a program version never given, a wage rate named without a figure, a fridge's consumption beside a TV's, a crate version), most with a look-alike value beside them; written before ask was run on it and held out (--batches ci)",
  ],
  [
    'cj',
    "seventy-ninth batch: over unused messages of the least-asked inbox, notes and deleted folders (a project's present value and its counsel's odds, a call's dial-in number and time beside its replay's, a talk's room and reservation number beside an accommodations line, a time given alone on top of a reply, a yearly payment beside a total, a count of interviewers, a cost read in a mail, one cost row of a list of costs, one of two contract ends, a salary now beside the ones proposed, a participant code beside a dial-in number, a room in parentheses, a vacation number beside two colleagues' extensions, an extension in a signature); five of them questions the mail does not answer (a rate still undetermined, a replay's passcode that is not needed, the time of a lunch not provided, an extension of someone who gives only others', a raise not given as a figure), most with a look-alike value beside them; written before ask was run on it and held out (--batches cj)",
  ],
  [
    'ck',
    "eightieth batch: over unasked passages of office documents (a Spanish urban land policy draft asked in Spanish and in English, a German psychology e-journal's contents, bibliography, author address and an essay asked in German and in English, an Indonesian biology deck's hormones and layers asked in Indonesian and in English, a task-list sheet's status and assignee, a yearly summary table of a workbook, a Flemish word table on a slide); four of them questions the files do not answer (a count of plenary sessions beside a count of working sessions, a founder's year of death beside the founding year, a quiz question with no answer marked, a year past the table's last row); written before ask was run on it and held out (--batches ck)",
  ],
  [
    'cl',
    "eighty-first batch: over unused messages of a deleted-items folder, an inbox, an old inbox and a sent-items folder (a loss year-to-date beside a loss of the day, a desk's month beside another trader's, a price beside a look-alike price, a storage level and a capacity among other capacities and last year's levels, an outage start among other outage dates, an extension given in a reply, a party's time beside its flooded first date, a work phone in a forward, where to meet new analysts, the buyer of a sold company, why options are abandoned); four of them questions the mail does not answer (what a proposal would make beside a loss, an extension of a sender who gives only others', the price of a sale that names only its date and buyer, an offering price not yet set), most with a look-alike value beside them; written before ask was run on it and held out (--batches cl)",
  ],
  [
    'cm',
    "eighty-second batch: over unasked passages of office documents and a chat (a stadium homologation table and club rules of a French football league minutes, a water finance deck, an Indonesian biology deck's growth zones and layers, an airport code sheet, an embedded-boards thread of a programming chat); four of them questions the files do not answer (a stadium missing from the homologation table, a project count the deck never gives, an airport missing from the code list, a purchase the chat never reports); written before ask was run on it and held out (--batches cm)",
  ],
  [
    'cn',
    "eighty-third batch: over unused messages of a deleted-items folder and a sent-items folder of one mailbox and the deleted items of another (a bid lost by cents, who was asked to review a contract, the size of a receivable, a fax number beside a phone number, treasury people named in a reply, where a team meets agencies, a deadline for a summary, a party's cancelled date and why, one of two broadcast meetings' times, an income moved between quarters, a signing date beside a funding date, why no option value was booked); five of them questions the mail does not answer (a winning bid's price, an unnamed outside counsel, a phone number of a writer who gives none beside others', a profit level only asked about, the price of an offer not lifted), most with a look-alike value beside them; written before ask was run on it and held out (--batches cn)",
  ],
  [
    'co',
    "eighty-fourth batch: over unasked passages of office documents in four languages (the yearly gains of a single taxpayer and a footnote of a budget examples workbook, the maximum points of a row of a German care-needs grid, the inspections and complaints of a Russian town administration's regulation asked in Russian and in English, two days of a Russian library's 2017 calendar asked in Russian and in English, two hormones of an Indonesian biology deck asked in Indonesian and in English, two classes of a conversion design note, a quarter's sales in a chart deck); four of them questions the files do not answer (an income the single-taxpayer tables lack, a deputy head never named, a death year the calendar does not give, a series a chart lacks), most with a look-alike value beside them; written before ask was run on it and held out (--batches co)",
  ],
  [
    'cp',
    'eighty-fifth batch: over unasked hours of two help-channel logs (a command given to list packages, a channel named for another system, a tool suggested for an overlay, a partition size, a recovery tool, a command run before enabling a service, a command-line tool to try on a broken archive, a documentation package, a package to install for pasting from a shell) and unasked events of used calendars (a time of an event whose older copy has the same id, a chat room of a conference, a time of one day of a daily series, the length of a weekly one-to-one); five of them questions the files do not answer (a command given by another speaker than the one asked, a question nobody answers, an editor suggested by another speaker, a day of a daily series that is excluded, an event asked a year after its only date); written before ask was run on it and held out (--batches cp)',
  ],
  [
    'cq',
    "eighty-sixth batch: over unused messages of two sent folders, one of each mailbox (a fee for an idea beside the sum sent, where a presentation is held, a meeting's room beside its time, a class date and who went in another's place, who a reply asks to be present, an extension changed by a directory, how long someone held a group together, a report's gas price beside the actual one, a budget for special payments, a capacity below a supply table, preferred days among a range, whom approvals go to beside another mail's forward, a bid per square foot above another's units); four of them questions the mail does not answer (an option's strike price, a bonus amount only asked about, a month the forecast does not give, a tour's start time never set), most with a look-alike value beside them; written before ask was run on it and held out (--batches cq)",
  ],
  [
    'cr',
    "eighty-seventh batch: over unused messages of a deleted-items folder (a storage field's remaining capacity beside other volumes, a visitors' meeting room and their spending, who leads one item of an agenda, a utility meeting's date and whom a matter was passed to, a metering kind, a distributor's customers beside the whole system's, who was suggested to manage a region, who in HR helps, a credit's own calculation beside the sum disclosed, the date a team moves cost centre, when curves follow other curves); five of them questions the mail does not answer (a spending on another thing, a target for a class not named, an approval date of another candidate, a credit listed for another company, a bonus for a person left out), most with a look-alike value beside them; written before ask was run on it and held out (--batches cr,cu)",
  ],
  [
    'cs',
    "eighty-eighth batch: over unasked passages of office documents in eight languages (where a German electronics deck says Africa's cobalt is mined and how many mine workers are under 18, a TV's stand-by energy, the photos and the credit hours of an Algerian baccalaureate guide, its pre-registration dates beside the choice-entry dates, the year a Chilean planning framework was set beside the law it rests on, how many may present in a Japanese call for proposals, a two-income couple's tax rate beside the one-income table, a Russian administration's Friday hours beside the weekday ones and its postal code, two items of an Indonesian biology deck, an Arabic report's share of women teachers), five of them asked in English over a file in another language; four of them questions the files do not answer (a mine wage where only factory wages are given, a price of a device only described, credits of a degree only named, a three-children rate the tables lack), most with a look-alike value beside them; written before ask was run on it and held out (--batches cs)",
  ],
  [
    'ct',
    'eighty-ninth batch: over unasked hours of two help-channel logs (a library version given in reply to a question, why payment sources were cancelled, the version a class was added in, what to use instead of raw HTTP, who answered a refund question, which class holds a create method, a card model, where a second drive is mounted, what a one-word reply blames) and over unasked fields and days of calendars and cards (how long a weekly lesson lasts, when a yearly event ends, an office suite); five of them questions the files do not answer (a library version only another speaker gives, an amount given for the other object, a driver version never named, a weekly lesson asked after its last date, a daily series asked after its count runs out); written before ask was run on it and held out (--batches cr,cs,ct)',
  ],
  [
    'cu',
    "ninetieth batch: over unused messages of inbox-like folders of both mailboxes (a late inbox, an older inbox, a personal folder, a deleted-items folder) where the answer sits in forwarded or quoted text or a signature (who granted a waiting period's end, where a visa form stays, the hour curves are set by, an increase approved in a committee list, who turned down an offer named only in a forward header, a show's time, a margin call beside two other sums, who will discuss survey results, a count of contracts in one's own quoted words, a plan's total beside its parts, whom to contact while someone is away, a transfer date, a director named in a reply, who holds a list while its sender is away); four of them questions the mail does not answer (a closing date never given, an amount for a probable no, a fax a signature lacks, a tax amount never stated), most with a look-alike value beside them; written before ask was run on it and held out (--batches cu)",
  ],
  [
    'cv',
    "ninety-first batch: over unused messages of both owners' sent-items folders, mostly forwards and replies whose answer sits in the mail forwarded (gas deals done on one platform beside the other platform's and power's counts, the contact for a plant, a sum owed, the managers on a bonus list, a capital charge, whom a manager wants to approach, how long a product took to prepare, a turbine's size beside another dam's unit, a loss from a true-up, a storage facility's starting gas beside its later size, an earlier quote beside a later one, a candidate's drawback, a day's outflow beside its inflow and the day before); four of them questions the mail does not answer (power's share when only gas shares are given, a dam's investment when the sum is another plant's, how much is left when only the first loss is given, a price the writer asks for), most with a look-alike value beside them; written before ask was run on it and held out (--batches cv); a fifth, a target the owner asks about, was written as not answered, but a reply in the same folder gives it, and after the first run it was set to that answer",
  ],
  [
    'cw',
    "ninety-second batch: over unasked passages of office documents (the lower blocks of a workbook whose sheets stack several titled tables, a self-employed and a modified-rate couple's tax rates; a two-income couple's yearly gain in a budget example taxed under another schedule; the day of two observances and a writer's birth year in a Russian library calendar; which hormone an Indonesian biology deck says serves flowering, beside another that serves flowers and fruit; an away cup match on a day; a Chinese bank's figure for a month; an airport code; a payment account's balance beside the year before and who gave a president's report in a nursing informatics deck), six of them not in English; four of them questions the files do not answer (a tax rate for an income no block lists, a child benefit increase for a couple with no children, the death year of someone the calendar gives only a birth year for, a bursary for a year the report does not cover), most with a look-alike value beside them; written before ask was run on it and held out (--batches cw)",
  ],
  [
    'cx',
    'ninety-first batch: over unasked hours of two help-channel logs (what links a checkout payment to an order, which webhook event carries a field, what an error code means, a request ID given for one error, why a live payment failed, a workaround for holding funds, what happens when a lock guard is dropped, which issue has the same problem, which chapter of a book was read) and over unasked fields and days of calendars and a card (how long a weekly event lasts, when an event ends, how long before an event the reminder comes, a home postcode); five of them questions the files do not answer (a request ID the speaker never gives, how a speaker solved what he only says he figured out, a fee nobody knows, a weekly event asked after its last date, a work address on a card with only a home one); written before ask was run on it and held out (--batches cx)',
  ],
  [
    'cy',
    "ninety-fourth batch: over unused messages of a sent folder and a state-policy folder, long threads whose answer sits in quoted or forwarded text, in numbered lists or beside attachments named in the body (why a garage needs a variance and how far back it must be set, a bond's yield beside another's, how many put contracts are still out, a corrected price beside the wrong one, how many power boxes a month a utility connects, a form number in a list of attached forms, the ink to sign in, how many frameworks a zip holds, who a forwarded note says was consulted, a rafting grade, a report deadline and a credit reduction in a list of executive orders); four of them questions the mail does not answer (a variance's cost, a price only in an attached flyer, who will book a side trip, how many megawatts are affected), most with a look-alike value beside them; written before ask was run on it and held out (--batches cy)",
  ],
  [
    'cz',
    "ninety-fifth batch: over unused messages of little-asked folders of both mailboxes (two notes inboxes, a controls folder, an analyst-hiring folder, a personal folder), many answers in quoted or forwarded text (who re-wrote a policy and what a portfolio was used for in a quoted reply, a load relief beside a generation increase in a twice-forwarded note, how many candidates an off-cycle event invites, whom a person actually reports to in a forwarded answer, a meeting room and why a meeting was postponed, when payout checks are issued beside approval dates, where a trader worked, a spread beside two others, how many analysts a group needs beside its assigned ones, which offices the owner's own quoted mail assumed had hired on their own, a mail stop, a deposit beside a cheque); four of them questions the mail does not answer (a relief for hours not reported, a payout share for a year not named, a fax a signature lacks, a deduction for a pay period not given), each with a look-alike value beside it; written before ask was run on it and held out (--batches cz)",
  ],
  [
    'da',
    "ninety-sixth batch: over unasked passages of office documents (where to confirm attendance at a Polish expert meeting and its directorate's fax number in a footer, the journal position of a Polish act cited inside a later one, a Russian town administration's phone, a maternal mortality figure in a table of an Arabic report, the speaker's institute, bank, authors and email named only on a deck's title slide, a study's amendment date, viremia condition and secondary endpoint in a design table and its report date in a footer, how a journal template marks references); seven of them over files not in English, five asked in English; four of them questions the files do not answer (an empty cell of a Czech work sheet, a university no slide gives, a phone number beside an email, an age limit where only a minimum is set), most with a look-alike value beside them; written before ask was run on it and held out (--batches da)",
  ],
  [
    'db',
    "ninety-seventh batch: over unasked hours of two help-channel logs where the answer comes later in the log or corrects an earlier line (the command that finally removes a package, the library version a speaker confirms after asking for an older one, the release a speaker settles on after wanting another, the command meant after a typo, who told a speaker a release series is out of support, the setting another speaker says a build file needs, the compiler version, a crate found after others said the job is hard) and over unasked events and fields of calendars and cards (an event's start in a zone named with a vendor prefix, the zone of another, a Pacific event's start, a day whose recurring event is excluded, the last of a weekly series, a work phone beside a work fax); four of them questions the files do not answer (system specs nobody gives, a default password nobody knows, the place of an event whose location is empty beside one that has a link, a middle name a card lacks); written before ask was run on it and held out (--batches db)",
  ],
  [
    'dc',
    "ninety-eighth batch, in the proportions and wording of the dev set (plain questions with their own now, one asked as the mailbox's owner): over unused messages of a calendar folder and two sent folders (a phone number in a forward, when and where a presentation is held, a seat on a flight, a meeting's room, a departure time beside a return time, a number to call, one of three risks of the same size), unasked rows of two workbooks, unasked fields of a calendar event and a card, and unasked lines of a help-channel log; four of them questions the files do not answer (a phone number of a writer who gives only an e-mail address, a count of warrants beside a price, a budget line the sheet lacks, the place of an event without one), most with a look-alike value beside them; written before ask was run on it and held out (--batches dc)",
  ],
  [
    'dd',
    "ninety-ninth batch, in the proportions and wording of the dev set: over unused messages of a personal folder, an old inbox, a notes inbox, a calendar folder and two sent-items folders (a bonus in a forwarded tax breakdown, a cell number in a quoted weekend contact list, a number to call about a passport, a meeting room, a note's payoff beside its principal and interest, a car brochure named only in the attachments, a phone number at the foot of a thrice-forwarded message, why someone misses a meeting, what I told someone about a tee time, a work number among home and mobile numbers, a meeting moved twice), unasked passages of a Spanish and a Russian document asked in English and in their own language, and an unasked row of a code list; four of them questions the files do not answer (two fax numbers where only phones are given, a pager of someone whose list gives a home and a cell beside another's pager, a size limit a policy proposes but never sets), most with a look-alike value beside them; written before ask was run on it and held out (--batches dd)",
  ],
  [
    'de',
    "hundredth batch: over unasked hours of a help-channel log where the answer is a later reply or a correction (the release a package is in, what a font file named in an error is, the burning program a speaker settles on after trying another, whether an imaging tool supports multicast after a first wrong guess, what a speaker's tool replaces, a how-to recommended for mail servers), over details only in calendar descriptions, moved occurrences and ended series (until when no meeting is held, who took part, where and when a rental car is returned and ready, the time an occurrence was moved to), and over fields of the right card where several cards share a file (a city, an anniversary beside other dates, a postal code); four of them questions the files do not answer (whether a how-to works with a tool nobody knows, how to add a city to an applet, a weekly series asked after its end, a home page the card lacks beside another card's), most with a look-alike value beside them; written before ask was run on it, run once, then its failures were read for causes (--batches de)",
  ],
  [
    'df',
    "hundred-and-first batch, in the proportions and wording of the dev set: over unused messages of a deleted-items folder, two sent folders, a sent-items folder and a calendar folder (the price of a course after its discount, who asked whether a review meeting is scheduled, a realized profit beside a total profit in a forwarded note, the size of a pipeline expansion in a quoted note, how many contracts I told someone I bought beside another trader's count, the date of a review meeting in a forward, a sum I offered to reimburse beside another, the file name of an attached spreadsheet, what a settled lawsuit's plaintiff agreed to, where a meeting is held), an unasked field of a card, and unasked passages of a Russian, a Japanese and an Arabic document asked in their own language and in English; four of them questions the files do not answer (a door code a reply says nobody figured out, a trader's count someone is still waiting for, the room of a budget meeting whose invitation gives none beside other budget meetings that do, a unit price where only a page count, a print run and a school count are given), most with a look-alike value beside them; written before ask was run on it and held out (--batches df)",
  ],
  [
    'dg',
    'hundred-and-second batch: over unasked hours of three help-channel logs where the answer is a later line by someone other than the asker (the command suggested after a first tool, what finally worked for a speaker, what a missing-key error means, who answered a one-line question, a package name corrected a line later, the page that finally answered a question), over details only in a journal description, an end time in a named time zone, the next occurrence of a yearly event, the day a moved occurrence went to and the next meeting with a person counting extra dates, and over the city on the right card where several cards are indexed; four of them questions the files do not answer (a capture program nobody named, a game version the asker never knew, a caller the minutes leave unnamed, a home page the card lacks), each with a look-alike nearby; written before ask was run on it, run once (--batches dg)',
  ],
  [
    'dh',
    "hundred-and-third batch, in the proportions and wording of the dev set: over unused messages of two sent folders, a sent-items folder and a calendar folder (an added cost in a forwarded builder's note, the room of a forwarded meeting notice, what I told a colleague about a letter-of-credit request, a booking loss in a quoted note beside other gains and losses, the newest of two notes on one subject, a figure in a quoted chain several replies down, two prices I quoted to a reporter, a sum of a purchase price and development costs in my own mail, the file name of the newest of several attachments, a pick-up time and a confirmation number on two car-service notices, the room and hour of a lunch meeting), and over unasked passages of a German sheet, a Russian regulation (asked in English and in Russian), a zoning chapter and a slide deck, and the value put on an option still being negotiated; four of them questions the files do not answer (a golf handicap never sent, the phone number of someone only on copy, a waiver period only in a deleted section, a deposit amount the regulation never states), each with a look-alike nearby; written before ask was run on it, run once (--batches dh)",
  ],
  [
    'di',
    "hundred-and-fourth batch: over unasked hours of three help-channel logs where the answer is a later line than the question (who helped a speaker, the time a speaker said his problem was fixed, the installer finally suggested after another, what a helper suggested for two accounts, a settings place given right after another answer, the command that finally worked by the asker's own account), over the next occurrence of a weekly event after an excluded date, the day a moved all-day occurrence went to, the start time of an event in a named time zone, the next meeting with an attendee when two rules recur, and the lead time of an email reminder among display reminders, and over the home page, home city and office city on the right card among look-alike cards; four of them questions the files do not answer (two questions nobody answered, a location the event lacks, a fax number the card lacks), each with a look-alike nearby; written before ask was run on it, run once (--batches di)",
  ],
  [
    'dj',
    "hundred-and-fifth batch, in the proportions and wording of the dev set (plain questions with their own now, three asked as the mailbox's owner): over unused messages of two sent folders, an inbox and a deleted-items folder (a share of extra risk capital proposed in a memo, how much risk capital a trader keeps and for how long, a cell number among emergency and fax numbers in a directory change, a fax number beside a phone number in a forwarded signature, one of two columns of values in my own note, a builder's profit beside a fee in percent, a start date beside another start date in a forward, the reply deadline of a meeting notice beside the meeting's own date, the cost of a course, an estimate beside a bond issue's size, the order number of the newest of two store orders, who replaces whom in an announcement, a sum of three share counts in a forwarded table, who asked for a roll-out in a quoted request) and unasked lines of a help-channel log (a package named in a later answer, a download size beside another); four of them questions the files do not answer (a cell number where the signature gives phone and fax, a price the order mail never gives beside an older order's price, a post the announcement says is still being filled, a memory size nobody mentions), each with a look-alike nearby; written before ask was run on it, run once (--batches dj)",
  ],
  [
    'dk',
    "hundred-and-sixth batch: over unasked passages of documents (a value in a sheet by its row and column labels in two workbooks, a figure in a Spanish report and a date in the header of an Arabic one, both asked in English, an anniversary in a Russian calendar of dates asked in Russian, the eco-labels a German slide tells buyers to look for, the name of a letter's writer in a journal's contents, an airport by its code), over the next occurrence of a series that skips Sundays, the end time of an appointment in an undefined time zone, the attendee of a game beside its organizer, and the start time of a moved occurrence, and over messaging IDs and an email address among look-alike fields of one card and an anniversary on the right one of two similar cards; four of them questions the files do not answer (a table row between two that exist, a yearly figure the deck gives only for another year, a place the event lacks, a job title the card lacks), each with a look-alike nearby; written before ask was run on it, run once (--batches dk)",
  ],
  [
    'dl',
    "hundred-and-seventh batch, in the proportions and wording of the dev set (plain questions with their own now, some asked as the mailbox's owner): over unused messages of two sent folders, two sent-items folders, two inboxes, a deleted-items folder, a personal folder and an old inbox (the room of a meeting notice beside the sender's extension, the day and hour I proposed instead of a booked meeting, a direct number among toll-free and fax numbers in a signature, a deadline set for signed-off plans, the place and hour of a meeting in a confirmation and the quoted reminder, what an assistant asked to order when the first choice was sold out, how far under a plan a count really is beside the figure shown, the name of an attached file, the price of one of two suites in a travel quote, a sum I named beside a loan amount, the engineer named beside the architect, why I said a trainee should not move to another group, a penalty named in a quoted warning, a phone number among colleagues' numbers) and unasked lines of a help-channel log (a package suggested beside another, the library blamed for extra dependencies); four of them questions the files do not answer (the room of a moved meeting where only a floor is asked for, the rates of a resort the quote leaves out, a limit the warning never states, a terminal program a speaker never names), each with a look-alike nearby; written before ask was run on it, run once (--batches dl)",
  ],
  [
    'dm',
    "hundred-and-eighth batch: over unasked passages of documents (the goals a team received in one game of a results sheet, found by its date and opponent, the hour of a stadium inspection in a French report's table asked in English, the maximum points of a section in a Japanese scoring table, the year a person qualified as a lecturer in a German journal, the municipalities a Spanish report gives as examples asked in English, an example on an Indonesian slide), over the next meeting with an organizer after an extra date just past, the next of a series of dated periods, and the organizer of a weekday series among attendees with look-alike addresses, and over a blog beside other web pages, a related name and a main number among look-alike fields of the right card, and over unasked lines of four help-channel and meeting logs (who was to drive a vote, the method a speaker pointed to beside two others, the package to install before compiling, what a helper said to do about a noise); four of them questions the files do not answer (a home game where only an away game exists, a father the journal never names, a place the event lacks, a messaging ID the card lacks but another card has), each with a look-alike nearby; written before ask was run on it, run once (--batches dm)",
  ],
  [
    'dn',
    "hundred-and-ninth batch, in the proportions and wording of the dev set (plain questions with their own now, some asked as the mailbox's owner): over unused messages of a deleted-items folder, two sent-items folders and a calendar folder (the room and hour of a meeting in a reminder's body, a risk figure beside its limit in a forwarded table, a due date asked about in a personal line, an amount at issue beside a due date, a readiness date beside a notice period, why an interview was to be delayed in a quoted reply, the room of a kickoff, the value of one deal beside another deal's, a go-live date among other important dates, what I asked for besides a forwarded report, the hour I asked to move a meeting to, a price beside an income figure in a forwarded note, the date of a meeting beside an older one on the same subject, an hour and a length from scheduling notes); four of them questions the files do not answer (a limit the table has no row for, the version of the old system where only the new one is named, a unit count the note leaves to an attachment, a room nobody has booked yet), each with a look-alike nearby; written before ask was run on it, run once (--batches dn)",
  ],
  [
    'do',
    "hundred-and-tenth batch: over unasked passages of documents (a fine by division in a French league bulletin and the stadium of its referees' test, both asked in English, a tax rate in two workbook tables by rate, household, earnings and year, what a slide deck says a benchmark project is, the context class an exporter creates in a design document, an airport code beside a look-alike name), over the next occurrence of a weekly series with an end date, a detail only in a concert's description, and the address an email reminder goes to, over a referrer, a labelled number and the city of an other address among look-alike fields of two cards, and over unasked lines of a payments help channel and a team meeting log (the endpoint to call for each account, the account ID wrongly passed, who fixed an action item); four of them questions the files do not answer (a fine the bulletin never sets, a place the event lacks, a messaging ID the card lacks but another card has, an API version a speaker never gives beside a library version), each with a look-alike nearby; written before ask was run on it, run once (--batches do)",
  ],
  [
    'dp',
    "hundred-and-eleventh batch, in the proportions and wording of the dev set (plain questions with their own now, some asked as the mailbox's owner): over unused messages of two sent folders, a sent-items folder, a deleted-items folder, a calendar folder and an inbox (a phone number beside a fax number, the room of a meeting in a forwarded notice, a weekly rent beside a deposit in a forwarded note, a sum in a one-line summary, the technician an order was assigned to, the cost of a buyout beside a larger loss, the room of a meeting, the hour of a follow-up meeting beside another meeting that day, my slot in a visitor's agenda, the room of a continued meeting, my account among a colleague's in a quoted reply, why a value was adjusted and the net value in a forwarded breakdown, a margin for a number of contracts beside the margin per contract in a quoted note, the place of a de-brief, where a sender did a race beside an earlier race); four of them questions the files do not answer (a cell number where only a phone and a fax number are given, the hour of a meeting whose notice gives only day and room, my room where only the others' room is given, a finishing time never stated), each with a look-alike nearby; written before ask was run on it, run once (--batches dp)",
  ],
  [
    'dq',
    "hundred-and-twelfth batch: over unasked passages of documents (a cup result in a results sheet found by opponent and competition, a tax liability in a budget table by household, rate and income, the element a design document names for first page headers, a share of sale proceeds in a Spanish report asked in English, a count of laws in the same report asked in Spanish, the director of a film named in a German journal asked in English, a bank's monthly figure in a Chinese table), over the occurrence of a fortnightly series on a weekday that depends on the week start, whom an attendee delegated to, and a busy period in a free/busy list, over a related name, a messaging ID and an email address among look-alike fields of two cards, and over unasked lines of a language help channel and a help-channel log (the board a book requires, the command to show one's shell, the link a helper found); four of them questions the files do not answer (a share of proceeds the report never gives, an organizer the event lacks, a messaging ID the card lacks but a look-alike card has, a service nobody recommends), each with a look-alike nearby; written before ask was run on it, run once (--batches dq)",
  ],
  [
    'dr',
    "hundred-and-thirteenth batch, in the proportions and wording of the dev set (plain questions with their own now, some asked as the mailbox's owner): over unused messages of two sent folders, two sent-items folders and a deleted-items folder (a present value beside other values and offers in a forwarded price note, a desk risk reduction beside another in a forwarded note, a passcode beside a call-in number, the day and hour of a forwarded meeting notice, the room of a forwarded invitation, a loan rate among other business points in my own mail, a moving date in a forwarded request, a phone number at the foot of a twice-forwarded note, a direct line beside a full number and an extension, the room of a forwarded appointment, a net sum in dollars beside the same sum in another currency, who was assigned to a desk beside others named, why a candidate called off an interview, why I held off on a contract, an extension in a forwarded notice, the day and hour of a meeting in a quoted reply); four of them questions the files do not answer (a fax number where only a phone is given, a unit price where only a discount and totals are given, a head count given only for another desk, a count of interviewers given only for another day), each with a look-alike nearby; written before ask was run on it, run once (--batches dr)",
  ],
  [
    'ds',
    "hundred-and-fourteenth batch: over unasked passages of documents (what an author of a German journal says a psychiatrist sees as the main cause of mental illness, the time to lease property without a tender in a Russian regulation, how many times more the richest districts spend than the poorest in a Spanish report and the size of a council in an Arabic report, all asked in English, a sheet's obligation found by income and number of children, a vehicle count beside another in a report, the log analysis tool of a slide deck), over busy periods of an attendee in a free/busy reply, the length of an unavailable period among busy and free ones, and whom an attendee delegated to, over a related name, a messaging ID and a postal code among look-alike fields of two cards, and over unasked lines of a language help channel (the tool a helper pointed to, the issue linked about limiting errors, the crate recommended for linked structures); four of them questions the files do not answer (a cut point value the report never gives, a delegate an attendee lacks, a relation the card lacks but another card has, an invite nobody gives), each with a look-alike nearby; written before ask was run on it, run once (--batches ds)",
  ],
  [
    'dt',
    "hundred-and-fifteenth batch, all mail in the proportions and wording of the dev set (plain questions with their own now, most asked as the mailbox's owner): over unasked messages of two deleted-items folders, a sent folder, a sent-items folder, an inbox and a calendar folder (a forecast total and one project's margin among other totals of an update, the room of a meeting after a room change and the day and hour after a cancellation, a weekly dial-in code that changes each week, a cash equity figure and a rent per bedroom among a lender's figures, a lender's phone number, a meeting room beside another meeting's undecided place, the reason I gave for moving a meeting, whom I named for a title among colleagues, a deal's value against the part given away, one day's trade count in a list of days, one unit's slot in a schedule of reviews, the capacity owned against the capacity offered, a sale date beside the notice date); four of them questions the files do not answer (a place still to be decided, a fax number a signature lacks, a price a sale notice lacks, a haircut named without a size), each with a look-alike nearby; written before ask was run on it, run once (--batches dt)",
  ],
  [
    'du',
    "hundred-and-sixteenth batch: over unasked passages of documents (a share in an Arabic report's table whose column header spans two rows, a proposed tax exemption limit in a Spanish report, the share of phones made in one country in a German deck, a writer's anniversary under a month row of a Russian calendar of dates, all asked in English, a category's revenue in a workbook with pivot sheets, two limits in a housing chapter), over the groups an attendee is a member of, what falls on a day added by an extra date of a monthly series, and an event's start in UTC, over a related name, a labelled web page and a phonetic name among look-alike fields of two cards, and over unasked lines of a meeting channel and a help channel (the mailing list proposed for sharing practice, who pointed out a clause, the shell suggested on one system); four of them questions the files do not answer (a cost for a year the workbook lacks, groups of an attendee who has none, a messaging ID the card lacks but another card has, an address nobody gives), each with a look-alike nearby; written before ask was run on it, run once (--batches du)",
  ],
  [
    'dv',
    "hundred-and-seventeenth batch, all mail in the proportions and wording of the dev set (plain questions with their own now, most asked as the mailbox's owner): over unasked messages of a personal folder, two deleted-items folders and two sent-items folders (a fax number beside two phone numbers, a return date beside an appraisal date and a vacation, a personal exemption beside its current value and a spousal amount, a foreign content limit for one year among those of other years, one adjustment among four and their total, the day and hour of one of two forwarded broadcasts, why a deal lost money in a quoted explanation beside two other deals, a customer count and a comment deadline in a forwarded note, a payout in a forwarded news story beside larger and yearly sums, whom I asked to take a role, a sale price beside a market value, whom I picked from a list of nominees, the value a transport's worth grew to beside its earlier value, the day and hour of a preview beside a delivery time, a number someone asked to be called at in a quoted reply); four of them questions the files do not answer (a price still to come, a customer count given only for the buyer, a cell number a signature lacks, a phone number of a person only named), each with a look-alike nearby; written before ask was run on it, run once (--batches dv)",
  ],
  [
    'dw',
    "hundred-and-eighteenth batch: over unasked passages of documents (the speaker notes of one of three slides with the same title, a factor found by year and column label in a workbook summary, the date format a manuscript template asks for, a student's birth date in an Indonesian deck and the city of a first heart transplant in a German journal's footnote, both asked in English, a balance found by account and year in a slide table, the notes of a slide beside other slides' notes), over an event's start in UTC given in a prefixed zone name, the next occurrence of a weekly series after two excluded dates, and when I next meet an attendee, over a floor in a home address, the country of a home address and the country of a work address among look-alike fields of two cards, and over unasked lines of a language help channel (what a helper said was missing from a match, the link given for writing futures, when tail calls are optimised according to a helper); four of them questions the files do not answer (a length limit the template never sets, a decline where the one attendee accepted, a home phone a card lacks beside its home web page and work numbers, a version a speaker never gives beside others' versions), each with a look-alike nearby; written before ask was run on it, run once (--batches dw)",
  ],
  [
    'dx',
    "hundred-and-nineteenth batch, all mail in the proportions and wording of the dev set (plain questions with their own now, asked as the mailbox's owner): over unasked messages of an inbox, a deleted-items folder, a personal folder and a sent folder (a rent per square foot among four sites' rents, a move-in date beside lease dates, why I said to stay put in my reply quoted under an answer, who holds a call on a floor beside another tenant, a margin payment among margin triggers, whom two people spoke with in a proposal's opening, how much of a credit line is used beside its size and a like-sized pre-pay, a probability among three, an impact in a corrected message beside the first message's figure, a funding date, one price among nine bookout prices, a net buyout among seven sums in a forwarded letter, a reply deadline, why I think a fee is not owed, a sale price beside the peak, a home number beside a cell number); four of them questions the files do not answer (a head count for a site never given beside other sites' head counts, when one of four items is available where only the other three say, a year past the listed years, a work number a signature lacks beside its cell and home numbers), each with a look-alike nearby; written before ask was run on it, run once (--batches dx)",
  ],
  [
    'dy',
    "hundred-and-twentieth batch: over unasked passages of documents (the limits a slide list calls important, the good access-control line of a slide, a count found by year and kind in a table of an Arabic report, a computer's lifetime in a German deck and the period in an Arabic table caption, both asked in English, the year of an ordinance in a German deck, the last step of a numbered sizing list), over an all-day event asked by its day, a weekly all-day series asked on a later Saturday, the end of an event in a zero-offset zone, over a home state and a work postal code among look-alike address fields of one card and the country of an office address, and over unasked lines of a project meeting log (what an image is made of, the packages given as updates that need no new boot image, the place suggested for publishing image updates); four of them questions the files do not answer (a number the deck never sets for a named limit, attendees of an event that has only an organizer, a job title a card lacks beside its organisation, an image id never given beside a description of such ids), each with a look-alike nearby; written before ask was run on it, run once (--batches dy)",
  ],
  [
    'dz',
    "hundred-and-twenty-first batch, all mail in the proportions and wording of the dev set (plain questions with their own now, asked as the mailbox's owner): over unasked messages of two inboxes, a sent folder, a deleted-items folder, a personal folder, a calendar-notice folder and an old inbox (a renewal share beside lease terms in a reply that answers my quoted doubts, the town of an added listing, why I declined in my reply quoted under the answer, a land price per square foot among rents, a unit count, an equity sum, an organisation named only in a signature, an arbitration's dates in a quoted earlier message, an original cost among a deficit and a claim, a lawyer beside the holder who spoke first, a cell number beside office and home numbers of two contacts in a forwarded list, the contact of one of two firms, a value wanted in a note forwarded inside a scheduling note beside the model's and a bidder's values, a meeting time beside forwarding times, a home number beside a work number and a postal code, why someone was not pursued); four of them questions the files do not answer (a cap rate described but never given, a rent for a site that has only demographics beside another site's rents, a fee said to be unknown, an answer to a question never answered), each with a look-alike nearby; written before ask was run on it, run once (--batches dz)",
  ],
  [
    'ea',
    "hundred-and-twenty-second batch: over unasked passages of documents (when a written request is registered under a numbered clause of a Russian regulation, until when exceptional cases are handled through a named system on a bullet of a French deck, a rucksack factor of one material on a German slide, how long parks took to be built in a Spanish report and the register a nurse must be entered in under a numbered point of a Polish act, all asked in English, a tax rate found by its block, row and year column, the factor a numbered method step multiplies by), over the next weekday meeting with an organizer after a week's last one, an all-day weekly series asked on one of its last days and a yearly event's start in UTC from a fixed-offset zone, over a work street, a custom web page and a PO box among look-alike fields of two cards, and over unasked lines of a help channel and a language channel (the commands given two lines below a question, a length a speaker corrected, the value kinds a speaker lists before a corrected line); four of them questions the files do not answer (a factor the slide gives only for other materials, a place only a moved instance has, a work phone a card lacks beside its work fax, a fix nobody gives), each with a look-alike nearby; written before ask was run on it, run once (--batches ea)",
  ],
  [
    'eb',
    "hundred-and-twenty-third batch: over unasked lines of a help channel, a project meeting channel and a payments channel (a tool named four minutes and many lines below the question, a card model in a reply that only says yes under the question, the bug a speaker meant after correcting its number, the second half of a criterion a speaker corrected, the remix a speaker meant after correcting himself, the date a board reached agreement, a turnaround time given under a question and its one-word correction, what was said about doing something on another account's behalf), over a weekly two-day series asked on a day beside cancelled ones, a weekly lesson's start in UTC from a fixed-offset zone, an all-day daily series asked on a weekend, a meeting link on a day beside a cancelled one and a link-less series the same day, the next meeting with an organizer before a series' end, and a daily start in UTC, over a partner beside a domestic partner and a spouse, and a building within a home address; four of them questions the files do not answer (a purchase never decided, a reply time never given, a next meeting after a series ended, a relation a card lacks), each with a look-alike nearby; written before ask was run on it, run once (--batches eb)",
  ],
  [
    'ec',
    "hundred-and-twenty-fourth batch: over unasked passages of English documents (the size limit of a larger unit beside a smaller one's in a city chapter and the date a short-term rental exception counts back from, the date of a cited report, an approximate record count among other counts and what an abbreviation stands for in a roadside emissions report, what a negative margin means and what happens to an ignored header in a header and footer design note, a cost found by its category row and year in a workbook, a board member's role on a slide) and over unasked messages of a sent folder (a placement quoted under a forward, a decision date in a quoted notice, who reported a filing two levels down a forward, a minister's role in a forwarded note, an interview room, an approximate count of prices to be made, who left a copy of a contract in a quoted reply); four of them questions the files do not answer (a test case for a bottom margin beside one for a top margin, the role of a position the next year's slide omits, an interviewer missing from a schedule, a start date never given), each with a look-alike nearby; written before ask was run on it, run once (--batches ec)",
  ],
  [
    'ed',
    "hundred-and-twenty-fifth batch, mostly mail in the proportions and wording of the dev set (plain questions with their own now, asked as the mailbox's owner): over unasked messages of two inboxes, an old inbox, a personal folder and a sent folder (a site visit's date among other dates of an update, a count needed beside a count of stories, a notional value in a letter, a sign-on amount among approved levels in a committee note, a phone number to call, who sent a contact list, what a meeting was about, the room I told someone to use beside the room of the quoted notice, a deadline beside the one it replaced, an extension beside a call centre number, a portfolio's size, what I asked someone to do) and over unasked passages of two English documents (what a study is stratified by, a drug's brand in an arm, the stream a class creates, a subclass's name); four of them questions the files do not answer (a pager number a notice leaves blank, a purchase agreement never signed beside a confidentiality agreement that was, a yield only in an attachment, a cut-off the study design never gives), each with a look-alike nearby; written before ask was run on it, run once (--batches ed)",
  ],
  [
    'ee',
    "hundred-and-twenty-sixth batch: over unasked passages of documents asked in English (the number an application must give besides a tax number under a numbered article of a Polish act, the copies per issue a Japanese call for proposals budgets and the issue its publication begins with), over a weekly event's start in UTC after a summer-time change, the end of a floating-time weekly call on one of its days, the end of a game in UTC beside a reply without an end, the length of a monthly event, how often an all-day series repeats, over an office suite, a home city and a relative among look-alike fields of three cards, and over unasked lines of a help channel (a version a speaker corrected, the browser given in a reply under a question, the desktops one speaker lists beside another's list, a version two sources share, the package suggested for reinstalling); four of them questions the files do not answer (an insurance sum the act only refers to, a time on a cancelled day of a weekly series, a home address a card lacks beside its home page, a fix nobody gives), each with a look-alike nearby; written before ask was run on it, run once (--batches ee)",
  ],
];
for (const [letter, about] of FRESH_BATCHES)
  table(
    `Fresh questions, ${about.replace(/^([\w-]+ batch)/, `$1 (${letter}-…)`)}`,
    fresh.filter((q) => q.id.startsWith(`${letter}-`)),
  );
console.log(
  `\n(${questions.length} questions asked in one ask --batch run: ${askSeconds.toFixed(1)} s; "right" counts no-answer questions answered found: false)`,
);

if (flags.show) {
  for (const q of questions) {
    const a = answers.get(q.id);
    const ok = score(q, a, empty());
    console.log(`\n${ok ? 'OK ' : 'BAD'} ${q.id} [${q.kind}] ${q.question} (now ${q.now})`);
    console.log(
      `    want: ${q.no_answer ? '(no answer)' : q.answer.map((g) => g[0]).join(' + ')} in ${q.source.file}`,
    );
    console.log(`    got : ${a?.found ? '' : '(not found) '}${(a?.answer ?? '(none)').slice(0, 400)}`);
    console.log(`    cite: ${(a?.citations ?? []).map((c) => relative(CORPUS, c.path)).join(', ')}`);
  }
}

if (!flags['no-latency']) await latency();

/** p95 time of ask per question on a 10,000-message synthetic mail index; search alone is the peer. */
async function latency(): Promise<void> {
  const MESSAGES = Number(process.env.OFFICEMATE_BENCH_MESSAGES ?? 10_000);
  const SYLLABLES = 'ka lo mi ne ra to shi vu pel dri no su gar bex tin mor ali quo zen fa rum het'.split(
    ' ',
  );
  const PEOPLE = ['Ana Ruiz', 'Chen Wei', 'Lars Berg', 'Priya Nair', 'Daniel Okoro', 'Mia Svensson'];
  const words = vocabulary(20_000, SYLLABLES);
  const next = seededRandom(11);
  const sample = zipfSampler(words.length, next);
  const word = () => words[sample()] ?? 'ka';
  const sentence = () => {
    const body = Array.from({ length: 6 + Math.floor(next() * 14) }, word).join(' ');
    return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
  };
  const address = (name: string) => `${name.toLowerCase().replace(' ', '.')}@example.com`;
  const work = join(tmpdir(), `officemate-workspace-qa-${process.pid}`);
  mkdirSync(work, { recursive: true });
  try {
    const index = await openIndex(join(work, 'index.db'));
    const perFile = 1000;
    for (let start = 0; start < MESSAGES; start += perFile) {
      const drafts: ChunkDraft[] = [];
      for (let offset = 0; offset < perFile; offset++) {
        const from = PEOPLE[Math.floor(next() * PEOPLE.length)] ?? 'Ana Ruiz';
        const to = PEOPLE[Math.floor(next() * PEOPLE.length)] ?? 'Chen Wei';
        const date = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 430 * 24) * 3_600_000).toISOString();
        drafts.push({
          type: 'email',
          title: `${word()} ${word()} ${word()}`,
          text: Array.from({ length: 3 + Math.floor(next() * 8) }, sentence).join(' '),
          locator: { messageId: `<m${start + offset + 1}@example.com>` },
          people: [
            { name: from, address: address(from), role: 'from' },
            { name: to, address: address(to), role: 'to' },
          ],
          date,
          data: {
            from: { name: from, address: address(from) },
            to: [{ name: to, address: address(to) }],
            date,
          },
        });
      }
      await writeChunks(
        index.store,
        syntheticFile(`/synthetic/mail-${start / perFile}.mbox`, String(start)),
        drafts,
      );
    }
    // The store keeps the people table with each file written.
    const now = new Date('2026-03-12T09:00:00Z');
    const pick = () => words[Math.min(words.length - 1, 20 + sample())] ?? 'ka';
    const person = () => PEOPLE[Math.floor(next() * PEOPLE.length)] ?? 'Ana Ruiz';
    const frames = [
      () => `What did ${person().split(' ')[0]} send me about the ${pick()} ${pick()}?`,
      () => `How much is the ${pick()} ${pick()}?`,
      () => `When is the ${pick()} ${pick()} due?`,
      () => `Who asked about ${pick()} last week?`,
      () => `What was decided about ${pick()} ${pick()} on November 16?`,
      () => `What did I miss since Monday?`,
      () => `Where is the ${pick()} meeting next Tuesday?`,
    ];
    const asked = Array.from({ length: 105 }, (_, i) => (frames[i % frames.length] ?? frames[0]!)());
    const askTimes: number[] = [];
    const searchTimes: number[] = [];
    for (const [i, question] of asked.entries()) {
      const t0 = performance.now();
      await askQuestion(index, question, { now, asUser: 'bench' });
      const t1 = performance.now();
      await search(index, { query: question, k: 8, now, filters: { asUser: 'bench' } });
      const t2 = performance.now();
      if (process.env.OFFICEMATE_BENCH_TRACE) console.error(`${(t1 - t0).toFixed(0)} ms  ${question}`);
      if (i >= 5) {
        askTimes.push(t1 - t0);
        searchTimes.push(t2 - t1);
      }
    }
    await index.close();
    const p = (times: number[], q: number) => {
      const sorted = [...times].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.ceil((q / 100) * sorted.length) - 1)] ?? 0;
    };
    console.log(
      `\nTime per question, ${MESSAGES.toLocaleString('en')} synthetic messages, ${askTimes.length} questions after 5 warm-up, builtin engine\n`,
    );
    console.log('| step | p50 ms | p95 ms |');
    console.log('|---|---|---|');
    console.log(
      `| search (k = 8, peer) | ${p(searchTimes, 50).toFixed(0)} | ${p(searchTimes, 95).toFixed(0)} |`,
    );
    console.log(`| ask, whole answer | ${p(askTimes, 50).toFixed(0)} | ${p(askTimes, 95).toFixed(0)} |`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
