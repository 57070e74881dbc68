import type { ReactNode } from "react";
import { ColumnHeadings } from "@/components/dashboard/scroll-table";

/** One column: its heading, what a row shows in it, and the cells' class. */
export type Column<Row> = { heading: string; cell: (row: Row) => ReactNode; className?: string };

/** The table's look, slot by slot: the table, its heading row, each column heading, each body row. A slot left out has no class. */
export type TableClasses = { table: string; headRow?: string; heading?: string; row?: string };

type Props<Row> = {
  rows: readonly Row[];
  /** The first column heads its row (`<th scope="row">`), so a screen reader names each cell by it. */
  columns: readonly [Column<Row>, ...Column<Row>[]];
  rowKey: (row: Row) => string;
  classNames: TableClasses;
  /** Read by screen readers only. */
  caption?: string;
};

/** A plain table of rows, one column definition a column: the editors' tables and the API's parameters. */
export function DataTable<Row>({ rows, columns, rowKey, classNames, caption }: Props<Row>) {
  const [header, ...others] = columns;
  return (
    <table className={classNames.table}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead>
        <tr className={classNames.headRow}>
          <ColumnHeadings headings={columns.map((column) => column.heading)} className={classNames.heading ?? ""} />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={classNames.row}>
            <th scope="row" className={header.className}>
              {header.cell(row)}
            </th>
            {others.map((column) => (
              <td key={column.heading} className={column.className}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
