// The table view of a chart: the same data as the marks, with a caption. Cells are already
// formatted text; `rowKey` matches the data-key of the chart's marks (tests compare them).
export interface TableColumn {
  key: string;
  label: string;
  /** numbers align right */
  numeric?: boolean;
}

export interface TableRow {
  key: string;
  cells: readonly string[];
}

/** The same data for a CSV file: unformatted numbers, units in the header ("Time (min)"). */
export interface CsvSpec {
  header: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
}

export interface TableSpec {
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /** raw values for the CSV download; without it the CSV holds the table's text */
  csv?: CsvSpec;
}

export function DataTable({ spec, testId }: { spec: TableSpec; testId?: string }) {
  return (
    <div className="pfig-table-wrap">
      <table className="pfig-table" data-testid={testId}>
        <caption>{spec.caption}</caption>
        <thead>
          <tr>
            {spec.columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={spec.columns[i]?.numeric ? 'num' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
