-- DropForeignKey
ALTER TABLE "Shipment65" DROP CONSTRAINT "Shipment65_document14Id_fkey";

-- DropIndex
DROP INDEX "Shipment65_document14Id_idx";

-- AlterTable
ALTER TABLE "Shipment65" DROP COLUMN "document14Id";

-- AlterTable
ALTER TABLE "Product83" ALTER COLUMN "intField2" SET DATA TYPE INTEGER;
