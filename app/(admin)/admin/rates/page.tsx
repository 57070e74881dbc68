import { EditFrame, firstParam, type PageParams } from "@/components/admin/edit/edit-frame";
import { RecordForm } from "@/components/admin/edit/record-form";
import { DataTable } from "@/components/ui/data-table";
import { addRate } from "@/lib/actions/exchange-rates";
import { choiceKeysOf } from "@/lib/admin/field-spec";
import { exchangeRateFields } from "@/lib/admin/record-form-fields";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadChoices } from "@/lib/data/admin/choices";
import { listExchangeRates } from "@/lib/data/admin/record-lists";
import { prisma } from "@/lib/db";

export const metadata = { title: "Exchange rates" };

const empty = {
  currency: "",
  year: "",
  direction: "usd_per_unit",
  rate: "",
  rateKind: "annual_average",
  series: "",
  note: "",
  sourceId: "",
  confirmUnusual: "",
};

export default async function RatesPage({ searchParams }: Pick<PageParams, "searchParams">) {
  await requirePageActor("admin");
  const [rates, choices, query] = await Promise.all([
    listExchangeRates(prisma()),
    loadChoices(prisma(), choiceKeysOf(exchangeRateFields)),
    searchParams,
  ]);
  return (
    <EditFrame title="Reference exchange rates" back={{ href: "/admin", label: "Editors' home" }} saved={firstParam(query.saved)}>
      <DataTable
        classNames={{ table: "w-full text-left text-sm", row: "border-t border-slate-300" }}
        caption="Rates by currency and year, both ways round, with the source"
        rows={rates}
        rowKey={(r) => r.id}
        columns={[
          { heading: "Currency", cell: (r) => r.currency, className: "font-normal" },
          { heading: "Year", cell: (r) => r.year },
          { heading: "USD per unit", cell: (r) => r.usdPerUnit.toString() },
          { heading: "Units per USD", cell: (r) => r.unitsPerUsd.toString() },
          { heading: "Source", cell: (r) => r.source.publisher },
        ]}
      />
      <h2 className="mt-8 text-xl font-semibold">Add a rate</h2>
      <RecordForm
        action={addRate}
        fields={exchangeRateFields}
        values={empty}
        choices={choices}
        hidden={{}}
        submitLabel="Add the rate"
        reloadHref="/admin/rates"
        preview="exchangeRate"
      />
    </EditFrame>
  );
}
