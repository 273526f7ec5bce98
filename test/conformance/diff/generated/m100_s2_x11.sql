-- DropIndex
DROP INDEX "Customer44_createdAt_idx";

-- AlterTable
ALTER TABLE "device17" DROP COLUMN "bigintField5";

-- AlterTable
ALTER TABLE "Project89" ALTER COLUMN "decimalField2" SET NOT NULL;
