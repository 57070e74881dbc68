// The frame of every edit page: a way back, the heading, what just happened ("Saved."), a deleted
// record's banner, the page's content, and the record's history below.
import { ownValue } from "@/lib/own-value";
import Link from "next/link";
import type { ReactNode } from "react";
import type { AuditEventDto } from "@/lib/data/audit";
import { RecordHistory } from "../record-history";

const savedMessages: Record<string, string> = {
  "1": "Saved.",
  corrected: "Correction saved. The claim it corrects stays on record, marked as superseded.",
  moved: "Due date moved. The earlier dates stay on record.",
};

type Props = {
  title: string;
  back: { href: string; label: string };
  saved?: string;
  deleted?: boolean;
  /** The record's change history: `await historyOf(prisma(), entityType, id)`. */
  history?: AuditEventDto[];
  children: ReactNode;
};

export function EditFrame({ title, back, saved, deleted, history, children }: Props) {
  const message = ownValue(savedMessages, saved);
  return (
    <div>
      <p>
        <Link href={back.href} className="underline">
          ← {back.label}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">{title}</h1>
      <div role="status" className="mt-2">
        {message && <p className="rounded bg-green-100 p-2 text-green-900 dark:bg-green-950 dark:text-green-100">{message}</p>}
      </div>
      {deleted && (
        <p className="mt-2 rounded bg-amber-100 p-2 text-amber-950">
          This record is deleted: readers do not see it. Restore it from the deleted items to edit it.
        </p>
      )}
      <div className="mt-4">{children}</div>
      {history && <RecordHistory events={history} />}
    </div>
  );
}

export type PageParams = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
