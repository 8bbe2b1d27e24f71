// The waiting-room kiosk opened with a clinic.json served by a test route (so dist/ stays
// clean), for the kiosk's browser tests.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from '../helpers/browser';
import { decodeQr } from '../helpers/qr';

export const CLINIC = {
  name: 'Riverside Mood Clinic',
  phone: '+1 555 010 2030',
  url: 'https://example.org/riverside/ketamine?from=kiosk',
  logo: 'clinic-logo.svg',
  languages: ['es', 'en'],
  accent: '#7fd4ff',
  drivingRule: {
    en: 'Please do not drive today. A friend or one of our drivers takes you home.',
    es: 'Hoy no conduzca, por favor. Le lleva a casa un acompañante o uno de nuestros conductores.',
  },
};
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="28" fill="#2a7fb8"/></svg>';
/**
 * What patients must not be shown: doses, levels, model units. Micromolar is matched by case
 * (µM): µm, a micrometre, is a length the scene's scale note may give.
 */
export const DOSING_UNITS =
  /[mM][gG]\s*\/\s*[kK][gG]|[nN][gG]\s*\/\s*m[lL]|µM|µ[mM]ol|micromol|\bmmHg\b/;

interface KioskOptions {
  /** clinic.json's body; null = the server has none (404) */
  clinic: string | null;
  query?: string;
  initScript?: string;
  viewport?: { width: number; height: number };
}

export async function openKiosk({ clinic, query = '', initScript, viewport }: KioskOptions) {
  const requests: string[] = [];
  const errors: string[] = [];
  // a page of the file's shared context (no service worker: the test's routes answer every
  // request); its routes and listeners go when the test ends
  const { page, context } = await openApp({
    query: `mode=kiosk${query}`,
    viewport: viewport ?? { width: 1920, height: 1080 },
    locale: 'en-US',
    initScript,
    autoplay: true, // a kiosk always plays
    setUp: async (p) => {
      await p.route('**/clinic.json', (route) =>
        clinic === null
          ? route.fulfill({ status: 404, body: 'not found' })
          : route.fulfill({ contentType: 'application/json', body: clinic }),
      );
      await p.route('**/clinic-logo.svg', (route) =>
        route.fulfill({ contentType: 'image/svg+xml', body: LOGO }),
      );
      p.on('pageerror', (e) => errors.push(String(e)));
      p.on('console', (m) => {
        // the browser's own line for a missing clinic.json (a 404 is how "no file" is said)
        if (m.type() === 'error' && !(clinic === null && /404/.test(m.text())))
          errors.push(m.text());
      });
      p.on('request', (r) => requests.push(r.url()));
    },
  });
  return { context, page, errors, requests };
}

/** The clinic's card shows its name, number and logo, and a QR code of its address. */
export async function expectClinicCard(
  page: Page,
  clinic: { name: string; phone: string; url: string },
): Promise<void> {
  expect(await page.getByTestId('clinic-name').textContent()).toBe(clinic.name);
  expect(await page.getByTestId('clinic-phone').textContent()).toBe(clinic.phone);
  await expect
    .poll(() => page.locator('.clinic-logo').evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  expect(await decodeQr(page)).toBe(clinic.url);
}
