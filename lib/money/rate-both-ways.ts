// A reference rate read both ways round ("1 KRW = 0.000725 USD · 1 USD = 1,379.31 KRW"), so an
// editor sees at once whether a rate was typed the wrong way up, and how far a rate is from the
// year before: an inverted entry is off by orders of magnitude, a real year's move rarely by half.
import { MoneyDecimal } from "./decimal";

const SIX_DIGITS = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 6 });
const show = (value: InstanceType<typeof MoneyDecimal>) =>
  SIX_DIGITS.format(value.toSignificantDigits(6).toFixed() as Intl.StringNumericLiteral);

/** "1 KRW = 0.000725 USD · 1 USD = 1,379.31 KRW". */
export function rateBothWays(usdPerUnit: string, currency: string): string {
  const rate = new MoneyDecimal(usdPerUnit);
  return `1 ${currency} = ${show(rate)} USD · 1 USD = ${show(new MoneyDecimal(1).dividedBy(rate))} ${currency}`;
}

// More than 50 % off the year before (either way) deserves a second look before it converts anything.
export const RATE_JUMP_LIMIT = 0.5;

/** How far a rate is from an earlier one, as a fraction of the earlier one (0.6 = 60 % off). */
export function rateChange(usdPerUnit: string, earlierUsdPerUnit: string): number {
  const earlier = new MoneyDecimal(earlierUsdPerUnit);
  return new MoneyDecimal(usdPerUnit).minus(earlier).abs().dividedBy(earlier).toNumber();
}
