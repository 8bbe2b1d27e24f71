// Kiosk mode: the attract loop advances and loops by itself, shows no confusing controls and
// never a dose control, pauses for a visitor and starts again after idle, keeps the screen
// awake, and recovers from an uncaught error without a person. Time parameters shortened.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, NO_WEBGL_SCRIPT, openApp } from '../helpers/browser';
import { HOLD_FRAMES_SCRIPT, nextFrames, stepFrames, waitForSettled } from '../helpers/frames';
// the kiosk's default story: the patients' one (scenes/patient.json)
import storyJson from '../../scenes/patient.json';

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));
const title = (i: number) => stages[i]!.title.en;
const stageTitle = (page: Page) => page.textContent('[data-testid="stage-title"]');

/** A fake Screen Wake Lock that records requests; __releaseWakeLock() drops the lock. */
const WAKE_LOCK_STUB = `
  (() => {
    window.__wakeLockRequests = [];
    let current = null;
    const wakeLock = {
      request(type) {
        window.__wakeLockRequests.push(type);
        const sentinel = new EventTarget();
        sentinel.released = false;
        sentinel.type = type;
        sentinel.release = () => {
          if (!sentinel.released) {
            sentinel.released = true;
            sentinel.dispatchEvent(new Event('release'));
          }
          return Promise.resolve();
        };
        current = sentinel;
        return Promise.resolve(sentinel);
      },
    };
    Object.defineProperty(Navigator.prototype, 'wakeLock', { get: () => wakeLock, configurable: true });
    window.__releaseWakeLock = () => current && current.release();
  })();
`;

afterAll(closeBrowser);

