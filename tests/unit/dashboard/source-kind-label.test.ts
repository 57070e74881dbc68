// The kind of a source as readers read it: the seed's articles are never called "seed documents".
import { describe, expect, it } from "vitest";
import { sourceKindLabel } from "../../../lib/dashboard/source-kind-label";
import { sourceKinds } from "../../../lib/core/vocabulary";
import { findResearchMarkers } from "../../support/research-markers";

describe("source kind labels", () => {
  it("reads 'article' for a seed document, and no kind reads as a research marker", () => {
    expect(sourceKindLabel("seed_document")).toBe("article");
    expect(sourceKindLabel("trade_press")).toBe("trade press");
    expect(sourceKinds.flatMap((kind) => findResearchMarkers(kind, sourceKindLabel(kind)))).toEqual([]);
  });
});
