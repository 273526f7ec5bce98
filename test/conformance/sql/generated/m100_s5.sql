-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Status0" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Status1" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED', 'DELETED');

-- CreateEnum
CREATE TYPE "Status2" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED', 'DELETED', 'DRAFT');

-- CreateEnum
CREATE TYPE "Status3" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED', 'DELETED', 'DRAFT', 'REVIEW');

-- CreateEnum
CREATE TYPE "Status4" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Status5" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED', 'DELETED');

-- CreateEnum
CREATE TYPE "Status6" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED', 'DELETED', 'DRAFT');

-- CreateEnum
CREATE TYPE "Status7" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED', 'DELETED', 'DRAFT', 'REVIEW');

-- CreateEnum
CREATE TYPE "Status8" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Status9" AS ENUM ('ACTIVE', 'PENDING', 'ARCHIVED', 'DELETED');

-- CreateTable
CREATE TABLE "account0" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255),
    "stringField1" TEXT[],
    "stringField2" VARCHAR(255) NOT NULL,
    "intField3" INTEGER NOT NULL DEFAULT 0,
    "stringField4" TEXT,
    "decimal_field_5" DECIMAL(10,2) NOT NULL,
    "stringField6" TEXT[],
    "string_field_7" TEXT NOT NULL,
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
    "datetimeField0" TIMESTAMPTZ(6) NOT NULL,
    "datetime_field_1" TIMESTAMPTZ(6) NOT NULL,
    "stringField2" TEXT,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "Invoice1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order2" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" TEXT,
    "jsonField1" JSONB,
    "booleanField2" BOOLEAN NOT NULL DEFAULT false,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "Order2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product3" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "decimal_field_1" DECIMAL(65,30)[],
    "bytesField2" BYTEA NOT NULL,
    "string_field_3" TEXT NOT NULL,
    "stringField4" TEXT[],
    "decimalField5" DECIMAL(65,30)[],
    "stringField6" TEXT NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER,

    CONSTRAINT "Product3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer4" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "stringField1" TEXT[],
    "stringField2" TEXT[],
    "intField3" INTEGER,
    "datetimeField4" TIMESTAMPTZ(6),
    "floatField5" REAL NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product3Id" INTEGER NOT NULL,

    CONSTRAINT "Customer4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipment5" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "float_field_2" REAL NOT NULL,
    "stringField3" VARCHAR(255) NOT NULL,
    "stringField4" TEXT[],
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,
    "profile3Id" INTEGER,

    CONSTRAINT "shipment5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment6" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "decimal_field_1" DECIMAL(10,2) NOT NULL,
    "json_field_2" JSONB NOT NULL,
    "float_field_3" DOUBLE PRECISION[],
    "intField4" SMALLINT NOT NULL,
    "stringField5" TEXT,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product3Id" INTEGER,

    CONSTRAINT "Payment6_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review7" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "jsonField1" JSONB,
    "stringField2" TEXT NOT NULL,
    "bigintField3" BIGINT,
    "int_field_4" INTEGER NOT NULL DEFAULT 0,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER NOT NULL,

    CONSTRAINT "Review7_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket8" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL,
    "stringField1" TEXT[],
    "string_field_2" TEXT[],
    "intField3" INTEGER NOT NULL DEFAULT 0,
    "stringField4" TEXT[],
    "intField5" SMALLINT NOT NULL,
    "decimal_field_6" DECIMAL(65,30)[],
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER,

    CONSTRAINT "Ticket8_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project9" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "int_field_1" INTEGER[],
    "decimalField2" DECIMAL(10,2) NOT NULL,
    "jsonField3" JSONB NOT NULL,
    "string_field_4" UUID NOT NULL,
    "floatField5" DOUBLE PRECISION[],
    "stringField6" VARCHAR(255) NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,

    CONSTRAINT "Project9_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task10" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "boolean_field_0" BOOLEAN NOT NULL DEFAULT false,
    "bigint_field_1" BIGINT NOT NULL,
    "stringField2" TEXT NOT NULL,
    "intField3" INTEGER NOT NULL DEFAULT 0,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product3Id" INTEGER NOT NULL,
    "profile8Id" INTEGER,

    CONSTRAINT "Task10_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment11" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "stringField1" UUID,
    "int_field_2" INTEGER NOT NULL DEFAULT 0,
    "decimalField3" DECIMAL(10,2) NOT NULL,
    "intField4" INTEGER[],
    "stringField5" TEXT NOT NULL,
    "bytesField6" BYTEA NOT NULL,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Comment11_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team12" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytes_field_0" BYTEA NOT NULL,
    "intField1" INTEGER,
    "stringField2" TEXT NOT NULL,
    "bigintField3" BIGINT[],
    "booleanField4" BOOLEAN NOT NULL DEFAULT false,
    "jsonField5" JSONB NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER,

    CONSTRAINT "Team12_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member13" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "intField1" SMALLINT NOT NULL,
    "floatField2" REAL NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER,

    CONSTRAINT "Member13_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document14" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" SMALLINT NOT NULL,
    "string_field_1" UUID NOT NULL,
    "stringField2" VARCHAR(255) NOT NULL,
    "floatField3" REAL,
    "datetimeField4" TIMESTAMPTZ(6) NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project9Id" INTEGER NOT NULL,

    CONSTRAINT "Document14_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event15" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "stringField1" TEXT,
    "stringField2" TEXT NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER,
    "profile13Id" INTEGER,

    CONSTRAINT "event15_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session16" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2) NOT NULL,
    "floatField1" REAL NOT NULL,
    "stringField2" UUID NOT NULL,
    "decimal_field_3" DECIMAL(10,2) NOT NULL,
    "floatField4" REAL NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event15Id" INTEGER NOT NULL,

    CONSTRAINT "session16_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device17" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT[],
    "intField1" INTEGER,
    "intField2" SMALLINT,
    "stringField3" UUID NOT NULL,
    "stringField4" UUID NOT NULL,
    "jsonField5" JSONB NOT NULL,
    "float_field_6" REAL,
    "intField7" INTEGER[],
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER,

    CONSTRAINT "Device17_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report18" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER,
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "float_field_2" REAL NOT NULL,
    "datetimeField3" TIMESTAMPTZ(6) NOT NULL,
    "stringField4" VARCHAR(255),
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment11Id" INTEGER NOT NULL,

    CONSTRAINT "Report18_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract19" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "stringField1" UUID NOT NULL,
    "stringField2" TEXT[],
    "datetimeField3" TIMESTAMPTZ(6) NOT NULL,
    "booleanField4" BOOLEAN NOT NULL DEFAULT false,
    "string_field_5" TEXT NOT NULL,
    "bigintField6" BIGINT[],
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member13Id" INTEGER NOT NULL,

    CONSTRAINT "Contract19_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account20" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "intField1" SMALLINT,
    "bytesField2" BYTEA NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document14Id" INTEGER,
    "profile18Id" INTEGER,

    CONSTRAINT "Account20_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice21" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" DOUBLE PRECISION[],
    "jsonField1" JSONB,
    "stringField2" UUID NOT NULL,
    "datetimeField3" TIMESTAMPTZ(6),
    "stringField4" TEXT,
    "stringField5" TEXT NOT NULL,
    "stringField6" UUID,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER,

    CONSTRAINT "invoice21_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order22" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "stringField1" TEXT[],
    "floatField2" DOUBLE PRECISION[],
    "intField3" INTEGER,
    "string_field_4" TEXT,
    "string_field_5" VARCHAR(255) NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document14Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "order22_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product23" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "bytesField1" BYTEA,
    "string_field_2" TEXT[],
    "booleanField3" BOOLEAN NOT NULL DEFAULT false,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER NOT NULL,

    CONSTRAINT "Product23_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer24" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "stringField1" VARCHAR(255) NOT NULL,
    "stringField2" TEXT NOT NULL,
    "bigintField3" BIGINT NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment11Id" INTEGER NOT NULL,

    CONSTRAINT "Customer24_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipment25" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "stringField1" TEXT NOT NULL,
    "bigintField2" BIGINT NOT NULL,
    "jsonField3" JSONB NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER,
    "profile23Id" INTEGER,

    CONSTRAINT "shipment25_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment26" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "decimalField1" DECIMAL(65,30)[],
    "bytesField2" BYTEA NOT NULL,
    "bytes_field_3" BYTEA,
    "stringField4" TEXT[],
    "stringField5" UUID NOT NULL,
    "floatField6" REAL NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER NOT NULL,

    CONSTRAINT "Payment26_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review27" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "string_field_1" TEXT[],
    "floatField2" REAL NOT NULL,
    "bytes_field_3" BYTEA NOT NULL,
    "stringField4" TEXT[],
    "stringField5" TEXT[],
    "intField6" INTEGER NOT NULL DEFAULT 0,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project9Id" INTEGER NOT NULL,

    CONSTRAINT "Review27_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket28" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigint_field_0" BIGINT NOT NULL,
    "booleanField1" BOOLEAN[],
    "boolean_field_2" BOOLEAN NOT NULL DEFAULT false,
    "intField3" INTEGER NOT NULL DEFAULT 0,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,

    CONSTRAINT "ticket28_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project29" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6)[],
    "stringField1" VARCHAR(255) NOT NULL,
    "stringField2" TEXT[],
    "jsonField3" JSONB NOT NULL,
    "floatField4" DOUBLE PRECISION[],
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event15Id" INTEGER,

    CONSTRAINT "Project29_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task30" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "stringField1" TEXT,
    "floatField2" REAL NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "contract19Id" INTEGER NOT NULL,
    "profile28Id" INTEGER,

    CONSTRAINT "Task30_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment31" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigint_field_0" BIGINT,
    "jsonField1" JSONB NOT NULL,
    "string_field_2" TEXT[],
    "json_field_3" JSONB,
    "float_field_4" REAL NOT NULL,
    "stringField5" TEXT[],
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product23Id" INTEGER NOT NULL,

    CONSTRAINT "comment31_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team32" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetime_field_0" TIMESTAMPTZ(6) NOT NULL,
    "string_field_1" TEXT[],
    "stringField2" TEXT,
    "intField3" INTEGER NOT NULL DEFAULT 0,
    "bytesField4" BYTEA NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment26Id" INTEGER,

    CONSTRAINT "Team32_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member33" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN[],
    "intField1" INTEGER NOT NULL DEFAULT 0,
    "booleanField2" BOOLEAN NOT NULL DEFAULT false,
    "stringField3" TEXT NOT NULL,
    "bytes_field_4" BYTEA NOT NULL,
    "stringField5" UUID NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment31Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Member33_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document34" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" UUID NOT NULL,
    "floatField1" REAL,
    "booleanField2" BOOLEAN,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER NOT NULL,

    CONSTRAINT "Document34_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event35" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN,
    "datetimeField1" TIMESTAMPTZ(6)[],
    "intField2" SMALLINT NOT NULL,
    "jsonField3" JSONB NOT NULL,
    "stringField4" VARCHAR(255) NOT NULL,
    "floatField5" REAL NOT NULL,
    "intField6" SMALLINT,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review27Id" INTEGER NOT NULL,
    "profile33Id" INTEGER,

    CONSTRAINT "Event35_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session36" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6) NOT NULL,
    "stringField1" VARCHAR(255) NOT NULL,
    "stringField2" TEXT,
    "bigintField3" BIGINT,
    "intField4" INTEGER[],
    "bytesField5" BYTEA NOT NULL,
    "stringField6" VARCHAR(255),
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "report18Id" INTEGER,

    CONSTRAINT "Session36_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device37" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "bytesField1" BYTEA,
    "string_field_2" TEXT[],
    "datetimeField3" TIMESTAMPTZ(6)[],
    "json_field_4" JSONB NOT NULL,
    "floatField5" REAL NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member33Id" INTEGER NOT NULL,

    CONSTRAINT "Device37_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report38" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "bytes_field_1" BYTEA NOT NULL,
    "bytesField2" BYTEA,
    "booleanField3" BOOLEAN NOT NULL DEFAULT false,
    "json_field_4" JSONB,
    "stringField5" UUID,
    "int_field_6" SMALLINT,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account20Id" INTEGER NOT NULL,

    CONSTRAINT "Report38_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract39" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "intField1" SMALLINT,
    "int_field_2" INTEGER[],
    "bigintField3" BIGINT NOT NULL,
    "decimal_field_4" DECIMAL(65,30)[],
    "string_field_5" TEXT[],
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project9Id" INTEGER,

    CONSTRAINT "Contract39_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account40" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "jsonField2" JSONB NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment31Id" INTEGER NOT NULL,
    "profile38Id" INTEGER,

    CONSTRAINT "Account40_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice41" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER,
    "booleanField1" BOOLEAN,
    "bytesField2" BYTEA NOT NULL,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device17Id" INTEGER NOT NULL,

    CONSTRAINT "Invoice41_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order42" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB,
    "datetime_field_1" TIMESTAMPTZ(6) NOT NULL,
    "boolean_field_2" BOOLEAN[],
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product23Id" INTEGER,

    CONSTRAINT "order42_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product43" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" TEXT,
    "bytesField1" BYTEA,
    "float_field_2" REAL NOT NULL,
    "string_field_3" TEXT NOT NULL,
    "string_field_4" TEXT[],
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order42Id" INTEGER,

    CONSTRAINT "product43_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer44" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN,
    "jsonField1" JSONB,
    "stringField2" TEXT[],
    "string_field_3" TEXT NOT NULL,
    "boolean_field_4" BOOLEAN NOT NULL DEFAULT false,
    "jsonField5" JSONB,
    "intField6" SMALLINT,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order42Id" INTEGER,
    "parentId" INTEGER,

    CONSTRAINT "customer44_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment45" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "stringField1" TEXT NOT NULL,
    "string_field_2" UUID NOT NULL,
    "stringField3" TEXT[],
    "booleanField4" BOOLEAN,
    "bytesField5" BYTEA,
    "float_field_6" REAL NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer44Id" INTEGER NOT NULL,
    "profile43Id" INTEGER,

    CONSTRAINT "Shipment45_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment46" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimal_field_0" DECIMAL(10,2) NOT NULL,
    "stringField1" TEXT NOT NULL,
    "intField2" INTEGER[],
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device37Id" INTEGER NOT NULL,

    CONSTRAINT "payment46_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review47" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT,
    "booleanField1" BOOLEAN NOT NULL DEFAULT false,
    "stringField2" VARCHAR(255),
    "decimalField3" DECIMAL(65,30)[],
    "booleanField4" BOOLEAN,
    "string_field_5" VARCHAR(255),
    "floatField6" REAL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session16Id" INTEGER NOT NULL,

    CONSTRAINT "Review47_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket48" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "stringField1" TEXT,
    "floatField2" REAL,
    "datetimeField3" TIMESTAMPTZ(6)[],
    "bytesField4" BYTEA,
    "datetime_field_5" TIMESTAMPTZ(6) NOT NULL,
    "decimalField6" DECIMAL(10,2) NOT NULL,
    "decimalField7" DECIMAL(65,30)[],
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team32Id" INTEGER NOT NULL,

    CONSTRAINT "Ticket48_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project49" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytes_field_0" BYTEA NOT NULL,
    "stringField1" TEXT NOT NULL,
    "floatField2" REAL NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice41Id" INTEGER NOT NULL,

    CONSTRAINT "Project49_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task50" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "bytesField1" BYTEA,
    "intField2" SMALLINT NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment11Id" INTEGER NOT NULL,
    "profile48Id" INTEGER,

    CONSTRAINT "Task50_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment51" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "boolean_field_1" BOOLEAN NOT NULL DEFAULT false,
    "string_field_2" TEXT[],
    "string_field_3" UUID NOT NULL,
    "decimalField4" DECIMAL(65,30)[],
    "decimalField5" DECIMAL(65,30)[],
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product23Id" INTEGER NOT NULL,

    CONSTRAINT "Comment51_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team52" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6)[],
    "datetime_field_1" TIMESTAMPTZ(6) NOT NULL,
    "decimalField2" DECIMAL(10,2) NOT NULL,
    "bytesField3" BYTEA,
    "booleanField4" BOOLEAN,
    "stringField5" TEXT NOT NULL,
    "string_field_6" TEXT[],
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task10Id" INTEGER,

    CONSTRAINT "Team52_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member53" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "float_field_1" DOUBLE PRECISION[],
    "stringField2" VARCHAR(255),
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task30Id" INTEGER,

    CONSTRAINT "Member53_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document54" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT NOT NULL,
    "floatField1" DOUBLE PRECISION[],
    "jsonField2" JSONB,
    "intField3" INTEGER,
    "bytes_field_4" BYTEA NOT NULL,
    "booleanField5" BOOLEAN NOT NULL DEFAULT false,
    "stringField6" TEXT[],
    "string_field_7" TEXT,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment46Id" INTEGER NOT NULL,

    CONSTRAINT "Document54_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event55" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "bigintField1" BIGINT NOT NULL,
    "bigintField2" BIGINT NOT NULL,
    "bytesField3" BYTEA,
    "decimalField4" DECIMAL(10,2),
    "decimalField5" DECIMAL(10,2),
    "boolean_field_6" BOOLEAN[],
    "floatField7" DOUBLE PRECISION[],
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device37Id" INTEGER NOT NULL,
    "profile53Id" INTEGER,
    "parentId" INTEGER,

    CONSTRAINT "event55_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session56" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "json_field_1" JSONB,
    "bytesField2" BYTEA,
    "bigintField3" BIGINT,
    "stringField4" UUID NOT NULL,
    "jsonField5" JSONB NOT NULL,
    "string_field_6" TEXT NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event35Id" INTEGER NOT NULL,

    CONSTRAINT "Session56_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device57" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL,
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "booleanField2" BOOLEAN NOT NULL DEFAULT false,
    "string_field_3" TEXT,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER,

    CONSTRAINT "device57_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report58" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "intField1" INTEGER,
    "decimal_field_2" DECIMAL(10,2),
    "decimal_field_3" DECIMAL(10,2),
    "decimalField4" DECIMAL(10,2) NOT NULL,
    "intField5" SMALLINT,
    "booleanField6" BOOLEAN,
    "stringField7" TEXT[],
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice41Id" INTEGER,

    CONSTRAINT "Report58_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contract59" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "stringField1" VARCHAR(255),
    "float_field_2" REAL NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment45Id" INTEGER,

    CONSTRAINT "contract59_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account60" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetime_field_0" TIMESTAMPTZ(6) NOT NULL,
    "stringField1" TEXT,
    "intField2" INTEGER[],
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task10Id" INTEGER,
    "profile58Id" INTEGER,

    CONSTRAINT "account60_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice61" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN[],
    "datetimeField1" TIMESTAMPTZ(6)[],
    "stringField2" TEXT,
    "bigint_field_3" BIGINT NOT NULL,
    "intField4" SMALLINT,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment11Id" INTEGER NOT NULL,

    CONSTRAINT "invoice61_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order62" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimal_field_0" DECIMAL(10,2),
    "bytesField1" BYTEA,
    "stringField2" TEXT NOT NULL,
    "stringField3" TEXT[],
    "intField4" INTEGER NOT NULL DEFAULT 0,
    "datetime_field_5" TIMESTAMPTZ(6)[],
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project29Id" INTEGER NOT NULL,

    CONSTRAINT "order62_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product63" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "jsonField1" JSONB NOT NULL,
    "string_field_2" UUID,
    "bigint_field_3" BIGINT,
    "string_field_4" VARCHAR(255) NOT NULL,
    "stringField5" VARCHAR(255),
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device37Id" INTEGER,

    CONSTRAINT "Product63_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer64" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID,
    "decimal_field_1" DECIMAL(10,2) NOT NULL,
    "string_field_2" TEXT NOT NULL,
    "bytes_field_3" BYTEA,
    "stringField4" TEXT NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "Customer64_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment65" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID,
    "stringField1" TEXT,
    "floatField2" REAL NOT NULL,
    "decimalField3" DECIMAL(10,2) NOT NULL,
    "decimalField4" DECIMAL(10,2) NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document14Id" INTEGER NOT NULL,
    "profile63Id" INTEGER,

    CONSTRAINT "Shipment65_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment66" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "stringField1" TEXT,
    "bytes_field_2" BYTEA,
    "stringField3" TEXT NOT NULL,
    "intField4" INTEGER,
    "datetime_field_5" TIMESTAMPTZ(6)[],
    "bytesField6" BYTEA NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Payment66_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review67" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER,
    "jsonField1" JSONB NOT NULL,
    "intField2" INTEGER NOT NULL DEFAULT 0,
    "datetime_field_3" TIMESTAMPTZ(6),
    "intField4" INTEGER NOT NULL DEFAULT 0,
    "jsonField5" JSONB NOT NULL,
    "bytesField6" BYTEA NOT NULL,
    "stringField7" TEXT NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment65Id" INTEGER NOT NULL,

    CONSTRAINT "Review67_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket68" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2),
    "stringField1" TEXT NOT NULL,
    "stringField2" UUID NOT NULL,
    "jsonField3" JSONB,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment45Id" INTEGER NOT NULL,

    CONSTRAINT "ticket68_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project69" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "jsonField1" JSONB,
    "decimal_field_2" DECIMAL(10,2),
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket68Id" INTEGER NOT NULL,

    CONSTRAINT "project69_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task70" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6) NOT NULL,
    "stringField1" TEXT,
    "intField2" INTEGER,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket48Id" INTEGER NOT NULL,
    "profile68Id" INTEGER,

    CONSTRAINT "Task70_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment71" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT,
    "datetime_field_1" TIMESTAMPTZ(6) NOT NULL,
    "intField2" INTEGER,
    "floatField3" DOUBLE PRECISION[],
    "stringField4" TEXT[],
    "stringField5" TEXT[],
    "bytesField6" BYTEA,
    "stringField7" TEXT[],
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment11Id" INTEGER NOT NULL,

    CONSTRAINT "Comment71_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team72" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "bytesField2" BYTEA NOT NULL,
    "stringField3" UUID NOT NULL,
    "intField4" INTEGER[],
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member13Id" INTEGER NOT NULL,

    CONSTRAINT "Team72_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member73" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(65,30)[],
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "bigintField2" BIGINT NOT NULL,
    "stringField3" TEXT NOT NULL,
    "jsonField4" JSONB,
    "stringField5" UUID NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice41Id" INTEGER NOT NULL,

    CONSTRAINT "Member73_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document74" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "stringField1" UUID NOT NULL,
    "decimalField2" DECIMAL(10,2) NOT NULL,
    "stringField3" UUID NOT NULL,
    "stringField4" TEXT[],
    "jsonField5" JSONB,
    "stringField6" TEXT[],
    "json_field_7" JSONB,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event55Id" INTEGER NOT NULL,

    CONSTRAINT "Document74_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event75" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "intField1" SMALLINT,
    "intField2" INTEGER NOT NULL DEFAULT 0,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket48Id" INTEGER NOT NULL,
    "profile73Id" INTEGER,

    CONSTRAINT "Event75_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session76" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT[],
    "bigint_field_1" BIGINT[],
    "stringField2" TEXT NOT NULL,
    "intField3" SMALLINT NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member33Id" INTEGER NOT NULL,

    CONSTRAINT "Session76_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device77" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN[],
    "boolean_field_1" BOOLEAN,
    "json_field_2" JSONB NOT NULL,
    "intField3" SMALLINT NOT NULL,
    "intField4" INTEGER,
    "stringField5" TEXT NOT NULL,
    "jsonField6" JSONB,
    "stringField7" TEXT,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member53Id" INTEGER,
    "parentId" INTEGER,

    CONSTRAINT "device77_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report78" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255),
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "jsonField2" JSONB NOT NULL,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session36Id" INTEGER,

    CONSTRAINT "Report78_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contract79" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "int_field_1" INTEGER[],
    "booleanField2" BOOLEAN NOT NULL DEFAULT false,
    "float_field_3" REAL NOT NULL,
    "intField4" INTEGER[],
    "jsonField5" JSONB,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session56Id" INTEGER,

    CONSTRAINT "contract79_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account80" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6)[],
    "jsonField1" JSONB,
    "intField2" INTEGER,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task50Id" INTEGER,
    "profile78Id" INTEGER,

    CONSTRAINT "Account80_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice81" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" TEXT,
    "datetimeField1" TIMESTAMPTZ(6),
    "floatField2" REAL NOT NULL,
    "decimalField3" DECIMAL(10,2) NOT NULL,
    "stringField4" VARCHAR(255) NOT NULL,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment31Id" INTEGER NOT NULL,

    CONSTRAINT "invoice81_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order82" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "floatField1" REAL NOT NULL,
    "jsonField2" JSONB,
    "stringField3" TEXT[],
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document34Id" INTEGER NOT NULL,

    CONSTRAINT "Order82_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product83" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "bigint_field_1" BIGINT NOT NULL,
    "intField2" SMALLINT,
    "jsonField3" JSONB NOT NULL,
    "bigintField4" BIGINT,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device37Id" INTEGER NOT NULL,

    CONSTRAINT "Product83_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer84" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "intField1" INTEGER NOT NULL DEFAULT 0,
    "stringField2" VARCHAR(255),
    "stringField3" TEXT NOT NULL,
    "floatField4" DOUBLE PRECISION[],
    "stringField5" TEXT[],
    "bigintField6" BIGINT NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device77Id" INTEGER NOT NULL,

    CONSTRAINT "Customer84_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment85" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "intField1" SMALLINT,
    "stringField2" TEXT NOT NULL,
    "stringField3" TEXT[],
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session16Id" INTEGER NOT NULL,
    "profile83Id" INTEGER,

    CONSTRAINT "Shipment85_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment86" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT NOT NULL,
    "booleanField1" BOOLEAN[],
    "string_field_2" TEXT[],
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "report78Id" INTEGER,

    CONSTRAINT "Payment86_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review87" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6) NOT NULL,
    "bytes_field_1" BYTEA NOT NULL,
    "stringField2" UUID NOT NULL,
    "bytesField3" BYTEA,
    "stringField4" UUID NOT NULL,
    "jsonField5" JSONB,
    "jsonField6" JSONB NOT NULL,
    "intField7" INTEGER NOT NULL DEFAULT 0,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer44Id" INTEGER NOT NULL,

    CONSTRAINT "Review87_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket88" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6)[],
    "stringField1" TEXT[],
    "datetimeField2" TIMESTAMPTZ(6)[],
    "bigintField3" BIGINT,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session16Id" INTEGER,
    "parentId" INTEGER,

    CONSTRAINT "Ticket88_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project89" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "string_field_1" TEXT NOT NULL,
    "stringField2" TEXT[],
    "datetimeField3" TIMESTAMPTZ(6) NOT NULL,
    "stringField4" TEXT[],
    "stringField5" TEXT[],
    "bigint_field_6" BIGINT,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review87Id" INTEGER NOT NULL,

    CONSTRAINT "Project89_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task90" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "bytesField1" BYTEA NOT NULL,
    "stringField2" TEXT NOT NULL,
    "float_field_3" REAL NOT NULL,
    "stringField4" UUID NOT NULL,
    "jsonField5" JSONB,
    "int_field_6" SMALLINT NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,
    "profile88Id" INTEGER,

    CONSTRAINT "Task90_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment91" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "decimal_field_1" DECIMAL(10,2),
    "stringField2" TEXT[],
    "json_field_3" JSONB,
    "stringField4" TEXT[],
    "stringField5" TEXT NOT NULL,
    "string_field_6" TEXT[],
    "bigintField7" BIGINT[],
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket88Id" INTEGER NOT NULL,

    CONSTRAINT "Comment91_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team92" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimal_field_0" DECIMAL(65,30)[],
    "bytesField1" BYTEA NOT NULL,
    "bytes_field_2" BYTEA NOT NULL,
    "stringField3" TEXT[],
    "bigintField4" BIGINT,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project49Id" INTEGER NOT NULL,

    CONSTRAINT "Team92_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member93" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" TEXT NOT NULL,
    "stringField1" TEXT NOT NULL,
    "boolean_field_2" BOOLEAN NOT NULL DEFAULT false,
    "decimalField3" DECIMAL(65,30)[],
    "bigintField4" BIGINT[],
    "bigintField5" BIGINT NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment25Id" INTEGER NOT NULL,

    CONSTRAINT "Member93_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document94" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" SMALLINT,
    "floatField1" DOUBLE PRECISION[],
    "datetimeField2" TIMESTAMPTZ(6),
    "datetime_field_3" TIMESTAMPTZ(6) NOT NULL,
    "decimal_field_4" DECIMAL(10,2) NOT NULL,
    "stringField5" VARCHAR(255),
    "decimalField6" DECIMAL(65,30)[],
    "decimalField7" DECIMAL(10,2) NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER NOT NULL,

    CONSTRAINT "Document94_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event95" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "stringField1" TEXT NOT NULL,
    "stringField2" VARCHAR(255) NOT NULL,
    "stringField3" VARCHAR(255) NOT NULL,
    "stringField4" TEXT NOT NULL,
    "bytesField5" BYTEA NOT NULL,
    "intField6" SMALLINT NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event55Id" INTEGER NOT NULL,
    "profile93Id" INTEGER,

    CONSTRAINT "event95_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session96" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" TEXT NOT NULL,
    "datetimeField1" TIMESTAMPTZ(6)[],
    "stringField2" VARCHAR(255),
    "decimal_field_3" DECIMAL(10,2) NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "contract39Id" INTEGER,

    CONSTRAINT "Session96_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device97" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "intField1" SMALLINT NOT NULL,
    "stringField2" TEXT,
    "intField3" INTEGER,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product63Id" INTEGER NOT NULL,

    CONSTRAINT "Device97_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report98" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "string_field_1" UUID,
    "jsonField2" JSONB,
    "stringField3" UUID NOT NULL,
    "decimal_field_4" DECIMAL(10,2) NOT NULL,
    "stringField5" TEXT,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document74Id" INTEGER NOT NULL,

    CONSTRAINT "Report98_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract99" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB,
    "int_field_1" INTEGER[],
    "stringField2" TEXT,
    "jsonField3" JSONB,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project29Id" INTEGER,
    "parentId" INTEGER,

    CONSTRAINT "Contract99_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M7_4" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M7_4_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_M14_11" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M14_11_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_M21_18" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M21_18_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_M28_25" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M28_25_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_M35_32" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M35_32_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_M42_39" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M42_39_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_M49_46" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M49_46_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_M56_53" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M56_53_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_M63_60" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M63_60_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_M70_67" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M70_67_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_M77_74" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M77_74_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_M84_81" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M84_81_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_M91_88" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M91_88_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_M98_95" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M98_95_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "account0_code_key" ON "account0"("code");

