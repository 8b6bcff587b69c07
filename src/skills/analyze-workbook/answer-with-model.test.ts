import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { csvToWorkbook, decodeText } from '../../formats/csv/read-csv.ts';
import { configuredModelAt } from '../../models/testing/configured-model.ts';
import { hang, type ScriptedServer, startScriptedServer } from '../../models/testing/scripted-http-server.ts';
import { createScriptedLanguageModel } from '../../models/testing/scripted-language-model.ts';
import { answerQuestion } from './answer-question.ts';
import { answerQuestionWithModel, sampleRows } from './answer-with-model.ts';
import type { DataTable } from './data-table.ts';
import { detectTables } from './detect-tables.ts';

const NOW = new Date('2026-03-12T09:00:00Z');
const titanic = (): DataTable =>
  detectTables(
    csvToWorkbook(
      decodeText(readFileSync(join(CORPUS, 'tables', 'dabench', 'tables', 'titanic.csv'))).text,
      'titanic',
    ).sheets[0]!,
  )[0]!;
const table = titanic();
const QUESTION = 'What is the average fare of passengers who embarked at Q?';
const PLAN = {
  filters: [{ column: 'Embarked', op: 'eq', value: 'Q' }],
  groupBy: [],
  aggregate: { fn: 'avg', column: 'Fare' },
  select: [],
};

describe('table questions with a model', () => {
  it('shows column types, category values and rows from the whole table, and runs the plan it gets', async () => {
    const model = createScriptedLanguageModel({ replies: [{ json: PLAN }] });
    const answer = await answerQuestionWithModel(table, QUESTION, model, { now: NOW });
    const [system, user] = model.calls[0]!.messages;
    expect(system?.content).toContain('Today is Thursday, 12 March 2026.');
    expect(system?.content).toContain('Examples:');
    expect(system?.content).toContain('"filters"');
    const block = user?.content ?? '';
    expect(block).toMatch(/- Pclass: category; values: 3, 1, 2/);
    expect(block).toMatch(/- Embarked: category; values: S, C, Q/);
    expect(block).toMatch(/- Fare: number; from 0 to 512\.3292/);
    expect(block).toContain('Table "titanic" on sheet');
    // The question sits after the data, outside it.
    expect(block).toMatch(
      /<\/document>\n\nQuestion: What is the average fare of passengers who embarked at Q\?$/,
    );
    // Rows are drawn from the whole table, not only its top.
    const rows = sampleRows(table, QUESTION);
    expect(Math.max(...rows)).toBeGreaterThan(table.rowNumbers.length / 2);

    expect(answer.engine).toBe('mock');
    expect(answer.warnings).toEqual([]);
    expect(answer.planText).toBe('avg of Fare, where Embarked is "Q"');
    expect(Number(answer.answer[0])).toBeCloseTo(13.28, 2);
  });

  it('falls back to the builtin parser, with a warning, on an unknown column, an unknown value and invalid JSON', async () => {
    const builtin = answerQuestion(table, QUESTION);
    const unknownColumn = createScriptedLanguageModel({
      replies: [{ json: { ...PLAN, aggregate: { fn: 'avg', column: 'Ticket price' } } }],
    });
    const fromColumn = await answerQuestionWithModel(table, QUESTION, unknownColumn, { now: NOW });
    expect(fromColumn).toMatchObject({ engine: 'builtin', planText: builtin.planText });
    expect(fromColumn.warnings[0]?.message).toMatch(
      /its plan cannot run: The table titanic has no column "Ticket price"; used the builtin question parser\./,
    );

    const unknownValue = createScriptedLanguageModel({
      replies: [{ json: { ...PLAN, filters: [{ column: 'Embarked', op: 'eq', value: 'Queenstown' }] } }],
    });
    const fromValue = await answerQuestionWithModel(table, QUESTION, unknownValue, { now: NOW });
    expect(fromValue.engine).toBe('builtin');
    expect(fromValue.warnings[0]?.message).toMatch(/filters Embarked on "Queenstown", which no cell has/);

    const broken = createScriptedLanguageModel({ replies: ['SELECT AVG(Fare) FROM titanic'] });
    const fromBroken = await answerQuestionWithModel(table, QUESTION, broken, { now: NOW });
    expect(fromBroken.engine).toBe('builtin');
    expect(fromBroken.warnings[0]?.message).toMatch(
      /\(model_output_invalid\); used the builtin question parser/,
    );
  });

  it('falls back on a timeout, and the next question does not wait for the model again', async () => {
    servers.push(await startScriptedServer([hang]));
    const slow = configuredModelAt(servers[0]!.baseUrl, { timeoutMs: 800 });
    const first = await answerQuestionWithModel(table, QUESTION, slow, { now: NOW });
    expect(first.engine).toBe('builtin');
    expect(first.warnings[0]?.message).toMatch(/\(timeout\)/);
    // The circuit is open: the next question gets the builtin answer without a second request.
    const second = await answerQuestionWithModel(table, 'how many passengers survived?', slow, { now: NOW });
    expect(second.engine).toBe('builtin');
    expect(second.warnings[0]?.message).toMatch(/is not used for now: an earlier call failed/);
    expect(servers[0]!.requests).toHaveLength(1);
  });

  it('keeps the table description within a small context', async () => {
    const model = createScriptedLanguageModel({ replies: [{ json: PLAN }] });
    await answerQuestionWithModel(table, QUESTION, model, { now: NOW, contextTokens: 1024 });
    const request = model.calls[0]!;
    const chars = request.messages.reduce((sum, message) => sum + message.content.length, 0);
    expect(chars / 4 + (request.maxTokens ?? 0)).toBeLessThan(1024);
  });
});

const servers: ScriptedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
