-- AlterEnum
BEGIN;
CREATE TYPE "Status0_new" AS ENUM ('ACTIVE', 'PENDING');
ALTER TABLE "Account0" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Invoice1" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Order2" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "product3" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "customer4" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Shipment5" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "payment6" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Review7" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "ticket8" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Project9" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Account0" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Invoice1" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Order2" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "product3" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "customer4" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Shipment5" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "payment6" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Review7" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "ticket8" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Project9" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TYPE "Status0" RENAME TO "Status0_old";
ALTER TYPE "Status0_new" RENAME TO "Status0";
DROP TYPE "Status0_old";
ALTER TABLE "Account0" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Invoice1" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Order2" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "product3" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "customer4" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Shipment5" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "payment6" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Review7" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "ticket8" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Project9" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
COMMIT;

-- AlterTable
ALTER TABLE "Order2" ADD COLUMN     "addedField1" DECIMAL(8,3);

-- AlterTable
ALTER TABLE "Shipment5" ALTER COLUMN "datetimeField2" SET DATA TYPE DATE;
