// A saved announcement as the editor checks it: every figure printed exactly as the public pages
// print it (same component), the milestones with their resolved dates, the partners, the source.
import { FundingFigure } from "@/components/dashboard/funding-figure";
import { SourceCitation } from "@/components/dashboard/source-citation";
import type { AnnouncementReviewDto, ReviewCapacityDto, ReviewMilestoneDto } from "@/lib/data/announcement-review";
import { groupDigits } from "@/lib/editing/preview-claim";
import { humanise } from "@/lib/admin/field-spec";

function capacityText(claim: ReviewCapacityDto): string {
  const unit = claim.unitDetail ? `${claim.unit} (${claim.unitDetail})` : claim.unit;
  if (claim.shape === "range") return `${groupDigits(claim.low ?? "")}–${groupDigits(claim.high ?? "")} ${unit}`;
  const prefix = { exact: "", approximate: "≈ ", at_least: "more than ", up_to: "up to ", range: "" }[claim.shape] ?? "";
  return `${prefix}${groupDigits(claim.value ?? "")} ${unit}`;
}

function dueText(m: ReviewMilestoneDto): string {
  const due = m.dueLabel ?? "date unknown";
  if (m.relativeDays === null) return m.dueText ? `${due} (“${m.dueText}”)` : due;
  return `${due}: ${m.relativeDays} days after ${m.anchorLabel ?? "the anchor"}${m.anchorOn ? ` (${m.anchorOn})` : ""}`;
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mt-8" aria-label={title}>
      <h2 className="text-xl font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** A section listing what the announcement adds of one kind, one bullet each, or "None.". */
function ListSection<Item extends { id: string }>({
  title,
  items,
  children,
}: {
  title: string;
  items: readonly Item[];
  children: (item: Item) => React.ReactNode;
}) {
  return (
    <Section title={title}>
      {items.length === 0 ? (
        <p className="mt-2">None.</p>
      ) : (
        <ul className="mt-2 list-disc pl-6">
          {items.map((item) => (
            <li key={item.id}>{children(item)}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function AnnouncementReview({ announcement }: { announcement: AnnouncementReviewDto }) {
  const { source } = announcement;
  return (
    <>
      <Section title="Source">
        <p className="mt-2">
          {source.title} · {humanise(source.kind)} · {humanise(source.reliability)} · language {source.language}
        </p>
        <p className="text-sm">
          <SourceCitation source={source} />
        </p>
      </Section>
      <Section title="Funding claims">
        {announcement.fundingClaims.length === 0 ? (
          <p className="mt-2">None.</p>
        ) : (
          announcement.fundingClaims.map((claim) => (
            <div key={claim.id} className="mt-3 border-l-4 border-slate-300 pl-3 dark:border-slate-700">
              <FundingFigure claim={claim} />
              {claim.quote && <blockquote className="mt-1 text-sm italic">“{claim.quote}”</blockquote>}
            </div>
          ))
        )}
      </Section>
      <ListSection title="Capacity claims" items={announcement.capacityClaims}>
        {(claim) => (
          <>
            {claim.label}: {capacityText(claim)} ({humanise(claim.metric)}, {claim.kind})
          </>
        )}
      </ListSection>
      <ListSection title="Milestones" items={announcement.milestones}>
        {(m) => (
          <>
            {m.title}: due {dueText(m)} · {humanise(m.status)}
          </>
        )}
      </ListSection>
      <ListSection title="Partners" items={announcement.partners}>
        {(p) => (
          <>
            {p.organization}: {humanise(p.role)}
            {p.contribution ? ` — ${p.contribution}` : ""}
          </>
        )}
      </ListSection>
    </>
  );
}
