// The science data files: each is validated on load, and a bad one is refused with an error
// that names the file, the entry and the field.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import facts from '../../../src/content/data/facts.json';
import outcomes from '../../../src/content/data/outcomes.json';
import sources from '../../../src/content/data/sources.json';
import { factSchema, outcomesSchema, parseData, sourceSchema } from '../../../src/content/schema';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('science data files', () => {
  it('the shipped files pass their schemas', () => {
    expect(() => parseData(z.array(factSchema), facts, 'facts.json')).not.toThrow();
    expect(() => parseData(z.array(sourceSchema), sources, 'sources.json')).not.toThrow();
    expect(() => parseData(outcomesSchema, outcomes, 'outcomes.json')).not.toThrow();
  });

  it('a fact with a bad date is refused, naming the entry and field', () => {
    const bad = clone(facts) as { checked: string }[];
    bad[3]!.checked = 'last week';
    expect(() => parseData(z.array(factSchema), bad, 'facts.json')).toThrow(
      /facts\.json: 3\.checked: /,
    );
  });

  it('a source with a malformed DOI is refused', () => {
    const bad = clone(sources) as { doi?: string }[];
    bad[0]!.doi = 'doi.org/xyz';
    expect(() => parseData(z.array(sourceSchema), bad, 'sources.json')).toThrow(
      /sources\.json: 0\.doi: must be a DOI/,
    );
  });

  it('an unknown field in an outcome measure is refused', () => {
    const bad = clone(outcomes) as { depression: { measures: Record<string, unknown>[] }[] };
    bad.depression[0]!.measures[0]!.colour = 'red';
    expect(() => parseData(outcomesSchema, bad, 'outcomes.json')).toThrow(
      /outcomes\.json: depression\.0\.measures\.0/,
    );
  });
});
