// Random input, as PhET fuzzes its sims: seeded random clicks, drags, wheel and keys in each
// mode. No page error, no console error, and the app still responds afterwards.
// MONKEY_SECONDS sets the time per mode (default 15 s in CI; 60 s for a full local run);
// MONKEY_SEED replays a failure.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from '../helpers/browser';
import { createRng } from '../../src/model';

afterAll(closeBrowser);

const SECONDS = Number(process.env.MONKEY_SECONDS ?? 15);
const SEED = Number(process.env.MONKEY_SEED ?? 1962);
const KEYS = [
  'ArrowLeft',
  'ArrowRight',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  ' ',
  'Tab',
  'Shift+Tab',
  'Enter',
  'Escape',
  '?',
  'k',
  'x',
  '1',
];

describe.each(['explore', 'present', 'kiosk'] as const)('random input in %s mode', (mode) => {
  it(`${SECONDS} s of seeded clicks, drags, wheel and keys (seed ${SEED})`, async () => {
    const rng = createRng(SEED + mode.length);
    const { page, context, problems } = await openApp({
      query: `mode=${mode}&kioskStageSec=3&kioskIdleSec=5`,
      // Fullscreen and new windows are user-gesture features the monkey may trigger.
      initScript: `
        Element.prototype.requestFullscreen = function () { return Promise.resolve(); };
        window.open = function () { return null; };
        window.print = function () {};
        HTMLInputElement.prototype.showPicker = function () {};
      `,
    });
    // A file chooser or download the monkey opens is dismissed.
    page.on('filechooser', () => undefined);
    const { width, height } = page.viewportSize()!;
    const until = Date.now() + SECONDS * 1000;
    const log: string[] = [];
    while (Date.now() < until) {
      const r = rng.next();
      const x = Math.floor(rng.next() * width);
      const y = Math.floor(rng.next() * height);
      if (r < 0.4) {
        log.push(`click ${x},${y}`);
        await page.mouse.click(x, y);
      } else if (r < 0.55) {
        const x2 = Math.floor(rng.next() * width);
        const y2 = Math.floor(rng.next() * height);
        log.push(`drag ${x},${y}->${x2},${y2}`);
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(x2, y2, { steps: 4 });
        await page.mouse.up();
      } else if (r < 0.65) {
        log.push(`wheel ${x},${y}`);
        await page.mouse.move(x, y);
        await page.mouse.wheel(0, (rng.next() - 0.5) * 800);
      } else {
        const key = KEYS[Math.floor(rng.next() * KEYS.length)]!;
        log.push(`key ${key}`);
        await page.keyboard.press(key);
      }
      // If the monkey navigated away (a link), come back.
      if (
        !page.url().startsWith(new URL(page.url()).origin) ||
        (await page.locator('#root').count()) === 0
      ) {
        await page.goBack();
      }
    }
    await page.keyboard.press('Escape');
    const label = `seed ${SEED}; last actions: ${log.slice(-8).join(' | ')}`;
    expect(problems.pageErrors, label).toEqual([]);
    expect(problems.consoleErrors, label).toEqual([]);
    expect(problems.foreignRequests, label).toEqual([]);
    // Still responds: a stage title is on screen and the page answers script.
    expect(await page.textContent('[data-testid="stage-title"]'), label).toBeTruthy();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await context.close();
  });
});
