// Every fact row marked "used to test the model, not to fit it" must be compared with the model in
// tests/unit/model/pk-validation.test.ts, which names the row's source there (DOI, else PMID, else
// "Author Year"). A validation datum added to the sheet without a test, or a test whose source is
// not on the sheet, fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getSource } from '../../../src/content/bibliography';
import { FACT_LIST } from '../../../src/content/facts';
import type { Source } from '../../../src/content/types';

const TEST_FILE = 'tests/unit/model/pk-validation.test.ts';
const MARK = 'used to test the model, not to fit it';

/** How the test file must name a source: its DOI, else its PMID, else "Surname ... Year". */
function citedAs(source: Source): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (source.doi) return new RegExp(esc(source.doi));
  if (source.pmid) return new RegExp(`PMID ${source.pmid}`);
  const surname = (source.authors[0] ?? '').split(' ')[0] ?? '';
  return new RegExp(`${esc(surname)}[^\\n]*${source.year ?? ''}`);
}

describe('PK validation data on the fact sheet', () => {
  const rows = FACT_LIST.filter((f) => f.claim.includes(MARK));
  const tests = readFileSync(TEST_FILE, 'utf8');

  it('marks the independent data sets as such (at least six studies)', () => {
    expect(rows.map((f) => f.id)).toEqual(
      expect.arrayContaining([
        'pk.validation.iv10mg',
        'pk.validation.wang2019',
        'pk.validation.simons2022',
      ]),
    );
    expect(new Set(rows.map((f) => f.sourceId)).size).toBeGreaterThanOrEqual(6);
  });

  it('compares each of them with the model in the PK validation tests, naming the source', () => {
    for (const fact of rows) {
      expect(fact.section, fact.id).toBe('pharmacokinetics');
      expect(fact.species, fact.id).toBe('human');
      const source = getSource(fact.sourceId);
      expect(source, fact.id).toBeDefined();
      if (source) expect(tests, `${fact.id}: ${fact.sourceId}`).toMatch(citedAs(source));
    }
  });
});
