-- DropForeignKey
ALTER TABLE "Invoice1" DROP CONSTRAINT "Invoice1_account0Id_fkey";

-- DropForeignKey
ALTER TABLE "Task30" DROP CONSTRAINT "Task30_document14Id_fkey";

-- DropIndex
DROP INDEX "Invoice1_account0Id_idx";

-- DropIndex
DROP INDEX "Member73_code_createdAt_key";

-- AlterTable
ALTER TABLE "Invoice1" DROP COLUMN "account0Id";

-- AlterTable
ALTER TABLE "Task30" DROP COLUMN "document14Id";

-- CreateIndex
CREATE INDEX "device97_stringField5_createdAt_idx" ON "device97"("stringField5", "createdAt" DESC);
