import type { ReactNode } from "react";
import type { PrismaClient } from "@/lib/prisma-client";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { prisma } from "@/lib/db";
import { RecordList, type ListedRecord } from "./record-list";

type ListedRow = ListedRecord["record"];

type Props<Row extends ListedRow> = {
  title: string;
  /** The page's own path, where delete and restore come back to. */
  path: string;
  load: (db: PrismaClient) => Promise<Row[]>;
  /** How the list shows one row (the row is the record its buttons delete or restore). */
  item: (row: Row) => Omit<ListedRecord, "record">;
  /** A line under the heading; what it says may depend on whether the editor is an admin. */
  intro?: (isAdmin: boolean) => ReactNode;
  /** What to say instead of an empty list. */
  empty?: string;
};

/** The default export of an editors' list page (organisations, sources, deleted items): an editor's session, the heading, the list. */
export function recordListRoute<Row extends ListedRow>({ title, path, load, item, intro, empty }: Props<Row>) {
  return async function RecordListRoute() {
    const actor = await requirePageActor();
    const isAdmin = actor.role === "admin";
    const rows = await load(prisma());
    return (
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        {intro && <p className="mt-1">{intro(isAdmin)}</p>}
        {rows.length === 0 && empty ? (
          <p className="mt-4">{empty}</p>
        ) : (
          <RecordList returnTo={path} isAdmin={isAdmin} records={rows.map((row) => ({ record: row, ...item(row) }))} />
        )}
      </div>
    );
  };
}
