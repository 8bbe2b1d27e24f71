// Story-file fuzzing: mutated story files are rejected with field-level messages, never a throw.
import { describe, expect, it } from 'vitest';
import { parseStory, parseStoryText } from '../../../src/story/load-story';
import { createRng } from '../../../src/model';
import storyJson from '../../../scenes/ketamine.json';

type Json = Record<string, unknown>;

const REQUIRED_STAGE_FIELDS = [
  'id',
  'title',
  'caption',
  'explanation',
  'narration',
  'modelWindow',
  'durationSec',
  'camera',
  'view',
  'highlight',
  'conditions',
  'panel',
  'evidence',
] as const;

/** Each mutation breaks one stage for sure, and says which field it broke. */
const MUTATIONS: ((stage: Json, pick: () => number) => string)[] = [
  (stage, pick) => {
    const field = REQUIRED_STAGE_FIELDS[Math.floor(pick() * REQUIRED_STAGE_FIELDS.length)]!;
    delete stage[field];
    return field;
  },
  (stage, pick) => {
    const field = REQUIRED_STAGE_FIELDS[Math.floor(pick() * REQUIRED_STAGE_FIELDS.length)]!;
    stage[field] = field === 'durationSec' ? 'soon' : 12345;
    return field;
  },
  (stage) => {
    // optional (a lecturer's story may have none), but never of the wrong kind
    stage.speakerNotes = 12345;
    return 'speakerNotes';
  },
  (stage) => {
    (stage.caption as Json).en = 'x'.repeat(100_000);
    return 'caption.en';
  },
  (stage) => {
    stage.highlight = ['notAStructure'];
    return 'highlight.0';
  },
  (stage) => {
    stage.view = '<img src=x onerror=alert(1)>';
    return 'view';
  },
  (stage) => {
    stage.camera = { position: [0, 0, 'far'], target: [0, 0, 0] };
    return 'camera.position.2';
  },
  (stage) => {
    stage.modelWindow = { startMin: -5, endMin: 10, scale: 'linear' };
    return 'modelWindow.startMin';
  },
  (stage) => {
    (stage.title as Json).es = null;
    return 'title.es';
  },
];

describe('story-file fuzzing', () => {
  it('rejects 400 seeded mutations, each naming the stage and field it broke', () => {
    const rng = createRng(20261123);
    for (let round = 0; round < 400; round++) {
      const story = structuredClone(storyJson) as unknown as { stages: Json[] };
      const stageIndex = Math.floor(rng.next() * story.stages.length);
      const mutate = MUTATIONS[Math.floor(rng.next() * MUTATIONS.length)]!;
      const field = mutate(story.stages[stageIndex]!, () => rng.next());
      const result = parseStory(story);
      expect(result.ok, `round ${round}: ${field}`).toBe(false);
      if (result.ok) continue;
      expect(
        result.problems.some(
          (p) =>
            p.where.startsWith(`stage ${stageIndex + 1}`) &&
            (p.where.endsWith(`field ${field}`) || p.message.includes(field)),
        ),
        `round ${round}: expected stage ${stageIndex + 1} field ${field}, got ${JSON.stringify(result.problems)}`,
      ).toBe(true);
    }
  });

  it('never throws on arbitrary values', () => {
    const rng = createRng(7);
    const values: unknown[] = [
      null,
      undefined,
      0,
      'story',
      [],
      {},
      { version: 2 },
      { stages: 'x' },
    ];
    for (let i = 0; i < 200; i++) {
      const value = values[Math.floor(rng.next() * values.length)];
      expect(() => parseStory(value)).not.toThrow();
      expect(parseStory(value).ok).toBe(false);
    }
    expect(parseStoryText('\u0000\uffff').ok).toBe(false);
    expect(parseStoryText('x'.repeat(1_000_000)).ok).toBe(false);
  });
});