-- CreateIndex
CREATE UNIQUE INDEX "account0_code_createdAt_key" ON "account0"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice1_code_key" ON "Invoice1"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Order2_code_key" ON "Order2"("code");

-- CreateIndex
CREATE INDEX "Order2_account0Id_idx" ON "Order2"("account0Id");

-- CreateIndex
CREATE INDEX "Order2_createdAt_idx" ON "Order2"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Product3_code_key" ON "Product3"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Customer4_code_key" ON "Customer4"("code");

-- CreateIndex
CREATE INDEX "Customer4_product3Id_idx" ON "Customer4"("product3Id");

-- CreateIndex
CREATE INDEX "Customer4_createdAt_idx" ON "Customer4"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "shipment5_code_key" ON "shipment5"("code");

-- CreateIndex
CREATE UNIQUE INDEX "shipment5_profile3Id_key" ON "shipment5"("profile3Id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment6_code_key" ON "Payment6"("code");

-- CreateIndex
CREATE INDEX "Payment6_product3Id_idx" ON "Payment6"("product3Id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment6_code_createdAt_key" ON "Payment6"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Review7_code_key" ON "Review7"("code");

-- CreateIndex
CREATE INDEX "Review7_customer4Id_idx" ON "Review7"("customer4Id");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket8_code_key" ON "Ticket8"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket8_code_createdAt_key" ON "Ticket8"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Project9_code_key" ON "Project9"("code");

-- CreateIndex
CREATE INDEX "Project9_order2Id_idx" ON "Project9"("order2Id");

-- CreateIndex
CREATE UNIQUE INDEX "Project9_code_createdAt_key" ON "Project9"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Task10_code_key" ON "Task10"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task10_profile8Id_key" ON "Task10"("profile8Id");

-- CreateIndex
CREATE INDEX "Task10_product3Id_idx" ON "Task10"("product3Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment11_code_key" ON "Comment11"("code");

-- CreateIndex
CREATE INDEX "Comment11_order2Id_idx" ON "Comment11"("order2Id");

-- CreateIndex
CREATE UNIQUE INDEX "Team12_code_key" ON "Team12"("code");

-- CreateIndex
CREATE INDEX "Team12_payment6Id_idx" ON "Team12"("payment6Id");

-- CreateIndex
CREATE UNIQUE INDEX "Member13_code_key" ON "Member13"("code");

-- CreateIndex
CREATE INDEX "Member13_order2Id_idx" ON "Member13"("order2Id");

-- CreateIndex
CREATE INDEX "Member13_createdAt_idx" ON "Member13"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Document14_code_key" ON "Document14"("code");

-- CreateIndex
CREATE INDEX "Document14_project9Id_idx" ON "Document14"("project9Id");

-- CreateIndex
CREATE UNIQUE INDEX "event15_code_key" ON "event15"("code");

-- CreateIndex
CREATE UNIQUE INDEX "event15_profile13Id_key" ON "event15"("profile13Id");

-- CreateIndex
CREATE UNIQUE INDEX "session16_code_key" ON "session16"("code");

-- CreateIndex
CREATE INDEX "session16_event15Id_idx" ON "session16"("event15Id");

-- CreateIndex
CREATE UNIQUE INDEX "session16_code_createdAt_key" ON "session16"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Device17_code_key" ON "Device17"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Device17_code_createdAt_key" ON "Device17"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Report18_code_key" ON "Report18"("code");

-- CreateIndex
CREATE INDEX "Report18_comment11Id_idx" ON "Report18"("comment11Id");

-- CreateIndex
CREATE UNIQUE INDEX "Contract19_code_key" ON "Contract19"("code");

-- CreateIndex
CREATE INDEX "Contract19_createdAt_idx" ON "Contract19"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Account20_code_key" ON "Account20"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Account20_profile18Id_key" ON "Account20"("profile18Id");

-- CreateIndex
CREATE INDEX "Account20_document14Id_idx" ON "Account20"("document14Id");

-- CreateIndex
CREATE INDEX "Account20_createdAt_idx" ON "Account20"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Account20_code_createdAt_key" ON "Account20"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "invoice21_code_key" ON "invoice21"("code");

-- CreateIndex
CREATE UNIQUE INDEX "invoice21_code_createdAt_key" ON "invoice21"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "order22_code_key" ON "order22"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Product23_code_key" ON "Product23"("code");

-- CreateIndex
CREATE INDEX "Product23_ticket8Id_idx" ON "Product23"("ticket8Id");

-- CreateIndex
CREATE UNIQUE INDEX "Customer24_code_key" ON "Customer24"("code");

-- CreateIndex
CREATE INDEX "Customer24_comment11Id_idx" ON "Customer24"("comment11Id");

-- CreateIndex
CREATE UNIQUE INDEX "shipment25_code_key" ON "shipment25"("code");

-- CreateIndex
CREATE UNIQUE INDEX "shipment25_profile23Id_key" ON "shipment25"("profile23Id");

-- CreateIndex
CREATE INDEX "shipment25_order2Id_idx" ON "shipment25"("order2Id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment26_code_key" ON "Payment26"("code");

-- CreateIndex
CREATE INDEX "Payment26_customer4Id_idx" ON "Payment26"("customer4Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review27_code_key" ON "Review27"("code");

-- CreateIndex
CREATE INDEX "Review27_project9Id_idx" ON "Review27"("project9Id");

-- CreateIndex
CREATE INDEX "Review27_createdAt_idx" ON "Review27"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Review27_code_createdAt_key" ON "Review27"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ticket28_code_key" ON "ticket28"("code");

-- CreateIndex
CREATE INDEX "ticket28_order2Id_idx" ON "ticket28"("order2Id");

-- CreateIndex
CREATE UNIQUE INDEX "Project29_code_key" ON "Project29"("code");

-- CreateIndex
CREATE INDEX "Project29_event15Id_idx" ON "Project29"("event15Id");

-- CreateIndex
CREATE UNIQUE INDEX "Task30_code_key" ON "Task30"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task30_profile28Id_key" ON "Task30"("profile28Id");

-- CreateIndex
CREATE INDEX "Task30_contract19Id_idx" ON "Task30"("contract19Id");

-- CreateIndex
CREATE UNIQUE INDEX "Task30_code_createdAt_key" ON "Task30"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "comment31_code_key" ON "comment31"("code");

-- CreateIndex
CREATE INDEX "comment31_product23Id_idx" ON "comment31"("product23Id");

-- CreateIndex
CREATE INDEX "comment31_createdAt_idx" ON "comment31"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Team32_code_key" ON "Team32"("code");

-- CreateIndex
CREATE INDEX "Team32_payment26Id_idx" ON "Team32"("payment26Id");

-- CreateIndex
CREATE UNIQUE INDEX "Team32_code_createdAt_key" ON "Team32"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Member33_code_key" ON "Member33"("code");

-- CreateIndex
CREATE INDEX "Member33_comment31Id_idx" ON "Member33"("comment31Id");

-- CreateIndex
CREATE UNIQUE INDEX "Document34_code_key" ON "Document34"("code");

-- CreateIndex
CREATE INDEX "Document34_ticket8Id_idx" ON "Document34"("ticket8Id");

-- CreateIndex
CREATE INDEX "Document34_createdAt_idx" ON "Document34"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Document34_code_createdAt_key" ON "Document34"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Event35_code_key" ON "Event35"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event35_profile33Id_key" ON "Event35"("profile33Id");

-- CreateIndex
CREATE UNIQUE INDEX "Event35_code_createdAt_key" ON "Event35"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Session36_code_key" ON "Session36"("code");

-- CreateIndex
CREATE INDEX "Session36_createdAt_idx" ON "Session36"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Device37_code_key" ON "Device37"("code");

-- CreateIndex
CREATE INDEX "Device37_member33Id_idx" ON "Device37"("member33Id");

-- CreateIndex
CREATE UNIQUE INDEX "Report38_code_key" ON "Report38"("code");

-- CreateIndex
CREATE INDEX "Report38_account20Id_idx" ON "Report38"("account20Id");

-- CreateIndex
CREATE UNIQUE INDEX "Contract39_code_key" ON "Contract39"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Account40_code_key" ON "Account40"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Account40_profile38Id_key" ON "Account40"("profile38Id");

-- CreateIndex
CREATE INDEX "Account40_comment31Id_idx" ON "Account40"("comment31Id");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice41_code_key" ON "Invoice41"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice41_code_createdAt_key" ON "Invoice41"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "order42_code_key" ON "order42"("code");

-- CreateIndex
CREATE INDEX "order42_product23Id_idx" ON "order42"("product23Id");

-- CreateIndex
CREATE UNIQUE INDEX "product43_code_key" ON "product43"("code");

-- CreateIndex
CREATE INDEX "product43_order42Id_idx" ON "product43"("order42Id");

-- CreateIndex
CREATE INDEX "product43_createdAt_idx" ON "product43"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "customer44_code_key" ON "customer44"("code");

-- CreateIndex
CREATE INDEX "customer44_order42Id_idx" ON "customer44"("order42Id");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment45_code_key" ON "Shipment45"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment45_profile43Id_key" ON "Shipment45"("profile43Id");

-- CreateIndex
CREATE INDEX "Shipment45_customer44Id_idx" ON "Shipment45"("customer44Id");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment45_code_createdAt_key" ON "Shipment45"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "payment46_code_key" ON "payment46"("code");

-- CreateIndex
CREATE INDEX "payment46_device37Id_idx" ON "payment46"("device37Id");

-- CreateIndex
CREATE UNIQUE INDEX "payment46_code_createdAt_key" ON "payment46"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Review47_code_key" ON "Review47"("code");

-- CreateIndex
CREATE INDEX "Review47_session16Id_idx" ON "Review47"("session16Id");

-- CreateIndex
CREATE INDEX "Review47_createdAt_idx" ON "Review47"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Ticket48_code_key" ON "Ticket48"("code");

-- CreateIndex
CREATE INDEX "Ticket48_team32Id_idx" ON "Ticket48"("team32Id");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket48_code_createdAt_key" ON "Ticket48"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Project49_code_key" ON "Project49"("code");

-- CreateIndex
CREATE INDEX "Project49_invoice41Id_idx" ON "Project49"("invoice41Id");

-- CreateIndex
CREATE INDEX "Project49_createdAt_idx" ON "Project49"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Task50_code_key" ON "Task50"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task50_profile48Id_key" ON "Task50"("profile48Id");

-- CreateIndex
CREATE INDEX "Task50_comment11Id_idx" ON "Task50"("comment11Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment51_code_key" ON "Comment51"("code");

-- CreateIndex
CREATE INDEX "Comment51_product23Id_idx" ON "Comment51"("product23Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment51_code_createdAt_key" ON "Comment51"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Team52_code_key" ON "Team52"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Team52_code_createdAt_key" ON "Team52"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Member53_code_key" ON "Member53"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Document54_code_key" ON "Document54"("code");

-- CreateIndex
CREATE UNIQUE INDEX "event55_code_key" ON "event55"("code");

-- CreateIndex
CREATE UNIQUE INDEX "event55_profile53Id_key" ON "event55"("profile53Id");

-- CreateIndex
CREATE INDEX "event55_device37Id_idx" ON "event55"("device37Id");

-- CreateIndex
CREATE UNIQUE INDEX "event55_code_createdAt_key" ON "event55"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Session56_code_key" ON "Session56"("code");

-- CreateIndex
CREATE INDEX "Session56_event35Id_idx" ON "Session56"("event35Id");

-- CreateIndex
CREATE UNIQUE INDEX "device57_code_key" ON "device57"("code");

-- CreateIndex
CREATE INDEX "device57_invoice1Id_idx" ON "device57"("invoice1Id");

-- CreateIndex
CREATE UNIQUE INDEX "Report58_code_key" ON "Report58"("code");

-- CreateIndex
CREATE INDEX "Report58_invoice41Id_idx" ON "Report58"("invoice41Id");

-- CreateIndex
CREATE UNIQUE INDEX "Report58_code_createdAt_key" ON "Report58"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "contract59_code_key" ON "contract59"("code");

-- CreateIndex
CREATE UNIQUE INDEX "account60_code_key" ON "account60"("code");

-- CreateIndex
CREATE UNIQUE INDEX "account60_profile58Id_key" ON "account60"("profile58Id");

-- CreateIndex
CREATE INDEX "account60_task10Id_idx" ON "account60"("task10Id");

-- CreateIndex
CREATE UNIQUE INDEX "account60_code_createdAt_key" ON "account60"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "invoice61_code_key" ON "invoice61"("code");

-- CreateIndex
CREATE INDEX "invoice61_comment11Id_idx" ON "invoice61"("comment11Id");

-- CreateIndex
CREATE UNIQUE INDEX "order62_code_key" ON "order62"("code");

-- CreateIndex
CREATE INDEX "order62_project29Id_idx" ON "order62"("project29Id");

-- CreateIndex
CREATE INDEX "order62_createdAt_idx" ON "order62"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Product63_code_key" ON "Product63"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Product63_code_createdAt_key" ON "Product63"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Customer64_code_key" ON "Customer64"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment65_code_key" ON "Shipment65"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment65_profile63Id_key" ON "Shipment65"("profile63Id");

-- CreateIndex
CREATE INDEX "Shipment65_document14Id_idx" ON "Shipment65"("document14Id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment66_code_key" ON "Payment66"("code");

-- CreateIndex
CREATE INDEX "Payment66_customer4Id_idx" ON "Payment66"("customer4Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review67_code_key" ON "Review67"("code");

-- CreateIndex
CREATE INDEX "Review67_shipment65Id_idx" ON "Review67"("shipment65Id");

-- CreateIndex
CREATE UNIQUE INDEX "ticket68_code_key" ON "ticket68"("code");

-- CreateIndex
CREATE INDEX "ticket68_shipment45Id_idx" ON "ticket68"("shipment45Id");

-- CreateIndex
CREATE UNIQUE INDEX "project69_code_key" ON "project69"("code");

-- CreateIndex
CREATE INDEX "project69_ticket68Id_idx" ON "project69"("ticket68Id");

-- CreateIndex
CREATE UNIQUE INDEX "Task70_code_key" ON "Task70"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task70_profile68Id_key" ON "Task70"("profile68Id");

-- CreateIndex
CREATE UNIQUE INDEX "Task70_code_createdAt_key" ON "Task70"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Comment71_code_key" ON "Comment71"("code");

-- CreateIndex
CREATE INDEX "Comment71_comment11Id_idx" ON "Comment71"("comment11Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment71_code_createdAt_key" ON "Comment71"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Team72_code_key" ON "Team72"("code");

-- CreateIndex
CREATE INDEX "Team72_member13Id_idx" ON "Team72"("member13Id");

-- CreateIndex
CREATE UNIQUE INDEX "Member73_code_key" ON "Member73"("code");

-- CreateIndex
CREATE INDEX "Member73_invoice41Id_idx" ON "Member73"("invoice41Id");

-- CreateIndex
CREATE UNIQUE INDEX "Member73_code_createdAt_key" ON "Member73"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Document74_code_key" ON "Document74"("code");

-- CreateIndex
CREATE INDEX "Document74_event55Id_idx" ON "Document74"("event55Id");

-- CreateIndex
CREATE UNIQUE INDEX "Event75_code_key" ON "Event75"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event75_profile73Id_key" ON "Event75"("profile73Id");

-- CreateIndex
CREATE INDEX "Event75_ticket48Id_idx" ON "Event75"("ticket48Id");

-- CreateIndex
CREATE UNIQUE INDEX "Event75_code_createdAt_key" ON "Event75"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Session76_code_key" ON "Session76"("code");

-- CreateIndex
CREATE INDEX "Session76_member33Id_idx" ON "Session76"("member33Id");

-- CreateIndex
CREATE INDEX "Session76_createdAt_idx" ON "Session76"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "device77_code_key" ON "device77"("code");

-- CreateIndex
CREATE INDEX "device77_member53Id_idx" ON "device77"("member53Id");

-- CreateIndex
CREATE UNIQUE INDEX "Report78_code_key" ON "Report78"("code");

-- CreateIndex
CREATE INDEX "Report78_session36Id_idx" ON "Report78"("session36Id");

-- CreateIndex
CREATE UNIQUE INDEX "contract79_code_key" ON "contract79"("code");

-- CreateIndex
CREATE INDEX "contract79_createdAt_idx" ON "contract79"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Account80_code_key" ON "Account80"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Account80_profile78Id_key" ON "Account80"("profile78Id");

-- CreateIndex
CREATE INDEX "Account80_task50Id_idx" ON "Account80"("task50Id");

-- CreateIndex
CREATE INDEX "Account80_createdAt_idx" ON "Account80"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Account80_code_createdAt_key" ON "Account80"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "invoice81_code_key" ON "invoice81"("code");

-- CreateIndex
CREATE INDEX "invoice81_comment31Id_idx" ON "invoice81"("comment31Id");

-- CreateIndex
CREATE UNIQUE INDEX "Order82_code_key" ON "Order82"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Product83_code_key" ON "Product83"("code");

-- CreateIndex
CREATE INDEX "Product83_device37Id_idx" ON "Product83"("device37Id");

-- CreateIndex
CREATE UNIQUE INDEX "Customer84_code_key" ON "Customer84"("code");

-- CreateIndex
CREATE INDEX "Customer84_device77Id_idx" ON "Customer84"("device77Id");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment85_code_key" ON "Shipment85"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment85_profile83Id_key" ON "Shipment85"("profile83Id");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment85_code_createdAt_key" ON "Shipment85"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payment86_code_key" ON "Payment86"("code");

-- CreateIndex
CREATE INDEX "Payment86_report78Id_idx" ON "Payment86"("report78Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review87_code_key" ON "Review87"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket88_code_key" ON "Ticket88"("code");

-- CreateIndex
CREATE INDEX "Ticket88_session16Id_idx" ON "Ticket88"("session16Id");

-- CreateIndex
CREATE INDEX "Ticket88_createdAt_idx" ON "Ticket88"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Ticket88_code_createdAt_key" ON "Ticket88"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Project89_code_key" ON "Project89"("code");

-- CreateIndex
CREATE INDEX "Project89_review87Id_idx" ON "Project89"("review87Id");

-- CreateIndex
CREATE UNIQUE INDEX "Task90_code_key" ON "Task90"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task90_profile88Id_key" ON "Task90"("profile88Id");

-- CreateIndex
CREATE INDEX "Task90_invoice1Id_idx" ON "Task90"("invoice1Id");

-- CreateIndex
CREATE INDEX "Task90_createdAt_idx" ON "Task90"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Comment91_code_key" ON "Comment91"("code");

-- CreateIndex
CREATE INDEX "Comment91_ticket88Id_idx" ON "Comment91"("ticket88Id");

-- CreateIndex
CREATE UNIQUE INDEX "Team92_code_key" ON "Team92"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Member93_code_key" ON "Member93"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Member93_code_createdAt_key" ON "Member93"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Document94_code_key" ON "Document94"("code");

-- CreateIndex
CREATE INDEX "Document94_ticket8Id_idx" ON "Document94"("ticket8Id");

-- CreateIndex
CREATE UNIQUE INDEX "event95_code_key" ON "event95"("code");

-- CreateIndex
CREATE UNIQUE INDEX "event95_profile93Id_key" ON "event95"("profile93Id");

-- CreateIndex
CREATE UNIQUE INDEX "Session96_code_key" ON "Session96"("code");

-- CreateIndex
CREATE INDEX "Session96_contract39Id_idx" ON "Session96"("contract39Id");

-- CreateIndex
CREATE UNIQUE INDEX "Session96_code_createdAt_key" ON "Session96"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Device97_code_key" ON "Device97"("code");

-- CreateIndex
CREATE INDEX "Device97_product63Id_idx" ON "Device97"("product63Id");

-- CreateIndex
CREATE UNIQUE INDEX "Report98_code_key" ON "Report98"("code");

-- CreateIndex
CREATE INDEX "Report98_document74Id_idx" ON "Report98"("document74Id");

-- CreateIndex
CREATE INDEX "Report98_createdAt_idx" ON "Report98"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Contract99_code_key" ON "Contract99"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Contract99_code_createdAt_key" ON "Contract99"("code", "createdAt");

-- CreateIndex
CREATE INDEX "_M7_4_B_index" ON "_M7_4"("B");

-- CreateIndex
CREATE INDEX "_M14_11_B_index" ON "_M14_11"("B");

-- CreateIndex
CREATE INDEX "_M21_18_B_index" ON "_M21_18"("B");

-- CreateIndex
CREATE INDEX "_M28_25_B_index" ON "_M28_25"("B");

-- CreateIndex
CREATE INDEX "_M35_32_B_index" ON "_M35_32"("B");

-- CreateIndex
CREATE INDEX "_M42_39_B_index" ON "_M42_39"("B");

-- CreateIndex
CREATE INDEX "_M49_46_B_index" ON "_M49_46"("B");

-- CreateIndex
CREATE INDEX "_M56_53_B_index" ON "_M56_53"("B");

-- CreateIndex
CREATE INDEX "_M63_60_B_index" ON "_M63_60"("B");

-- CreateIndex
CREATE INDEX "_M70_67_B_index" ON "_M70_67"("B");

-- CreateIndex
CREATE INDEX "_M77_74_B_index" ON "_M77_74"("B");

-- CreateIndex
CREATE INDEX "_M84_81_B_index" ON "_M84_81"("B");

-- CreateIndex
CREATE INDEX "_M91_88_B_index" ON "_M91_88"("B");

-- CreateIndex
CREATE INDEX "_M98_95_B_index" ON "_M98_95"("B");

-- AddForeignKey
ALTER TABLE "account0" ADD CONSTRAINT "account0_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice1" ADD CONSTRAINT "Invoice1_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order2" ADD CONSTRAINT "Order2_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product3" ADD CONSTRAINT "Product3_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "account0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer4" ADD CONSTRAINT "Customer4_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "Product3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment5" ADD CONSTRAINT "shipment5_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment5" ADD CONSTRAINT "shipment5_profile3Id_fkey" FOREIGN KEY ("profile3Id") REFERENCES "Product3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment6" ADD CONSTRAINT "Payment6_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "Product3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review7" ADD CONSTRAINT "Review7_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "Customer4"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket8" ADD CONSTRAINT "Ticket8_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project9" ADD CONSTRAINT "Project9_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task10" ADD CONSTRAINT "Task10_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "Product3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task10" ADD CONSTRAINT "Task10_profile8Id_fkey" FOREIGN KEY ("profile8Id") REFERENCES "Ticket8"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment11" ADD CONSTRAINT "Comment11_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment11" ADD CONSTRAINT "Comment11_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment11"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team12" ADD CONSTRAINT "Team12_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "Payment6"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member13" ADD CONSTRAINT "Member13_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document14" ADD CONSTRAINT "Document14_project9Id_fkey" FOREIGN KEY ("project9Id") REFERENCES "Project9"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event15" ADD CONSTRAINT "event15_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "shipment5"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event15" ADD CONSTRAINT "event15_profile13Id_fkey" FOREIGN KEY ("profile13Id") REFERENCES "Member13"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session16" ADD CONSTRAINT "session16_event15Id_fkey" FOREIGN KEY ("event15Id") REFERENCES "event15"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device17" ADD CONSTRAINT "Device17_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "shipment5"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report18" ADD CONSTRAINT "Report18_comment11Id_fkey" FOREIGN KEY ("comment11Id") REFERENCES "Comment11"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract19" ADD CONSTRAINT "Contract19_member13Id_fkey" FOREIGN KEY ("member13Id") REFERENCES "Member13"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account20" ADD CONSTRAINT "Account20_document14Id_fkey" FOREIGN KEY ("document14Id") REFERENCES "Document14"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account20" ADD CONSTRAINT "Account20_profile18Id_fkey" FOREIGN KEY ("profile18Id") REFERENCES "Report18"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice21" ADD CONSTRAINT "invoice21_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "Payment6"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order22" ADD CONSTRAINT "order22_document14Id_fkey" FOREIGN KEY ("document14Id") REFERENCES "Document14"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order22" ADD CONSTRAINT "order22_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "order22"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product23" ADD CONSTRAINT "Product23_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer24" ADD CONSTRAINT "Customer24_comment11Id_fkey" FOREIGN KEY ("comment11Id") REFERENCES "Comment11"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment25" ADD CONSTRAINT "shipment25_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment25" ADD CONSTRAINT "shipment25_profile23Id_fkey" FOREIGN KEY ("profile23Id") REFERENCES "Product23"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment26" ADD CONSTRAINT "Payment26_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "Customer4"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review27" ADD CONSTRAINT "Review27_project9Id_fkey" FOREIGN KEY ("project9Id") REFERENCES "Project9"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket28" ADD CONSTRAINT "ticket28_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project29" ADD CONSTRAINT "Project29_event15Id_fkey" FOREIGN KEY ("event15Id") REFERENCES "event15"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task30" ADD CONSTRAINT "Task30_contract19Id_fkey" FOREIGN KEY ("contract19Id") REFERENCES "Contract19"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task30" ADD CONSTRAINT "Task30_profile28Id_fkey" FOREIGN KEY ("profile28Id") REFERENCES "ticket28"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment31" ADD CONSTRAINT "comment31_product23Id_fkey" FOREIGN KEY ("product23Id") REFERENCES "Product23"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team32" ADD CONSTRAINT "Team32_payment26Id_fkey" FOREIGN KEY ("payment26Id") REFERENCES "Payment26"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member33" ADD CONSTRAINT "Member33_comment31Id_fkey" FOREIGN KEY ("comment31Id") REFERENCES "comment31"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member33" ADD CONSTRAINT "Member33_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Member33"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document34" ADD CONSTRAINT "Document34_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event35" ADD CONSTRAINT "Event35_review27Id_fkey" FOREIGN KEY ("review27Id") REFERENCES "Review27"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event35" ADD CONSTRAINT "Event35_profile33Id_fkey" FOREIGN KEY ("profile33Id") REFERENCES "Member33"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session36" ADD CONSTRAINT "Session36_report18Id_fkey" FOREIGN KEY ("report18Id") REFERENCES "Report18"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device37" ADD CONSTRAINT "Device37_member33Id_fkey" FOREIGN KEY ("member33Id") REFERENCES "Member33"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report38" ADD CONSTRAINT "Report38_account20Id_fkey" FOREIGN KEY ("account20Id") REFERENCES "Account20"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract39" ADD CONSTRAINT "Contract39_project9Id_fkey" FOREIGN KEY ("project9Id") REFERENCES "Project9"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account40" ADD CONSTRAINT "Account40_comment31Id_fkey" FOREIGN KEY ("comment31Id") REFERENCES "comment31"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account40" ADD CONSTRAINT "Account40_profile38Id_fkey" FOREIGN KEY ("profile38Id") REFERENCES "Report38"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice41" ADD CONSTRAINT "Invoice41_device17Id_fkey" FOREIGN KEY ("device17Id") REFERENCES "Device17"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order42" ADD CONSTRAINT "order42_product23Id_fkey" FOREIGN KEY ("product23Id") REFERENCES "Product23"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product43" ADD CONSTRAINT "product43_order42Id_fkey" FOREIGN KEY ("order42Id") REFERENCES "order42"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer44" ADD CONSTRAINT "customer44_order42Id_fkey" FOREIGN KEY ("order42Id") REFERENCES "order42"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer44" ADD CONSTRAINT "customer44_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "customer44"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment45" ADD CONSTRAINT "Shipment45_customer44Id_fkey" FOREIGN KEY ("customer44Id") REFERENCES "customer44"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment45" ADD CONSTRAINT "Shipment45_profile43Id_fkey" FOREIGN KEY ("profile43Id") REFERENCES "product43"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment46" ADD CONSTRAINT "payment46_device37Id_fkey" FOREIGN KEY ("device37Id") REFERENCES "Device37"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review47" ADD CONSTRAINT "Review47_session16Id_fkey" FOREIGN KEY ("session16Id") REFERENCES "session16"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket48" ADD CONSTRAINT "Ticket48_team32Id_fkey" FOREIGN KEY ("team32Id") REFERENCES "Team32"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project49" ADD CONSTRAINT "Project49_invoice41Id_fkey" FOREIGN KEY ("invoice41Id") REFERENCES "Invoice41"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task50" ADD CONSTRAINT "Task50_comment11Id_fkey" FOREIGN KEY ("comment11Id") REFERENCES "Comment11"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task50" ADD CONSTRAINT "Task50_profile48Id_fkey" FOREIGN KEY ("profile48Id") REFERENCES "Ticket48"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment51" ADD CONSTRAINT "Comment51_product23Id_fkey" FOREIGN KEY ("product23Id") REFERENCES "Product23"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team52" ADD CONSTRAINT "Team52_task10Id_fkey" FOREIGN KEY ("task10Id") REFERENCES "Task10"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member53" ADD CONSTRAINT "Member53_task30Id_fkey" FOREIGN KEY ("task30Id") REFERENCES "Task30"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document54" ADD CONSTRAINT "Document54_payment46Id_fkey" FOREIGN KEY ("payment46Id") REFERENCES "payment46"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event55" ADD CONSTRAINT "event55_device37Id_fkey" FOREIGN KEY ("device37Id") REFERENCES "Device37"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event55" ADD CONSTRAINT "event55_profile53Id_fkey" FOREIGN KEY ("profile53Id") REFERENCES "Member53"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event55" ADD CONSTRAINT "event55_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "event55"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session56" ADD CONSTRAINT "Session56_event35Id_fkey" FOREIGN KEY ("event35Id") REFERENCES "Event35"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device57" ADD CONSTRAINT "device57_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report58" ADD CONSTRAINT "Report58_invoice41Id_fkey" FOREIGN KEY ("invoice41Id") REFERENCES "Invoice41"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract59" ADD CONSTRAINT "contract59_shipment45Id_fkey" FOREIGN KEY ("shipment45Id") REFERENCES "Shipment45"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account60" ADD CONSTRAINT "account60_task10Id_fkey" FOREIGN KEY ("task10Id") REFERENCES "Task10"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account60" ADD CONSTRAINT "account60_profile58Id_fkey" FOREIGN KEY ("profile58Id") REFERENCES "Report58"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice61" ADD CONSTRAINT "invoice61_comment11Id_fkey" FOREIGN KEY ("comment11Id") REFERENCES "Comment11"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order62" ADD CONSTRAINT "order62_project29Id_fkey" FOREIGN KEY ("project29Id") REFERENCES "Project29"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product63" ADD CONSTRAINT "Product63_device37Id_fkey" FOREIGN KEY ("device37Id") REFERENCES "Device37"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer64" ADD CONSTRAINT "Customer64_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "account0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment65" ADD CONSTRAINT "Shipment65_document14Id_fkey" FOREIGN KEY ("document14Id") REFERENCES "Document14"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment65" ADD CONSTRAINT "Shipment65_profile63Id_fkey" FOREIGN KEY ("profile63Id") REFERENCES "Product63"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment66" ADD CONSTRAINT "Payment66_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "Customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment66" ADD CONSTRAINT "Payment66_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Payment66"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review67" ADD CONSTRAINT "Review67_shipment65Id_fkey" FOREIGN KEY ("shipment65Id") REFERENCES "Shipment65"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket68" ADD CONSTRAINT "ticket68_shipment45Id_fkey" FOREIGN KEY ("shipment45Id") REFERENCES "Shipment45"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project69" ADD CONSTRAINT "project69_ticket68Id_fkey" FOREIGN KEY ("ticket68Id") REFERENCES "ticket68"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task70" ADD CONSTRAINT "Task70_ticket48Id_fkey" FOREIGN KEY ("ticket48Id") REFERENCES "Ticket48"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task70" ADD CONSTRAINT "Task70_profile68Id_fkey" FOREIGN KEY ("profile68Id") REFERENCES "ticket68"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment71" ADD CONSTRAINT "Comment71_comment11Id_fkey" FOREIGN KEY ("comment11Id") REFERENCES "Comment11"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team72" ADD CONSTRAINT "Team72_member13Id_fkey" FOREIGN KEY ("member13Id") REFERENCES "Member13"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member73" ADD CONSTRAINT "Member73_invoice41Id_fkey" FOREIGN KEY ("invoice41Id") REFERENCES "Invoice41"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document74" ADD CONSTRAINT "Document74_event55Id_fkey" FOREIGN KEY ("event55Id") REFERENCES "event55"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event75" ADD CONSTRAINT "Event75_ticket48Id_fkey" FOREIGN KEY ("ticket48Id") REFERENCES "Ticket48"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event75" ADD CONSTRAINT "Event75_profile73Id_fkey" FOREIGN KEY ("profile73Id") REFERENCES "Member73"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session76" ADD CONSTRAINT "Session76_member33Id_fkey" FOREIGN KEY ("member33Id") REFERENCES "Member33"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device77" ADD CONSTRAINT "device77_member53Id_fkey" FOREIGN KEY ("member53Id") REFERENCES "Member53"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device77" ADD CONSTRAINT "device77_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "device77"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report78" ADD CONSTRAINT "Report78_session36Id_fkey" FOREIGN KEY ("session36Id") REFERENCES "Session36"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract79" ADD CONSTRAINT "contract79_session56Id_fkey" FOREIGN KEY ("session56Id") REFERENCES "Session56"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account80" ADD CONSTRAINT "Account80_task50Id_fkey" FOREIGN KEY ("task50Id") REFERENCES "Task50"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account80" ADD CONSTRAINT "Account80_profile78Id_fkey" FOREIGN KEY ("profile78Id") REFERENCES "Report78"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice81" ADD CONSTRAINT "invoice81_comment31Id_fkey" FOREIGN KEY ("comment31Id") REFERENCES "comment31"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order82" ADD CONSTRAINT "Order82_document34Id_fkey" FOREIGN KEY ("document34Id") REFERENCES "Document34"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product83" ADD CONSTRAINT "Product83_device37Id_fkey" FOREIGN KEY ("device37Id") REFERENCES "Device37"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer84" ADD CONSTRAINT "Customer84_device77Id_fkey" FOREIGN KEY ("device77Id") REFERENCES "device77"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment85" ADD CONSTRAINT "Shipment85_session16Id_fkey" FOREIGN KEY ("session16Id") REFERENCES "session16"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment85" ADD CONSTRAINT "Shipment85_profile83Id_fkey" FOREIGN KEY ("profile83Id") REFERENCES "Product83"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment86" ADD CONSTRAINT "Payment86_report78Id_fkey" FOREIGN KEY ("report78Id") REFERENCES "Report78"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review87" ADD CONSTRAINT "Review87_customer44Id_fkey" FOREIGN KEY ("customer44Id") REFERENCES "customer44"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket88" ADD CONSTRAINT "Ticket88_session16Id_fkey" FOREIGN KEY ("session16Id") REFERENCES "session16"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket88" ADD CONSTRAINT "Ticket88_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Ticket88"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project89" ADD CONSTRAINT "Project89_review87Id_fkey" FOREIGN KEY ("review87Id") REFERENCES "Review87"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task90" ADD CONSTRAINT "Task90_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task90" ADD CONSTRAINT "Task90_profile88Id_fkey" FOREIGN KEY ("profile88Id") REFERENCES "Ticket88"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment91" ADD CONSTRAINT "Comment91_ticket88Id_fkey" FOREIGN KEY ("ticket88Id") REFERENCES "Ticket88"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team92" ADD CONSTRAINT "Team92_project49Id_fkey" FOREIGN KEY ("project49Id") REFERENCES "Project49"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member93" ADD CONSTRAINT "Member93_shipment25Id_fkey" FOREIGN KEY ("shipment25Id") REFERENCES "shipment25"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document94" ADD CONSTRAINT "Document94_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event95" ADD CONSTRAINT "event95_event55Id_fkey" FOREIGN KEY ("event55Id") REFERENCES "event55"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event95" ADD CONSTRAINT "event95_profile93Id_fkey" FOREIGN KEY ("profile93Id") REFERENCES "Member93"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session96" ADD CONSTRAINT "Session96_contract39Id_fkey" FOREIGN KEY ("contract39Id") REFERENCES "Contract39"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device97" ADD CONSTRAINT "Device97_product63Id_fkey" FOREIGN KEY ("product63Id") REFERENCES "Product63"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report98" ADD CONSTRAINT "Report98_document74Id_fkey" FOREIGN KEY ("document74Id") REFERENCES "Document74"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract99" ADD CONSTRAINT "Contract99_project29Id_fkey" FOREIGN KEY ("project29Id") REFERENCES "Project29"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract99" ADD CONSTRAINT "Contract99_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Contract99"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7_4" ADD CONSTRAINT "_M7_4_A_fkey" FOREIGN KEY ("A") REFERENCES "Customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7_4" ADD CONSTRAINT "_M7_4_B_fkey" FOREIGN KEY ("B") REFERENCES "Review7"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M14_11" ADD CONSTRAINT "_M14_11_A_fkey" FOREIGN KEY ("A") REFERENCES "Comment11"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M14_11" ADD CONSTRAINT "_M14_11_B_fkey" FOREIGN KEY ("B") REFERENCES "Document14"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M21_18" ADD CONSTRAINT "_M21_18_A_fkey" FOREIGN KEY ("A") REFERENCES "invoice21"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M21_18" ADD CONSTRAINT "_M21_18_B_fkey" FOREIGN KEY ("B") REFERENCES "Report18"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M28_25" ADD CONSTRAINT "_M28_25_A_fkey" FOREIGN KEY ("A") REFERENCES "shipment25"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M28_25" ADD CONSTRAINT "_M28_25_B_fkey" FOREIGN KEY ("B") REFERENCES "ticket28"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M35_32" ADD CONSTRAINT "_M35_32_A_fkey" FOREIGN KEY ("A") REFERENCES "Event35"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M35_32" ADD CONSTRAINT "_M35_32_B_fkey" FOREIGN KEY ("B") REFERENCES "Team32"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M42_39" ADD CONSTRAINT "_M42_39_A_fkey" FOREIGN KEY ("A") REFERENCES "Contract39"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M42_39" ADD CONSTRAINT "_M42_39_B_fkey" FOREIGN KEY ("B") REFERENCES "order42"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M49_46" ADD CONSTRAINT "_M49_46_A_fkey" FOREIGN KEY ("A") REFERENCES "payment46"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M49_46" ADD CONSTRAINT "_M49_46_B_fkey" FOREIGN KEY ("B") REFERENCES "Project49"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M56_53" ADD CONSTRAINT "_M56_53_A_fkey" FOREIGN KEY ("A") REFERENCES "Member53"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M56_53" ADD CONSTRAINT "_M56_53_B_fkey" FOREIGN KEY ("B") REFERENCES "Session56"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M63_60" ADD CONSTRAINT "_M63_60_A_fkey" FOREIGN KEY ("A") REFERENCES "account60"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M63_60" ADD CONSTRAINT "_M63_60_B_fkey" FOREIGN KEY ("B") REFERENCES "Product63"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M70_67" ADD CONSTRAINT "_M70_67_A_fkey" FOREIGN KEY ("A") REFERENCES "Review67"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M70_67" ADD CONSTRAINT "_M70_67_B_fkey" FOREIGN KEY ("B") REFERENCES "Task70"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M77_74" ADD CONSTRAINT "_M77_74_A_fkey" FOREIGN KEY ("A") REFERENCES "device77"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M77_74" ADD CONSTRAINT "_M77_74_B_fkey" FOREIGN KEY ("B") REFERENCES "Document74"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M84_81" ADD CONSTRAINT "_M84_81_A_fkey" FOREIGN KEY ("A") REFERENCES "Customer84"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M84_81" ADD CONSTRAINT "_M84_81_B_fkey" FOREIGN KEY ("B") REFERENCES "invoice81"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M91_88" ADD CONSTRAINT "_M91_88_A_fkey" FOREIGN KEY ("A") REFERENCES "Comment91"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M91_88" ADD CONSTRAINT "_M91_88_B_fkey" FOREIGN KEY ("B") REFERENCES "Ticket88"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M98_95" ADD CONSTRAINT "_M98_95_A_fkey" FOREIGN KEY ("A") REFERENCES "event95"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M98_95" ADD CONSTRAINT "_M98_95_B_fkey" FOREIGN KEY ("B") REFERENCES "Report98"("id") ON DELETE CASCADE ON UPDATE CASCADE;
