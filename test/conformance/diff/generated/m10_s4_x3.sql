-- DropForeignKey
ALTER TABLE "Invoice1" DROP CONSTRAINT "Invoice1_account0Id_fkey";

-- DropForeignKey
ALTER TABLE "product3" DROP CONSTRAINT "product3_invoice1Id_fkey";

-- DropIndex
DROP INDEX "product3_invoice1Id_idx";

-- AlterTable
ALTER TABLE "product3" DROP COLUMN "invoice1Id",
DROP COLUMN "stringField6";

-- DropTable
DROP TABLE "Invoice1";
