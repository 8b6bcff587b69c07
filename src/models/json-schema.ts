/**
 * @module json-schema
 * A small, dependency-free validator for the JSON Schema subset structured output uses
 * (type, properties, required, additionalProperties, items, enum, const, anyOf/oneOf,
 * min/max length, items and values). Unknown keywords are ignored, as the spec allows.
 * Returns the first problems found, as paths a model can act on in a repair prompt.
 */
import type { JsonSchema } from './language-model.ts';

export type SchemaProblem = { readonly path: string; readonly message: string };

const MAX_PROBLEMS = 5;

/** Validates `value` against `schema`; an empty list means it conforms. */
export function validateJsonSchema(value: unknown, schema: JsonSchema): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  check(value, schema, '$', problems);
  return problems.slice(0, MAX_PROBLEMS);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function check(value: unknown, schema: JsonSchema, path: string, problems: SchemaProblem[]): void {
  if (problems.length >= MAX_PROBLEMS) return;
  const add = (message: string) => problems.push({ path, message });
  const anyOf = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(anyOf)) {
    const fits = anyOf.some((option) => validateJsonSchema(value, option).length === 0);
    if (!fits) add('matches none of the allowed shapes');
    return;
  }
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) {
    add(`must be ${JSON.stringify(schema.const)}`);
    return;
  }
  if (
    Array.isArray(schema.enum) &&
    !schema.enum.some((option) => JSON.stringify(option) === JSON.stringify(value))
  ) {
    add(`must be one of ${schema.enum.map((option) => JSON.stringify(option)).join(', ')}`);
    return;
  }
  const types =
    schema.type === undefined
      ? []
      : Array.isArray(schema.type)
        ? (schema.type as string[])
        : [schema.type as string];
  if (types.length > 0 && !types.some((type) => matchesType(value, type))) {
    add(`must be ${types.join(' or ')}, not ${typeOf(value)}`);
    return;
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      add(`must have at least ${schema.minLength} characters`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
      add(`must have at most ${schema.maxLength} characters`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      add(`must be at least ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      add(`must be at most ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      add(`must have at least ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      add(`must have at most ${schema.maxItems} items`);
    const items = schema.items as JsonSchema | undefined;
    if (items && typeof items === 'object') {
      for (const [index, item] of value.entries()) check(item, items, `${path}[${index}]`, problems);
    }
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const key of (schema.required ?? []) as string[]) {
      if (!(key in record)) problems.push({ path: `${path}.${key}`, message: 'is required' });
    }
    for (const [key, item] of Object.entries(record)) {
      const propertySchema = properties[key];
      if (propertySchema) check(item, propertySchema, `${path}.${key}`, problems);
      else if (schema.additionalProperties === false)
        problems.push({ path: `${path}.${key}`, message: 'is not allowed' });
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        check(item, schema.additionalProperties as JsonSchema, `${path}.${key}`, problems);
      }
    }
  }
}
