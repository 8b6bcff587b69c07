/**
 * @module commands
 * The explicit list of CLI commands. Each loads lazily, so `officemate --help` and small
 * commands start fast.
 */
import type { Command } from '../command.ts';

type CommandLoader = () => Promise<Command>;

/** A command: its one-line summary, its module (loaded only when it runs) and the skill it adapts. */
export type CommandEntry = {
  readonly summary: string;
  readonly load: CommandLoader;
  readonly skill?: string;
};

export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  convert: {
    summary: 'Read any supported file and print it as Markdown or JSON',
    load: async () => (await import('./convert.ts')).convertCommand,
  },
  index: {
    summary: 'Add or refresh sources in the index',
    load: async () => (await import('./index-command.ts')).indexCommand,
  },
  search: {
    skill: 'search',
    summary: 'Search the index',
    load: async () => (await import('./search.ts')).searchCommand,
  },
  ask: {
    skill: 'ask',
    summary: 'Ask a question across your work, with citations',
    load: async () => (await import('./ask.ts')).askCommand,
  },
  recap: {
    skill: 'recap',
    summary: 'Recap a meeting transcript: summary, decisions, action items',
    load: async () => (await import('./recap.ts')).recapCommand,
  },
  deck: {
    skill: 'deck',
    summary: 'Turn a document into a PowerPoint deck',
    load: async () => (await import('./deck.ts')).deckCommand,
  },
  'deck style': {
    skill: 'deck-style',
    summary: 'Add transitions and animations to an existing deck',
    load: async () => (await import('./deck-style.ts')).deckStyleCommand,
  },
  analyze: {
    skill: 'analyze',
    summary: 'Spreadsheet insights and questions over tables',
    load: async () => (await import('./analyze.ts')).analyzeCommand,
  },
  draft: {
    skill: 'draft',
    summary: 'Draft a Word document from a prompt and reference files',
    load: async () => (await import('./draft.ts')).draftCommand,
  },
  summarize: {
    skill: 'summarize',
    summary: 'Summarize any readable file',
    load: async () => (await import('./summarize.ts')).summarizeCommand,
  },
  rewrite: {
    skill: 'rewrite',
    summary: 'Rewrite a document shorter, simpler or in another tone',
    load: async () => (await import('./rewrite.ts')).rewriteCommand,
  },
  'mail threads': {
    skill: 'mail-threads',
    summary: 'Rebuild mail conversations',
    load: async () => (await import('./mail-threads.ts')).mailThreadsCommand,
  },
  'mail summarize': {
    skill: 'mail-summarize',
    summary: 'Summarize a mail thread',
    load: async () => (await import('./mail-summarize.ts')).mailSummarizeCommand,
  },
  'mail reply': {
    skill: 'mail-reply',
    summary: 'Draft a reply to a thread as .eml',
    load: async () => (await import('./mail-reply.ts')).mailReplyCommand,
  },
  'mail triage': {
    skill: 'mail-triage',
    summary: 'Label threads: needs reply, waiting, FYI, newsletter',
    load: async () => (await import('./mail-triage.ts')).mailTriageCommand,
  },
  'mail schedule': {
    skill: 'mail-schedule',
    summary: 'Find meeting times common to all attendees',
    load: async () => (await import('./mail-schedule.ts')).mailScheduleCommand,
  },
  'users add': {
    summary: 'Add a user account for the server',
    load: async () => (await import('./users-add.ts')).usersAddCommand,
  },
  usage: {
    summary: 'Report metered tokens, time and cost',
    load: async () => (await import('./usage.ts')).usageCommand,
  },
  models: {
    summary: 'List configured engines and whether each is reachable',
    load: async () => (await import('./models.ts')).modelsCommand,
  },
  generate: {
    summary: 'One raw model call through the configured engine',
    load: async () => (await import('./generate.ts')).generateCommand,
  },
  serve: {
    summary: 'Serve the web app, the JSON API and an OpenAI-compatible /v1',
    load: async () => (await import('./serve.ts')).serveCommand,
  },
  mcp: {
    summary: 'Serve the skills as MCP tools and your files as resources, over stdio',
    load: async () => (await import('./mcp.ts')).mcpCommand,
  },
  demo: {
    summary: 'Run the main job on the bundled sample workspace',
    load: async () => (await import('./demo.ts')).demoCommand,
  },
};
