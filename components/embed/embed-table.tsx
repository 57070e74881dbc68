import type { EmbedTable as Table } from "@/lib/embed/render/embed-model";

/**
 * The chart's figures as a table that only screen readers meet (the chart is an image to them).
 * The wrapper, not the table, is visually hidden: a table grows to its content whatever its
 * width, so a hidden table would still widen and lengthen the frame.
 */
export function EmbedTable({ table }: { table: Table }) {
  if (table.rows.length === 0) return null;
  return (
    <div className="sr-only">
      <table data-testid="embed-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) =>
                column === 0 ? (
                  <th key={column} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={column}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
