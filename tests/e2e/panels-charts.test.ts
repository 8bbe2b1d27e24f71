// The charts themselves: the dose control redraws the curve and the scene follows, every
// table lists what its chart draws, no label is clipped at 1024×600 or in present mode, axe
// finds nothing serious in the panel area, the
// dose control never appears in kiosk or present mode, and a screenshot of every panel is
// saved under tests/artifacts/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, NO_WEBGL_SCRIPT, openApp } from '../helpers/browser';
import {
  HOLD_FRAMES_SCRIPT,
  nextFrames,
  pauseStory,
  stepFrames,
  waitForSettled,
} from '../helpers/frames';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

afterAll(closeBrowser);

const ARTIFACTS = 'tests/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

const PANELS = [
  'plasma',
  'block',
  'cascade',
  'outcomes',
  'matrix',
  'sideEffects',
  'history',
  'claims',
] as const;
const CONDITIONS = ['depression', 'pain', 'anxiety', 'ocd'] as const;

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Serious or critical axe violations inside the panel area only. */
async function panelAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[] }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<Result> } })
      .axe;
    const result = await axe.run(
      { include: [['[data-testid="panel-host"]']] },
      {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      },
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.help} ${v.nodes
            .slice(0, 3)
            .map((n) => JSON.stringify(n.target))
            .join(' ')}`,
      );
  });
}

async function showPanel(page: Page, id: string) {
  await page.click(`[data-panel-tab="${id}"]`);
  await page.waitForSelector(`[data-testid="panel-${id}"]`);
  // Let the ResizeObserver lay the charts out for their real width.
  await waitForSettled(page);
  await nextFrames(page, 3);
}

/** An English-formatted number ("1,373", "−3.5") → number. */
function num(text: string | null): number {
  if (!text) return NaN;
  return Number(text.replace('−', '-').replace(/[\s,]/g, ''));
}

/** Texts in the panel's SVGs that spill out of their SVG, or SVGs wider than the panel. */
async function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const body = document.querySelector('[data-testid="panel-body"]')!.getBoundingClientRect();
    document.querySelectorAll('[data-testid="panel-body"] svg').forEach((svg) => {
      const sb = svg.getBoundingClientRect();
      if (sb.width === 0) return;
      if (sb.right > body.right + 1 || sb.left < body.left - 1) {
        out.push(`svg ${svg.getAttribute('data-testid')} is wider than the panel`);
      }
      svg.querySelectorAll('text').forEach((t) => {
        const b = t.getBoundingClientRect();
        if (b.width === 0) return;
        if (
          b.left < sb.left - 1 ||
          b.right > sb.right + 1 ||
          b.top < sb.top - 1 ||
          b.bottom > sb.bottom + 1
        ) {
          out.push(`${svg.getAttribute('data-testid')}: "${t.textContent}"`);
        }
      });
    });
    return out;
  });
}

/** Marks whose table row is missing or does not show the mark's value. */
async function tableMismatches(page: Page): Promise<{ checked: number; problems: string[] }> {
  return page.evaluate(() => {
    const problems: string[] = [];
    let checked = 0;
    document.querySelectorAll('[data-testid="panel-body"] [data-figure]').forEach((fig) => {
      const id = fig.getAttribute('data-figure');
      const table = fig.querySelector('table');
      const marks = fig.querySelectorAll('svg [data-row-key][data-value]');
      if (!marks.length) return;
      if (!table) {
        problems.push(`${id}: no table`);
        return;
      }
      if (!table.querySelector('caption')?.textContent?.trim()) problems.push(`${id}: no caption`);
      const rowKeys = new Set<string>();
      marks.forEach((m) => {
        checked++;
        const key = m.getAttribute('data-row-key')!;
        rowKeys.add(key);
        const row = table.querySelector(`tr[data-key="${CSS.escape(key)}"]`);
        const value = m.getAttribute('data-value')!;
        if (!row) problems.push(`${id}: no table row for ${key}`);
        else if (!row.textContent!.includes(value)) {
          problems.push(`${id}: row ${key} "${row.textContent}" lacks "${value}"`);
        }
      });
      table.querySelectorAll('tbody tr[data-key]').forEach((tr) => {
        if (!rowKeys.has(tr.getAttribute('data-key')!)) {
          problems.push(`${id}: table row ${tr.getAttribute('data-key')} has no mark`);
        }
      });
    });
    return { checked, problems };
  });
}

describe('dose control', () => {
  it('redraws the plasma curve live and the scene follows the new dose', async () => {
    const { page, context, problems } = await openApp({
      query: 'stage=infusion',
      initScript: NO_WEBGL_SCRIPT + HOLD_FRAMES_SCRIPT,
      autoplay: true,
    });
    await page.waitForSelector('[data-testid="dose-control"]');
    // the readout is written in the frame loop: run one frame (paused, the clock stays put)
    const readout = async () => {
      await stepFrames(page, 1);
      return num(((await page.textContent('[data-testid="readout-plasma"]')) ?? '').split(' ')[0]!);
    };
    // The infusion plays on a made-up clock (a second a step) until the scene shows a non-zero
    // level, then holds there.
    for (let i = 0; i < 120 && !((await readout()) > 30); i++) await stepFrames(page, 10);
    await pauseStory(page);
    const sceneBefore = await readout();
    const at = (t: number) =>
      page.getAttribute(`[data-figure="plasma"] .chart-marker[data-key="t${t}"]`, 'data-value');
    const peakBefore = num(await at(40));
    expect(peakBefore).toBeGreaterThan(175);
    expect(peakBefore).toBeLessThan(195);
    const pathBefore = await page.getAttribute('[data-series="plasma"]', 'd');

    await page.focus('[data-testid="dose-slider"]');
    await page.keyboard.press('End'); // 1.0 mg/kg
    await expect.poll(async () => num(await at(40))).toBeCloseTo(peakBefore * 2, -1);
    expect(await page.getAttribute('[data-series="plasma"]', 'd')).not.toBe(pathBefore);
    expect(await page.textContent('[data-testid="dose-value"]')).toContain('1.00 mg/kg');
    // The table says the same as the chart.
    expect(await page.textContent('[data-figure="plasma"] table tr[data-key="t40"]')).toContain(
      (await at(40))!,
    );
    // The scene's model (store regimen → clock) now runs at twice the dose.
    await expect.poll(readout).toBeGreaterThan(sceneBefore * 1.8);
    expect(await readout()).toBeLessThan(sceneBefore * 2.2);

    await page.click('[data-testid="dose-bolus"]');
    await expect.poll(async () => num(await at(0))).toBeGreaterThan(1200);
    expect(await page.getAttribute('[data-testid="dose-bolus"]', 'aria-pressed')).toBe('true');
    await page.click('[data-testid="dose-standard"]');
    await expect.poll(async () => num(await at(40))).toBeCloseTo(peakBefore, 0);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it.each(['kiosk', 'present'])('is never shown in %s mode', async (mode) => {
    const { page, context } = await openApp({
      query: `stage=infusion&mode=${mode}`,
      initScript: NO_WEBGL_SCRIPT,
    });
    await page.waitForSelector('[data-testid="panel-plasma"] svg');
    expect(await page.locator('[data-testid="dose-control"]').count()).toBe(0);
    expect(await page.locator('[data-testid="dose-slider"]').count()).toBe(0);
    await context.close();
  });
});

describe('charts', () => {
  it('moves the "now" cursor with the scene while it plays', async () => {
    const { page, context } = await openApp({
      query: 'stage=infusion',
      initScript: NO_WEBGL_SCRIPT,
      autoplay: true,
    });
    const cursor = page.locator('[data-figure="plasma"] [data-testid="now-cursor"] line');
    await cursor.waitFor({ state: 'attached' });
    const x1 = await cursor.getAttribute('x1');
    await expect.poll(() => cursor.getAttribute('x1'), { timeout: 120_000 }).not.toBe(x1);
    await context.close();
  });

  it('lists in every table exactly what its chart draws', async () => {
    const { page, context } = await openApp({ query: 'stage=rest', initScript: NO_WEBGL_SCRIPT });
    await pauseStory(page);
    let total = 0;
    const problems: string[] = [];
    for (const id of PANELS) {
      await showPanel(page, id);
      const conditions = id === 'outcomes' ? CONDITIONS : [null];
      for (const c of conditions) {
        if (c) {
          await page.click(`.panel-outcomes button[data-condition="${c}"]`);
          await page.waitForSelector(`[data-testid="panel-outcomes"][data-condition="${c}"]`);
        }
        const r = await tableMismatches(page);
        total += r.checked;
        problems.push(...r.problems.map((p) => `${id}${c ? `/${c}` : ''}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
    expect(total).toBeGreaterThan(100);
    // The table view shows the same table on screen.
    await showPanel(page, 'plasma');
    await page.click('[data-figure="plasma"] [data-testid="view-table"]');
    expect(await page.isVisible('[data-testid="table-plasma"]')).toBe(true);
    expect(await page.isVisible('[data-testid="plasma-chart"]')).toBe(false);
    await context.close();
  });

  it.each([
    { label: '1024×600, Spanish', query: 'lang=es', viewport: { width: 1024, height: 600 } },
    {
      label: 'present mode, 1920×1080',
      query: 'mode=present',
      viewport: { width: 1920, height: 1080 },
    },
  ])('clips no chart label ($label)', async ({ query, viewport }) => {
    const { page, context } = await openApp({
      query: `stage=rest&${query}`,
      viewport,
      initScript: NO_WEBGL_SCRIPT,
    });
    await pauseStory(page);
    const problems: string[] = [];
    for (const id of PANELS) {
      await showPanel(page, id);
      const conditions = id === 'outcomes' ? CONDITIONS : [null];
      for (const c of conditions) {
        if (c) {
          await page.click(`.panel-outcomes button[data-condition="${c}"]`);
          await page.waitForSelector(`[data-testid="panel-outcomes"][data-condition="${c}"]`);
        }
        problems.push(...(await clippedLabels(page)).map((p) => `${id}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('sets larger type in present mode', async () => {
    const size = async (query: string) => {
      const { page, context } = await openApp({
        query: `stage=infusion&${query}`,
        initScript: NO_WEBGL_SCRIPT,
      });
      await page.waitForSelector('[data-testid="panel-plasma"] svg');
      const px = await page.evaluate(() => ({
        summary: parseFloat(getComputedStyle(document.querySelector('.pfig-summary')!).fontSize),
        tick: parseFloat(
          getComputedStyle(document.querySelector('[data-testid="plasma-chart"] .axis-x text')!)
            .fontSize,
        ),
      }));
      await context.close();
      return px;
    };
    const explore = await size('mode=explore');
    const present = await size('mode=present');
    expect(present.summary).toBeGreaterThan(explore.summary);
    expect(present.tick).toBeGreaterThan(explore.tick);
  });

  it('has no serious accessibility violation in any panel', async () => {
    const { page, context } = await openApp({ query: 'stage=rest', initScript: NO_WEBGL_SCRIPT });
    await pauseStory(page);
    const report: string[] = [];
    for (const id of PANELS) {
      await showPanel(page, id);
      const conditions = id === 'outcomes' ? CONDITIONS : [null];
      for (const c of conditions) {
        if (c) {
          await page.click(`.panel-outcomes button[data-condition="${c}"]`);
          await page.waitForSelector(`[data-testid="panel-outcomes"][data-condition="${c}"]`);
        }
        report.push(
          ...(await panelAxeViolations(page)).map((v) => `${id}${c ? `/${c}` : ''}: ${v}`),
        );
      }
    }
    expect(report).toEqual([]);
    await context.close();
  });
});

describe('screenshots', () => {
  it('saves every panel for a person to look at', async () => {
    const { page, context, problems } = await openApp({
      query: 'stage=infusion',
      initScript: NO_WEBGL_SCRIPT,
    });
    await pauseStory(page);
    const shoot = async (name: string) => {
      // Let the aside grow to its content so the whole panel is in the picture.
      await page.evaluate(() => {
        for (const sel of ['aside.panel-slot', '.app-main', '.app']) {
          const el = document.querySelector<HTMLElement>(sel);
          if (el) {
            el.style.height = 'auto';
            el.style.overflow = 'visible';
          }
        }
      });
      await nextFrames(page, 3);
      await page.locator('aside.panel-slot').screenshot({ path: `${ARTIFACTS}/${name}.png` });
    };
    for (const id of PANELS) {
      await showPanel(page, id);
      await shoot(`panels-${id}`);
    }
    for (const c of CONDITIONS.slice(1)) {
      await showPanel(page, 'outcomes');
      await page.click(`.panel-outcomes button[data-condition="${c}"]`);
      await page.waitForSelector(`[data-testid="panel-outcomes"][data-condition="${c}"]`);
      await shoot(`panels-outcomes-${c}`);
    }
    expect(problems.pageErrors).toEqual([]);
    await context.close();

    // The first screen at the smallest supported size, and a projector in present mode.
    const small = await openApp({
      query: 'stage=infusion',
      viewport: { width: 1024, height: 600 },
      initScript: NO_WEBGL_SCRIPT,
    });
    await small.page.waitForSelector('[data-testid="panel-plasma"] svg');
    await small.page.screenshot({ path: `${ARTIFACTS}/panels-plasma-1024x600.png` });
    await small.context.close();
    const present = await openApp({
      query: 'stage=conditions&mode=present&lang=es',
      viewport: { width: 1920, height: 1080 },
      initScript: NO_WEBGL_SCRIPT,
    });
    await present.page.waitForSelector('[data-testid="panel-outcomes"] svg');
    await waitForSettled(present.page);
    await nextFrames(present.page, 3);
    await present.page.screenshot({ path: `${ARTIFACTS}/panels-outcomes-present-es.png` });
    await present.context.close();
  }, 600_000); // some twenty screenshots on a shared 2-core machine
});
