// The timelines, the history and the evidence matrix download raw CSV like the measure
// figures: numbers unformatted in every language, spans in minutes, text as plain text, the
// header in the page's language, and the values of the data files.
import { describe, expect, it } from 'vitest';
import { MATRIX_STAGE_IDS } from '../../../src/content';
import type { CsvSpec, TableSpec } from '../../../src/panels/chart/DataTable';
import { allShownFigures } from '../../../src/panels/data/figures-registry';
import { historyEvents, historyTable } from '../../../src/panels/data/history-data';
import { matrixTable } from '../../../src/panels/data/matrix-data';
import { depressionTimeline } from '../../../src/panels/data/outcomes-depression';
import { sideEffectTimeline } from '../../../src/panels/data/side-effects-figures';
import { tableToCsv } from '../../../src/panels/export/csv';
import { LANGUAGES } from '../../../src/i18n/languages';
import { bundledStory } from '../../../src/state/app-store';

type Row = CsvSpec['rows'][number];

function csvOf(table: TableSpec): CsvSpec {
  expect(table.csv, table.caption).toBeDefined();
  const csv = table.csv!;
  for (const row of csv.rows) expect(row, table.caption).toHaveLength(csv.header.length);
  return csv;
}

/** The row whose first field is `label`. */
function rowNamed(csv: CsvSpec, label: string): Row {
  const row = csv.rows.find((r) => r[0] === label);
  expect(row, label).toBeDefined();
  return row!;
}

/** Each column whose header names a unit holds numbers or nothing, never formatted text. */
function expectNumericColumns(csv: CsvSpec, columns: readonly string[]): void {
  for (const name of columns) {
    const i = csv.header.indexOf(name);
    expect(i, name).toBeGreaterThanOrEqual(0);
    for (const row of csv.rows) {
      const v = row[i];
      expect(v === null || (typeof v === 'number' && Number.isFinite(v)), `${name}: ${v}`).toBe(
        true,
      );
    }
  }
}

/** Each number as the CSV file writes it: a point for decimals, no percent sign. */
function expectPlainNumbers(table: TableSpec): void {
  const text = tableToCsv(table);
  for (const row of table.csv!.rows) {
    for (const v of row) if (typeof v === 'number') expect(text).toContain(String(v));
  }
  expect(text).not.toMatch(/\d %/);
}

describe('every figure with a table downloads raw values', () => {
  for (const lang of LANGUAGES) {
    it(`gives a CSV spec to every row figure (${lang})`, () => {
      const models = allShownFigures(lang).flatMap((f) => (f.model ? [f.model] : []));
      expect(models.map((m) => m.id)).toEqual(
        expect.arrayContaining(['depression-timeline', 'side-effects-timeline']),
      );
      for (const m of models) {
        const csv = csvOf(m.table);
        expect(csv.rows, m.id).toHaveLength(m.table.rows.length);
        // the row's name leads both the table row and the CSV row
        csv.rows.forEach((r, i) =>
          expect(m.table.rows[i]!.cells[0]!.startsWith(String(r[0])), `${m.id} ${i}`).toBe(true),
        );
      }
    });
  }
});

