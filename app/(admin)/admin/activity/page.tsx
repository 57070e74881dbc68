import type { Metadata } from "next";
import { ActivityFilters, ActivityList, ActivityPager } from "@/components/admin/activity-list";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { activityFilterSchema, auditEntityTypes, listActivity, listAuditActors } from "@/lib/data/audit";
import { prisma } from "@/lib/db";

export const metadata: Metadata = { title: "Activity" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ActivityPage({ searchParams }: { searchParams: Search }) {
  const actor = await requirePageActor();
  const filter = activityFilterSchema.parse(await searchParams);
  const includeAccounts = actor.role === "admin";
  const [activity, actors] = await Promise.all([listActivity(prisma(), { ...filter, includeAccounts }), listAuditActors(prisma())]);
  const entityTypes = includeAccounts ? auditEntityTypes : auditEntityTypes.filter((t) => t !== "User");
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Activity</h1>
      <p className="mb-6 text-sm text-slate-700 dark:text-slate-300">
        Every change, newest first: who made it, when, and each field before and after. {activity.total} in all.
      </p>
      <ActivityFilters filter={filter} entityTypes={entityTypes} actors={actors} />
      <ActivityList activity={activity} />
      <ActivityPager activity={activity} filter={filter} />
    </>
  );
}
