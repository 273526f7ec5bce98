-- DropForeignKey
ALTER TABLE "Payment6" DROP CONSTRAINT "Payment6_order2Id_fkey";

-- DropForeignKey
ALTER TABLE "project9" DROP CONSTRAINT "project9_ticket8Id_fkey";

-- AlterTable
ALTER TABLE "order2" ALTER COLUMN "decimalField1" SET DATA TYPE DECIMAL(6,2);

-- AlterTable
ALTER TABLE "Payment6" DROP COLUMN "order2Id";

-- DropTable
DROP TABLE "project9";
