import { beforeEach, describe, expect, it } from 'vitest';
import { useApp } from '../../../src/state/app-store';
import {
  GIVE_UP_LOSSES,
  GIVE_UP_WINDOW_MS,
  canRebuildRenderer,
  fallBackToStoryboard,
} from '../../../src/ui/webgl-fallback';

describe('giving up on the GPU', () => {
  beforeEach(() => useApp.getState().resetAll());

  it('stops rebuilding after repeated losses within the window, whatever WebGL says', () => {
    const now = 100_000;
    const many = Array.from({ length: GIVE_UP_LOSSES }, (_, i) => now - i * 1000);
    expect(canRebuildRenderer(many, now, () => true)).toBe(false);
    expect(canRebuildRenderer(many.slice(1), now, () => true)).toBe(true);
  });

  it('forgets losses older than the window, and never rebuilds when no context can be made', () => {
    const now = 1_000_000;
    const old = Array.from({ length: GIVE_UP_LOSSES }, () => now - GIVE_UP_WINDOW_MS - 1);
    expect(canRebuildRenderer(old, now, () => true)).toBe(true);
    expect(canRebuildRenderer([], now, () => false)).toBe(false);
  });

  it('switches to the storyboard once, with one notice in the display language', () => {
    useApp.getState().setWebgl(true);
    fallBackToStoryboard();
    fallBackToStoryboard();
    const s = useApp.getState();
    expect(s.webgl).toBe(false);
    expect(s.notices.filter((n) => n.id === 'gpu-lost')).toHaveLength(1);
    expect(s.notices[0]?.text).toMatch(/graphics processor stopped/);
  });
});
