/**
 * @module args
 * Small helpers commands use to read their flags with clear usage errors.
 */
import { fail } from '../lib/errors.ts';
import type { CommandContext } from './command.ts';

export function requirePositional(
  context: CommandContext,
  index: number,
  what: string,
  usage: string,
): string {
  const value = context.positionals[index];
  if (value === undefined || value === '')
    fail('bad_usage', `Missing ${what}.`, { hint: `Usage: officemate ${usage}` });
  return value;
}

export function stringFlag(context: CommandContext, name: string): string | undefined {
  const value = context.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function booleanFlag(context: CommandContext, name: string): boolean {
  return context.values[name] === true;
}

export function listFlag(context: CommandContext, name: string): string[] {
  const value = context.values[name];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value === 'string') return [value];
  return [];
}

export function integerFlag(
  context: CommandContext,
  name: string,
  options: { min?: number; max?: number } = {},
): number | undefined {
  const raw = stringFlag(context, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (
    !Number.isInteger(value) ||
    (options.min !== undefined && value < options.min) ||
    (options.max !== undefined && value > options.max)
  ) {
    const range = [
      options.min !== undefined ? `at least ${options.min}` : '',
      options.max !== undefined ? `at most ${options.max}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    fail('bad_usage', `--${name} must be a whole number${range ? ` ${range}` : ''}, not "${raw}".`);
  }
  return value;
}
