// Every story checked: one gate for a file, a drop, the stored copy and a synced story, with
// the content checks; a refused story leaves a notice and a running app. Also: an invisible
// title, a story file too large, no BroadcastChannel, a flood of 'hello', and two windows
// changing stage at the same instant.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, closeBrowser, getBrowser, NO_WEBGL_SCRIPT, openApp } from '../helpers/browser';
import storyJson from '../../scenes/ketamine.json';

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));
const title = (i: number) => stages[i]!.title.en;
const stageTitle = (page: Page) => page.textContent('[data-testid="stage-title"]');
const SAVED_STORY_KEY = 'ketamine-synapse.story';

type StoryJson = typeof storyJson;
/** A copy of the built-in story with a change that only the content checks catch. */
function planted(change: (s: StoryJson) => void): StoryJson {
  const story = structuredClone(storyJson);
  story.id = 'planted';
  story.title.en = 'Planted story';
  change(story);
  return story;
}
const unknownEvidence = planted((s) => (s.stages[0]!.evidence = ['no.such.fact']));
const absurdWindow = planted((s) => (s.stages[1]!.modelWindow.endMin = 9.9e9));
const allHidden = planted((s) => s.stages.forEach((st) => Object.assign(st, { hidden: true })));

/** Opens a present-mode page with `key`'s value planted in localStorage first. */
async function openWithSaved(value: unknown) {
  return openApp({
    query: 'mode=present&lang=en',
    initScript: `${NO_WEBGL_SCRIPT}
      localStorage.setItem(${JSON.stringify(SAVED_STORY_KEY)}, ${JSON.stringify(JSON.stringify(value))});`,
  });
}

/** Posts a raw message on the app's sync channel from another page of the same origin. */
async function postSync(page: Page, messages: unknown[]): Promise<void> {
  await page.evaluate((list) => {
    const channel = new BroadcastChannel('ketamine-synapse');
    for (const m of list) channel.postMessage(m);
    channel.close();
  }, messages);
}

const syncState = (story: unknown) => ({
  app: 'ketamine-synapse',
  v: 1,
  from: 'intruder',
  kind: 'state',
  seq: 1000,
  rank: 1,
  state: {
    stageId: stages[1]!.id,
    playing: true,
    speed: 1,
    blackout: false,
    lang: 'en',
    storyRev: 'custom-planted',
    story,
  },
});

afterAll(closeBrowser);

