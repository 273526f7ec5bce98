-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Status0" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Account0" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "intField1" SMALLINT NOT NULL,
    "boolean_field_2" BOOLEAN NOT NULL DEFAULT false,
    "bytes_field_3" BYTEA,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Account0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice1" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "datetimeField1" TIMESTAMPTZ(6)[],
    "booleanField2" BOOLEAN[],
    "stringField3" TEXT[],
    "stringField4" TEXT[],
    "stringField5" TEXT,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "Invoice1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order2" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "booleanField1" BOOLEAN[],
    "bytesField2" BYTEA NOT NULL,
    "intField3" INTEGER[],
    "stringField4" TEXT NOT NULL,
    "stringField5" UUID NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,

    CONSTRAINT "Order2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product3" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT[],
    "jsonField1" JSONB NOT NULL,
    "bytesField2" BYTEA NOT NULL,
    "booleanField3" BOOLEAN NOT NULL DEFAULT false,
    "stringField4" TEXT[],
    "datetimeField5" TIMESTAMPTZ(6) NOT NULL,
    "floatField6" DOUBLE PRECISION[],
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER,

    CONSTRAINT "Product3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer4" (
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

    CONSTRAINT "Customer4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment5" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "stringField1" TEXT,
    "intField2" INTEGER[],
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,
    "profile3Id" INTEGER,

    CONSTRAINT "Shipment5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment6" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "intField1" SMALLINT NOT NULL,
    "floatField2" REAL NOT NULL,
    "float_field_3" REAL NOT NULL,
    "stringField4" TEXT[],
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "payment6_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review7" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "jsonField1" JSONB NOT NULL,
    "datetimeField2" TIMESTAMPTZ(6),
    "floatField3" REAL NOT NULL,
    "stringField4" TEXT NOT NULL,
    "intField5" SMALLINT NOT NULL,
    "intField6" SMALLINT,
    "float_field_7" REAL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER NOT NULL,

    CONSTRAINT "Review7_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket8" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetime_field_0" TIMESTAMPTZ(6)[],
    "stringField1" UUID NOT NULL,
    "bigintField2" BIGINT NOT NULL,
    "jsonField3" JSONB,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER NOT NULL,

    CONSTRAINT "Ticket8_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project9" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2) NOT NULL,
    "float_field_1" REAL,
    "intField2" INTEGER,
    "datetimeField3" TIMESTAMPTZ(6) NOT NULL,
    "intField4" INTEGER,
    "floatField5" REAL,
    "jsonField6" JSONB,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review7Id" INTEGER NOT NULL,

    CONSTRAINT "project9_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M7_4" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M7_4_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Account0_code_key" ON "Account0"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice1_code_key" ON "Invoice1"("code");

-- CreateIndex
CREATE INDEX "Invoice1_account0Id_idx" ON "Invoice1"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "Order2_code_key" ON "Order2"("code");

-- CreateIndex
CREATE INDEX "Order2_invoice1Id_idx" ON "Order2"("invoice1Id");

-- CreateIndex
CREATE INDEX "Order2_createdAt_idx" ON "Order2"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Product3_code_key" ON "Product3"("code");

-- CreateIndex
CREATE INDEX "Product3_createdAt_idx" ON "Product3"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Customer4_code_key" ON "Customer4"("code");

-- CreateIndex
CREATE INDEX "Customer4_product3Id_idx" ON "Customer4"("product3Id");

-- CreateIndex
CREATE UNIQUE INDEX "Customer4_code_createdAt_key" ON "Customer4"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment5_code_key" ON "Shipment5"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment5_profile3Id_key" ON "Shipment5"("profile3Id");

-- CreateIndex
CREATE INDEX "Shipment5_order2Id_idx" ON "Shipment5"("order2Id");

-- CreateIndex
CREATE INDEX "Shipment5_createdAt_idx" ON "Shipment5"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "payment6_code_key" ON "payment6"("code");

-- CreateIndex
CREATE INDEX "payment6_account0Id_idx" ON "payment6"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review7_code_key" ON "Review7"("code");

-- CreateIndex
CREATE INDEX "Review7_shipment5Id_idx" ON "Review7"("shipment5Id");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket8_code_key" ON "Ticket8"("code");

-- CreateIndex
CREATE INDEX "Ticket8_payment6Id_idx" ON "Ticket8"("payment6Id");

-- CreateIndex
CREATE UNIQUE INDEX "project9_code_key" ON "project9"("code");

-- CreateIndex
CREATE INDEX "project9_review7Id_idx" ON "project9"("review7Id");

-- CreateIndex
CREATE INDEX "project9_createdAt_idx" ON "project9"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "_M7_4_B_index" ON "_M7_4"("B");

-- AddForeignKey
ALTER TABLE "Account0" ADD CONSTRAINT "Account0_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice1" ADD CONSTRAINT "Invoice1_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order2" ADD CONSTRAINT "Order2_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product3" ADD CONSTRAINT "Product3_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer4" ADD CONSTRAINT "Customer4_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "Product3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment5" ADD CONSTRAINT "Shipment5_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment5" ADD CONSTRAINT "Shipment5_profile3Id_fkey" FOREIGN KEY ("profile3Id") REFERENCES "Product3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment6" ADD CONSTRAINT "payment6_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review7" ADD CONSTRAINT "Review7_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "Shipment5"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket8" ADD CONSTRAINT "Ticket8_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "payment6"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project9" ADD CONSTRAINT "project9_review7Id_fkey" FOREIGN KEY ("review7Id") REFERENCES "Review7"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7_4" ADD CONSTRAINT "_M7_4_A_fkey" FOREIGN KEY ("A") REFERENCES "Customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7_4" ADD CONSTRAINT "_M7_4_B_fkey" FOREIGN KEY ("B") REFERENCES "Review7"("id") ON DELETE CASCADE ON UPDATE CASCADE;
