// An admin adds a reference exchange rate (one per currency and year) with the source that
// published it; from then on claims in that currency and year convert, citing it. A rate more than
// 50 % off the currency's latest earlier year is refused until the admin ticks that it is right:
// a rate typed the wrong way up would otherwise convert every claim of that year silently.
import type { Actor } from "@/lib/core/actor";
import type { PrismaClient } from "@/lib/prisma-client";
import type { ExchangeRateInput } from "@/lib/schemas/exchange-rate";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/core/types";
import { RATE_JUMP_LIMIT, rateBothWays, rateChange } from "@/lib/money/rate-both-ways";
import { InvalidInputError } from "./invalid-input";
import type { EditOutcome } from "./outcome";
import { hasPrismaCode } from "@/lib/core/prisma-errors";
import { checkReferences } from "./references";
import { rejectField } from "./reject";

export async function addExchangeRate(db: PrismaClient, actor: Actor, input: ExchangeRateInput): Promise<EditOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      await checkReferences(tx, { programId: "", sourceId: input.sourceId });
      const { confirmUnusual, ...fields } = input;
      if (!confirmUnusual) await refuseUnusualJump(tx, input);
      const rate = await tx.exchangeRate.create({ data: fields });
      await recordAudit(tx, actor, { action: "create", entityType: "ExchangeRate", entityId: rate.id, after: rate });
      // Every converted figure may read differently now.
      return { entityType: "ExchangeRate", id: rate.id, version: rate.version, affects: "all", affectedFrom: null };
    });
  } catch (error) {
    if (hasPrismaCode(error, "P2002")) rejectField("year", `A ${input.currency} rate for ${input.year} exists already.`);
    throw error;
  }
}

async function refuseUnusualJump(tx: Tx, input: ExchangeRateInput): Promise<void> {
  // The nearest year on file: the latest earlier one, or for a back-filled year the earliest later one.
  const select = { year: true, usdPerUnit: true } as const;
  const earlier =
    (await tx.exchangeRate.findFirst({
      where: { currency: input.currency, year: { lt: input.year } },
      orderBy: { year: "desc" },
      select,
    })) ??
    (await tx.exchangeRate.findFirst({ where: { currency: input.currency, year: { gt: input.year } }, orderBy: { year: "asc" }, select }));
  if (earlier === null) return;
  const change = rateChange(input.usdPerUnit, earlier.usdPerUnit.toString());
  if (change <= RATE_JUMP_LIMIT) return;
  const percent = Math.round(change * 100).toLocaleString("en-US");
  const message =
    `This rate (${rateBothWays(input.usdPerUnit, input.currency)}) is ${percent} % off the ${earlier.year} rate ` +
    `(${rateBothWays(earlier.usdPerUnit.toString(), input.currency)}). Was it typed the wrong way round? ` +
    "Check the direction; if the rate is right, tick the box to confirm it.";
  throw new InvalidInputError({
    rate: [message],
    confirmUnusual: ["Tick to confirm the rate is right although it is far from the nearest year on file."],
  });
}
