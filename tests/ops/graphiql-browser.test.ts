// GraphiQL in a real browser (Debian's Chromium through playwright-core): the page loads with no
// network beyond this server, runs the first example operation and shows its data. A screenshot
// is kept in tests/artifacts/graphiql.png for CI.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXAMPLE_LINE_WIDTH, EXAMPLE_OPERATIONS } from '../../src/http/graphiql-examples.ts';
import { startLiveServer, type LiveServer } from '../helpers/live-server.ts';
import { adminQuery, serverUrlFromEnv, withDatabase } from '../helpers/postgres-admin.ts';

const CHROMIUM = '/usr/bin/chromium';
// Flags that work as root on a closed network (no sandbox, no GPU, no calls home).
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts');
const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const FIRST_OPERATION = Object.keys(EXAMPLE_OPERATIONS)[0]!;

const serverUrl = serverUrlFromEnv();
const database = `diplograph_graphiql_${randomBytes(5).toString('hex')}`;

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`graphiql-browser: skipped, no ${CHROMIUM} (.ci/run installs the Debian package "chromium")`);

describe.skipIf(!hasChromium)(hasChromium ? 'GraphiQL in Chromium' : `GraphiQL in Chromium (skipped: no ${CHROMIUM})`, () => {
  let server: LiveServer;
  let browser: BrowserContext;
  let profile: string;
  let seeds: string;
  beforeAll(async () => {
    if (serverUrl) await adminQuery(serverUrl, `CREATE DATABASE "${database}" TEMPLATE "${inject('pgTemplate')}"`);
    profile = mkdtempSync(path.join(os.tmpdir(), 'diplograph-chromium-'));
    // Seeded with the seed documents the first example asks about (AMM-54): seeding all of them
    // would triple the start-up time and change nothing the test looks at.
    seeds = mkdtempSync(path.join(os.tmpdir(), 'diplograph-seeds-'));
    for (const file of readdirSync(SEEDS)) {
      if (readFileSync(path.join(SEEDS, file), 'utf8').includes('AMM-54')) copyFileSync(path.join(SEEDS, file), path.join(seeds, file));
    }
    expect(readdirSync(seeds).length).toBeGreaterThan(0);
    [server, browser] = await Promise.all([
      startLiveServer({ DATABASE_URL: serverUrl ? withDatabase(serverUrl, database) : 'pglite:memory', SEED_ON_START: 'true', SEEDS_DIR: seeds, LOG_LEVEL: 'warn' }, 180_000),
      chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS }),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    for (const dir of [profile, seeds]) if (dir) rmSync(dir, { recursive: true, force: true });
    if (serverUrl) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });

  it(`runs the first example operation (${FIRST_OPERATION}) and shows its data`, async () => {
    await browser.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.setViewportSize({ width: 1400, height: 900 });
    const offsite: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(`http://127.0.0.1:${server.port}/`) && !/^(data|blob):/.test(r.url())) offsite.push(r.url());
    });
    await page.goto(server.url, { waitUntil: 'load' });
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });

    const answered = page.waitForResponse((r) => r.url() === server.url && r.request().method() === 'POST' &&
      (r.request().postData() ?? '').includes(`"operationName":"${FIRST_OPERATION}"`));
    await page.locator('.graphiql-execute-button').click();
    // Several operations in the editor: GraphiQL asks which one to run.
    const choice = page.getByRole('menuitem', { name: FIRST_OPERATION });
    if (await choice.isVisible({ timeout: 2_000 }).catch(() => false)) await choice.click();
    const response = await answered;
    expect(response.status()).toBe(200);

    const pane = page.locator('.graphiql-response');
    await expect.poll(async () => (await pane.innerText()).includes('"data"'), { timeout: 15_000 }).toBe(true);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'graphiql.png') });
    const shown = await resultText(page);
    const result = JSON.parse(shown);
    expect(result).toEqual(await response.json());
    expect(result.errors).toBeUndefined();
    expect(result.data.meetings.edges.length).toBeGreaterThan(0);
    expect(offsite).toEqual([]);
  });

  it('opens the Explorer, shows the examples whole, and draws Vietnamese with Noto Sans Mono', async () => {
    const page = browser.pages()[0]!;
    // The query builder is open on a first visit: a tree of the schema's root fields to tick.
    const explorer = page.locator('.graphiql-explorer-root');
    await expect.poll(() => explorer.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await explorer.innerText()).toMatch(/meetings/);

    // Every example line fits: the editor has room for EXAMPLE_LINE_WIDTH columns beside the
    // Explorer, and no rendered line is wider than the editor.
    const fit = await page.evaluate(() => {
      const editor = document.querySelector('.graphiql-query-editor .monaco-editor .overflow-guard') as HTMLElement;
      const lines = [...document.querySelectorAll('.graphiql-query-editor .view-line')] as HTMLElement[];
      const content = document.querySelector('.graphiql-query-editor .lines-content') as HTMLElement;
      const gutter = (document.querySelector('.graphiql-query-editor .margin') as HTMLElement).getBoundingClientRect().width;
      const spans = lines.map((line) => line.firstElementChild as HTMLElement).filter(Boolean);
      const widest = Math.max(...spans.map((span) => span.getBoundingClientRect().width));
      const longest = spans.reduce((a, b) => ((b.textContent ?? '').length > (a.textContent ?? '').length ? b : a));
      const charWidth = longest.getBoundingClientRect().width / (longest.textContent ?? ' ').length;
      const widestText = spans.find((span) => span.getBoundingClientRect().width === widest)?.textContent;
      return { room: editor.getBoundingClientRect().width - gutter, widest, widestText, charWidth, lines: lines.length, scrollLeft: content.scrollLeft };
    });
    expect(fit.lines).toBeGreaterThan(10);
    expect(fit.widest, fit.widestText ?? '').toBeLessThanOrEqual(fit.room);
    expect(fit.room / fit.charWidth).toBeGreaterThanOrEqual(EXAMPLE_LINE_WIDTH);

    // Vietnamese letters in the editors' font resolve to the Noto Sans Mono face this server adds.
    const faces = await page.evaluate(async () =>
      (await document.fonts.load('14px "Diplograph Vietnamese Mono"', 'đề nghị Bùi Thanh Sơn')).map((f) => ({ family: f.family, range: f.unicodeRange, status: f.status })),
    );
    expect(faces).toEqual(expect.arrayContaining([expect.objectContaining({ range: expect.stringMatching(/1EA0-1EF9/i), status: 'loaded' })]));
    await page.screenshot({ path: path.join(ARTIFACTS, 'graphiql-explorer.png') });
  });
});

/** The whole result as the result pane holds it: its editor renders only the visible lines, so
 *  the text is taken the way a user would, select all and copy. */
async function resultText(page: Page): Promise<string> {
  await page.locator('.graphiql-response .monaco-editor .view-lines').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
}
