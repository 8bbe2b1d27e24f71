import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  problemLines,
  readStoryText,
  storyFileName,
  storyFileText,
} from '../../../src/modes/story/story-file';
import { checkStoryEvidence } from '../../../src/content';
import { SAVED_STORY_KEY, savedStageIds } from '../../../src/modes/story/saved-story';
import storyJson from '../../../scenes/ketamine.json';

type StoryLike = typeof storyJson & {
  stages: ((typeof storyJson.stages)[number] & { hidden?: boolean })[];
};
const clone = () => structuredClone(storyJson) as StoryLike;

describe('story files', () => {
  it('accepts the built-in story, and round-trips it through the download template', () => {
    const first = readStoryText(JSON.stringify(storyJson), checkStoryEvidence);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = readStoryText(storyFileText(first.story), checkStoryEvidence);
    expect(again.ok && again.story).toEqual(first.story);
    expect(storyFileName(first.story)).toBe('ketamine-story.json');
  });

  it('accepts a reordered, partly hidden and re-captioned story', () => {
    const custom = clone();
    custom.stages.reverse();
    custom.stages[0]!.hidden = true;
    custom.stages[1]!.caption.en = 'In my words.';
    const result = readStoryText(JSON.stringify(custom), checkStoryEvidence);
    expect(result.ok).toBe(true);
  });

  it('names stage and field for each problem', () => {
    const bad = clone();
    bad.stages[2]!.caption.en = '';
    bad.stages[6]!.evidence = ['made.up.fact'];
    const schema = readStoryText(JSON.stringify(bad), checkStoryEvidence);
    expect(schema.ok).toBe(false);
    if (schema.ok) return;
    expect(problemLines(schema.problems)).toEqual([
      `stage 3 ("${bad.stages[2]!.id}"), field caption.en: must not be empty`,
    ]);
    bad.stages[2]!.caption.en = 'Fixed.';
    const evidence = readStoryText(JSON.stringify(bad), checkStoryEvidence);
    expect(!evidence.ok && problemLines(evidence.problems)).toEqual([
      `stage 7 ("${bad.stages[6]!.id}"), field evidence.0: unknown evidence id "made.up.fact"`,
    ]);
  });

  it('refuses a story with every stage hidden', () => {
    const bad = clone();
    for (const s of bad.stages) s.hidden = true;
    const result = readStoryText(JSON.stringify(bad));
    expect(!result.ok && problemLines(result.problems)).toEqual([
      'field stages: every stage is hidden; at least one must show',
    ]);
  });

  it('refuses text that is not JSON', () => {
    const result = readStoryText('{"version": 1,');
    expect(!result.ok && result.problems[0]!.where).toBe('file');
  });

  it('makes a safe file name from any story id', () => {
    const s = clone();
    s.id = '../My Lecture!!';
    const result = readStoryText(JSON.stringify(s));
    expect(result.ok && storyFileName(result.story)).toBe('my-lecture-story.json');
  });
});

describe('a saved story read back at start-up, before its checks have loaded', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  /** A localStorage holding `text` as the saved story. */
  const saved = (text: string | null) =>
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => (key === SAVED_STORY_KEY ? text : null),
    });

  it('gives the ids of the stages it shows, so a link to one of them is not refused', () => {
    const custom = clone();
    custom.stages.reverse();
    custom.stages[1]!.hidden = true;
    saved(JSON.stringify(custom));
    const shown = custom.stages.map((s) => s.id).filter((_, i) => i !== 1);
    expect(savedStageIds()).toEqual(shown);
    expect(shown).toHaveLength(storyJson.stages.length - 1);
  });

  it('gives nothing for no story, text that is not JSON, or stages without ids', () => {
    saved(null);
    expect(savedStageIds()).toBeNull();
    saved('{"stages": [');
    expect(savedStageIds()).toBeNull();
    saved(JSON.stringify({ stages: [{ id: 'a' }, { title: 'no id' }] }));
    expect(savedStageIds()).toBeNull();
    saved(JSON.stringify({ title: 'no stages' }));
    expect(savedStageIds()).toBeNull();
    saved('null');
    expect(savedStageIds()).toBeNull();
  });
});
