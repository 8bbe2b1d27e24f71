// docs/science/ketamine-facts.md is generated from the data the app reads; this test fails when
// it is stale. `npm run science:docs` (UPDATE_FACTS_MD=1) rewrites it.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getSource } from '../../../src/content/bibliography';
import { FACT_LIST } from '../../../src/content/facts';
import { renderFactSheet } from '../../../src/content/facts-markdown';
import { SCIENCE_LAST_REVIEWED } from '../../../src/content/review';

const PATH = 'docs/science/ketamine-facts.md';

describe('docs/science/ketamine-facts.md', () => {
  const rendered = renderFactSheet(FACT_LIST, getSource, SCIENCE_LAST_REVIEWED);

  it('matches the data files', () => {
    if (process.env.UPDATE_FACTS_MD === '1') writeFileSync(PATH, rendered);
    expect(readFileSync(PATH, 'utf8')).toBe(rendered);
  });

  it('has one row per fact, each with a source, a status and a checked date', () => {
    for (const f of FACT_LIST) {
      const row = rendered.split('\n').find((l) => l.startsWith(`| ${f.id} |`));
      expect(row, f.id).toBeDefined();
      expect(row, f.id).toMatch(/\| \d{4}-\d{2}-\d{2} \|/);
      expect(row, f.id).not.toContain('(missing source');
    }
  });
});
