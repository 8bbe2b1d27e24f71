// Launches Debian's Chromium through playwright-core and opens pages that record every
// page error, console error and request, so tests can fail on any of them. Every context made
// here is closed when its test ends, passed or failed (onTestFinished): no page outlives a test.
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { inject, onTestFinished } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

export interface PageProblems {
  pageErrors: string[];
  consoleErrors: string[];
  /** requests to anything but the page's own origin */
  foreignRequests: string[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
  baseUrl: string;
}

let browser: Browser | undefined;

/**
 * The tests composite the page in software. Under SwiftShader, "GPU" compositing emulates a GPU
 * on the CPU to draw every layer, and cost a test file a third more CPU than software
 * compositing (measured: panels-charts 134 -> 81 CPU-s, scene-stages 102 -> 81). The WebGL
 * scene still renders through SwiftShader; only how the page's layers are put together changes.
 */
const TEST_ARGS = [...CHROMIUM_ARGS, '--disable-gpu-compositing'];

export async function getBrowser(extraArgs: string[] = []): Promise<Browser> {
  if (extraArgs.length) {
    return chromium.launch({ executablePath: findChromium(), args: [...TEST_ARGS, ...extraArgs] });
  }
  browser ??= await chromium.launch({ executablePath: findChromium(), args: TEST_ARGS });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/**
 * A new browser context (on the shared browser unless one is given), closed when the current
 * test finishes, whatever its outcome. Outside a test (in a hook) the caller closes it.
 */
export async function newContext(
  options: BrowserContextOptions = {},
  browserToUse?: Browser,
): Promise<BrowserContext> {
  const b = browserToUse ?? (await getBrowser());
  // the service worker only where a test asks for it (see OpenOptions.serviceWorkers)
  const context = await b.newContext({ serviceWorkers: 'block', ...options });
  // every wait is for a condition; a loaded machine makes it slower, so give it time
  context.setDefaultTimeout(60_000);
  try {
    onTestFinished(() => context.close().catch(() => undefined));
  } catch {
    // not inside a test: the hook that made it closes it
  }
  return context;
}

export function appUrl(query = ''): string {
  const base = inject('baseUrl');
  return query ? `${base}?${query.replace(/^\?/, '')}` : base;
}

export interface OpenOptions {
  query?: string;
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /** script run in the page before the app (e.g. to remove WebGL) */
  initScript?: string;
  locale?: string;
  browser?: Browser;
  /** console errors matching these are expected by the test */
  allowConsole?: RegExp[];
  /**
   * The service worker: blocked unless the test is about it (offline, updates, the kiosk's
   * update check). A new context installs it and precaches the whole build, which is work
   * every page load of a test would do for nothing.
   */
  serviceWorkers?: 'allow' | 'block';
  /**
   * Let the story play on load, as a visitor's page does. Off by default: a test opens the
   * story paused (?autoplay=0) and moves it itself, so a stage cannot change under it and a
   * still scene draws nothing (the kiosk loop always plays).
   */
  autoplay?: boolean;
}

/** The query with ?autoplay=0 added, unless the test lets the story play or sets it itself. */
function withAutoplay(query: string, autoplay: boolean | undefined): string {
  if (autoplay || /(^|[?&])autoplay=/.test(query)) return query;
  return query ? `${query.replace(/^\?/, '')}&autoplay=0` : 'autoplay=0';
}

export async function openApp(options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await newContext(
    {
      viewport: options.viewport ?? { width: 1280, height: 720 },
      reducedMotion: options.reducedMotion ?? 'no-preference',
      locale: options.locale ?? 'en-US',
      serviceWorkers: options.serviceWorkers ?? 'block',
    },
    options.browser,
  );
  const page = await context.newPage();
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const problems: PageProblems = { pageErrors: [], consoleErrors: [], foreignRequests: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(String(error.stack ?? error)));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (options.allowConsole?.some((re) => re.test(text))) return;
    problems.consoleErrors.push(text);
  });
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  await page.goto(appUrl(withAutoplay(options.query ?? '', options.autoplay)));
  await page.waitForSelector('[data-testid="stage-title"]');
  return { page, context, problems, baseUrl };
}

/** Script that makes WebGL unavailable, as on a device without it. */
export const NO_WEBGL_SCRIPT = `
  (() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      if (String(type).startsWith('webgl') || type === 'experimental-webgl') return null;
      return original.call(this, type, ...rest);
    };
  })();
`;
