-- Two-factor sign-in (issue 6). Written from `npm run db:migration:new`, then edited by hand.
--
-- Every session existing now was made with a password alone; from here on a session exists only
-- after both factors, so they all end (everyone signs in again, and enrols at that sign-in).
-- atlas:approve-destructive: ends one-factor sessions and clears two_factor, which nothing wrote before this release; no claim, source or audit row is touched
DELETE FROM "session";
-- Nothing wrote two_factor before this release; clear it anyway so that the unique index below
-- cannot fail and no row in an older format is ever read as an enrolled authenticator.
DELETE FROM "two_factor";
UPDATE "user" SET "two_factor_enabled" = false WHERE "two_factor_enabled";

-- DropIndex
DROP INDEX "two_factor_user_id_idx";

-- AlterTable
ALTER TABLE "two_factor" ADD COLUMN     "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "last_used_step" INTEGER;

-- CreateTable
CREATE TABLE "pending_sign_in" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "enrol_secret" TEXT,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pending_sign_in_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "pending_sign_in_user_id_idx" ON "pending_sign_in"("user_id");

-- CreateIndex
CREATE INDEX "pending_sign_in_expires_at_idx" ON "pending_sign_in"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "two_factor_user_id_key" ON "two_factor"("user_id");

-- AddForeignKey
ALTER TABLE "pending_sign_in" ADD CONSTRAINT "pending_sign_in_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
