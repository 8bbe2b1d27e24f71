// Launches Debian's Chromium through playwright-core and opens pages that record every
// page error, console error and request, so tests can fail on any of them. Every context made
// here is closed when its test ends, passed or failed (onTestFinished): no page outlives a test.
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Disposable,
  type Page,
  type Request,
} from 'playwright-core';
import { inject, onTestFinished } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';
import { RETURNING_STUDENT_SCRIPT } from './returning-student.mjs';
import { isPhoneSize } from '../../src/app/phone-screen';

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
  if (browser && !browser.isConnected()) {
    // it crashed or was closed: start again, with nothing of the old one
    browser = undefined;
    shared.clear();
  }
  browser ??= await chromium.launch({ executablePath: findChromium(), args: TEST_ARGS });
  return browser;
}

/**
 * Ends a test file's use of the shared browser (every file calls it after its tests): closes
 * every context the file left open, and keeps the browser and the shared contexts (their pages
 * on about:blank) for the next file in the same worker (the e2e project runs its files in one
 * module cache, vite.config.ts). A new browser cost each file ~8 s more in its first test than
 * in the next: Chromium's start, its GPU process and the scene's shader programs, and scripts
 * parsed and compiled afresh in a new context. Playwright kills the browser when the worker
 * process exits.
 */
export async function closeBrowser(): Promise<void> {
  if (!browser) return;
  const keep = new Set<BrowserContext>();
  for (const entry of shared.values()) {
    const kept = await entry.catch(() => null);
    if (kept) keep.add(kept.context);
  }
  for (const context of browser.contexts()) {
    if (!keep.has(context)) await context.close().catch(() => undefined);
  }
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
  /** a phone or tablet: touch, mobile viewport rules, device pixels per CSS pixel */
  device?: Device;
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
  /** what marks the page as open (default: the stage title; a handout has none) */
  ready?: string;
  /** run on the page before it opens the app (routes, listeners); undone when the test ends */
  setUp?: (page: Page) => Promise<void>;
  /**
   * On a phone-sized page, a first visit: the scene waits for its Start button (app/scene-start.ts).
   * Off by default: a phone test opens as a returning student, whose choice to start the 3D scene
   * is stored, so the scene starts by itself.
   */
  firstVisit?: boolean;
}

/** The query with ?autoplay=0 added, unless the test lets the story play or sets it itself. */
function withAutoplay(query: string, autoplay: boolean | undefined): string {
  if (autoplay || /(^|[?&])autoplay=/.test(query)) return query;
  return query ? `${query.replace(/^\?/, '')}&autoplay=0` : 'autoplay=0';
}

/**
 * Browser contexts shared by the pages openApp makes in one test file, by the options a context
 * fixes (locale, device), and a page kept from one test to the next. A new context costs ~2 CPU-s before
 * the page loads and starts with cold caches (every script parsed and compiled again); a new
 * page, a new renderer process. Measured (machine CPU per load, software rendering): 6.7 CPU-s
 * in a new context, 2.8 in a new page of a shared one, 1.4 in a kept page (10.8, 7.2 and 5.7
 * with the WebGL scene). Each test still starts clean: the origin's storage is cleared before
 * its page loads; cookies, routes and the offline switch are reset, and the kept page's
 * listeners, init scripts and emulation dropped, when its test ends.
 */
export interface Device {
  isMobile: boolean;
  hasTouch: boolean;
  deviceScaleFactor: number;
}

interface Shared {
  context: BrowserContext;
  /** a page left by the last test, on about:blank, for the next one */
  spare: Page | null;
}
const shared = new Map<string, Promise<Shared>>();

function sharedFor(locale: string, device: Device | undefined): Promise<Shared> {
  const key = JSON.stringify([locale, device ?? null]);
  let entry = shared.get(key);
  if (!entry) {
    entry = getBrowser().then(async (b) => {
      const context = await b.newContext({ serviceWorkers: 'block', locale, ...device });
      context.setDefaultTimeout(60_000);
      return { context, spare: null };
    });
    shared.set(key, entry);
  }
  return entry;
}

/**
 * Makes a kept page as good as new for the next test, or closes it. about:blank first, so the
 * app's own unload work is done before the next test clears the origin's storage.
 */
