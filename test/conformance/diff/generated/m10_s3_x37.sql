-- AlterEnum
BEGIN;
CREATE TYPE "Status0_new" AS ENUM ('ACTIVE', 'PENDING');
ALTER TABLE "account0" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Invoice1" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Order2" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Product3" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Customer4" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Shipment5" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "payment6" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Review7" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Ticket8" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Project9" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "account0" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Invoice1" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Order2" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Product3" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Customer4" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Shipment5" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "payment6" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Review7" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Ticket8" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Project9" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TYPE "Status0" RENAME TO "Status0_old";
ALTER TYPE "Status0_new" RENAME TO "Status0";
DROP TYPE "Status0_old";
ALTER TABLE "account0" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Invoice1" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Order2" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Product3" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Customer4" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Shipment5" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "payment6" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Review7" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Ticket8" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Project9" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
COMMIT;

-- DropForeignKey
ALTER TABLE "Product3" DROP CONSTRAINT "Product3_invoice1Id_fkey";

-- DropIndex
DROP INDEX "Product3_invoice1Id_idx";

-- AlterTable
ALTER TABLE "Product3" DROP COLUMN "intField1",
DROP COLUMN "invoice1Id";

-- AlterTable
ALTER TABLE "Review7" DROP COLUMN "stringField0";