describe('kiosk mode', () => {
  it('advances on its own, loops back to the start, and shows no confusing controls', async () => {
    // 1 s a stage, on a made-up clock of 0.1 s a frame: the machine's speed does not matter
    const { page, context, problems } = await openApp({
      query: 'mode=kiosk&kioskStageSec=1',
      initScript: NO_WEBGL_SCRIPT + HOLD_FRAMES_SCRIPT,
    });
    expect(await page.getAttribute('.app', 'data-mode')).toBe('kiosk');
    expect(await stageTitle(page)).toBe(title(0));
    // the first frame only starts the clock; then 11 frames a stage (10 x 0.1 s falls just short)
    await stepFrames(page, 12);
    await expect.poll(() => stageTitle(page)).toBe(title(1));
    await stepFrames(page, 11);
    await expect.poll(() => stageTitle(page)).toBe(title(2));
    expect(await page.evaluate(() => window.__kioskLoops ?? 0)).toBe(0);
    await stepFrames(page, 11 * (stages.length - 2));
    await expect.poll(() => stageTitle(page)).toBe(title(0));
    await expect.poll(() => page.evaluate(() => window.__kioskLoops ?? 0)).toBe(1);
    // no stage buttons, timeline, speed, help, presenter tools or dose control of any kind
    for (const selector of [
      '.stage-nav',
      '[data-testid="timeline"]',
      '[data-testid="speed"]',
      '[data-testid="help-button"]',
      '.present-tools',
      'input',
      'select',
    ]) {
      expect(await page.locator(selector).count(), selector).toBe(0);
    }
    // the one control is Pause (no glossary buttons in a caption nobody touches); the kiosk
    // bar is a chunk of its own, so it is waited for
    await page.getByTestId('kiosk-pause').waitFor();
    expect(await page.locator('.app-footer button').count()).toBe(1);
    expect(await page.getByTestId('kiosk-pause').isVisible()).toBe(true);
    expect(await page.getByTestId('kiosk-safety').textContent()).toMatch(/ask your clinician/i);
    expect(await page.locator('.not-advice').isVisible()).toBe(true);
    // captions readable across a room, and slowly drifting (no burn-in)
    const caption = page.getByTestId('stage-caption');
    expect(
      await caption.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(40);
    expect(
      await page.locator('.app-footer').evaluate((el) => getComputedStyle(el).animationName),
    ).toBe('kiosk-drift');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('asks only its own server for updates, between loops, and leaves the address alone', async () => {
    const { page, context, problems } = await openApp({
      query: 'mode=kiosk&kioskStageSec=1',
      initScript: HOLD_FRAMES_SCRIPT,
      serviceWorkers: 'allow',
    });
    const loops = () => page.evaluate(() => window.__kioskLoops ?? 0);
    /**
     * One loop on the made-up clock, half a second at a time, each moment given the time to
     * load what it needs, until the loop count goes up (so a frame the kiosk's watchdog restarts
     * while the page is busy cannot leave the loop short).
     */
    const playLoop = async () => {
      const before = await loops();
      for (let i = 0; i < 40 * stages.length && (await loops()) === before; i++) {
        await stepFrames(page, 5);
        await waitForSettled(page);
      }
    };
    // the first loop loads every lazy chunk it needs (its first frame only starts the clock)
    await stepFrames(page, 1);
    await playLoop();
    await expect.poll(loops).toBe(1);
    const url = page.url();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await playLoop();
    await expect.poll(loops).toBe(2);
    // At the end of a loop the kiosk asks its own server whether a new build is out (the
    // service worker's update check of sw.js, issue 16): that one request, and nothing else
    // (no favicon per stage, nothing to another origin).
    const origin = new URL(url).origin;
    const updateCheck = (u: string) =>
      new URL(u).origin === origin && new URL(u).pathname.endsWith('/sw.js');
    expect(requests.filter((u) => !updateCheck(u))).toEqual([]);
    expect(requests.filter(updateCheck).length).toBeLessThanOrEqual(1);
    expect(page.url()).toBe(url);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('pauses for a visitor and starts again from the top after the idle time', async () => {
    const { page, context } = await openApp({
      query: 'mode=kiosk&stage=after&kioskStageSec=60&kioskIdleSec=2',
      initScript: NO_WEBGL_SCRIPT,
    });
    const after = stages.findIndex((s) => s.id === 'after');
    expect(await stageTitle(page)).toBe(title(after));
    // the page notes each visitor input, and every change of the Pause button and the title,
    // with its time: what follows is read from that record, not raced against the clock
    await page.evaluate(() => {
      const w = window as { __kioskRecord?: [number, string][] };
      const record: [number, string][] = (w.__kioskRecord = []);
      for (const type of ['pointerdown', 'keydown'])
        addEventListener(type, () => record.push([performance.now(), 'input']), true);
      const state = () => {
        const pause = document.querySelector('[data-testid="kiosk-pause"]')?.textContent ?? '';
        const title = document.querySelector('[data-testid="stage-title"]')?.textContent ?? '';
        return `${pause.includes('Continue') ? 'paused' : 'playing'} ${title}`;
      };
      let last = state(); // playing, on the first stage asked for
      new MutationObserver(() => {
        const now = state();
        if (now !== last) record.push([performance.now(), (last = now)]);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const pause = page.getByTestId('kiosk-pause');
    await pause.click({ force: true }); // it drifts (slowly) by design
    await page.keyboard.press('ArrowRight');
    // back to the loop, from the first stage, once the idle time has passed
    await expect.poll(() => stageTitle(page), { timeout: 120_000 }).toBe(title(0));
    expect(await pause.textContent()).toContain('Pause');
    const record = await page.evaluate(
      () => (window as { __kioskRecord?: [number, string][] }).__kioskRecord ?? [],
    );
    const states = record.filter(([, what]) => what !== 'input').map(([, what]) => what);
    // paused on the same stage (the arrow key does not move a kiosk), then the loop from the top
    expect(states).toEqual([`paused ${title(after)}`, `playing ${title(0)}`]);
    const lastInput = Math.max(...record.filter(([, w]) => w === 'input').map(([t]) => t));
    const restart = record.find(([, what]) => what === `playing ${title(0)}`)![0];
    // not before the idle time (2 s) after the last input: a timer never fires early
    expect(restart - lastInput).toBeGreaterThanOrEqual(1_950);
    await context.close();
  });

  it('Space pauses and resumes the loop', async () => {
    const { page, context } = await openApp({
      query: 'mode=kiosk&kioskStageSec=60',
      initScript: NO_WEBGL_SCRIPT,
    });
    const pause = page.getByTestId('kiosk-pause');
    expect(await pause.textContent()).toContain('Pause');
    await page.locator('body').press('Space');
    await expect.poll(() => pause.textContent()).toContain('Continue');
    await page.locator('body').press('Space');
    await expect.poll(() => pause.textContent()).toContain('Pause');
    await context.close();
  });

  it('asks for a screen wake lock, and again when the page becomes visible after losing it', async () => {
    const { page, context } = await openApp({
      query: 'mode=kiosk',
      initScript: NO_WEBGL_SCRIPT + WAKE_LOCK_STUB,
    });
    const requests = () =>
      page.evaluate(() => (window as { __wakeLockRequests?: string[] }).__wakeLockRequests);
    await expect.poll(requests).toEqual(['screen']);
    await page.evaluate(() => {
      (window as { __releaseWakeLock?: () => void }).__releaseWakeLock?.();
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(requests).toEqual(['screen', 'screen']);
    await context.close();
  });

  it('does not ask for a wake lock outside kiosk mode', async () => {
    const { page, context } = await openApp({ initScript: NO_WEBGL_SCRIPT + WAKE_LOCK_STUB });
    await waitForSettled(page);
    await nextFrames(page, 2); // the app's effects have run
    expect(
      await page.evaluate(() => (window as { __wakeLockRequests?: string[] }).__wakeLockRequests),
    ).toEqual([]);
    await context.close();
  });

  it('restarts the loop and remounts the 3D scene by itself after an uncaught error', async () => {
    const { page, context, problems } = await openApp({
      query: 'mode=kiosk&stage=new-links&kioskStageSec=60',
    });
    await page.waitForSelector('[data-testid="scene-slot"]');
    const epoch = () => page.getAttribute('[data-testid="scene-slot"]', 'data-scene-epoch');
    expect(await epoch()).toBe('0');
    // the recovery is installed by the lazily loaded kiosk bar, in the effects of the render
    // that shows its button: an error thrown before then has nobody to restart the loop
    await page.getByTestId('kiosk-pause').waitFor();
    await nextFrames(page, 2); // that render's effects have run
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('simulated failure in the waiting room');
      });
    });
    await expect.poll(() => page.evaluate(() => window.__kioskRecoveries ?? 0)).toBe(1);
    await expect.poll(epoch).toBe('1');
    await expect.poll(() => stageTitle(page)).toBe(title(0));
    expect(await page.getByTestId('kiosk-pause').textContent()).toContain('Pause');
    // the notice comes once the restarted loop is seen running (its heartbeat, checked every 0.1 s)
    await expect
      .poll(() => page.locator('.notice', { hasText: 'restarted itself' }).count())
      .toBe(1);
    expect(problems.pageErrors.join('\n')).toContain('simulated failure');
    await context.close();
  });

  it('restarts the loop for an error in its first moments, before its recovery code has loaded', async () => {
    let held = 0;
    const { page, context, problems } = await openApp({
      query: 'mode=kiosk&stage=new-links&kioskStageSec=60',
      initScript: `addEventListener('DOMContentLoaded', () => setTimeout(() => {
        window.__earlyThrown = true;
        throw new Error('early failure in the waiting room');
      }));`,
      // the kiosk bar and its recovery code arrive only after the error has been thrown
      setUp: async (p) => {
        await p.route(/\/assets\/(KioskBar|use-kiosk-recovery)-[^/]*\.js$/, async (route) => {
          held++;
          await p.waitForFunction(() => (window as { __earlyThrown?: boolean }).__earlyThrown);
          await route.continue();
        });
      },
    });
    await expect.poll(() => page.evaluate(() => window.__kioskRecoveries ?? 0)).toBe(1);
    expect(held).toBeGreaterThan(0);
    await expect
      .poll(() => page.getAttribute('[data-testid="scene-slot"]', 'data-scene-epoch'))
      .toBe('1');
    expect(problems.pageErrors.join('\n')).toContain('early failure');
    await context.close();
  });

  it('remounts the 3D scene by itself when its GPU context stays lost', async () => {
    const { page, context } = await openApp({
      query: 'mode=kiosk&stage=new-links&kioskStageSec=60',
    });
    await page.waitForSelector('[data-testid="scene-slot"] canvas');
    const epoch = () => page.getAttribute('[data-testid="scene-slot"]', 'data-scene-epoch');
    // a context-lost event with no restore after it (as when a GPU reset does not recover);
    // the page notes when it was lost and when the scene was remounted
    await page.evaluate(() => {
      const w = window as { __lostAt?: number; __remountedAt?: number };
      const slot = document.querySelector('[data-testid="scene-slot"]')!;
      new MutationObserver(() => {
        if (slot.getAttribute('data-scene-epoch') !== '0') w.__remountedAt ??= performance.now();
      }).observe(slot, { attributes: true, attributeFilter: ['data-scene-epoch'] });
      w.__lostAt = performance.now();
      slot
        .querySelector('canvas')!
        .dispatchEvent(new Event('webglcontextlost', { cancelable: true }));
    });
    await expect.poll(epoch, { timeout: 120_000 }).toBe('1');
    // a grace period first: 5 s (a timer never fires early, however loaded the machine)
    const waited = await page.evaluate(() => {
      const w = window as { __lostAt?: number; __remountedAt?: number };
      return (w.__remountedAt ?? 0) - (w.__lostAt ?? 0);
    });
    expect(waited).toBeGreaterThanOrEqual(4_900);
    await page.waitForSelector('[data-testid="scene-slot"] canvas');
    expect(await page.evaluate(() => window.__kioskRecoveries)).toBe(1);
    await context.close();
  });

  it('rejects out-of-range timing values with a notice and keeps the defaults', async () => {
    const { page, context } = await openApp({
      query: 'mode=kiosk&kioskStageSec=100000&kioskIdleSec=-5&dose=0.8',
      initScript: NO_WEBGL_SCRIPT + HOLD_FRAMES_SCRIPT,
    });
    await expect.poll(() => page.locator('.notice', { hasText: 'kioskStageSec' }).count()).toBe(1);
    await expect.poll(() => page.locator('.notice', { hasText: 'kioskIdleSec' }).count()).toBe(1);
    // the default pace: 20 s per stage, counted on a made-up clock (0.1 s a frame; the first
    // frame only starts the clock)
    await stepFrames(page, 1 + 195);
    expect(await stageTitle(page)).toBe(title(0));
    await stepFrames(page, 10);
    await expect.poll(() => stageTitle(page)).toBe(title(1));
    await context.close();
  });
});
