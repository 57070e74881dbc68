// Figures as their columns hold them: funding_claim amounts are DECIMAL(24, 2) and capacity_claim
// values DECIMAL(24, 6). An edit refuses what the database would round or overflow.
import { optionalDecimalWithin } from "./fields";

const amount = optionalDecimalWithin(22, 2);
const value = optionalDecimalWithin(18, 6);

export const fundingAmountLimits = { amount, amountLow: amount, amountHigh: amount };
export const capacityValueLimits = { value, valueLow: value, valueHigh: value };
