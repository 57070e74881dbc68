// A program's status history: dated transitions, each with its source, and the status a reader
// sees on a given day. The program row holds the current status; a past view (?asOf=) takes the
// latest transition known that day, and before the first one, that transition's `fromStatus`.
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatPartialDate, type DatePrecision } from "@/lib/core/partial-date";
import type { KnownBy } from "@/lib/dashboard/as-of";
import { isoDate, sourceSelect, toSourceDto } from "./source-dto";
import { visibleStatusChange } from "./visibility";
import type { StatusChangeDto } from "@/lib/schemas/api/program";
import type { programStatuses } from "@/lib/core/vocabulary";

export function statusChangeSelect(knownBy: KnownBy) {
  return {
    where: visibleStatusChange(knownBy),
    orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      fromStatus: true,
      status: true,
      detail: true,
      effectiveOn: true,
      effectivePrecision: true,
      source: { select: sourceSelect },
    },
  } as const satisfies Prisma.Program$statusChangesArgs;
}

// Every transition, known or not on the view's day: the first unknown one says what the status was.
export const allStatusChanges = {
  where: { deletedAt: null },
  orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }],
  select: { id: true, fromStatus: true, status: true, detail: true, effectiveOn: true },
} as const satisfies Prisma.Program$statusChangesArgs;

type ChangeRow = Prisma.ProgramStatusChangeGetPayload<{ select: ReturnType<typeof statusChangeSelect>["select"] }>;

export function toStatusChangeDto(row: ChangeRow): StatusChangeDto {
  const on = isoDate(row.effectiveOn) ?? "";
  return {
    id: row.id,
    fromStatus: row.fromStatus,
    status: row.status,
    detail: row.detail,
    on,
    label: formatPartialDate(on, row.effectivePrecision as DatePrecision) ?? on,
    source: toSourceDto(row.source),
  };
}

type Status = (typeof programStatuses)[number];
type Transition = { id: string; fromStatus: Status | null; status: Status; detail: string | null; effectiveOn: Date };
type Current = { status: Status; statusDetail: string | null };

/**
 * The status and its wording on the view's day. Live (knownBy null), or once every transition is
 * known, the program's own. Otherwise the latest transition known by then, or, before the first,
 * the status that transition started from; the current wording describes a later state, so a past
 * view shows the transition's own sentence instead (none before the first). "Known" is the history
 * list's own rule (`visibleStatusChange`: in effect, and its source and announcement out by then),
 * so the status line never runs ahead of the list beneath it.
 */
export function statusOnDay(current: Current, transitions: Transition[], known: readonly { id: string }[], knownBy: KnownBy): Current {
  if (!knownBy) return current;
  const knownIds = new Set(known.map((t) => t.id));
  const unknown = transitions.filter((t) => !knownIds.has(t.id));
  if (unknown.length === 0) return current;
  const latestKnown = transitions.filter((t) => knownIds.has(t.id)).at(-1);
  if (latestKnown) return { status: latestKnown.status, statusDetail: latestKnown.detail };
  return { status: unknown[0]!.fromStatus ?? current.status, statusDetail: null };
}
