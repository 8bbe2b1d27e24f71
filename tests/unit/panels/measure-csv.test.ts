// Figures of measures (outcomes, side effects, claims) download their numbers as raw values:
// one CSV row per table row, each value a number equal to the figure's measure, the interval
// with its kind, and the same count and participants the table shows.
import { describe, expect, it } from 'vitest';
import { allShownFigures } from '../../../src/panels/data/figures-registry';
import { measureCsvHeader } from '../../../src/panels/data/row-builders';
import { tableToCsv } from '../../../src/panels/export/csv';
import { LANGUAGES } from '../../../src/i18n/languages';

describe('raw CSV of measure figures', () => {
  for (const lang of LANGUAGES) {
    it(`gives every plotted measure as numbers (${lang})`, () => {
      // every outcome, claim and side-effect figure built from measures (the timelines add
      // spans and rows without a value: tests/unit/panels/table-csv.test.ts)
      const header = measureCsvHeader(lang).join();
      const withCsv = allShownFigures(lang).filter(
        (f) => f.model?.table.csv?.header.join() === header,
      );
      expect(withCsv.length).toBeGreaterThanOrEqual(8);
      for (const f of withCsv) {
        const table = f.model!.table;
        const csv = table.csv!;
        expect(csv.rows, f.id).toHaveLength(table.rows.length);
        const value = csv.header.indexOf(lang === 'en' ? 'Value' : 'Valor');
        const low = value + 2;
        const high = value + 3;
        for (const [i, row] of csv.rows.entries()) {
          expect(row, f.id).toHaveLength(csv.header.length);
          expect(typeof row[value], `${f.id} row ${i}`).toBe('number');
          // the measure's label leads both the table row and the CSV row
          expect(table.rows[i]!.cells[0]!.startsWith(String(row[0])), f.id).toBe(true);
          const [lo, hi] = [row[low], row[high]];
          if (lo !== null || hi !== null) {
            expect(typeof lo).toBe('number');
            expect(lo as number).toBeLessThanOrEqual(hi as number);
            expect(['ci', 'wilson', 'range']).toContain(row[value + 4]);
          }
        }
        // the file holds numbers with a point for decimals in every language
        const text = tableToCsv(table);
        expect(text.split('\r\n')[0]).toContain(csv.header[0]);
        for (const row of csv.rows) {
          const v = row[value] as number;
          if (!Number.isInteger(v)) expect(text).toContain(String(v));
        }
      }
    });
  }
});
