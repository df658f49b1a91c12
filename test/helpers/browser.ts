/**
 * A real browser for the HTML report's tests: Debian's Chromium driven by playwright-core, with
 * a fresh profile per run and every background service off (the machine's network is closed and
 * Chromium would otherwise keep trying to reach Google). Pages are opened from disk, as a user
 * opens the report, and every request they make other than the page itself is recorded.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** The Chromium binary: Debian's (`apt-get install -y chromium`) unless LEAKPROOF_CHROMIUM names another. */
export const CHROMIUM = process.env.LEAKPROOF_CHROMIUM ?? '/usr/bin/chromium';

/** True when the browser tests can run. */
export const hasChromium = existsSync(CHROMIUM);

/** Screenshots land here (gitignored), for people to look at after a run. */
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/html/', import.meta.url));

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running browser with its own throw-away profile. */
export interface TestBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Start Chromium with a fresh user-data-dir. */
export async function launchBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'leakproof-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A report page and what it tried to do. */
export interface OpenedPage {
  readonly page: Page;
  /** Every URL requested other than the page itself (network requests are also aborted). */
  readonly requests: string[];
  /** Messages of alert/confirm/prompt dialogs: a script from package content ran. */
  readonly dialogs: string[];
  /** Uncaught exceptions and console errors (a refused script or style shows up here). */
  readonly errors: string[];
}

/** Open an HTML file from disk the way a person does. */
export async function openPage(browser: TestBrowser, file: string): Promise<OpenedPage> {
  const page = await browser.context.newPage();
  const url = pathToFileURL(file).href;
  const opened: OpenedPage = { page, requests: [], dialogs: [], errors: [] };
  page.on('request', (request) => {
    if (request.url().split('#')[0] !== url) opened.requests.push(request.url());
  });
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => opened.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  await page.route('**/*', (route) => (route.request().url().split('#')[0] === url ? route.continue() : route.abort()));
  await page.goto(url);
  return opened;
}
