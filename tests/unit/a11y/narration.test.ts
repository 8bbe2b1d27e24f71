import { describe, expect, it } from 'vitest';
import { createNarrationStream, type NarrationLine } from '../../../src/a11y/narration-stream';
import { detectModelEvents, type ModelEventId } from '../../../src/a11y/model-events';
import { MODEL_EVENT_TEXT } from '../../../src/i18n/strings/narration';
import {
  ANAESTHETIC_BOLUS,
  STANDARD_INFUSION,
  createModelState,
  getTrajectory,
} from '../../../src/model';

function eventsOver(fromMin: number, toMin: number, stepMin: number): ModelEventId[] {
  const trajectory = getTrajectory(STANDARD_INFUSION);
  const before = createModelState();
  const after = createModelState();
  const seen: ModelEventId[] = [];
  trajectory.sample(fromMin, before);
  for (let t = fromMin + stepMin; t <= toMin; t += stepMin) {
    trajectory.sample(t, after);
    detectModelEvents(before, after, (id) => seen.push(id));
    Object.assign(before, after);
  }
  return seen;
}

describe('model events', () => {
  it('narrates the infusion in order: arrival, analgesia range, dissociation range', () => {
    const seen = eventsOver(0, 40, 0.5);
    expect(seen.indexOf('ketamineArrives')).toBeGreaterThanOrEqual(0);
    expect(seen.indexOf('ketamineArrives')).toBeLessThan(seen.indexOf('analgesiaRange'));
    expect(seen.indexOf('analgesiaRange')).toBeLessThan(seen.indexOf('dissociationRange'));
    expect(seen).not.toContain('plasmaFalling');
  });

  it('notes the fall after the infusion ends (0.5 mg/kg peaks near 185 ng/mL at 40 min)', () => {
    expect(eventsOver(40, 240, 1)).toContain('plasmaFalling');
  });

  it('notes spines only in the 12–24 h window the text names, not before 12 h', () => {
    expect(eventsOver(180, 715, 5)).not.toContain('spinesRising');
    expect(eventsOver(715, 1440, 5)).toContain('spinesRising');
    expect(eventsOver(0, 1440, 5).filter((e) => e === 'spinesRising')).toHaveLength(1);
  });

  it('the falling-level line claims no infusion, since a bolus crosses it too', () => {
    const bolus = getTrajectory(ANAESTHETIC_BOLUS);
    const a = createModelState();
    const b = createModelState();
    const seen: ModelEventId[] = [];
    for (let t = 0; t < 600; t += 1) {
      bolus.sample(t, a);
      bolus.sample(t + 1, b);
      detectModelEvents(a, b, (id) => seen.push(id));
    }
    expect(seen).toContain('plasmaFalling');
    expect(MODEL_EVENT_TEXT.plasmaFalling.en).not.toMatch(/infusion/i);
    expect(MODEL_EVENT_TEXT.plasmaFalling.es).not.toMatch(/infusi/i);
  });

  it('says nothing when scrubbing backwards', () => {
    expect(eventsOver(40, 0, -1)).toEqual([]);
  });
});

describe('narration stream', () => {
  it('says each stage once per visit and each model event once per visit', () => {
    const stream = createNarrationStream();
    const lines: NarrationLine[] = [];
    stream.subscribe((l) => lines.push(l));
    const trajectory = getTrajectory(STANDARD_INFUSION);
    const state = createModelState();
    stream.stageShown('infusion', 1);
    for (let pass = 0; pass < 2; pass++) {
      for (let t = 0; t <= 40; t += 0.5) {
        trajectory.sample(t, state);
        stream.modelTick(state);
      }
    }
    const keys = lines.map((l) => l.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(lines[0]).toEqual({ kind: 'stage', stageId: 'infusion', key: 'infusion#1' });
    expect(lines.filter((l) => l.kind === 'model' && l.event === 'dissociationRange')).toHaveLength(
      1,
    );
    stream.stageShown('infusion', 2);
    for (let t = 0; t <= 40; t += 0.5) {
      trajectory.sample(t, state);
      stream.modelTick(state);
    }
    expect(lines.filter((l) => l.kind === 'model' && l.event === 'dissociationRange')).toHaveLength(
      2,
    );
  });
});
