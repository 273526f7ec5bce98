-- DropForeignKey
ALTER TABLE "order2" DROP CONSTRAINT "order2_account0Id_fkey";

-- DropForeignKey
ALTER TABLE "Customer4" DROP CONSTRAINT "Customer4_order2Id_fkey";

-- DropForeignKey
ALTER TABLE "Shipment5" DROP CONSTRAINT "Shipment5_order2Id_fkey";

-- DropForeignKey
ALTER TABLE "Payment6" DROP CONSTRAINT "Payment6_order2Id_fkey";

-- DropForeignKey
ALTER TABLE "review7" DROP CONSTRAINT "review7_order2Id_fkey";

-- DropIndex
DROP INDEX "Payment6_order2Id_idx";

-- AlterTable
ALTER TABLE "Customer4" DROP COLUMN "order2Id";

-- AlterTable
ALTER TABLE "Shipment5" DROP COLUMN "order2Id";

-- AlterTable
ALTER TABLE "Payment6" DROP COLUMN "order2Id",
ALTER COLUMN "booleanField2" DROP NOT NULL;

-- AlterTable
ALTER TABLE "review7" DROP COLUMN "order2Id",
ALTER COLUMN "floatField0" SET DATA TYPE DOUBLE PRECISION;

-- DropTable
DROP TABLE "order2";

-- CreateIndex
CREATE INDEX "product3_stringField5_idx" ON "product3"("stringField5");
