// One field list per record kind, as for claims (claim-field-lists.test.ts): the guided announcement
// form starts and reads back every milestone, partner and new organisation field it draws from the
// edit form's spec, so a field marked `guided` there reaches both forms.
import { describe, expect, it } from "vitest";
import { guidedFields, type FieldSpec } from "../../../lib/admin/field-spec";
import { milestoneFields, organizationFields, participationFields } from "../../../lib/admin/record-form-fields";
import { emptyMilestone, emptyPartner } from "../../../lib/forms/announcement-defaults";
import type { FormValues } from "../../../lib/forms/path-state";
import { announcementMilestoneSchema, announcementPartnerSchema } from "../../../lib/schemas/announcement-records";

const organizationOf = (values: FormValues) => values.organization as FormValues;
const newPartner = () => ({
  ...emptyPartner(),
  organization: { ...organizationOf(emptyPartner()), mode: "new", name: "North University" },
});

const kinds: { kind: string; fields: FieldSpec[]; start: () => FormValues; read: () => object }[] = [
  {
    kind: "milestone",
    fields: milestoneFields,
    start: emptyMilestone,
    read: () => announcementMilestoneSchema.parse({ ...emptyMilestone(), title: "Portal opens", dueOn: "2026-03-01" }),
  },
  { kind: "partner", fields: participationFields, start: emptyPartner, read: () => announcementPartnerSchema.parse(newPartner()) },
  {
    kind: "new organisation",
    fields: organizationFields,
    start: () => organizationOf(emptyPartner()),
    read: () => organizationOf(announcementPartnerSchema.parse(newPartner()) as FormValues),
  },
];

describe.each(kinds)("$kind", ({ fields, start, read }) => {
  it("starts a guided item with every field the guided form draws from the edit spec, at the spec's initial value", () => {
    for (const field of guidedFields(fields)) expect(start(), field.name).toHaveProperty(field.name, field.initial ?? "");
  });

  it("reads back every such field", () => {
    const parsed = read();
    for (const field of guidedFields(fields)) expect(parsed, field.name).toHaveProperty(field.name);
  });
});

// The completion date is asked only for a completed milestone (milestone-section.tsx), never for every status:
// the public pages print any milestone's completedOn as "completed <date>".
it("draws from the milestone spec exactly its description, status and confidence", () => {
  expect(guidedFields(milestoneFields).map((field) => field.name)).toEqual(["description", "status", "confidence"]);
});
