// Generated and hostile input through the whole action (authorise → validate → one transaction):
// it never fails with the generic error (the 500 of a server action), and whenever it refuses,
// not one row was written.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAnnouncementAction } from "../../lib/actions/definitions/announcements";
import { indiaMissionInput } from "../factories/announcement-input";
import { useTestDatabase } from "../support/test-database";
import { tableChecksums } from "../support/table-checksums";
import { tableCounts } from "../support/table-counts";
import { hostileValue, leafPaths, replaceAt } from "../unit/schemas/hostile";

const { db, editor } = useTestDatabase({ seeded: true, app: true, actors: true });

let run = 0;
// A valid submission whose slugs are new on every run, so an unchanged one is accepted.
function freshInput(): Record<string, unknown> {
  run += 1;
  const input = indiaMissionInput({
    intent: run % 2 === 0 ? "draft" : "publish",
    program: { ...indiaMissionInput().program, slug: `generated-${run}` },
  });
  input.partners[0]!.organization = { ...input.partners[0]!.organization, slug: `generated-org-${run}` };
  return input;
}

async function invokeAndCheck(input: unknown): Promise<string> {
  const [before, sumsBefore] = [await tableCounts(db), await tableChecksums(db)];
  const result = await createAnnouncementAction.invoke(editor, input);
  expect(result.status).not.toBe("error");
  if (result.status === "ok") expect((await tableCounts(db)).announcement).toBe(before.announcement! + 1);
  else expect(await tableChecksums(db)).toEqual(sumsBefore);
  return result.status;
}

describe("createAnnouncementAction with generated input", () => {
  it("never errors and never writes on refusal, whatever replaces a few fields", async () => {
    const paths = leafPaths(freshInput());
    const statuses = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...paths), hostileValue), { minLength: 0, maxLength: 3 }), async (changes) => {
        const input = changes.reduce((current, [path, value]) => replaceAt(current, path, value), freshInput());
        statuses.add(await invokeAndCheck(input));
      }),
      { numRuns: 120 },
    );
    // The generator reaches both outcomes, so the property checks both branches.
    expect(statuses).toEqual(new Set(["ok", "invalid"]));
  });

  it("never errors and never writes on input of any shape", async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (input) => {
        await invokeAndCheck(input);
      }),
      { numRuns: 60 },
    );
  });

  it("stores hostile text verbatim, as data: markup is kept as typed and shown escaped by React", async () => {
    const input = freshInput();
    const markup = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    (input.source as Record<string, unknown>).title = markup;
    (input.fundingClaims as Array<Record<string, unknown>>)[0]!.quote = markup;
    expect(await invokeAndCheck(input)).toBe("ok");
    expect(await db.source.count({ where: { title: markup } })).toBe(1);
  });
});
