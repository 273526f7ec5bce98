-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Status0" ADD VALUE 'EXTRA1';
ALTER TYPE "Status0" ADD VALUE 'EXTRA2';

-- DropForeignKey
ALTER TABLE "Order2" DROP CONSTRAINT "Order2_account0Id_fkey";

-- DropForeignKey
ALTER TABLE "Project9" DROP CONSTRAINT "Project9_order2Id_fkey";

-- DropIndex
DROP INDEX "Project9_order2Id_idx";

-- AlterTable
ALTER TABLE "product3" ADD COLUMN     "addedField3" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "payment6" DROP COLUMN "booleanField1";

-- AlterTable
ALTER TABLE "Project9" DROP COLUMN "order2Id";

-- DropTable
DROP TABLE "Order2";
