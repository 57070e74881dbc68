// An admin adds a reference exchange rate (one per currency and year) with the source that
// published it; from then on claims in that currency and year convert, citing it.
import type { Actor } from "@/lib/core/actor";
import type { PrismaClient } from "@/lib/prisma-client";
import { unitsPerUsdOf, type ExchangeRateInput } from "@/lib/schemas/exchange-rate";
import { recordAudit } from "@/lib/audit/record-audit";
import type { EditOutcome } from "./outcome";
import { hasPrismaCode } from "@/lib/core/prisma-errors";
import { checkReferences } from "./references";
import { rejectField } from "./reject";

export async function addExchangeRate(db: PrismaClient, actor: Actor, input: ExchangeRateInput): Promise<EditOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      await checkReferences(tx, { programId: "", sourceId: input.sourceId });
      const rate = await tx.exchangeRate.create({ data: { ...input, unitsPerUsd: unitsPerUsdOf(input.usdPerUnit) } });
      await recordAudit(tx, actor, { action: "create", entityType: "ExchangeRate", entityId: rate.id, after: rate });
      // Every converted figure may read differently now.
      return { entityType: "ExchangeRate", id: rate.id, version: rate.version, affects: "all" };
    });
  } catch (error) {
    if (hasPrismaCode(error, "P2002")) rejectField("year", `A ${input.currency} rate for ${input.year} exists already.`);
    throw error;
  }
}
