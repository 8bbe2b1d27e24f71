import { describe, expect, it } from 'vitest';
import {
  helloMessage,
  readMessage,
  sameState,
  stateMessage,
  type SyncState,
} from '../../../src/modes/sync/sync-protocol';
import { BUILT_IN_REV, fingerprint, storyRevision } from '../../../src/modes/sync/story-revision';
import { parseStory } from '../../../src/story/load-story';
import storyJson from '../../../scenes/ketamine.json';

const parsed = parseStory(storyJson);
if (!parsed.ok) throw new Error('bundled story invalid');
const story = parsed.story;

const state: SyncState = {
  stageId: 'spines',
  playing: true,
  speed: 1,
  blackout: false,
  lang: 'es',
  storyRev: BUILT_IN_REV,
  story: null,
  classQuestion: null,
  condition: null,
};
const asked = { stageId: 'spines', index: 1, revealed: false };
/** A well-formed state message but for the fields given. */
const withState = (fields: Record<string, unknown>) => ({
  app: 'ketamine-synapse',
  v: 1,
  from: 'x',
  kind: 'state',
  seq: 1,
  rank: 0,
  state: { ...state, ...fields },
});

describe('presenter sync messages', () => {
  it('reads back what it writes', () => {
    expect(readMessage(helloMessage('a'))).toEqual(helloMessage('a'));
    expect(readMessage(stateMessage('b', state))).toEqual(stateMessage('b', state));
    const withStory = { ...state, storyRev: 'custom-1', story };
    expect(readMessage(stateMessage('b', withStory))).toEqual(stateMessage('b', withStory));
    const asking = { ...state, classQuestion: asked };
    expect(readMessage(stateMessage('b', asking))).toEqual(stateMessage('b', asking));
    const pain = { ...state, condition: 'pain' as const };
    expect(readMessage(stateMessage('b', pain))).toEqual(stateMessage('b', pain));
  });

  it('reads a window without the condition (an older build) as having none chosen', () => {
    const older: Partial<SyncState> = { ...state };
    delete older.condition;
    const message = { ...stateMessage('b', state), state: older };
    expect(readMessage(message)).toEqual(stateMessage('b', state));
  });

  it('reads a window without the class question (an older build) as asking none', () => {
    const older: Partial<SyncState> = { ...state };
    delete older.classQuestion;
    const message = { ...stateMessage('b', state), state: older };
    expect(readMessage(message)).toEqual(stateMessage('b', state));
  });

  it.each([
    null,
    'hello',
    { app: 'other', v: 1, from: 'x', kind: 'hello' },
    { app: 'ketamine-synapse', v: 2, from: 'x', kind: 'hello' },
    { app: 'ketamine-synapse', v: 1, kind: 'hello' },
    { app: 'ketamine-synapse', v: 1, from: 'x', kind: 'state' },
    {
      app: 'ketamine-synapse',
      v: 1,
      from: 'x',
      kind: 'state',
      state: { ...state, playing: 'yes' },
    },
    { app: 'ketamine-synapse', v: 1, from: 'x', kind: 'state', state: { ...state, lang: 'fr' } },
    { app: 'ketamine-synapse', v: 1, from: 'x', kind: 'state', state: { ...state, speed: 3 } },
    {
      app: 'ketamine-synapse',
      v: 1,
      from: 'x',
      kind: 'state',
      state: { ...state, story: { version: 1, stages: [] } },
    },
    ...[
      'spines',
      { ...asked, index: -1 },
      { ...asked, index: 1.5 },
      { ...asked, revealed: 'yes' },
      { index: 0, revealed: false },
    ].map((classQuestion) => withState({ classQuestion })),
    ...['migraine', 3, { id: 'pain' }].map((condition) => withState({ condition })),
  ])('ignores a foreign or malformed message %#', (data) => {
    expect(readMessage(data)).toBeNull();
  });

  it('compares states by what a window shows', () => {
    expect(sameState(state, { ...state })).toBe(true);
    expect(sameState(state, { ...state, stageId: 'mtor' })).toBe(false);
    expect(sameState(state, { ...state, blackout: true })).toBe(false);
    expect(sameState(state, { ...state, speed: 2 })).toBe(false);
    expect(sameState(state, { ...state, storyRev: 'custom-2' })).toBe(false);
    expect(sameState(state, { ...state, condition: 'ocd' })).toBe(false);
    const asking = { ...state, classQuestion: asked };
    expect(sameState(asking, { ...state, classQuestion: { ...asked } })).toBe(true);
    expect(sameState(state, asking)).toBe(false);
    expect(sameState(asking, { ...state, classQuestion: { ...asked, revealed: true } })).toBe(
      false,
    );
    expect(sameState(asking, { ...state, classQuestion: { ...asked, index: 0 } })).toBe(false);
  });
});

describe('story revisions', () => {
  it('names the built-in story, and a custom story by its content', () => {
    expect(storyRevision(story, story)).toBe(BUILT_IN_REV);
    const a = structuredClone(story);
    const b = structuredClone(story);
    expect(storyRevision(a, story)).toMatch(/^custom-[0-9a-f]{8}$/);
    expect(storyRevision(a, story)).toBe(storyRevision(b, story));
    // stories are never mutated in the app (the store swaps whole stories), so a changed copy
    const c = structuredClone(story);
    c.stages[0]!.caption.en = 'changed';
    expect(storyRevision(c, story)).not.toBe(storyRevision(a, story));
  });

  it('fingerprints with FNV-1a', () => {
    expect(fingerprint('')).toBe('811c9dc5');
    expect(fingerprint('a')).toBe('e40c292c');
  });
});
