import { describe, expect, it } from 'vitest';
import { timeScaleShapes } from '../../../src/scene3d/overlay/time-scale-shapes';
import { formatTimeScale } from '../../../src/i18n/format-time';
import { modelMinutesPerSecond, modelTimeAt, type ModelWindow } from '../../../src/model/timeline';
import storyJson from '../../../scenes/ketamine.json';

const shapeOf = (label: string) => label.replace(/\d/g, '0');

describe('timeScaleShapes', () => {
  const cases: [string, ModelWindow, number, number][] = storyJson.stages.flatMap((s) => [
    [s.id, s.modelWindow as ModelWindow, s.durationSec, 1] as [string, ModelWindow, number, number],
    [s.id, s.modelWindow as ModelWindow, 20, 4] as [string, ModelWindow, number, number],
  ]);

  it.each(cases)(
    '%s (%o, %d s at %dx): every label the clock shows has its shape in the list',
    (_id, window, durationSec, speed) => {
      for (const lang of ['en', 'es', 'pseudo'] as const) {
        const shapes = new Set(timeScaleShapes(window, durationSec, speed, lang));
        // moments that are not on the sampling grid, playing and paused
        const missing: string[] = [];
        for (let i = 0; i <= 293; i++) {
          const p = i / 293;
          const t = modelTimeAt(window, p);
          const rate = modelMinutesPerSecond(window, p, durationSec, speed);
          for (const label of [formatTimeScale(t, rate, lang), formatTimeScale(t, 0, lang)]) {
            if (!shapes.has(shapeOf(label))) missing.push(label);
          }
        }
        expect(missing).toEqual([]);
      }
    },
  );

  it('gives few shapes, in the display language', () => {
    const shapes = timeScaleShapes({ startMin: 2, endMin: 30, scale: 'linear' }, 16, 1, 'es');
    expect(shapes.length).toBeLessThan(12);
    expect(shapes.every((s) => s.includes('desde el inicio') && !/[1-9]/.test(s))).toBe(true);
  });
});
