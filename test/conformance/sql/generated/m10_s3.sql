-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Status0" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED');

-- CreateTable
CREATE TABLE "account0" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2) NOT NULL,
    "string_field_1" TEXT NOT NULL,
    "intField2" INTEGER,
    "floatField3" REAL,
    "floatField4" REAL,
    "floatField5" REAL NOT NULL,
    "jsonField6" JSONB NOT NULL,
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
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "intField1" INTEGER,
    "stringField2" TEXT[],
    "decimalField3" DECIMAL(10,2) NOT NULL,
    "stringField4" TEXT[],
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
    "stringField0" VARCHAR(255) NOT NULL,
    "datetimeField1" TIMESTAMPTZ(6),
    "intField2" SMALLINT NOT NULL,
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
    "intField0" INTEGER[],
    "intField1" SMALLINT NOT NULL,
    "bigintField2" BIGINT,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER,

    CONSTRAINT "Product3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer4" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "stringField1" UUID,
    "bytesField2" BYTEA NOT NULL,
    "floatField3" REAL,
    "boolean_field_4" BOOLEAN,
    "float_field_5" REAL,
    "datetime_field_6" TIMESTAMPTZ(6) NOT NULL,
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
    "datetimeField0" TIMESTAMPTZ(6),
    "stringField1" VARCHAR(255) NOT NULL,
    "stringField2" VARCHAR(255),
    "decimalField3" DECIMAL(10,2),
    "bigintField4" BIGINT NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER,
    "profile3Id" INTEGER,

    CONSTRAINT "Shipment5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment6" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" TEXT[],
    "stringField1" VARCHAR(255) NOT NULL,
    "intField2" INTEGER,
    "stringField3" TEXT[],
    "stringField4" TEXT NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER NOT NULL,

    CONSTRAINT "payment6_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review7" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "intField1" INTEGER[],
    "string_field_2" UUID NOT NULL,
    "intField3" INTEGER,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER,

    CONSTRAINT "Review7_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket8" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "floatField1" REAL,
    "intField2" INTEGER[],
    "floatField3" REAL,
    "floatField4" REAL NOT NULL,
    "string_field_5" TEXT NOT NULL,
    "datetimeField6" TIMESTAMPTZ(6)[],
    "bytes_field_7" BYTEA NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "Ticket8_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project9" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN,
    "string_field_1" TEXT,
    "int_field_2" INTEGER NOT NULL DEFAULT 0,
    "stringField3" UUID NOT NULL,
    "float_field_4" REAL NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER NOT NULL,

    CONSTRAINT "Project9_pkey" PRIMARY KEY ("id")
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
CREATE UNIQUE INDEX "Invoice1_code_key" ON "Invoice1"("code");

-- CreateIndex
CREATE INDEX "Invoice1_account0Id_idx" ON "Invoice1"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice1_code_createdAt_key" ON "Invoice1"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Order2_code_key" ON "Order2"("code");

-- CreateIndex
CREATE INDEX "Order2_invoice1Id_idx" ON "Order2"("invoice1Id");

-- CreateIndex
CREATE INDEX "Order2_createdAt_idx" ON "Order2"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Product3_code_key" ON "Product3"("code");

-- CreateIndex
CREATE INDEX "Product3_invoice1Id_idx" ON "Product3"("invoice1Id");

-- CreateIndex
CREATE UNIQUE INDEX "Product3_code_createdAt_key" ON "Product3"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Customer4_code_key" ON "Customer4"("code");

-- CreateIndex
CREATE INDEX "Customer4_product3Id_idx" ON "Customer4"("product3Id");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment5_code_key" ON "Shipment5"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment5_profile3Id_key" ON "Shipment5"("profile3Id");

-- CreateIndex
CREATE UNIQUE INDEX "payment6_code_key" ON "payment6"("code");

-- CreateIndex
CREATE INDEX "payment6_customer4Id_idx" ON "payment6"("customer4Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review7_code_key" ON "Review7"("code");

-- CreateIndex
CREATE INDEX "Review7_account0Id_idx" ON "Review7"("account0Id");

-- CreateIndex
CREATE INDEX "Review7_createdAt_idx" ON "Review7"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Ticket8_code_key" ON "Ticket8"("code");

-- CreateIndex
CREATE INDEX "Ticket8_account0Id_idx" ON "Ticket8"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "Project9_code_key" ON "Project9"("code");

-- CreateIndex
CREATE INDEX "Project9_payment6Id_idx" ON "Project9"("payment6Id");

-- CreateIndex
CREATE INDEX "Project9_createdAt_idx" ON "Project9"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "_M7_4_B_index" ON "_M7_4"("B");

-- AddForeignKey
ALTER TABLE "account0" ADD CONSTRAINT "account0_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice1" ADD CONSTRAINT "Invoice1_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order2" ADD CONSTRAINT "Order2_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product3" ADD CONSTRAINT "Product3_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer4" ADD CONSTRAINT "Customer4_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "Product3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment5" ADD CONSTRAINT "Shipment5_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment5" ADD CONSTRAINT "Shipment5_profile3Id_fkey" FOREIGN KEY ("profile3Id") REFERENCES "Product3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment6" ADD CONSTRAINT "payment6_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "Customer4"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review7" ADD CONSTRAINT "Review7_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket8" ADD CONSTRAINT "Ticket8_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "account0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project9" ADD CONSTRAINT "Project9_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "payment6"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7_4" ADD CONSTRAINT "_M7_4_A_fkey" FOREIGN KEY ("A") REFERENCES "Customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7_4" ADD CONSTRAINT "_M7_4_B_fkey" FOREIGN KEY ("B") REFERENCES "Review7"("id") ON DELETE CASCADE ON UPDATE CASCADE;
