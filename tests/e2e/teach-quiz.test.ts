// Check your understanding and the glossary: questions answered by keyboard with feedback on
// every choice, a link back to the scene and a summary; none in kiosk mode; "Ask the class" in
// present mode; glossary terms open by keyboard and by touch, in both languages; axe. None of
// it depends on the 3D scene: pages open without WebGL (the storyboard draws instead), except
// where a test seeks the scene's clock; software-rendered scene frames cost CPU for nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, closeBrowser, newContext, NO_WEBGL_SCRIPT, openApp } from '../helpers/browser';
import { seriousAxeViolations } from '../helpers/axe';
import { GLOSSARY } from '../../src/teach/glossary/glossary-data';

afterAll(closeBrowser);

/** Presses Tab until the focused element matches the selector (at most `max` presses). */
async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('check your understanding', () => {
  it('is answered by keyboard, explains every choice, links back and sums up', async () => {
    const { page, context, problems } = await openApp({
      query: 'stage=channel-block',
      initScript: NO_WEBGL_SCRIPT,
    });
    try {
      const stageTitle = page.locator('[data-testid="stage-title"]');
      await page.locator('[data-testid="quiz-open"]').focus();
      await page.keyboard.press('Enter');
      const dialog = page.locator('[data-testid="quiz-dialog"]');
      await dialog.waitFor();
      await expect
        .poll(() => dialog.locator('.quiz-question').getAttribute('data-question'))
        .toBe('block-site');

      // into the choices; the arrow keys move between them and never change the stage
      await tabTo(page, '[data-testid="quiz-dialog"] input[type="radio"]');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      expect(await stageTitle.textContent()).toBe('Ketamine blocks the NMDA receptor channel');
      await tabTo(page, '[data-testid="quiz-check"]');
      await page.keyboard.press('Enter');
      const feedback = dialog.locator('.quiz-feedback');
      await feedback.waitFor();
      // the second choice (glutamate's site) is wrong; every choice gets its reason
      expect(await feedback.getAttribute('data-right')).toBe('false');
      expect(await feedback.locator('.quiz-verdict').textContent()).toBe('Not quite.');
      expect(await feedback.locator('li').count()).toBe(3);
      expect(await feedback.locator('li[data-given="true"]').textContent()).toContain(
        'does not take glutamate',
      );
      expect(await feedback.locator('li[data-correct="true"]').textContent()).toContain(
        'Zhang et al. 2021',
      );
      expect(await seriousAxeViolations(page)).toEqual([]);

      // the second question, answered right
      await tabTo(page, '[data-testid="quiz-next"]');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => dialog.locator('.quiz-question').getAttribute('data-question'))
        .toBe('interneuron-first');
      await tabTo(page, '[data-testid="quiz-dialog"] input[type="radio"]');
      await page.keyboard.press('ArrowDown'); // to the second choice, which is right
      await tabTo(page, '[data-testid="quiz-check"]');
      await page.keyboard.press('Enter');
      await expect.poll(() => feedback.getAttribute('data-right')).toBe('true');

      await tabTo(page, '[data-testid="quiz-summary"]');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => dialog.locator('[data-testid="quiz-score"]').textContent())
        .toBe('1 of 2 answered questions right (8 questions in all).');

      // back to the scene at the moment that shows it: the dialog closes, the story pauses
      await dialog.locator('.quiz-summary li[data-question="block-site"] button').focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      expect(await stageTitle.textContent()).toBe('Ketamine blocks the NMDA receptor channel');
      expect(await page.locator('[data-testid="play-toggle"]').getAttribute('aria-pressed')).toBe(
        'false',
      );
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('asks nothing in kiosk mode or on a stage without questions', async () => {
    const kiosk = await openApp({
      query: 'mode=kiosk&stage=channel-block',
      initScript: NO_WEBGL_SCRIPT,
    });
    try {
      await kiosk.page.waitForSelector('[data-testid="panel-host"]');
      expect(await kiosk.page.locator('[data-testid="quiz-open"]').count()).toBe(0);
      expect(await kiosk.page.locator('[data-testid="teach-menu"]').count()).toBe(0);
    } finally {
      await kiosk.context.close();
    }
    const rest = await openApp({ query: 'stage=rest', initScript: NO_WEBGL_SCRIPT });
    try {
      await rest.page.locator('[data-testid="teach-menu"]').waitFor();
      expect(await rest.page.locator('[data-testid="quiz-open"]').count()).toBe(0);
      await rest.page.keyboard.press('ArrowRight');
      await rest.page.keyboard.press('ArrowRight');
      await rest.page.locator('[data-testid="quiz-open"]').waitFor();
    } finally {
      await rest.context.close();
    }
  });

  it('present mode: "Ask the class" shows the question large and reveals the answer', async () => {
    const { page, context } = await openApp({
      query: 'mode=present&stage=spines',
      initScript: NO_WEBGL_SCRIPT,
    });
    try {
      const open = page.locator('[data-testid="quiz-open"]');
      expect(await open.textContent()).toBe('Ask the class (2)');
      await open.click();
      const dialog = page.locator('[data-testid="class-dialog"]');
      await dialog.waitFor();
      expect(await dialog.locator('.class-choices li').count()).toBe(3);
      expect(await dialog.locator('li[data-correct]').count()).toBe(0);
      await dialog.locator('[data-testid="class-reveal"]').click();
      expect(await dialog.locator('li[data-correct="true"]').textContent()).toContain(
        '12–24 hours',
      );
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });
});

describe('questions offered and asked', () => {
  it('explore: offered by themselves when the playing story moves on from the stage', async () => {
    const { page, context, problems } = await openApp({ query: 'stage=channel-block' });
    try {
      await page.waitForFunction(() => window.__sceneTest !== undefined, null, { timeout: 60_000 });
      const play = page.locator('[data-testid="play-toggle"]');
      if ((await play.getAttribute('aria-pressed')) !== 'true') await play.click();
      await expect.poll(() => play.getAttribute('aria-pressed')).toBe('true');
      const offer = page.locator('[data-testid="quiz-offer"]');
      expect(await offer.textContent()).toBe('');
      // near the end of the stage; the story plays on into the next one
      await page.evaluate(() => {
        const stages = [...document.querySelectorAll('.timeline-mark')];
        const i = stages.findIndex((b) => b.getAttribute('aria-current') === 'step');
        window.__sceneTest?.seek(i, 0.97);
      });
      await expect
        .poll(() => offer.textContent(), { timeout: 60_000 })
        .toContain('Check your understanding of “Ketamine blocks the NMDA receptor channel”?');
      expect(await offer.getAttribute('role')).toBe('status');
      await offer.locator('[data-testid="quiz-offer-yes"]').click();
      const dialog = page.locator('[data-testid="quiz-dialog"]');
      await dialog.waitFor();
      expect(await dialog.locator('.quiz-question').getAttribute('data-question')).toBe(
        'block-site',
      );
      expect(await play.getAttribute('aria-pressed')).toBe('false');
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('present mode: the presenter window asks the class on the projector', async () => {
    const { page, context } = await openApp({
      query: 'mode=present&view=presenter&stage=spines',
      initScript: NO_WEBGL_SCRIPT,
    });
    try {
      await page.locator('[data-testid="presenter-view"]').waitFor();
      // the projected window, beside it (the two talk over a BroadcastChannel)
      const projected = await context.newPage();
      await projected.addInitScript(NO_WEBGL_SCRIPT);
      await projected.goto(appUrl('mode=present&stage=spines&autoplay=0'));
      await projected.locator('[data-testid="stage-title"]').waitFor();
      const open = page.locator('[data-testid="quiz-open"]');
      await open.waitFor();
      expect(await open.textContent()).toBe('Ask the class (2)');
      await open.focus();
      await page.keyboard.press('Enter');
      const here = page.locator('[data-testid="class-dialog"]');
      const there = projected.locator('[data-testid="class-dialog"]');
      await here.waitFor();
      // the projector shows the same question, its answer hidden until the lecturer reveals it
      await there.waitFor();
      const first = await here.locator('.class-question').getAttribute('data-question');
      expect(await there.locator('.class-question').getAttribute('data-question')).toBe(first);
      expect(await there.locator('.class-choices li').count()).toBe(3);
      expect(await there.locator('li[data-correct]').count()).toBe(0);
      await here.locator('[data-testid="class-reveal"]').click();
      expect(await here.locator('li[data-correct="true"]').count()).toBe(1);
      await expect.poll(() => there.locator('li[data-correct="true"]').count()).toBe(1);
      expect(await there.locator('.class-feedback').count()).toBe(3);
      // the next question, on both
      await here.locator('[data-testid="quiz-next"]').click();
      const second = await here.locator('.class-question').getAttribute('data-question');
      expect(second).not.toBe(first);
      await expect
        .poll(() => there.locator('.class-question').getAttribute('data-question'))
        .toBe(second);
      expect(await there.locator('li[data-correct]').count()).toBe(0);
      // closed in either window, closed in both
      await projected.keyboard.press('Escape');
      await expect.poll(() => there.count()).toBe(0);
      await expect.poll(() => here.count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('glossary', () => {
  it('opens a term by keyboard focus and closes it with Escape, in Spanish too', async () => {
    for (const [lang, word, meaning] of [
      ['en', 'NMDA receptor', 'A receptor for glutamate'],
      ['es', 'receptor NMDA', 'Un receptor de glutamato'],
    ] as const) {
      const { page, context } = await openApp({
        query: `stage=channel-block&lang=${lang}`,
        initScript: NO_WEBGL_SCRIPT,
      });
      try {
        const term = page.locator('.caption-bar .gloss-term[data-term="nmda-receptor"]');
        await term.waitFor();
        expect(await term.textContent()).toBe(word);
        await tabTo(page, '.caption-bar .gloss-term[data-term="nmda-receptor"]', 80);
        const def = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
        await expect.poll(() => def.isVisible()).toBe(true);
        expect(await def.textContent()).toContain(meaning);
        expect(await term.getAttribute('aria-expanded')).toBe('true');
        // screen readers hear it as the button's description, not inside the caption's text
        expect(await def.getAttribute('role')).toBe('tooltip');
        expect(await def.evaluate((d) => d.closest('[data-testid="stage-caption"]'))).toBeNull();
        const caption = page.locator('[data-testid="stage-caption"]');
        expect(await caption.textContent()).not.toContain(meaning);
        expect(await caption.textContent()).toContain(word);
        await page.keyboard.press('Escape');
        await expect.poll(() => def.isVisible()).toBe(false);
        expect(await seriousAxeViolations(page)).toEqual([]);
        // chart summaries explain their terms too
        const inSummary = page.locator('.pfig-summary .gloss-term[data-term="nmda-receptor"]');
        await inSummary.first().waitFor();
        await inSummary.first().focus();
        const summaryDef = page.locator(
          `[id="${await inSummary.first().getAttribute('aria-describedby')}"]`,
        );
        await expect.poll(() => summaryDef.isVisible()).toBe(true);
        expect(await summaryDef.textContent()).toContain(meaning);
      } finally {
        await context.close();
      }
    }
  });

  it('explains its terms in the speaker notes and the embed, and lists them in the handout', async () => {
    /** Focuses the first term in `where` by keyboard and returns its definition's text. */
    const openFirstTerm = async (page: Page, where: string) => {
      const term = page.locator(`${where} .gloss-term`).first();
      await term.waitFor();
      await tabTo(page, `${where} .gloss-term`, 120);
      const def = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
      await expect.poll(() => def.isVisible()).toBe(true);
      return { word: (await term.textContent()) ?? '', meaning: (await def.textContent()) ?? '' };
    };
    const definitionOf = (word: string) =>
      GLOSSARY.find((t) => t.match.en.some((w) => w.toLowerCase() === word.toLowerCase()));

    // the presenter window's speaker notes (present mode)
    const { page, context } = await openApp({
      query: 'mode=present&view=presenter&stage=channel-block',
      initScript: NO_WEBGL_SCRIPT,
    });
    try {
      const notes = await openFirstTerm(page, '.speaker-notes');
      expect(notes.meaning).toContain(definitionOf(notes.word)!.definition.en);
      await page.keyboard.press('Escape');

      // the handout's last page: the terms its pages use, each with its definition
      await page.goto(appUrl('mode=present&view=handout&lang=en'));
      const glossary = page.getByTestId('handout-glossary');
      await glossary.waitFor();
      const listed = await glossary.locator('dt').allTextContents();
      const pages = (await page.getByTestId('handout-page').allTextContents())
        .join(' ')
        .toLowerCase();
      expect(listed).toEqual(expect.arrayContaining(['NMDA receptor', 'BDNF', 'mTOR']));
      for (const [i, name] of listed.entries()) {
        const term = GLOSSARY.find((t) => t.term.en === name)!;
        expect(
          term.match.en.some((w) => pages.includes(w.toLowerCase())),
          name,
        ).toBe(true);
        expect(await glossary.locator('dd').nth(i).textContent()).toBe(term.definition.en);
      }

      // the embedded caption
      await page.setViewportSize({ width: 800, height: 450 });
      await page.goto(appUrl('embed=1&stage=channel-block&autoplay=0'));
      const embed = await openFirstTerm(page, '.embed-caption');
      expect(embed.meaning).toContain(definitionOf(embed.word)!.definition.en);
    } finally {
      await context.close();
    }
  });

  it('opens a term by touch, and the Teach menu lists every term', async () => {
    // the helper's context: closed when the test ends, service worker blocked
    const context = await newContext({
      viewport: { width: 412, height: 915 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      await context.addInitScript(NO_WEBGL_SCRIPT);
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}?stage=bdnf-trkb&autoplay=0`);
      const term = page.locator('.caption-bar .gloss-term[data-term="bdnf"]');
      await term.waitFor();
      const def = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
      await term.tap();
      await expect.poll(() => def.isVisible()).toBe(true);
      expect(await def.textContent()).toContain('BDNF');
      // a tap anywhere else closes it (the word loses focus); a second tap on the word can land
      // on the definition, which may cover it. The page title: plain text, never under it.
      await page.locator('.app-header h1').tap();
      await expect.poll(() => def.isVisible()).toBe(false);

      // a phone folds the header tools into one menu (src/app/phone.css)
      await page.locator('.header-menu').tap();
      await page.locator('[data-testid="teach-menu"]').tap();
      await page.locator('[data-testid="glossary-open"]').tap();
      const list = page.locator('[data-testid="glossary-list"]');
      await list.waitFor();
      expect(await list.locator('dt').count()).toBeGreaterThanOrEqual(12);
    } finally {
      await context.close();
    }
  });
});
