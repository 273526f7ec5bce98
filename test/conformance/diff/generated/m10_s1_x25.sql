-- AlterEnum
ALTER TYPE "Status0" ADD VALUE 'EXTRA1';

-- DropIndex
DROP INDEX "Invoice1_account0Id_idx";

-- AlterTable
ALTER TABLE "Order2" ADD COLUMN     "addedField2" TIMESTAMPTZ(3),
ADD COLUMN     "addedField3" VARCHAR(32) NOT NULL DEFAULT 'n/a';
