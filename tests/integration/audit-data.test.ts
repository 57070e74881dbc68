// The history views' reads over a seeded database and a few account events.
import { describe, expect, it } from "vitest";
import { activityFilterSchema, activityPageSize, historyOf, listActivity, listAuditActors } from "../../lib/data/audit";
import { inviteUser } from "../../lib/auth/users/invite-user";
import { createUser } from "../support/auth";
import { useTestDatabase } from "../support/test-database";

const { db } = useTestDatabase({ seeded: true });

describe("listActivity", () => {
  it("pages through all changes newest first, filtered by entity type and actor", async () => {
    const total = await db.auditEvent.count();
    const first = await listActivity(db, { page: 1 });
    expect(first.total).toBe(total);
    expect(first.events).toHaveLength(Math.min(activityPageSize, total));
    expect(first.pageCount).toBe(Math.ceil(total / activityPageSize));
    const times = first.events.map((e) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);

    const programs = await listActivity(db, { page: 1, entityType: "Program" });
    // The five programs created, and the four status changes the 2026 updates brought (Fluidstack's and others').
    expect(programs.total).toBe(9);
    expect(programs.events.filter((e) => e.action === "create")).toHaveLength(5);
    expect(programs.events.every((e) => e.entityType === "Program" && e.who === "seed")).toBe(true);
    expect(programs.events.map((e) => e.entityLabel)).toContain("Genesis Mission");
    const last = await listActivity(db, { page: 10_000 });
    expect(last.page).toBe(last.pageCount);
  });

  it("shows account events to admins only, and filters by the acting user", async () => {
    const admin = await createUser(db, "admin");
    await inviteUser(
      db,
      { id: admin.id, email: admin.email, name: "Admin", role: "admin" },
      { email: "invitee@example.org", name: "Invitee", role: "editor" },
    );
    const forEditors = await listActivity(db, { page: 1, entityType: "User" });
    expect(forEditors.total).toBe(0);
    expect((await listActivity(db, { page: 1 })).events.some((e) => e.entityType === "User")).toBe(false);
    const byAdmin = await listActivity(db, { page: 1, actorId: admin.id, includeAccounts: true });
    expect(byAdmin.events.map((e) => [e.action, e.entityLabel, e.who])).toEqual([
      ["create", "Invitee", expect.stringContaining(`(${admin.email})`)],
    ]);
    expect((await listAuditActors(db)).map((a) => a.id)).toEqual([admin.id]);
  });

  it("parses page filters from the query string without ever failing", () => {
    expect(activityFilterSchema.parse({ page: "3", entityType: "Milestone", actorId: "u1" })).toEqual({
      page: 3,
      entityType: "Milestone",
      actorId: "u1",
    });
    expect(activityFilterSchema.parse({ page: "-2", entityType: "Nope" })).toEqual({ page: 1, entityType: undefined, actorId: undefined });
    expect(activityFilterSchema.parse({ page: ["2", "3"] })).toMatchObject({ page: 1 });
    // No account has such an id, and PostgreSQL would refuse the NUL in the query: no filter.
    for (const actorId of ["a\u0000b", "\uD800", ["u1", "u2"]]) expect(activityFilterSchema.parse({ actorId }).actorId).toBeUndefined();
  });
});

describe("historyOf", () => {
  it("gives one record's changes, newest first, before → after", async () => {
    const milestone = await db.milestone.findFirstOrThrow({ orderBy: { id: "asc" } });
    await db.auditEvent.create({
      data: {
        actorLabel: "test",
        action: "reschedule",
        entityType: "Milestone",
        entityId: milestone.id,
        before: { dueOn: "2026-02-21" },
        after: { dueOn: "2026-05-01" },
      },
    });
    const history = await historyOf(db, "Milestone", milestone.id);
    expect(history.map((e) => e.action)).toEqual(["reschedule", "create"]);
    expect(history[0]!.changes).toEqual([{ field: "dueOn", before: "2026-02-21", after: "2026-05-01" }]);
    expect(history[1]!.changes.length).toBeGreaterThan(2);
    expect(await historyOf(db, "Milestone", "no-such-id")).toEqual([]);
  });
});
