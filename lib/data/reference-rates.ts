import { cache } from "react";
import type { PrismaClient } from "@/lib/prisma-client";
import type { ReferenceRate } from "@/lib/money";

// Readers see the publisher's short name in conversion sentences ("… at the 2025 average EUR/USD
// rate (ECB)"); the full source is one click away on the sources page.
function shortLabel(publisher: string): string {
  if (/European Central Bank|ECB/i.test(publisher)) return "ECB";
  if (/Federal Reserve/i.test(publisher)) return "Federal Reserve";
  if (/International Monetary Fund|IMF/i.test(publisher)) return "ECB via IMF";
  return publisher;
}

// Takes any client with the exchange-rate table, so a write can read the rates inside its transaction.
// Read once per page render and client (React `cache`): the home page's overview, ranked cards and
// budget chart each convert money, and ran the same two statements three times. Outside a render
// (route handlers, writes, tests) every call reads.
export const loadReferenceRates = cache(readReferenceRates);

async function readReferenceRates(db: Pick<PrismaClient, "exchangeRate">): Promise<ReferenceRate[]> {
  const rows = await db.exchangeRate.findMany({
    select: { currency: true, year: true, usdPerUnit: true, rateKind: true, source: { select: { publisher: true } } },
    orderBy: [{ currency: "asc" }, { year: "asc" }],
  });
  return rows.map((row) => ({
    currency: row.currency,
    year: row.year,
    usdPerUnit: row.usdPerUnit.toString(),
    rateKind: row.rateKind,
    sourceLabel: shortLabel(row.source.publisher),
  }));
}
