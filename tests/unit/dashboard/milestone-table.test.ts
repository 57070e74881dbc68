// The timeline's table (~60 rows) is drawn into the page and again into its payload: what each row
// repeats is paid twice in bytes and once per element in parsing and styling.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MilestoneTable } from "@/components/dashboard/milestone-table";
import { milestone, source } from "../charts/claims";

const rows = [milestone("m1", source), milestone("m2", source)];
const table = (numbers?: ReadonlyMap<string, number>) =>
  renderToStaticMarkup(
    createElement(MilestoneTable, { milestones: rows, caption: "Milestones", knownBy: null, showProgram: true, numbers }),
  );

describe("milestone table", () => {
  it("sets its cells' look once on the table, not on each row or cell", () => {
    const html = table(new Map([["m1", 1]]));
    expect(html).toContain('<table class="row-cells ');
    expect(html).not.toMatch(/<(tr|th scope="row")[^>]* class=/);
    expect(html.slice(html.indexOf("<tbody>"))).not.toMatch(/px-3|border-b|target:/);
  });

  it("gives the timeline's rows a mark anchor on their heading, and a program page's rows their milestone's id", () => {
    const timeline = table(new Map([["m1", 1]]));
    expect(timeline).toContain('<th scope="row" id="mark-1">');
    expect(timeline).not.toContain("milestone-m");
    expect(table()).toContain('<tr id="milestone-m1">');
  });
});
