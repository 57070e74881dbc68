import { expect, it } from "vitest";
import { describeFieldPath } from "@/lib/forms/field-labels";

it("names the field behind an error path as the form labels it", () => {
  expect(describeFieldPath("fundingClaims.0.amountText")).toBe("Funding claim 1 · amount");
  expect(describeFieldPath("partners.2.organization.slug")).toBe("Partner 3 · organisation · short name");
  expect(describeFieldPath("source.reliabilityNote")).toBe("Source · reliability note");
  expect(describeFieldPath("milestones")).toBe("Milestone");
});