describe('one gate for every story', () => {
  it.each([
    ['an unknown evidence id', unknownEvidence, /unknown evidence id "no\.such\.fact"/],
    ['an absurd model window', absurdWindow, /outside the model range/],
  ])('refuses a stored story with %s, with a notice, and keeps running', async (_, story, why) => {
    const { page, context, problems } = await openWithSaved(story);
    try {
      const notice = page.locator('[data-notice="story-dropped"]');
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(why);
      expect(await page.locator('[data-notice="story-restored"]').count()).toBe(0);
      expect(await stageTitle(page)).toBe(title(0));
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => stageTitle(page)).toBe(title(1));
      expect(await page.evaluate((k) => localStorage.getItem(k), SAVED_STORY_KEY)).toBeNull();
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('still restores a stored story that passes the checks', async () => {
    const good = planted((s) => (s.stages[0]!.title.en = 'A planted first stage'));
    const { page, context } = await openWithSaved(good);
    try {
      await page.locator('[data-notice="story-restored"]').waitFor();
      await expect.poll(() => stageTitle(page)).toBe('A planted first stage');
    } finally {
      await context.close();
    }
  });

  it.each([
    ['every stage hidden', allHidden, /every stage is hidden/],
    ['an unknown evidence id', unknownEvidence, /unknown evidence id/],
  ])('refuses a synced story with %s, with a notice, and keeps running', async (_, story, why) => {
    const { page, context, problems } = await openApp({
      query: 'mode=present&lang=en',
      initScript: NO_WEBGL_SCRIPT,
    });
    const other = await context.newPage();
    try {
      await other.goto(appUrl('view=handout&lang=en'));
      await postSync(other, [syncState(story)]);
      const notice = page.locator('[data-notice="story-sync-refused"]');
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(why);
      expect(await stageTitle(page)).toBe(title(0));
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => stageTitle(page)).toBe(title(1));
      expect(await page.locator('[role="alert"][data-boundary]').count()).toBe(0);
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses a story file whose title is only zero-width characters', async () => {
    const { page, context } = await openApp({
      query: 'mode=present&lang=en',
      initScript: NO_WEBGL_SCRIPT,
    });
    try {
      const story = planted((s) => (s.title.en = '\u200b\u200c\u200d\u2060'));
      await page.getByTestId('story-file-input').setInputFiles({
        name: 'invisible.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(story)),
      });
      const notice = page.locator('[data-notice="story-file"]');
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/field title\.en: has no visible characters/);
    } finally {
      await context.close();
    }
  });

  it('says a 20 MB story file is too large', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, Buffer.alloc(20_000_000, 0x20));
    const { page, context } = await openApp({
      query: 'mode=present&lang=en',
      initScript: NO_WEBGL_SCRIPT,
    });
    try {
      // from disk: the browser reads the path itself (a 20 MB buffer over the protocol is slow)
      await page.getByTestId('story-file-input').setInputFiles(huge);
      const notice = page.locator('[data-notice="story-file"]');
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/too large/);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the window sync', () => {
  it('says so when the browser has no BroadcastChannel', async () => {
    const { page, context } = await openApp({
      query: 'mode=present&lang=en',
      initScript: `${NO_WEBGL_SCRIPT} delete window.BroadcastChannel;`,
    });
    try {
      await page.locator('[data-notice="sync-unavailable"]').waitFor();
      expect(await page.locator('[data-notice="sync-unavailable"]').textContent()).toMatch(
        /will not follow/,
      );
    } finally {
      await context.close();
    }
  });

  it('answers a flood of hello messages once per window, not once per message', async () => {
    const { page, context } = await openApp({
      query: 'mode=present&lang=en',
      initScript: NO_WEBGL_SCRIPT,
    });
    const other = await context.newPage();
    try {
      await other.goto(appUrl('view=handout&lang=en'));
      await other.evaluate(() => {
        const channel = new BroadcastChannel('ketamine-synapse');
        const w = window as { __answers?: string[] };
        w.__answers = [];
        channel.onmessage = (e: MessageEvent<{ kind?: string; to?: string }>) => {
          if (e.data?.kind === 'state') w.__answers!.push(String(e.data.to));
        };
        const hello = (from: string) => ({ app: 'ketamine-synapse', v: 1, from, kind: 'hello' });
        for (let i = 0; i < 200; i++) channel.postMessage(hello('flooder'));
        // a second window's hello, after the flood: its answer marks the end of the flood's
        channel.postMessage(hello('marker'));
      });
      const answers = () => other.evaluate(() => (window as { __answers?: string[] }).__answers);
      await expect.poll(answers, { timeout: 120_000 }).toContain('marker');
      expect((await answers())!.length).toBeLessThanOrEqual(2);
      expect(await stageTitle(page)).toBe(title(0));
    } finally {
      await context.close();
    }
  });

  it('brings two windows that change stage at the same instant to the same stage', async () => {
    const browser = await getBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      await context.addInitScript(NO_WEBGL_SCRIPT);
      const projected = await context.newPage();
      await projected.goto(appUrl(`mode=present&lang=en&stage=${stages[2]!.id}`));
      await projected.waitForSelector('[data-testid="stage-title"]');
      const popupEvent = context.waitForEvent('page');
      await projected.evaluate(
        (url) => {
          (window as { __other?: Window | null }).__other = window.open(url, 'other');
        },
        appUrl(`mode=present&view=presenter&lang=en&stage=${stages[2]!.id}`),
      );
      const presenter = await popupEvent;
      await presenter.waitForSelector('[data-testid="presenter-view"]');
      for (let round = 0; round < 5; round++) {
        // both in one task of the projected window: each sends before it hears the other
        await projected.evaluate(() => {
          const other = (window as { __other?: Window | null }).__other!;
          const key = (w: Window, k: string) =>
            w.dispatchEvent(new (w as typeof window).KeyboardEvent('keydown', { key: k }));
          key(window, 'ArrowRight');
          key(other, 'ArrowLeft');
        });
        const titles = async () => [await stageTitle(projected), await stageTitle(presenter)];
        await expect.poll(async () => new Set(await titles()).size, { timeout: 120_000 }).toBe(1);
      }
    } finally {
      await context.close();
    }
  });
});
