// A map's rows as the embed's visually hidden table (the same rows as its CSV).
import type { MapModel } from "@/lib/charts/map-model";
import { mapRecords } from "@/lib/charts/map-rows";
import type { EmbedTable } from "./embed-model";

export function mapTable(model: MapModel): EmbedTable {
  return {
    caption: "Each country's programs and the figure the map colours by (never a sum)",
    columns: ["Country or region", "Program", "Figure", "Colour class"],
    rows: mapRecords(model).map((r) => [
      String(r.country),
      String(r.program_name),
      String(r.figure ?? "no figure on this scale"),
      String(r.colour_class ?? ""),
    ]),
  };
}
