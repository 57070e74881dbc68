import Link from "next/link";
import type { ActivityPage, AuditEntityType } from "@/lib/data/audit";
import { AuditEventLine } from "./audit-event-line";
import { ChangeTable } from "./change-table";

export function ActivityList({ activity }: { activity: ActivityPage }) {
  if (activity.events.length === 0) return <p>No changes match.</p>;
  return (
    <ol className="space-y-6" data-testid="activity">
      {activity.events.map((event) => (
        <li key={event.id} className="border-l-2 border-slate-300 pl-3 dark:border-slate-700">
          <AuditEventLine event={event} />
          <p className="mb-1 text-sm">
            <span className="font-medium">{event.entityType}</span>{" "}
            {event.entityLabel ?? <span className="font-mono text-xs">{event.entityId}</span>}
          </p>
          <ChangeTable changes={event.changes} />
        </li>
      ))}
    </ol>
  );
}

type Filter = { entityType?: AuditEntityType; actorId?: string };

function pageHref(filter: Filter, page: number): string {
  const query = new URLSearchParams();
  if (filter.entityType) query.set("entityType", filter.entityType);
  if (filter.actorId) query.set("actorId", filter.actorId);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/admin/activity?${text}` : "/admin/activity";
}

export function ActivityPager({ activity, filter }: { activity: ActivityPage; filter: Filter }) {
  if (activity.pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-8 flex items-center gap-4 text-sm">
      {activity.page > 1 && (
        <Link href={pageHref(filter, activity.page - 1)} rel="prev" className="underline">
          Newer changes
        </Link>
      )}
      <span>
        Page {activity.page} of {activity.pageCount}
      </span>
      {activity.page < activity.pageCount && (
        <Link href={pageHref(filter, activity.page + 1)} rel="next" className="underline">
          Older changes
        </Link>
      )}
    </nav>
  );
}

type FilterOption = { id: string; label: string };

function FilterSelect(props: { name: string; label: string; value: string | undefined; anyLabel: string; options: FilterOption[] }) {
  const { name, label, value, anyLabel, options } = props;
  return (
    <div>
      <label htmlFor={name} className="font-medium">
        {label}
      </label>
      <select
        id={name}
        name={name}
        defaultValue={value ?? ""}
        className="mt-1 block rounded border border-slate-400 bg-white px-2 py-1 text-slate-900 dark:bg-slate-900 dark:text-slate-100"
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A GET form: filters live in the address, so a filtered view can be bookmarked and works without JavaScript. */
export function ActivityFilters({
  filter,
  entityTypes,
  actors,
}: {
  filter: Filter;
  entityTypes: readonly string[];
  actors: { id: string; label: string }[];
}) {
  return (
    <form method="get" action="/admin/activity" className="mb-8 flex flex-wrap items-end gap-4 text-sm">
      <FilterSelect
        name="entityType"
        label="Record type"
        value={filter.entityType}
        anyLabel="All"
        options={entityTypes.map((type) => ({ id: type, label: type }))}
      />
      <FilterSelect name="actorId" label="Changed by" value={filter.actorId} anyLabel="Anyone" options={actors} />
      <button type="submit" className="rounded border border-slate-400 px-3 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">
        Filter
      </button>
    </form>
  );
}
