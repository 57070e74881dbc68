// The edit and correct pages of funding and capacity claims, which differ only in their fields and
// actions. Editing fixes a claim in place; correcting records a new claim that supersedes it.
import Link from "next/link";
import { notFound } from "next/navigation";
import { correctCapacityClaim, correctFundingClaim } from "@/lib/actions/corrections";
import { saveRecord } from "@/lib/actions/edit-records";
import { capacityCorrectionFields, fundingCorrectionFields } from "@/lib/admin/correction-form-fields";
import { editForms } from "@/lib/admin/edit-forms";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadClaimLinks, loadEditPage } from "@/lib/data/admin/edit-page";
import { historyOf } from "@/lib/data/audit";
import { prisma } from "@/lib/db";
import { typedAmountOf } from "@/lib/schemas/typed-funding-amount";
import { CorrectionLink } from "./correction-link";
import { EditFrame } from "./edit-frame";
import { RecordForm } from "./record-form";

export type ClaimKind = "funding" | "capacity";

// correctionFields: a correction types its figure as the source gives it (one parser for every
// form that takes a figure), instead of the shape and values the edit form sets by hand.
const kinds = {
  funding: {
    entity: "FundingClaim",
    model: "fundingClaim",
    correctionFields: fundingCorrectionFields,
    correct: correctFundingClaim,
    noun: "Funding claim",
  },
  capacity: {
    entity: "CapacityClaim",
    model: "capacityClaim",
    correctionFields: capacityCorrectionFields,
    correct: correctCapacityClaim,
    noun: "Capacity claim",
  },
} as const;

async function loadClaim(kind: ClaimKind, id: string) {
  const spec = kinds[kind];
  const { fields } = editForms[spec.entity];
  const page = await loadEditPage(prisma(), spec.entity, id, fields);
  if (!page?.record.programId) notFound();
  return { spec, fields, ...page, programId: page.record.programId, links: await loadClaimLinks(prisma(), spec.model, id) };
}

export async function ClaimEditPage({ kind, id, saved }: { kind: ClaimKind; id: string; saved?: string }) {
  await requirePageActor();
  const { spec, fields, record, choices, programId, links } = await loadClaim(kind, id);
  const { base } = editForms[spec.entity];
  return (
    <EditFrame
      title={`${spec.noun}: ${record.values.label}`}
      back={{ href: `/admin/programs/${programId}`, label: "The program" }}
      saved={saved}
      deleted={record.deletedAt !== null}
      history={await historyOf(prisma(), spec.entity, id)}
    >
      {links.supersededById && (
        <p className="mb-3">
          Superseded by <CorrectionLink base={base} id={links.supersededById} to="correction" />. Edit this one only to fix how it was
          recorded.
        </p>
      )}
      {links.supersedesId && (
        <p className="mb-3">
          Corrects <CorrectionLink base={base} id={links.supersedesId} to="corrected" />.
        </p>
      )}
      {!record.deletedAt && !links.supersededById && (
        <p className="mb-3">
          Did the figure change (a new announcement, a revised estimate)?{" "}
          <Link className="underline" href={`${base}/${id}/correct`}>
            Correct it with its new source
          </Link>{" "}
          instead, so the old figure stays on record.
        </p>
      )}
      {!record.deletedAt && (
        <RecordForm
          action={saveRecord.bind(null, spec.entity)}
          fields={fields}
          values={record.values}
          choices={choices}
          hidden={{ id, version: String(record.version), programId }}
          submitLabel="Save claim"
          reloadHref={`${base}/${id}`}
        />
      )}
    </EditFrame>
  );
}

export async function ClaimCorrectPage({ kind, id }: { kind: ClaimKind; id: string }) {
  await requirePageActor();
  const { spec, record, choices, programId, links } = await loadClaim(kind, id);
  const closed = record.deletedAt !== null || links.supersededById !== null;
  const page = `${editForms[spec.entity].base}/${id}`;
  return (
    <EditFrame
      title={`Correct: ${record.values.label}`}
      back={{ href: page, label: "The claim" }}
      history={await historyOf(prisma(), spec.entity, id)}
    >
      {closed ? (
        <p>This claim is {record.deletedAt ? "deleted" : "already corrected"}: correct the current claim instead.</p>
      ) : (
        <>
          <p className="mb-3">
            The form starts from the current claim. Change what the new source says, and choose that source: the current claim stays on
            record, marked as superseded.
          </p>
          <RecordForm
            action={spec.correct}
            fields={spec.correctionFields}
            choices={choices}
            values={{
              ...record.values,
              amountText: typedAmountOf(record.values),
              valueText: typedAmountOf(record.values, "value"),
              sourceId: "",
              announcementId: "",
            }}
            hidden={{ supersedesId: id, version: String(record.version), programId }}
            submitLabel="Save correction"
            reloadHref={`${page}/correct`}
            inlineSource
          />
        </>
      )}
    </EditFrame>
  );
}
