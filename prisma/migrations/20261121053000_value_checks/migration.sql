-- Rules Prisma's schema language cannot state, enforced by the database itself so that no
-- writer (form, seed, script or psql) can store a figure that reads wrongly.

-- A source is a web page or a seed document.
ALTER TABLE "source" ADD CONSTRAINT "source_url_or_document"
  CHECK ("url" IS NOT NULL OR "seed_document" IS NOT NULL);
ALTER TABLE "source" ADD CONSTRAINT "source_url_is_http"
  CHECK ("url" IS NULL OR "url" ~ '^https?://');

-- A range has both ends, low <= high; every other shape has its single value. Values are positive.
ALTER TABLE "funding_claim" ADD CONSTRAINT "funding_claim_shape"
  CHECK (
    ("shape" = 'range' AND "amount_low" IS NOT NULL AND "amount_high" IS NOT NULL AND "amount_low" <= "amount_high")
    OR ("shape" <> 'range' AND "amount" IS NOT NULL)
  );
ALTER TABLE "funding_claim" ADD CONSTRAINT "funding_claim_positive"
  CHECK (coalesce("amount", 1) > 0 AND coalesce("amount_low", 1) > 0 AND coalesce("amount_high", 1) > 0);
ALTER TABLE "funding_claim" ADD CONSTRAINT "funding_claim_currency_code"
  CHECK ("currency" ~ '^[A-Z]{3}$');
ALTER TABLE "funding_claim" ADD CONSTRAINT "funding_claim_period_order"
  CHECK ("period_start" IS NULL OR "period_end" IS NULL OR "period_start" <= "period_end");
ALTER TABLE "funding_claim" ADD CONSTRAINT "funding_claim_not_own_parent"
  CHECK ("parent_id" IS DISTINCT FROM "id" AND "supersedes_id" IS DISTINCT FROM "id");

ALTER TABLE "capacity_claim" ADD CONSTRAINT "capacity_claim_shape"
  CHECK (
    ("shape" = 'range' AND "value_low" IS NOT NULL AND "value_high" IS NOT NULL AND "value_low" <= "value_high")
    OR ("shape" <> 'range' AND "value" IS NOT NULL)
  );
ALTER TABLE "capacity_claim" ADD CONSTRAINT "capacity_claim_positive"
  CHECK (coalesce("value", 1) > 0 AND coalesce("value_low", 1) > 0 AND coalesce("value_high", 1) > 0);
ALTER TABLE "capacity_claim" ADD CONSTRAINT "capacity_claim_not_own_parent"
  CHECK ("parent_id" IS DISTINCT FROM "id" AND "supersedes_id" IS DISTINCT FROM "id");

-- A relative deadline counts whole days forward from its anchor.
ALTER TABLE "milestone" ADD CONSTRAINT "milestone_relative_days"
  CHECK ("relative_days" IS NULL OR "relative_days" > 0);
ALTER TABLE "milestone_revision" ADD CONSTRAINT "milestone_revision_relative_days"
  CHECK ("relative_days" IS NULL OR "relative_days" > 0);

ALTER TABLE "exchange_rate" ADD CONSTRAINT "exchange_rate_positive"
  CHECK ("usd_per_unit" > 0 AND "units_per_usd" > 0);
ALTER TABLE "exchange_rate" ADD CONSTRAINT "exchange_rate_currency_code"
  CHECK ("currency" ~ '^[A-Z]{3}$');

ALTER TABLE "program" ADD CONSTRAINT "program_slug_format"
  CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "organization" ADD CONSTRAINT "organization_slug_format"
  CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
