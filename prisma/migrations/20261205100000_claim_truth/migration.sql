-- CreateEnum
CREATE TYPE "claim_scope" AS ENUM ('own', 'related');

-- AlterEnum
ALTER TYPE "confidence" ADD VALUE 'incorrect';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "funding_kind" ADD VALUE 'funding_call';
ALTER TYPE "funding_kind" ADD VALUE 'mobilisation_target';

-- AlterEnum
ALTER TYPE "program_kind" ADD VALUE 'proposal';

-- AlterEnum
ALTER TYPE "value_shape" ADD VALUE 'unstated';

-- AlterTable
ALTER TABLE "capacity_claim" ADD COLUMN     "claim_scope" "claim_scope" NOT NULL DEFAULT 'own',
ADD COLUMN     "editor_note" TEXT,
ADD COLUMN     "withdrawn_note" TEXT,
ADD COLUMN     "withdrawn_on" DATE;

-- AlterTable
ALTER TABLE "funding_claim" ADD COLUMN     "claim_scope" "claim_scope" NOT NULL DEFAULT 'own',
ADD COLUMN     "editor_note" TEXT,
ADD COLUMN     "stated_conversion_amount" DECIMAL(24,2),
ADD COLUMN     "stated_conversion_currency" CHAR(3),
ADD COLUMN     "stated_conversion_source_id" UUID,
ADD COLUMN     "withdrawn_note" TEXT,
ADD COLUMN     "withdrawn_on" DATE;

-- AlterTable
ALTER TABLE "milestone" ADD COLUMN     "editor_note" TEXT;

-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "editor_note" TEXT;

-- AlterTable
ALTER TABLE "participation" ADD COLUMN     "editor_note" TEXT;

-- AlterTable
ALTER TABLE "program" ADD COLUMN     "editor_note" TEXT;

-- AlterTable
ALTER TABLE "source" ADD COLUMN     "editor_note" TEXT;

-- CreateIndex
CREATE INDEX "capacity_claim_claim_scope_idx" ON "capacity_claim"("claim_scope");

-- CreateIndex
CREATE INDEX "funding_claim_stated_conversion_source_id_idx" ON "funding_claim"("stated_conversion_source_id");

-- CreateIndex
CREATE INDEX "funding_claim_claim_scope_idx" ON "funding_claim"("claim_scope");

-- AddForeignKey
ALTER TABLE "funding_claim" ADD CONSTRAINT "funding_claim_stated_conversion_source_id_fkey" FOREIGN KEY ("stated_conversion_source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A claim whose source gives no number (shape 'unstated') stores none; every other shape keeps its
-- value as before. The new enum value is compared as text: PostgreSQL refuses a new enum value in
-- the transaction that added it.
ALTER TABLE "funding_claim" DROP CONSTRAINT "funding_claim_shape";
ALTER TABLE "funding_claim" ADD CONSTRAINT "funding_claim_shape"
  CHECK (
    ("shape"::text = 'range' AND "amount_low" IS NOT NULL AND "amount_high" IS NOT NULL AND "amount_low" <= "amount_high")
    OR ("shape"::text = 'unstated' AND "amount" IS NULL AND "amount_low" IS NULL AND "amount_high" IS NULL)
    OR ("shape"::text NOT IN ('range', 'unstated') AND "amount" IS NOT NULL)
  );
ALTER TABLE "capacity_claim" DROP CONSTRAINT "capacity_claim_shape";
ALTER TABLE "capacity_claim" ADD CONSTRAINT "capacity_claim_shape"
  CHECK (
    ("shape"::text = 'range' AND "value_low" IS NOT NULL AND "value_high" IS NOT NULL AND "value_low" <= "value_high")
    OR ("shape"::text = 'unstated' AND "value" IS NULL AND "value_low" IS NULL AND "value_high" IS NULL)
    OR ("shape"::text NOT IN ('range', 'unstated') AND "value" IS NOT NULL)
  );

-- A source's own conversion is a positive amount in a currency, and says whose it is.
ALTER TABLE "funding_claim" ADD CONSTRAINT "funding_claim_stated_conversion"
  CHECK (
    ("stated_conversion_amount" IS NULL AND "stated_conversion_currency" IS NULL AND "stated_conversion_source_id" IS NULL)
    OR ("stated_conversion_amount" > 0 AND "stated_conversion_currency" ~ '^[A-Z]{3}$' AND "stated_conversion_source_id" IS NOT NULL)
  );

-- A withdrawal note explains a withdrawal: no note without its date.
ALTER TABLE "funding_claim" ADD CONSTRAINT "funding_claim_withdrawn_note"
  CHECK ("withdrawn_note" IS NULL OR "withdrawn_on" IS NOT NULL);
ALTER TABLE "capacity_claim" ADD CONSTRAINT "capacity_claim_withdrawn_note"
  CHECK ("withdrawn_note" IS NULL OR "withdrawn_on" IS NOT NULL);

-- Until now `notes` and `confidence_note` held the research file's notes and were printed to
-- readers. They become editor notes (admin area only); an editor moves back what readers should read.
UPDATE "funding_claim" SET "editor_note" = nullif(concat_ws(E'\n', "confidence_note", "notes"), ''), "notes" = NULL, "confidence_note" = NULL;
UPDATE "capacity_claim" SET "editor_note" = nullif(concat_ws(E'\n', "confidence_note", "notes"), ''), "notes" = NULL, "confidence_note" = NULL;
UPDATE "participation" SET "editor_note" = "notes", "notes" = NULL;
UPDATE "organization" SET "editor_note" = "notes", "notes" = NULL;
