// What the rate form shows while the admin types: the rate read in the chosen direction, both ways
// round. Pure (no database): the client form runs it.
import { rateBothWays } from "@/lib/money/rate-both-ways";
import { exchangeRateSchema } from "@/lib/schemas/exchange-rate";
import type { Preview } from "./preview-claim";

export function previewRate(typed: Record<string, string>): Preview {
  if (!typed.rate?.trim()) return { state: "empty" };
  // Only the rate, its direction and the currency matter here: the other fields get stand-ins.
  const parsed = exchangeRateSchema.safeParse({
    currency: "XXX",
    year: 2000,
    rate: typed.rate,
    direction: typed.direction || "usd_per_unit",
    sourceId: "00000000-0000-4000-8000-000000000000",
  });
  if (!parsed.success) return { state: "error", message: parsed.error.issues[0]?.message ?? "Cannot read the rate." };
  const currency = /^[A-Z]{3}$/.test(typed.currency?.trim() ?? "") ? typed.currency!.trim() : "unit";
  return { state: "ok", lines: [`Reads as ${rateBothWays(parsed.data.usdPerUnit, currency)}.`] };
}
