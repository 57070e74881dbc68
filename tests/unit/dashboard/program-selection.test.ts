import { describe, expect, it } from "vitest";
import { canonicalQuery } from "@/lib/dashboard/canonical-query";
import { foldSelection, shownSelection } from "@/lib/dashboard/program-selection";
import { parseTimelineFilters, timelineCanonicalQuery, timelineQuery } from "@/lib/dashboard/timeline-params";

const busiest = ["stargate", "genesis-mission", "eurohpc-ai-factories"];

describe("the program picker's selection (/compare and /timeline)", () => {
  it("shows the default programs ticked when none is chosen", () => {
    expect(shownSelection([], busiest)).toEqual(busiest);
    expect(shownSelection(["atom"], busiest)).toEqual(["atom"]);
    expect(shownSelection([], null)).toEqual([]);
  });

  it("folds ticking exactly the default programs, in any order, into none chosen; not when the default is unknown", () => {
    expect(foldSelection([...busiest].reverse(), busiest)).toEqual([]);
    expect(foldSelection([...busiest, "atom"], busiest)).toEqual([...busiest, "atom"]);
    expect(foldSelection(busiest.slice(1), busiest)).toEqual(busiest.slice(1));
    expect(foldSelection(busiest, null)).toEqual(busiest);
    expect(foldSelection([], [])).toEqual([]);
  });
});

// What the /timeline filter form sends: its program boxes in the list's order, then the statuses, then a past view's day.
function formFields(ticked: string[], statuses: string[] = [], asOf = ""): [string, string][] {
  return [
    ...ticked.map((slug): [string, string] => ["program", slug]),
    ...statuses.map((status): [string, string] => ["status", status]),
    ...(asOf ? [["asOf", asOf] as [string, string]] : []),
  ];
}

/** The address the page keeps for what the form sent (the server's parse and fold). */
function pageQuery(fields: [string, string][], byDefault: string[]): string {
  const sent = new URLSearchParams(fields);
  const filters = parseTimelineFilters({ program: sent.getAll("program"), status: sent.getAll("status") });
  return timelineQuery({ ...filters, program: foldSelection(filters.program, byDefault) }, sent.get("asOf")).toString();
}

describe("the /timeline picker adds to the default programs, as /compare's does", () => {
  it.each<[string, string[], string[], string]>([
    ["the default ticks: the bare address", busiest, [], ""],
    [
      "a program chosen from the search is added to them",
      [...busiest, "atom"],
      [],
      "program=atom&program=eurohpc-ai-factories&program=genesis-mission&program=stargate",
    ],
    [
      "one unticked is left out",
      ["stargate", "eurohpc-ai-factories"],
      ["overdue"],
      "program=eurohpc-ai-factories&program=stargate&status=overdue",
    ],
    [
      "a status and a past view keep the default programs",
      busiest,
      ["completed", "overdue"],
      "status=completed&status=overdue&asOf=2025-06-01",
    ],
  ])("%s", (_, ticked, statuses, expected) => {
    const asOf = expected.includes("asOf") ? "2025-06-01" : "";
    const fields = formFields(ticked, statuses, asOf);
    // With JavaScript the form builds the address itself; without, the page redirects what was sent to it.
    expect(canonicalQuery(fields, timelineCanonicalQuery(busiest)).toString()).toBe(expected);
    expect(pageQuery(fields, busiest)).toBe(expected);
  });

  it("keeps an old address's programs as they are, whatever their order", () => {
    expect(parseTimelineFilters({ program: ["stargate", "atom", "stargate"], status: ["overdue", "completed"] })).toEqual({
      program: ["atom", "stargate"],
      status: ["completed", "overdue"],
    });
    expect(canonicalQuery(formFields(["stargate"]), timelineCanonicalQuery([])).toString()).toBe("program=stargate");
  });
});
