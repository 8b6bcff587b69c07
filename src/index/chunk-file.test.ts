import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../test/helpers/paths.ts';
import { readFile } from '../formats/read-file.ts';
import { chunkFile, chunkUri } from './chunk-file.ts';

describe('chunkFile on a real workbook with cell comments', () => {
  it('makes one chunk per comment, said with its cell and column heading, cited at that cell', async () => {
    const path = join(CORPUS, 'office', 'xlsx', 'phpspreadsheet_issue.2316.xlsx');
    const read = await readFile(path, {});
    if (!read.success) throw new Error(read.error.message);
    const chunks = chunkFile(read.data, path);
    const note = chunks.find((chunk) => chunk.locator.range === 'D1');
    expect(note?.type).toBe('sheet');
    expect(note?.text).toMatch(/^Comment on D1 \(訂單金額\), by jill\.chen: 金額限制：20000元以內/);
    expect(chunkUri(path, note!.locator)).toMatch(/#sheet=Sheet1!D1$/);
    // The cells themselves are still one chunk of rows.
    expect(chunks.filter((chunk) => chunk.text.startsWith('廠商訂單編號 | 物流廠商'))).toHaveLength(1);
  });
});
