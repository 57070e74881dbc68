"use client";
// What every field of the guided form needs: the values typed so far, a way to change one, and the
// errors the last save returned, all addressed by the input's name (a dotted path).
import { createContext, useContext } from "react";
import type { FieldErrors } from "@/lib/core/types";
import type { FormValues, FormValue } from "@/lib/forms/path-state";

export type FormContextValue = {
  values: FormValues;
  set: (path: string, value: FormValue) => void;
  errors: FieldErrors;
};

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(): FormContextValue {
  const context = useContext(FormContext);
  if (!context) throw new Error("Form fields must be inside <FormContext.Provider>.");
  return context;
}

/** ids for an input, its hint and its error, derived from its name so errors find their field. */
export function fieldIds(path: string) {
  const id = `f-${path.replace(/\./g, "-")}`;
  return { id, hintId: `${id}-hint`, errorId: `${id}-error` };
}
