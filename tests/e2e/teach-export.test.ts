// Figures to take away: every chart in every panel downloads as SVG, PNG and CSV, offline; the
// pictures carry the title, source line, licence and date, and the CSV holds the numbers the
// chart draws. The scene exports a 1920x1080 PNG still.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { closeBrowser, NO_WEBGL_SCRIPT, openApp } from '../helpers/browser';
import { pauseStory } from '../helpers/frames';

afterAll(closeBrowser);

const PANELS = ['plasma', 'block', 'cascade', 'outcomes', 'sideEffects', 'history', 'claims'];
const CONDITIONS = ['depression', 'pain', 'anxiety', 'ocd'];

/** RFC 4180 fields and records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** Width and height from a PNG's IHDR chunk (after checking the signature). */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

async function download(page: Page, button: Locator): Promise<{ name: string; data: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), data: readFileSync(path) };
}

const YEAR = String(new Date().getFullYear());

async function checkFigure(page: Page, figure: Locator): Promise<string> {
  const id = (await figure.getAttribute('data-figure')) ?? '';
  const title = (await figure.locator('h3').first().textContent()) ?? '';
  const buttons = figure.locator('[data-testid="figure-downloads"]');

  const svg = await download(page, buttons.locator('[data-download="svg"]'));
  expect(svg.name).toMatch(new RegExp(`^figure-${id}-\\d{4}-\\d{2}-\\d{2}\\.svg$`));
  const svgText = svg.data.toString('utf8');
  // well-formed XML with the title, the licence and the date in it
  const parsed = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '').join('\n'),
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
    };
  }, svgText);
  expect(parsed.error, id).toBeNull();
  expect(parsed.root).toBe('svg');
  const oneLine = parsed.texts.replace(/\n/g, ' ');
  expect(oneLine, id).toContain(title.split(' ').slice(0, 3).join(' '));
  expect(oneLine, id).toContain('CC BY 4.0');
  expect(oneLine, id).toContain(YEAR);
  const sources = await figure.locator('[data-source]').count();
  if (sources > 0) expect(oneLine, id).toContain('Source');

  const png = await download(page, buttons.locator('[data-download="png"]'));
  expect(png.name).toMatch(/\.png$/);
  // twice the SVG's size
  expect(pngSize(png.data)).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });

  const csv = await download(page, buttons.locator('[data-download="csv"]'));
  const rows = parseCsv(csv.data.toString('utf8').replace(/^\uFEFF/, ''));
  const table = await figure.locator('table').evaluate((t) => ({
    head: [...t.querySelectorAll('thead th')].map((c) => c.textContent ?? ''),
    rows: [...t.querySelectorAll('tbody tr')].map((r) => ({
      key: r.getAttribute('data-key') ?? '',
      cells: [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''),
    })),
  }));
  expect(rows.length, id).toBe(table.rows.length + 1);
  const valueColumn = rows[0]?.indexOf('Value') ?? -1;
  if (valueColumn > 0 && rows[0]?.includes('Interval low')) {
    // raw CSV of measures (outcomes, claims, side effects): label and group as text, the value
    // and its interval as plain numbers; the value the table shows is the CSV's, rounded
    table.rows.forEach((r, i) => {
      const raw = rows[i + 1] ?? [];
      expect(r.cells[0]!.startsWith(raw[0] ?? '?'), `${id} ${r.key}`).toBe(true);
      // a timeline's milestone has a span and no value: an empty field, never a formatted one
      expect(raw[valueColumn], `${id} ${r.key}`).toMatch(/^(-?\d+(\.\d+)?(e-?\d+)?)?$/);
      if (raw[valueColumn] === '') return;
      const shown = /-?\d[\d,]*(\.\d+)?/.exec(r.cells[2]!.replace('−', '-'))?.[0];
      if (!shown) return;
      const decimals = shown.split('.')[1]?.length ?? 0;
      expect(
        Math.abs(Number(raw[valueColumn]) - Number(shown.replace(/,/g, ''))),
        `${id} ${r.key}: ${r.cells[2]} in ${raw.join(',')}`,
      ).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
    });
    return id;
  }
  const NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/;
  if (rows[0]?.join() !== table.head.join() && !table.rows.every((r) => /^t\d/.test(r.key))) {
    // raw CSV of a table of events (side-effect windows, history): each row starts with its
    // table row's text, and every column with a unit (or a year) holds a plain number or nothing
    const numeric = (rows[0] ?? []).flatMap((h, c) => (/\(.+\)|^(Year|Año)$/.test(h) ? [c] : []));
    expect(numeric.length, id).toBeGreaterThan(0);
    table.rows.forEach((r, i) => {
      const raw = rows[i + 1] ?? [];
      // (the history's first field is the year it is drawn at; its date as given comes later)
      const cell = r.cells[0]!;
      expect(
        raw.some((f) => f === cell || (f !== '' && !NUMBER.test(f) && cell.startsWith(f))),
        `${id} ${r.key}: ${raw.join(',')}`,
      ).toBe(true);
      for (const c of numeric) expect(raw[c], `${id} ${r.key} ${rows[0]![c]}`).toMatch(/^$|^-?\d/);
      for (const c of numeric) if (raw[c]) expect(raw[c], `${id} ${r.key}`).toMatch(NUMBER);
    });
    return id;
  }
  if (rows[0]?.join() !== table.head.join()) {
    // raw CSV (model charts): plain numbers with units in the header, and each number the table
    // shows (rounded, formatted) is a CSV number of its row, rounded the same way
    expect(
      rows[0]?.some((h) => /\(.+\)/.test(h)),
      id,
    ).toBe(true);
    table.rows.forEach((r, i) => {
      const raw = rows[i + 1] ?? [];
      for (const f of raw) expect(f, `${id} ${r.key}`).toMatch(NUMBER);
      expect(`t${raw[0]}`, id).toBe(r.key);
      const nums = raw.slice(1).map(Number);
      for (const part of r.cells.slice(1).flatMap((c) => c.split('–'))) {
        const text = part.replace(/,/g, '').replace('−', '-').replace('+', '').trim();
        if (!text) continue; // no value: an empty CSV field
        const decimals = text.split('.')[1]?.length ?? 0;
        const shown = Number(text);
        expect(
          nums.some((n) => Math.abs(n - shown) <= 0.5 * 10 ** -decimals + 1e-9),
          `${id} ${r.key}: ${part} in ${raw.join(',')}`,
        ).toBe(true);
      }
    });
    return id;
  }
  expect(rows.slice(1), id).toEqual(table.rows.map((r) => r.cells));
  // every number the chart draws is in its row of the CSV
  const marks = await figure.locator('.pfig-chart [data-key][data-value]').evaluateAll((els) =>
    els.map((e) => ({
      key: e.getAttribute('data-key') ?? '',
      value: e.getAttribute('data-value') ?? '',
    })),
  );
  for (const m of marks) {
    const i = table.rows.findIndex((r) => r.key === m.key);
    if (i < 0 || !m.value) continue;
    expect(rows[i + 1]?.join(' | '), `${id} ${m.key}`).toContain(m.value);
  }
  return id;
}

