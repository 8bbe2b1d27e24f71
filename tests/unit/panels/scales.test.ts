// Scales and layout of the panels: known domains land on known pixels, labels stay inside.
import { describe, expect, it } from 'vitest';
import {
  headroomMax,
  linearTimeScale,
  linearTimeTicks,
  logTimeScale,
  logTimeTicks,
  valueScale,
  type PlotBox,
} from '../../../src/panels/lib/scales';
import {
  chartHeight,
  placeTickLabels,
  plotBox,
  sideLabel,
  spreadLabels,
} from '../../../src/panels/lib/layout';

const box: PlotBox = { left: 40, top: 10, width: 200, height: 100 };

describe('time scales', () => {
  it('maps a linear minute domain onto the plot box', () => {
    const x = linearTimeScale([0, 240], box);
    expect(x(0)).toBe(40);
    expect(x(240)).toBe(240);
    expect(x(60)).toBeCloseTo(90, 10);
  });

  it('maps a log minute domain so each decade gets equal width', () => {
    const x = logTimeScale([1, 10000], box);
    expect(x(1)).toBeCloseTo(40, 10);
    expect(x(10)).toBeCloseTo(90, 10);
    expect(x(100)).toBeCloseTo(140, 10);
    expect(x(10000)).toBeCloseTo(240, 10);
    // clamped: t = 0 cannot break a log axis
    expect(x(0)).toBeCloseTo(40, 10);
  });

  it('puts the 185 ng/mL peak on the pixel a 0–300 axis predicts', () => {
    const y = valueScale([0, 300], box, false);
    expect(y(0)).toBe(110);
    expect(y(300)).toBe(10);
    expect(y(185)).toBeCloseTo(110 - (185 / 300) * 100, 10);
  });

  it('offers friendly log ticks only inside the domain', () => {
    expect(logTimeTicks([1, 20160])).toEqual([1, 10, 60, 360, 1440, 4320, 10080, 20160]);
    expect(logTimeTicks([40, 17280])).toEqual([60, 360, 1440, 4320, 10080]);
  });

  it('steps linear time ticks on round minutes', () => {
    expect(linearTimeTicks([0, 240], 5)).toEqual([0, 60, 120, 180, 240]);
    expect(linearTimeTicks([0, 40], 5)).toEqual([0, 10, 20, 30, 40]);
  });

  it('leaves head-room above the data', () => {
    expect(headroomMax([100, 200], 50)).toBeCloseTo(220, 10);
    expect(headroomMax([10], 300)).toBe(300);
  });
});

describe('layout', () => {
  it('keeps chart heights within bounds', () => {
    expect(chartHeight(400, 0.6, 150, 300)).toBe(240);
    expect(chartHeight(100, 0.6, 150, 300)).toBe(150);
    expect(chartHeight(2000, 0.6, 150, 300)).toBe(300);
  });

  it('reserves the widest y label and the x labels inside the SVG', () => {
    const b = plotBox({ width: 300, height: 200, fontPx: 16, yLabelWidth: 30, xAxis: true });
    expect(b.left).toBeGreaterThanOrEqual(30 + 6);
    expect(b.left + b.width).toBeLessThanOrEqual(300);
    expect(b.top + b.height + 16 * 1.5).toBeLessThanOrEqual(200);
  });

  it('shifts edge tick labels inwards and hides overlapping ones', () => {
    const placed = placeTickLabels(
      [
        { pos: 0, width: 40 },
        { pos: 20, width: 40 },
        { pos: 150, width: 40 },
        { pos: 300, width: 40 },
      ],
      0,
      300,
      4,
    );
    expect(placed[0]).toEqual({ center: 20, visible: true });
    expect(placed[1]!.visible).toBe(false);
    expect(placed[2]).toEqual({ center: 150, visible: true });
    expect(placed[3]).toEqual({ center: 280, visible: true });
    for (const p of placed.filter((q) => q.visible)) {
      expect(p.center - 20).toBeGreaterThanOrEqual(0);
      expect(p.center + 20).toBeLessThanOrEqual(300);
    }
  });

  it('keeps the last tick label rather than its neighbour when they collide', () => {
    const placed = placeTickLabels(
      [
        { pos: 0, width: 30 },
        { pos: 100, width: 30 },
        { pos: 185, width: 30 },
        { pos: 200, width: 30 },
      ],
      0,
      200,
      4,
    );
    expect(placed.map((p) => p.visible)).toEqual([true, true, false, true]);
  });

  it('spreads stacked labels apart without changing their order', () => {
    const ys = spreadLabels(
      [
        { y: 0, h: 10 },
        { y: 2, h: 10 },
        { y: 4, h: 10 },
        { y: 80, h: 10 },
      ],
      0,
      100,
      2,
    );
    expect(ys).toEqual([0, 12, 24, 80]);
    const crowded = spreadLabels(
      [
        { y: 95, h: 10 },
        { y: 96, h: 10 },
      ],
      0,
      100,
      0,
    );
    expect(crowded).toEqual([80, 90]);
  });

  it('places a side label where it fits', () => {
    expect(sideLabel(10, 50, 0, 100, 4)).toEqual({ x: 14, anchor: 'start' });
    expect(sideLabel(90, 50, 0, 100, 4)).toEqual({ x: 86, anchor: 'end' });
  });
});
