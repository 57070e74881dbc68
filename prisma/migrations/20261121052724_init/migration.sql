-- CreateEnum
CREATE TYPE "program_kind" AS ENUM ('public', 'private', 'public_private');

-- CreateEnum
CREATE TYPE "program_status" AS ENUM ('proposed', 'announced', 'active', 'under_construction', 'operational', 'stalled', 'cancelled');

-- CreateEnum
CREATE TYPE "publication_state" AS ENUM ('draft', 'published');

-- CreateEnum
CREATE TYPE "organization_kind" AS ENUM ('company', 'national_lab', 'university', 'government', 'investor', 'non_profit', 'consortium', 'individual');

-- CreateEnum
CREATE TYPE "participation_role" AS ENUM ('lead', 'equity_partner', 'funder', 'technology_partner', 'developer', 'operator', 'host', 'supplier', 'mou_signatory', 'signatory', 'coordinator', 'member', 'other');

-- CreateEnum
CREATE TYPE "source_kind" AS ENUM ('official_document', 'press_release', 'news', 'trade_press', 'analysis', 'blog', 'dataset', 'seed_document', 'other');

-- CreateEnum
CREATE TYPE "source_reliability" AS ENUM ('primary', 'secondary', 'low', 'unreliable');

-- CreateEnum
CREATE TYPE "confidence" AS ENUM ('verified', 'reported', 'unverified', 'disputed');

-- CreateEnum
CREATE TYPE "value_shape" AS ENUM ('exact', 'approximate', 'at_least', 'up_to', 'range');

-- CreateEnum
CREATE TYPE "funding_kind" AS ENUM ('pledged', 'committed', 'appropriated', 'contracted', 'spent', 'private_investment', 'estimate');

-- CreateEnum
CREATE TYPE "capacity_metric" AS ENUM ('compute', 'power', 'accelerators', 'sites', 'facilities', 'researchers', 'jobs', 'models', 'other');

-- CreateEnum
CREATE TYPE "capacity_kind" AS ENUM ('target', 'operational');

-- CreateEnum
CREATE TYPE "compute_precision" AS ENUM ('fp64', 'fp32', 'fp16', 'fp8', 'fp4', 'mixed_ai', 'unspecified');

-- CreateEnum
CREATE TYPE "date_precision" AS ENUM ('day', 'month', 'quarter', 'half_year', 'year');

-- CreateEnum
CREATE TYPE "milestone_status" AS ENUM ('planned', 'in_progress', 'completed', 'delayed', 'cancelled', 'unknown');

-- CreateEnum
CREATE TYPE "rate_kind" AS ENUM ('annual_average', 'official_peg');

-- CreateEnum
CREATE TYPE "audit_action" AS ENUM ('create', 'update', 'delete', 'restore', 'hard_delete', 'publish', 'unpublish', 'supersede', 'reschedule');

-- CreateEnum
CREATE TYPE "user_role" AS ENUM ('editor', 'admin');

