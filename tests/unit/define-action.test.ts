import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/core/actor";
import { ConflictError } from "@/lib/editing/conflict";

const editor: Actor = { id: "u1", email: "editor@example.org", name: "Ed", role: "editor" };
const schema = z.object({ title: z.string().min(1, "Required."), amount: z.number().positive("Must be positive.") });

function actionThatRecords(run = vi.fn(async () => "done")) {
  return { run, action: defineAction({ name: "test", role: "editor", schema, run }) };
}

describe("defineAction", () => {
  it("refuses a missing actor and a too-low role before reading the input, and never runs", async () => {
    const { run, action } = actionThatRecords();
    expect((await action.invoke(null, { title: "x", amount: 1 })).status).toBe("unauthenticated");
    const adminOnly = defineAction({ name: "admin", role: "admin", schema, run });
    expect((await adminOnly.invoke(editor, { title: "x", amount: 1 })).status).toBe("forbidden");
    expect(run).not.toHaveBeenCalled();
  });

  it("returns field errors by path and never runs on invalid input", async () => {
    const { run, action } = actionThatRecords();
    const result = await action.invoke(editor, { title: "", amount: -1 });
    expect(result).toEqual({ status: "invalid", fieldErrors: { title: ["Required."], amount: ["Must be positive."] } });
    expect(run).not.toHaveBeenCalled();
  });

  it("runs valid input as the actor, and maps a conflict and an unexpected failure to results", async () => {
    const { run, action } = actionThatRecords();
    expect(await action.invoke(editor, { title: "x", amount: 2 })).toEqual({ status: "ok", data: "done" });
    expect(run).toHaveBeenCalledWith(editor, { title: "x", amount: 2 });

    const conflicting = defineAction({
      name: "c",
      role: "editor",
      schema,
      run: async () => {
        throw new ConflictError("Program", "p1");
      },
    });
    expect((await conflicting.invoke(editor, { title: "x", amount: 2 })).status).toBe("conflict");

    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = defineAction({
      name: "f",
      role: "editor",
      schema,
      run: async () => {
        throw new Error("connection to postgres://u:secret@h failed");
      },
    });
    const result = await failing.invoke(editor, { title: "x", amount: 2 });
    spy.mockRestore();
    expect(result.status).toBe("error");
    expect(JSON.stringify(result)).not.toContain("secret");

    // A schema whose transform throws (a parser bug on hostile input) is a logged failure too, and never runs.
    const throwingSchema = z.string().transform((): string => {
      throw new Error("parser bug at /srv/app/lib/x.ts:1");
    });
    const throwing = defineAction({ name: "t", role: "editor", schema: throwingSchema, run });
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const thrown = await throwing.invoke(editor, "anything");
    quiet.mockRestore();
    expect(thrown.status).toBe("error");
    expect(JSON.stringify(thrown)).not.toContain("/srv/app");
    expect(run).toHaveBeenCalledTimes(1); // only the valid call above
  });
});
