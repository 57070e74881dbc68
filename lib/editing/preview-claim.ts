// What the new-announcement form shows beside each figure while the editor types: the exact value
// read from the text, the figure as the public pages will print it, and its USD conversion sentence.
// Pure (no database, no server-only import): the client form runs it with the rates the page passed.
import { toMoneyDto } from "@/lib/data/money-dto";
import { formatPartialDate, type DatePrecision } from "@/lib/core/partial-date";
import type { SourceDto } from "@/lib/schemas/api/common";
import { datePrecisions } from "@/lib/core/vocabulary";
import type { ReferenceRate, ValueShape } from "@/lib/money";
import { groupDigits } from "@/lib/money/group-digits";
import { claimCurrency, readTypedAmount } from "@/lib/schemas/announcement-claims";
import { readTypedCapacity } from "@/lib/schemas/typed-capacity-value";
import { resolveDueOn } from "./announcement-rows";
import type { FundingFigureDto } from "@/lib/schemas/api/programs";

export type Preview = { state: "empty" } | { state: "error"; message: string } | { state: "ok"; lines: string[] };

export { groupDigits };

const shapeWords: Record<ValueShape, string> = {
  exact: "",
  approximate: "about ",
  at_least: "more than ",
  up_to: "up to ",
  range: "",
  unstated: "",
};

function readAs(shape: ValueShape, amount: string | null, low: string | null, high: string | null, unit: string): string {
  if (shape === "unstated") return `no number stated (${unit})`;
  if (shape === "range") return `${groupDigits(low ?? "")} to ${groupDigits(high ?? "")} ${unit}`;
  return `${shapeWords[shape]}${groupDigits(amount ?? "")} ${unit}`;
}

type TypedFunding = {
  label?: string;
  periodStart?: string;
  periodEnd?: string;
  periodText?: string;
  amountText?: string;
  currency?: string;
  asOf?: string;
  asOfPrecision?: string;
  kind?: string;
  confidence?: string;
};
type TypedSource = {
  title?: string;
  publisher?: string;
  url?: string;
  seedDocument?: string;
  publishedOn?: string;
  publishedPrecision?: string;
  reliability?: string;
};

export type FundingPreview =
  { state: "empty" } | { state: "error"; message: string } | { state: "ok"; readAs: string; figure: FundingFigureDto };

const isoDay = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
const precisionOf = (value: string | undefined): DatePrecision =>
  (datePrecisions as readonly string[]).includes(value ?? "") ? (value as DatePrecision) : "day";

/** The source as the public citation will show it, from what the form holds. */
export function previewSource(source: TypedSource): SourceDto {
  const publishedOn = isoDay(source.publishedOn);
  const reliability = (["primary", "secondary", "low", "unreliable"] as const).find((r) => r === source.reliability) ?? "secondary";
  return {
    id: "preview",
    title: source.title?.trim() || "(source title)",
    publisher: source.publisher?.trim() || "(publisher)",
    url: source.url?.trim() || null,
    publishedOn,
    publishedLabel: formatPartialDate(publishedOn, precisionOf(source.publishedPrecision)),
    reliability,
  };
}

/** A funding claim as the program page will print it (original, USD sentence, source), or why not. */
export function previewFunding(claim: TypedFunding, source: TypedSource, rates: readonly ReferenceRate[]): FundingPreview {
  if (!claim.amountText?.trim()) return { state: "empty" };
  const parsed = readTypedAmount(claim.amountText, "money");
  if (!parsed.ok) return { state: "error", message: parsed.message };
  const currency = claimCurrency(parsed.currency, claim.currency || null);
  if (!currency.ok) return { state: "error", message: currency.message };
  const figure = { shape: parsed.shape, amount: parsed.amount, low: parsed.low, high: parsed.high, currency: currency.code };
  const sourceDto = previewSource(source);
  const asOf = isoDay(claim.asOf);
  return {
    state: "ok",
    readAs: `Read as ${readAs(parsed.shape, parsed.amount, parsed.low, parsed.high, currency.code)}.`,
    figure: {
      id: "preview",
      label: claim.label?.trim() || "(label)",
      kind: claim.kind ?? "",
      confidence: claim.confidence ?? "",
      asOf,
      asOfLabel: formatPartialDate(asOf, precisionOf(claim.asOfPrecision)),
      money: toMoneyDto(figure, asOf, sourceDto.publishedOn, [...rates], {
        start: isoDay(claim.periodStart),
        end: isoDay(claim.periodEnd),
        text: claim.periodText?.trim() || null,
      }),
      source: sourceDto,
    },
  };
}

type TypedCapacity = { valueText?: string; metric?: string; precision?: string; unitDetail?: string };

/** How the typed capacity is read: the stored value in the metric's unit, the precision and the model. */
export function previewCapacity(claim: TypedCapacity, unit: string): Preview {
  if (!claim.valueText?.trim()) return { state: "empty" };
  const reading = readTypedCapacity(claim);
  if (!reading.ok) return { state: "error", message: reading.message };
  const { parsed } = reading;
  const written = parsed.unitWritten === null ? "" : ` (“${claim.valueText.trim()}” as written)`;
  const lines = [`Read as ${readAs(parsed.shape, parsed.amount, parsed.low, parsed.high, unit)}${written}.`];
  if (claim.metric === "compute")
    lines.push(
      reading.precision === null
        ? "The text states no precision: choose it below (FP64, FP8…, or unspecified)."
        : `Precision: ${reading.precision}${parsed.precision === null ? "" : " (from the text)"}.`,
    );
  if (parsed.model !== null) lines.push(`Accelerator model: ${parsed.model} (kept as the unit detail).`);
  return { state: "ok", lines };
}

function realDay(iso: string | undefined): iso is string {
  return (
    iso !== undefined &&
    /^\d{4}-\d{2}-\d{2}$/.test(iso) &&
    !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) &&
    new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso)
  );
}

export function previewDue(m: {
  timing?: string;
  dueOn?: string;
  relativeDays?: string;
  anchorOn?: string;
  anchorLabel?: string;
}): Preview {
  if (m.timing === "after") {
    const days = Number(m.relativeDays);
    if (!m.relativeDays || !Number.isInteger(days) || days < 1 || days > 3650 || !realDay(m.anchorOn)) return { state: "empty" };
    const anchor = m.anchorLabel?.trim() ? `${m.anchorLabel.trim()} (${m.anchorOn})` : m.anchorOn;
    return { state: "ok", lines: [`Due ${resolveDueOn(m.anchorOn, days)}: ${days} days after ${anchor}.`] };
  }
  return realDay(m.dueOn) ? { state: "ok", lines: [`Due ${m.dueOn}.`] } : { state: "empty" };
}
