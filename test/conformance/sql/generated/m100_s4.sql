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
CREATE TABLE "Account0" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID,
    "jsonField1" JSONB,
    "string_field_2" UUID NOT NULL,
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
    "float_field_0" REAL,
    "intField1" INTEGER NOT NULL DEFAULT 0,
    "intField2" INTEGER NOT NULL DEFAULT 0,
    "stringField3" TEXT NOT NULL,
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
    "bytesField0" BYTEA NOT NULL,
    "jsonField1" JSONB,
    "bytesField2" BYTEA NOT NULL,
    "bytesField3" BYTEA NOT NULL,
    "booleanField4" BOOLEAN NOT NULL DEFAULT false,
    "stringField5" TEXT NOT NULL,
    "decimalField6" DECIMAL(10,2) NOT NULL,
    "stringField7" TEXT,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER,

    CONSTRAINT "Order2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product3" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "stringField1" VARCHAR(255),
    "stringField2" VARCHAR(255),
    "string_field_3" TEXT NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,

    CONSTRAINT "product3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer4" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "booleanField1" BOOLEAN NOT NULL DEFAULT false,
    "decimalField2" DECIMAL(65,30)[],
    "string_field_3" TEXT NOT NULL,
    "datetimeField4" TIMESTAMPTZ(6),
    "jsonField5" JSONB,
    "stringField6" VARCHAR(255) NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER,

    CONSTRAINT "Customer4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipment5" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB,
    "stringField1" TEXT NOT NULL,
    "stringField2" TEXT NOT NULL,
    "booleanField3" BOOLEAN[],
    "bigint_field_4" BIGINT NOT NULL,
    "stringField5" TEXT[],
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER,
    "profile3Id" INTEGER,

    CONSTRAINT "shipment5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment6" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "string_field_1" TEXT,
    "boolean_field_2" BOOLEAN NOT NULL DEFAULT false,
    "intField3" INTEGER,
    "string_field_4" VARCHAR(255) NOT NULL,
    "bytesField5" BYTEA NOT NULL,
    "intField6" INTEGER,
    "intField7" INTEGER[],
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,

    CONSTRAINT "Payment6_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review7" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID,
    "intField1" SMALLINT NOT NULL,
    "float_field_2" REAL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,

    CONSTRAINT "Review7_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket8" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT[],
    "floatField1" REAL,
    "intField2" INTEGER,
    "stringField3" TEXT NOT NULL,
    "datetimeField4" TIMESTAMPTZ(6),
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER,

    CONSTRAINT "Ticket8_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project9" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6) NOT NULL,
    "intField1" SMALLINT NOT NULL,
    "decimalField2" DECIMAL(10,2) NOT NULL,
    "stringField3" TEXT[],
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER NOT NULL,

    CONSTRAINT "Project9_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task10" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "stringField2" TEXT NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER,
    "profile8Id" INTEGER,

    CONSTRAINT "Task10_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment11" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" INTEGER,
    "bigintField1" BIGINT,
    "stringField2" UUID,
    "stringField3" TEXT NOT NULL,
    "stringField4" VARCHAR(255) NOT NULL,
    "jsonField5" JSONB NOT NULL,
    "int_field_6" INTEGER[],
    "intField7" INTEGER NOT NULL DEFAULT 0,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Comment11_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team12" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "string_field_1" UUID NOT NULL,
    "bigintField2" BIGINT NOT NULL,
    "bigintField3" BIGINT NOT NULL,
    "jsonField4" JSONB,
    "booleanField5" BOOLEAN NOT NULL DEFAULT false,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER NOT NULL,

    CONSTRAINT "Team12_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member13" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" VARCHAR(255) NOT NULL,
    "intField1" SMALLINT,
    "decimalField2" DECIMAL(10,2) NOT NULL,
    "string_field_3" TEXT[],
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER NOT NULL,

    CONSTRAINT "Member13_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document14" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2) NOT NULL,
    "bytesField1" BYTEA,
    "bigintField2" BIGINT,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product3Id" INTEGER NOT NULL,

    CONSTRAINT "document14_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event15" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "boolean_field_0" BOOLEAN NOT NULL DEFAULT false,
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "stringField3" TEXT[],
    "stringField4" UUID NOT NULL,
    "stringField5" TEXT NOT NULL,
    "intField6" INTEGER[],
    "boolean_field_7" BOOLEAN,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review7Id" INTEGER NOT NULL,
    "profile13Id" INTEGER,

    CONSTRAINT "Event15_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session16" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT,
    "booleanField1" BOOLEAN NOT NULL DEFAULT false,
    "bigintField2" BIGINT NOT NULL,
    "stringField3" TEXT NOT NULL,
    "datetimeField4" TIMESTAMPTZ(6) NOT NULL,
    "stringField5" TEXT NOT NULL,
    "stringField6" VARCHAR(255),
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event15Id" INTEGER NOT NULL,

    CONSTRAINT "Session16_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device17" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "stringField1" VARCHAR(255),
    "intField2" SMALLINT NOT NULL,
    "stringField3" UUID,
    "stringField4" UUID NOT NULL,
    "int_field_5" INTEGER[],
    "bigint_field_6" BIGINT,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER,

    CONSTRAINT "Device17_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report18" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT NOT NULL,
    "intField1" INTEGER NOT NULL DEFAULT 0,
    "bytesField2" BYTEA NOT NULL,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document14Id" INTEGER,

    CONSTRAINT "Report18_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract19" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "boolean_field_0" BOOLEAN[],
    "booleanField1" BOOLEAN,
    "jsonField2" JSONB NOT NULL,
    "booleanField3" BOOLEAN NOT NULL DEFAULT false,
    "stringField4" TEXT NOT NULL,
    "stringField5" TEXT NOT NULL,
    "booleanField6" BOOLEAN,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "report18Id" INTEGER NOT NULL,

    CONSTRAINT "Contract19_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account20" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "string_field_1" VARCHAR(255) NOT NULL,
    "intField2" INTEGER[],
    "datetimeField3" TIMESTAMPTZ(6),
    "stringField4" TEXT,
    "int_field_5" INTEGER[],
    "decimalField6" DECIMAL(10,2) NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task10Id" INTEGER,
    "profile18Id" INTEGER,

    CONSTRAINT "Account20_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice21" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6)[],
    "string_field_1" TEXT,
    "intField2" SMALLINT,
    "booleanField3" BOOLEAN[],
    "intField4" SMALLINT,
    "string_field_5" TEXT,
    "intField6" INTEGER,
    "intField7" INTEGER NOT NULL DEFAULT 0,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER NOT NULL,

    CONSTRAINT "Invoice21_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order22" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "intField1" INTEGER,
    "floatField2" DOUBLE PRECISION[],
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product3Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Order22_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product23" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigint_field_0" BIGINT NOT NULL,
    "string_field_1" TEXT[],
    "stringField2" TEXT[],
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER,

    CONSTRAINT "Product23_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer24" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigint_field_0" BIGINT NOT NULL,
    "bigintField1" BIGINT NOT NULL,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "datetimeField3" TIMESTAMPTZ(6)[],
    "string_field_4" TEXT[],
    "decimalField5" DECIMAL(65,30)[],
    "string_field_6" UUID NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project9Id" INTEGER NOT NULL,

    CONSTRAINT "Customer24_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment25" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "jsonField1" JSONB,
    "floatField2" REAL NOT NULL,
    "bigintField3" BIGINT[],
    "stringField4" TEXT[],
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project9Id" INTEGER NOT NULL,
    "profile23Id" INTEGER,

    CONSTRAINT "Shipment25_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment26" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "bigintField1" BIGINT NOT NULL,
    "stringField2" UUID NOT NULL,
    "stringField3" TEXT[],
    "booleanField4" BOOLEAN,
    "decimalField5" DECIMAL(65,30)[],
    "jsonField6" JSONB NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member13Id" INTEGER NOT NULL,

    CONSTRAINT "Payment26_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review27" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimal_field_0" DECIMAL(10,2),
    "bigint_field_1" BIGINT,
    "booleanField2" BOOLEAN[],
    "stringField3" UUID NOT NULL,
    "floatField4" DOUBLE PRECISION[],
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER,

    CONSTRAINT "Review27_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket28" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "booleanField2" BOOLEAN NOT NULL DEFAULT false,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project9Id" INTEGER,

    CONSTRAINT "Ticket28_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project29" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "string_field_1" UUID,
    "bigintField2" BIGINT[],
    "intField3" SMALLINT NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER NOT NULL,

    CONSTRAINT "Project29_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task30" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "string_field_1" TEXT NOT NULL,
    "stringField2" VARCHAR(255) NOT NULL,
    "intField3" INTEGER NOT NULL DEFAULT 0,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document14Id" INTEGER,
    "profile28Id" INTEGER,

    CONSTRAINT "Task30_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment31" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6) NOT NULL,
    "bigintField1" BIGINT NOT NULL,
    "int_field_2" SMALLINT NOT NULL,
    "bigintField3" BIGINT NOT NULL,
    "floatField4" REAL NOT NULL,
    "intField5" INTEGER NOT NULL DEFAULT 0,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "report18Id" INTEGER,

    CONSTRAINT "Comment31_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team32" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "bytesField1" BYTEA,
    "floatField2" DOUBLE PRECISION[],
    "string_field_3" TEXT NOT NULL,
    "stringField4" TEXT[],
    "booleanField5" BOOLEAN[],
    "bigintField6" BIGINT[],
    "jsonField7" JSONB,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member13Id" INTEGER,

    CONSTRAINT "Team32_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member33" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" SMALLINT NOT NULL,
    "stringField1" UUID NOT NULL,
    "stringField2" TEXT[],
    "stringField3" TEXT NOT NULL,
    "intField4" INTEGER NOT NULL DEFAULT 0,
    "string_field_5" TEXT,
    "booleanField6" BOOLEAN[],
    "jsonField7" JSONB NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task10Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "member33_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document34" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6)[],
    "int_field_1" SMALLINT NOT NULL,
    "bigintField2" BIGINT NOT NULL,
    "datetimeField3" TIMESTAMPTZ(6),
    "bytesField4" BYTEA NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment31Id" INTEGER NOT NULL,

    CONSTRAINT "Document34_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event35" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "intField1" INTEGER[],
    "bigintField2" BIGINT NOT NULL,
    "bigintField3" BIGINT[],
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review7Id" INTEGER NOT NULL,
    "profile33Id" INTEGER,

    CONSTRAINT "Event35_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session36" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "decimalField1" DECIMAL(10,2),
    "stringField2" TEXT,
    "datetimeField3" TIMESTAMPTZ(6)[],
    "decimalField4" DECIMAL(10,2) NOT NULL,
    "bytesField5" BYTEA NOT NULL,
    "datetime_field_6" TIMESTAMPTZ(6) NOT NULL,
    "booleanField7" BOOLEAN NOT NULL DEFAULT false,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment26Id" INTEGER NOT NULL,

    CONSTRAINT "session36_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device37" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "float_field_0" REAL NOT NULL,
    "bytesField1" BYTEA,
    "intField2" SMALLINT,
    "bytesField3" BYTEA NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event15Id" INTEGER NOT NULL,

    CONSTRAINT "Device37_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report38" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "string_field_1" UUID NOT NULL,
    "stringField2" TEXT[],
    "bigintField3" BIGINT NOT NULL,
    "bigintField4" BIGINT[],
    "float_field_5" REAL NOT NULL,
    "floatField6" REAL,
    "bytesField7" BYTEA,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment26Id" INTEGER NOT NULL,

    CONSTRAINT "Report38_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract39" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "boolean_field_1" BOOLEAN NOT NULL DEFAULT false,
    "jsonField2" JSONB NOT NULL,
    "bytesField3" BYTEA,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member13Id" INTEGER NOT NULL,

    CONSTRAINT "Contract39_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account40" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2) NOT NULL,
    "string_field_1" VARCHAR(255) NOT NULL,
    "floatField2" REAL,
    "stringField3" UUID NOT NULL,
    "int_field_4" INTEGER[],
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session16Id" INTEGER,
    "profile38Id" INTEGER,

    CONSTRAINT "Account40_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice41" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "stringField1" TEXT[],
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "stringField3" TEXT NOT NULL,
    "datetimeField4" TIMESTAMPTZ(6),
    "bytesField5" BYTEA NOT NULL,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment26Id" INTEGER NOT NULL,

    CONSTRAINT "Invoice41_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order42" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "intField1" SMALLINT,
    "jsonField2" JSONB NOT NULL,
    "booleanField3" BOOLEAN NOT NULL DEFAULT false,
    "jsonField4" JSONB,
    "decimal_field_5" DECIMAL(10,2),
    "stringField6" TEXT[],
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account20Id" INTEGER NOT NULL,

    CONSTRAINT "order42_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product43" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "floatField1" DOUBLE PRECISION[],
    "floatField2" REAL NOT NULL,
    "floatField3" REAL NOT NULL,
    "intField4" SMALLINT,
    "intField5" INTEGER[],
    "int_field_6" INTEGER[],
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice41Id" INTEGER NOT NULL,

    CONSTRAINT "Product43_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer44" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "bigintField1" BIGINT,
    "stringField2" TEXT NOT NULL,
    "stringField3" TEXT[],
    "bytesField4" BYTEA,
    "stringField5" TEXT,
    "stringField6" TEXT[],
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment31Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "customer44_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipment45" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB,
    "stringField1" UUID NOT NULL,
    "intField2" INTEGER[],
    "bytesField3" BYTEA NOT NULL,
    "int_field_4" INTEGER[],
    "floatField5" REAL NOT NULL,
    "intField6" SMALLINT NOT NULL,
    "stringField7" UUID NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session36Id" INTEGER NOT NULL,
    "profile43Id" INTEGER,

    CONSTRAINT "shipment45_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment46" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "stringField1" TEXT NOT NULL,
    "intField2" SMALLINT NOT NULL,
    "bytesField3" BYTEA,
    "intField4" INTEGER NOT NULL DEFAULT 0,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order42Id" INTEGER NOT NULL,

    CONSTRAINT "Payment46_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review47" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "stringField1" TEXT NOT NULL,
    "stringField2" TEXT NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment26Id" INTEGER NOT NULL,

    CONSTRAINT "Review47_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket48" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "intField1" SMALLINT,
    "json_field_2" JSONB,
    "stringField3" TEXT[],
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device17Id" INTEGER NOT NULL,

    CONSTRAINT "Ticket48_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project49" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT NOT NULL,
    "stringField1" TEXT[],
    "stringField2" TEXT[],
    "booleanField3" BOOLEAN[],
    "bytesField4" BYTEA,
    "stringField5" VARCHAR(255) NOT NULL,
    "datetimeField6" TIMESTAMPTZ(6) NOT NULL,
    "intField7" SMALLINT,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER NOT NULL,

    CONSTRAINT "Project49_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task50" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "float_field_0" REAL,
    "intField1" INTEGER[],
    "int_field_2" INTEGER[],
    "stringField3" TEXT NOT NULL,
    "stringField4" TEXT[],
    "intField5" INTEGER NOT NULL DEFAULT 0,
    "string_field_6" TEXT NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order42Id" INTEGER,
    "profile48Id" INTEGER,

    CONSTRAINT "Task50_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment51" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "decimalField1" DECIMAL(10,2),
    "float_field_2" REAL NOT NULL,
    "decimalField3" DECIMAL(65,30)[],
    "stringField4" TEXT[],
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER NOT NULL,

    CONSTRAINT "Comment51_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team52" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "booleanField1" BOOLEAN NOT NULL DEFAULT false,
    "bigint_field_2" BIGINT[],
    "bigintField3" BIGINT[],
    "intField4" SMALLINT NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product3Id" INTEGER NOT NULL,

    CONSTRAINT "Team52_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member53" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "bigintField1" BIGINT[],
    "floatField2" REAL NOT NULL,
    "intField3" SMALLINT NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session36Id" INTEGER NOT NULL,

    CONSTRAINT "member53_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document54" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "stringField1" TEXT[],
    "int_field_2" SMALLINT NOT NULL,
    "stringField3" TEXT NOT NULL,
    "jsonField4" JSONB,
    "stringField5" UUID NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member13Id" INTEGER NOT NULL,

    CONSTRAINT "Document54_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event55" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "string_field_1" TEXT NOT NULL,
    "floatField2" DOUBLE PRECISION[],
    "int_field_3" SMALLINT NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,
    "profile53Id" INTEGER,
    "parentId" INTEGER,

    CONSTRAINT "Event55_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session56" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "decimalField1" DECIMAL(65,30)[],
    "stringField2" UUID NOT NULL,
    "floatField3" REAL,
    "floatField4" DOUBLE PRECISION[],
    "floatField5" DOUBLE PRECISION[],
    "jsonField6" JSONB NOT NULL,
    "stringField7" TEXT NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment51Id" INTEGER NOT NULL,

    CONSTRAINT "session56_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device57" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "float_field_2" REAL NOT NULL,
    "intField3" INTEGER NOT NULL DEFAULT 0,
    "stringField4" TEXT NOT NULL,
    "float_field_5" DOUBLE PRECISION[],
    "json_field_6" JSONB NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event35Id" INTEGER,

    CONSTRAINT "Device57_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report58" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "int_field_1" INTEGER[],
    "stringField2" UUID NOT NULL,
    "string_field_3" TEXT[],
    "decimalField4" DECIMAL(10,2),
    "int_field_5" INTEGER[],
    "datetimeField6" TIMESTAMPTZ(6)[],
    "decimalField7" DECIMAL(10,2) NOT NULL,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "report38Id" INTEGER NOT NULL,

    CONSTRAINT "Report58_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contract59" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetime_field_0" TIMESTAMPTZ(6) NOT NULL,
    "stringField1" UUID NOT NULL,
    "bigintField2" BIGINT NOT NULL,
    "datetimeField3" TIMESTAMPTZ(6) NOT NULL,
    "stringField4" UUID NOT NULL,
    "jsonField5" JSONB,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task30Id" INTEGER NOT NULL,

    CONSTRAINT "contract59_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account60" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" TEXT[],
    "string_field_1" TEXT NOT NULL,
    "intField2" INTEGER[],
    "intField3" SMALLINT,
    "stringField4" VARCHAR(255),
    "json_field_5" JSONB NOT NULL,
    "bigintField6" BIGINT[],
    "json_field_7" JSONB,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,
    "profile58Id" INTEGER,

    CONSTRAINT "Account60_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice61" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "booleanField1" BOOLEAN,
    "stringField2" TEXT[],
    "stringField3" TEXT[],
    "bytesField4" BYTEA,
    "json_field_5" JSONB NOT NULL,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event55Id" INTEGER,

    CONSTRAINT "Invoice61_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order62" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "stringField1" VARCHAR(255),
    "bytesField2" BYTEA NOT NULL,
    "datetimeField3" TIMESTAMPTZ(6)[],
    "datetimeField4" TIMESTAMPTZ(6) NOT NULL,
    "stringField5" UUID NOT NULL,
    "boolean_field_6" BOOLEAN NOT NULL DEFAULT false,
    "stringField7" TEXT,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER NOT NULL,

    CONSTRAINT "Order62_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product63" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN,
    "booleanField1" BOOLEAN[],
    "stringField2" TEXT NOT NULL,
    "intField3" INTEGER,
    "intField4" INTEGER NOT NULL DEFAULT 0,
    "stringField5" UUID NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "contract19Id" INTEGER NOT NULL,

    CONSTRAINT "product63_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer64" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "intField1" INTEGER NOT NULL DEFAULT 0,
    "intField2" INTEGER,
    "stringField3" VARCHAR(255) NOT NULL,
    "bigintField4" BIGINT NOT NULL,
    "floatField5" REAL,
    "stringField6" TEXT[],
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "report58Id" INTEGER NOT NULL,

    CONSTRAINT "Customer64_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment65" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "booleanField1" BOOLEAN NOT NULL DEFAULT false,
    "bigintField2" BIGINT NOT NULL,
    "string_field_3" UUID NOT NULL,
    "stringField4" TEXT NOT NULL,
    "bytesField5" BYTEA NOT NULL,
    "intField6" SMALLINT,
    "jsonField7" JSONB NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order62Id" INTEGER NOT NULL,
    "profile63Id" INTEGER,

    CONSTRAINT "Shipment65_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment66" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB,
    "stringField1" UUID NOT NULL,
    "stringField2" TEXT[],
    "stringField3" UUID NOT NULL,
    "bigint_field_4" BIGINT NOT NULL,
    "intField5" INTEGER NOT NULL DEFAULT 0,
    "stringField6" UUID NOT NULL,
    "floatField7" REAL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document14Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Payment66_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review67" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT NOT NULL,
    "stringField1" TEXT[],
    "booleanField2" BOOLEAN[],
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event55Id" INTEGER NOT NULL,

    CONSTRAINT "Review67_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket68" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" INTEGER,
    "jsonField1" JSONB NOT NULL,
    "string_field_2" TEXT NOT NULL,
    "bigintField3" BIGINT,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER NOT NULL,

    CONSTRAINT "Ticket68_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project69" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT,
    "stringField1" VARCHAR(255) NOT NULL,
    "intField2" INTEGER NOT NULL DEFAULT 0,
    "bytesField3" BYTEA NOT NULL,
    "bytesField4" BYTEA NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice61Id" INTEGER NOT NULL,

    CONSTRAINT "Project69_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task70" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" TEXT[],
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "string_field_2" TEXT NOT NULL,
    "bigintField3" BIGINT NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account20Id" INTEGER,
    "profile68Id" INTEGER,

    CONSTRAINT "Task70_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment71" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "bytes_field_1" BYTEA,
    "datetime_field_2" TIMESTAMPTZ(6)[],
    "datetimeField3" TIMESTAMPTZ(6),
    "bytesField4" BYTEA,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product43Id" INTEGER,

    CONSTRAINT "Comment71_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team72" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "float_field_2" DOUBLE PRECISION[],
    "floatField3" DOUBLE PRECISION[],
    "bigintField4" BIGINT NOT NULL,
    "stringField5" TEXT NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "Team72_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member73" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "intField1" INTEGER[],
    "booleanField2" BOOLEAN[],
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order62Id" INTEGER NOT NULL,

    CONSTRAINT "Member73_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document74" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2) NOT NULL,
    "jsonField1" JSONB,
    "bytesField2" BYTEA NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project9Id" INTEGER NOT NULL,

    CONSTRAINT "Document74_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event75" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "jsonField1" JSONB,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "stringField3" UUID,
    "floatField4" DOUBLE PRECISION[],
    "booleanField5" BOOLEAN NOT NULL DEFAULT false,
    "stringField6" VARCHAR(255) NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment45Id" INTEGER,
    "profile73Id" INTEGER,

    CONSTRAINT "event75_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session76" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT,
    "intField1" SMALLINT NOT NULL,
    "stringField2" TEXT NOT NULL,
    "intField3" INTEGER NOT NULL DEFAULT 0,
    "stringField4" VARCHAR(255),
    "string_field_5" VARCHAR(255),
    "jsonField6" JSONB NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "session76_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device77" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "jsonField1" JSONB NOT NULL,
    "floatField2" DOUBLE PRECISION[],
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project69Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Device77_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report78" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "stringField1" UUID,
    "stringField2" TEXT[],
    "datetime_field_3" TIMESTAMPTZ(6) NOT NULL,
    "string_field_4" TEXT[],
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team72Id" INTEGER NOT NULL,

    CONSTRAINT "Report78_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contract79" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "bigint_field_1" BIGINT,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "json_field_3" JSONB,
    "intField4" SMALLINT,
    "bytesField5" BYTEA,
    "datetimeField6" TIMESTAMPTZ(6),
    "intField7" SMALLINT,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "report78Id" INTEGER NOT NULL,

    CONSTRAINT "contract79_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account80" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "bytesField1" BYTEA,
    "stringField2" VARCHAR(255) NOT NULL,
    "json_field_3" JSONB,
    "string_field_4" TEXT NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session76Id" INTEGER NOT NULL,
    "profile78Id" INTEGER,

    CONSTRAINT "account80_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice81" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6) NOT NULL,
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "bytes_field_2" BYTEA NOT NULL,
    "string_field_3" TEXT[],
    "bytesField4" BYTEA NOT NULL,
    "datetimeField5" TIMESTAMPTZ(6),
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event55Id" INTEGER,

    CONSTRAINT "Invoice81_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order82" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "string_field_1" TEXT[],
    "boolean_field_2" BOOLEAN,
    "floatField3" REAL,
    "bytes_field_4" BYTEA NOT NULL,
    "decimalField5" DECIMAL(65,30)[],
    "decimalField6" DECIMAL(65,30)[],
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "contract79Id" INTEGER,

    CONSTRAINT "Order82_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product83" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6),
    "booleanField1" BOOLEAN NOT NULL DEFAULT false,
    "datetimeField2" TIMESTAMPTZ(6),
    "bigint_field_3" BIGINT NOT NULL,
    "bytesField4" BYTEA NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer44Id" INTEGER NOT NULL,

    CONSTRAINT "product83_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer84" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "string_field_1" VARCHAR(255) NOT NULL,
    "datetimeField2" TIMESTAMPTZ(6)[],
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order82Id" INTEGER NOT NULL,

    CONSTRAINT "Customer84_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment85" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "string_field_1" UUID NOT NULL,
    "intField2" INTEGER[],
    "stringField3" TEXT[],
    "stringField4" TEXT[],
    "jsonField5" JSONB NOT NULL,
    "stringField6" TEXT NOT NULL,
    "bytes_field_7" BYTEA NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review47Id" INTEGER NOT NULL,
    "profile83Id" INTEGER,

    CONSTRAINT "Shipment85_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment86" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "float_field_1" DOUBLE PRECISION[],
    "intField2" SMALLINT NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device77Id" INTEGER,

    CONSTRAINT "payment86_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review87" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6) NOT NULL,
    "stringField1" TEXT NOT NULL,
    "intField2" SMALLINT NOT NULL,
    "stringField3" TEXT NOT NULL,
    "stringField4" VARCHAR(255),
    "int_field_5" SMALLINT NOT NULL,
    "decimalField6" DECIMAL(10,2) NOT NULL,
    "stringField7" UUID,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team12Id" INTEGER,

    CONSTRAINT "Review87_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket88" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "stringField1" TEXT NOT NULL,
    "jsonField2" JSONB,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer84Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Ticket88_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project89" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytes_field_0" BYTEA NOT NULL,
    "intField1" SMALLINT NOT NULL,
    "floatField2" REAL NOT NULL,
    "decimal_field_3" DECIMAL(10,2),
    "bigintField4" BIGINT[],
    "floatField5" REAL NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document14Id" INTEGER,

    CONSTRAINT "Project89_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task90" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "boolean_field_0" BOOLEAN NOT NULL DEFAULT false,
    "intField1" INTEGER NOT NULL DEFAULT 0,
    "string_field_2" TEXT NOT NULL,
    "stringField3" UUID NOT NULL,
    "intField4" SMALLINT NOT NULL,
    "intField5" INTEGER[],
    "decimalField6" DECIMAL(10,2),
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket28Id" INTEGER NOT NULL,
    "profile88Id" INTEGER,

    CONSTRAINT "task90_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment91" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytes_field_0" BYTEA,
    "stringField1" TEXT[],
    "booleanField2" BOOLEAN[],
    "bigintField3" BIGINT[],
    "string_field_4" UUID,
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
    "bytesField0" BYTEA NOT NULL,
    "stringField1" TEXT NOT NULL,
    "intField2" INTEGER[],
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order62Id" INTEGER NOT NULL,

    CONSTRAINT "Team92_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member93" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "stringField1" VARCHAR(255) NOT NULL,
    "stringField2" TEXT NOT NULL,
    "jsonField3" JSONB,
    "booleanField4" BOOLEAN[],
    "bigintField5" BIGINT NOT NULL,
    "stringField6" TEXT NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice41Id" INTEGER NOT NULL,

    CONSTRAINT "Member93_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document94" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" TEXT NOT NULL,
    "stringField1" TEXT NOT NULL,
    "floatField2" REAL NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment51Id" INTEGER NOT NULL,

    CONSTRAINT "Document94_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event95" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "stringField1" UUID NOT NULL,
    "string_field_2" TEXT NOT NULL,
    "bytesField3" BYTEA NOT NULL,
    "booleanField4" BOOLEAN,
    "bytes_field_5" BYTEA,
    "stringField6" TEXT,
    "stringField7" TEXT[],
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team52Id" INTEGER NOT NULL,
    "profile93Id" INTEGER,

    CONSTRAINT "Event95_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session96" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "intField1" SMALLINT,
    "bigintField2" BIGINT[],
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project69Id" INTEGER NOT NULL,

    CONSTRAINT "Session96_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device97" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "bigintField1" BIGINT[],
    "bytesField2" BYTEA,
    "string_field_3" TEXT NOT NULL,
    "booleanField4" BOOLEAN,
    "stringField5" UUID NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment46Id" INTEGER NOT NULL,

    CONSTRAINT "device97_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report98" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "intField1" INTEGER,
    "stringField2" TEXT[],
    "bytesField3" BYTEA NOT NULL,
    "stringField4" TEXT NOT NULL,
    "int_field_5" SMALLINT NOT NULL,
    "bytesField6" BYTEA,
    "intField7" INTEGER NOT NULL DEFAULT 0,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "contract19Id" INTEGER NOT NULL,

    CONSTRAINT "report98_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract99" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "floatField1" REAL NOT NULL,
    "booleanField2" BOOLEAN[],
    "booleanField3" BOOLEAN NOT NULL DEFAULT false,
    "decimal_field_4" DECIMAL(10,2) NOT NULL,
    "decimalField5" DECIMAL(65,30)[],
    "datetimeField6" TIMESTAMPTZ(6),
    "string_field_7" VARCHAR(255),
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account80Id" INTEGER NOT NULL,
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
CREATE UNIQUE INDEX "Account0_code_key" ON "Account0"("code");

