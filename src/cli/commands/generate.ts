/**
 * @module generate
 * `officemate generate PROMPT [--schema FILE]`: one raw model call through the configured
 * engine. Prints the text (or the validated JSON object), the engine and the usage; the call
 * is metered as skill "generate".
 */
import { readFileSync } from 'node:fs';
import { fail, OfficemateError } from '../../lib/errors.ts';
import { openCommandModel } from '../../models/create-language-model.ts';
import type { ChatMessage, GenerateRequest, JsonSchema } from '../../models/language-model.ts';
import { integerFlag, requirePositional, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

const USAGE =
  'generate PROMPT [--schema FILE] [--system TEXT] [--max-tokens N] [--temperature T] [--stop S]... [--json]';

function readSchema(path: string): JsonSchema {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return fail('file_not_found', `Cannot read the schema file ${path}.`, {
      path,
      hint: 'Pass the path of a JSON Schema file.',
    });
  }
  try {
    const schema = JSON.parse(text) as unknown;
    if (!schema || typeof schema !== 'object' || Array.isArray(schema)) throw new Error('not an object');
    return schema as JsonSchema;
  } catch (thrown) {
    return fail('file_corrupt', `${path} is not a JSON Schema object (${(thrown as Error).message}).`, {
      path,
      hint: 'Write the schema as a JSON object, e.g. {"type":"object","properties":{...}}.',
    });
  }
}

export const generateCommand: Command = {
  name: 'generate',
  summary: 'One raw model call through the configured engine: prints the text or the validated JSON.',
  usage: USAGE,
  options: {
    schema: { type: 'string' },
    system: { type: 'string' },
    'max-tokens': { type: 'string' },
    temperature: { type: 'string' },
    stop: { type: 'string', multiple: true },
  },
  help: [
    'Flags:',
    '  --schema FILE      constrain the answer to a JSON Schema; prints the validated object',
    '  --system TEXT      a system message',
    '  --max-tokens N     upper bound on generated tokens (default 256)',
    '  --temperature T    0 = greedy (default: the engine default)',
    '  --stop S           a stop sequence (repeatable)',
    '',
    'The engine: --engine builtin|llama-cpp|openai-compatible, --model, --base-url (see docs/models.md).',
    '',
    'Examples:',
    '  officemate generate "Write a haiku about spreadsheets" --engine llama-cpp --model ./model.gguf',
    '  officemate generate "List three colours" --schema colours.schema.json --json',
  ].join('\n'),
  async run(context) {
    const prompt = requirePositional(context, 0, 'PROMPT', USAGE);
    const schemaPath = stringFlag(context, 'schema');
    const schema = schemaPath ? readSchema(schemaPath) : undefined;
    const temperatureFlag = stringFlag(context, 'temperature');
    const temperature = temperatureFlag === undefined ? undefined : Number(temperatureFlag);
    if (temperature !== undefined && (!Number.isFinite(temperature) || temperature < 0 || temperature > 2)) {
      fail('bad_usage', `--temperature must be a number from 0 to 2, not "${temperatureFlag}".`);
    }
    const system = stringFlag(context, 'system');
    const stop = context.values.stop;
    const messages: ChatMessage[] = [
      ...(system ? [{ role: 'system' as const, content: system }] : []),
      { role: 'user', content: prompt },
    ];
    const request: GenerateRequest = {
      messages,
      maxTokens: integerFlag(context, 'max-tokens', { min: 1, max: 32_768 }) ?? 256,
      ...(temperature !== undefined ? { temperature } : {}),
      ...(Array.isArray(stop) && stop.length ? { stop: stop.map(String) } : {}),
      ...(schema ? { responseFormat: { type: 'json' as const, schema } } : {}),
    };

    const session = openCommandModel({ ...context, skill: 'generate' });
    try {
      const result = await session.model.generate(request);
      if (!result.success) throw new OfficemateError(result.error);
      const { data, warnings } = result;
      for (const warning of warnings) context.log(`warning: ${warning.message}`);
      if (context.json) {
        context.outJson({
          ...(schema ? { object: data.object } : { text: data.text }),
          engine: data.engine,
          model: data.modelId,
          finishReason: data.finishReason,
          usage: data.usage,
          timing: data.timing,
          warnings,
        });
      } else {
        context.out(schema ? JSON.stringify(data.object, null, 2) : data.text);
        context.log(
          `${data.engine} ${data.modelId}: ${data.usage.inputTokens} tokens in, ${data.usage.outputTokens} out, ${data.timing.latencyMs} ms, ${data.timing.tokensPerSecond} tok/s`,
        );
      }
      return 0;
    } finally {
      await session.close();
    }
  },
};