describe('depression timeline CSV', () => {
  it('gives the peak effect, the milestones and the suicidal-thoughts band as numbers', () => {
    const table = depressionTimeline('en').table;
    const csv = csvOf(table);
    expect(csv.header).toEqual([
      'Measure',
      'Timepoint',
      'Group',
      'Value',
      'Unit',
      'Interval low',
      'Interval high',
      expect.stringMatching(/^Interval \(ci: /),
      'Events',
      'Total',
      'n',
      'Start (min after the start of dosing)',
      'End (min after the start of dosing)',
    ]);
    expect(csv.rows).toHaveLength(table.rows.length);
    // Kishimoto 2016: Hedges g −1.00 (95% CI −1.28 to −0.73) at day 1, n = 234
    expect(rowNamed(csv, 'Effect vs placebo at its peak')).toEqual([
      'Effect vs placebo at its peak',
      'day 1',
      'Difference',
      -1,
      'hedgesG',
      -1.28,
      -0.73,
      'ci',
      null,
      null,
      234,
      1440,
      1440,
    ]);
    // a milestone has no value of its own: empty fields, the span in minutes, the study's n
    expect(rowNamed(csv, 'First better than placebo')).toEqual([
      'First better than placebo',
      '40 min',
      ...Array<null>(8).fill(null),
      234,
      40,
      40,
    ]);
    const lost = rowNamed(csv, 'Advantage over placebo lost');
    expect(lost.slice(-3)).toEqual([234, 14400, 17280]);
    // Wilkinson 2018: d between 0.48 and 0.85 from day 1 to day 7, N = 167
    expect(rowNamed(csv, 'Effect size at every time point')).toEqual([
      'Effect size at every time point',
      'day 1 to day 7',
      null,
      null,
      'cohensD',
      0.48,
      0.85,
      'range',
      null,
      null,
      167,
      1440,
      10080,
    ]);
    expectNumericColumns(csv, [
      'Value',
      'Interval low',
      'Interval high',
      'n',
      'Start (min after the start of dosing)',
      'End (min after the start of dosing)',
    ]);
    expectPlainNumbers(table);
  });

  it('writes Spanish headers and labels with a decimal point', () => {
    const table = depressionTimeline('es').table;
    const csv = csvOf(table);
    expect(csv.header.slice(0, 4)).toEqual(['Medida', 'Momento', 'Grupo', 'Valor']);
    expect(csv.header.slice(-2)).toEqual([
      'Inicio (min desde el inicio de la dosis)',
      'Fin (min desde el inicio de la dosis)',
    ]);
    expect(rowNamed(csv, 'Tamaño del efecto en cada momento').slice(4, 8)).toEqual([
      'cohensD',
      0.48,
      0.85,
      'range',
    ]);
    const text = tableToCsv(table);
    expect(text).toContain('0.48,0.85,range');
    expect(text).not.toContain('0,48');
    expect(text).toContain('Primera diferencia con el placebo,40 min,,,,,,,,,234,40,40\r\n');
  });
});

describe('side-effects timeline CSV', () => {
  it('gives each window in minutes and the blood-pressure rise in mmHg', () => {
    const table = sideEffectTimeline('en').table;
    const csv = csvOf(table);
    expect(csv.header).toEqual([
      'Finding',
      'Kind',
      'Systolic rise (mmHg)',
      'Diastolic rise (mmHg)',
      'n',
      'Start (min after the start of dosing)',
      'End (min after the start of dosing)',
    ]);
    expect(csv.rows).toHaveLength(table.rows.length);
    expect(rowNamed(csv, 'Dissociation reported (first 60 min)')).toEqual([
      'Dissociation reported (first 60 min)',
      'side effect',
      null,
      null,
      null,
      0,
      60,
    ]);
    expect(rowNamed(csv, 'Esketamine: monitored for at least 2 h after each dose')).toEqual([
      'Esketamine: monitored for at least 2 h after each dose',
      'monitoring',
      null,
      null,
      null,
      0,
      120,
    ]);
    // Riva-Posse 2018: largest mean rise +3.28 / +3.17 mmHg at 30 min, 66 patients
    expect(rowNamed(csv, 'Largest mean blood-pressure rise with IV ketamine')).toEqual([
      'Largest mean blood-pressure rise with IV ketamine',
      'blood-pressure rise',
      3.28,
      3.17,
      66,
      30,
      30,
    ]);
    expectNumericColumns(csv, csv.header.slice(2));
    expectPlainNumbers(table);
  });

  it('writes Spanish headers and a decimal point', () => {
    const table = sideEffectTimeline('es').table;
    const csv = csvOf(table);
    expect(csv.header.slice(0, 4)).toEqual([
      'Hallazgo',
      'Tipo',
      'Subida sistólica (mmHg)',
      'Subida diastólica (mmHg)',
    ]);
    const text = tableToCsv(table);
    expect(text).toContain(
      'Mayor subida media de la presión arterial con ketamina IV,subida de la presión arterial,3.28,3.17,66,30,30\r\n',
    );
    expect(text).not.toMatch(/3,28|\+3/);
  });
});

describe('history CSV', () => {
  it('gives each event its year as a number, whether it is approximate, and its text', () => {
    const table = historyTable('en');
    const csv = csvOf(table);
    expect(csv.header).toEqual(['Year', 'Year is approximate', 'Date as given', 'Event', 'Detail']);
    expect(csv.rows).toHaveLength(historyEvents().length);
    expect(table.rows).toHaveLength(historyEvents().length);
    const years = csv.rows.map((r) => r[0]);
    for (const y of years) expect(Number.isInteger(y)).toBe(true);
    expect(years).toEqual([...years].sort((a, b) => (a as number) - (b as number)));
    expect(csv.rows[0]).toEqual([
      1962,
      'no',
      '1962',
      'First made',
      'Calvin L. Stevens at Parke-Davis makes compound CI-581, later called ketamine.',
    ]);
    const vietnam = csv.rows.find((r) => r[3] === 'Battlefield anaesthetic')!;
    expect(vietnam.slice(0, 3)).toEqual([1968, 'yes', 'late 1960s–1970s']);
    expect(csv.rows.find((r) => r[3] === 'Approved as an anaesthetic')?.[0]).toBe(1970);
    // quotes inside a field are doubled, and a field with a comma is quoted
    const text = tableToCsv(table);
    expect(text).toContain('the term ""dissociative anaesthetic"" was proposed');
    expect(text).toContain(
      '1962,no,1962,First made,"Calvin L. Stevens at Parke-Davis makes compound CI-581, later called ketamine."\r\n',
    );
  });

  it('writes Spanish headers and answers', () => {
    const csv = csvOf(historyTable('es'));
    expect(csv.header).toEqual([
      'Año',
      'Año aproximado',
      'Fecha según la fuente',
      'Hecho',
      'Detalle',
    ]);
    const vietnam = csv.rows.find((r) => r[0] === 1968)!;
    expect(vietnam.slice(0, 4)).toEqual([
      1968,
      'sí',
      'finales de los años sesenta y setenta',
      'Anestésico en el campo de batalla',
    ]);
  });
});

describe('evidence matrix CSV', () => {
  it('has one row per stage and condition, with grade, basis, animal grade and reason', () => {
    const table = matrixTable(bundledStory.stages, 'en');
    const csv = csvOf(table);
    expect(csv.header).toEqual([
      'Stage',
      'Condition',
      'Grade',
      'Evidence basis',
      'Grade in animals (where stronger)',
      'Reason',
    ]);
    expect(table.rows).toHaveLength(MATRIX_STAGE_IDS.length);
    expect(csv.rows).toHaveLength(MATRIX_STAGE_IDS.length * 4);
    const cell = (stage: string, condition: string) =>
      csv.rows.find((r) => r[0] === stage && r[1] === condition);
    expect(cell('The resting synapse', 'Depression')?.slice(0, 5)).toEqual([
      'The resting synapse',
      'Depression',
      'Preliminary',
      'people and animals',
      'Strong',
    ]);
    expect(cell('The resting synapse', 'Chronic pain')?.slice(2, 5)).toEqual([
      'No data',
      'no data',
      null,
    ]);
    const block = bundledStory.stages.find((s) => s.id === 'channel-block')!.title.en;
    expect(cell(block, 'Chronic pain')?.slice(2)).toEqual([
      'Moderate',
      'in people',
      null,
      'In 6 volunteers a low dose cut wind-up, an NMDA-dependent build-up of pain signals in the spinal cord.',
    ]);
    // the page's table: one row per stage, a grade per condition
    expect(table.rows[0]!.cells).toEqual([
      'The resting synapse',
      'Preliminary (Strong in animals)',
      'No data',
      'No data',
      'No data',
    ]);
    // a reason with a comma is one quoted field
    expect(tableToCsv(table)).toContain(
      '"In 6 volunteers a low dose cut wind-up, an NMDA-dependent build-up of pain signals in the spinal cord."',
    );
  });

  it('writes Spanish headers, stage titles and grades', () => {
    const csv = csvOf(matrixTable(bundledStory.stages, 'es'));
    expect(csv.header.slice(0, 4)).toEqual(['Etapa', 'Trastorno', 'Grado', 'Base de la evidencia']);
    expect(csv.rows[0]?.slice(0, 5)).toEqual([
      'La sinapsis en reposo',
      'Depresión',
      'Preliminar',
      'personas y animales',
      'Sólida',
    ]);
  });
});
