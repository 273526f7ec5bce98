-- AlterEnum
BEGIN;
CREATE TYPE "Status0_new" AS ENUM ('ACTIVE', 'PENDING');
ALTER TABLE "review7" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "account0" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Invoice1" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "order2" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "product3" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Customer4" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Shipment5" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Payment6" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "ticket8" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "project9" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "account0" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Invoice1" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "order2" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "product3" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Customer4" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Shipment5" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Payment6" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "ticket8" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "project9" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TYPE "Status0" RENAME TO "Status0_old";
ALTER TYPE "Status0_new" RENAME TO "Status0";
DROP TYPE "Status0_old";
ALTER TABLE "account0" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Invoice1" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "order2" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "product3" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Customer4" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Shipment5" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Payment6" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "ticket8" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "project9" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
COMMIT;

-- DropForeignKey
ALTER TABLE "review7" DROP CONSTRAINT "review7_order2Id_fkey";

-- DropForeignKey
ALTER TABLE "project9" DROP CONSTRAINT "project9_payment6Id_fkey";

-- DropForeignKey
ALTER TABLE "_M7_4" DROP CONSTRAINT "_M7_4_A_fkey";

-- DropForeignKey
ALTER TABLE "_M7_4" DROP CONSTRAINT "_M7_4_B_fkey";

-- DropIndex
DROP INDEX "project9_payment6Id_idx";

-- AlterTable
ALTER TABLE "Shipment5" DROP COLUMN "stringField3";

-- AlterTable
ALTER TABLE "project9" DROP COLUMN "payment6Id";

-- DropTable
DROP TABLE "review7";

-- DropTable
DROP TABLE "_M7_4";
