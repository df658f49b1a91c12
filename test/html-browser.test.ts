/// <reference lib="dom" />
/**
 * The HTML report in a real browser (Debian's Chromium through playwright-core): the page for
 * the demo, a clean package, a hostile package and a report set, opened from disk. Screenshots
 * go to test/artifacts/html/ for people to look at. Without Chromium the file says so in one
 * line and skips.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../fixtures/build-fixtures.js';
import { renderHtml } from '../src/report/html/index.js';
import { printable } from '../src/report/printable.js';
import { ARTIFACTS, CHROMIUM, hasChromium, launchBrowser, openPage, type TestBrowser } from './helpers/browser.js';
import { runCli } from './helpers/cli.js';
import { buildHostileTarball, HOSTILE_FILES, HOSTILE_SOURCES } from './helpers/hostile-package.js';
import { makeFourClassReport, makeReportSet } from './helpers/html-reports.js';
import { removeTree, writeTree } from './helpers/write-tree.js';

if (!hasChromium)
  process.stdout.write(
    `leakproof: browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set LEAKPROOF_CHROMIUM)\n`,
  );

let root: string;
let browser: TestBrowser;

/** Write the HTML report of `target` with the CLI, as a user would; returns the file. */
async function report(target: string, name: string, extra: string[] = []): Promise<{ file: string; code: number }> {
  const file = join(root, `${name}.html`);
  const { code, stderr } = await runCli(['check', target, '--format', 'html', '--output', file, ...extra], { cwd: root });
  expect(stderr).toBe('');
  return { file, code };
}