async function recycle(entry: Shared, page: Page, disposables: Disposable[]): Promise<void> {
  try {
    page.removeAllListeners();
    for (const d of disposables) await d.dispose();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    // session storage belongs to the tab, and the origin's clearing leaves it
    await page.evaluate(() => sessionStorage.clear()).catch(() => undefined);
    await page.goto('about:blank');
    await page.emulateMedia({
      media: null,
      colorScheme: null,
      reducedMotion: null,
      forcedColors: null,
      contrast: null,
    });
    page.setDefaultTimeout(60_000);
    page.setDefaultNavigationTimeout(60_000);
    if (entry.spare) await entry.spare.close();
    entry.spare = page;
  } catch {
    await page.close().catch(() => undefined);
  }
}

/**
 * What a test holds as its page's context when the context is shared: close() ends the test's
 * pages (the first is kept for the next test, the rest and any window it opened are closed) and
 * resets what the test changed on the context; newPage() opens another page of the test.
 * Everything else is the shared context's.
 */
function testContext(entry: Shared, first: Page, disposables: Disposable[]): BrowserContext {
  const { context } = entry;
  const pages = new Set<Page>();
  const track = (page: Page) => {
    pages.add(page);
    page.on('popup', track);
  };
  track(first);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    for (const page of pages) if (page !== first) await page.close().catch(() => undefined);
    await context.setOffline(false).catch(() => undefined);
    await context.unrouteAll({ behavior: 'ignoreErrors' }).catch(() => undefined);
    await context.clearCookies().catch(() => undefined);
    if (first.isClosed()) return;
    await recycle(entry, first, disposables);
  };
  const newPage = async () => {
    const page = await context.newPage();
    track(page);
    return page;
  };
  try {
    onTestFinished(close);
  } catch {
    // not inside a test: the caller closes it
  }
  return new Proxy(context, {
    get(target, key) {
      if (key === 'close') return close;
      if (key === 'newPage') return newPage;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

/** Clears everything the app's origin stored (local and session storage, IndexedDB, caches). */
async function clearOrigin(context: BrowserContext, page: Page, origin: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await cdp.detach();
}

export async function openApp(options: OpenOptions = {}): Promise<OpenedPage> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const viewport = options.viewport ?? { width: 1280, height: 720 };
  const reducedMotion = options.reducedMotion ?? 'no-preference';
  // a test of the service worker, or of its own browser, gets a context of its own
  const sharing = (options.serviceWorkers ?? 'block') === 'block' && !options.browser;
  const startedBefore = isPhoneSize(viewport) && !options.firstVisit;
  let context: BrowserContext;
  let page: Page;
  if (sharing) {
    const entry = await sharedFor(options.locale ?? 'en-US', options.device);
    page = entry.spare ?? (await entry.context.newPage());
    entry.spare = null;
    const disposables: Disposable[] = [];
    context = testContext(entry, page, disposables);
    await clearOrigin(entry.context, page, origin);
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion });
    if (options.initScript) disposables.push(await page.addInitScript(options.initScript));
    if (startedBefore) disposables.push(await page.addInitScript(RETURNING_STUDENT_SCRIPT));
  } else {
    context = await newContext(
      {
        viewport,
        reducedMotion,
        locale: options.locale ?? 'en-US',
        serviceWorkers: options.serviceWorkers ?? 'block',
        ...options.device,
      },
      options.browser,
    );
    page = await context.newPage();
    if (options.initScript) await context.addInitScript(options.initScript);
    if (startedBefore) await context.addInitScript(RETURNING_STUDENT_SCRIPT);
  }
  const problems: PageProblems = { pageErrors: [], consoleErrors: [], foreignRequests: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(String(error.stack ?? error)));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (options.allowConsole?.some((re) => re.test(text))) return;
    problems.consoleErrors.push(text);
  });
  const foreign = (request: Request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
  };
  // a shared context's other pages are other tests': listen on this test's pages only
  if (sharing) {
    page.on('request', foreign);
    page.on('popup', (popup) => popup.on('request', foreign));
  } else context.on('request', foreign);
  await options.setUp?.(page);
  await page.goto(appUrl(withAutoplay(options.query ?? '', options.autoplay)));
  await page.waitForSelector(options.ready ?? '[data-testid="stage-title"]');
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
