import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, STRICT } from '../../../test/helpers/paths.ts';
import { wordText } from '../../formats/docx/word-document.ts';
import { writeDocx } from '../../formats/docx/write-docx.ts';
import { readFile } from '../../formats/read-file.ts';
import { fixedClock } from '../../lib/clock.ts';
import { convertWithLibreOffice, findLibreOffice } from '../../lib/libreoffice.ts';
import type { GenerateRequest } from '../../models/index.ts';
import { createBuiltinModel } from '../../models/index.ts';
import { createScriptedLanguageModel } from '../../models/testing/scripted-language-model.ts';
import { draftDocument } from './draft-document.ts';

const NOW = new Date('2002-01-02T09:00:00Z');
const PATH = join(CORPUS, 'email', 'enron', 'allen-p', 'inbox.mbox');
const PROMPT = 'a memo on the NETCO restart';

const parsed = await readFile(PATH);
if (!parsed.success) throw new Error('the corpus mailbox does not read');
const references = [{ path: PATH, parsed: parsed.data }];

/** Data blocks as the model sees them: id, attributes and text. */
function blocksOf(request: GenerateRequest) {
  const user = request.messages.at(-1)?.content ?? '';
  return [
    ...user.matchAll(/<document id="([^"]+)" title="([^"]*)" source="([^"]+)">\n([\s\S]*?)\n<\/document>/g),
  ].map((match) => ({ id: match[1]!, title: match[2]!, source: match[3]!, text: match[4]! }));
}

/** Quotes the first sentence of the first block; for the section named `broken`, cites a block that does not exist. */
function quotingModel(broken?: string) {
  return createScriptedLanguageModel({
    reply: (request) => {
      const block = blocksOf(request)[0]!;
      const section = /Write the "([^"]+)" section/.exec(request.messages.at(-1)?.content ?? '')?.[1];
      const sentence = block.text.split(/(?<=[.!?])\s+/)[0]!;
      return {
        json: {
          sentences: [{ text: sentence, sources: [section === broken ? 99 : Number(block.id)] }],
          no_answer: false,
        },
      };
    },
  });
}

describe('draft with a model', () => {
  it('shows whole mail passages with subject, sender and date, keeps the request outside the data, and uses the answer', async () => {
    const model = quotingModel();
    const draft = await draftDocument({ prompt: PROMPT, references, now: NOW }, model);
    expect(model.calls.length).toBeGreaterThan(0);
    const request = model.calls[0]!;
    const system = request.messages[0]?.content ?? '';
    expect(system).toContain('Today is Wednesday, 2 January 2002.');
    expect(system).toContain('Examples:');
    expect(system).toContain('Write in the same language as the question.');
    const blocks = blocksOf(request);
    expect(blocks[0]?.source).toMatch(/^email from .+ on \d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(blocks[0]?.title).not.toMatch(/inbox\.mbox/);
    // Whole passages: more than one sentence each, on average.
    const sentences = blocks.map((block) => block.text.split(/(?<=[.!?])\s+/).length);
    expect(sentences.reduce((a, b) => a + b, 0) / sentences.length).toBeGreaterThan(1.5);
    expect(request.messages.at(-1)?.content).toMatch(
      /<\/document>\n\nWrite the "[^"]+" section for this request: a memo on the NETCO restart$/,
    );

    expect(draft.engine).toBe('mock');
    expect(draft.warnings).toEqual([]);
    const byModel = draft.sections.filter((section) => section.engine === 'mock');
    expect(byModel.length).toBe(model.calls.length);
    expect(draft.citations.length).toBeGreaterThan(0);
    expect(draft.citations.every((citation) => citation.locator.messageId)).toBe(true);
  });

  it('keeps the builtin text, with a warning, for a section whose citation is bad, and for every section when the model fails', async () => {
    const builtin = await draftDocument({ prompt: PROMPT, references, now: NOW }, createBuiltinModel());
    const firstModelSection = (
      await draftDocument({ prompt: PROMPT, references, now: NOW }, quotingModel())
    ).sections.find((section) => section.engine === 'mock')!.title;
    const partly = await draftDocument(
      { prompt: PROMPT, references, now: NOW },
      quotingModel(firstModelSection),
    );
    const section = partly.sections.find((item) => item.title === firstModelSection)!;
    expect(section).toMatchObject({ engine: 'builtin', filled: true });
    expect(partly.engine).toBe('mock');
    expect(partly.warnings).toEqual([
      {
        type: 'other',
        message: `The model's answer was not used: none of the model's 1 sentences was supported by the passages it cited; used the builtin text for the "${firstModelSection}" section.`,
      },
    ]);

    const down = createScriptedLanguageModel({
      replies: [{ error: { code: 'model_unreachable', message: 'The model server is down.' } }],
    });
    const failed = await draftDocument({ prompt: PROMPT, references, now: NOW }, down);
    expect(failed.engine).toBe('builtin');
    // Never "[To complete]" for sections the builtin engine fills.
    expect(failed.sections.map((item) => item.filled)).toEqual(builtin.sections.map((item) => item.filled));
    expect(
      failed.document.blocks.map((block) => ('text' in block || 'runs' in block ? wordText(block) : '')),
    ).toEqual(
      builtin.document.blocks.map((block) => ('text' in block || 'runs' in block ? wordText(block) : '')),
    );
    expect(failed.warnings.length).toBe(down.calls.length);
    expect(failed.warnings[0]?.message).toMatch(
      /The model server is down \(model_unreachable\); used the builtin text for the "/,
    );

    const broken = createScriptedLanguageModel({ replies: ['not JSON'] });
    const invalid = await draftDocument({ prompt: PROMPT, references, now: NOW }, broken);
    expect(invalid.engine).toBe('builtin');
    expect(invalid.warnings[0]?.message).toMatch(/\(model_output_invalid\)/);
  });

  it('writes a model draft that LibreOffice opens', async () => {
    const draft = await draftDocument({ prompt: PROMPT, references, now: NOW }, quotingModel());
    const dir = mkdtempSync(join(tmpdir(), 'officemate-draft-model-'));
    const docx = join(dir, 'memo.docx');
    writeFileSync(docx, await writeDocx(draft.document, { clock: fixedClock(NOW) }));
    if (!findLibreOffice()) {
      if (STRICT) throw new Error('LibreOffice is needed for this test');
      return;
    }
    const pdf = await convertWithLibreOffice(docx, { to: 'pdf', outDir: dir });
    expect(pdf).toMatch(/\.pdf$/);
  }, 120_000);
});
