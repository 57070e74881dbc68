// Shared money types. Amounts and rates travel as decimal strings (as Prisma's Decimal prints them)
// so that no float ever touches a figure before it is formatted for display.
import type { valueShapes } from "@/lib/core/vocabulary";
import type { RateKind } from "@/lib/generated/prisma/client";

// A reference rate's kind ("annual_average" or "official_peg") is the database's enum, not a copy of it.
export type { RateKind };

// How a source stated a figure: a point value, "about", "more than", "up to", a low–high range, or with no
// number at all ("unstated": amount, low and high are all null).
export type ValueShape = (typeof valueShapes)[number];

// A money figure as stated by a source. exact/approximate/at_least/up_to use `amount`; range uses
// low+high (amount may hold a central estimate or be null).
export type MoneyFigure = {
  shape: ValueShape;
  amount: string | null;
  low: string | null;
  high: string | null;
  currency: string;
};

// One reference rate row from the database: US dollars per 1 unit of `currency`, for `year`.
// sourceLabel names the publisher shown to readers, e.g. "ECB" or "Federal Reserve".
export type ReferenceRate = {
  currency: string;
  year: number;
  usdPerUnit: string;
  rateKind: RateKind;
  sourceLabel: string;
};

export type TargetCurrency = "USD" | "EUR";

export type Conversion = {
  ok: true;
  // In the target currency, same shape; ranges stay ranges.
  figure: MoneyFigure;
  rateYear: number;
  requestedYear: number;
  usedEarlierYear: boolean;
  // Null when no conversion was needed.
  sentence: string | null;
};

export type ConversionError = {
  ok: false;
  code: "NO_RATE" | "INVALID_FIGURE";
  message: string;
};
