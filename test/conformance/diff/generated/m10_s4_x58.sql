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

-- DropIndex
DROP INDEX "project9_payment6Id_idx";

-- AlterTable
ALTER TABLE "Customer4" DROP COLUMN "order2Id",
ADD COLUMN     "addedField1" INTEGER NOT NULL DEFAULT 7;

-- AlterTable
ALTER TABLE "Shipment5" DROP COLUMN "order2Id";

-- AlterTable
ALTER TABLE "Payment6" DROP COLUMN "order2Id";

-- AlterTable
ALTER TABLE "review7" DROP COLUMN "floatField0",
DROP COLUMN "order2Id",
ADD COLUMN     "floatfield0_col" REAL NOT NULL;

-- DropTable
DROP TABLE "order2";