describe.skipIf(!hasChromium)('the HTML report in Chromium', () => {
  beforeAll(async () => {
    root = await writeTree({
      'clean/package.json': JSON.stringify({ name: 'clean-pkg', version: '1.0.0', main: 'index.js' }),
      'clean/index.js': 'module.exports = 1;\n',
      'clean/README.md': '# clean\n',
    });
    buildDemo(join(root, 'incident-cli'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await removeTree(root);
  });

  it('shows the demo failing, its map as the leak, and filters findings', async () => {
    const { file, code } = await report('incident-cli', 'demo');
    expect(code).toBe(1);
    const { page, requests, dialogs, errors } = await openPage(browser, file);
    await page.screenshot({ path: join(ARTIFACTS, 'demo-top.png') });
    await expect(page.locator('.verdict').first().textContent()).resolves.toMatch(/Fails\s+exit code 1/);
    await expect(page.locator('.exposure').textContent()).resolves.toContain('cli.js.map exposes 3 first-party sources');
    expect(await page.locator('[data-file]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-file')))).toEqual([
      '.env',
      'README.md',
      'cli.js',
      'cli.js.map',
      'package.json',
    ]);
    await expect(page.locator('a.cell.map').getAttribute('href')).resolves.toBe('#p0-map-0');
    expect(await page.locator('.cell.src-first-party').count()).toBe(3);

    const visible = () => page.locator('[data-findings] tbody tr:visible').count();
    const filter = page.locator('[data-findings] form');
    expect(await visible()).toBe(5);
    await filter.getByLabel(/errors/).uncheck();
    expect(await visible()).toBe(0);
    await expect(filter.locator('output').textContent()).resolves.toBe('Showing 0 of 5 findings');
    await filter.getByLabel(/errors/).check();
    await filter.getByLabel('Rule').selectOption('secret');
    expect(await visible()).toBe(3);
    await filter.getByLabel('Path').fill('.env');
    expect(await visible()).toBe(1);
    await filter.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(visible).toBe(5);

    // A file's cell sets the path filter to exactly that file.
    await page.locator('a.cell[data-file=".env"]').click();
    expect(await visible()).toBe(2);
    await expect(filter.getByLabel('Path').inputValue()).resolves.toBe('.env');

    await filter.getByRole('button', { name: 'Show all' }).click();
    await page.getByRole('button', { name: 'Rule' }).click();
    await expect(page.locator('[data-findings] tbody tr').first().getAttribute('data-rule')).resolves.toBe('file/sensitive');
    await page.getByRole('button', { name: 'Rule' }).click();
    await expect(page.locator('[data-findings] tbody tr').first().getAttribute('data-rule')).resolves.toBe('sourcemap/embedded-sources');
    await page.screenshot({ path: join(ARTIFACTS, 'demo.png'), fullPage: true });
    expect({ requests, dialogs, errors }).toEqual({ requests: [], dialogs: [], errors: [] });
  });

  it('is usable from the keyboard: Tab reaches the treemap, Enter opens the map', async () => {
    const { file } = await report('incident-cli', 'demo-keys');
    const { page } = await openPage(browser, file);
    await page.evaluate(() => (document.querySelector('details.map') as HTMLDetailsElement).removeAttribute('open'));
    let onCell = false;
    for (let i = 0; i < 30 && !onCell; i++) {
      await page.keyboard.press('Tab');
      onCell = await page.evaluate(() => document.activeElement?.matches('.treemap a.cell') ?? false);
    }
    expect(onCell).toBe(true);
    await page.keyboard.press('End');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-file'))).resolves.toBe('cli.js.map');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#p0-map-0');
    await expect(page.locator('#p0-map-0').evaluate((details) => (details as HTMLDetailsElement).open)).resolves.toBe(true);
  });

  it('shows a clean package passing, one cell per file', async () => {
    const { file, code } = await report('clean', 'clean');
    expect(code).toBe(0);
    const { page, requests, dialogs, errors } = await openPage(browser, file);
    await page.screenshot({ path: join(ARTIFACTS, 'clean.png'), fullPage: true });
    await expect(page.locator('.verdict').textContent()).resolves.toMatch(/Passes\s+exit code 0/);
    await expect(page.locator('.exposure h2').textContent()).resolves.toBe('Nothing leaks');
    expect(await page.locator('[data-file]').count()).toBe(3);
    expect(await page.locator('.cell.clean').count()).toBe(3);
    expect({ requests, dialogs, errors }).toEqual({ requests: [], dialogs: [], errors: [] });
  });

  it('runs no script and loads nothing from a hostile package, and shows its text as text', async () => {
    const { tarball, credential } = buildHostileTarball();
    writeFileSync(join(root, 'hostile.tgz'), tarball);
    const { file, code } = await report('hostile.tgz', 'hostile', ['--html-sources']);
    expect(code).toBe(1);
    expect(readFileSync(file, 'utf8')).not.toContain(credential);
    const { page, requests, dialogs, errors } = await openPage(browser, file);
    // Open everything, hover and focus every cell: any injected handler would fire now.
    await page.evaluate(() => {
      for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
    });
    for (const cell of await page.locator('.cell').all()) await cell.hover();
    await page.screenshot({ path: join(ARTIFACTS, 'hostile.png'), fullPage: true });
    const files = await page.locator('[data-file]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-file')));
    expect(files).toHaveLength(Object.keys(HOSTILE_FILES).length + 2);
    expect(files).toEqual(expect.arrayContaining(Object.values(HOSTILE_FILES).map((path) => printable(path))));
    const text = await page.locator('body').textContent();
    for (const source of HOSTILE_SOURCES) expect(text).toContain(source);
    expect(text).toContain('</pre></details></main><script>alert(9)</script>');
    expect(await page.locator('img, svg, iframe, style:not(head style)').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect({ requests, dialogs, errors }).toEqual({ requests: [], dialogs: [], errors: [] });
  });

  it('draws all four source classes for a map, and a set of packages worst first', async () => {
    const four = join(root, 'four-classes.html');
    writeFileSync(four, renderHtml(makeFourClassReport()));
    const single = await openPage(browser, four);
    await single.page.locator('#p0-map-0').screenshot({ path: join(ARTIFACTS, 'four-classes-map.png') });
    for (const sourceClass of ['first-party', 'readable', 'third-party', 'shipped'])
      expect(await single.page.locator(`.treemap .src-${sourceClass}`).count()).toBeGreaterThan(0);

    const setFile = join(root, 'set.html');
    writeFileSync(setFile, renderHtml(makeReportSet()));
    const { page, requests, errors } = await openPage(browser, setFile);
    await expect(page.locator('.verdict').first().textContent()).resolves.toMatch(/Incomplete: not a pass\s+exit code 3/);
    expect(await page.locator('details.package > summary b').allTextContents()).toEqual([
      '@acme/incident-cli@2.4.0',
      'half-read@0.3.0',
      'tiny-lib@1.0.0',
    ]);
    expect(await page.locator('details.package[open]').count()).toBe(1);
    await page.getByRole('link', { name: 'tiny-lib@1.0.0' }).click();
    await expect(page.locator('#p2').evaluate((details) => (details as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(page.locator('#p2 .treemap').first().isVisible()).resolves.toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('details.package:not([open])').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.filters').first().isVisible()).resolves.toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'set-print.png'), fullPage: true });
    expect({ requests, errors }).toEqual({ requests: [], errors: [] });
  });
});
