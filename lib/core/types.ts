// Basic types every layer passes around; they live here so that no feature folder has to import another for them.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/prisma-client";

export type Tx = Prisma.TransactionClient;
/** The client or a transaction: whichever the caller is writing through. */
export type Db = PrismaClient | Tx;

/** Messages per form field path ("fundingClaims.0.amountText"), as every action and form reports them. */
export type FieldErrors = Record<string, string[]>;
