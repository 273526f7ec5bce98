-- AlterEnum
BEGIN;
CREATE TYPE "Status0_new" AS ENUM ('ACTIVE', 'ARCHIVED');
ALTER TABLE "Account0" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Invoice1" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "order2" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Product3" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Customer4" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Shipment5" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Payment6" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Review7" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Ticket8" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "project9" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Account0" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Invoice1" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "order2" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Product3" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Customer4" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Shipment5" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Payment6" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Review7" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Ticket8" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "project9" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TYPE "Status0" RENAME TO "Status0_old";
ALTER TYPE "Status0_new" RENAME TO "Status0";
DROP TYPE "Status0_old";
ALTER TABLE "Account0" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Invoice1" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "order2" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Product3" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Customer4" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Shipment5" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Payment6" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Review7" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Ticket8" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "project9" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
COMMIT;

-- AlterTable
ALTER TABLE "Shipment5" ADD COLUMN     "addedField2" VARCHAR(32) NOT NULL DEFAULT 'n/a';

-- AlterTable
ALTER TABLE "Ticket8" ADD COLUMN     "addedField1" BIGINT[];
