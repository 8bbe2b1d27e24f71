// The browser tests run longest file first (tests/helpers/e2e-sequencer.ts) by the seconds in
// tests/helpers/e2e-durations.json: every browser test file is listed there, and nothing else.
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import durations from '../../helpers/e2e-durations.json';

it('lists every browser test file, with its seconds, and no file that is gone', () => {
  const files = readdirSync('tests/e2e')
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `tests/e2e/${f}`)
    .sort();
  expect(Object.keys(durations).sort()).toEqual(files);
  for (const [file, s] of Object.entries(durations)) {
    expect(s, file).toBeGreaterThan(0);
  }
});
