// A clinic's kiosk with no network: after one visit (online) the service worker has kept
// clinic.json and the logo it names beside the build, so the kiosk restarted offline is still
// the clinic's own (name, number, logo, QR code), and the setup view says the copy is kept.
// Served from a copy of dist/ with the clinic's files beside index.html, as a clinic deploys it.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, getBrowser, NO_WEBGL_SCRIPT } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/static-server.mjs';
import { expectClinicCard } from './kiosk-helpers';

const CLINIC = {
  name: 'Harbour View Clinic',
  phone: '+44 20 7946 0958',
  url: 'https://example.org/harbour/ketamine',
  logo: 'harbour-logo.svg',
  languages: ['en'],
};
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#2a7fb8"/></svg>';

let dir = '';
let server: StaticServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-offline-'));
  cpSync('dist', dir, { recursive: true });
  writeFileSync(join(dir, 'clinic.json'), JSON.stringify(CLINIC));
  writeFileSync(join(dir, CLINIC.logo), LOGO);
  server = await serveStatic(() => dir);
});

afterAll(async () => {
  await closeBrowser();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a clinic kiosk offline', () => {
  it("starts as the clinic's own kiosk with no network after one visit", async () => {
    const browser = await getBrowser();
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      serviceWorkers: 'allow',
      locale: 'en-US',
    });
    try {
      // the clinic's card is what is tested; the 3D scene is not needed for it
      await context.addInitScript(NO_WEBGL_SCRIPT);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      const kiosk = `${server.origin}/?mode=kiosk&kioskStageSec=600`;
      await page.goto(kiosk);
      await page.getByTestId('clinic-name').waitFor();
      // one visit: the worker takes charge, and keeps clinic.json and the logo
      await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, {
        timeout: 120_000,
      });
      await expect
        .poll(
          () =>
            page.evaluate(async (logo) => {
              const cache = await caches.open('clinic-files');
              return [
                Boolean(await cache.match('./clinic.json')),
                Boolean(await cache.match(`./${logo}`)),
              ];
            }, CLINIC.logo),
          { timeout: 120_000 },
        )
        .toEqual([true, true]);

      await context.setOffline(true);
      await page.goto(kiosk);
      await page.getByTestId('clinic-name').waitFor({ timeout: 120_000 });
      await expectClinicCard(page, CLINIC);
      expect(await page.getByTestId('patient-picture').count()).toBe(1);

      // the staff's setup view, offline too, says the clinic's file is kept
      await page.goto(`${server.origin}/?mode=kiosk&setup=1`);
      await expect
        .poll(() => page.getByTestId('setup-offline').textContent(), { timeout: 120_000 })
        .toMatch(/clinic\.json yes$/);
      // the file as read, from the kept copy
      expect(await page.getByTestId('setup-config').textContent()).toContain(CLINIC.name);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
