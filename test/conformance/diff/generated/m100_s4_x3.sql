-- DropForeignKey
ALTER TABLE "Task50" DROP CONSTRAINT "Task50_order42Id_fkey";

-- AlterTable
ALTER TABLE "Session16" DROP COLUMN "stringField5";

-- AlterTable
ALTER TABLE "Task50" DROP COLUMN "order42Id";

-- CreateIndex
CREATE INDEX "Event35_bigintField2_createdAt_idx" ON "Event35"("bigintField2", "createdAt" DESC);
