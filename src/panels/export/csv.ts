// A table as CSV (RFC 4180: comma-separated, CRLF, fields quoted when they hold a comma, quote
// or line break). The first row holds the column labels.
import type { TableSpec } from '../chart/DataTable';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function tableToCsv(table: TableSpec): string {
  const lines = [
    table.columns.map((c) => csvField(c.label)).join(','),
    ...table.rows.map((r) => r.cells.map(csvField).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name from a figure id: "figure-plasma-2026-12-01.csv". */
export function fileName(id: string, ext: string, date: Date): string {
  const safe = id.replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
  return `figure-${safe}-${date.toISOString().slice(0, 10)}.${ext}`;
}
