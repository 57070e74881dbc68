// Valid form input for each edit. An edit is built as its page fills the form: the stored row's values
// for the kind's own field list (its entry in lib/admin/edit-forms.ts, "" for empty), the hidden id and version, shaped
// as the save action shapes them (shapingOf, from the same fields); then the overrides for what the test
// changes. So a field added to a form reaches every test. The other forms start from what an editor types.
import { editForms, type EditableEntity } from "@/lib/admin/edit-forms";
import { fieldNames, type FieldSpec } from "@/lib/admin/field-spec";
import { formValuesOf, inputFromValues, shapingOf } from "@/lib/admin/form-values";
import type { EditingFixture } from "../factories/editing-records";

type Fixture = EditingFixture;
type Values = Record<string, unknown>;
type Row = Record<string, unknown> & { id: string; version: number };

/** What a record's edit page submits: its fields' stored values and the hidden id and version (and what else the page hides). */
function editInput(row: Row, fields: readonly FieldSpec[], hidden: Record<string, string> = {}): Values {
  const values = { ...formValuesOf(row, fieldNames(fields)), id: row.id, version: String(row.version), ...hidden };
  return inputFromValues(values, shapingOf(fields));
}

/** An edit form's fixture: the record the fixture holds for it, its kind's edit form (the page's fields), and what else its page hides. */
function editFormOf(record: (f: Fixture) => Row, entity: EditableEntity, hidden: (row: Row) => Record<string, string> = () => ({})) {
  const { fields } = editForms[entity];
  return (f: Fixture, over: Values = {}): Values => ({ ...editInput(record(f), fields, hidden(record(f))), ...over });
}

// A claim's page hides its program too.
const claimHidden = (claim: Row) => ({ programId: String(claim.programId) });

export const programForm = editFormOf((f) => f.program, "Program");
export const fundingForm = editFormOf((f) => f.fundingClaim, "FundingClaim", claimHidden);
export const capacityForm = editFormOf((f) => f.capacityClaim, "CapacityClaim", claimHidden);
export const milestoneForm = editFormOf((f) => f.milestone, "Milestone");
export const participationForm = editFormOf((f) => f.participation, "Participation");
export const organizationForm = editFormOf((f) => f.organization, "Organization");
export const sourceForm = editFormOf((f) => f.source, "Source");

export function fundingSupersedeForm(f: Fixture, over: Values = {}): Values {
  const { id, version, ...claim } = fundingForm(f);
  return { ...claim, supersedesId: id, version, sourceId: f.newSource.id, amount: "12000000000", ...over };
}

export function capacitySupersedeForm(f: Fixture, over: Values = {}): Values {
  const { id, version, ...claim } = capacityForm(f);
  return { ...claim, supersedesId: id, version, sourceId: f.newSource.id, value: "1500", ...over };
}

export function rescheduleForm(f: Fixture, over: Values = {}): Values {
  const m = f.milestone;
  return {
    id: m.id,
    version: String(m.version),
    dueOn: "2026-05-01",
    duePrecision: "month",
    dueText: "",
    relativeDays: "",
    anchorOn: "",
    anchorLabel: "",
    reason: "The operator announced a delay.",
    sourceId: f.newSource.id,
    announcementId: "",
    ...over,
  };
}

export function exchangeRateForm(f: Fixture, over: Values = {}): Values {
  return {
    currency: "KRW",
    year: "2025",
    usdPerUnit: "0.000725",
    rateKind: "annual_average",
    series: "",
    note: "",
    sourceId: f.source.id,
    ...over,
  };
}

export function statusChangeAddForm(f: Fixture, over: Values = {}): Values {
  return {
    programId: f.program.id,
    fromStatus: "active",
    status: "cancelled",
    effectiveOn: "2026-03-15",
    effectivePrecision: "month",
    detail: "The developer withdrew.",
    sourceId: f.newSource.id,
    announcementId: "",
    editorNote: "",
    ...over,
  };
}

export function statusChangeEditForm(c: Row, over: Values = {}): Values {
  return { ...editInput(c, editForms.ProgramStatusChange.fields), ...over };
}
