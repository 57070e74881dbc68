// The guided form asks for a milestone's completion date only once its status is "completed", as the
// public pages print any milestone's completedOn as "completed <date>".
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, it } from "vitest";
import { FormContext } from "../../../components/admin/form-context";
import { MilestoneSection } from "../../../components/admin/milestone-section";
import { milestoneStatuses } from "../../../lib/core/vocabulary";
import { emptyMilestone } from "../../../lib/forms/announcement-defaults";

const render = (status: string) =>
  renderToStaticMarkup(
    createElement(
      FormContext.Provider,
      { value: { values: { milestones: [{ ...emptyMilestone(), status }] }, set: () => {}, errors: {} } },
      createElement(MilestoneSection),
    ),
  );

it("draws the completed-on input only for a completed milestone", () => {
  for (const status of milestoneStatuses) {
    const html = render(status);
    expect(html, status).toContain('name="milestones.0.status"');
    expect(html.includes('name="milestones.0.completedOn"'), status).toBe(status === "completed");
  }
  expect(render("completed")).toContain("Completed on");
});
