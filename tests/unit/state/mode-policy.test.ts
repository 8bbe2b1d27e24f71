// The mode policy table answers every mode question; nothing else compares mode names.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modePolicy, playbackSpeed } from '../../../src/state/mode-policy';

function sources(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(p) ? [p] : [];
  });
}

describe('mode policy', () => {
  it('plays a kiosk at its own pace and the other modes at the chosen speed', () => {
    expect(playbackSpeed('kiosk', 4)).toBe(1);
    expect(playbackSpeed('explore', 4)).toBe(4);
    expect(playbackSpeed('present', 0.5)).toBe(0.5);
    expect(modePolicy('kiosk').kioskPacing).toBe(true);
  });

  it('is the only place that compares mode names', () => {
    const compare = /[!=]==\s*'(explore|present|kiosk)'|'(explore|present|kiosk)'\s*[!=]==/;
    const found = sources()
      .filter((f) => !f.endsWith(join('state', 'mode-policy.ts')))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => `${f}:${i + 1}: ${line.trim()}`)
          .filter((l) => compare.test(l)),
      );
    expect(found).toEqual([]);
  });
});
