-- DropForeignKey
ALTER TABLE "Order2" DROP CONSTRAINT "Order2_invoice1Id_fkey";

-- DropIndex
DROP INDEX "payment6_customer4Id_idx";

-- DropTable
DROP TABLE "Order2";
