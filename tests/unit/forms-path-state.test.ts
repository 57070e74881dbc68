import { describe, expect, it } from "vitest";
import { inputFromForm } from "@/lib/actions/form-input";
import { appendAt, getAt, removeAt, setAt, textAt, type FormValues } from "@/lib/forms/path-state";

describe("form values by dotted path", () => {
  const values: FormValues = { source: { title: "T" }, fundingClaims: [{ amountText: "1 bn" }, { amountText: "2 bn" }] };

  it("reads and writes nested objects and lists without mutating", () => {
    const next = setAt(values, "fundingClaims.1.amountText", "€2–3 bn");
    expect(textAt(next, "fundingClaims.1.amountText")).toBe("€2–3 bn");
    expect(textAt(values, "fundingClaims.1.amountText")).toBe("2 bn");
    expect(next.source).toBe(values.source);
    expect(textAt(setAt(values, "program.name", "New"), "program.name")).toBe("New");
    expect(getAt(values, "nothing.here")).toBeUndefined();
  });

  it("appends and removes list items, renumbering the rest", () => {
    const three = appendAt(values, "fundingClaims", { amountText: "3 bn" });
    expect(removeAt(three, "fundingClaims", 0).fundingClaims).toEqual([{ amountText: "2 bn" }, { amountText: "3 bn" }]);
    expect(appendAt(values, "milestones", { title: "x" }).milestones).toEqual([{ title: "x" }]);
  });
});

describe("inputFromForm", () => {
  it.each<[string, Array<[string, string | Blob]>, object]>([
    [
      "nests dotted names and numbered items, in the order of their numbers",
      [
        ["intent", "publish"],
        ["source.title", "T"],
        ["fundingClaims.1.amountText", "2 bn"],
        ["fundingClaims.0.amountText", "1 bn"],
        ["partners.0.organization.mode", "new"],
      ],
      {
        intent: "publish",
        source: { title: "T" },
        fundingClaims: [{ amountText: "1 bn" }, { amountText: "2 bn" }],
        partners: [{ organization: { mode: "new" } }],
      },
    ],
    [
      "drops what it must not trust: prototype keys, Next's own fields, files, huge indices, clashing shapes, holes",
      [
        ["__proto__.polluted", "yes"],
        ["source.constructor.prototype.x", "1"],
        ["$ACTION_ID_abc", ""],
        ["file", new Blob(["x"])],
        ["fundingClaims.100000.amountText", "x"],
        ["fundingClaims.5.amountText", "kept"],
        ["fundingClaims.x", "clash"],
        ["a..b", "empty segment"],
        ["0", "top-level index"],
        ["title", "t"],
        ["title.sub", "clash"],
      ],
      { fundingClaims: [{ amountText: "kept" }], title: "t" },
    ],
  ])("%s", (_case, entries, expected) => {
    const form = new FormData();
    for (const [name, value] of entries) form.append(name, value);
    expect(inputFromForm(form)).toEqual(expected);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
