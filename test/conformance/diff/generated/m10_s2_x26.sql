-- DropForeignKey
ALTER TABLE "Invoice1" DROP CONSTRAINT "Invoice1_account0Id_fkey";

-- DropForeignKey
ALTER TABLE "order2" DROP CONSTRAINT "order2_invoice1Id_fkey";

-- DropIndex
DROP INDEX "order2_invoice1Id_idx";

-- AlterTable
ALTER TABLE "order2" DROP COLUMN "invoice1Id";

-- AlterTable
ALTER TABLE "Product3" DROP COLUMN "intField3",
ADD COLUMN     "intfield3_col" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Payment6" ALTER COLUMN "decimalField4" DROP NOT NULL;

-- DropTable
DROP TABLE "Invoice1";
