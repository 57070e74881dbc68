// Valid input for each editing action, built on a fresh fixture. The authorisation test needs one
// example per registered action and fails for an action that has none.
import type { PrismaClient } from "../../../lib/prisma-client";
import type { EditingFixture } from "../../factories/editing-records";
import {
  capacityForm,
  capacitySupersedeForm,
  exchangeRateForm,
  fundingForm,
  fundingSupersedeForm,
  milestoneForm,
  organizationForm,
  participationForm,
  programForm,
  rescheduleForm,
  sourceForm,
  statusChangeAddForm,
  statusChangeEditForm,
} from "../edit-forms";
import { createStatusChange } from "../../factories/status-change";

export type ExampleContext = { db: PrismaClient; fixture: EditingFixture };
export type ActionExample = (context: ExampleContext) => Promise<Record<string, unknown>>;

export const editingExamples: Record<string, ActionExample> = {
  "program.edit": async ({ fixture }) => programForm(fixture, { name: "Renamed program" }),
  "fundingClaim.edit": async ({ fixture }) => fundingForm(fixture, { amount: "11000000000" }),
  "capacityClaim.edit": async ({ fixture }) => capacityForm(fixture, { value: "1100" }),
  "milestone.edit": async ({ fixture }) => milestoneForm(fixture, { status: "delayed" }),
  "participation.edit": async ({ fixture }) => participationForm(fixture, { contribution: "Builds the site" }),
  "organization.edit": async ({ fixture }) => organizationForm(fixture, { country: "France" }),
  "source.edit": async ({ fixture }) => sourceForm(fixture, { title: "A better title" }),
  "programStatusChange.add": async ({ fixture }) => statusChangeAddForm(fixture),
  "programStatusChange.edit": async ({ db, fixture }) =>
    statusChangeEditForm(await createStatusChange(db, fixture), { detail: "The program started its first phase." }),
  "fundingClaim.supersede": async ({ fixture }) => fundingSupersedeForm(fixture),
  "capacityClaim.supersede": async ({ fixture }) => capacitySupersedeForm(fixture),
  "milestone.reschedule": async ({ fixture }) => rescheduleForm(fixture),
  "record.delete": async ({ fixture }) => ({
    entityType: "FundingClaim",
    id: fixture.fundingClaim.id,
    version: String(fixture.fundingClaim.version),
  }),
  "record.restore": async ({ db, fixture }) => {
    const { id, version } = await db.fundingClaim.update({
      where: { id: fixture.fundingClaim.id },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    return { entityType: "FundingClaim", id, version: String(version) };
  },
  "record.hardDelete": async ({ db, fixture }) => {
    const { id, version } = await db.participation.update({
      where: { id: fixture.participation.id },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    return { entityType: "Participation", id, version: String(version) };
  },
  "exchangeRate.add": async ({ fixture }) => exchangeRateForm(fixture),
};
