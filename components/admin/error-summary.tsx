"use client";
// Above the form after a refused save: what went wrong, each field error linking to its field.
// The live region is always in the page, so screen readers announce it when it fills.
import type { Ref } from "react";
import type { ActionResult } from "@/lib/core/action-result";
import { describeFieldPath } from "@/lib/forms/field-labels";
import { fieldIds } from "./form-context";

export function ErrorSummary({ result, ref }: { result: ActionResult<unknown> | null; ref?: Ref<HTMLDivElement> }) {
  const failed = result !== null && result.status !== "ok";
  const entries = result?.status === "invalid" ? Object.entries(result.fieldErrors) : [];
  return (
    <div ref={ref} tabIndex={-1} aria-live="polite" data-testid="error-summary" className="outline-none">
      {failed && (
        <div className="mb-6 rounded border-2 border-red-700 p-4">
          <h2 className="text-lg font-semibold">Nothing was saved</h2>
          {result.status === "invalid" ? (
            <>
              {result.formError && <p className="mt-1">{result.formError}</p>}
              {entries.length > 0 && (
                <p className="mt-1">{entries.length === 1 ? "One field needs attention:" : `${entries.length} fields need attention:`}</p>
              )}
              <ul className="mt-2 list-disc pl-6">
                {entries.map(([path, messages]) => (
                  <li key={path}>
                    {path === "_form" ? (
                      messages.join(" ")
                    ) : (
                      <a href={`#${fieldIds(path).id}`} className="underline">
                        {describeFieldPath(path)}: {messages.join(" ")}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-1">{result.message}</p>
          )}
        </div>
      )}
    </div>
  );
}
