-- DropForeignKey
ALTER TABLE "Contract139" DROP CONSTRAINT "Contract139_task130Id_fkey";

-- DropIndex
DROP INDEX "Contract139_task130Id_idx";

-- DropIndex
DROP INDEX "Document834_customer324Id_idx";

-- AlterTable
ALTER TABLE "Contract139" DROP COLUMN "task130Id";
