// A program's status history, claims, milestones and partners for editors, each with its actions: edit,
// correct (claims), move (milestones), delete or restore. Superseded claims and moved milestones say so.
import { humanise } from "@/lib/admin/field-spec";
import Link from "next/link";
import type { ReactNode } from "react";
import type { ClaimSummary, MilestoneSummary } from "@/lib/data/admin/claim-summaries";
import type { ProgramRecords, StatusChangeSummary } from "@/lib/data/admin/program-records";
import { LifecycleButtons } from "./lifecycle-buttons";

type Shared = { returnTo: string; isAdmin: boolean };

function ClaimItem({ claim, kind, shared }: { claim: ClaimSummary; kind: "funding" | "capacity"; shared: Shared }) {
  const base = `/admin/${kind}-claims`;
  const open = !claim.deletedAt && !claim.supersededById;
  return (
    <li className="border-t border-slate-300 py-2" data-testid="claim-item">
      <span className="font-medium">{claim.label}</span>: {claim.figure}
      {claim.isHeadline && <span className="ml-2 rounded bg-slate-200 px-1 text-sm text-slate-900">headline</span>}
      {claim.supersededById && (
        <span className="ml-2 text-sm">
          superseded by{" "}
          <Link className="underline" href={`${base}/${claim.supersededById}`}>
            its correction
          </Link>
        </span>
      )}
      {claim.supersedesId && (
        <span className="ml-2 text-sm">
          corrects{" "}
          <Link className="underline" href={`${base}/${claim.supersedesId}`}>
            an earlier claim
          </Link>
        </span>
      )}
      {claim.deletedAt && <span className="ml-2 text-sm">(deleted)</span>}
      <div className="mt-1 flex flex-wrap items-center gap-3 text-sm">
        <Link className="underline" href={`${base}/${claim.id}`} aria-label={`Edit ${claim.label}`}>
          Edit
        </Link>
        {open && (
          <Link className="underline" href={`${base}/${claim.id}/correct`} aria-label={`Correct ${claim.label}`}>
            Correct
          </Link>
        )}
        <LifecycleButtons
          entityType={kind === "funding" ? "FundingClaim" : "CapacityClaim"}
          record={claim}
          recordLabel={claim.label}
          {...shared}
        />
      </div>
    </li>
  );
}

function MilestoneItem({ milestone, shared }: { milestone: MilestoneSummary; shared: Shared }) {
  return (
    <li className="border-t border-slate-300 py-2" data-testid="milestone-item">
      <span className="font-medium">{milestone.title}</span>: due {milestone.due} ({milestone.status.replace(/_/g, " ")})
      {milestone.originalDue && <span className="ml-2 text-sm">first due {milestone.originalDue}</span>}
      {milestone.deletedAt && <span className="ml-2 text-sm">(deleted)</span>}
      <div className="mt-1 flex flex-wrap items-center gap-3 text-sm">
        <Link className="underline" href={`/admin/milestones/${milestone.id}`} aria-label={`Edit ${milestone.title}`}>
          Edit
        </Link>
        {!milestone.deletedAt && (
          <Link
            className="underline"
            href={`/admin/milestones/${milestone.id}/move`}
            aria-label={`Move the due date of ${milestone.title}`}
          >
            Move
          </Link>
        )}
        <LifecycleButtons entityType="Milestone" record={milestone} recordLabel={milestone.title} {...shared} />
      </div>
    </li>
  );
}

function StatusChangeItem({ change, shared }: { change: StatusChangeSummary; shared: Shared }) {
  const label = `${change.fromStatus ? `${humanise(change.fromStatus)} → ` : ""}${humanise(change.status)} (${change.since})`;
  return (
    <li className="border-t border-slate-300 py-2" data-testid="status-change-item">
      <span className="font-medium">{label}</span>
      {change.deletedAt && <span className="ml-2 text-sm">(deleted)</span>}
      <div className="mt-1 flex flex-wrap items-center gap-3 text-sm">
        <Link className="underline" href={`/admin/status-changes/${change.id}`} aria-label={`Edit the status change ${label}`}>
          Edit
        </Link>
        <LifecycleButtons entityType="ProgramStatusChange" record={change} recordLabel={`status change ${label}`} {...shared} />
      </div>
    </li>
  );
}

function RecordSection({ name, title, first, children }: { name: string; title: string; first?: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={`${name}-heading`} className={first ? "mt-10" : "mt-8"}>
      <h2 id={`${name}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function ProgramRecordLists({ records, returnTo, isAdmin }: { records: ProgramRecords } & Shared) {
  const shared = { returnTo, isAdmin };
  return (
    <>
      <RecordSection name="status-history" title="Status history" first>
        <ul>
          {records.statusChanges.map((c) => (
            <StatusChangeItem key={c.id} change={c} shared={shared} />
          ))}
        </ul>
        {!records.program.deletedAt && (
          <p className="mt-2 text-sm">
            <Link className="underline" href={`/admin/programs/${records.program.id}/status-changes/new`}>
              Add a status change
            </Link>
          </p>
        )}
      </RecordSection>
      <RecordSection name="funding" title="Funding claims">
        <ul>
          {records.fundingClaims.map((c) => (
            <ClaimItem key={c.id} claim={c} kind="funding" shared={shared} />
          ))}
        </ul>
      </RecordSection>
      <RecordSection name="capacity" title="Capacity claims">
        <ul>
          {records.capacityClaims.map((c) => (
            <ClaimItem key={c.id} claim={c} kind="capacity" shared={shared} />
          ))}
        </ul>
      </RecordSection>
      <RecordSection name="milestones" title="Milestones">
        <ul>
          {records.milestones.map((m) => (
            <MilestoneItem key={m.id} milestone={m} shared={shared} />
          ))}
        </ul>
      </RecordSection>
      <RecordSection name="partners" title="Partners">
        <ul>
          {records.partners.map((p) => (
            <li key={p.id} className="border-t border-slate-300 py-2">
              <span className="font-medium">{p.organization}</span>: {p.role.replace(/_/g, " ")}
              {p.contribution && ` — ${p.contribution}`}
              {p.deletedAt && <span className="ml-2 text-sm">(deleted)</span>}
              <div className="mt-1 flex flex-wrap items-center gap-3 text-sm">
                <Link className="underline" href={`/admin/partners/${p.id}`} aria-label={`Edit ${p.organization} as ${p.role}`}>
                  Edit
                </Link>
                <LifecycleButtons entityType="Participation" record={p} recordLabel={`${p.organization} (${p.role})`} {...shared} />
              </div>
            </li>
          ))}
        </ul>
      </RecordSection>
    </>
  );
}
