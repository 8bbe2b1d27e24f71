import { describe, expect, it } from 'vitest';
import { parseStory, parseStoryText } from '../../../src/story/load-story';
import storyJson from '../../../scenes/ketamine.json';

const clone = () =>
  structuredClone(storyJson) as unknown as Record<string, unknown> & {
    stages: Record<string, unknown>[];
  };

describe('story loading', () => {
  it('accepts the bundled story', () => {
    expect(parseStory(storyJson).ok).toBe(true);
  });

  it('names the stage and field of a wrong type', () => {
    const bad = clone();
    bad.stages[2]!.durationSec = 'long';
    const result = parseStory(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.where).toBe(
      `stage 3 ("${String(bad.stages[2]!.id)}"), field durationSec`,
    );
  });

  it('names a missing translation', () => {
    const bad = clone();
    delete (bad.stages[0]!.caption as Record<string, string>).es;
    const result = parseStory(bad);
    expect(!result.ok && result.problems.some((p) => p.where.endsWith('field caption.es'))).toBe(
      true,
    );
  });

  it('rejects a caption over 140 characters', () => {
    const bad = clone();
    (bad.stages[1]!.caption as Record<string, string>).en = 'x'.repeat(141);
    const result = parseStory(bad);
    expect(!result.ok && result.problems[0]!.where.endsWith('caption.en')).toBe(true);
  });

  it('rejects duplicate ids and inverted windows', () => {
    const bad = clone();
    bad.stages[1]!.id = bad.stages[0]!.id;
    bad.stages[3]!.modelWindow = { startMin: 10, endMin: 5, scale: 'linear' };
    const result = parseStory(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const where = result.problems.map((p) => p.where);
    expect(where.some((w) => w.startsWith('stage 4') && w.includes('modelWindow'))).toBe(true);
    expect(where.some((w) => w.startsWith('stage 2') && w.endsWith('field id'))).toBe(true);
  });

  it('rejects unknown fields, so typos are caught', () => {
    const bad = clone();
    bad.stages[0]!.captoin = { en: 'x', es: 'x' };
    expect(parseStory(bad).ok).toBe(false);
  });

  it('reports text that is not JSON', () => {
    const result = parseStoryText('{ not json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.where).toBe('file');
  });
});
