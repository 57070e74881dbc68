// The funding and capacity claims of the guided announcement form. They are the edit forms' objects
// (funding-claim.ts, capacity-claim.ts) without the ids the write fills in (program, source,
// announcement) and the figure, which the editor types as the source gives it ("10,371.92 crore",
// "€2–3 bn"): parseAmount reads it into the shape, value(s) and currency those schemas store.
import { z } from "zod";
import { parseAmount, type ParsedAmount } from "@/lib/money/parse-amount";
import { canonicalUnits, capacityClaimObject, checkCapacityUnit } from "./capacity-claim";
import { fundingClaimObject } from "./funding-claim";
import { columnProblem, type ColumnKind } from "./claim-limits";
import { checkDateOrder } from "./figure-shape";
import { typedCapacityColumns, readTypedCapacity } from "./typed-capacity-value";
import { blankToNull, currencyCode, uuid } from "./fields";
import { computePrecisions } from "@/lib/core/vocabulary";

// Filled by the write, read from the typed figure, or not set from this form (corrections are their own action).
const notTyped = { programId: true, sourceId: true, announcementId: true, supersedesId: true, shape: true } as const;

/** "Part of" another funding item of the same announcement: `item:<index>` (0-based) in the form. */
export const partOfItem = (index: number) => `item:${index}`;
const itemReference = /^item:(\d{1,3})$/;
/** The item index a "part of" value names, or null when it names none (blank, or an existing claim's id). */
export function partOfItemIndex(value: unknown): number | null {
  const match = typeof value === "string" ? itemReference.exec(value) : null;
  return match ? Number(match[1]) : null;
}

// "Part of" (an "of which" figure): an existing claim of the program, as on a claim's edit page
// (checked there by lib/editing/references.ts), or another funding item of this announcement.
const partOf = z.preprocess(
  blankToNull,
  z.union([z.string().regex(itemReference), uuid], { message: "Choose the whole this figure is part of." }).nullable(),
);

function splitPartOf(value: string | null): { parentId: string | null; parentItem: number | null } {
  const item = partOfItemIndex(value);
  return item !== null ? { parentId: null, parentItem: item } : { parentId: value, parentItem: null };
}

const amountText = z
  .string({ message: "Type the amount as the source gives it, e.g. 10,371.92 crore." })
  .trim()
  .min(1, "Type the amount as the source gives it, e.g. 10,371.92 crore.")
  .max(200, "At most 200 characters.");

/** The typed amount read and checked against the column it goes to; a message on failure. */
export function readTypedAmount(text: unknown, kind: ColumnKind): ParsedAmount | { ok: false; message: string } {
  if (typeof text !== "string") return { ok: false, message: "Type the amount." };
  const parsed = parseAmount(text);
  if (!parsed.ok) return parsed;
  const problem = columnProblem(parsed, kind);
  return problem === null ? parsed : { ok: false, message: problem };
}

/** The currency written in the amount, else the one chosen in the field; both must agree. */
export function claimCurrency(written: string | null, chosen: unknown): { ok: true; code: string } | { ok: false; message: string } {
  const picked = typeof chosen === "string" && /^[A-Z]{3}$/.test(chosen) ? chosen : null;
  if (written !== null && picked !== null && written !== picked) {
    return { ok: false, message: `The amount says ${written} but the currency field says ${picked}.` };
  }
  const code = written ?? picked;
  return code === null ? { ok: false, message: "Choose the currency (or write it in the amount: €, $, INR…)." } : { ok: true, code };
}

const typedFunding = { amount: true, amountLow: true, amountHigh: true } as const;
// A source's own conversion is recorded on the claim's edit page, once the claim exists.
const statedConversion = { statedConversionAmount: true, statedConversionCurrency: true, statedConversionSourceId: true } as const;

export const announcementFundingSchema = fundingClaimObject
  .omit({ ...notTyped, ...typedFunding, ...statedConversion })
  .extend({ amountText, currency: z.preprocess(blankToNull, currencyCode.nullable()), parentId: partOf })
  .superRefine((claim, ctx) => {
    const parsed = readTypedAmount(claim.amountText, "money");
    if (!parsed.ok && !amountText.safeParse(claim.amountText).success) {
      // amountText's own message already says what is wrong.
    } else if (!parsed.ok) ctx.addIssue({ code: "custom", path: ["amountText"], message: parsed.message });
    else {
      const currency = claimCurrency(parsed.currency, claim.currency);
      if (!currency.ok) ctx.addIssue({ code: "custom", path: ["currency"], message: currency.message });
    }
    if (typeof claim.periodStart === "string" && typeof claim.periodEnd === "string")
      checkDateOrder(claim.periodStart, claim.periodEnd, "periodEnd", ctx);
  })
  .transform((claim) => {
    // Checked in superRefine above; zod only transforms valid input.
    const parsed = readTypedAmount(claim.amountText, "money");
    const currency = parsed.ok ? claimCurrency(parsed.currency, claim.currency) : null;
    if (!parsed.ok || currency === null || !currency.ok) return z.NEVER;
    return {
      ...claim,
      ...splitPartOf(claim.parentId),
      shape: parsed.shape,
      amount: parsed.amount,
      amountLow: parsed.low,
      amountHigh: parsed.high,
      currency: currency.code,
    };
  });

export const announcementCapacitySchema = z
  .preprocess(
    // The unit follows from the metric (MW for power…); only "other" needs one typed.
    (value) => {
      if (typeof value !== "object" || value === null) return value;
      const record = value as Record<string, unknown>;
      const unit = canonicalUnits[record.metric as keyof typeof canonicalUnits];
      return blankToNull(record.unit) === null && typeof unit === "string" ? { ...record, unit } : value;
    },
    capacityClaimObject.omit({ ...notTyped, value: true, valueLow: true, valueHigh: true, parentId: true }).extend({
      valueText: amountText,
      unit: z.string({ message: "Give the unit." }).trim().min(1, "Give the unit.").max(40, "At most 40 characters."),
      precision: z.preprocess(blankToNull, z.enum(computePrecisions).nullable()),
    }),
  )
  .superRefine((claim, ctx) => {
    const reading = readTypedCapacity(claim);
    // An empty or over-long value already has valueText's own message.
    if (!reading.ok && (reading.field !== "valueText" || amountText.safeParse(claim.valueText).success))
      ctx.addIssue({ code: "custom", path: [reading.field], message: reading.message });
    const precision = reading.ok ? reading.precision : claim.precision;
    if (typeof claim.metric === "string" && typeof claim.unit === "string") checkCapacityUnit({ ...claim, precision }, ctx);
  })
  .transform((claim) => {
    const reading = readTypedCapacity(claim);
    return reading.ok ? { ...claim, ...typedCapacityColumns(reading) } : z.NEVER;
  });

export type AnnouncementFundingInput = z.output<typeof announcementFundingSchema>;
export type AnnouncementCapacityInput = z.output<typeof announcementCapacitySchema>;
