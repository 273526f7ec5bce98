-- DropForeignKey
ALTER TABLE "Account0" DROP CONSTRAINT "Account0_parentId_fkey";

-- DropForeignKey
ALTER TABLE "Invoice1" DROP CONSTRAINT "Invoice1_account0Id_fkey";

-- DropForeignKey
ALTER TABLE "Shipment5" DROP CONSTRAINT "Shipment5_account0Id_fkey";

-- DropForeignKey
ALTER TABLE "Payment6" DROP CONSTRAINT "Payment6_order2Id_fkey";

-- DropForeignKey
ALTER TABLE "Ticket8" DROP CONSTRAINT "Ticket8_account0Id_fkey";

-- AlterTable
ALTER TABLE "project9" DROP COLUMN "datetimeField3";

-- DropTable
DROP TABLE "Account0";

-- DropTable
DROP TABLE "Payment6";

-- CreateTable
CREATE TABLE "account0_table" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(65,30)[],
    "stringField1" UUID,
    "bigintField2" BIGINT,
    "decimalField3" DECIMAL(10,2) NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "account0_table_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment6_table" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT,
    "floatField1" REAL NOT NULL,
    "stringField2" TEXT NOT NULL,
    "string_field_3" TEXT NOT NULL,
    "decimalField4" DECIMAL(10,2) NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,

    CONSTRAINT "payment6_table_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "account0_table_code_key" ON "account0_table"("code");

-- CreateIndex
CREATE UNIQUE INDEX "payment6_table_code_key" ON "payment6_table"("code");

-- AddForeignKey
ALTER TABLE "account0_table" ADD CONSTRAINT "account0_table_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "account0_table"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice1" ADD CONSTRAINT "Invoice1_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "account0_table"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment5" ADD CONSTRAINT "Shipment5_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "account0_table"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment6_table" ADD CONSTRAINT "payment6_table_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "order2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket8" ADD CONSTRAINT "Ticket8_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "account0_table"("id") ON DELETE SET NULL ON UPDATE CASCADE;
