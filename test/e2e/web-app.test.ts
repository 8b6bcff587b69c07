/**
 * End to end in a real Chromium (Debian's, driven by playwright-core): log in, upload Word
 * files, ask a question, click a citation and see the passage highlighted, cancel a deck while
 * it runs, create one and download it, and read the deck back with our own reader; a recap
 * rendered as Markdown whose [n] chips open the transcript at the turn, and a Word table shown
 * without escapes or <br> text; conversations kept across sign-ins, renamed, scoped and
 * deleted, and a file deleted; a mailbox as a paged thread list, a thread with quoted mail
 * folded, summarized and replied to; an analysis as a table and charts with its plan in words;
 * an answer saved as a page, edited, shared, exported as .docx; the admin view with usage charts
 * and jobs. Screenshots go to docs/images/.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { zipSync } from 'fflate';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from '../../src/formats/read-file.ts';
import { openIndex, type SearchIndex } from '../../src/index/open-index.ts';
import { fixedClock } from '../../src/lib/clock.ts';
import { createBuiltinModel } from '../../src/models/index.ts';
import { openUsageMeter, recordUsage, type UsageMeter } from '../../src/models/metering/usage-meter.ts';
import { createApp } from '../../src/server/app.ts';
import { hashPassword } from '../../src/server/workspace/password.ts';
import { openWorkspaceDb, type WorkspaceDb } from '../../src/server/workspace/workspace-db.ts';
import { CORPUS, EXAMPLES, REPO_ROOT } from '../helpers/paths.ts';

const CHROMIUM = '/usr/bin/chromium';
const WEB_ROOT = join(REPO_ROOT, 'web', 'dist');
const SHOTS = join(REPO_ROOT, 'docs', 'images');

let browser: Browser;
let server: ServerType;
let base: string;
let db: WorkspaceDb;
let index: SearchIndex;
let meter: UsageMeter;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error('Chromium is not installed: run `npm run setup` (apt-get install chromium).');
  if (!existsSync(join(WEB_ROOT, 'index.html')))
    throw new Error('The web app is not built: run `npm run build:web`.');
  const dataDir = mkdtempSync(join(tmpdir(), 'officemate-e2e-'));
  db = await openWorkspaceDb(join(dataDir, 'workspace.db'));
  await db.addUser('alice', await hashPassword('alice-password-1'), true);
  await db.addUser('bea', await hashPassword('bea-password-1'), false);
  index = await openIndex(join(dataDir, 'index.db'));
  meter = openUsageMeter({ path: join(dataDir, 'usage.db') });
  const app = createApp({
    model: createBuiltinModel(),
    meter,
    workspace: { db, index, dataDir, clock: fixedClock('2026-03-12T09:00:00Z') },
    webRoot: WEB_ROOT,
  });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await index?.close();
  await db?.close();
  meter?.close();
});

/** A laptop-sized page signed in (as alice unless told). */
async function signIn(user = 'alice'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(base);
  await page.getByLabel('User name').waitFor();
  if (user === 'bea') expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(`${user}-password-1`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Sources' }).waitFor();
  return page;
}

/** A laptop-sized page signed in, with these files uploaded and indexed. */
async function signInAndUpload(paths: string[], user = 'alice'): Promise<Page> {
  const page = await signIn(user);
  await page.getByTestId('upload').setInputFiles(paths);
  // A file this user uploaded in an earlier flow is listed twice: a ready copy of each will do.
  for (const path of paths)
    await page
      .locator('.file-list li', { hasText: basename(path) })
      .locator('.status.ready')
      .first()
      .waitFor({ timeout: 60_000 });
  return page;
}

const AXE = join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** Serious and critical accessibility violations on the page as it is now (axe-core), as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a script tag: the app's CSP allows no inline scripts.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}
type AxeViolation = { id: string; impact?: string; nodes: { target: string[] }[] };

describe('the web app in Chromium', () => {
  it('logs in, uploads, answers with a clickable citation, and builds a deck to download', async () => {
    const page = await signInAndUpload([
      join(EXAMPLES, 'Q3 Business Review.docx'),
      join(CORPUS, 'office', 'docx', 'tika_testWORD_features.docx'),
    ]);

    await page.getByLabel('Ask about your work…').fill('What did finance decide about the travel budget?');
    await page.getByRole('button', { name: 'Ask' }).click();
    const chip = page.locator('.answer .chip').first();
    await chip.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('answer').first().innerText()).toMatch(/travel/i);
    await expect.poll(() => page.locator('.engine').first().innerText()).toContain('builtin');
    await chip.click();
    const highlighted = page.locator('.viewer mark, .viewer .cited').first();
    await highlighted.waitFor({ timeout: 15_000 });
    expect((await highlighted.innerText()).length).toBeGreaterThan(10);
    await page.screenshot({ path: join(SHOTS, 'web-answer-citation.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('.file-list button.file', { hasText: 'Q3 Business Review.docx' }).click();
    // A run shows its progress and can be cancelled; a cancelled run keeps nothing.
    await page.getByRole('button', { name: 'Create a deck from this' }).click();
    await page.getByTestId('skill-progress').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('skill-result').filter({ hasText: 'Cancelled.' }).waitFor();
    await page.getByRole('button', { name: 'Create a deck from this' }).click();
    await page.getByTestId('skill-result').filter({ hasText: 'deck.pptx' }).waitFor({ timeout: 90_000 });
    const deckRow = page.locator('.file-list li', { hasText: 'Q3 Business Review deck.pptx' });
    await deckRow.waitFor({ timeout: 15_000 });
    await page.waitForTimeout(2500);
    expect(await deckRow.count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'web-deck-created.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), deckRow.getByRole('link').click()]);
    const path = join(mkdtempSync(join(tmpdir(), 'officemate-download-')), download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toBe('Q3 Business Review deck.pptx');
    const deck = await readFile(path);
    expect(deck.success).toBe(true);
    if (!deck.success || deck.data.type !== 'presentation') throw new Error('not a deck');
    expect(deck.data.slides.length).toBeGreaterThan(3);
    expect(deck.data.slides[0]?.title).toBeTruthy();
    // Its slides as thumbnails, rendered in a job and shown with the result, before the download link.
    const thumbnails = page.getByRole('region', { name: 'Slides' });
    await expect
      .poll(() => thumbnails.locator('img').count(), { timeout: 90_000 })
      .toBe(deck.data.slides.length);
    await expect
      .poll(() =>
        thumbnails
          .locator('img')
          .evaluateAll((images) => images.every((image) => (image as HTMLImageElement).naturalWidth === 480)),
      )
      .toBe(true);
    expect(
      await thumbnails.getByRole('link', { name: 'Download Q3 Business Review deck.pptx' }).count(),
    ).toBe(1);
    await thumbnails.screenshot({ path: join(SHOTS, 'web-deck-thumbnails.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // Chinese UI and a tablet width.
    await page.setViewportSize({ width: 820, height: 1100 });
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('navigation', { name: '资料' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'web-tablet-zh.png') });
    expect(await seriousViolations(page)).toEqual([]);
    writeFileSync(join(SHOTS, '.gitkeep'), '');
    await page.close();
  });

  it('renders skill results as Markdown with chips that open the source, and tables without escapes', async () => {
    const page = await signInAndUpload([
      join(EXAMPLES, 'Ops Sync 2026-03-10.vtt'),
      join(CORPUS, 'office', 'docx', 'docx4j_headers_footers.docx'),
    ]);

    // A Word table whose cells hold line breaks and escaped characters.
    await page.locator('.file-list button.file', { hasText: 'docx4j_headers_footers.docx' }).click();
    const table = page.locator('.viewer table').first();
    await table.waitFor({ timeout: 15_000 });
    expect(await page.locator('.viewer td br').count()).toBeGreaterThan(0);
    const viewed = await page.locator('.viewer').innerText();
    expect(viewed).toContain('<w:');
    expect(viewed).not.toContain('<br>');
    expect(viewed).not.toMatch(/\\[<[\]_*\\|]/);
    await page.locator('.viewer td', { hasText: 'w:val="off"' }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'web-viewer-table.png') });

    // A recap: sections as headings and lists, every [n] a chip that opens the transcript there.
    await page.locator('.file-list button.file', { hasText: 'Ops Sync 2026-03-10.vtt' }).click();
    await page.getByRole('button', { name: 'Recap this meeting' }).click();
    const result = page.getByTestId('skill-result');
    const itemChip = result.locator('li .chip').first();
    await itemChip.waitFor({ timeout: 60_000 });
    expect(await result.locator('h4').count()).toBeGreaterThan(0);
    expect(await result.locator('ul > li').count()).toBeGreaterThan(1);
    expect(await result.innerText()).not.toMatch(/\[\d+\]/);
    await page.locator('.viewer').evaluate((element) => element.scrollTo(0, 0));
    await itemChip.click();
    const cited = page.locator('.viewer mark, .viewer .cited').first();
    await cited.waitFor({ timeout: 15_000 });
    expect((await cited.innerText()).length).toBeGreaterThan(10);
    await page.screenshot({ path: join(SHOTS, 'web-markdown-answer.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await result
      .locator('h4')
      .first()
      .evaluate((heading) => {
        const aside = heading.closest('.copilot');
        if (!aside) return;
        aside.scrollIntoView({ block: 'end' });
        aside.scrollTop += heading.getBoundingClientRect().top - aside.getBoundingClientRect().top - 120;
      });
    await page.screenshot({ path: join(SHOTS, 'web-markdown-phone.png') });
    await page.close();
  });

  it('keeps conversations across sign-ins: titled, followed up, renamed, scoped to mail, deleted; and deletes a file', async () => {
    // Another user, so the conversations and files of the other flows are not in the lists.
    const page = await signInAndUpload(
      [join(EXAMPLES, 'Q3 Business Review.docx'), join(EXAMPLES, 'Inbox.mbox')],
      'bea',
    );
    page.on('dialog', (dialog) => dialog.accept());
    const conversations = page.getByRole('navigation', { name: 'Conversations' });
    const ask = async (question: string, answers: number) => {
      await page.getByLabel('Ask about your work…').fill(question);
      await page.getByRole('button', { name: 'Ask', exact: true }).click();
      await expect.poll(() => page.locator('.engine').count(), { timeout: 30_000 }).toBe(answers);
    };

    await ask('What did finance decide about the travel budget?', 1);
    const first = conversations.getByRole('button', {
      name: 'What did finance decide about the travel budget?',
      exact: true,
    });
    await first.waitFor();
    // A title longer than the sidebar is cut short with an ellipsis: its rename and delete buttons stay in view.
    const listBox = await conversations.boundingBox();
    for (const name of [/^Rename What did finance/, /^Delete What did finance/]) {
      const box = await conversations.getByRole('button', { name }).boundingBox();
      expect(box && listBox && box.x + box.width).toBeLessThanOrEqual(
        (listBox?.x ?? 0) + (listBox?.width ?? 0),
      );
    }
    await ask('And who approved it?', 2);
    await conversations.getByRole('button', { name: /^Rename What did finance/ }).click();
    await conversations.getByLabel('New name').fill('Travel budget');
    await conversations.getByRole('button', { name: 'Save' }).click();
    await conversations.getByRole('button', { name: 'Travel budget', exact: true }).waitFor();

    // A new chat scoped to mail answers from the mailbox only.
    await conversations.getByRole('button', { name: 'New chat' }).click();
    await expect.poll(() => page.getByTestId('answer').count()).toBe(0);
    await page.getByRole('button', { name: 'Mail only' }).click();
    expect(await page.getByRole('button', { name: 'Mail only' }).getAttribute('aria-pressed')).toBe('true');
    await ask('What is the status of the budget?', 1);
    const chips = page.locator('.answer .chip');
    await chips.first().waitFor({ timeout: 30_000 });
    for (const title of await chips.evaluateAll((items) => items.map((item) => item.getAttribute('title'))))
      expect(title).toMatch(/^Inbox\.mbox: /);
    await expect.poll(() => conversations.locator('li').count()).toBe(2);
    await page.screenshot({ path: join(SHOTS, 'web-conversations.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // Signed in again, in a fresh browser context: the conversations are still there, turns and all.
    const again = await signIn('bea');
    const list = again.getByRole('navigation', { name: 'Conversations' });
    // Keyboard only: the conversation opens with Enter.
    await list.getByRole('button', { name: 'Travel budget', exact: true }).focus();
    await again.keyboard.press('Enter');
    await expect.poll(() => again.getByTestId('answer').count()).toBe(2);
    expect(await again.locator('.question').allInnerTexts()).toEqual([
      'What did finance decide about the travel budget?',
      'And who approved it?',
    ]);
    expect(await again.getByRole('button', { name: 'All my work' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await again.setViewportSize({ width: 390, height: 844 });
    await again.locator('.copilot').evaluate((aside) => aside.scrollIntoView({ block: 'start' }));
    await again.screenshot({ path: join(SHOTS, 'web-conversations-phone.png') });
    await again.close();

    await conversations.getByRole('button', { name: 'Delete Travel budget' }).click();
    await expect.poll(() => conversations.locator('li').count()).toBe(1);

    // Deleting a file takes it off the list (and out of answers).
    const mailbox = page.locator('.file-list li', { hasText: 'Inbox.mbox' });
    await mailbox.getByRole('button', { name: 'Delete Inbox.mbox' }).click();
    await mailbox.waitFor({ state: 'detached', timeout: 15_000 });
    await page.close();
  });

  it('opens a mailbox as threads a page at a time, a thread as messages, and drafts, edits and saves a reply', async () => {
    // A long mailbox of made-up mail: 60 one-message threads.
    const archive = join(mkdtempSync(join(tmpdir(), 'officemate-archive-')), 'Archive.mbox');
    writeFileSync(
      archive,
      Array.from({ length: 60 }, (_, i) => {
        const day = String((i % 28) + 1).padStart(2, '0');
        const month = i < 28 ? 'Jan' : i < 56 ? 'Feb' : 'Mar';
        return [
          `From sender${i}@example.org Mon ${month} ${day} 09:00:00 2026`,
          `From: Sender ${i} <sender${i}@example.org>`,
          'To: Alice Example <alice@example.org>',
          `Subject: Archive note ${i + 1}`,
          `Date: ${day} ${month} 2026 09:00:00 +0000`,
          `Message-ID: <archive-${i}@example.org>`,
          '',
          `Note number ${i + 1} for the archive.`,
          '',
        ].join('\n');
      }).join('\n'),
    );
    const page = await signInAndUpload([join(EXAMPLES, 'Inbox.mbox'), archive]);
    const viewer = page.locator('.viewer');

    await page.locator('.file-list button.file', { hasText: 'Archive.mbox' }).click();
    await viewer.locator('.threads tbody tr').first().waitFor({ timeout: 30_000 });
    expect(await viewer.locator('.threads tbody tr').count()).toBe(25);
    expect(await viewer.locator('.pager').innerText()).toContain('1–25 of 60');
    const firstPage = await viewer.locator('.thread-link').allInnerTexts();
    await viewer.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => viewer.locator('.pager').innerText()).toContain('26–50 of 60');
    // The pager can show the new range a moment before the rows are drawn again.
    await expect
      .poll(async () => (await viewer.locator('.thread-link').allInnerTexts())[0])
      .not.toBe(firstPage[0]);
    const secondPage = await viewer.locator('.thread-link').allInnerTexts();
    expect(secondPage.filter((subject) => firstPage.includes(subject))).toEqual([]);

    await page.locator('.file-list button.file', { hasText: 'Inbox.mbox' }).click();
    await viewer.getByRole('button', { name: 'Q4 travel budget: 10% cut' }).waitFor({ timeout: 30_000 });
    const row = viewer.locator('.threads tbody tr', { hasText: 'Product Plan 2026: draft for comments' });
    expect(await row.locator('.label').innerText()).toBe('Waiting on others');
    expect(await row.locator('td').nth(3).innerText()).toBe('3');
    await page.screenshot({ path: join(SHOTS, 'web-mail-threads.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // Keyboard only: the thread opens with Enter, and Tab reaches its actions.
    await viewer.getByRole('button', { name: 'Q4 travel budget: 10% cut' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => viewer.locator('.messages > li').count()).toBe(5);
    // Quoted earlier mail is folded away under each reply.
    const folded = viewer.locator('.messages details');
    expect(await folded.count()).toBeGreaterThan(0);
    expect(await folded.first().getAttribute('open')).toBeNull();
    expect(await viewer.getByTestId('triage').innerText()).toContain('FYI');

    await viewer.getByRole('button', { name: 'All threads' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const summary = viewer.getByTestId('thread-summary');
    await summary.waitFor({ timeout: 30_000 });
    expect((await summary.innerText()).length).toBeGreaterThan(40);
    // Its [n] chips point at the thread's messages.
    await summary.locator('.chip').nth(1).click();
    await viewer.locator('.messages li.cited').waitFor();
    expect(await viewer.locator('.messages li.cited').count()).toBe(1);

    await viewer.getByRole('button', { name: 'Draft a reply' }).click();
    const reply = viewer.getByLabel('Your reply (edit before saving)');
    await reply.waitFor({ timeout: 30_000 });
    expect(await reply.inputValue()).toMatch(/wrote:/);
    await reply.fill(`Agreed, we will plan with the lower budget.\n\n${await reply.inputValue()}`);
    await viewer.getByRole('button', { name: 'Save as .eml' }).click();
    const link = viewer.locator('a.download-eml');
    await link.waitFor({ timeout: 15_000 });
    await reply.evaluate((element) => {
      element.scrollTop = 0;
      element.scrollIntoView({ block: 'center' });
    });
    await page.screenshot({ path: join(SHOTS, 'web-mail-reply.png') });
    expect(await seriousViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const path = join(mkdtempSync(join(tmpdir(), 'officemate-download-')), 'reply.eml');
    await download.saveAs(path);
    const saved = await readFile(path);
    if (!saved.success || saved.data.type !== 'mailbox') throw new Error('the reply is not mail');
    expect(saved.data.messages[0]?.text).toContain('Agreed, we will plan with the lower budget.');
    expect(saved.data.messages[0]?.subject).toMatch(/^Re: .*travel budget/i);

    await page.setViewportSize({ width: 390, height: 844 });
    await viewer.locator('.messages').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, 'web-mail-phone.png') });
    await page.close();
  });

  it('shows an analysis as a table and charts, with the plan in words and the cells used', async () => {
    const page = await signInAndUpload([join(EXAMPLES, 'Sales 2024-2026.xlsx')]);
    await page.locator('.file-list button.file', { hasText: 'Sales 2024-2026.xlsx' }).click();
    await page.locator('.viewer table').first().waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: 'Analyze this sheet' }).click();
    const analysis = page.getByTestId('analysis');
    await analysis.locator('.insight').first().waitFor({ timeout: 60_000 });
    await expect.poll(() => analysis.locator('.insight .chart svg').count()).toBeGreaterThan(1);
    expect(await analysis.locator('.insight .cells').first().innerText()).toMatch(/Sales!/);

    await page.getByLabel('Ask this sheet').fill('total revenue by region');
    await page.getByRole('button', { name: 'Ask this sheet' }).click();
    const answer = page.locator('.analysis-answer');
    await answer.waitFor({ timeout: 60_000 });
    expect(await answer.locator('.plan').innerText()).toBe('Plan: sum of Revenue, grouped by Region');
    expect(await answer.locator('.cells').innerText()).toMatch(/^Cells used: Sales!/);
    expect(await answer.locator('.result-table tbody tr').count()).toBe(4);
    await answer.locator('.chart svg').waitFor();
    // The chart has a bar for each group.
    await expect.poll(() => answer.locator('.chart svg path').count()).toBeGreaterThan(4);
    await answer.evaluate((element) => {
      const aside = element.closest('.copilot');
      if (aside)
        aside.scrollTop += element.getBoundingClientRect().top - aside.getBoundingClientRect().top - 40;
    });
    await page.screenshot({ path: join(SHOTS, 'web-analysis-chart.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('saves an answer as a page, edits it, shares it with a named user and exports it as .docx', async () => {
    const page = await signInAndUpload([join(EXAMPLES, 'Q3 Business Review.docx')]);
    await page.getByLabel('Ask about your work…').fill('What did finance decide about the travel budget?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.locator('.answer .chip').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Save as page' }).last().click();
    const view = page.locator('.page-view');
    await view.getByRole('heading', { name: 'What did finance decide about the travel budget?' }).waitFor();
    await page
      .getByRole('region', { name: 'Pages' })
      .getByRole('button', { name: /What did finance decide/ })
      .first()
      .waitFor();

    await view.getByRole('button', { name: 'Edit' }).click();
    await view.getByLabel('Title').fill('Travel budget decision');
    const text = view.getByLabel('Text (Markdown; [n] are citations)');
    await text.fill(`${await text.inputValue()}\n\n## Next steps\n\n- Review March trips with each team`);
    await view.getByRole('button', { name: 'Save' }).click();
    await view.getByRole('heading', { name: 'Travel budget decision' }).waitFor();
    expect(await view.locator('li', { hasText: 'Review March trips' }).count()).toBe(1);
    expect(await view.locator('.chip').count()).toBeGreaterThan(0);

    page.once('dialog', (dialog) => dialog.accept('bea'));
    await view.getByRole('button', { name: 'Share' }).click();
    await view.getByText('shared with bea').waitFor();
    await page.screenshot({ path: join(SHOTS, 'web-page.png') });
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      view.getByRole('link', { name: 'Export .docx' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Travel budget decision.docx');
    const path = join(mkdtempSync(join(tmpdir(), 'officemate-download-')), 'page.docx');
    await download.saveAs(path);
    const exported = await readFile(path);
    if (!exported.success || exported.data.type !== 'document') throw new Error('not a document');
    expect(JSON.stringify(exported.data)).toContain('Review March trips with each team');
    await page.close();

    // bea reads the shared page, and cannot change it.
    const other = await signIn('bea');
    await other
      .getByRole('region', { name: 'Pages' })
      .getByRole('button', { name: /Travel budget decision/ })
      .click();
    const shared = other.locator('.page-view');
    await shared.getByRole('heading', { name: 'Travel budget decision' }).waitFor();
    expect(await shared.getByText('shared by alice').count()).toBe(1);
    expect(await shared.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(await shared.getByRole('link', { name: 'Export .docx' }).count()).toBe(1);
    await other.close();
  });

  it('shows administrators the users, model usage per user and per day as charts, and the jobs', async () => {
    // Model calls as a configured model would have metered them (the builtin engine makes none).
    for (const [user, day, input, output] of [
      ['alice', '2026-03-09', 1800, 300],
      ['alice', '2026-03-10', 2400, 500],
      ['bea', '2026-03-10', 900, 200],
      ['bea', '2026-03-11', 3100, 650],
    ] as const)
      recordUsage(meter, {
        user,
        skill: 'ask',
        engine: 'openai',
        model: 'local-model',
        inputTokens: input,
        outputTokens: output,
        latencyMs: 800,
        at: new Date(`${day}T10:00:00Z`),
      });
    const page = await signInAndUpload([join(EXAMPLES, 'Notes.md')]);
    await page.getByRole('button', { name: 'Users' }).click();
    const usage = page.getByRole('region', { name: 'Model usage (last 14 days)' });
    await usage.locator('.result-table tbody tr').first().waitFor({ timeout: 15_000 });
    expect(await usage.locator('.result-table tbody tr').allInnerTexts()).toEqual([
      'alice\t2\t4,200\t800',
      'bea\t2\t4,000\t850',
    ]);
    await expect.poll(() => usage.locator('.chart svg').count()).toBe(2);
    const jobs = page.getByRole('region', { name: 'Indexing jobs' });
    await jobs.locator('tbody tr').first().waitFor();
    expect(await jobs.locator('tbody tr', { hasText: 'Notes.md' }).first().innerText()).toMatch(
      /alice\tdone\t1$/,
    );
    await page.screenshot({ path: join(SHOTS, 'web-admin-usage.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows the week of a calendar with a series expanded, finds free times to pick from, and none of it to another user', async () => {
    const page = await signInAndUpload([
      join(CORPUS, 'calendar', 'node-ical', 'daily-count-exdate-recurrence-id.ics'),
    ]);
    // The browser's today in the week the real calendar's series was held.
    await page.clock.setFixedTime(new Date('2015-07-08T12:00:00Z'));
    await page.getByRole('button', { name: 'Calendar' }).click();
    const calendar = page.getByRole('region', { name: 'Calendar' });
    await calendar.getByRole('heading', { name: /^Week of 6 July 2015/ }).waitFor();
    const day = (name: RegExp) => calendar.getByRole('region', { name });
    await day(/^Monday 6 Jul/)
      .getByText('Treasure Hunting')
      .waitFor();
    // The 8th is excluded (EXDATE); the 7th's occurrence was moved to the 9th, with its own place.
    expect(await day(/^Wednesday 8 Jul/).innerText()).toContain('Nothing this day');
    expect(await day(/^Tuesday 7 Jul/).innerText()).toContain('Nothing this day');
    const thursday = await day(/^Thursday 9 Jul/).innerText();
    expect(thursday).toContain('More Treasure Hunting');
    expect(thursday).toContain('The other island');
    expect(await day(/^Monday 6 Jul/).innerText()).toMatch(/\d\d:\d\d–\d\d:\d\d/);
    await page.screenshot({ path: join(SHOTS, 'web-calendar-week.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await calendar.getByRole('button', { name: 'Next week' }).click();
    await calendar.getByRole('heading', { name: /^Week of 13 July 2015/ }).waitFor();
    await expect.poll(() => calendar.locator('.calendar-event').count()).toBe(3);
    await calendar.getByRole('button', { name: 'Next week' }).click();
    await calendar.getByRole('heading', { name: /^Week of 20 July 2015/ }).waitFor();
    await expect.poll(() => calendar.locator('.calendar-event').count()).toBe(0);
    await calendar.getByRole('button', { name: 'Today' }).click();
    await calendar.getByRole('heading', { name: /^Week of 6 July 2015/ }).waitFor();

    // Free times this week for an hour with the calendar's owner, through mail-schedule.
    const schedule = page.getByRole('form', { name: 'Schedule a meeting' });
    await schedule.getByLabel('Attendees (comma-separated addresses)').fill('ana@example.com');
    await schedule.getByLabel('Duration').selectOption('1h');
    await schedule.getByRole('button', { name: 'Find free times' }).click();
    const slots = schedule.getByRole('region', { name: 'Free times this week' });
    await slots.locator('.slot').first().waitFor({ timeout: 60_000 });
    expect(await slots.locator('.slot').count()).toBeGreaterThan(3);
    // Each slot is a whole free stretch, saying until when it stays free.
    expect(await slots.locator('.slot').first().innerText()).toMatch(/free until \d\d:\d\d/);
    await slots.locator('.slot').nth(1).getByRole('button', { name: 'Pick' }).click();
    // Picking a slot writes the invitation for that slot, which reads back as a request at that time.
    const invitation = slots.getByRole('link', { name: 'Download the invitation (.ics)' });
    await invitation.waitFor({ timeout: 30_000 });
    expect(await slots.getByRole('status').innerText()).toMatch(/^Chosen: /);
    const [download] = await Promise.all([page.waitForEvent('download'), invitation.click()]);
    const invitePath = join(mkdtempSync(join(tmpdir(), 'officemate-download-')), 'invite.ics');
    await download.saveAs(invitePath);
    const sent = await readFile(invitePath);
    if (!sent.success || sent.data.type !== 'calendar') throw new Error('not a calendar');
    expect(sent.data.events).toHaveLength(1);
    expect(sent.data.events[0]!.attendees.map((attendee) => attendee.address)).toEqual(['ana@example.com']);
    // The second slot offered on Monday starts at 20:00 UTC, after the series' 19:00–20:00.
    expect(sent.data.events[0]!.start).toBe('2015-07-06T20:00:00Z');
    expect(
      await slots.locator('.slot').nth(1).getByRole('button', { name: 'Pick' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.screenshot({ path: join(SHOTS, 'web-calendar-schedule.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: '中文' }).click();
    const chinese = page.getByRole('region', { name: '日历' });
    await chinese.getByRole('heading', { name: /这一周$/ }).scrollIntoViewIfNeeded();
    expect(await chinese.getByRole('button', { name: '下一周' }).count()).toBe(1);
    expect(await chinese.getByText('当天没有安排').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'web-calendar-phone-zh.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();

    // bea has no calendar of her own, and alice's is not shared with her.
    const other = await signIn('bea');
    await other.getByRole('button', { name: 'Calendar' }).click();
    await other.getByText('Upload an .ics calendar to see its events here.').waitFor();
    expect(await other.locator('.calendar-event').count()).toBe(0);
    await other.close();
  });

  it('says what a reader skipped in an uploaded file beside its ready status, and why a file failed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'officemate-e2e-warn-'));
    const calendar = join(folder, 'pottery-club.ics');
    writeFileSync(
      calendar,
      [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:wheel-night',
        'DTSTART:20310502T180000Z',
        'SUMMARY:Wheel night',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:raku-firing',
        'DTSTART:20310509T::',
        'SUMMARY:Raku firing',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    const page = await signInAndUpload([calendar]);
    const item = page.locator('.file-list li', { hasText: 'pottery-club.ics' }).first();
    await item.getByText('1 warning').click();
    await item.getByText(/Event "Raku firing" \(UID raku-firing\) could not be read: /).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const broken = join(folder, 'glaze-notes.docx');
    // A Word file whose body breaks off: it uploads, and its reading fails.
    writeFileSync(
      broken,
      zipSync({
        '[Content_Types].xml': new TextEncoder().encode(
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ),
        'word/document.xml': new TextEncoder().encode('<w:document xmlns:w="x"><w:body><w:p'),
      }),
    );
    await page.getByTestId('upload').setInputFiles([broken]);
    const failed = page.locator('.file-list li', { hasText: 'glaze-notes.docx' }).first();
    await failed.locator('.status.error').waitFor({ timeout: 60_000 });
    expect(await failed.locator('.file-note.error').innerText()).toMatch(
      /^glaze-notes\.docx: word\/document\.xml is not well-formed XML/,
    );
    await page.close();
  });

  it('opens a transcript as turns with speakers and times, the recap beside it, its chips jumping to the turn', async () => {
    const page = await signInAndUpload([join(EXAMPLES, 'Ops Sync 2026-03-10.vtt')]);
    // An earlier flow uploaded the same transcript for this user: open a copy that is ready.
    await page
      .locator('.file-list li', { hasText: 'Ops Sync 2026-03-10.vtt' })
      .filter({ has: page.locator('.status.ready') })
      .first()
      .locator('button.file')
      .click();
    const transcript = page.getByRole('region', { name: 'Transcript' });
    await transcript.locator('.turn').first().waitFor({ timeout: 15_000 });
    expect(await transcript.locator('.turn').count()).toBeGreaterThan(3);
    expect(await transcript.locator('.turn-time').first().innerText()).toMatch(/^\d+:\d\d$/);
    expect((await transcript.locator('.turn-speaker').allInnerTexts()).every((name) => name.length > 0)).toBe(
      true,
    );

    const recap = page.getByRole('region', { name: 'Recap' });
    await recap.getByRole('button', { name: 'Show the recap beside it' }).click();
    const chip = recap.locator('li .chip').first();
    await chip.waitFor({ timeout: 60_000 });
    expect(await recap.locator('h4').count()).toBeGreaterThan(0);
    expect(await transcript.locator('.turn.active').count()).toBe(0);
    await chip.click();
    const active = transcript.locator('.turn.active');
    await active.waitFor();
    expect(await active.getAttribute('aria-current')).toBe('true');
    // The chip's quoted words are in the turn it jumped to.
    const quote = ((await chip.getAttribute('title')) ?? '').replace(/\s+/g, ' ').trim();
    expect(quote.length).toBeGreaterThan(5);
    expect((await active.innerText()).replace(/\s+/g, ' ')).toContain(quote.slice(0, 30));
    expect(await active.isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'web-transcript-recap.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('region', { name: '会议纪要' }).getByRole('heading', { name: '会议纪要' }).waitFor();
    await page.getByRole('region', { name: '会议记录' }).locator('.turn.active').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'web-transcript-phone-zh.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("lets administrators set a user's daily token quota and shows today's tokens against it", async () => {
    // Today on the server's clock is 2026-03-12; yesterday's calls do not count.
    for (const [at, input, output] of [
      ['2026-03-11T22:00:00Z', 5000, 900],
      ['2026-03-12T08:00:00Z', 700, 300],
    ] as const)
      recordUsage(meter, {
        user: 'bea',
        skill: 'ask',
        engine: 'openai',
        model: 'local-model',
        inputTokens: input,
        outputTokens: output,
        latencyMs: 800,
        at: new Date(at),
      });
    const page = await signInAndUpload([join(EXAMPLES, 'Notes.md')]);
    await page.getByRole('button', { name: 'Users' }).click();
    const quotas = page.getByRole('region', { name: 'Daily token quotas' });
    await quotas.locator('tbody tr').first().waitFor({ timeout: 15_000 });
    const bea = quotas.locator('tbody tr', { hasText: 'bea' });
    expect(await bea.locator('td').nth(1).innerText()).toBe('1,000');
    await quotas.getByLabel('Daily token quota for bea').fill('800');
    await bea.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => bea.locator('td').nth(1).innerText()).toMatch(/^1,000 \/ 800\s+quota spent$/);
    expect(await db.admin.quotaOf('bea')).toBe(800);
    expect(await db.admin.quotaOf('alice')).toBeUndefined();
    await quotas.screenshot({ path: join(SHOTS, 'web-admin-quotas.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await quotas.getByLabel('Daily token quota for bea').fill('');
    await bea.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => db.admin.quotaOf('bea')).toBeUndefined();
    await page.close();
  });
});
