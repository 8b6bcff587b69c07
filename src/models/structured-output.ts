/**
 * @module structured-output
 * JSON output: turning a request's schema into JSON Schema for the engine, parsing the
 * model's text and validating it (zod `safeParse`, or our JSON Schema validator), and the
 * repair message sent once when the first answer does not validate.
 */
import { z } from 'zod';
import { appError } from '../lib/errors.ts';
import { failure, type Result, success } from '../lib/result.ts';
import { validateJsonSchema } from './json-schema.ts';
import { type ChatMessage, isZodSchema, type JsonSchema, type ResponseFormat } from './language-model.ts';

/** The JSON Schema an engine constrains decoding with (zod types are converted). */
export function toJsonSchema(format: ResponseFormat): JsonSchema {
  if (!isZodSchema(format.schema)) return format.schema;
  const { $schema: _ignored, ...schema } = z.toJSONSchema(format.schema, {
    target: 'draft-2020-12',
    io: 'output',
  }) as Record<string, unknown>;
  return schema;
}

/** Removes a Markdown code fence and surrounding prose some models wrap JSON in. */
export function extractJsonText(text: string): string {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  const body = (fenced?.[1] ?? text).trim();
  if (body.startsWith('{') || body.startsWith('[')) return body;
  const start = body.search(/[[{]/);
  return start >= 0 ? body.slice(start) : body;
}

/** Parses and validates model text; the failure message is written for a repair prompt. */
export function parseStructuredOutput(text: string, format: ResponseFormat, engine: string): Result<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(extractJsonText(text));
  } catch (thrown) {
    return failure(
      appError(
        'model_output_invalid',
        `The ${engine} model did not return valid JSON: ${(thrown as Error).message}.`,
        {
          hint: 'Use a larger or instruction-tuned model, or an engine that supports constrained JSON output.',
        },
      ),
    );
  }
  if (isZodSchema(format.schema)) {
    const parsed = format.schema.safeParse(value);
    if (parsed.success) return success(parsed.data);
    const details = parsed.error.issues
      .slice(0, 5)
      .map(
        (issue) =>
          `$${issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('')} ${issue.message}`,
      );
    return failure(invalidShape(engine, details));
  }
  const problems = validateJsonSchema(value, format.schema);
  if (problems.length === 0) return success(value);
  return failure(
    invalidShape(
      engine,
      problems.map((problem) => `${problem.path} ${problem.message}`),
    ),
  );
}

function invalidShape(engine: string, details: string[]) {
  return appError(
    'model_output_invalid',
    `The ${engine} model returned JSON that does not match the schema: ${details.join('; ')}.`,
    {
      hint: 'Use a larger or instruction-tuned model, or an engine that supports constrained JSON output.',
    },
  );
}

/** The two messages appended for the single repair retry. */
export function repairMessages(previousText: string, problem: string, schema: JsonSchema): ChatMessage[] {
  return [
    { role: 'assistant', content: previousText },
    {
      role: 'user',
      content: `That reply was rejected: ${problem}\nReply again with only one JSON value that matches this JSON Schema, and nothing else:\n${JSON.stringify(schema)}`,
    },
  ];
}
