"use server";
// Server action of the admins' exchange-rate form.
import type { EditFormState } from "@/lib/admin/form-state";
import { addExchangeRateAction } from "./definitions/exchange-rates";
import { runFormAction } from "./run-form-action";

export async function addRate(_state: EditFormState, formData: FormData): Promise<EditFormState> {
  return runFormAction(addExchangeRateAction, formData, { next: () => "/admin/rates?saved=1" });
}
