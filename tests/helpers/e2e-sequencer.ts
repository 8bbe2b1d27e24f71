// Runs the longest browser test files first. Two files run at a time; started by size (the
// default on a fresh clone, which has no timing cache), the four one-line axe files came last and
// one worker sat idle while the other finished a minute-long file. Longest first leaves only
// short files for the end. The seconds are each file's time in a quiet run of the suite, two files
// side by side on 2 cores (tests/helpers/e2e-durations.json); a file not listed there (a new one)
// goes first.
import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const seconds: Record<string, number> = JSON.parse(
  readFileSync(new URL('./e2e-durations.json', import.meta.url), 'utf8'),
);

function expected(spec: TestSpecification): number {
  const path = spec.moduleId.replace(/\\/g, '/');
  const key = Object.keys(seconds).find((file) => path.endsWith(file));
  return key === undefined ? Infinity : seconds[key]!;
}

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // stable: files with the same expectation (all the unit tests) keep the default order
    return sorted
      .map((spec, i) => ({ spec, i, s: expected(spec) }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .map((x) => x.spec);
  }
}
