import type { ReactNode } from "react";
import { ColumnHeadings } from "@/components/dashboard/scroll-table";

/** One column: its heading, what a row shows in it, and the cells' class. */
export type Column<Row> = { heading: string; cell: (row: Row) => ReactNode; className?: string };

/** Rows with an `id` are keyed by it; others say what keys them. */
type RowKey<Row> = Row extends { id: string } ? { rowKey?: (row: Row) => string } : { rowKey: (row: Row) => string };

type Props<Row> = RowKey<Row> & {
  rows: readonly Row[];
  /** The first column heads its row (`<th scope="row">`), so a screen reader names each cell by it. */
  columns: readonly [Column<Row>, ...Column<Row>[]];
  className: string;
  /** Read by screen readers only. */
  caption?: string;
  headRowClass?: string;
  /** The column headings' class: none unless given. */
  headingClass?: string;
  rowClass?: string;
};

const byId = (row: unknown) => (row as { id: string }).id;

/** A plain table of rows, one column definition a column: the editors' tables and the API's parameters. */
export function DataTable<Row>(props: Props<Row>) {
  const { rows, columns, className, caption, headRowClass, headingClass = "", rowClass } = props;
  const rowKey: (row: Row) => string = (props as { rowKey?: (row: Row) => string }).rowKey ?? byId;
  const [header, ...others] = columns;
  return (
    <table className={className}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead>
        <tr className={headRowClass}>
          <ColumnHeadings headings={columns.map((column) => column.heading)} className={headingClass} />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClass}>
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
