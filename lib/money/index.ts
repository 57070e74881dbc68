// Public API of the money module: validation, conversion between currencies, display, claim year,
// and reading an amount as an editor types it.
export type { Conversion, ConversionError, MoneyFigure, RateKind, ReferenceRate, TargetCurrency, ValueShape } from "./types";
export type { FormatMoneyOptions } from "./format-money";
export type { AmountParseError, ParsedAmount } from "./parse-amount";
export { claimYear, rateYearOf, type ClaimPeriod, type RateYear } from "./claim-year";
export { readFiscalYear } from "./fiscal-year";
export { convertFigure } from "./convert-figure";
export { formatMoney } from "./format-money";
export { parseAmount } from "./parse-amount";
export { validateFigure } from "./validate-figure";
