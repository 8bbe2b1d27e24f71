// The patients' story on the screens waiting rooms have: a 1280 x 720 television (in both
// languages, Spanish being the longer) and a portrait 1080 x 1920 screen, with a clinic's card.
// Every stage fits: nothing scrolls, no text is cut or overlaps, and the stage text, the
// picture, the clinic's card and the Pause button are all on screen, in type large enough to
// read from across the room.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser } from '../helpers/browser';
import {
  HOLD_FRAMES_SCRIPT,
  nextFrames,
  seek,
  stepFrames,
  waitForSettled,
} from '../helpers/frames';
import patientJson from '../../scenes/patient.json';
import { layoutProblems } from './a11y-checks';
import { CLINIC, openKiosk } from './kiosk-helpers';

const stages = patientJson.stages;

afterAll(closeBrowser);

describe("the patients' story fits the kiosk's screen", () => {
  it.each([
    { width: 1280, height: 720, lang: 'es' },
    { width: 1280, height: 720, lang: 'en' },
    { width: 1080, height: 1920, lang: 'en' },
  ])('$width x $height in $lang', async ({ width, height, lang }) => {
    const { page, context, errors } = await openKiosk({
      clinic: JSON.stringify({ ...CLINIC, languages: [lang] }),
      query: '&kioskStageSec=600',
      initScript: HOLD_FRAMES_SCRIPT,
      viewport: { width, height },
    });
    try {
      await page.getByTestId('clinic-card').waitFor();
      const found: string[] = [];
      for (const [index, stage] of stages.entries()) {
        await seek(page, index, 0.5);
        await page.waitForSelector(`.caption-bar[data-stage="${stage.id}"]`);
        await page.getByTestId('patient-picture').waitFor({ state: 'attached' });
        await stepFrames(page, 2);
        await waitForSettled(page);
        await nextFrames(page, 2);
        const where = `${stage.id}`;
        for (const p of await layoutProblems(page)) found.push(`${where}: ${p}`);
        const fit = await page.evaluate(() => {
          const out: string[] = [];
          const root = document.documentElement;
          if (root.scrollHeight > innerHeight + 1)
            out.push(`page scrolls down ${root.scrollHeight}`);
          if (root.scrollWidth > innerWidth + 1)
            out.push(`page scrolls sideways ${root.scrollWidth}`);
          const shown = (el: Element | null) => !!el && el.getBoundingClientRect().height > 1;
          // the stage's picture, or (landscape, the stage about going home) the clinic's rule
          // in its place
          const picture = ['[data-testid="patient-picture"]', '[data-testid="clinic-rule"]'].find(
            (sel) => shown(document.querySelector(sel)),
          );
          if (!picture) out.push('neither the picture nor the clinic rule shows');
          for (const sel of [
            '[data-testid="stage-title"]',
            '.caption',
            '[data-testid="clinic-card"]',
            '[data-testid="kiosk-pause"]',
            ...(picture ? [picture] : []),
          ]) {
            const el = document.querySelector(sel);
            if (!el || !shown(el)) {
              out.push(`${sel} missing`);
              continue;
            }
            const r = el.getBoundingClientRect();
            if (r.top < -1 || r.left < -1 || r.bottom > innerHeight + 1 || r.right > innerWidth + 1)
              out.push(`${sel} off screen ${Math.round(r.top)}..${Math.round(r.bottom)}`);
            // nothing in a kiosk scrolls: a box cut by a scrolling or clipping parent is unseen
            for (let a = el.parentElement; a; a = a.parentElement) {
              const style = getComputedStyle(a);
              if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
              const box = a.getBoundingClientRect();
              if (r.top < box.top - 1 || r.bottom > box.bottom + 1) {
                out.push(`${sel} cut by ${a.className} at ${Math.round(box.bottom)}`);
                break;
              }
            }
          }
          const px = (sel: string) =>
            parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
          return { out, caption: px('.caption'), phone: px('.clinic-phone') };
        });
        found.push(...fit.out.map((p) => `${where}: ${p}`));
        // read from across the room: the stage text and the clinic's number in large type
        if (fit.caption < 40) found.push(`${where}: stage text ${fit.caption} px`);
        if (fit.phone < 28) found.push(`${where}: phone number ${fit.phone} px`);
      }
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