describe('figures to take away', () => {
  it('every chart downloads as SVG, PNG and CSV, offline', async () => {
    const { page, context, problems } = await openApp({
      query: 'stage=infusion',
      serviceWorkers: 'allow',
      // the charts' files are the subject, not the 3D scene: the page without WebGL (a 2D
      // picture in the scene's place) spares a software-rendered scene beside every download
      initScript: NO_WEBGL_SCRIPT,
    });
    try {
      await pauseStory(page);
      // offline once the service worker holds every file of the build (the export code too)
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (navigator.serviceWorker.controller) return;
        await new Promise<void>((resolve) => {
          navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
            once: true,
          });
        });
      });
      await context.setOffline(true);
      const done: string[] = [];
      for (const panel of PANELS) {
        await page.click(`[data-panel-tab="${panel}"]`);
        await page.waitForSelector(`[data-testid="panel-${panel}"]`);
        const conditions = panel === 'outcomes' ? CONDITIONS : [null];
        for (const c of conditions) {
          if (c) {
            await page.click(`[data-condition="${c}"]`);
            await page.waitForSelector(`[data-testid="panel-outcomes"][data-condition="${c}"]`);
          }
          const figures = page.locator('[data-testid="panel-body"] figure[data-figure]');
          const n = await figures.count();
          for (let i = 0; i < n; i++) {
            const figure = figures.nth(i);
            if ((await figure.locator('.pfig-chart svg').count()) === 0) continue;
            done.push(await checkFigure(page, figure));
          }
        }
      }
      // the evidence matrix is a table, not a chart: its data downloads as CSV, a row for each
      // stage and condition, with the grade the cell shows
      await page.click('[data-panel-tab="matrix"]');
      const matrix = page.locator('[data-testid="panel-matrix"] figure');
      await matrix.waitFor();
      expect(
        await matrix
          .locator('[data-download]')
          .evaluateAll((b) => b.map((e) => e.getAttribute('data-download'))),
      ).toEqual(['csv']);
      const csv = await download(page, matrix.locator('[data-download="csv"]'));
      expect(csv.name).toMatch(/^figure-matrix-\d{4}-\d{2}-\d{2}\.csv$/);
      const rows = parseCsv(csv.data.toString('utf8').replace(/^\uFEFF/, ''));
      const cells = await matrix.locator('tbody td').count();
      expect(rows.length).toBe(cells + 1);
      const grade = rows[0]!.indexOf('Grade');
      expect(grade).toBeGreaterThan(0);
      for (const r of rows.slice(1)) expect(r[grade], r.join(',')).not.toBe('');
      expect(done).toEqual(expect.arrayContaining(['plasma', 'block', 'cascade', 'history']));
      expect(done.length).toBeGreaterThanOrEqual(10);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
    // many figures, three files each, on a loaded machine
  }, 600_000);

  it('the scene exports a labelled 1920x1080 PNG still', async () => {
    const { page, context, problems } = await openApp({ query: 'stage=channel-block' });
    try {
      await page.waitForSelector('[data-testid="scene-canvas"] canvas, .scene-view canvas');
      await page.click('[data-testid="teach-menu"]');
      const still = await download(page, page.locator('[data-testid="scene-still"]'));
      expect(still.name).toMatch(/^figure-stage-channel-block-\d{4}-\d{2}-\d{2}\.png$/);
      expect(pngSize(still.data)).toEqual({ width: 1920, height: 1080 });
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
