-- DropForeignKey
ALTER TABLE "Order2" DROP CONSTRAINT "Order2_invoice1Id_fkey";

-- DropForeignKey
ALTER TABLE "product3" DROP CONSTRAINT "product3_order2Id_fkey";

-- DropForeignKey
ALTER TABLE "customer4" DROP CONSTRAINT "customer4_order2Id_fkey";

-- DropForeignKey
ALTER TABLE "Shipment5" DROP CONSTRAINT "Shipment5_account0Id_fkey";

-- DropForeignKey
ALTER TABLE "Shipment5" DROP CONSTRAINT "Shipment5_profile3Id_fkey";

-- DropForeignKey
ALTER TABLE "Payment6" DROP CONSTRAINT "Payment6_order2Id_fkey";

-- DropForeignKey
ALTER TABLE "task10" DROP CONSTRAINT "task10_order2Id_fkey";

-- DropForeignKey
ALTER TABLE "team12" DROP CONSTRAINT "team12_shipment5Id_fkey";

-- DropForeignKey
ALTER TABLE "Report18" DROP CONSTRAINT "Report18_shipment5Id_fkey";

-- DropForeignKey
ALTER TABLE "account20" DROP CONSTRAINT "account20_device17Id_fkey";

-- DropForeignKey
ALTER TABLE "account20" DROP CONSTRAINT "account20_profile18Id_fkey";

-- DropForeignKey
ALTER TABLE "report38" DROP CONSTRAINT "report38_account20Id_fkey";

-- DropForeignKey
ALTER TABLE "Account40" DROP CONSTRAINT "Account40_account20Id_fkey";

-- DropForeignKey
ALTER TABLE "Product43" DROP CONSTRAINT "Product43_order2Id_fkey";

-- DropForeignKey
ALTER TABLE "Payment46" DROP CONSTRAINT "Payment46_shipment5Id_fkey";

-- DropForeignKey
ALTER TABLE "Task50" DROP CONSTRAINT "Task50_shipment5Id_fkey";

-- DropForeignKey
ALTER TABLE "Document74" DROP CONSTRAINT "Document74_document54Id_fkey";

-- DropForeignKey
ALTER TABLE "Order82" DROP CONSTRAINT "Order82_account20Id_fkey";

-- DropIndex
DROP INDEX "product3_order2Id_idx";

-- DropIndex
DROP INDEX "customer4_order2Id_idx";

-- DropIndex
DROP INDEX "Product43_order2Id_idx";

-- AlterTable
ALTER TABLE "product3" DROP COLUMN "order2Id";

-- AlterTable
ALTER TABLE "customer4" DROP COLUMN "order2Id";

-- AlterTable
ALTER TABLE "Payment6" DROP COLUMN "order2Id";

-- AlterTable
ALTER TABLE "task10" DROP COLUMN "order2Id";

-- AlterTable
ALTER TABLE "Product43" DROP COLUMN "order2Id";

-- AlterTable
ALTER TABLE "Document74" DROP COLUMN "document54Id";

-- DropTable
DROP TABLE "Order2";

-- DropTable
DROP TABLE "Shipment5";

-- DropTable
DROP TABLE "account20";

-- CreateTable
CREATE TABLE "shipment5_table" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "stringField1" UUID NOT NULL,
    "stringField2" TEXT[],
    "bytesField3" BYTEA,
    "bytesField4" BYTEA,
    "stringField5" UUID,
    "jsonField6" JSONB NOT NULL,
    "float_field_7" DOUBLE PRECISION[],
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,
    "profile3Id" INTEGER,

    CONSTRAINT "shipment5_table_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account20" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "stringField1" VARCHAR(255),
    "int_field_2" INTEGER[],
    "booleanField3" BOOLEAN,
    "jsonField4" JSONB NOT NULL,
    "stringField5" TEXT,
    "jsonField6" JSONB,
    "int_field_7" SMALLINT NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device17Id" INTEGER NOT NULL,
    "profile18Id" INTEGER,

    CONSTRAINT "Account20_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "shipment5_table_code_key" ON "shipment5_table"("code");

-- CreateIndex
CREATE UNIQUE INDEX "shipment5_table_profile3Id_key" ON "shipment5_table"("profile3Id");

-- CreateIndex
CREATE INDEX "shipment5_table_account0Id_idx" ON "shipment5_table"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "Account20_code_key" ON "Account20"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Account20_profile18Id_key" ON "Account20"("profile18Id");

-- CreateIndex
CREATE INDEX "Account20_device17Id_idx" ON "Account20"("device17Id");

-- AddForeignKey
ALTER TABLE "shipment5_table" ADD CONSTRAINT "shipment5_table_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment5_table" ADD CONSTRAINT "shipment5_table_profile3Id_fkey" FOREIGN KEY ("profile3Id") REFERENCES "product3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team12" ADD CONSTRAINT "team12_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "shipment5_table"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report18" ADD CONSTRAINT "Report18_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "shipment5_table"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account20" ADD CONSTRAINT "Account20_device17Id_fkey" FOREIGN KEY ("device17Id") REFERENCES "device17"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account20" ADD CONSTRAINT "Account20_profile18Id_fkey" FOREIGN KEY ("profile18Id") REFERENCES "Report18"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report38" ADD CONSTRAINT "report38_account20Id_fkey" FOREIGN KEY ("account20Id") REFERENCES "Account20"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account40" ADD CONSTRAINT "Account40_account20Id_fkey" FOREIGN KEY ("account20Id") REFERENCES "Account20"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment46" ADD CONSTRAINT "Payment46_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "shipment5_table"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task50" ADD CONSTRAINT "Task50_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "shipment5_table"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order82" ADD CONSTRAINT "Order82_account20Id_fkey" FOREIGN KEY ("account20Id") REFERENCES "Account20"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
