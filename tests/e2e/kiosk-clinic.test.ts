// The waiting-room kiosk with a clinic's clinic.json (served to the page by a test route, so
// dist/ stays clean): the clinic's name and number show, the QR code decodes to its address,
// the languages take turns loop by loop, a broken or partly wrong file leaves a working kiosk
// (the problems listed in the setup view), and patients never see a dose or a model figure.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, closeBrowser, NO_WEBGL_SCRIPT } from '../helpers/browser';
import { HOLD_FRAMES_SCRIPT, stepFrames, waitForSettled } from '../helpers/frames';
import { seriousAxeViolations } from '../helpers/axe';
import patientJson from '../../scenes/patient.json';
import { CLINIC, DOSING_UNITS, expectClinicCard, openKiosk } from './kiosk-helpers';

const stages = patientJson.stages;
const stageTitle = (page: Page) => page.textContent('[data-testid="stage-title"]');
const pageLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

afterAll(closeBrowser);

describe('kiosk with a clinic.json', () => {
  it("shows the clinic's name, number and logo, and a QR code of its address", async () => {
    const { page, context, errors, requests } = await openKiosk({
      clinic: JSON.stringify(CLINIC),
      query: '&kioskStageSec=600',
    });
    try {
      await expectClinicCard(page, CLINIC);
      // the first language of the clinic's list, and its accent colour
      expect(await pageLang(page)).toMatch(/^es/);
      expect(await stageTitle(page)).toBe(stages[0]!.title.es);
      expect(
        await page.evaluate(() =>
          document.documentElement.style.getPropertyValue('--kiosk-accent'),
        ),
      ).toBe(CLINIC.accent);
      // a simple picture instead of a chart
      expect(await page.getByTestId('patient-picture').count()).toBe(1);
      expect(await page.locator('[data-testid="panel-host"]').count()).toBe(0);
      await waitForSettled(page);
      const axe = await seriousAxeViolations(page);
      expect(axe.map((v) => `${v.id}: ${v.help} ${v.nodes.join(' ')}`)).toEqual([]);
      // only this server was asked (clinic.json and the logo among it)
      const origin = new URL(appUrl()).origin;
      expect(
        requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin),
      ).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('alternates its languages loop by loop, showing no dose or model figure', async () => {
    const { page, context, errors } = await openKiosk({
      clinic: JSON.stringify({ ...CLINIC, stageSeconds: 1 }),
      initScript: NO_WEBGL_SCRIPT + HOLD_FRAMES_SCRIPT,
    });
    try {
      const url = page.url();
      const loops = () => page.evaluate(() => window.__kioskLoops ?? 0);
      const seen: string[] = [];
      /** one loop on a made-up clock: 11 frames of 0.1 s a stage (the first only starts it) */
      const playLoop = async (lang: 'en' | 'es') => {
        for (let i = 0; i < stages.length; i++) {
          await expect.poll(() => stageTitle(page)).toBe(stages[i]!.title[lang]);
          // the clinic's own rule for going home, in the stage about after the session only
          const rule = page.getByTestId('clinic-rule');
          if (stages[i]!.id === 'after') {
            await expect.poll(() => rule.locator('p').textContent()).toBe(CLINIC.drivingRule[lang]);
          } else {
            expect(await rule.count()).toBe(0);
          }
          seen.push(await page.locator('body').innerText());
          await stepFrames(page, 11);
        }
      };
      await stepFrames(page, 1);
      expect(await pageLang(page)).toMatch(/^es/);
      await playLoop('es');
      await expect.poll(loops).toBe(1);
      await expect.poll(() => pageLang(page)).toMatch(/^en/);
      expect(await page.getByTestId('kiosk-pause').textContent()).toContain('Pause');
      await playLoop('en');
      await expect.poll(loops).toBe(2);
      await expect.poll(() => pageLang(page)).toMatch(/^es/);
      expect(await stageTitle(page)).toBe(stages[0]!.title.es);
      // nothing on screen in any stage, either language, gives a dose or a level
      expect(seen.map((text) => text.match(DOSING_UNITS)?.[0]).filter(Boolean)).toEqual([]);
      expect(seen).toHaveLength(stages.length * 2);
      // the address stays as the kiosk was started (no language written into it)
      expect(page.url()).toBe(url);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('kiosk without a usable clinic.json', () => {
  it.each([
    ['broken JSON', '{"name": "Riverside", oops'],
    ['not an object', '[1, 2, 3]'],
    ['no file', null],
  ])('%s: the generic kiosk plays the patient story', async (_what, body) => {
    const { page, context, errors } = await openKiosk({
      clinic: body,
      query: '&kioskStageSec=1',
      initScript: NO_WEBGL_SCRIPT + HOLD_FRAMES_SCRIPT,
    });
    try {
      expect(await stageTitle(page)).toBe(stages[0]!.title.en);
      // the side column loads after the first screen: wait for its picture, then look
      await expect.poll(() => page.getByTestId('patient-picture').count()).toBe(1);
      expect(await page.getByTestId('clinic-card').count()).toBe(0);
      await page.getByTestId('kiosk-pause').waitFor({ state: 'visible' });
      await stepFrames(page, 12);
      await expect.poll(() => stageTitle(page)).toBe(stages[1]!.title.en);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a partly wrong file: good fields apply, the setup view lists the rest', async () => {
    const clinic = {
      name: 'Hillside Clinic',
      accent: '#333366', // too little contrast on the dark background
      languages: ['fr'],
      url: 'javascript:alert(1)',
      colour: 'red',
    };
    const { page, context, errors } = await openKiosk({
      clinic: JSON.stringify(clinic),
      query: '&setup=1&kioskStageSec=600',
    });
    try {
      expect(await page.getByTestId('clinic-name').textContent()).toBe(clinic.name);
      // the setup view and the card load after the first screen: wait for both
      const setup = page.getByTestId('kiosk-setup');
      await setup.waitFor({ state: 'visible' });
      await expect.poll(() => page.getByTestId('setup-problems').locator('li').count()).toBe(4);
      expect(await page.getByTestId('kiosk-qr').count()).toBe(0);
      expect(
        await page.evaluate(() =>
          document.documentElement.style.getPropertyValue('--kiosk-accent'),
        ),
      ).toBe('');
      expect(await page.getByTestId('setup-config').textContent()).toContain('Hillside Clinic');
      const problems = await page.getByTestId('setup-problems').locator('li').allTextContents();
      expect(problems.map((p) => /field "(\w+)/.exec(p)?.[1]).sort()).toEqual(
        ['accent', 'colour', 'languages', 'url'].sort(),
      );
      expect(problems.find((p) => p.includes('"accent"'))).toMatch(/contrast/);
      // the checks and the launch line for this address
      expect(await page.getByTestId('setup-display').textContent()).toContain('1920 × 1080');
      await expect
        .poll(() => page.getByTestId('setup-wake-lock').textContent())
        .not.toBe('checking…');
      await expect
        .poll(() => page.getByTestId('setup-offline').textContent())
        .toMatch(/service worker|cached/);
      const launch = (await page.getByTestId('setup-launch').textContent()) ?? '';
      expect(launch).toMatch(/^chromium --kiosk /);
      expect(launch).toContain(`${new URL(appUrl()).origin}/?mode=kiosk`);
      // staff close it; the kiosk plays on underneath
      await page.getByRole('button', { name: 'Close setup' }).click();
      await expect.poll(() => setup.count()).toBe(0);
      expect(await stageTitle(page)).toBe(stages[0]!.title.en);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
