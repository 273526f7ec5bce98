-- DropForeignKey
ALTER TABLE "Customer4" DROP CONSTRAINT "Customer4_order2Id_fkey";

-- DropForeignKey
ALTER TABLE "Review7" DROP CONSTRAINT "Review7_customer4Id_fkey";

-- DropForeignKey
ALTER TABLE "_M7_4" DROP CONSTRAINT "_M7_4_A_fkey";

-- DropForeignKey
ALTER TABLE "_M7_4" DROP CONSTRAINT "_M7_4_B_fkey";

-- DropIndex
DROP INDEX "Review7_customer4Id_idx";

-- AlterTable
ALTER TABLE "Review7" DROP COLUMN "customer4Id";

-- DropTable
DROP TABLE "Customer4";

-- DropTable
DROP TABLE "_M7_4";

-- CreateIndex
CREATE INDEX "project9_floatField0_createdAt_idx" ON "project9"("floatField0", "createdAt" DESC);
