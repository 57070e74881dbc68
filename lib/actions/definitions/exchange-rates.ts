// Reference exchange rates change every converted figure: admins only.
import { prisma } from "@/lib/db";
import { addExchangeRate } from "@/lib/editing/add-exchange-rate";
import { exchangeRateSchema } from "@/lib/schemas/exchange-rate";
import { defineAction } from "../define-action";

export const addExchangeRateAction = defineAction({
  name: "exchangeRate.add",
  role: "admin",
  schema: exchangeRateSchema,
  run: (actor, input) => addExchangeRate(prisma(), actor, input),
});
