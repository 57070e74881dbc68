// The one guided form per announcement: the source first, then the program (picked or created),
// then whatever the announcement brings — funding and capacity claims, milestones, partners — and
// whether to save it as a draft or publish it. Field paths ("fundingClaims.0.amountText") are the
// form's input names, so each error lands next to its field.
import { z } from "zod";
import { announcementCapacitySchema, announcementFundingSchema } from "./announcement-claims";
import {
  announcementMetaSchema,
  announcementMilestoneSchema,
  announcementPartnerSchema,
  announcementProgramSchema,
  announcementSourceSchema,
} from "./announcement-records";

export const announcementIntents = ["draft", "publish"] as const;

export const announcementLimits = { fundingClaims: 20, capacityClaims: 20, milestones: 30, partners: 30 } as const;

const list = <S extends z.ZodType>(item: S, max: number, noun: string) =>
  z.preprocess((v) => (v === undefined || v === null ? [] : v), z.array(item).max(max, `At most ${max} ${noun} per announcement.`));

type PartnerShape = { role?: unknown; organization?: { mode?: unknown; id?: unknown; slug?: unknown; name?: unknown } };

// The same organisation twice in the same role would break participation's unique key, and two new
// organisations with one slug would be one row: say so next to the field rather than at the database.
// A new organisation listed in two roles is created once.
function checkPartners(partners: unknown, ctx: z.RefinementCtx): void {
  if (!Array.isArray(partners)) return;
  const roles = new Set<string>();
  const newNames = new Map<string, unknown>();
  partners.forEach((partner: PartnerShape | undefined, index) => {
    const organization = partner?.organization;
    if (typeof organization !== "object" || organization === null) return;
    const who = organization.mode === "existing" ? `id:${String(organization.id)}` : `slug:${String(organization.slug)}`;
    if (typeof partner?.role === "string") {
      const key = `${who}|${partner.role}`;
      if (roles.has(key))
        ctx.addIssue({ code: "custom", path: ["partners", index, "role"], message: "This organisation is already listed in this role." });
      roles.add(key);
    }
    if (organization.mode !== "new" || typeof organization.slug !== "string") return;
    const earlier = newNames.get(organization.slug);
    if (earlier !== undefined && earlier !== organization.name) {
      ctx.addIssue({
        code: "custom",
        path: ["partners", index, "organization", "slug"],
        message: "Another new organisation in this form has this short name.",
      });
    }
    newNames.set(organization.slug, organization.name);
  });
}

// A funding item "part of" another item of this announcement must name one that exists, and parts
// must not loop back (a whole that is part of its own part).
function checkParts(claims: unknown, ctx: z.RefinementCtx): void {
  if (!Array.isArray(claims)) return;
  const parentOf = (index: number): number | null => {
    const item = (claims[index] as { parentItem?: unknown } | undefined)?.parentItem;
    return typeof item === "number" ? item : null;
  };
  claims.forEach((_, index) => {
    const parent = parentOf(index);
    if (parent === null) return;
    const path = ["fundingClaims", index, "parentId"];
    if (parent === index || parent >= claims.length) {
      ctx.addIssue({ code: "custom", path, message: "Choose another funding claim of this announcement." });
      return;
    }
    let step: number | null = parent;
    for (let hops = 0; step !== null && hops < claims.length; hops += 1) {
      if (step === index) {
        ctx.addIssue({ code: "custom", path, message: "These figures are parts of each other: one of them must be the whole." });
        return;
      }
      step = parentOf(step);
    }
  });
}

export const announcementSchema = z
  .object({
    intent: z.enum(announcementIntents, { message: "Choose to save a draft or to publish." }),
    source: announcementSourceSchema,
    announcement: announcementMetaSchema,
    program: announcementProgramSchema,
    fundingClaims: list(announcementFundingSchema, announcementLimits.fundingClaims, "funding claims"),
    capacityClaims: list(announcementCapacitySchema, announcementLimits.capacityClaims, "capacity claims"),
    milestones: list(announcementMilestoneSchema, announcementLimits.milestones, "milestones"),
    partners: list(announcementPartnerSchema, announcementLimits.partners, "partners"),
  })
  .superRefine((input, ctx) => {
    checkPartners(input.partners, ctx);
    checkParts(input.fundingClaims, ctx);
    const brings = [input.fundingClaims, input.capacityClaims, input.milestones, input.partners].some(
      (items) => Array.isArray(items) && items.length > 0,
    );
    const program = input.program as { mode?: unknown } | undefined;
    if (!brings && program?.mode === "existing") {
      ctx.addIssue({ code: "custom", path: [], message: "Add at least one funding claim, capacity claim, milestone or partner." });
    }
  });

export type AnnouncementInput = z.output<typeof announcementSchema>;
/** What the form holds before validation (every field as typed). */
export type AnnouncementFormInput = z.input<typeof announcementSchema>;
