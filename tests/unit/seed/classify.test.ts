import { describe, expect, it } from "vitest";
import { metricOf, precisionOf } from "@/lib/seed/capacity-claims";
import { confidenceFrom, fundingKindFrom, reliabilityFrom } from "@/lib/seed/classify";
import { milestoneStatusOf } from "@/lib/seed/milestones";
import { organizationKind, organizationSlug } from "@/lib/seed/organizations";
import { rolesFrom } from "@/lib/seed/participations";
import { sourceKindOf, sourceLanguageOf } from "@/lib/seed/source-kind";

// lib/seed/classify.ts: the research file's words for a claim's confidence, a budget's kind and a source's reliability.
const classifiers = { confidence: confidenceFrom, "budget kind": fundingKindFrom, reliability: reliabilityFrom };

describe("the research file's words as our vocabulary", () => {
  it.each<[keyof typeof classifiers, string, string]>([
    ["confidence", "verified", "verified"],
    ["confidence", "verified as an ask/estimate, not a budget", "verified"],
    ["confidence", "reported (The Information, citing Altman); not confirmed by companies", "reported"],
    ["confidence", "single secondary source", "reported"],
    ["confidence", "UNVERIFIED – no corroborating source; likely fabricated", "unverified"],
    ["confidence", "UNVERIFIED / false – nothing deployed under ATOM", "unverified"],
    ["confidence", "LOW reliability source; derived total not stated by company", "unverified"],
    ["confidence", "vendor claim", "unverified"],
    ["confidence", "INCORRECT – currency error; correct figure is USD 500bn", "incorrect"],
    ["budget kind", "announced", "pledged"],
    ["budget kind", "committed", "committed"],
    ["budget kind", "appropriated", "appropriated"],
    ["budget kind", "private investment", "private_investment"],
    ["reliability", "primary (cited, not read directly)", "primary"],
    ["reliability", "secondary quoting primary", "secondary"],
    ["reliability", "LOW reliability (mirror site)", "low"],
    ["reliability", "UNRELIABLE framing", "unreliable"],
    ["reliability", "commentary / critical", "secondary"],
  ])("%s: %s → %s", (vocabulary, text, expected) => {
    expect(classifiers[vocabulary](text)).toBe(expected);
  });

  it("refuses a budget kind it does not know", () => {
    expect(() => fundingKindFrom("rumoured")).toThrow(/Unknown budget kind/);
  });
});

describe("sources", () => {
  const web = (publisher: string, reliability = "secondary", url = "https://example.org/a", title = "A page") => ({
    id: "X",
    type: "web" as const,
    title,
    url,
    publisher,
    published: "2025-01-01",
    reliability,
  });

  it("guesses kinds from publisher and reliability", () => {
    expect(sourceKindOf(web("Federal Register / GPO", "primary"))).toBe("official_document");
    expect(sourceKindOf(web("PR Newswire (company release)", "primary (company release)"))).toBe("press_release");
    expect(sourceKindOf(web("FedScoop", "secondary (trade press)"))).toBe("trade_press");
    expect(sourceKindOf(web("Akin Gump", "secondary (law-firm summary)"))).toBe("analysis");
    expect(sourceKindOf(web("Glenn K. Lockwood (personal notes)", "commentary / critical"))).toBe("blog");
    expect(sourceKindOf(web("Fortune"))).toBe("news");
    expect(sourceKindOf(web("WAM (citing European Commission)", "secondary citing primary"))).toBe("news");
  });

  it("marks obviously French, German and Chinese pages", () => {
    expect(sourceLanguageOf(web("Clubic"))).toBe("fr");
    expect(sourceLanguageOf(web("European Investment Bank", "primary", "https://www.eib.org/fr/press/x"))).toBe("fr");
    expect(sourceLanguageOf(web("Der Tagesspiegel"))).toBe("de");
    expect(sourceLanguageOf(web("Fortune"))).toBe("en");
  });
});

