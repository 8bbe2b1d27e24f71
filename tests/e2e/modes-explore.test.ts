// Explore mode and the controls every mode shares: keys, the help dialog, speed, Reset All,
// the timeline, and the URL that follows the stage (copy, back, forward).
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, NO_WEBGL_SCRIPT, openApp } from '../helpers/browser';
import {
  holdFrames,
  nextFrames,
  releaseFrames,
  stepFrames,
  waitForSettled,
} from '../helpers/frames';
import { REACT_COMMIT_COUNTER_SCRIPT } from '../helpers/react-commits';
import { bindingsForMode } from '../../src/a11y/keymap';
import storyJson from '../../scenes/ketamine.json';

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));
const title = (i: number) => stages[i]!.title.en;

afterAll(closeBrowser);

describe('explore mode', () => {
  it('moves with arrows, PageUp/PageDown, Home/End and plays or pauses with Space', async () => {
    const { page, context, problems } = await openApp({ initScript: NO_WEBGL_SCRIPT });
    const stageTitle = () => page.textContent('[data-testid="stage-title"]');
    await page.keyboard.press('ArrowRight');
    await expect.poll(stageTitle).toBe(title(1));
    await page.keyboard.press('PageDown');
    await expect.poll(stageTitle).toBe(title(2));
    await page.keyboard.press('PageUp');
    await expect.poll(stageTitle).toBe(title(1));
    await page.keyboard.press('End');
    await expect.poll(stageTitle).toBe(title(stages.length - 1));
    await page.keyboard.press('Home');
    await expect.poll(stageTitle).toBe(title(0));

    const toggle = page.getByTestId('play-toggle');
    const before = await toggle.getAttribute('aria-pressed');
    await page.locator('body').press(' ');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).not.toBe(before);
    await page.keyboard.press('k');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe(before);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the stage in the URL, and back and forward move through stages', async () => {
    const { page, context } = await openApp({ initScript: NO_WEBGL_SCRIPT });
    const stageTitle = () => page.textContent('[data-testid="stage-title"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('stage')).toBe(stages[2]!.id);
    await page.goBack();
    await expect.poll(stageTitle).toBe(title(1));
    expect(new URL(page.url()).searchParams.get('stage')).toBe(stages[1]!.id);
    await page.goForward();
    await expect.poll(stageTitle).toBe(title(2));

    // a copied link reopens the same stage
    const copied = page.url();
    const other = await context.newPage();
    await other.goto(copied);
    await expect.poll(() => other.textContent('[data-testid="stage-title"]')).toBe(title(2));
    await context.close();
  });

  it('opens the keyboard help with ? listing the key table, and closes it with Escape', async () => {
    const { page, context } = await openApp({ initScript: NO_WEBGL_SCRIPT });
    const help = page.getByTestId('help-button');
    await help.focus();
    await page.keyboard.press('?');
    const dialog = page.getByTestId('help-dialog');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    const rows = bindingsForMode('explore');
    expect(await dialog.locator('tbody tr').count()).toBe(rows.length);
    for (const row of rows) {
      expect(await dialog.locator(`tr[data-action="${row.action}"]`).textContent()).toContain(
        row.label.en,
      );
    }
    // focus is inside the dialog, and stage keys do nothing behind it
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('[data-testid="stage-title"]')).toBe(title(0));
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'help-button',
    );
    await context.close();
  });

  it('changes speed and Reset All returns to the start at 1x, paused', async () => {
    const { page, context } = await openApp({ initScript: NO_WEBGL_SCRIPT, query: 'stage=mtor' });
    for (const x of ['0.5', '1', '2']) {
      await page.locator(`[data-testid="speed"] button[data-speed="${x}"]`).click();
      expect(
        await page
          .locator(`[data-testid="speed"] button[data-speed="${x}"]`)
          .getAttribute('aria-pressed'),
      ).toBe('true');
    }
    // < and > step the speed too
    const pressed = () =>
      page.locator('[data-testid="speed"] button[aria-pressed="true"]').getAttribute('data-speed');
    await page.keyboard.press('>');
    await expect.poll(pressed).toBe('4');
    await page.keyboard.press('>');
    await expect.poll(pressed).toBe('4');
    await page.keyboard.press('<');
    await page.keyboard.press('<');
    await page.keyboard.press('<');
    await expect.poll(pressed).toBe('0.5');
    await page.getByTestId('reset-all').click();
    await expect.poll(() => page.textContent('[data-testid="stage-title"]')).toBe(title(0));
    expect(
      await page
        .locator('[data-testid="speed"] button[data-speed="1"]')
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await page.getByTestId('play-toggle').getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });

  it('marks every stage on the timeline, scrubs, and moves the playhead with no React commits', async () => {
    const { page, context } = await openApp({
      initScript: NO_WEBGL_SCRIPT + REACT_COMMIT_COUNTER_SCRIPT,
      query: 'stage=infusion',
      autoplay: true,
    });
    const marks = page.locator('.timeline-mark');
    expect(await marks.count()).toBe(stages.length);
    await marks.nth(4).click();
    await expect.poll(() => page.textContent('[data-testid="stage-title"]')).toBe(title(4));
    expect(await marks.nth(4).getAttribute('aria-current')).toBe('step');

    // steady playback (once the stage's chart has loaded): the scrubber moves, React does
    // not commit. The frames are paced on a made-up clock, so a loaded machine's slow frames
    // do not decide how far the story gets.
    await waitForSettled(page);
    const scrubber = page.getByTestId('timeline-scrubber');
    await holdFrames(page);
    const v0 = Number(await scrubber.inputValue());
    const commits0 = await page.evaluate(() => window.__reactCommits ?? 0);
    // one second of story at 1x (the 162 s story is 1000 steps long: about 6 steps)
    await stepFrames(page, 10, 100);
    const v1 = Number(await scrubber.inputValue());
    // real frames again: any commit the playback scheduled has run before the count is read
    await releaseFrames(page);
    await nextFrames(page, 2);
    const commits1 = await page.evaluate(() => window.__reactCommits ?? 0);
    expect(v1).toBeGreaterThan(v0 + 3);
    const log = await page.evaluate(() => window.__reactCommitLog ?? []);
    expect(
      commits1 - commits0,
      `commits rendered: ${log.slice(commits0 - commits1).join(' | ')}`,
    ).toBe(0);

    // keyboard on the scrubber scrubs the story (End = the end of the last stage)
    await scrubber.focus();
    await page.keyboard.press('End');
    await expect
      .poll(() => page.textContent('[data-testid="stage-title"]'))
      .toBe(title(stages.length - 1));
    await page.keyboard.press('Home');
    await expect.poll(() => page.textContent('[data-testid="stage-title"]')).toBe(title(0));
    await context.close();
  });

  it('opens every mode and view in Spanish and in the pseudo-locale without errors', async () => {
    for (const lang of ['es', 'pseudo']) {
      for (const query of [
        'mode=explore',
        'mode=present',
        'mode=kiosk',
        'mode=present&view=presenter',
        'mode=present&view=handout',
      ]) {
        // a page of the file's shared context (a new context for each cost ~2 CPU-s more)
        const { page, context, problems } = await openApp({
          query: `${query}&lang=${lang}`,
          initScript: NO_WEBGL_SCRIPT,
          autoplay: true,
          ready: '[data-testid="stage-title"], [data-testid="handout-page"]',
        });
        try {
          await waitForSettled(page);
          await nextFrames(page, 2);
          const errors = [...problems.pageErrors, ...problems.consoleErrors];
          expect(errors, `${lang} ${query}`).toEqual([]);
          if (lang === 'es' && query === 'mode=kiosk') {
            expect(await page.getByTestId('kiosk-pause').textContent()).toContain('Pausa');
            expect(await page.getByTestId('kiosk-safety').textContent()).toContain(
              'profesional sanitario',
            );
          }
        } finally {
          await context.close();
        }
      }
    }
  });

  it('rejects bad kiosk timing values with a notice and keeps explore mode', async () => {
    const { page, context, problems } = await openApp({
      initScript: NO_WEBGL_SCRIPT,
      query: 'kioskStageSec=0&kioskIdleSec=abc&view=nope',
    });
    for (const param of ['kioskStageSec', 'kioskIdleSec', 'view']) {
      await expect.poll(() => page.locator('.notice', { hasText: param }).count()).toBe(1);
    }
    expect(await page.getAttribute('.app', 'data-mode')).toBe('explore');
    // the ignored values are gone from the address bar, so a copied link is clean
    expect(new URL(page.url()).search).not.toMatch(/kiosk|view/);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