-- CreateIndex
CREATE INDEX "Account0_createdAt_idx" ON "Account0"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Account0_code_createdAt_key" ON "Account0"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice1_code_key" ON "Invoice1"("code");

-- CreateIndex
CREATE INDEX "Invoice1_account0Id_idx" ON "Invoice1"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "Order2_code_key" ON "Order2"("code");

-- CreateIndex
CREATE INDEX "Order2_account0Id_idx" ON "Order2"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "product3_code_key" ON "product3"("code");

-- CreateIndex
CREATE INDEX "product3_invoice1Id_idx" ON "product3"("invoice1Id");

-- CreateIndex
CREATE UNIQUE INDEX "Customer4_code_key" ON "Customer4"("code");

-- CreateIndex
CREATE UNIQUE INDEX "shipment5_code_key" ON "shipment5"("code");

-- CreateIndex
CREATE UNIQUE INDEX "shipment5_profile3Id_key" ON "shipment5"("profile3Id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment6_code_key" ON "Payment6"("code");

-- CreateIndex
CREATE INDEX "Payment6_order2Id_idx" ON "Payment6"("order2Id");

-- CreateIndex
CREATE INDEX "Payment6_createdAt_idx" ON "Payment6"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Review7_code_key" ON "Review7"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Review7_code_createdAt_key" ON "Review7"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket8_code_key" ON "Ticket8"("code");

-- CreateIndex
CREATE INDEX "Ticket8_shipment5Id_idx" ON "Ticket8"("shipment5Id");

-- CreateIndex
CREATE UNIQUE INDEX "Project9_code_key" ON "Project9"("code");

-- CreateIndex
CREATE INDEX "Project9_payment6Id_idx" ON "Project9"("payment6Id");

-- CreateIndex
CREATE INDEX "Project9_createdAt_idx" ON "Project9"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Project9_code_createdAt_key" ON "Project9"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Task10_code_key" ON "Task10"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task10_profile8Id_key" ON "Task10"("profile8Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment11_code_key" ON "Comment11"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Team12_code_key" ON "Team12"("code");

-- CreateIndex
CREATE INDEX "Team12_customer4Id_idx" ON "Team12"("customer4Id");

-- CreateIndex
CREATE UNIQUE INDEX "Team12_code_createdAt_key" ON "Team12"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Member13_code_key" ON "Member13"("code");

-- CreateIndex
CREATE INDEX "Member13_payment6Id_idx" ON "Member13"("payment6Id");

-- CreateIndex
CREATE UNIQUE INDEX "document14_code_key" ON "document14"("code");

-- CreateIndex
CREATE INDEX "document14_product3Id_idx" ON "document14"("product3Id");

-- CreateIndex
CREATE INDEX "document14_createdAt_idx" ON "document14"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "document14_code_createdAt_key" ON "document14"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Event15_code_key" ON "Event15"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event15_profile13Id_key" ON "Event15"("profile13Id");

-- CreateIndex
CREATE INDEX "Event15_review7Id_idx" ON "Event15"("review7Id");

-- CreateIndex
CREATE UNIQUE INDEX "Session16_code_key" ON "Session16"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Session16_code_createdAt_key" ON "Session16"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Device17_code_key" ON "Device17"("code");

-- CreateIndex
CREATE INDEX "Device17_payment6Id_idx" ON "Device17"("payment6Id");

-- CreateIndex
CREATE INDEX "Device17_createdAt_idx" ON "Device17"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Report18_code_key" ON "Report18"("code");

-- CreateIndex
CREATE INDEX "Report18_document14Id_idx" ON "Report18"("document14Id");

-- CreateIndex
CREATE INDEX "Report18_createdAt_idx" ON "Report18"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Report18_code_createdAt_key" ON "Report18"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Contract19_code_key" ON "Contract19"("code");

-- CreateIndex
CREATE INDEX "Contract19_report18Id_idx" ON "Contract19"("report18Id");

-- CreateIndex
CREATE INDEX "Contract19_createdAt_idx" ON "Contract19"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Account20_code_key" ON "Account20"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Account20_profile18Id_key" ON "Account20"("profile18Id");

-- CreateIndex
CREATE INDEX "Account20_createdAt_idx" ON "Account20"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice21_code_key" ON "Invoice21"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Order22_code_key" ON "Order22"("code");

-- CreateIndex
CREATE INDEX "Order22_product3Id_idx" ON "Order22"("product3Id");

-- CreateIndex
CREATE UNIQUE INDEX "Product23_code_key" ON "Product23"("code");

-- CreateIndex
CREATE INDEX "Product23_account0Id_idx" ON "Product23"("account0Id");

-- CreateIndex
CREATE INDEX "Product23_createdAt_idx" ON "Product23"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Product23_code_createdAt_key" ON "Product23"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Customer24_code_key" ON "Customer24"("code");

-- CreateIndex
CREATE INDEX "Customer24_project9Id_idx" ON "Customer24"("project9Id");

-- CreateIndex
CREATE INDEX "Customer24_createdAt_idx" ON "Customer24"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Customer24_code_createdAt_key" ON "Customer24"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment25_code_key" ON "Shipment25"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment25_profile23Id_key" ON "Shipment25"("profile23Id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment26_code_key" ON "Payment26"("code");

-- CreateIndex
CREATE INDEX "Payment26_member13Id_idx" ON "Payment26"("member13Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review27_code_key" ON "Review27"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket28_code_key" ON "Ticket28"("code");

-- CreateIndex
CREATE INDEX "Ticket28_project9Id_idx" ON "Ticket28"("project9Id");

-- CreateIndex
CREATE UNIQUE INDEX "Project29_code_key" ON "Project29"("code");

-- CreateIndex
CREATE INDEX "Project29_shipment5Id_idx" ON "Project29"("shipment5Id");

-- CreateIndex
CREATE INDEX "Project29_createdAt_idx" ON "Project29"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Project29_code_createdAt_key" ON "Project29"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Task30_code_key" ON "Task30"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task30_profile28Id_key" ON "Task30"("profile28Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment31_code_key" ON "Comment31"("code");

-- CreateIndex
CREATE INDEX "Comment31_report18Id_idx" ON "Comment31"("report18Id");

-- CreateIndex
CREATE INDEX "Comment31_createdAt_idx" ON "Comment31"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Team32_code_key" ON "Team32"("code");

-- CreateIndex
CREATE INDEX "Team32_member13Id_idx" ON "Team32"("member13Id");

-- CreateIndex
CREATE UNIQUE INDEX "Team32_code_createdAt_key" ON "Team32"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "member33_code_key" ON "member33"("code");

-- CreateIndex
CREATE INDEX "member33_task10Id_idx" ON "member33"("task10Id");

-- CreateIndex
CREATE UNIQUE INDEX "Document34_code_key" ON "Document34"("code");

-- CreateIndex
CREATE INDEX "Document34_createdAt_idx" ON "Document34"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Event35_code_key" ON "Event35"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event35_profile33Id_key" ON "Event35"("profile33Id");

-- CreateIndex
CREATE UNIQUE INDEX "session36_code_key" ON "session36"("code");

-- CreateIndex
CREATE INDEX "session36_payment26Id_idx" ON "session36"("payment26Id");

-- CreateIndex
CREATE INDEX "session36_createdAt_idx" ON "session36"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Device37_code_key" ON "Device37"("code");

-- CreateIndex
CREATE INDEX "Device37_event15Id_idx" ON "Device37"("event15Id");

-- CreateIndex
CREATE UNIQUE INDEX "Report38_code_key" ON "Report38"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Contract39_code_key" ON "Contract39"("code");

-- CreateIndex
CREATE INDEX "Contract39_member13Id_idx" ON "Contract39"("member13Id");

-- CreateIndex
CREATE UNIQUE INDEX "Contract39_code_createdAt_key" ON "Contract39"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Account40_code_key" ON "Account40"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Account40_profile38Id_key" ON "Account40"("profile38Id");

-- CreateIndex
CREATE UNIQUE INDEX "Account40_code_createdAt_key" ON "Account40"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice41_code_key" ON "Invoice41"("code");

-- CreateIndex
CREATE INDEX "Invoice41_payment26Id_idx" ON "Invoice41"("payment26Id");

-- CreateIndex
CREATE UNIQUE INDEX "order42_code_key" ON "order42"("code");

-- CreateIndex
CREATE INDEX "order42_account20Id_idx" ON "order42"("account20Id");

-- CreateIndex
CREATE UNIQUE INDEX "Product43_code_key" ON "Product43"("code");

-- CreateIndex
CREATE INDEX "Product43_createdAt_idx" ON "Product43"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "customer44_code_key" ON "customer44"("code");

-- CreateIndex
CREATE INDEX "customer44_comment31Id_idx" ON "customer44"("comment31Id");

-- CreateIndex
CREATE UNIQUE INDEX "shipment45_code_key" ON "shipment45"("code");

-- CreateIndex
CREATE UNIQUE INDEX "shipment45_profile43Id_key" ON "shipment45"("profile43Id");

-- CreateIndex
CREATE INDEX "shipment45_session36Id_idx" ON "shipment45"("session36Id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment46_code_key" ON "Payment46"("code");

-- CreateIndex
CREATE INDEX "Payment46_order42Id_idx" ON "Payment46"("order42Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review47_code_key" ON "Review47"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket48_code_key" ON "Ticket48"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Project49_code_key" ON "Project49"("code");

-- CreateIndex
CREATE INDEX "Project49_createdAt_idx" ON "Project49"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Project49_code_createdAt_key" ON "Project49"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Task50_code_key" ON "Task50"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task50_profile48Id_key" ON "Task50"("profile48Id");

-- CreateIndex
CREATE UNIQUE INDEX "Task50_code_createdAt_key" ON "Task50"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Comment51_code_key" ON "Comment51"("code");

-- CreateIndex
CREATE INDEX "Comment51_ticket8Id_idx" ON "Comment51"("ticket8Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment51_code_createdAt_key" ON "Comment51"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Team52_code_key" ON "Team52"("code");

-- CreateIndex
CREATE INDEX "Team52_product3Id_idx" ON "Team52"("product3Id");

-- CreateIndex
CREATE UNIQUE INDEX "member53_code_key" ON "member53"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Document54_code_key" ON "Document54"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event55_code_key" ON "Event55"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event55_profile53Id_key" ON "Event55"("profile53Id");

-- CreateIndex
CREATE INDEX "Event55_account0Id_idx" ON "Event55"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "session56_code_key" ON "session56"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Device57_code_key" ON "Device57"("code");

-- CreateIndex
CREATE INDEX "Device57_event35Id_idx" ON "Device57"("event35Id");

-- CreateIndex
CREATE UNIQUE INDEX "Report58_code_key" ON "Report58"("code");

-- CreateIndex
CREATE INDEX "Report58_createdAt_idx" ON "Report58"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "contract59_code_key" ON "contract59"("code");

-- CreateIndex
CREATE INDEX "contract59_task30Id_idx" ON "contract59"("task30Id");

-- CreateIndex
CREATE INDEX "contract59_createdAt_idx" ON "contract59"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Account60_code_key" ON "Account60"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Account60_profile58Id_key" ON "Account60"("profile58Id");

-- CreateIndex
CREATE INDEX "Account60_order2Id_idx" ON "Account60"("order2Id");

-- CreateIndex
CREATE INDEX "Account60_createdAt_idx" ON "Account60"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice61_code_key" ON "Invoice61"("code");

-- CreateIndex
CREATE INDEX "Invoice61_event55Id_idx" ON "Invoice61"("event55Id");

-- CreateIndex
CREATE UNIQUE INDEX "Order62_code_key" ON "Order62"("code");

-- CreateIndex
CREATE UNIQUE INDEX "product63_code_key" ON "product63"("code");

-- CreateIndex
CREATE INDEX "product63_contract19Id_idx" ON "product63"("contract19Id");

-- CreateIndex
CREATE INDEX "product63_createdAt_idx" ON "product63"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "product63_code_createdAt_key" ON "product63"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Customer64_code_key" ON "Customer64"("code");

-- CreateIndex
CREATE INDEX "Customer64_report58Id_idx" ON "Customer64"("report58Id");

-- CreateIndex
CREATE INDEX "Customer64_createdAt_idx" ON "Customer64"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Customer64_code_createdAt_key" ON "Customer64"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment65_code_key" ON "Shipment65"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment65_profile63Id_key" ON "Shipment65"("profile63Id");

-- CreateIndex
CREATE INDEX "Shipment65_order62Id_idx" ON "Shipment65"("order62Id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment66_code_key" ON "Payment66"("code");

-- CreateIndex
CREATE INDEX "Payment66_document14Id_idx" ON "Payment66"("document14Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review67_code_key" ON "Review67"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket68_code_key" ON "Ticket68"("code");

-- CreateIndex
CREATE INDEX "Ticket68_ticket8Id_idx" ON "Ticket68"("ticket8Id");

-- CreateIndex
CREATE UNIQUE INDEX "Project69_code_key" ON "Project69"("code");

-- CreateIndex
CREATE INDEX "Project69_invoice61Id_idx" ON "Project69"("invoice61Id");

-- CreateIndex
CREATE INDEX "Project69_createdAt_idx" ON "Project69"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Project69_code_createdAt_key" ON "Project69"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Task70_code_key" ON "Task70"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task70_profile68Id_key" ON "Task70"("profile68Id");

-- CreateIndex
CREATE INDEX "Task70_account20Id_idx" ON "Task70"("account20Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment71_code_key" ON "Comment71"("code");

-- CreateIndex
CREATE INDEX "Comment71_createdAt_idx" ON "Comment71"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Comment71_code_createdAt_key" ON "Comment71"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Team72_code_key" ON "Team72"("code");

-- CreateIndex
CREATE INDEX "Team72_account0Id_idx" ON "Team72"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "Team72_code_createdAt_key" ON "Team72"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Member73_code_key" ON "Member73"("code");

-- CreateIndex
CREATE INDEX "Member73_order62Id_idx" ON "Member73"("order62Id");

-- CreateIndex
CREATE UNIQUE INDEX "Member73_code_createdAt_key" ON "Member73"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Document74_code_key" ON "Document74"("code");

-- CreateIndex
CREATE INDEX "Document74_createdAt_idx" ON "Document74"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "event75_code_key" ON "event75"("code");

-- CreateIndex
CREATE UNIQUE INDEX "event75_profile73Id_key" ON "event75"("profile73Id");

-- CreateIndex
CREATE UNIQUE INDEX "session76_code_key" ON "session76"("code");

-- CreateIndex
CREATE UNIQUE INDEX "session76_code_createdAt_key" ON "session76"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Device77_code_key" ON "Device77"("code");

-- CreateIndex
CREATE INDEX "Device77_createdAt_idx" ON "Device77"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Report78_code_key" ON "Report78"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Report78_code_createdAt_key" ON "Report78"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "contract79_code_key" ON "contract79"("code");

-- CreateIndex
CREATE INDEX "contract79_report78Id_idx" ON "contract79"("report78Id");

-- CreateIndex
CREATE UNIQUE INDEX "account80_code_key" ON "account80"("code");

-- CreateIndex
CREATE UNIQUE INDEX "account80_profile78Id_key" ON "account80"("profile78Id");

-- CreateIndex
CREATE INDEX "account80_session76Id_idx" ON "account80"("session76Id");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice81_code_key" ON "Invoice81"("code");

-- CreateIndex
CREATE INDEX "Invoice81_event55Id_idx" ON "Invoice81"("event55Id");

-- CreateIndex
CREATE INDEX "Invoice81_createdAt_idx" ON "Invoice81"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Order82_code_key" ON "Order82"("code");

-- CreateIndex
CREATE INDEX "Order82_contract79Id_idx" ON "Order82"("contract79Id");

-- CreateIndex
CREATE UNIQUE INDEX "Order82_code_createdAt_key" ON "Order82"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "product83_code_key" ON "product83"("code");

-- CreateIndex
CREATE INDEX "product83_customer44Id_idx" ON "product83"("customer44Id");

-- CreateIndex
CREATE UNIQUE INDEX "Customer84_code_key" ON "Customer84"("code");

-- CreateIndex
CREATE INDEX "Customer84_order82Id_idx" ON "Customer84"("order82Id");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment85_code_key" ON "Shipment85"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment85_profile83Id_key" ON "Shipment85"("profile83Id");

-- CreateIndex
CREATE UNIQUE INDEX "payment86_code_key" ON "payment86"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Review87_code_key" ON "Review87"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Review87_code_createdAt_key" ON "Review87"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket88_code_key" ON "Ticket88"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket88_code_createdAt_key" ON "Ticket88"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Project89_code_key" ON "Project89"("code");

-- CreateIndex
CREATE INDEX "Project89_document14Id_idx" ON "Project89"("document14Id");

-- CreateIndex
CREATE INDEX "Project89_createdAt_idx" ON "Project89"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "task90_code_key" ON "task90"("code");

-- CreateIndex
CREATE UNIQUE INDEX "task90_profile88Id_key" ON "task90"("profile88Id");

-- CreateIndex
CREATE INDEX "task90_ticket28Id_idx" ON "task90"("ticket28Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment91_code_key" ON "Comment91"("code");

-- CreateIndex
CREATE INDEX "Comment91_ticket88Id_idx" ON "Comment91"("ticket88Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment91_code_createdAt_key" ON "Comment91"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Team92_code_key" ON "Team92"("code");

-- CreateIndex
CREATE INDEX "Team92_order62Id_idx" ON "Team92"("order62Id");

-- CreateIndex
CREATE UNIQUE INDEX "Member93_code_key" ON "Member93"("code");

-- CreateIndex
CREATE INDEX "Member93_createdAt_idx" ON "Member93"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Document94_code_key" ON "Document94"("code");

-- CreateIndex
CREATE INDEX "Document94_comment51Id_idx" ON "Document94"("comment51Id");

-- CreateIndex
CREATE UNIQUE INDEX "Document94_code_createdAt_key" ON "Document94"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Event95_code_key" ON "Event95"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event95_profile93Id_key" ON "Event95"("profile93Id");

-- CreateIndex
CREATE INDEX "Event95_team52Id_idx" ON "Event95"("team52Id");

-- CreateIndex
CREATE INDEX "Event95_createdAt_idx" ON "Event95"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Session96_code_key" ON "Session96"("code");

-- CreateIndex
CREATE INDEX "Session96_project69Id_idx" ON "Session96"("project69Id");

-- CreateIndex
CREATE UNIQUE INDEX "device97_code_key" ON "device97"("code");

-- CreateIndex
CREATE INDEX "device97_payment46Id_idx" ON "device97"("payment46Id");

-- CreateIndex
CREATE INDEX "device97_createdAt_idx" ON "device97"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "report98_code_key" ON "report98"("code");

-- CreateIndex
CREATE INDEX "report98_createdAt_idx" ON "report98"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Contract99_code_key" ON "Contract99"("code");

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
ALTER TABLE "Account0" ADD CONSTRAINT "Account0_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice1" ADD CONSTRAINT "Invoice1_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order2" ADD CONSTRAINT "Order2_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product3" ADD CONSTRAINT "product3_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer4" ADD CONSTRAINT "Customer4_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment5" ADD CONSTRAINT "shipment5_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment5" ADD CONSTRAINT "shipment5_profile3Id_fkey" FOREIGN KEY ("profile3Id") REFERENCES "product3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment6" ADD CONSTRAINT "Payment6_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review7" ADD CONSTRAINT "Review7_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket8" ADD CONSTRAINT "Ticket8_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "shipment5"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project9" ADD CONSTRAINT "Project9_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "Payment6"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task10" ADD CONSTRAINT "Task10_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "Customer4"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task10" ADD CONSTRAINT "Task10_profile8Id_fkey" FOREIGN KEY ("profile8Id") REFERENCES "Ticket8"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment11" ADD CONSTRAINT "Comment11_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment11" ADD CONSTRAINT "Comment11_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment11"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team12" ADD CONSTRAINT "Team12_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "Customer4"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member13" ADD CONSTRAINT "Member13_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "Payment6"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document14" ADD CONSTRAINT "document14_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "product3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event15" ADD CONSTRAINT "Event15_review7Id_fkey" FOREIGN KEY ("review7Id") REFERENCES "Review7"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event15" ADD CONSTRAINT "Event15_profile13Id_fkey" FOREIGN KEY ("profile13Id") REFERENCES "Member13"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session16" ADD CONSTRAINT "Session16_event15Id_fkey" FOREIGN KEY ("event15Id") REFERENCES "Event15"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device17" ADD CONSTRAINT "Device17_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "Payment6"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report18" ADD CONSTRAINT "Report18_document14Id_fkey" FOREIGN KEY ("document14Id") REFERENCES "document14"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract19" ADD CONSTRAINT "Contract19_report18Id_fkey" FOREIGN KEY ("report18Id") REFERENCES "Report18"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account20" ADD CONSTRAINT "Account20_task10Id_fkey" FOREIGN KEY ("task10Id") REFERENCES "Task10"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account20" ADD CONSTRAINT "Account20_profile18Id_fkey" FOREIGN KEY ("profile18Id") REFERENCES "Report18"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice21" ADD CONSTRAINT "Invoice21_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order22" ADD CONSTRAINT "Order22_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "product3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order22" ADD CONSTRAINT "Order22_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Order22"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product23" ADD CONSTRAINT "Product23_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer24" ADD CONSTRAINT "Customer24_project9Id_fkey" FOREIGN KEY ("project9Id") REFERENCES "Project9"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment25" ADD CONSTRAINT "Shipment25_project9Id_fkey" FOREIGN KEY ("project9Id") REFERENCES "Project9"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment25" ADD CONSTRAINT "Shipment25_profile23Id_fkey" FOREIGN KEY ("profile23Id") REFERENCES "Product23"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment26" ADD CONSTRAINT "Payment26_member13Id_fkey" FOREIGN KEY ("member13Id") REFERENCES "Member13"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review27" ADD CONSTRAINT "Review27_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket28" ADD CONSTRAINT "Ticket28_project9Id_fkey" FOREIGN KEY ("project9Id") REFERENCES "Project9"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project29" ADD CONSTRAINT "Project29_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "shipment5"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task30" ADD CONSTRAINT "Task30_document14Id_fkey" FOREIGN KEY ("document14Id") REFERENCES "document14"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task30" ADD CONSTRAINT "Task30_profile28Id_fkey" FOREIGN KEY ("profile28Id") REFERENCES "Ticket28"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment31" ADD CONSTRAINT "Comment31_report18Id_fkey" FOREIGN KEY ("report18Id") REFERENCES "Report18"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team32" ADD CONSTRAINT "Team32_member13Id_fkey" FOREIGN KEY ("member13Id") REFERENCES "Member13"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member33" ADD CONSTRAINT "member33_task10Id_fkey" FOREIGN KEY ("task10Id") REFERENCES "Task10"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member33" ADD CONSTRAINT "member33_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "member33"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document34" ADD CONSTRAINT "Document34_comment31Id_fkey" FOREIGN KEY ("comment31Id") REFERENCES "Comment31"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event35" ADD CONSTRAINT "Event35_review7Id_fkey" FOREIGN KEY ("review7Id") REFERENCES "Review7"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event35" ADD CONSTRAINT "Event35_profile33Id_fkey" FOREIGN KEY ("profile33Id") REFERENCES "member33"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session36" ADD CONSTRAINT "session36_payment26Id_fkey" FOREIGN KEY ("payment26Id") REFERENCES "Payment26"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device37" ADD CONSTRAINT "Device37_event15Id_fkey" FOREIGN KEY ("event15Id") REFERENCES "Event15"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report38" ADD CONSTRAINT "Report38_payment26Id_fkey" FOREIGN KEY ("payment26Id") REFERENCES "Payment26"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract39" ADD CONSTRAINT "Contract39_member13Id_fkey" FOREIGN KEY ("member13Id") REFERENCES "Member13"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account40" ADD CONSTRAINT "Account40_session16Id_fkey" FOREIGN KEY ("session16Id") REFERENCES "Session16"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account40" ADD CONSTRAINT "Account40_profile38Id_fkey" FOREIGN KEY ("profile38Id") REFERENCES "Report38"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice41" ADD CONSTRAINT "Invoice41_payment26Id_fkey" FOREIGN KEY ("payment26Id") REFERENCES "Payment26"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order42" ADD CONSTRAINT "order42_account20Id_fkey" FOREIGN KEY ("account20Id") REFERENCES "Account20"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product43" ADD CONSTRAINT "Product43_invoice41Id_fkey" FOREIGN KEY ("invoice41Id") REFERENCES "Invoice41"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer44" ADD CONSTRAINT "customer44_comment31Id_fkey" FOREIGN KEY ("comment31Id") REFERENCES "Comment31"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer44" ADD CONSTRAINT "customer44_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "customer44"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment45" ADD CONSTRAINT "shipment45_session36Id_fkey" FOREIGN KEY ("session36Id") REFERENCES "session36"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment45" ADD CONSTRAINT "shipment45_profile43Id_fkey" FOREIGN KEY ("profile43Id") REFERENCES "Product43"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment46" ADD CONSTRAINT "Payment46_order42Id_fkey" FOREIGN KEY ("order42Id") REFERENCES "order42"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review47" ADD CONSTRAINT "Review47_payment26Id_fkey" FOREIGN KEY ("payment26Id") REFERENCES "Payment26"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket48" ADD CONSTRAINT "Ticket48_device17Id_fkey" FOREIGN KEY ("device17Id") REFERENCES "Device17"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project49" ADD CONSTRAINT "Project49_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "Customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task50" ADD CONSTRAINT "Task50_order42Id_fkey" FOREIGN KEY ("order42Id") REFERENCES "order42"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task50" ADD CONSTRAINT "Task50_profile48Id_fkey" FOREIGN KEY ("profile48Id") REFERENCES "Ticket48"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment51" ADD CONSTRAINT "Comment51_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team52" ADD CONSTRAINT "Team52_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "product3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member53" ADD CONSTRAINT "member53_session36Id_fkey" FOREIGN KEY ("session36Id") REFERENCES "session36"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document54" ADD CONSTRAINT "Document54_member13Id_fkey" FOREIGN KEY ("member13Id") REFERENCES "Member13"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event55" ADD CONSTRAINT "Event55_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event55" ADD CONSTRAINT "Event55_profile53Id_fkey" FOREIGN KEY ("profile53Id") REFERENCES "member53"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event55" ADD CONSTRAINT "Event55_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Event55"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session56" ADD CONSTRAINT "session56_comment51Id_fkey" FOREIGN KEY ("comment51Id") REFERENCES "Comment51"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device57" ADD CONSTRAINT "Device57_event35Id_fkey" FOREIGN KEY ("event35Id") REFERENCES "Event35"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report58" ADD CONSTRAINT "Report58_report38Id_fkey" FOREIGN KEY ("report38Id") REFERENCES "Report38"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract59" ADD CONSTRAINT "contract59_task30Id_fkey" FOREIGN KEY ("task30Id") REFERENCES "Task30"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account60" ADD CONSTRAINT "Account60_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account60" ADD CONSTRAINT "Account60_profile58Id_fkey" FOREIGN KEY ("profile58Id") REFERENCES "Report58"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice61" ADD CONSTRAINT "Invoice61_event55Id_fkey" FOREIGN KEY ("event55Id") REFERENCES "Event55"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order62" ADD CONSTRAINT "Order62_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "shipment5"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product63" ADD CONSTRAINT "product63_contract19Id_fkey" FOREIGN KEY ("contract19Id") REFERENCES "Contract19"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer64" ADD CONSTRAINT "Customer64_report58Id_fkey" FOREIGN KEY ("report58Id") REFERENCES "Report58"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment65" ADD CONSTRAINT "Shipment65_order62Id_fkey" FOREIGN KEY ("order62Id") REFERENCES "Order62"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment65" ADD CONSTRAINT "Shipment65_profile63Id_fkey" FOREIGN KEY ("profile63Id") REFERENCES "product63"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment66" ADD CONSTRAINT "Payment66_document14Id_fkey" FOREIGN KEY ("document14Id") REFERENCES "document14"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment66" ADD CONSTRAINT "Payment66_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Payment66"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review67" ADD CONSTRAINT "Review67_event55Id_fkey" FOREIGN KEY ("event55Id") REFERENCES "Event55"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket68" ADD CONSTRAINT "Ticket68_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project69" ADD CONSTRAINT "Project69_invoice61Id_fkey" FOREIGN KEY ("invoice61Id") REFERENCES "Invoice61"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task70" ADD CONSTRAINT "Task70_account20Id_fkey" FOREIGN KEY ("account20Id") REFERENCES "Account20"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task70" ADD CONSTRAINT "Task70_profile68Id_fkey" FOREIGN KEY ("profile68Id") REFERENCES "Ticket68"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment71" ADD CONSTRAINT "Comment71_product43Id_fkey" FOREIGN KEY ("product43Id") REFERENCES "Product43"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team72" ADD CONSTRAINT "Team72_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member73" ADD CONSTRAINT "Member73_order62Id_fkey" FOREIGN KEY ("order62Id") REFERENCES "Order62"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document74" ADD CONSTRAINT "Document74_project9Id_fkey" FOREIGN KEY ("project9Id") REFERENCES "Project9"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event75" ADD CONSTRAINT "event75_shipment45Id_fkey" FOREIGN KEY ("shipment45Id") REFERENCES "shipment45"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event75" ADD CONSTRAINT "event75_profile73Id_fkey" FOREIGN KEY ("profile73Id") REFERENCES "Member73"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session76" ADD CONSTRAINT "session76_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device77" ADD CONSTRAINT "Device77_project69Id_fkey" FOREIGN KEY ("project69Id") REFERENCES "Project69"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device77" ADD CONSTRAINT "Device77_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Device77"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report78" ADD CONSTRAINT "Report78_team72Id_fkey" FOREIGN KEY ("team72Id") REFERENCES "Team72"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract79" ADD CONSTRAINT "contract79_report78Id_fkey" FOREIGN KEY ("report78Id") REFERENCES "Report78"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account80" ADD CONSTRAINT "account80_session76Id_fkey" FOREIGN KEY ("session76Id") REFERENCES "session76"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account80" ADD CONSTRAINT "account80_profile78Id_fkey" FOREIGN KEY ("profile78Id") REFERENCES "Report78"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice81" ADD CONSTRAINT "Invoice81_event55Id_fkey" FOREIGN KEY ("event55Id") REFERENCES "Event55"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order82" ADD CONSTRAINT "Order82_contract79Id_fkey" FOREIGN KEY ("contract79Id") REFERENCES "contract79"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product83" ADD CONSTRAINT "product83_customer44Id_fkey" FOREIGN KEY ("customer44Id") REFERENCES "customer44"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer84" ADD CONSTRAINT "Customer84_order82Id_fkey" FOREIGN KEY ("order82Id") REFERENCES "Order82"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment85" ADD CONSTRAINT "Shipment85_review47Id_fkey" FOREIGN KEY ("review47Id") REFERENCES "Review47"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment85" ADD CONSTRAINT "Shipment85_profile83Id_fkey" FOREIGN KEY ("profile83Id") REFERENCES "product83"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment86" ADD CONSTRAINT "payment86_device77Id_fkey" FOREIGN KEY ("device77Id") REFERENCES "Device77"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review87" ADD CONSTRAINT "Review87_team12Id_fkey" FOREIGN KEY ("team12Id") REFERENCES "Team12"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket88" ADD CONSTRAINT "Ticket88_customer84Id_fkey" FOREIGN KEY ("customer84Id") REFERENCES "Customer84"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket88" ADD CONSTRAINT "Ticket88_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Ticket88"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project89" ADD CONSTRAINT "Project89_document14Id_fkey" FOREIGN KEY ("document14Id") REFERENCES "document14"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task90" ADD CONSTRAINT "task90_ticket28Id_fkey" FOREIGN KEY ("ticket28Id") REFERENCES "Ticket28"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task90" ADD CONSTRAINT "task90_profile88Id_fkey" FOREIGN KEY ("profile88Id") REFERENCES "Ticket88"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment91" ADD CONSTRAINT "Comment91_ticket88Id_fkey" FOREIGN KEY ("ticket88Id") REFERENCES "Ticket88"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team92" ADD CONSTRAINT "Team92_order62Id_fkey" FOREIGN KEY ("order62Id") REFERENCES "Order62"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member93" ADD CONSTRAINT "Member93_invoice41Id_fkey" FOREIGN KEY ("invoice41Id") REFERENCES "Invoice41"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document94" ADD CONSTRAINT "Document94_comment51Id_fkey" FOREIGN KEY ("comment51Id") REFERENCES "Comment51"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event95" ADD CONSTRAINT "Event95_team52Id_fkey" FOREIGN KEY ("team52Id") REFERENCES "Team52"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event95" ADD CONSTRAINT "Event95_profile93Id_fkey" FOREIGN KEY ("profile93Id") REFERENCES "Member93"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session96" ADD CONSTRAINT "Session96_project69Id_fkey" FOREIGN KEY ("project69Id") REFERENCES "Project69"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device97" ADD CONSTRAINT "device97_payment46Id_fkey" FOREIGN KEY ("payment46Id") REFERENCES "Payment46"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report98" ADD CONSTRAINT "report98_contract19Id_fkey" FOREIGN KEY ("contract19Id") REFERENCES "Contract19"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract99" ADD CONSTRAINT "Contract99_account80Id_fkey" FOREIGN KEY ("account80Id") REFERENCES "account80"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract99" ADD CONSTRAINT "Contract99_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Contract99"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7_4" ADD CONSTRAINT "_M7_4_A_fkey" FOREIGN KEY ("A") REFERENCES "Customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7_4" ADD CONSTRAINT "_M7_4_B_fkey" FOREIGN KEY ("B") REFERENCES "Review7"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M14_11" ADD CONSTRAINT "_M14_11_A_fkey" FOREIGN KEY ("A") REFERENCES "Comment11"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M14_11" ADD CONSTRAINT "_M14_11_B_fkey" FOREIGN KEY ("B") REFERENCES "document14"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M21_18" ADD CONSTRAINT "_M21_18_A_fkey" FOREIGN KEY ("A") REFERENCES "Invoice21"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M21_18" ADD CONSTRAINT "_M21_18_B_fkey" FOREIGN KEY ("B") REFERENCES "Report18"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M28_25" ADD CONSTRAINT "_M28_25_A_fkey" FOREIGN KEY ("A") REFERENCES "Shipment25"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M28_25" ADD CONSTRAINT "_M28_25_B_fkey" FOREIGN KEY ("B") REFERENCES "Ticket28"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M35_32" ADD CONSTRAINT "_M35_32_A_fkey" FOREIGN KEY ("A") REFERENCES "Event35"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M35_32" ADD CONSTRAINT "_M35_32_B_fkey" FOREIGN KEY ("B") REFERENCES "Team32"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M42_39" ADD CONSTRAINT "_M42_39_A_fkey" FOREIGN KEY ("A") REFERENCES "Contract39"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M42_39" ADD CONSTRAINT "_M42_39_B_fkey" FOREIGN KEY ("B") REFERENCES "order42"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M49_46" ADD CONSTRAINT "_M49_46_A_fkey" FOREIGN KEY ("A") REFERENCES "Payment46"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M49_46" ADD CONSTRAINT "_M49_46_B_fkey" FOREIGN KEY ("B") REFERENCES "Project49"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M56_53" ADD CONSTRAINT "_M56_53_A_fkey" FOREIGN KEY ("A") REFERENCES "member53"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M56_53" ADD CONSTRAINT "_M56_53_B_fkey" FOREIGN KEY ("B") REFERENCES "session56"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M63_60" ADD CONSTRAINT "_M63_60_A_fkey" FOREIGN KEY ("A") REFERENCES "Account60"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M63_60" ADD CONSTRAINT "_M63_60_B_fkey" FOREIGN KEY ("B") REFERENCES "product63"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M70_67" ADD CONSTRAINT "_M70_67_A_fkey" FOREIGN KEY ("A") REFERENCES "Review67"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M70_67" ADD CONSTRAINT "_M70_67_B_fkey" FOREIGN KEY ("B") REFERENCES "Task70"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M77_74" ADD CONSTRAINT "_M77_74_A_fkey" FOREIGN KEY ("A") REFERENCES "Device77"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M77_74" ADD CONSTRAINT "_M77_74_B_fkey" FOREIGN KEY ("B") REFERENCES "Document74"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M84_81" ADD CONSTRAINT "_M84_81_A_fkey" FOREIGN KEY ("A") REFERENCES "Customer84"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M84_81" ADD CONSTRAINT "_M84_81_B_fkey" FOREIGN KEY ("B") REFERENCES "Invoice81"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M91_88" ADD CONSTRAINT "_M91_88_A_fkey" FOREIGN KEY ("A") REFERENCES "Comment91"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M91_88" ADD CONSTRAINT "_M91_88_B_fkey" FOREIGN KEY ("B") REFERENCES "Ticket88"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M98_95" ADD CONSTRAINT "_M98_95_A_fkey" FOREIGN KEY ("A") REFERENCES "Event95"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M98_95" ADD CONSTRAINT "_M98_95_B_fkey" FOREIGN KEY ("B") REFERENCES "report98"("id") ON DELETE CASCADE ON UPDATE CASCADE;
