import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
const c = await b.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
await c.route('**/clinic.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ name: 'R', url: 'https://example.org/x' }) }));
const p = await c.newPage();
await p.goto(`http://127.0.0.1:4199/?mode=kiosk&kioskStageSec=600`);
await p.getByTestId('clinic-card').waitFor();
console.log(await p.evaluate(() => { const out = []; for (let e = document.querySelector('.kiosk-side'); e && e !== document.body; e = e.parentElement) out.push(`${e.tagName}.${e.className} h=${Math.round(e.getBoundingClientRect().height)} display=${getComputedStyle(e).display}`); return out; }));
await b.close();
