// A program's status history, claims, milestones and partners for editors, each with its actions: edit,
// correct (claims), move (milestones), delete or restore. Superseded claims and moved milestones say so.
import { editForms, type EditableEntity } from "@/lib/admin/edit-forms";
import { humanise } from "@/lib/admin/field-spec";
import Link from "next/link";
import type { ReactNode } from "react";
import type { ClaimSummary, MilestoneSummary } from "@/lib/data/admin/claim-summaries";
import type { PartnerSummary, ProgramRecords, StatusChangeSummary } from "@/lib/data/admin/program-records";
import type { DeletableEntity } from "@/lib/schemas/record-ref";
import { CorrectionLink } from "./correction-link";
import { LifecycleButtons } from "./lifecycle-buttons";

type Shared = { returnTo: string; isAdmin: boolean };
type ClaimKind = "funding" | "capacity";

type ItemProps = {
  title: string;
  record: { id: string; version: number; deletedAt: Date | null };
  entityType: DeletableEntity & EditableEntity;
  recordLabel: string;
  /** The Edit link's accessible name; the link goes to the record's edit page (its kind's entry in editForms). */
  editLabel: string;
  shared: Shared;
  testId?: string;
  /** What follows the title: the figure, its notes. */
  children?: ReactNode;
  /** Actions between Edit and delete (correct, move). */
  actions?: ReactNode;
};

/** One record of a list: its title and notes, "(deleted)", then Edit, any other action, delete or restore. */
function RecordItem({ title, record, entityType, recordLabel, editLabel, shared, testId, children, actions }: ItemProps) {
  return (
    <li className="border-t border-slate-300 py-2" data-testid={testId}>
      <span className="font-medium">{title}</span>
      {children}
      {record.deletedAt && <span className="ml-2 text-sm">(deleted)</span>}
      <div className="mt-1 flex flex-wrap items-center gap-3 text-sm">
        <Link className="underline" href={`${editForms[entityType].base}/${record.id}`} aria-label={editLabel}>
          Edit
        </Link>
        {actions}
        <LifecycleButtons entityType={entityType} record={record} recordLabel={recordLabel} {...shared} />
      </div>
    </li>
  );
}

function ClaimItem({ claim, kind, shared }: { claim: ClaimSummary; kind: ClaimKind; shared: Shared }) {
  const entityType = kind === "funding" ? "FundingClaim" : "CapacityClaim";
  const { base } = editForms[entityType];
  const open = !claim.deletedAt && !claim.supersededById;
  return (
    <RecordItem
      title={claim.label}
      record={claim}
      entityType={entityType}
      recordLabel={claim.label}
      editLabel={`Edit ${claim.label}`}
      shared={shared}
      testId="claim-item"
      actions={
        open && (
          <Link className="underline" href={`${base}/${claim.id}/correct`} aria-label={`Correct ${claim.label}`}>
            Correct
          </Link>
        )
      }
    >
      : {claim.figure}
      {claim.isHeadline && <span className="ml-2 rounded bg-slate-200 px-1 text-sm text-slate-900">headline</span>}
      {claim.supersededById && (
        <span className="ml-2 text-sm">
          superseded by <CorrectionLink base={base} id={claim.supersededById} to="correction" />
        </span>
      )}
      {claim.supersedesId && (
        <span className="ml-2 text-sm">
          corrects <CorrectionLink base={base} id={claim.supersedesId} to="corrected" />
        </span>
      )}
    </RecordItem>
  );
}

function MilestoneItem({ milestone, shared }: { milestone: MilestoneSummary; shared: Shared }) {
  return (
    <RecordItem
      title={milestone.title}
      record={milestone}
      entityType="Milestone"
      recordLabel={milestone.title}
      editLabel={`Edit ${milestone.title}`}
      shared={shared}
      testId="milestone-item"
      actions={
        !milestone.deletedAt && (
          <Link
            className="underline"
            href={`${editForms.Milestone.base}/${milestone.id}/move`}
            aria-label={`Move the due date of ${milestone.title}`}
          >
            Move
          </Link>
        )
      }
    >
      : due {milestone.due} ({milestone.status.replace(/_/g, " ")})
      {milestone.originalDue && <span className="ml-2 text-sm">first due {milestone.originalDue}</span>}
    </RecordItem>
  );
}

function StatusChangeItem({ change, shared }: { change: StatusChangeSummary; shared: Shared }) {
  const label = `${change.fromStatus ? `${humanise(change.fromStatus)} → ` : ""}${humanise(change.status)} (${change.since})`;
  return (
    <RecordItem
      title={label}
      record={change}
      entityType="ProgramStatusChange"
      recordLabel={`status change ${label}`}
      editLabel={`Edit the status change ${label}`}
      shared={shared}
      testId="status-change-item"
    />
  );
}

function PartnerItem({ partner: p, shared }: { partner: PartnerSummary; shared: Shared }) {
  return (
    <RecordItem
      title={p.organization}
      record={p}
      entityType="Participation"
      recordLabel={`${p.organization} (${p.role})`}
      editLabel={`Edit ${p.organization} as ${p.role}`}
      shared={shared}
    >
      : {p.role.replace(/_/g, " ")}
      {p.contribution && ` — ${p.contribution}`}
    </RecordItem>
  );
}

function RecordSection(props: { name: string; title: string; first?: boolean; items: ReactNode[]; children?: ReactNode }) {
  const { name, title, first, items, children } = props;
  return (
    <section aria-labelledby={`${name}-heading`} className={first ? "mt-10" : "mt-8"}>
      <h2 id={`${name}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      <ul>{items}</ul>
      {children}
    </section>
  );
}

export function ProgramRecordLists({ records, returnTo, isAdmin }: { records: ProgramRecords } & Shared) {
  const shared = { returnTo, isAdmin };
  const claimItems = (kind: ClaimKind, claims: ClaimSummary[]) =>
    claims.map((c) => <ClaimItem key={c.id} claim={c} kind={kind} shared={shared} />);
  return (
    <>
      <RecordSection
        name="status-history"
        title="Status history"
        first
        items={records.statusChanges.map((c) => (
          <StatusChangeItem key={c.id} change={c} shared={shared} />
        ))}
      >
        {!records.program.deletedAt && (
          <p className="mt-2 text-sm">
            <Link className="underline" href={`/admin/programs/${records.program.id}/status-changes/new`}>
              Add a status change
            </Link>
          </p>
        )}
      </RecordSection>
      <RecordSection name="funding" title="Funding claims" items={claimItems("funding", records.fundingClaims)} />
      <RecordSection name="capacity" title="Capacity claims" items={claimItems("capacity", records.capacityClaims)} />
      <RecordSection
        name="milestones"
        title="Milestones"
        items={records.milestones.map((m) => (
          <MilestoneItem key={m.id} milestone={m} shared={shared} />
        ))}
      />
      <RecordSection
        name="partners"
        title="Partners"
        items={records.partners.map((p) => (
          <PartnerItem key={p.id} partner={p} shared={shared} />
        ))}
      />
    </>
  );
}
