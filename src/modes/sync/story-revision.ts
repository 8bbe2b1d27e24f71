// A short fingerprint of a story, so two windows can tell whether they show the same one
// without sending it back and forth on every stage change.
import type { Story } from '../../story/schema';

export const BUILT_IN_REV = 'built-in';
const cache = new WeakMap<Story, string>();

/** FNV-1a (32-bit) of a string, as 8 hex digits. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function storyRevision(story: Story, builtIn: Story): string {
  if (story === builtIn) return BUILT_IN_REV;
  let rev = cache.get(story);
  if (!rev) {
    rev = `custom-${fingerprint(JSON.stringify(story))}`;
    cache.set(story, rev);
  }
  return rev;
}
