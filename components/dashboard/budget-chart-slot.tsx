import Link from "next/link";
import type { ReactNode } from "react";

/**
 * WHERE THE BUDGET COMPARISON CHART GOES. The overview renders this section; the coordinator passes
 * the compare helper's server-rendered chart as `children`. Until then it links to /compare.
 */
export function BudgetChartSlot({ compareHref, children }: { compareHref: string; children?: ReactNode }) {
  return (
    <section aria-labelledby="budget-comparison" className="mt-10" data-testid="budget-chart-slot">
      <h2 id="budget-comparison" className="text-xl font-bold">Budget comparison</h2>
      {children ?? (
        <p className="mt-2">
          <Link href={compareHref} className="underline">Compare the programs’ money, compute, power and chips</Link>.
        </p>
      )}
    </section>
  );
}
