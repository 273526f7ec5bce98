-- DropIndex
DROP INDEX "product43_createdAt_idx";

-- AlterTable
ALTER TABLE "Account20" ADD COLUMN     "addedField1" TEXT;

-- CreateIndex
CREATE INDEX "Task50_intField2_idx" ON "Task50"("intField2");
