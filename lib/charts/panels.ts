// Panel titles, axis labels and tick labels: one axis per currency, per compute precision, or per
// capacity metric, so that no axis ever mixes quantities that do not compare.
import { formatMoney } from "@/lib/money";
import { computePrecisions } from "@/lib/core/vocabulary";
import type { CompareParams } from "@/lib/dashboard/compare-params";
import { capacityTickFormatter, precisionLabel } from "./format-quantity";
import { unitOfMetric } from "./capacity-rows";

const currencyNames: Record<string, string> = { USD: "US dollars", EUR: "euros" };

export function panelTitle(params: CompareParams, key: string): { title: string; axisLabel: string } {
  if (params.metric === "money") {
    const name = currencyNames[key] ?? key;
    if (params.currency === "original") return { title: `Stated in ${key}`, axisLabel: `${name}, as stated (not converted)` };
    return { title: `Money in ${name}`, axisLabel: `${name}, converted at annual reference rates` };
  }
  if (params.metric === "compute") {
    const name = precisionLabel(key);
    return { title: `Compute, exaFLOPS (${name})`, axisLabel: `exaFLOPS, ${name}` };
  }
  if (params.metric === "power") return { title: "Power", axisLabel: "electrical power (MW / GW)" };
  return { title: "Accelerators", axisLabel: "number of accelerators (GPUs and other AI chips)" };
}

/** Panels in a fixed order: USD, EUR, then other currencies A–Z; precisions in vocabulary order. */
export function panelOrder(params: CompareParams, keys: readonly string[]): string[] {
  const unique = [...new Set(keys)];
  if (params.metric === "compute") {
    const order: readonly string[] = computePrecisions;
    return unique.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  const rank = (key: string) => (key === "USD" ? 0 : key === "EUR" ? 1 : 2);
  return unique.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function tickFormatter(params: CompareParams, panelKey: string, axisMax: number): (value: number) => string {
  if (params.metric === "money") {
    return (value) => formatMoney({ shape: "exact", amount: String(value), low: null, high: null, currency: panelKey });
  }
  return capacityTickFormatter(unitOfMetric[params.metric], axisMax);
}
