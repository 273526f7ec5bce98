-- DropForeignKey
ALTER TABLE "Ticket8" DROP CONSTRAINT "Ticket8_account0Id_fkey";

-- DropIndex
DROP INDEX "Product3_order2Id_idx";

-- DropIndex
DROP INDEX "Ticket8_account0Id_idx";

-- AlterTable
ALTER TABLE "Invoice1" ADD COLUMN     "addedField1" INTEGER NOT NULL DEFAULT 7;

-- AlterTable
ALTER TABLE "Ticket8" DROP COLUMN "account0Id";
