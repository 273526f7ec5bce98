-- AlterEnum
BEGIN;
CREATE TYPE "Status0_new" AS ENUM ('ACTIVE', 'ARCHIVED');
ALTER TABLE "account0" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Invoice1" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "order2" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "product3" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Customer4" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Shipment5" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Payment6" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "review7" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "ticket8" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "project9" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "account0" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Invoice1" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "order2" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "product3" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Customer4" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Shipment5" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Payment6" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "review7" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
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
ALTER TABLE "review7" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "ticket8" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "project9" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
COMMIT;

-- DropIndex
DROP INDEX "Payment6_order2Id_idx";

-- CreateIndex
CREATE INDEX "product3_bigintField2_idx" ON "product3"("bigintField2");
