import { describe, expect, it } from 'vitest';
import { validateJsonSchema } from './json-schema.ts';

const schema = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1 },
    age: { type: 'integer', minimum: 0 },
    tags: { type: 'array', items: { enum: ['a', 'b'] }, maxItems: 2 },
    note: { anyOf: [{ type: 'string' }, { type: 'null' }] },
  },
  required: ['name', 'age'],
  additionalProperties: false,
};

describe('validateJsonSchema', () => {
  it('accepts a conforming value', () => {
    expect(validateJsonSchema({ name: 'x', age: 3, tags: ['a'], note: null }, schema)).toEqual([]);
  });

  it('reports problems with paths a repair prompt can use', () => {
    const problems = validateJsonSchema({ age: 1.5, tags: ['c', 'a', 'b'], extra: 1, note: 2 }, schema).map(
      (problem) => `${problem.path} ${problem.message}`,
    );
    expect(problems).toEqual([
      '$.name is required',
      '$.age must be integer, not number',
      '$.tags must have at most 2 items',
      '$.tags[0] must be one of "a", "b"',
      '$.extra is not allowed',
    ]);
    expect(validateJsonSchema('x', { type: 'object' })[0]?.message).toBe('must be object, not string');
  });
});
