import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RecordHistory } from "../../../components/admin/record-history";
import type { AuditEventDto } from "../../../lib/data/audit";

// A .ts file (the unit project collects *.test.ts), so elements are made without JSX.
const render = (props: Parameters<typeof RecordHistory>[0]) => renderToStaticMarkup(createElement(RecordHistory, props));

const event = (overrides: Partial<AuditEventDto>): AuditEventDto => ({
  id: "e1",
  occurredAt: "2026-11-21T06:30:00.000Z",
  who: "Ada (ada@example.org)",
  actorId: "u1",
  action: "update",
  entityType: "Milestone",
  entityId: "m1",
  entityLabel: "Exascale system",
  changes: [],
  ...overrides,
});

describe("RecordHistory", () => {
  it("shows who, when, what, and each field before → after, newest first as given", () => {
    const html = render({
      events: [
        event({ id: "e2", action: "reschedule", changes: [{ field: "dueOn", before: "2026-02-21", after: "2026-05-01" }] }),
        event({ id: "e1", action: "create", who: "seed", changes: [{ field: "title", before: null, after: "Exascale system" }] }),
      ],
    });
    expect(html).toContain("<h2");
    expect(html).toContain('<time dateTime="2026-11-21T06:30:00.000Z">2026-11-21 06:30 UTC</time>');
    expect(html).toMatch(/Ada \(ada@example.org\)<\/span> rescheduled/);
    expect(html).toMatch(/due on<\/th><td[^>]*>2026-02-21<\/td><td[^>]*>2026-05-01/);
    expect(html.indexOf("rescheduled")).toBeLessThan(html.indexOf("created"));
  });

  it("renders text inertly and says when there is no history", () => {
    const html = render({
      events: [event({ changes: [{ field: "quote", before: null, after: "<script>alert(1)</script>" }] })],
      headingLevel: 3,
    });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("<h3");
    expect(render({ events: [] })).toContain("No recorded changes.");
  });
});
