// Pure data of the matrix, history, row layouts, text wrapping and panel choice.
import { describe, expect, it } from 'vitest';
import { MATRIX_STAGE_IDS, matrixRow } from '../../../src/content';
import { bundledStory } from '../../../src/state/app-store';
import { visibleStages } from '../../../src/state/store';
import { matrixView, nextCondition, stageCounts } from '../../../src/panels/data/matrix-data';
import {
  historyEvents,
  historySummary,
  layoutHistory,
} from '../../../src/panels/data/history-data';
import { layoutRows } from '../../../src/panels/lib/row-layout';
import { wrapLines } from '../../../src/panels/lib/wrap';
import { PANEL_ORDER, PANELS } from '../../../src/panels/panel-registry';
import { activePanel, overrideFor } from '../../../src/panels/panel-choice';
import { joinSentences, shortCitation, sourcesFor } from '../../../src/panels/data/sources';
import { PANEL_IDS } from '../../../src/story/structures';

const charWidth = (t: string) => t.length * 8;

describe('evidence matrix view', () => {
  const stages = visibleStages(bundledStory);

  it('marks the current stage row and maps rows to visible stage indices', () => {
    const rows = matrixView(stages, 'disinhibition', null);
    expect(rows.map((r) => r.stageId)).toEqual([...MATRIX_STAGE_IDS]);
    expect(rows.filter((r) => r.isCurrent).map((r) => r.stageId)).toEqual(['disinhibition']);
    for (const r of rows) expect(stages[r.stageIndex]?.id).toBe(r.stageId);
  });

  it('highlights exactly the stages a chosen condition rests on', () => {
    const rows = matrixView(stages, 'rest', 'pain');
    const lit = rows.filter((r) => r.cells.some((c) => c.restsOn)).map((r) => r.stageId);
    const expected = MATRIX_STAGE_IDS.filter((s) =>
      ['strong', 'moderate', 'preliminary'].includes(matrixRow(s).pain.grade),
    );
    expect(lit).toEqual(expected);
    expect(lit.length).toBe(stageCounts().pain);
    // Only the chosen column is marked.
    for (const r of rows) {
      for (const c of r.cells) expect(c.inSelectedColumn).toBe(c.condition === 'pain');
    }
  });

  it('toggles a condition off when it is chosen again', () => {
    expect(nextCondition(null, 'ocd')).toBe('ocd');
    expect(nextCondition('ocd', 'ocd')).toBeNull();
    expect(nextCondition('ocd', 'pain')).toBe('pain');
  });
});

describe('history timeline', () => {
  it('orders events by year from the 1962 synthesis to the 2019 approval', () => {
    const years = historyEvents().map((e) => e.year);
    expect(years[0]).toBe(1962);
    expect(years[years.length - 1]).toBe(2019);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(historySummary('en')).toMatch(/1962.*1970.*1983.*1999.*2000.*2019/);
  });

  it('lays labels out without overlap and inside the width', () => {
    for (const width of [300, 420, 1200]) {
      const layout = layoutHistory({
        width,
        fontPx: 16,
        measure: charWidth,
        measureBold: charWidth,
        lang: 'es',
        yearColumnPx: 32,
      });
      const line = 16 * 0.85 * 1.25;
      let prevBottom = -Infinity;
      for (const p of layout.events) {
        expect(p.labelTop).toBeGreaterThanOrEqual(prevBottom);
        prevBottom = p.labelTop + (p.titleLines.length + p.detailLines.length) * line;
        for (const l of [...p.titleLines, ...p.detailLines]) {
          expect(layout.labelX + charWidth(l)).toBeLessThanOrEqual(width);
        }
      }
      expect(layout.height).toBeGreaterThanOrEqual(prevBottom);
      // Year positions keep the true spacing: 2000 is below 1983.
      const y = (f: string) => layout.events.find((e) => e.event.factId === f)!.yearY;
      expect(y('hist.berman2000')).toBeGreaterThan(y('hist.nmda1983'));
    }
  });
});

describe('row layout and wrapping', () => {
  it('wraps text to the width, breaking over-long words', () => {
    expect(wrapLines('one two three four', 80, charWidth)).toEqual(['one two', 'three four']);
    expect(wrapLines('one two three four', 79, charWidth)).toEqual(['one two', 'three', 'four']);
    const long = wrapLines('x'.repeat(25), 80, charWidth);
    expect(long).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    for (const line of wrapLines(
      '⟦Résponsé (24 h) · n = 368 Résponsé (24 h) · n = 368⟧',
      120,
      charWidth,
    )) {
      expect(charWidth(line)).toBeLessThanOrEqual(120);
    }
  });

  it('stacks rows top to bottom with marks under their labels', () => {
    const layout = layoutRows(
      [
        { key: 'h', label: 'Heading', header: true },
        { key: 'a', label: 'A row with a rather long label that wraps', lanes: 2 },
        { key: 'b', label: 'B' },
      ],
      {
        width: 200,
        fontPx: 16,
        labelEm: 0.85,
        measure: charWidth,
        measureBold: charWidth,
        rightPx: 30,
        xAxis: true,
      },
    );
    const [h, a, b] = layout.rows;
    expect(h!.laneY).toEqual([]);
    expect(a!.lines.length).toBeGreaterThan(1);
    expect(a!.laneY).toHaveLength(2);
    expect(a!.laneY[0]!).toBeGreaterThan(a!.labelY + (a!.lines.length - 1) * layout.lineHeight);
    expect(b!.labelY).toBeGreaterThan(a!.laneY[1]!);
    expect(layout.box.left + layout.box.width + 30).toBeLessThanOrEqual(200);
    expect(layout.height).toBeGreaterThan(b!.laneY[0]!);
  });
});

describe('panel choice', () => {
  it('has a tab for every story panel id', () => {
    expect([...PANEL_ORDER].sort()).toEqual([...PANEL_IDS].sort());
    for (const id of PANEL_IDS) expect(PANELS[id].id).toBe(id);
  });

  it('shows the stage panel unless the user chose another; choosing it again follows the stage', () => {
    expect(activePanel('plasma', null)).toBe('plasma');
    expect(activePanel('plasma', 'history')).toBe('history');
    expect(overrideFor('history', 'plasma')).toBe('history');
    expect(overrideFor('plasma', 'plasma')).toBeNull();
  });
});

describe('citations', () => {
  it('prints authors, year, journal and DOI in the short form', () => {
    const [s] = sourcesFor(['han2016']);
    expect(shortCitation(s!)).toBe(
      'Han Y, et al. 2016. Neuropsychiatr Dis Treat. doi:10.2147/NDT.S117146',
    );
  });

  it('joins parts without doubled full stops', () => {
    expect(joinSentences(['Pfizer, et al.', 'Label'])).toBe('Pfizer, et al. Label');
    expect(joinSentences(['A', 'B'])).toBe('A. B');
  });

  it('refuses an unknown source id', () => {
    expect(() => sourcesFor(['no-such-source'])).toThrow(/unknown source/);
  });
});
