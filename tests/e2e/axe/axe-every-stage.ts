// axe-core in real Chromium: no serious or critical violation in any stage of a mode, with
// reduced motion on and off. One test file per mode (a11y-axe-*.test.ts), so the two e2e
// workers share the work.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from '../../helpers/browser';
import { nextFrames, waitForSettled } from '../../helpers/frames';
import { seriousAxeViolations } from '../../helpers/axe';
import storyJson from '../../../scenes/ketamine.json';

const stageIds = storyJson.stages.map((s) => s.id);

export function axeEveryStage(mode: 'explore' | 'present' | 'kiosk'): void {
  afterAll(closeBrowser);
  describe(`axe in ${mode} mode`, () => {
    it.each(['no-preference', 'reduce'] as const)(
      'every stage, reduced motion %s',
      async (reducedMotion) => {
        const { page, context, problems } = await openApp({
          query: `mode=${mode}&stage=${stageIds[0]}`,
          reducedMotion,
        });
        const report: string[] = [];
        for (const id of stageIds) {
          await page.evaluate((stageId) => {
            const url = new URL(location.href);
            url.searchParams.set('stage', stageId);
            history.replaceState(null, '', url);
          }, id);
          await page.goto(page.url());
          await page.waitForSelector('[data-testid="stage-title"]');
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
      // ten page loads and ten axe runs on a shared 2-core machine
      300_000,
    );
  });
}
