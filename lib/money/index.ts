// Public API of the money module: validation, conversion between currencies, display, claim year.
export type {
  Conversion,
  ConversionError,
  MoneyFigure,
  RateKind,
  ReferenceRate,
  TargetCurrency,
  ValueShape,
} from "./types";
export type { FormatMoneyOptions } from "./format-money";
export { claimYear } from "./claim-year";
export { convertFigure } from "./convert-figure";
export { formatMoney } from "./format-money";
export { validateFigure } from "./validate-figure";
