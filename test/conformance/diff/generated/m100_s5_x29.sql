-- DropForeignKey
ALTER TABLE "Payment6" DROP CONSTRAINT "Payment6_product3Id_fkey";

-- DropForeignKey
ALTER TABLE "Team12" DROP CONSTRAINT "Team12_payment6Id_fkey";

-- DropForeignKey
ALTER TABLE "invoice21" DROP CONSTRAINT "invoice21_payment6Id_fkey";

-- DropForeignKey
ALTER TABLE "product43" DROP CONSTRAINT "product43_order42Id_fkey";

-- DropForeignKey
ALTER TABLE "Product83" DROP CONSTRAINT "Product83_device37Id_fkey";

-- DropForeignKey
ALTER TABLE "Shipment85" DROP CONSTRAINT "Shipment85_profile83Id_fkey";

-- DropIndex
DROP INDEX "Team12_payment6Id_idx";

-- DropIndex
DROP INDEX "product43_order42Id_idx";

-- DropIndex
DROP INDEX "Shipment85_profile83Id_key";

-- AlterTable
ALTER TABLE "Team12" DROP COLUMN "payment6Id";

-- AlterTable
ALTER TABLE "invoice21" DROP COLUMN "payment6Id";

-- AlterTable
ALTER TABLE "product43" DROP COLUMN "order42Id";

-- AlterTable
ALTER TABLE "Shipment85" DROP COLUMN "profile83Id";

-- DropTable
DROP TABLE "Payment6";

-- DropTable
DROP TABLE "Product83";

-- CreateIndex
CREATE INDEX "Customer64_stringField4_createdAt_idx" ON "Customer64"("stringField4", "createdAt" DESC);
