// Students on phones (issue 12): at 390 x 844 and 360 x 740 portrait and 844 x 390 landscape,
// with touch, the page never scrolls sideways, no text overlaps, every target is at least 44 px,
// the scene comes first and takes at least 40 % of the height, the charts open in a bottom sheet
// (tap or drag), and a sideways swipe on the stage text changes stage.
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  appUrl,
  closeBrowser,
  newContext,
  NO_WEBGL_SCRIPT,
  openApp,
  type PageProblems,
} from '../helpers/browser';
import { nextFrames, waitForSettled } from '../helpers/frames';
import { layoutProblems } from './a11y-checks';
import { SCENE_STRINGS } from '../../src/i18n/strings/scene';
import storyJson from '../../scenes/ketamine.json';

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));

afterAll(closeBrowser);

const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
  { width: 844, height: 390 },
] as const;

/** Opens the app as a phone does: touch, mobile viewport rules, two device pixels a pixel. */
function openPhone(viewport: { width: number; height: number }, query = 'stage=infusion') {
  return openApp({
    query,
    viewport,
    device: { isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  }).then(async (opened) => {
    await waitForSettled(opened.page);
    return opened;
  });
}

/** Page errors and console errors so far. */
const errorsOf = (problems: PageProblems) => [...problems.pageErrors, ...problems.consoleErrors];

/** Visible targets smaller than 44 x 44 px (a checkbox counts with its label). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const selector =
      'button, a[href], input:not([type="hidden"]), select, summary, [role="tab"], [tabindex="0"]';
    for (const el of document.querySelectorAll(selector)) {
      if (el.closest('.visually-hidden, [hidden], .skip-link')) continue;
      // WCAG 2.5.8 (Target Size (Minimum)), its "Inline" exception: a target in a sentence,
      // sized by the line of text, is exempt. Only a glossary term inside running text (its
      // line's block holds more words than the term; a chart legend's line counts) is exempt
      // here, and only if its invisible tap box (::after, phone.css) is still 44 px high.
      let block = el.parentElement;
      while (block && ['inline', 'contents'].includes(getComputedStyle(block).display))
        block = block.parentElement;
      const inlineTerm =
        el.classList.contains('gloss-term') &&
        parseFloat(getComputedStyle(el, '::after').height) >= 43.5 &&
        (block?.textContent?.trim().length ?? 0) > (el.textContent?.trim().length ?? 0) + 5;
      if (inlineTerm) continue;
      const target = el.closest('label') ?? el;
      const style = getComputedStyle(target);
      const r = target.getBoundingClientRect();
      if (style.visibility !== 'visible' || style.display === 'none' || r.width < 1) continue;
      if (r.width < 43.5 || r.height < 43.5) {
        const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
        small.push(`${el.tagName.toLowerCase()}.${el.className} "${text}" ${r.width}x${r.height}`);
      }
    }
    return small;
  });
}

/** A one-finger drag through Chromium's touch input (pointer events as on a phone). */
async function touchDrag(
  page: Page,
  context: BrowserContext,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const steps = 8;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps;
    const y = from.y + ((to.y - from.y) * i) / steps;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

const title = (page: Page) => page.textContent('[data-testid="stage-title"]');

/** Stops the story's own advance (pages open paused), so only the test changes stage. */
async function pause(page: Page): Promise<void> {
  if ((await page.getAttribute('[data-testid="play-toggle"]', 'aria-pressed')) === 'true')
    await page.tap('[data-testid="play-toggle"]');
  await expect
    .poll(() => page.getAttribute('[data-testid="play-toggle"]', 'aria-pressed'))
    .toBe('false');
}

const sheetTop = (page: Page) =>
  page.evaluate(() => document.querySelector('.panel-slot')!.getBoundingClientRect().top);

describe.each(PHONES)('a phone at $width x $height with touch', (viewport) => {
  it('lays out the scene first and large, with no sideways scroll, overlap or small target', async () => {
    const { page, problems } = await openPhone(viewport);
    const box = await page.evaluate(() => {
      window.scrollTo(500, 0);
      const scene = document.querySelector('.scene-view')!.getBoundingClientRect();
      const header = document.querySelector('.app-header')!.getBoundingClientRect();
      return {
        scrollX: window.scrollX,
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        sceneTop: scene.top,
        sceneHeight: scene.height,
        headerHeight: header.height,
        innerHeight: window.innerHeight,
        menu: getComputedStyle(document.querySelector('.header-menu')!).display,
        tools: getComputedStyle(document.querySelector('.header-tools')!).display,
      };
    });
    expect(box.scrollX).toBe(0);
    expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
    expect(box.sceneHeight / box.innerHeight).toBeGreaterThanOrEqual(0.4);
    // the scene comes right under a header that is the title and one menu
    expect(box.sceneTop).toBeLessThanOrEqual(box.headerHeight + 1);
    expect(box.menu).not.toBe('none');
    expect(box.tools).toBe('none');

    // the fixed sheet handle covers whatever scrolls under it; that is no overlap in the page
    const layout = (await layoutProblems(page)).filter((p) => !p.includes('sheet-handle'));
    expect(layout).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);

    // scrolled to the end, the last control sits above the closed sheet's handle
    const clear = await page.evaluate(() => {
      const footer = document.querySelector('.app-footer')!;
      footer.scrollTop = footer.scrollHeight;
      window.scrollTo(0, document.documentElement.scrollHeight);
      const handle = document.querySelector('.sheet-handle')!.getBoundingClientRect();
      const last = [...footer.querySelectorAll('button, dd')].map((e) => e.getBoundingClientRect());
      return Math.max(...last.map((r) => r.bottom)) - handle.top;
    });
    expect(clear).toBeLessThanOrEqual(0);

    // the menu opens with the language, display and teach tools, all big enough to tap
    await page.tap('.header-menu');
    await expect
      .poll(() => page.isVisible('.header-tools [data-testid="display-options"]'))
      .toBe(true);
    await page.tap('[data-testid="display-options"]');
    await expect.poll(() => page.isVisible('.display-option')).toBe(true);
    expect(await smallTargets(page)).toEqual([]);
    const menuRight = await page.evaluate(
      () => document.querySelector('.header-tools')!.getBoundingClientRect().right,
    );
    expect(menuRight).toBeLessThanOrEqual(viewport.width);
    expect(errorsOf(problems)).toEqual([]);
  });

  it('opens the charts in a bottom sheet by tap and by drag', async () => {
    const { page, context, problems } = await openPhone(viewport);
    await pause(page);
    const handle = page.locator('[data-testid="sheet-handle"]');
    // closed: only the handle shows, at the bottom; the chart is out of reach
    expect(await sheetTop(page)).toBeGreaterThan(viewport.height - 60);
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.isVisible('.panel-slot [role="tab"]')).toBe(false);
    // and nothing in it is drawn yet (the start does not draw charts nobody can see)
    expect(await page.locator('.panel-slot svg').count()).toBe(0);

    await handle.tap();
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('true');
    // the slide has ended when the sheet stops at the top of its travel
    await expect
      .poll(() => sheetTop(page), { timeout: 30_000 })
      .toBeLessThan(viewport.height * 0.2);
    // the charts are first drawn as the sheet first opens
    await page.waitForSelector('.panel-slot svg');
    const chart = await page.evaluate(() => {
      const svg = document.querySelector('.panel-slot svg');
      const r = svg?.getBoundingClientRect();
      return r && { top: r.top, bottom: r.bottom, width: r.width, height: r.height };
    });
    expect(chart).toBeTruthy();
    expect(chart!.width).toBeGreaterThan(100);
    expect(chart!.top).toBeLessThan(viewport.height);
    expect(await smallTargets(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    );

    // another chart from the tabs
    await page.tap('[data-panel-tab="cascade"]');
    await expect
      .poll(() => page.getAttribute('[data-testid="panel-host"]', 'data-panel'))
      .toBe('cascade');

    // a drag down on the handle closes it; a drag up opens it again
    let h = (await handle.boundingBox())!;
    await touchDrag(
      page,
      context,
      { x: h.x + h.width / 2, y: h.y + h.height / 2 },
      { x: h.x + h.width / 2, y: h.y + 200 },
    );
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('false');
    await expect
      .poll(() => sheetTop(page), { timeout: 30_000 })
      .toBeGreaterThan(viewport.height - 60);
    h = (await handle.boundingBox())!;
    await touchDrag(
      page,
      context,
      { x: h.x + h.width / 2, y: h.y + h.height / 2 },
      { x: h.x + h.width / 2, y: h.y - 150 },
    );
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('true');

    // Escape closes it and gives focus back to the handle
    await page.focus('.panel-slot [role="tab"][aria-selected="true"]');
    await page.keyboard.press('Escape');
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('sheet-handle');
    expect(errorsOf(problems)).toEqual([]);
  });
});

// A student's first visit (app/scene-start.ts): the stage's picture and the Start button lie
// in the scene's box like the 3D scene, in both languages.
describe.each([...PHONES, { width: 320, height: 568 }])(
  "a phone's first visit at $width x $height",
  (viewport) => {
    it('shows the picture and a Start button with no sideways scroll, overlap or small target', async () => {
      for (const lang of ['en', 'es']) {
        const { page, problems } = await openApp({
          query: `stage=conditions&lang=${lang}`,
          viewport,
          device: { isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
          firstVisit: true,
        });
        await page.waitForSelector('[data-testid="poster-picture"] svg');
        const box = await page.evaluate(() => {
          const view = document.querySelector('.scene-view')!.getBoundingClientRect();
          const picture = document.querySelector('.poster-frame svg')!.getBoundingClientRect();
          const button = document.querySelector('.poster-button')!.getBoundingClientRect();
          return {
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
            viewHeight: view.height,
            innerHeight: window.innerHeight,
            inside: [picture, button].every(
              (r) => r.top >= view.top - 1 && r.bottom <= view.bottom + 1,
            ),
            // the picture and the button do not cover each other
            apart:
              picture.bottom <= button.top + 1 ||
              picture.right <= button.left + 1 ||
              button.bottom <= picture.top + 1,
            pictureHeight: picture.height,
          };
        });
        expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
        expect(box.viewHeight / box.innerHeight).toBeGreaterThanOrEqual(0.4);
        expect(box.inside).toBe(true);
        expect(box.apart).toBe(true);
        expect(box.pictureHeight).toBeGreaterThan(100);
        const layout = (await layoutProblems(page)).filter((p) => !p.includes('sheet-handle'));
        expect(layout).toEqual([]);
        expect(await smallTargets(page)).toEqual([]);
        expect(errorsOf(problems)).toEqual([]);
      }
    });
  },
);

describe.each(PHONES.slice(0, 2))('glossary words at $width x $height', (viewport) => {
  it('sit in the sentence as wide as the word, with a 44 px high tap area', async () => {
    const { page, problems } = await openPhone(viewport, 'stage=bdnf-trkb');
    // the glossary's code comes after the first screen: its terms in the caption, once in
    await page.waitForSelector('.caption .gloss-term');
    const terms = await page.evaluate(() =>
      [...document.querySelectorAll('.caption .gloss-term')].map((el) => {
        const r = el.getBoundingClientRect();
        const words = document.createRange();
        words.selectNodeContents(el);
        const text = words.getBoundingClientRect();
        const cx = r.left + r.width / 2;
        const cy = r.top + r.height / 2;
        // what a finger there taps: the term, another control (its own target wins), or nothing
        const hit = (y: number) => {
          const at = document.elementFromPoint(cx, y);
          if (at?.closest('.gloss-term') === el) return 'term';
          return at?.closest('button, input, select, a[href], summary') ? 'control' : 'none';
        };
        return {
          term: el.textContent,
          width: r.width,
          textWidth: text.width,
          height: r.height,
          above: hit(cy - 20),
          below: hit(cy + 20),
        };
      }),
    );
    expect(terms.map((t) => t.term)).toContain('TrkB');
    // the full stop after "BDNF" stays on its line: no line of the caption starts with one
    const punctuated = await page.evaluate(() =>
      [...document.querySelectorAll('.caption .gloss-term')].flatMap((el) => {
        const next = el.nextSibling;
        if (next?.nodeType !== Node.TEXT_NODE || !/^[.,;:)]/.test(next.textContent ?? ''))
          return [];
        const mark = document.createRange();
        mark.setStart(next, 0);
        mark.setEnd(next, 1);
        const sameLine =
          Math.abs(mark.getBoundingClientRect().bottom - el.getBoundingClientRect().bottom) < 4;
        return [{ text: `${el.textContent}${next.textContent?.[0]}`, sameLine }];
      }),
    );
    expect(punctuated.map((p) => p.text)).toContain('BDNF.');
    expect(punctuated.filter((p) => !p.sameLine)).toEqual([]);
    for (const t of terms) {
      // no button padding or 44 px minimum width: no gap beside a short word
      expect(Math.abs(t.width - t.textWidth), `${t.term}`).toBeLessThan(1);
      // a box one line high (inline, like the words beside it), not a 44 px block
      expect(t.height, `${t.term}`).toBeLessThan(30);
      // yet a finger 20 px above or below the word's middle still hits it (or a control beside)
      expect([t.term, t.above, t.below]).not.toContain('none');
      expect([t.above, t.below], `${t.term}`).toContain('term');
    }
    expect(errorsOf(problems)).toEqual([]);
  });
});

describe('a phone without WebGL', () => {
  it('draws stage 3 as a close-up of one NMDA channel with ketamine in its pore, uncut', async () => {
    const { page, problems } = await openApp({
      query: 'stage=channel-block',
      viewport: PHONES[0],
      device: { isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
      initScript: NO_WEBGL_SCRIPT,
    });
    await page.waitForSelector('[data-testid="storyboard"] .sb-current svg');
    const picture = await page.evaluate(() => {
      const svg = document.querySelector('.sb-current svg')!;
      const box = (sel: string) => svg.querySelector(sel)!.getBoundingClientRect();
      const ket = box('[data-part="ketamine"]');
      const pore = box('[data-part="pore"]');
      const r = svg.getBoundingClientRect();
      // every scroll box around it: the picture must not be cut by one
      const clippedBy = [];
      for (let el = svg.parentElement; el; el = el.parentElement) {
        if (getComputedStyle(el).overflow === 'visible' || el === document.body) continue;
        if (el === document.documentElement) continue;
        const c = el.getBoundingClientRect();
        if (r.top < c.top - 0.5 || r.bottom > c.bottom + 0.5) clippedBy.push(el.className);
      }
      return {
        kind: svg.getAttribute('data-picture'),
        name: svg.getAttribute('aria-label'),
        role: svg.getAttribute('role'),
        ketamineInPore:
          ket.left >= pore.left - 4 &&
          ket.right <= pore.right + 4 &&
          ket.top >= pore.top &&
          ket.bottom <= pore.bottom,
        right: r.right,
        clippedBy,
        thumbs: [...document.querySelectorAll('.sb-strip svg')].map(
          (t) => `${t.getAttribute('data-stage')}:${t.getAttribute('data-picture')}`,
        ),
      };
    });
    expect(picture.kind).toBe('close-up');
    expect(picture.role).toBe('img');
    expect(picture.name).toContain(stages[2]!.title.en);
    expect(picture.name).toContain(SCENE_STRINGS.closeUpBlocked.en);
    expect(picture.ketamineInPore).toBe(true);
    expect(picture.right).toBeLessThanOrEqual(PHONES[0].width);
    expect(picture.clippedBy).toEqual([]);
    // the strip draws the close-up for that stage only; the others keep the synapse
    expect(picture.thumbs).toContain('channel-block:close-up');
    expect(picture.thumbs).toContain('rest:synapse');
    expect(errorsOf(problems)).toEqual([]);
  });
});

describe('a landscape phone at 844 x 390', () => {
  it('shows a whole line chart in the open sheet, under its tabs and heading', async () => {
    const viewport = { width: 844, height: 390 };
    const { page, problems } = await openPhone(viewport);
    await pause(page);
    await page.tap('[data-testid="sheet-handle"]');
    await expect.poll(() => sheetTop(page), { timeout: 30_000 }).toBeLessThan(1);
    /** The chart's box and the sheet body's visible box (inside its padding), px. */
    const boxes = (testId: string) =>
      page.evaluate((id) => {
        const body = document.querySelector('.sheet-body')!;
        const b = body.getBoundingClientRect();
        const style = getComputedStyle(body);
        const svg = document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
        return {
          svgTop: svg.top,
          svgBottom: svg.bottom,
          top: b.top + parseFloat(style.paddingTop),
          bottom: b.bottom - parseFloat(style.paddingBottom),
        };
      }, testId);
    // the stage's own chart (plasma) is whole as the sheet opens: nothing to scroll
    await expect
      .poll(() => page.getAttribute('[data-testid="panel-host"]', 'data-panel'))
      .toBe('plasma');
    await page.waitForSelector('[data-testid="plasma-chart"]');
    const plasma = await boxes('plasma-chart');
    expect(plasma.svgTop).toBeGreaterThanOrEqual(plasma.top);
    expect(plasma.svgBottom).toBeLessThanOrEqual(plasma.bottom);
    // the other line charts have text above them; scrolled to, each fits the sheet whole
    for (const tab of ['block', 'cascade']) {
      await page.tap(`[data-panel-tab="${tab}"]`);
      await page.waitForSelector(`[data-testid="${tab}-chart"]`);
      await page.evaluate((id) => {
        document.querySelector(`[data-testid="${id}"]`)!.scrollIntoView({ block: 'nearest' });
      }, `${tab}-chart`);
      const b = await boxes(`${tab}-chart`);
      expect(b.svgBottom - b.svgTop).toBeLessThanOrEqual(b.bottom - b.top);
    }
    expect(errorsOf(problems)).toEqual([]);
  });
});

describe('the phone layout leaves larger screens alone', () => {
  it('shows the desktop header and the side panel at 1280 x 720 with a mouse', async () => {
    const context = await newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(appUrl('stage=infusion&autoplay=0'));
    await page.waitForSelector('[data-testid="stage-title"]');
    const layout = await page.evaluate(() => {
      const display = (s: string) => getComputedStyle(document.querySelector(s)!).display;
      const panel = document.querySelector('.panel-slot')!.getBoundingClientRect();
      return {
        menu: display('.header-menu'),
        handle: display('.sheet-handle'),
        tools: display('.header-tools'),
        toolsPosition: getComputedStyle(document.querySelector('.header-tools')!).position,
        panelLeft: panel.left,
        panelTop: panel.top,
      };
    });
    expect(layout).toMatchObject({ menu: 'none', handle: 'none', tools: 'flex' });
    expect(layout.toolsPosition).toBe('static');
    // the charts beside the scene, under the header
    expect(layout.panelLeft).toBeGreaterThan(640);
    expect(layout.panelTop).toBeLessThan(120);
  });

  it('moves the charts from the sheet to the side and back as a tablet turns', async () => {
    const { page, context, problems } = await openApp({
      query: 'stage=infusion&autoplay=0',
      viewport: { width: 768, height: 1024 },
      device: { isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    });
    try {
      await waitForSettled(page);
      const handleShown = () =>
        page.evaluate(() => getComputedStyle(document.querySelector('.sheet-handle')!).display);
      // upright: a closed sheet, its charts not drawn
      expect(await handleShown()).not.toBe('none');
      expect(await page.locator('.panel-slot svg').count()).toBe(0);
      // turned: the charts beside the scene, drawn
      await page.setViewportSize({ width: 1024, height: 768 });
      await expect.poll(handleShown).toBe('none');
      await page.waitForSelector('.panel-slot svg');
      const left = await page.evaluate(
        () => document.querySelector('.panel-slot')!.getBoundingClientRect().left,
      );
      expect(left).toBeGreaterThan(400);
      // upright again: the sheet's handle is back
      await page.setViewportSize({ width: 768, height: 1024 });
      await expect.poll(handleShown).not.toBe('none');
      expect(errorsOf(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

// The swipe is the same gesture at every width: tested on one phone (CI time).
describe('a phone at 390 x 844 with touch, stage text', () => {
  const viewport = PHONES[0];
  it('moves between stages with a sideways swipe on the stage text, not a vertical one', async () => {
    const { page, context, problems } = await openPhone(viewport, 'stage=rest');
    expect(await title(page)).toBe(stages[0]!.title.en);
    await pause(page);
    await page.locator('.caption-bar').scrollIntoViewIfNeeded();
    const caption = async () => (await page.locator('.caption-bar').boundingBox())!;
    let c = await caption();
    const y2 = c.y + Math.min(c.height / 2, 30);
    await touchDrag(page, context, { x: c.x + c.width - 40, y: y2 }, { x: c.x + 40, y: y2 + 8 });
    await expect.poll(() => title(page)).toBe(stages[1]!.title.en);
    c = await caption();
    const y3 = c.y + Math.min(c.height / 2, 30);
    await touchDrag(page, context, { x: c.x + 40, y: y3 }, { x: c.x + c.width - 40, y: y3 });
    await expect.poll(() => title(page)).toBe(stages[0]!.title.en);
    // a short slide is not a swipe
    c = await caption();
    const y4 = c.y + Math.min(c.height / 2, 30);
    await touchDrag(page, context, { x: c.x + 120, y: y4 }, { x: c.x + 100, y: y4 });
    await nextFrames(page);
    expect(await title(page)).toBe(stages[0]!.title.en);
    c = await caption();
    const y = c.y + Math.min(c.height / 2, 30);
    // a vertical drag scrolls; it does not change stage
    await touchDrag(
      page,
      context,
      { x: c.x + c.width / 2, y },
      { x: c.x + c.width / 2 + 10, y: y - 100 },
    );
    await nextFrames(page);
    expect(await title(page)).toBe(stages[0]!.title.en);
    expect(errorsOf(problems)).toEqual([]);
  });
});
