// A table as CSV (RFC 4180: comma-separated, CRLF, fields quoted when they hold a comma, quote
// or line break). The first row holds the column labels. A table with raw values (its `csv`)
// writes those: numbers unformatted, with a point for decimals in every language, so a
// spreadsheet reads them as numbers; the units are in the header.
import type { CsvSpec, TableSpec } from '../chart/DataTable';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A raw value as a CSV field: numbers as JavaScript writes them (1234.5, -0.25), empty for none. */
export function csvValue(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return csvField(value);
}

export function tableToCsv(table: TableSpec): string {
  const spec: CsvSpec = table.csv ?? {
    header: table.columns.map((c) => c.label),
    rows: table.rows.map((r) => r.cells),
  };
  const lines = [
    spec.header.map(csvField).join(','),
    ...spec.rows.map((r) => r.map(csvValue).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name from a figure id: "figure-plasma-2026-12-01.csv". */
export function fileName(id: string, ext: string, date: Date): string {
  const safe = id.replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
  return `figure-${safe}-${date.toISOString().slice(0, 10)}.${ext}`;
}
