import { chromium } from 'playwright-core';
const [w, h, lang, stagesArg] = process.argv.slice(2);
const CLINIC = { name: 'Riverside Mood Clinic', phone: '+1 555 010 2030', url: 'https://example.org/riverside/ketamine?from=kiosk', logo: 'clinic-logo.svg', languages: [lang], accent: '#7fd4ff', drivingRule: { en: 'Please do not drive today. A friend or one of our drivers takes you home.', es: 'Hoy no conduzca, por favor. Le lleva a casa un acompañante o uno de nuestros conductores.' } };
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu-compositing'] });
const c = await b.newContext({ viewport: { width: +w, height: +h }, serviceWorkers: 'block' });
await c.route('**/clinic.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(CLINIC) }));
await c.route('**/clinic-logo.svg', (r) => r.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="28" fill="#2a7fb8"/></svg>' }));
const p = await c.newPage();
for (const st of (stagesArg ?? 'welcome').split(',')) {
  await p.goto(`http://127.0.0.1:4199/?mode=kiosk&kioskStageSec=600&stage=${st}`);
  await p.getByTestId('clinic-card').waitFor();
  await p.waitForTimeout(2500);
  const f = `/tmp/kshots/${w}x${h}-${lang}-${st}.png`;
  await p.screenshot({ path: f });
  console.log(f, await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]));
}
await b.close();
