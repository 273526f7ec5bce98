-- AlterEnum
BEGIN;
CREATE TYPE "Status0_new" AS ENUM ('ACTIVE', 'PENDING');
ALTER TABLE "Customer4" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Review7" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Account0" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Invoice1" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Order2" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Product3" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Shipment5" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "payment6" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Ticket8" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "project9" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Account0" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Invoice1" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Order2" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Product3" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "customer4_table" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Shipment5" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "payment6" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "Ticket8" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TABLE "project9" ALTER COLUMN "status" TYPE "Status0_new" USING ("status"::text::"Status0_new");
ALTER TYPE "Status0" RENAME TO "Status0_old";
ALTER TYPE "Status0_new" RENAME TO "Status0";
DROP TYPE "Status0_old";
ALTER TABLE "Account0" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Invoice1" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Order2" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Product3" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Shipment5" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "payment6" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "Ticket8" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
ALTER TABLE "project9" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';
COMMIT;

-- DropForeignKey
ALTER TABLE "Customer4" DROP CONSTRAINT "Customer4_product3Id_fkey";

-- DropForeignKey
ALTER TABLE "Review7" DROP CONSTRAINT "Review7_shipment5Id_fkey";

-- DropForeignKey
ALTER TABLE "project9" DROP CONSTRAINT "project9_review7Id_fkey";

-- DropForeignKey
ALTER TABLE "_M7_4" DROP CONSTRAINT "_M7_4_A_fkey";

-- DropForeignKey
ALTER TABLE "_M7_4" DROP CONSTRAINT "_M7_4_B_fkey";

-- DropIndex
DROP INDEX "project9_review7Id_idx";

-- AlterTable
ALTER TABLE "project9" DROP COLUMN "review7Id";

-- DropTable
DROP TABLE "Customer4";

-- DropTable
DROP TABLE "Review7";

-- DropTable
DROP TABLE "_M7_4";

-- CreateTable
CREATE TABLE "customer4_table" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT[],
    "stringField1" UUID NOT NULL,
    "booleanField2" BOOLEAN NOT NULL DEFAULT false,
    "string_field_3" UUID,
    "json_field_4" JSONB NOT NULL,
    "string_field_5" TEXT[],
    "stringField6" UUID,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product3Id" INTEGER NOT NULL,

    CONSTRAINT "customer4_table_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "customer4_table_code_key" ON "customer4_table"("code");

-- CreateIndex
CREATE INDEX "customer4_table_product3Id_idx" ON "customer4_table"("product3Id");

-- CreateIndex
CREATE UNIQUE INDEX "customer4_table_code_createdAt_key" ON "customer4_table"("code", "createdAt");

-- AddForeignKey
ALTER TABLE "customer4_table" ADD CONSTRAINT "customer4_table_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "Product3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
