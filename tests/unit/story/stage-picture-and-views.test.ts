import { describe, expect, it } from 'vitest';
import { parseStory } from '../../../src/story/load-story';
import { viewFor } from '../../../src/story/views';
import storyJson from '../../../scenes/ketamine.json';

const clone = () => structuredClone(storyJson) as unknown as { stages: Record<string, unknown>[] };

describe('stage special cases live in the story file', () => {
  it('a stage shows its own view unless its entry names one for the chosen condition', () => {
    const stage = { view: 'synapse', conditionViews: { pain: 'dorsalHorn' } } as const;
    expect(viewFor(stage, null)).toBe('synapse');
    expect(viewFor(stage, 'depression')).toBe('synapse');
    expect(viewFor(stage, 'pain')).toBe('dorsalHorn');
    expect(viewFor({ view: 'calm' }, 'pain')).toBe('calm');
  });

  it('the bundled story: only the conditions stage swaps in the dorsal horn, for pain', () => {
    const parsed = parseStory(storyJson);
    if (!parsed.ok) throw new Error('bundled story rejected');
    const swaps = parsed.story.stages.filter((s) => viewFor(s, 'pain') === 'dorsalHorn');
    expect(swaps.map((s) => s.id)).toEqual(['conditions']);
  });

  it('refuses an unknown picture mark or condition view, naming the field', () => {
    const bad = clone();
    bad.stages[1]!.picture = ['fireworks'];
    bad.stages[2]!.conditionViews = { pain: 'moon' };
    const result = parseStory(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const where = result.problems.map((p) => p.where);
    expect(where.some((w) => w.startsWith('stage 2') && w.includes('picture'))).toBe(true);
    expect(where.some((w) => w.startsWith('stage 3') && w.includes('conditionViews'))).toBe(true);
  });
});
