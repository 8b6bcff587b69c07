/**
 * @module file-markdown
 * A file as MCP resource text: read by its reader and written as Markdown.
 */
import { writeMarkdown } from '../formats/markdown/write-markdown.ts';
import { readFile } from '../formats/read-file.ts';
import { OfficemateError } from '../lib/errors.ts';

export async function fileAsMarkdown(path: string, now: Date): Promise<string> {
  const result = await readFile(path, { now });
  if (!result.success) throw new OfficemateError(result.error);
  return writeMarkdown(result.data);
}
