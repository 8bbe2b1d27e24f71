// Present mode: clicker keys, blackout, full screen, the presenter window kept in sync both
// ways (also after a reload), the handout (one printed page per stage) and story files.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, newContext, NO_WEBGL_SCRIPT, openApp, appUrl } from '../helpers/browser';
import storyJson from '../../scenes/ketamine.json';
import { nextFrames } from '../helpers/frames';

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));
const title = (i: number) => stages[i]!.title.en;
const stageTitle = (page: Page) => page.textContent('[data-testid="stage-title"]');

/** Records requestFullscreen calls instead of asking the (headless) browser. */
const FULLSCREEN_STUB = `
  window.__fullscreenCalls = 0;
  Element.prototype.requestFullscreen = function () {
    window.__fullscreenCalls += 1;
    return Promise.resolve();
  };
`;

afterAll(closeBrowser);

describe('present mode', () => {
  it('follows clicker and keyboard keys, with large type and no exploratory controls', async () => {
    const { page, context, problems } = await openApp({
      query: 'mode=present',
      initScript: NO_WEBGL_SCRIPT,
    });
    expect(await page.getAttribute('.app', 'data-mode')).toBe('present');
    expect(await page.locator('[data-testid="speed"], [data-testid="reset-all"]').count()).toBe(0);
    const size = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('.caption')!).fontSize),
    );
    expect(size).toBeGreaterThanOrEqual(24);

    const steps: [string, number][] = [
      ['PageDown', 1],
      ['PageDown', 2],
      ['PageUp', 1],
      ['ArrowRight', 2],
      ['Space', 3],
      ['ArrowDown', 4],
      ['ArrowUp', 3],
      ['ArrowLeft', 2],
      ['End', stages.length - 1],
      ['Home', 0],
    ];
    for (const [key, index] of steps) {
      await page.keyboard.press(key);
      await expect
        .poll(() => stageTitle(page), { message: `${key} -> stage ${index + 1}` })
        .toBe(title(index));
    }
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('blacks out with B and ., and any key brings the picture back without moving', async () => {
    const { page, context } = await openApp({ query: 'mode=present', initScript: NO_WEBGL_SCRIPT });
    const blackout = page.getByTestId('blackout');
    await page.keyboard.press('b');
    await expect.poll(() => blackout.count()).toBe(1);
    const box = await blackout.boundingBox();
    expect(box?.width).toBe(1280);
    expect(box?.height).toBe(720);
    expect(await blackout.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(0, 0, 0)',
    );
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => blackout.count()).toBe(0);
    expect(await stageTitle(page)).toBe(title(0));
    await page.keyboard.press('.');
    await expect.poll(() => blackout.count()).toBe(1);
    await page.keyboard.press('B');
    await expect.poll(() => blackout.count()).toBe(0);
    await page.getByTestId('blackout-button').click();
    await expect.poll(() => blackout.count()).toBe(1);
    await blackout.click();
    await expect.poll(() => blackout.count()).toBe(0);
    await context.close();
  });

  it('asks for full screen with F and with its button', async () => {
    const { page, context } = await openApp({
      query: 'mode=present',
      initScript: NO_WEBGL_SCRIPT + FULLSCREEN_STUB,
    });
    const calls = () =>
      page.evaluate(() => (window as { __fullscreenCalls?: number }).__fullscreenCalls);
    await page.keyboard.press('f');
    await expect.poll(calls).toBe(1);
    await page.getByTestId('fullscreen-button').click();
    await expect.poll(calls).toBe(2);
    await context.close();
  });

  it('keeps the presenter window and the projected window in sync both ways, also after reloads', async () => {
    const context = await newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(NO_WEBGL_SCRIPT);
    const errors: string[] = [];
    const audience = await context.newPage();
    audience.on('pageerror', (e) => errors.push(String(e)));
    await audience.goto(appUrl('mode=present&lang=en'));
    await audience.waitForSelector('[data-testid="stage-title"]');

    // P opens the presenter window: the same build, no 3D scene
    const [popup] = await Promise.all([context.waitForEvent('page'), audience.keyboard.press('p')]);
    await popup.waitForSelector('[data-testid="presenter-view"]');
    expect(new URL(popup.url()).searchParams.get('view')).toBe('presenter');
    await popup.close();

    const presenter = await context.newPage();
    presenter.on('pageerror', (e) => errors.push(String(e)));
    await presenter.goto(appUrl('mode=present&view=presenter&lang=en'));
    await presenter.waitForSelector('[data-testid="presenter-view"]');
    expect(await presenter.locator('canvas').count()).toBe(0);
    const notes = () => presenter.textContent('[data-testid="speaker-notes"]');
    const next = () => presenter.textContent('[data-testid="next-title"]');
    expect(await notes()).toBe(stages[0]!.speakerNotes.en);
    expect(await next()).toBe(title(1));
    expect(await presenter.locator('[data-testid="stage-still"]').count()).toBe(1);
    expect(await presenter.textContent('[data-testid="presenter-elapsed"]')).toMatch(/^\d+:\d\d$/);

    // audience -> presenter
    await audience.keyboard.press('ArrowRight');
    await expect.poll(notes).toBe(stages[1]!.speakerNotes.en);
    expect(await next()).toBe(title(2));
    // presenter -> audience
    await presenter.keyboard.press('PageDown');
    await expect.poll(() => stageTitle(audience)).toBe(title(2));
    // speed from the presenter window paces the projected one
    await presenter.locator('[data-testid="speed"] button[data-speed="2"]').click();
    await expect.poll(() => audience.getAttribute('.stage-nav', 'data-speed')).toBe('2');
    await audience.keyboard.press('<');
    await expect
      .poll(() =>
        presenter
          .locator('[data-testid="speed"] button[aria-pressed="true"]')
          .getAttribute('data-speed'),
      )
      .toBe('1');
    // blackout from the presenter blanks the projected window
    await presenter.keyboard.press('b');
    await expect.poll(() => audience.getByTestId('blackout').count()).toBe(1);
    await expect.poll(() => presenter.getByTestId('presenter-blackout').count()).toBe(1);
    await audience.keyboard.press('Escape');
    await expect.poll(() => presenter.getByTestId('presenter-blackout').count()).toBe(0);

    // the presenter window reopened on a stale link catches up with the projected one
    await presenter.goto(appUrl('mode=present&view=presenter&stage=rest&lang=en'));
    await presenter.waitForSelector('[data-testid="presenter-view"]');
    await expect.poll(notes).toBe(stages[2]!.speakerNotes.en);
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => stageTitle(audience)).toBe(title(3));

    // and the projected window reloaded on a stale link catches up with the presenter
    await audience.goto(appUrl('mode=present&stage=rest&lang=en'));
    await audience.waitForSelector('[data-testid="stage-title"]');
    await expect.poll(() => stageTitle(audience)).toBe(title(3));
    await audience.keyboard.press('ArrowLeft');
    await expect.poll(notes).toBe(stages[2]!.speakerNotes.en);

    // a condition chosen on the projector: the presenter's preview of that stage draws it too
    const conditions = stages.findIndex((s) => s.id === 'conditions');
    for (let i = 3; i <= conditions; i++) {
      await presenter.keyboard.press('ArrowRight');
      await expect.poll(() => stageTitle(audience)).toBe(title(i));
    }
    await audience.locator('.segmented button[data-condition="pain"]').click();
    await presenter.keyboard.press('ArrowLeft');
    await expect.poll(() => stageTitle(audience)).toBe(title(conditions - 1));
    const preview = presenter.locator('[data-testid="stage-still"] svg');
    await expect.poll(() => preview.getAttribute('data-picture')).toBe('dorsal-horn');
    await audience.keyboard.press('ArrowRight');
    await audience.locator('.segmented button[data-condition="anxiety"]').click();
    await audience.keyboard.press('ArrowLeft');
    await expect.poll(() => preview.getAttribute('data-picture')).toBe('anxiety');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints a handout with one page per stage, each with caption, explanation and sources', async () => {
    const context = await newContext();
    await context.addInitScript(NO_WEBGL_SCRIPT);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(appUrl('mode=present&view=handout&lang=en'));
    await page.waitForSelector('[data-testid="handout-page"]');
    const pages = page.getByTestId('handout-page');
    expect(await pages.count()).toBe(stages.length);
    for (let i = 0; i < stages.length; i++) {
      const p = pages.nth(i);
      expect(await p.locator('h2').textContent()).toBe(title(i));
      expect(await p.locator('.handout-caption').textContent()).toBe(stages[i]!.caption.en);
      expect(await p.locator('.handout-explanation').textContent()).toBe(stages[i]!.explanation.en);
      expect(await p.locator('.handout-sources li').count()).toBeGreaterThan(0);
      expect(await p.getByTestId('stage-still').count()).toBe(1);
    }
    expect(await page.locator('canvas').count()).toBe(0);
    // print to PDF: a page per stage, and the glossary's page
    await page.getByTestId('handout-glossary').waitFor();
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    const pageCount = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pageCount).toBe(stages.length + 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('rejects a bad story file naming the stage and field, and keeps the current story', async () => {
    const { page, context } = await openApp({ query: 'mode=present', initScript: NO_WEBGL_SCRIPT });
    const bad = structuredClone(storyJson) as typeof storyJson;
    bad.stages[2]!.caption.en = '';
    (bad.stages[4] as Record<string, unknown>).durationSec = 'slow';
    await page.getByTestId('story-file-input').setInputFiles({
      name: 'my-lecture.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const notice = page.locator('.notice-error');
    await expect.poll(() => notice.count()).toBe(1);
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('my-lecture.json');
    expect(text).toContain(`stage 3 ("${stages[2]!.id}"), field caption.en`);
    expect(text).toContain(`stage 5 ("${stages[4]!.id}"), field durationSec`);
    expect(await stageTitle(page)).toBe(title(0));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stageTitle(page)).toBe(title(1));

    // a well-formed story citing evidence the app does not have
    const unsourced = structuredClone(storyJson) as typeof storyJson;
    unsourced.stages[1]!.evidence = ['pk.dose.standard', 'my.own.claim'];
    await page.getByTestId('story-file-input').setInputFiles({
      name: 'unsourced.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(unsourced)),
    });
    await expect
      .poll(() => notice.textContent())
      .toContain(
        `stage 2 ("${stages[1]!.id}"), field evidence.1: unknown evidence id "my.own.claim"`,
      );
    expect(await stageTitle(page)).toBe(title(1));

    // not JSON at all
    await page.getByTestId('story-file-input').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "version": 1, '),
    });
    await expect.poll(() => notice.textContent()).toContain('not valid JSON');
    await context.close();
  });

  it('loads a custom story by drag and drop, shares it with the presenter, and downloads it', async () => {
    const { page, context } = await openApp({ query: 'mode=present', initScript: NO_WEBGL_SCRIPT });
    const custom = structuredClone(storyJson) as typeof storyJson;
    custom.title.en = 'My lecture';
    const [first, second] = [custom.stages[0]!, custom.stages[1]!];
    custom.stages[0] = second;
    custom.stages[1] = first;
    (custom.stages[2] as Record<string, unknown>).hidden = true;
    // the page stays on the stage it showed ("rest"), now second
    first.caption.en = 'My own caption for the resting synapse.';
    first.speakerNotes.en = 'Ask the room what a spine is.';
    // present mode's tools, drop zone among them, arrive after the first screen
    await page.waitForSelector('[data-testid="presenter-button"]');
    await nextFrames(page, 2);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'lecture.json', { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      }
    }, JSON.stringify(custom));
    // innerText: the caption as a reader sees it
    await expect
      .poll(() => page.innerText('[data-testid="stage-caption"]'))
      .toBe('My own caption for the resting synapse.');
    expect(await page.locator('.timeline-mark').count()).toBe(stages.length - 1);
    expect(await page.textContent('[data-testid="stage-count"]')).toBe(
      `Stage 2 of ${stages.length - 1}`,
    );
    await expect
      .poll(() => page.locator('.notice-info', { hasText: 'My lecture' }).count())
      .toBe(1);

    // the presenter window gets the same story and notes
    const presenter = await context.newPage();
    await presenter.goto(appUrl('mode=present&view=presenter&lang=en'));
    await expect
      .poll(() => presenter.textContent('[data-testid="speaker-notes"]'))
      .toBe('Ask the room what a spine is.');

    // download the current story as a template
    await page.locator('[data-testid="story-menu"] summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('story-download').click(),
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const saved = JSON.parse(await readFile(path, 'utf8')) as typeof storyJson;
    expect(saved.title.en).toBe('My lecture');
    expect(saved.stages.map((s) => s.id)).toEqual(custom.stages.map((s) => s.id));

    // and back to the built-in story
    await page.getByTestId('story-builtin').click();
    await expect.poll(() => page.locator('.timeline-mark').count()).toBe(stages.length);
    await context.close();
  });
});
