// axe-core in real Chromium: no serious or critical violation in any stage of a mode, with
// reduced motion on and off. One test file per mode (a11y-axe-*.test.ts), so the two e2e
// workers share the work.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from '../../helpers/browser';
import { holdFrames, nextFrames, seek, stepFrames, waitForSettled } from '../../helpers/frames';
import { seriousAxeViolations } from '../../helpers/axe';
import storyJson from '../../../scenes/ketamine.json';
import patientJson from '../../../scenes/patient.json';

const visibleIds = (stages: { id: string; hidden?: boolean }[]) =>
  stages.filter((s) => !s.hidden).map((s) => s.id);

/** The lecture's story (any mode), or the patients' story (the kiosk's default). */
export function axeEveryStage(
  mode: 'explore' | 'present' | 'kiosk',
  story: 'full' | 'patient' = 'full',
): void {
  // a kiosk link to a stage of the full story plays the full story; without one, the patients'
  const stageIds = visibleIds(story === 'patient' ? patientJson.stages : storyJson.stages);
  const query = story === 'patient' ? `mode=${mode}` : `mode=${mode}&stage=${stageIds[0]}`;
  afterAll(closeBrowser);
  describe(`axe in ${mode} mode, ${story} story`, () => {
    it.each(['no-preference', 'reduce'] as const)(
      'every stage, reduced motion %s',
      async (reducedMotion) => {
        const { page, context, problems } = await openApp({
          query,
          reducedMotion,
        });
        const report: string[] = [];
        // One page walks the stages: the story clock is moved to each stage's start with the
        // page's frames held, then two frames are run so everything drawn per frame shows that
        // stage. No frame runs while axe reads the page.
        await waitForSettled(page);
        await holdFrames(page);
        for (const [index, id] of stageIds.entries()) {
          await seek(page, index, 0);
          await page.waitForSelector(`.caption-bar[data-stage="${id}"]`);
          await stepFrames(page, 2);
          await waitForSettled(page);
          await nextFrames(page, 2);
          for (const v of await seriousAxeViolations(page)) {
            report.push(`${id}: ${v.id} (${v.impact}) ${v.help} ${v.nodes.join(' ')}`);
          }
        }
        expect(report).toEqual([]);
        expect(problems.pageErrors).toEqual([]);
        await context.close();
      },
      // ten axe runs on a shared 2-core machine
      600_000,
    );
  });
}
