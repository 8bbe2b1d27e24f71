// URL fuzzing: random and hostile values for every parameter get defaults and a notice,
// and nothing from the URL is injected into the page.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from '../helpers/browser';
import { HOLD_FRAMES_SCRIPT } from '../helpers/frames';
import { createRng } from '../../src/model';

afterAll(closeBrowser);

const PARAMS = ['mode', 'stage', 'lang', 'dose'] as const;
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  'x'.repeat(5000),
  '-1',
  '1e309',
  'NaN',
  '0x10',
  '%00',
  '../../etc/passwd',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '🙂'.repeat(50),
];

describe('URL fuzzing', () => {
  it('survives 12 seeded hostile URLs with defaults, notices and no injection', async () => {
    const rng = createRng(4242);
    for (let round = 0; round < 12; round++) {
      const query = new URLSearchParams();
      const used = new Set<string>();
      for (const param of PARAMS) {
        if (rng.next() < 0.6) continue;
        used.add(param);
        const value = HOSTILE[Math.floor(rng.next() * HOSTILE.length)]!;
        query.append(param, value);
        if (rng.next() < 0.3) query.append(param, 'again');
      }
      if (used.size === 0) {
        used.add('stage');
        query.append('stage', HOSTILE[round % HOSTILE.length]!);
      }
      // the URL is read at start: no animation frame needs to run (none is drawn)
      const { page, context, problems } = await openApp({
        query: query.toString(),
        initScript: HOLD_FRAMES_SCRIPT,
      });
      const label = `round ${round}: ${query.toString().slice(0, 120)}`;
      expect(await page.textContent('[data-testid="stage-title"]'), label).toBeTruthy();
      expect(
        await page.evaluate(
          () => 'app' + document.querySelector('.app')?.getAttribute('data-mode'),
        ),
        label,
      ).toBe('appexplore');
      expect(await page.locator('.notice').count(), label).toBeGreaterThanOrEqual(used.size);
      expect(
        await page.evaluate(() => (window as { __pwned?: number }).__pwned),
        label,
      ).toBeUndefined();
      expect(await page.locator('img[src="x"], script:not([src])').count(), label).toBe(0);
      expect(problems.pageErrors, label).toEqual([]);
      expect(problems.consoleErrors, label).toEqual([]);
      await context.close();
    }
    // twelve full page loads, each 8-15 s on a loaded machine
  }, 600_000);
});
