// The narration: one polite live region says each stage once and each model event once, and no
// other region repeats it; captions show the same lines (on by default in kiosk mode, with a
// toggle elsewhere), paced through the stage like subtitles. The narration does not depend on
// the 3D scene: pages open without WebGL (the storyboard draws instead), as software-rendered
// scene frames would cost the walks and the playback here most of their CPU, except where a
// test drives the scene's clock.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, NO_WEBGL_SCRIPT, openApp } from '../helpers/browser';
import { holdFrames, pauseStory, seek, stepFrames } from '../helpers/frames';
import { LIVE_LOG_SCRIPT, liveLog } from './a11y-checks';
import { MODEL_EVENT_TEXT } from '../../src/i18n/strings/narration';
import { captionChunks } from '../../src/a11y/caption-chunks';
import storyJson from '../../scenes/ketamine.json';

afterAll(closeBrowser);

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('live region', () => {
  it('says each stage once over a walk through the story, and nothing else says it', async () => {
    const { page, context, problems } = await openApp({
      query: 'mode=explore&stage=rest',
      initScript: NO_WEBGL_SCRIPT + LIVE_LOG_SCRIPT,
    });
    await pauseStory(page); // paused: stage narration only
    for (let i = 1; i < stages.length; i++) {
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => page.textContent('[data-testid="stage-title"]'))
        .toBe(stages[i]!.title.en);
    }
    // back one stage: a new visit is narrated again, once
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.textContent('[data-testid="stage-title"]'))
      .toBe(stages[stages.length - 2]!.title.en);
    const again = norm(stages[stages.length - 2]!.narration.en);
    await expect
      .poll(async () => (await liveLog(page)).filter((l) => l.text === again).length)
      .toBe(2);
    const log = await liveLog(page);
    for (const [i, stage] of stages.entries()) {
      const text = norm(stage.narration.en);
      const said = log.filter((l) => l.text === text);
      const expected = i === stages.length - 2 ? 2 : 1;
      expect(
        said.map((l) => l.region),
        stage.id,
      ).toEqual(Array(expected).fill('live-region'));
    }
    // the region is polite and is the only region that carries the narration
    expect(await page.getAttribute('[data-testid="live-region"]', 'aria-live')).toBe('polite');
    expect(await page.locator('[aria-live]:not([aria-live="off"])').count()).toBeLessThanOrEqual(2);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('says a model event once as the infusion plays, and the caption shows it', async () => {
    const { page, context } = await openApp({
      query: 'mode=explore&stage=infusion',
      initScript: NO_WEBGL_SCRIPT + LIVE_LOG_SCRIPT,
      autoplay: true,
    });
    const arrives = MODEL_EVENT_TEXT.ketamineArrives.en;
    await expect
      .poll(async () => (await liveLog(page)).some((l) => l.text === arrives), { timeout: 120_000 })
      .toBe(true);
    await expect.poll(() => page.textContent('[data-testid="narration-event"]')).toBe(arrives);
    // the story plays on (about two seconds of it: 12 of the timeline's 1000 steps)
    const scrubber = page.getByTestId('timeline-scrubber');
    const v0 = Number(await scrubber.inputValue());
    await expect
      .poll(async () => Number(await scrubber.inputValue()), { timeout: 120_000 })
      .toBeGreaterThan(v0 + 12);
    const log = await liveLog(page);
    expect(log.filter((l) => l.text === arrives).map((l) => l.region)).toEqual(['live-region']);
    // every line the region received is said once per visit
    const lines = await page.$$eval('[data-testid="live-region"] p', (ps) =>
      ps.map((p) => (p as HTMLElement).dataset.line),
    );
    expect(new Set(lines).size).toBe(lines.length);
    await context.close();
  });
});

describe('captions', () => {
  it('are on by default in kiosk mode and follow the narration through the stage', async () => {
    const { page, context } = await openApp({ query: 'mode=kiosk&stage=infusion&kioskStageSec=8' });
    const caption = page.getByTestId('narration-caption');
    expect(await page.isVisible('[data-testid="narration-captions"]')).toBe(true);
    const pieces = captionChunks(stages[1]!.narration.en).map((c) => c.text);
    expect(pieces.length).toBeGreaterThan(1);
    // through the 8 s stage on a made-up clock, a tenth of a second a frame
    await seek(page, 1, 0);
    await holdFrames(page);
    await seek(page, 1, 0);
    const seen = new Set<string>();
    for (let step = 0; step < 79; step++) {
      seen.add(norm((await caption.textContent()) ?? ''));
      await stepFrames(page, 1);
    }
    expect(await page.textContent('[data-testid="stage-title"]')).toBe(stages[1]!.title.en);
    // every piece of the narration was shown, in order
    expect([...seen]).toEqual(pieces);
    // the caption is for eyes; the live region speaks (no double reading)
    expect(await page.getAttribute('[data-testid="narration-captions"]', 'aria-hidden')).toBe(
      'true',
    );
    await context.close();
  });

  it('have a toggle outside kiosk mode, kept for the next visit; a kiosk ignores it', async () => {
    const { page, context } = await openApp({
      query: 'mode=explore&stage=rest',
      initScript: NO_WEBGL_SCRIPT,
    });
    expect(await page.isVisible('[data-testid="narration-captions"]')).toBe(true);
    await page.click('[data-testid="display-options"]');
    await page.uncheck('input[data-option="captions"]');
    expect(await page.isHidden('[data-testid="narration-captions"]')).toBe(true);
    await page.reload();
    await page.waitForSelector('[data-testid="stage-title"]');
    expect(await page.isHidden('[data-testid="narration-captions"]')).toBe(true);
    // stored is only the display choice
    const stored = await page.evaluate(() => ({ ...localStorage }));
    expect(Object.keys(stored)).toEqual(['ketamine-synapse.preferences']);
    expect(JSON.parse(stored['ketamine-synapse.preferences']!)).toEqual({ captions: false });
    // the same browser as a kiosk: captions on whatever a visitor chose before
    await page.goto(page.url().replace(/\?.*/, '?mode=kiosk&stage=rest'));
    await page.waitForSelector('[data-testid="stage-title"]');
    expect(await page.isVisible('[data-testid="narration-captions"]')).toBe(true);
    await context.close();
  });

  it('start off in present mode (the lecturer narrates) and can be turned on', async () => {
    const { page, context } = await openApp({
      query: 'mode=present&stage=rest',
      initScript: NO_WEBGL_SCRIPT,
    });
    expect(await page.isHidden('[data-testid="narration-captions"]')).toBe(true);
    await page.click('[data-testid="display-options"]');
    await page.check('input[data-option="captions"]');
    await expect.poll(() => page.textContent('[data-testid="narration-caption"]')).not.toBe('');
    expect(norm(stages[0]!.narration.en)).toContain(
      norm((await page.textContent('[data-testid="narration-caption"]')) ?? ''),
    );
    await context.close();
  });
});
