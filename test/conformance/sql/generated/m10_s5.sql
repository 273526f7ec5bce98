-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Status0" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Account0" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "boolean_field_0" BOOLEAN NOT NULL DEFAULT false,
    "bytesField1" BYTEA NOT NULL,
    "float_field_2" REAL,
    "floatField3" REAL NOT NULL,
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
    "string_field_0" VARCHAR(255),
    "bigintField1" BIGINT,
    "bigintField2" BIGINT NOT NULL,
    "bytes_field_3" BYTEA NOT NULL,
    "stringField4" VARCHAR(255),
    "stringField5" TEXT[],
    "datetimeField6" TIMESTAMPTZ(6) NOT NULL,
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
    "stringField0" UUID NOT NULL,
    "decimalField1" DECIMAL(10,2),
    "booleanField2" BOOLEAN,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "Order2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product3" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "stringField1" TEXT NOT NULL,
    "datetimeField2" TIMESTAMPTZ(6),
    "bigintField3" BIGINT,
    "booleanField4" BOOLEAN NOT NULL DEFAULT false,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER,

    CONSTRAINT "product3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer4" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "string_field_1" TEXT NOT NULL,
    "datetime_field_2" TIMESTAMPTZ(6)[],
    "bytesField3" BYTEA,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product3Id" INTEGER NOT NULL,

    CONSTRAINT "customer4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment5" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "intField1" INTEGER NOT NULL DEFAULT 0,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "string_field_3" TEXT[],
    "float_field_4" REAL,
    "float_field_5" REAL,
    "datetimeField6" TIMESTAMPTZ(6) NOT NULL,
    "decimalField7" DECIMAL(65,30)[],
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,
    "profile3Id" INTEGER,

    CONSTRAINT "Shipment5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment6" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "booleanField1" BOOLEAN NOT NULL DEFAULT false,
    "decimal_field_2" DECIMAL(10,2),
    "decimalField3" DECIMAL(10,2),
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product3Id" INTEGER,

    CONSTRAINT "payment6_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review7" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "bigintField1" BIGINT,
    "intField2" SMALLINT,
    "bigintField3" BIGINT NOT NULL,
    "stringField4" TEXT[],
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER NOT NULL,

    CONSTRAINT "Review7_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket8" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB,
    "jsonField1" JSONB,
    "floatField2" REAL,
    "stringField3" TEXT[],
    "bigintField4" BIGINT NOT NULL,
    "stringField5" TEXT NOT NULL,
    "decimalField6" DECIMAL(10,2),
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER,

    CONSTRAINT "ticket8_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project9" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN[],
    "booleanField1" BOOLEAN,
    "string_field_2" VARCHAR(255) NOT NULL,
    "decimalField3" DECIMAL(10,2) NOT NULL,
    "jsonField4" JSONB NOT NULL,
    "stringField5" TEXT[],
    "stringField6" TEXT NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,

    CONSTRAINT "Project9_pkey" PRIMARY KEY ("id")
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
CREATE UNIQUE INDEX "Account0_code_createdAt_key" ON "Account0"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice1_code_key" ON "Invoice1"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Order2_code_key" ON "Order2"("code");

-- CreateIndex
CREATE INDEX "Order2_account0Id_idx" ON "Order2"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "Order2_code_createdAt_key" ON "Order2"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "product3_code_key" ON "product3"("code");

-- CreateIndex
CREATE INDEX "product3_createdAt_idx" ON "product3"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "customer4_code_key" ON "customer4"("code");

-- CreateIndex
CREATE INDEX "customer4_product3Id_idx" ON "customer4"("product3Id");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment5_code_key" ON "Shipment5"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment5_profile3Id_key" ON "Shipment5"("profile3Id");

-- CreateIndex
CREATE INDEX "Shipment5_createdAt_idx" ON "Shipment5"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "payment6_code_key" ON "payment6"("code");

-- CreateIndex
CREATE INDEX "payment6_product3Id_idx" ON "payment6"("product3Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review7_code_key" ON "Review7"("code");

-- CreateIndex
CREATE INDEX "Review7_customer4Id_idx" ON "Review7"("customer4Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review7_code_createdAt_key" ON "Review7"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ticket8_code_key" ON "ticket8"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Project9_code_key" ON "Project9"("code");

-- CreateIndex
CREATE INDEX "Project9_order2Id_idx" ON "Project9"("order2Id");

-- CreateIndex
CREATE UNIQUE INDEX "Project9_code_createdAt_key" ON "Project9"("code", "createdAt");

-- CreateIndex
CREATE INDEX "_M7_4_B_index" ON "_M7_4"("B");

-- AddForeignKey
ALTER TABLE "Account0" ADD CONSTRAINT "Account0_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice1" ADD CONSTRAINT "Invoice1_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order2" ADD CONSTRAINT "Order2_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product3" ADD CONSTRAINT "product3_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer4" ADD CONSTRAINT "customer4_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "product3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment5" ADD CONSTRAINT "Shipment5_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment5" ADD CONSTRAINT "Shipment5_profile3Id_fkey" FOREIGN KEY ("profile3Id") REFERENCES "product3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment6" ADD CONSTRAINT "payment6_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "product3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review7" ADD CONSTRAINT "Review7_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "customer4"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket8" ADD CONSTRAINT "ticket8_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project9" ADD CONSTRAINT "Project9_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7_4" ADD CONSTRAINT "_M7_4_A_fkey" FOREIGN KEY ("A") REFERENCES "customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7_4" ADD CONSTRAINT "_M7_4_B_fkey" FOREIGN KEY ("B") REFERENCES "Review7"("id") ON DELETE CASCADE ON UPDATE CASCADE;
