-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Status0" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED');

-- CreateTable
CREATE TABLE "account0" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" TEXT,
    "intField1" SMALLINT,
    "booleanField2" BOOLEAN NOT NULL DEFAULT false,
    "datetimeField3" TIMESTAMPTZ(6),
    "stringField4" TEXT NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "account0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice1" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "string_field_1" TEXT NOT NULL,
    "intField2" INTEGER[],
    "bigintField3" BIGINT[],
    "bigintField4" BIGINT NOT NULL,
    "stringField5" TEXT NOT NULL,
    "int_field_6" SMALLINT NOT NULL,
    "stringField7" TEXT,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "Invoice1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order2" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytes_field_0" BYTEA,
    "intField1" SMALLINT,
    "stringField2" TEXT[],
    "datetimeField3" TIMESTAMPTZ(6) NOT NULL,
    "intField4" INTEGER[],
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER,

    CONSTRAINT "order2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product3" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" VARCHAR(255),
    "stringField1" TEXT,
    "bigintField2" BIGINT,
    "decimalField3" DECIMAL(10,2) NOT NULL,
    "int_field_4" INTEGER NOT NULL DEFAULT 0,
    "stringField5" VARCHAR(255) NOT NULL,
    "stringField6" TEXT NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,

    CONSTRAINT "product3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer4" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "intField1" INTEGER[],
    "decimalField2" DECIMAL(65,30)[],
    "intField3" INTEGER[],
    "jsonField4" JSONB,
    "decimal_field_5" DECIMAL(10,2) NOT NULL,
    "intField6" SMALLINT,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER,

    CONSTRAINT "Customer4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment5" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "bigintField1" BIGINT NOT NULL,
    "floatField2" REAL NOT NULL,
    "stringField3" TEXT[],
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER,
    "profile3Id" INTEGER,

    CONSTRAINT "Shipment5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment6" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "jsonField1" JSONB,
    "booleanField2" BOOLEAN NOT NULL DEFAULT false,
    "jsonField3" JSONB,
    "float_field_4" DOUBLE PRECISION[],
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,

    CONSTRAINT "Payment6_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review7" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "intField1" SMALLINT NOT NULL,
    "bytesField2" BYTEA,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,

    CONSTRAINT "review7_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket8" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" INTEGER NOT NULL DEFAULT 0,
    "intField1" SMALLINT NOT NULL,
    "stringField2" TEXT[],
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER,

    CONSTRAINT "ticket8_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project9" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6),
    "booleanField1" BOOLEAN[],
    "decimal_field_2" DECIMAL(10,2) NOT NULL,
    "bytesField3" BYTEA NOT NULL,
    "int_field_4" SMALLINT NOT NULL,
    "stringField5" TEXT NOT NULL,
    "bigint_field_6" BIGINT NOT NULL,
    "booleanField7" BOOLEAN[],
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER NOT NULL,

    CONSTRAINT "project9_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M7_4" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M7_4_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "account0_code_key" ON "account0"("code");

-- CreateIndex
CREATE INDEX "account0_createdAt_idx" ON "account0"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice1_code_key" ON "Invoice1"("code");

-- CreateIndex
CREATE INDEX "Invoice1_account0Id_idx" ON "Invoice1"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice1_code_createdAt_key" ON "Invoice1"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "order2_code_key" ON "order2"("code");

-- CreateIndex
CREATE INDEX "order2_account0Id_idx" ON "order2"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "order2_code_createdAt_key" ON "order2"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "product3_code_key" ON "product3"("code");

-- CreateIndex
CREATE INDEX "product3_invoice1Id_idx" ON "product3"("invoice1Id");

-- CreateIndex
CREATE UNIQUE INDEX "Customer4_code_key" ON "Customer4"("code");

-- CreateIndex
CREATE INDEX "Customer4_createdAt_idx" ON "Customer4"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Customer4_code_createdAt_key" ON "Customer4"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment5_code_key" ON "Shipment5"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment5_profile3Id_key" ON "Shipment5"("profile3Id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment6_code_key" ON "Payment6"("code");

-- CreateIndex
CREATE INDEX "Payment6_order2Id_idx" ON "Payment6"("order2Id");

-- CreateIndex
CREATE UNIQUE INDEX "review7_code_key" ON "review7"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ticket8_code_key" ON "ticket8"("code");

-- CreateIndex
CREATE INDEX "ticket8_shipment5Id_idx" ON "ticket8"("shipment5Id");

-- CreateIndex
CREATE UNIQUE INDEX "project9_code_key" ON "project9"("code");

-- CreateIndex
CREATE INDEX "project9_payment6Id_idx" ON "project9"("payment6Id");

-- CreateIndex
CREATE INDEX "_M7_4_B_index" ON "_M7_4"("B");

-- AddForeignKey
ALTER TABLE "account0" ADD CONSTRAINT "account0_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice1" ADD CONSTRAINT "Invoice1_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order2" ADD CONSTRAINT "order2_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product3" ADD CONSTRAINT "product3_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer4" ADD CONSTRAINT "Customer4_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "order2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment5" ADD CONSTRAINT "Shipment5_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "order2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment5" ADD CONSTRAINT "Shipment5_profile3Id_fkey" FOREIGN KEY ("profile3Id") REFERENCES "product3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment6" ADD CONSTRAINT "Payment6_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "order2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review7" ADD CONSTRAINT "review7_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "order2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket8" ADD CONSTRAINT "ticket8_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "Shipment5"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project9" ADD CONSTRAINT "project9_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "Payment6"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7_4" ADD CONSTRAINT "_M7_4_A_fkey" FOREIGN KEY ("A") REFERENCES "Customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7_4" ADD CONSTRAINT "_M7_4_B_fkey" FOREIGN KEY ("B") REFERENCES "review7"("id") ON DELETE CASCADE ON UPDATE CASCADE;