-- CreateTable
CREATE TABLE "program" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(100) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "name_fr" VARCHAR(200),
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "country" VARCHAR(100) NOT NULL,
    "region" VARCHAR(100) NOT NULL,
    "lead_organization_id" UUID,
    "lead_description" TEXT,
    "kind" "program_kind" NOT NULL,
    "status" "program_status" NOT NULL,
    "status_detail" TEXT,
    "status_as_of" DATE,
    "announced_on" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "website" VARCHAR(2048),
    "publication_state" "publication_state" NOT NULL DEFAULT 'draft',
    "published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(100) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "kind" "organization_kind" NOT NULL,
    "country" VARCHAR(100),
    "website" VARCHAR(2048),
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "participation" (
    "id" UUID NOT NULL,
    "program_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "role" "participation_role" NOT NULL,
    "role_detail" TEXT,
    "contribution" TEXT,
    "confidence" "confidence" NOT NULL DEFAULT 'verified',
    "source_id" UUID NOT NULL,
    "announcement_id" UUID,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "participation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source" (
    "id" UUID NOT NULL,
    "ref" VARCHAR(100),
    "kind" "source_kind" NOT NULL,
    "url" VARCHAR(2048),
    "seed_document" VARCHAR(200),
    "title" VARCHAR(500) NOT NULL,
    "publisher" VARCHAR(300) NOT NULL,
    "published_on" DATE,
    "published_precision" "date_precision",
    "published_note" VARCHAR(300),
    "language" VARCHAR(8) NOT NULL DEFAULT 'en',
    "reliability" "source_reliability" NOT NULL,
    "reliability_note" VARCHAR(300),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "announcement" (
    "id" UUID NOT NULL,
    "program_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "summary" TEXT,
    "announced_on" DATE NOT NULL,
    "publication_state" "publication_state" NOT NULL DEFAULT 'draft',
    "published_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "announcement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "funding_claim" (
    "id" UUID NOT NULL,
    "program_id" UUID NOT NULL,
    "label" VARCHAR(300) NOT NULL,
    "shape" "value_shape" NOT NULL,
    "amount" DECIMAL(24,2),
    "amount_low" DECIMAL(24,2),
    "amount_high" DECIMAL(24,2),
    "currency" CHAR(3) NOT NULL,
    "kind" "funding_kind" NOT NULL,
    "as_of" DATE,
    "as_of_precision" "date_precision" NOT NULL DEFAULT 'day',
    "period_start" DATE,
    "period_end" DATE,
    "period_text" VARCHAR(200),
    "scope" VARCHAR(300),
    "quote" TEXT,
    "confidence" "confidence" NOT NULL,
    "confidence_note" VARCHAR(500),
    "notes" TEXT,
    "is_headline" BOOLEAN NOT NULL DEFAULT false,
    "parent_id" UUID,
    "supersedes_id" UUID,
    "source_id" UUID NOT NULL,
    "announcement_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "funding_claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "capacity_claim" (
    "id" UUID NOT NULL,
    "program_id" UUID NOT NULL,
    "label" VARCHAR(300) NOT NULL,
    "metric" "capacity_metric" NOT NULL,
    "unit" VARCHAR(40) NOT NULL,
    "unit_detail" VARCHAR(200),
    "precision" "compute_precision",
    "shape" "value_shape" NOT NULL,
    "value" DECIMAL(24,6),
    "value_low" DECIMAL(24,6),
    "value_high" DECIMAL(24,6),
    "kind" "capacity_kind" NOT NULL,
    "as_of" DATE,
    "as_of_precision" "date_precision" NOT NULL DEFAULT 'day',
    "scope" VARCHAR(300),
    "quote" TEXT,
    "confidence" "confidence" NOT NULL,
    "confidence_note" VARCHAR(500),
    "notes" TEXT,
    "is_headline" BOOLEAN NOT NULL DEFAULT false,
    "parent_id" UUID,
    "supersedes_id" UUID,
    "source_id" UUID NOT NULL,
    "announcement_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "capacity_claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "milestone" (
    "id" UUID NOT NULL,
    "program_id" UUID NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "description" TEXT,
    "due_on" DATE,
    "due_precision" "date_precision" NOT NULL DEFAULT 'day',
    "due_text" VARCHAR(100),
    "relative_days" INTEGER,
    "anchor_on" DATE,
    "anchor_label" VARCHAR(300),
    "status" "milestone_status" NOT NULL,
    "status_detail" TEXT,
    "completed_on" DATE,
    "confidence" "confidence" NOT NULL DEFAULT 'verified',
    "source_id" UUID NOT NULL,
    "announcement_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "milestone_revision" (
    "id" UUID NOT NULL,
    "milestone_id" UUID NOT NULL,
    "due_on" DATE,
    "due_precision" "date_precision" NOT NULL,
    "due_text" VARCHAR(100),
    "relative_days" INTEGER,
    "anchor_on" DATE,
    "reason" TEXT,
    "source_id" UUID NOT NULL,
    "announcement_id" UUID,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "milestone_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exchange_rate" (
    "id" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "year" INTEGER NOT NULL,
    "usd_per_unit" DECIMAL(20,10) NOT NULL,
    "units_per_usd" DECIMAL(20,10) NOT NULL,
    "rate_kind" "rate_kind" NOT NULL DEFAULT 'annual_average',
    "series" VARCHAR(200),
    "note" TEXT,
    "source_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "exchange_rate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" UUID NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "actor_label" VARCHAR(200) NOT NULL,
    "action" "audit_action" NOT NULL,
    "entity_type" VARCHAR(60) NOT NULL,
    "entity_id" VARCHAR(100) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "request_id" VARCHAR(100),

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "email_verified" BOOLEAN NOT NULL DEFAULT false,
    "image" VARCHAR(2048),
    "role" "user_role" NOT NULL DEFAULT 'editor',
    "banned" BOOLEAN NOT NULL DEFAULT false,
    "ban_reason" TEXT,
    "ban_expires" TIMESTAMPTZ(3),
    "two_factor_enabled" BOOLEAN NOT NULL DEFAULT false,
    "failed_logins" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ip_address" VARCHAR(100),
    "user_agent" TEXT,
    "impersonated_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "access_token" TEXT,
    "refresh_token" TEXT,
    "id_token" TEXT,
    "access_token_expires_at" TIMESTAMPTZ(3),
    "refresh_token_expires_at" TIMESTAMPTZ(3),
    "scope" TEXT,
    "password" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "two_factor" (
    "id" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "backup_codes" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,

    CONSTRAINT "two_factor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "last_request" BIGINT NOT NULL,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "program_slug_key" ON "program"("slug");

-- CreateIndex
CREATE INDEX "program_publication_state_deleted_at_idx" ON "program"("publication_state", "deleted_at");

-- CreateIndex
CREATE INDEX "program_region_idx" ON "program"("region");

-- CreateIndex
CREATE INDEX "program_status_idx" ON "program"("status");

-- CreateIndex
CREATE INDEX "program_kind_idx" ON "program"("kind");

-- CreateIndex
CREATE INDEX "program_announced_on_idx" ON "program"("announced_on");

-- CreateIndex
CREATE INDEX "program_lead_organization_id_idx" ON "program"("lead_organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "organization_slug_key" ON "organization"("slug");

-- CreateIndex
CREATE INDEX "organization_kind_idx" ON "organization"("kind");

-- CreateIndex
CREATE INDEX "organization_deleted_at_idx" ON "organization"("deleted_at");

-- CreateIndex
CREATE INDEX "participation_organization_id_idx" ON "participation"("organization_id");

-- CreateIndex
CREATE INDEX "participation_role_idx" ON "participation"("role");

-- CreateIndex
CREATE INDEX "participation_source_id_idx" ON "participation"("source_id");

-- CreateIndex
CREATE INDEX "participation_announcement_id_idx" ON "participation"("announcement_id");

-- CreateIndex
CREATE UNIQUE INDEX "participation_program_id_organization_id_role_key" ON "participation"("program_id", "organization_id", "role");

-- CreateIndex
CREATE UNIQUE INDEX "source_ref_key" ON "source"("ref");

-- CreateIndex
CREATE INDEX "source_url_idx" ON "source"("url");

-- CreateIndex
CREATE INDEX "source_published_on_idx" ON "source"("published_on");

-- CreateIndex
CREATE INDEX "source_reliability_idx" ON "source"("reliability");

-- CreateIndex
CREATE INDEX "announcement_program_id_announced_on_idx" ON "announcement"("program_id", "announced_on");

-- CreateIndex
CREATE INDEX "announcement_publication_state_deleted_at_idx" ON "announcement"("publication_state", "deleted_at");

-- CreateIndex
CREATE INDEX "announcement_source_id_idx" ON "announcement"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "funding_claim_supersedes_id_key" ON "funding_claim"("supersedes_id");

-- CreateIndex
CREATE INDEX "funding_claim_program_id_deleted_at_idx" ON "funding_claim"("program_id", "deleted_at");

-- CreateIndex
CREATE INDEX "funding_claim_kind_idx" ON "funding_claim"("kind");

-- CreateIndex
CREATE INDEX "funding_claim_confidence_idx" ON "funding_claim"("confidence");

-- CreateIndex
CREATE INDEX "funding_claim_currency_idx" ON "funding_claim"("currency");

-- CreateIndex
CREATE INDEX "funding_claim_as_of_idx" ON "funding_claim"("as_of");

-- CreateIndex
CREATE INDEX "funding_claim_is_headline_idx" ON "funding_claim"("is_headline");

-- CreateIndex
CREATE INDEX "funding_claim_parent_id_idx" ON "funding_claim"("parent_id");

-- CreateIndex
CREATE INDEX "funding_claim_source_id_idx" ON "funding_claim"("source_id");

-- CreateIndex
CREATE INDEX "funding_claim_announcement_id_idx" ON "funding_claim"("announcement_id");

-- CreateIndex
CREATE UNIQUE INDEX "capacity_claim_supersedes_id_key" ON "capacity_claim"("supersedes_id");

-- CreateIndex
CREATE INDEX "capacity_claim_program_id_deleted_at_idx" ON "capacity_claim"("program_id", "deleted_at");

-- CreateIndex
CREATE INDEX "capacity_claim_metric_kind_idx" ON "capacity_claim"("metric", "kind");

-- CreateIndex
CREATE INDEX "capacity_claim_confidence_idx" ON "capacity_claim"("confidence");

-- CreateIndex
CREATE INDEX "capacity_claim_as_of_idx" ON "capacity_claim"("as_of");

-- CreateIndex
CREATE INDEX "capacity_claim_is_headline_idx" ON "capacity_claim"("is_headline");

-- CreateIndex
CREATE INDEX "capacity_claim_parent_id_idx" ON "capacity_claim"("parent_id");

-- CreateIndex
CREATE INDEX "capacity_claim_source_id_idx" ON "capacity_claim"("source_id");

-- CreateIndex
CREATE INDEX "capacity_claim_announcement_id_idx" ON "capacity_claim"("announcement_id");

-- CreateIndex
CREATE INDEX "milestone_program_id_deleted_at_idx" ON "milestone"("program_id", "deleted_at");

-- CreateIndex
CREATE INDEX "milestone_due_on_idx" ON "milestone"("due_on");

-- CreateIndex
CREATE INDEX "milestone_status_idx" ON "milestone"("status");

-- CreateIndex
CREATE INDEX "milestone_source_id_idx" ON "milestone"("source_id");

-- CreateIndex
CREATE INDEX "milestone_announcement_id_idx" ON "milestone"("announcement_id");

-- CreateIndex
CREATE INDEX "milestone_revision_milestone_id_recorded_at_idx" ON "milestone_revision"("milestone_id", "recorded_at");

-- CreateIndex
CREATE INDEX "milestone_revision_source_id_idx" ON "milestone_revision"("source_id");

-- CreateIndex
CREATE INDEX "milestone_revision_announcement_id_idx" ON "milestone_revision"("announcement_id");

-- CreateIndex
CREATE INDEX "exchange_rate_source_id_idx" ON "exchange_rate"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "exchange_rate_currency_year_key" ON "exchange_rate"("currency", "year");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_idx" ON "audit_event"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_event_occurred_at_idx" ON "audit_event"("occurred_at");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_idx" ON "audit_event"("actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE INDEX "session_expires_at_idx" ON "session"("expires_at");

-- CreateIndex
CREATE INDEX "account_user_id_idx" ON "account"("user_id");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE INDEX "two_factor_user_id_idx" ON "two_factor"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limit_key_key" ON "rate_limit"("key");

-- AddForeignKey
ALTER TABLE "program" ADD CONSTRAINT "program_lead_organization_id_fkey" FOREIGN KEY ("lead_organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participation" ADD CONSTRAINT "participation_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participation" ADD CONSTRAINT "participation_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participation" ADD CONSTRAINT "participation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participation" ADD CONSTRAINT "participation_announcement_id_fkey" FOREIGN KEY ("announcement_id") REFERENCES "announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "announcement" ADD CONSTRAINT "announcement_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "announcement" ADD CONSTRAINT "announcement_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "funding_claim" ADD CONSTRAINT "funding_claim_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "funding_claim" ADD CONSTRAINT "funding_claim_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "funding_claim" ADD CONSTRAINT "funding_claim_announcement_id_fkey" FOREIGN KEY ("announcement_id") REFERENCES "announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "funding_claim" ADD CONSTRAINT "funding_claim_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "funding_claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "funding_claim" ADD CONSTRAINT "funding_claim_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "funding_claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "capacity_claim" ADD CONSTRAINT "capacity_claim_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "capacity_claim" ADD CONSTRAINT "capacity_claim_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "capacity_claim" ADD CONSTRAINT "capacity_claim_announcement_id_fkey" FOREIGN KEY ("announcement_id") REFERENCES "announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "capacity_claim" ADD CONSTRAINT "capacity_claim_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "capacity_claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "capacity_claim" ADD CONSTRAINT "capacity_claim_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "capacity_claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone" ADD CONSTRAINT "milestone_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone" ADD CONSTRAINT "milestone_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone" ADD CONSTRAINT "milestone_announcement_id_fkey" FOREIGN KEY ("announcement_id") REFERENCES "announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone_revision" ADD CONSTRAINT "milestone_revision_milestone_id_fkey" FOREIGN KEY ("milestone_id") REFERENCES "milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone_revision" ADD CONSTRAINT "milestone_revision_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone_revision" ADD CONSTRAINT "milestone_revision_announcement_id_fkey" FOREIGN KEY ("announcement_id") REFERENCES "announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exchange_rate" ADD CONSTRAINT "exchange_rate_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "two_factor" ADD CONSTRAINT "two_factor_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