describe("organisations and roles", () => {
  it("slugs names without their parenthesis and merges HPE", () => {
    expect(organizationSlug("MGX (Abu Dhabi)")).toBe("mgx");
    expect(organizationSlug("HPE")).toBe("hewlett-packard-enterprise");
    expect(organizationSlug("Hewlett Packard Enterprise")).toBe("hewlett-packard-enterprise");
    expect(organizationSlug("Forschungszentrum Jülich (JAIF, Germany)")).toBe("forschungszentrum-julich");
    expect(organizationSlug("U.S. Department of Energy (DOE)")).toBe("u-s-department-of-energy");
  });

  it("maps kinds, with ATOM's people as individuals", () => {
    expect(organizationKind("17 DOE national laboratories", "lab")).toBe("national_lab");
    expect(organizationKind("XPRIZE", "non-profit")).toBe("non_profit");
    expect(organizationKind("Clément Delangue (Hugging Face CEO)", "company")).toBe("individual");
    expect(organizationKind("Nathan Lambert (Allen Institute for AI / Interconnects)", "lab")).toBe("individual");
    expect(organizationKind("European Commission", "government (EU institutions)")).toBe("government");
  });

  it("reads roles from each part of the role text", () => {
    expect(rolesFrom("Signed Genesis Mission MOU with DOE (non-binding)")).toEqual(["mou_signatory"]);
    expect(rolesFrom("MoU signatory; political sponsor")).toEqual(["mou_signatory"]);
    expect(rolesFrom("Early signatory")).toEqual(["signatory"]);
    expect(rolesFrom("Initiator and author")).toEqual(["lead"]);
    expect(rolesFrom("Initial equity funder; technology partner; builds/leases 4.5 GW")).toEqual([
      "equity_partner",
      "technology_partner",
      "developer",
    ]);
    expect(rolesFrom("AI Factory host (first wave)")).toEqual(["host"]);
    expect(rolesFrom("Key initial technology partner; GB200 supplier")).toEqual(["technology_partner", "supplier"]);
    expect(rolesFrom("Claimed financier (Maklary interview)")).toEqual(["funder"]);
    expect(rolesFrom("Overall coordination via NSTC; finalises challenge list")).toEqual(["coordinator"]);
    expect(rolesFrom("Grid connection")).toEqual(["other"]);
  });
});

describe("capacity units and milestone statuses", () => {
  it("maps units to metrics", () => {
    expect(metricOf("GW")).toEqual({ metric: "power", unit: "MW", factor: 1000 });
    expect(metricOf("MW")).toEqual({ metric: "power", unit: "MW", factor: 1 });
    expect(metricOf("exaFLOPS (AI, low precision)").metric).toBe("compute");
    expect(metricOf("NVIDIA GB200 (approx.)").metric).toBe("accelerators");
    expect(metricOf("advanced AI processors").metric).toBe("accelerators");
    expect(metricOf("laboratories").metric).toBe("sites");
    expect(metricOf("antennas").metric).toBe("facilities");
    expect(metricOf("people (approx.)").metric).toBe("researchers");
    expect(metricOf("jobs").metric).toBe("jobs");
    expect(metricOf("parameters (lower bound)")).toEqual({ metric: "other", unit: "parameters", factor: 1 });
    expect(metricOf("EoIs from 16 Member States (60 sites)").metric).toBe("other");
  });

  it("keeps low-precision AI FLOPS apart", () => {
    expect(precisionOf("compute", "exaFLOPS (AI, low precision)", null)).toBe("mixed_ai");
    expect(precisionOf("compute", "exaFLOPS", "precision not stated")).toBe("unspecified");
    expect(precisionOf("power", "GW", null)).toBeNull();
  });

  it.each([
    ["done", "completed", false],
    ["met late (publicly)", "completed", false],
    ["claimed met late", "completed", false],
    ["pending", "planned", false],
    ["in progress", "in_progress", false],
    ["delayed/unknown", "delayed", false],
    ["cancelled", "cancelled", false],
    ["unknown", "unknown", false],
    ["UNVERIFIED", "unknown", true],
    ["not a real milestone", "unknown", true],
  ])("milestone status %s → %s", (text, status, unverified) => {
    expect(milestoneStatusOf(text)).toEqual({ status, unverified });
  });
});
