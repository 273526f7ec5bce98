-- DropForeignKey
ALTER TABLE "Customer4" DROP CONSTRAINT "Customer4_product3Id_fkey";

-- DropIndex
DROP INDEX "Customer4_product3Id_idx";

-- AlterTable
ALTER TABLE "Customer4" DROP COLUMN "product3Id";

-- AlterTable
ALTER TABLE "Shipment85" DROP COLUMN "stringField0";
