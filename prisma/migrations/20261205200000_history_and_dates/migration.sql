-- What happened, and dates as precise as their sources (issue 14, items 7-8 and the data model).
-- Written from `npm run db:migration:new`, then this header edited by hand. Only additions: new
-- enum values (PostgreSQL 12+ allows several per migration), nullable columns and one new table.

-- AlterEnum
ALTER TYPE "date_precision" ADD VALUE 'season';
ALTER TYPE "date_precision" ADD VALUE 'part_of_year';

-- AlterEnum
ALTER TYPE "milestone_status" ADD VALUE 'missed';

-- AlterTable
ALTER TABLE "milestone" ADD COLUMN     "completed_precision" "date_precision" NOT NULL DEFAULT 'day',
ADD COLUMN     "completion_source_id" UUID,
ADD COLUMN     "status_checked_on" DATE;

-- AlterTable
ALTER TABLE "announcement" ADD COLUMN     "editor_note" TEXT;

-- AlterTable
ALTER TABLE "participation" ADD COLUMN     "joined_on" DATE,
ADD COLUMN     "left_on" DATE,
ADD COLUMN     "left_precision" "date_precision" NOT NULL DEFAULT 'day',
ADD COLUMN     "left_source_id" UUID;

-- AlterTable
ALTER TABLE "program" ADD COLUMN     "status_checked_on" DATE;

-- CreateTable
CREATE TABLE "program_status_change" (
    "id" UUID NOT NULL,
    "program_id" UUID NOT NULL,
    "from_status" "program_status",
    "status" "program_status" NOT NULL,
    "detail" TEXT,
    "editor_note" TEXT,
    "effective_on" DATE NOT NULL,
    "effective_precision" "date_precision" NOT NULL DEFAULT 'day',
    "source_id" UUID NOT NULL,
    "announcement_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "program_status_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "program_status_change_program_id_effective_on_idx" ON "program_status_change"("program_id", "effective_on");

-- CreateIndex
CREATE INDEX "program_status_change_source_id_idx" ON "program_status_change"("source_id");

-- CreateIndex
CREATE INDEX "program_status_change_announcement_id_idx" ON "program_status_change"("announcement_id");

-- CreateIndex
CREATE INDEX "milestone_completion_source_id_idx" ON "milestone"("completion_source_id");

-- CreateIndex
CREATE INDEX "participation_left_source_id_idx" ON "participation"("left_source_id");

-- AddForeignKey
ALTER TABLE "participation" ADD CONSTRAINT "participation_left_source_id_fkey" FOREIGN KEY ("left_source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone" ADD CONSTRAINT "milestone_completion_source_id_fkey" FOREIGN KEY ("completion_source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_status_change" ADD CONSTRAINT "program_status_change_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_status_change" ADD CONSTRAINT "program_status_change_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_status_change" ADD CONSTRAINT "program_status_change_announcement_id_fkey" FOREIGN KEY ("announcement_id") REFERENCES "announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;
