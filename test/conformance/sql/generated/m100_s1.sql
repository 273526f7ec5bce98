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
    "string_field_0" UUID NOT NULL,
    "float_field_1" REAL NOT NULL,
    "jsonField2" JSONB NOT NULL,
    "stringField3" TEXT[],
    "booleanField4" BOOLEAN,
    "boolean_field_5" BOOLEAN[],
    "bigintField6" BIGINT NOT NULL,
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
    "stringField0" VARCHAR(255) NOT NULL,
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "stringField2" TEXT,
    "intField3" INTEGER[],
    "stringField4" TEXT NOT NULL,
    "stringField5" VARCHAR(255) NOT NULL,
    "booleanField6" BOOLEAN[],
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
    "decimalField0" DECIMAL(10,2) NOT NULL,
    "bigintField1" BIGINT,
    "intField2" INTEGER NOT NULL DEFAULT 0,
    "string_field_3" UUID,
    "stringField4" UUID NOT NULL,
    "bytesField5" BYTEA,
    "bigintField6" BIGINT NOT NULL,
    "bytesField7" BYTEA,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,

    CONSTRAINT "Order2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product3" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "float_field_0" REAL NOT NULL,
    "floatField1" REAL NOT NULL,
    "bytesField2" BYTEA NOT NULL,
    "floatField3" REAL,
    "stringField4" TEXT NOT NULL,
    "stringField5" TEXT,
    "intField6" SMALLINT NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER,

    CONSTRAINT "Product3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer4" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "intField1" INTEGER[],
    "float_field_2" DOUBLE PRECISION[],
    "bigint_field_3" BIGINT[],
    "decimal_field_4" DECIMAL(10,2) NOT NULL,
    "datetimeField5" TIMESTAMPTZ(6)[],
    "jsonField6" JSONB,
    "floatField7" REAL NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product3Id" INTEGER NOT NULL,

    CONSTRAINT "customer4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipment5" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER,
    "intField1" SMALLINT NOT NULL,
    "intField2" SMALLINT,
    "intField3" INTEGER[],
    "stringField4" UUID NOT NULL,
    "decimalField5" DECIMAL(65,30)[],
    "stringField6" UUID NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,
    "profile3Id" INTEGER,

    CONSTRAINT "shipment5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment6" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "json_field_1" JSONB NOT NULL,
    "bigintField2" BIGINT,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "Payment6_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review7" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(65,30)[],
    "booleanField1" BOOLEAN[],
    "bytes_field_2" BYTEA,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER NOT NULL,

    CONSTRAINT "Review7_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket8" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "decimalField1" DECIMAL(65,30)[],
    "bytesField2" BYTEA,
    "decimalField3" DECIMAL(10,2) NOT NULL,
    "stringField4" TEXT[],
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER NOT NULL,

    CONSTRAINT "Ticket8_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project9" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "bytesField1" BYTEA NOT NULL,
    "jsonField2" JSONB,
    "floatField3" REAL NOT NULL,
    "floatField4" REAL,
    "stringField5" UUID NOT NULL,
    "datetimeField6" TIMESTAMPTZ(6) NOT NULL,
    "intField7" INTEGER[],
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review7Id" INTEGER NOT NULL,

    CONSTRAINT "Project9_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task10" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "intField1" SMALLINT NOT NULL,
    "floatField2" REAL NOT NULL,
    "json_field_3" JSONB,
    "booleanField4" BOOLEAN NOT NULL DEFAULT false,
    "floatField5" REAL,
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
    "stringField0" TEXT NOT NULL,
    "booleanField1" BOOLEAN,
    "boolean_field_2" BOOLEAN NOT NULL DEFAULT false,
    "jsonField3" JSONB,
    "bytesField4" BYTEA NOT NULL,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Comment11_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team12" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "stringField2" TEXT[],
    "floatField3" REAL NOT NULL,
    "intField4" INTEGER NOT NULL DEFAULT 0,
    "stringField5" TEXT[],
    "bytesField6" BYTEA NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER,

    CONSTRAINT "team12_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member13" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "stringField1" TEXT[],
    "bytesField2" BYTEA NOT NULL,
    "int_field_3" SMALLINT NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,

    CONSTRAINT "member13_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document14" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "stringField1" VARCHAR(255) NOT NULL,
    "decimalField2" DECIMAL(65,30)[],
    "intField3" SMALLINT NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER NOT NULL,

    CONSTRAINT "document14_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event15" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "intField1" INTEGER,
    "datetimeField2" TIMESTAMPTZ(6)[],
    "bytesField3" BYTEA,
    "datetimeField4" TIMESTAMPTZ(6) NOT NULL,
    "string_field_5" TEXT NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document14Id" INTEGER NOT NULL,
    "profile13Id" INTEGER,

    CONSTRAINT "Event15_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session16" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT NOT NULL,
    "stringField1" UUID NOT NULL,
    "stringField2" VARCHAR(255) NOT NULL,
    "jsonField3" JSONB NOT NULL,
    "int_field_4" SMALLINT NOT NULL,
    "jsonField5" JSONB,
    "stringField6" VARCHAR(255) NOT NULL,
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
    "string_field_0" TEXT NOT NULL,
    "jsonField1" JSONB NOT NULL,
    "jsonField2" JSONB NOT NULL,
    "floatField3" REAL,
    "intField4" SMALLINT NOT NULL,
    "datetimeField5" TIMESTAMPTZ(6) NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,

    CONSTRAINT "Device17_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report18" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT[],
    "bytesField1" BYTEA,
    "stringField2" TEXT,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member13Id" INTEGER NOT NULL,

    CONSTRAINT "Report18_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contract19" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "float_field_1" REAL NOT NULL,
    "stringField2" TEXT[],
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment11Id" INTEGER,

    CONSTRAINT "contract19_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account20" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2) NOT NULL,
    "string_field_1" TEXT[],
    "boolean_field_2" BOOLEAN,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER NOT NULL,
    "profile18Id" INTEGER,

    CONSTRAINT "account20_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice21" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255),
    "stringField1" TEXT,
    "stringField2" UUID NOT NULL,
    "intField3" SMALLINT NOT NULL,
    "intField4" INTEGER NOT NULL DEFAULT 0,
    "bigintField5" BIGINT[],
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "Invoice21_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order22" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "int_field_1" SMALLINT NOT NULL,
    "float_field_2" REAL,
    "bigintField3" BIGINT NOT NULL,
    "stringField4" VARCHAR(255),
    "jsonField5" JSONB,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "contract19Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Order22_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product23" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "stringField1" TEXT,
    "bigintField2" BIGINT,
    "decimalField3" DECIMAL(10,2),
    "bigintField4" BIGINT[],
    "string_field_5" TEXT NOT NULL,
    "booleanField6" BOOLEAN[],
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER NOT NULL,

    CONSTRAINT "Product23_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer24" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT,
    "stringField1" UUID,
    "decimalField2" DECIMAL(10,2),
    "string_field_3" TEXT NOT NULL,
    "jsonField4" JSONB NOT NULL,
    "stringField5" TEXT NOT NULL,
    "bytesField6" BYTEA NOT NULL,
    "booleanField7" BOOLEAN,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device17Id" INTEGER NOT NULL,

    CONSTRAINT "Customer24_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipment25" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "intField1" INTEGER NOT NULL DEFAULT 0,
    "floatField2" REAL NOT NULL,
    "decimalField3" DECIMAL(10,2),
    "intField4" INTEGER[],
    "intField5" INTEGER[],
    "bigintField6" BIGINT NOT NULL,
    "bytesField7" BYTEA NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session16Id" INTEGER NOT NULL,
    "profile23Id" INTEGER,

    CONSTRAINT "shipment25_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment26" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN[],
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "boolean_field_2" BOOLEAN[],
    "decimal_field_3" DECIMAL(10,2) NOT NULL,
    "intField4" SMALLINT NOT NULL,
    "intField5" SMALLINT,
    "booleanField6" BOOLEAN,
    "booleanField7" BOOLEAN[],
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER NOT NULL,

    CONSTRAINT "payment26_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review27" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6) NOT NULL,
    "stringField1" TEXT,
    "floatField2" REAL NOT NULL,
    "floatField3" REAL,
    "stringField4" UUID NOT NULL,
    "stringField5" TEXT NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "Review27_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket28" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2),
    "stringField1" UUID NOT NULL,
    "string_field_2" TEXT[],
    "stringField3" TEXT,
    "stringField4" TEXT,
    "floatField5" REAL,
    "intField6" INTEGER[],
    "floatField7" REAL,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER NOT NULL,

    CONSTRAINT "Ticket28_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project29" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytes_field_0" BYTEA,
    "stringField1" TEXT NOT NULL,
    "int_field_2" INTEGER NOT NULL DEFAULT 0,
    "stringField3" TEXT[],
    "stringField4" TEXT[],
    "string_field_5" TEXT NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,

    CONSTRAINT "Project29_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task30" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "float_field_0" REAL,
    "jsonField1" JSONB NOT NULL,
    "jsonField2" JSONB,
    "bytesField3" BYTEA NOT NULL,
    "json_field_4" JSONB,
    "stringField5" UUID NOT NULL,
    "jsonField6" JSONB NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER NOT NULL,
    "profile28Id" INTEGER,

    CONSTRAINT "Task30_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment31" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "decimal_field_1" DECIMAL(10,2) NOT NULL,
    "datetime_field_2" TIMESTAMPTZ(6) NOT NULL,
    "intField3" INTEGER[],
    "booleanField4" BOOLEAN,
    "jsonField5" JSONB NOT NULL,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment11Id" INTEGER NOT NULL,

    CONSTRAINT "comment31_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team32" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB,
    "bytes_field_1" BYTEA,
    "jsonField2" JSONB,
    "stringField3" TEXT NOT NULL,
    "intField4" SMALLINT NOT NULL,
    "string_field_5" TEXT,
    "booleanField6" BOOLEAN NOT NULL DEFAULT false,
    "datetimeField7" TIMESTAMPTZ(6) NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice21Id" INTEGER NOT NULL,

    CONSTRAINT "Team32_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member33" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "datetimeField3" TIMESTAMPTZ(6)[],
    "stringField4" VARCHAR(255),
    "stringField5" TEXT NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment11Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "member33_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document34" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "jsonField1" JSONB NOT NULL,
    "jsonField2" JSONB NOT NULL,
    "intField3" INTEGER,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session16Id" INTEGER,

    CONSTRAINT "Document34_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event35" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "intField1" SMALLINT,
    "bytes_field_2" BYTEA,
    "bigint_field_3" BIGINT,
    "intField4" SMALLINT NOT NULL,
    "string_field_5" VARCHAR(255),
    "bytesField6" BYTEA NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,
    "profile33Id" INTEGER,

    CONSTRAINT "Event35_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session36" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "bytes_field_1" BYTEA NOT NULL,
    "bigint_field_2" BIGINT,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review7Id" INTEGER NOT NULL,

    CONSTRAINT "session36_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device37" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "int_field_1" INTEGER[],
    "datetimeField2" TIMESTAMPTZ(6)[],
    "booleanField3" BOOLEAN[],
    "intField4" INTEGER,
    "string_field_5" VARCHAR(255) NOT NULL,
    "intField6" INTEGER[],
    "stringField7" VARCHAR(255),
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER,

    CONSTRAINT "device37_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report38" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" TEXT,
    "booleanField1" BOOLEAN,
    "stringField2" UUID NOT NULL,
    "decimal_field_3" DECIMAL(10,2) NOT NULL,
    "datetimeField4" TIMESTAMPTZ(6) NOT NULL,
    "intField5" INTEGER[],
    "stringField6" UUID,
    "int_field_7" SMALLINT NOT NULL,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task10Id" INTEGER NOT NULL,

    CONSTRAINT "Report38_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contract39" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "jsonField1" JSONB NOT NULL,
    "stringField2" VARCHAR(255) NOT NULL,
    "booleanField3" BOOLEAN NOT NULL DEFAULT false,
    "stringField4" TEXT[],
    "floatField5" REAL,
    "floatField6" DOUBLE PRECISION[],
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project29Id" INTEGER NOT NULL,

    CONSTRAINT "contract39_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account40" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "stringField1" TEXT NOT NULL,
    "stringField2" UUID,
    "stringField3" UUID,
    "bytesField4" BYTEA NOT NULL,
    "datetime_field_5" TIMESTAMPTZ(6) NOT NULL,
    "bigint_field_6" BIGINT NOT NULL,
    "stringField7" VARCHAR(255),
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,
    "profile38Id" INTEGER,

    CONSTRAINT "Account40_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice41" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6)[],
    "bigintField1" BIGINT,
    "bigintField2" BIGINT[],
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team12Id" INTEGER,

    CONSTRAINT "invoice41_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order42" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "stringField1" TEXT[],
    "stringField2" UUID NOT NULL,
    "stringField3" TEXT[],
    "floatField4" REAL NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team32Id" INTEGER NOT NULL,

    CONSTRAINT "Order42_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product43" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "decimalField1" DECIMAL(65,30)[],
    "jsonField2" JSONB NOT NULL,
    "floatField3" REAL NOT NULL,
    "int_field_4" SMALLINT NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER,

    CONSTRAINT "product43_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer44" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "jsonField1" JSONB,
    "stringField2" TEXT NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task10Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Customer44_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment45" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "floatField1" REAL NOT NULL,
    "intField2" INTEGER[],
    "jsonField3" JSONB NOT NULL,
    "intField4" INTEGER NOT NULL DEFAULT 0,
    "boolean_field_5" BOOLEAN NOT NULL DEFAULT false,
    "datetimeField6" TIMESTAMPTZ(6) NOT NULL,
    "floatField7" REAL NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document34Id" INTEGER NOT NULL,
    "profile43Id" INTEGER,

    CONSTRAINT "Shipment45_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment46" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6) NOT NULL,
    "string_field_1" TEXT[],
    "jsonField2" JSONB NOT NULL,
    "booleanField3" BOOLEAN NOT NULL DEFAULT false,
    "decimalField4" DECIMAL(10,2) NOT NULL,
    "int_field_5" INTEGER NOT NULL DEFAULT 0,
    "intField6" INTEGER[],
    "floatField7" REAL NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member33Id" INTEGER NOT NULL,

    CONSTRAINT "Payment46_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review47" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB,
    "stringField1" TEXT[],
    "bytesField2" BYTEA,
    "stringField3" UUID NOT NULL,
    "intField4" SMALLINT,
    "intField5" SMALLINT,
    "stringField6" UUID NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment25Id" INTEGER NOT NULL,

    CONSTRAINT "Review47_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket48" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL,
    "stringField1" VARCHAR(255) NOT NULL,
    "int_field_2" SMALLINT NOT NULL,
    "stringField3" UUID NOT NULL,
    "bytesField4" BYTEA NOT NULL,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review27Id" INTEGER,

    CONSTRAINT "ticket48_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project49" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "stringField1" VARCHAR(255) NOT NULL,
    "floatField2" DOUBLE PRECISION[],
    "datetimeField3" TIMESTAMPTZ(6) NOT NULL,
    "booleanField4" BOOLEAN NOT NULL DEFAULT false,
    "floatField5" REAL NOT NULL,
    "jsonField6" JSONB,
    "stringField7" TEXT NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member13Id" INTEGER NOT NULL,

    CONSTRAINT "Project49_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task50" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT NOT NULL,
    "stringField1" VARCHAR(255),
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "stringField3" TEXT[],
    "stringField4" VARCHAR(255) NOT NULL,
    "bigintField5" BIGINT NOT NULL,
    "json_field_6" JSONB NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER NOT NULL,
    "profile48Id" INTEGER,

    CONSTRAINT "Task50_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment51" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "boolean_field_0" BOOLEAN[],
    "bytesField1" BYTEA NOT NULL,
    "floatField2" REAL NOT NULL,
    "datetimeField3" TIMESTAMPTZ(6),
    "bytesField4" BYTEA NOT NULL,
    "stringField5" TEXT[],
    "booleanField6" BOOLEAN NOT NULL DEFAULT false,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment26Id" INTEGER NOT NULL,

    CONSTRAINT "Comment51_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team52" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "stringField1" TEXT[],
    "decimalField2" DECIMAL(10,2) NOT NULL,
    "stringField3" TEXT NOT NULL,
    "decimalField4" DECIMAL(10,2) NOT NULL,
    "floatField5" REAL,
    "stringField6" TEXT NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,

    CONSTRAINT "Team52_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member53" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6) NOT NULL,
    "float_field_1" REAL,
    "bigintField2" BIGINT NOT NULL,
    "string_field_3" TEXT[],
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session36Id" INTEGER NOT NULL,

    CONSTRAINT "Member53_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document54" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2) NOT NULL,
    "string_field_1" TEXT[],
    "floatField2" REAL,
    "bigintField3" BIGINT[],
    "string_field_4" TEXT[],
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,

    CONSTRAINT "Document54_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event55" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetime_field_0" TIMESTAMPTZ(6),
    "datetimeField1" TIMESTAMPTZ(6),
    "booleanField2" BOOLEAN NOT NULL DEFAULT false,
    "stringField3" TEXT NOT NULL,
    "stringField4" VARCHAR(255) NOT NULL,
    "bigintField5" BIGINT,
    "stringField6" VARCHAR(255),
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session36Id" INTEGER NOT NULL,
    "profile53Id" INTEGER,
    "parentId" INTEGER,

    CONSTRAINT "Event55_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session56" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "bigintField1" BIGINT,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "floatField3" REAL,
    "floatField4" REAL,
    "int_field_5" SMALLINT,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment31Id" INTEGER,

    CONSTRAINT "Session56_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device57" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "datetime_field_1" TIMESTAMPTZ(6) NOT NULL,
    "stringField2" TEXT,
    "stringField3" TEXT,
    "jsonField4" JSONB,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team32Id" INTEGER NOT NULL,

    CONSTRAINT "device57_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report58" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT NOT NULL,
    "stringField1" TEXT,
    "int_field_2" SMALLINT NOT NULL,
    "bigint_field_3" BIGINT NOT NULL,
    "bigintField4" BIGINT[],
    "booleanField5" BOOLEAN NOT NULL DEFAULT false,
    "bytes_field_6" BYTEA,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment25Id" INTEGER NOT NULL,

    CONSTRAINT "Report58_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract59" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "bigintField2" BIGINT[],
    "datetimeField3" TIMESTAMPTZ(6),
    "json_field_4" JSONB NOT NULL,
    "decimal_field_5" DECIMAL(10,2) NOT NULL,
    "boolean_field_6" BOOLEAN NOT NULL DEFAULT false,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document54Id" INTEGER NOT NULL,

    CONSTRAINT "Contract59_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account60" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "intField1" SMALLINT NOT NULL,
    "bigintField2" BIGINT,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice21Id" INTEGER NOT NULL,
    "profile58Id" INTEGER,

    CONSTRAINT "account60_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice61" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6),
    "datetimeField1" TIMESTAMPTZ(6)[],
    "bigintField2" BIGINT NOT NULL,
    "stringField3" TEXT[],
    "datetimeField4" TIMESTAMPTZ(6),
    "json_field_5" JSONB,
    "booleanField6" BOOLEAN[],
    "datetimeField7" TIMESTAMPTZ(6)[],
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member53Id" INTEGER NOT NULL,

    CONSTRAINT "Invoice61_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order62" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2) NOT NULL,
    "jsonField1" JSONB,
    "stringField2" TEXT[],
    "intField3" SMALLINT,
    "datetimeField4" TIMESTAMPTZ(6) NOT NULL,
    "decimalField5" DECIMAL(10,2),
    "decimalField6" DECIMAL(10,2) NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session56Id" INTEGER NOT NULL,

    CONSTRAINT "Order62_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product63" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "bigintField1" BIGINT NOT NULL,
    "booleanField2" BOOLEAN NOT NULL DEFAULT false,
    "stringField3" VARCHAR(255),
    "datetimeField4" TIMESTAMPTZ(6) NOT NULL,
    "string_field_5" TEXT,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document34Id" INTEGER,

    CONSTRAINT "product63_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer64" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "intField1" INTEGER NOT NULL DEFAULT 0,
    "bytesField2" BYTEA NOT NULL,
    "stringField3" UUID,
    "floatField4" DOUBLE PRECISION[],
    "decimalField5" DECIMAL(10,2) NOT NULL,
    "floatField6" REAL NOT NULL,
    "datetimeField7" TIMESTAMPTZ(6) NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device17Id" INTEGER,

    CONSTRAINT "customer64_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment65" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "bigintField1" BIGINT NOT NULL,
    "jsonField2" JSONB,
    "string_field_3" TEXT NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order42Id" INTEGER NOT NULL,
    "profile63Id" INTEGER,

    CONSTRAINT "Shipment65_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment66" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2),
    "stringField1" TEXT,
    "jsonField2" JSONB,
    "intField3" SMALLINT NOT NULL,
    "stringField4" TEXT NOT NULL,
    "bytesField5" BYTEA,
    "string_field_6" UUID NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product43Id" INTEGER,
    "parentId" INTEGER,

    CONSTRAINT "payment66_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review67" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "jsonField1" JSONB NOT NULL,
    "bytes_field_2" BYTEA NOT NULL,
    "stringField3" VARCHAR(255) NOT NULL,
    "bigintField4" BIGINT NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order62Id" INTEGER,

    CONSTRAINT "Review67_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket68" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN,
    "stringField1" TEXT NOT NULL,
    "stringField2" VARCHAR(255) NOT NULL,
    "bytes_field_3" BYTEA,
    "bigint_field_4" BIGINT[],
    "datetimeField5" TIMESTAMPTZ(6) NOT NULL,
    "stringField6" TEXT NOT NULL,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice41Id" INTEGER,

    CONSTRAINT "ticket68_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project69" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytes_field_0" BYTEA NOT NULL,
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "bytesField2" BYTEA,
    "stringField3" VARCHAR(255) NOT NULL,
    "stringField4" UUID NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "report18Id" INTEGER NOT NULL,

    CONSTRAINT "Project69_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task70" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "bytesField1" BYTEA,
    "intField2" INTEGER NOT NULL DEFAULT 0,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket48Id" INTEGER,
    "profile68Id" INTEGER,

    CONSTRAINT "Task70_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment71" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6)[],
    "floatField1" REAL NOT NULL,
    "intField2" INTEGER[],
    "stringField3" TEXT NOT NULL,
    "stringField4" TEXT[],
    "booleanField5" BOOLEAN,
    "bigintField6" BIGINT,
    "bigintField7" BIGINT,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task10Id" INTEGER NOT NULL,

    CONSTRAINT "Comment71_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team72" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "boolean_field_1" BOOLEAN NOT NULL DEFAULT false,
    "json_field_2" JSONB NOT NULL,
    "stringField3" TEXT,
    "json_field_4" JSONB,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket68Id" INTEGER NOT NULL,

    CONSTRAINT "Team72_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member73" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT[],
    "string_field_1" TEXT,
    "stringField2" TEXT[],
    "stringField3" VARCHAR(255) NOT NULL,
    "bytesField4" BYTEA,
    "bigintField5" BIGINT,
    "stringField6" TEXT NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member13Id" INTEGER NOT NULL,

    CONSTRAINT "Member73_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document74" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "intField1" SMALLINT,
    "intField2" INTEGER,
    "intField3" INTEGER,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER,

    CONSTRAINT "document74_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event75" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "boolean_field_0" BOOLEAN,
    "intField1" INTEGER NOT NULL DEFAULT 0,
    "booleanField2" BOOLEAN[],
    "decimal_field_3" DECIMAL(65,30)[],
    "bigintField4" BIGINT NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER,
    "profile73Id" INTEGER,

    CONSTRAINT "Event75_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session76" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" UUID NOT NULL,
    "decimal_field_1" DECIMAL(10,2),
    "string_field_2" UUID,
    "int_field_3" INTEGER NOT NULL DEFAULT 0,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document14Id" INTEGER NOT NULL,

    CONSTRAINT "Session76_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device77" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "bigintField2" BIGINT[],
    "string_field_3" TEXT[],
    "bigintField4" BIGINT,
    "stringField5" UUID NOT NULL,
    "floatField6" REAL NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member13Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Device77_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report78" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "intField1" SMALLINT,
    "floatField2" REAL NOT NULL,
    "json_field_3" JSONB,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project69Id" INTEGER NOT NULL,

    CONSTRAINT "report78_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract79" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "datetimeField1" TIMESTAMPTZ(6),
    "bigintField2" BIGINT NOT NULL,
    "floatField3" REAL,
    "datetimeField4" TIMESTAMPTZ(6) NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice61Id" INTEGER NOT NULL,

    CONSTRAINT "Contract79_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account80" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" VARCHAR(255) NOT NULL,
    "stringField1" TEXT NOT NULL,
    "decimalField2" DECIMAL(65,30)[],
    "booleanField3" BOOLEAN NOT NULL DEFAULT false,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER,
    "profile78Id" INTEGER,

    CONSTRAINT "Account80_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice81" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytes_field_0" BYTEA,
    "datetime_field_1" TIMESTAMPTZ(6),
    "bytesField2" BYTEA,
    "decimalField3" DECIMAL(10,2) NOT NULL,
    "jsonField4" JSONB,
    "decimal_field_5" DECIMAL(10,2),
    "stringField6" TEXT[],
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account40Id" INTEGER NOT NULL,

    CONSTRAINT "Invoice81_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order82" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6)[],
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "stringField3" TEXT NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER NOT NULL,

    CONSTRAINT "Order82_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product83" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigint_field_0" BIGINT NOT NULL,
    "bytesField1" BYTEA,
    "bytesField2" BYTEA,
    "boolean_field_3" BOOLEAN,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document14Id" INTEGER,

    CONSTRAINT "Product83_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer84" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT NOT NULL,
    "bigintField1" BIGINT NOT NULL,
    "bytesField2" BYTEA NOT NULL,
    "decimalField3" DECIMAL(65,30)[],
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project69Id" INTEGER NOT NULL,

    CONSTRAINT "customer84_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment85" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "stringField1" TEXT[],
    "decimalField2" DECIMAL(65,30)[],
    "datetimeField3" TIMESTAMPTZ(6) NOT NULL,
    "datetimeField4" TIMESTAMPTZ(6)[],
    "intField5" SMALLINT,
    "string_field_6" TEXT,
    "stringField7" UUID NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member33Id" INTEGER,
    "profile83Id" INTEGER,

    CONSTRAINT "Shipment85_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment86" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2),
    "bytesField1" BYTEA NOT NULL,
    "bytesField2" BYTEA,
    "floatField3" DOUBLE PRECISION[],
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment31Id" INTEGER NOT NULL,

    CONSTRAINT "Payment86_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review87" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "bigintField1" BIGINT NOT NULL,
    "stringField2" TEXT NOT NULL,
    "stringField3" UUID NOT NULL,
    "json_field_4" JSONB NOT NULL,
    "string_field_5" TEXT[],
    "stringField6" TEXT,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device57Id" INTEGER,

    CONSTRAINT "Review87_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket88" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2),
    "intField1" INTEGER[],
    "string_field_2" UUID,
    "decimalField3" DECIMAL(10,2) NOT NULL,
    "decimalField4" DECIMAL(10,2) NOT NULL,
    "booleanField5" BOOLEAN,
    "decimalField6" DECIMAL(10,2),
    "bigintField7" BIGINT[],
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project29Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Ticket88_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project89" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "intField1" INTEGER NOT NULL DEFAULT 0,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "stringField3" VARCHAR(255),
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product23Id" INTEGER NOT NULL,

    CONSTRAINT "Project89_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task90" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID,
    "bigintField1" BIGINT[],
    "float_field_2" REAL NOT NULL,
    "jsonField3" JSONB,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "report38Id" INTEGER,
    "profile88Id" INTEGER,

    CONSTRAINT "task90_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment91" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6),
    "bytes_field_1" BYTEA,
    "string_field_2" VARCHAR(255),
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document74Id" INTEGER NOT NULL,

    CONSTRAINT "Comment91_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team92" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" TEXT,
    "floatField1" REAL,
    "jsonField2" JSONB,
    "int_field_3" INTEGER NOT NULL DEFAULT 0,
    "booleanField4" BOOLEAN NOT NULL DEFAULT false,
    "stringField5" TEXT NOT NULL,
    "booleanField6" BOOLEAN NOT NULL DEFAULT false,
    "bigintField7" BIGINT,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,

    CONSTRAINT "team92_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member93" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimal_field_0" DECIMAL(65,30)[],
    "json_field_1" JSONB NOT NULL,
    "decimalField2" DECIMAL(10,2) NOT NULL,
    "bytesField3" BYTEA NOT NULL,
    "bytesField4" BYTEA,
    "float_field_5" DOUBLE PRECISION[],
    "decimalField6" DECIMAL(10,2) NOT NULL,
    "intField7" INTEGER NOT NULL DEFAULT 0,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task70Id" INTEGER NOT NULL,

    CONSTRAINT "Member93_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document94" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "stringField1" UUID NOT NULL,
    "bigintField2" BIGINT NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice81Id" INTEGER,

    CONSTRAINT "Document94_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event95" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "json_field_0" JSONB,
    "bigintField1" BIGINT,
    "floatField2" DOUBLE PRECISION[],
    "boolean_field_3" BOOLEAN NOT NULL DEFAULT false,
    "stringField4" TEXT NOT NULL,
    "intField5" INTEGER[],
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "contract19Id" INTEGER,
    "profile93Id" INTEGER,

    CONSTRAINT "event95_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session96" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "stringField1" UUID,
    "intField2" INTEGER,
    "stringField3" UUID,
    "string_field_4" TEXT[],
    "booleanField5" BOOLEAN,
    "bigintField6" BIGINT NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment85Id" INTEGER,

    CONSTRAINT "Session96_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device97" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "string_field_1" TEXT,
    "jsonField2" JSONB NOT NULL,
    "string_field_3" TEXT[],
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account40Id" INTEGER NOT NULL,

    CONSTRAINT "device97_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report98" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "booleanField1" BOOLEAN[],
    "booleanField2" BOOLEAN[],
    "bytesField3" BYTEA,
    "stringField4" TEXT NOT NULL,
    "bytes_field_5" BYTEA,
    "bigintField6" BIGINT NOT NULL,
    "intField7" INTEGER NOT NULL DEFAULT 0,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device77Id" INTEGER,

    CONSTRAINT "Report98_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract99" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "stringField1" TEXT[],
    "floatField2" REAL NOT NULL,
    "stringField3" VARCHAR(255),
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team92Id" INTEGER,
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
CREATE UNIQUE INDEX "Account0_code_createdAt_key" ON "Account0"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice1_code_key" ON "Invoice1"("code");

-- CreateIndex
CREATE INDEX "Invoice1_account0Id_idx" ON "Invoice1"("account0Id");

-- CreateIndex
CREATE INDEX "Invoice1_createdAt_idx" ON "Invoice1"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Order2_code_key" ON "Order2"("code");

-- CreateIndex
CREATE INDEX "Order2_invoice1Id_idx" ON "Order2"("invoice1Id");

-- CreateIndex
CREATE UNIQUE INDEX "Product3_code_key" ON "Product3"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Product3_code_createdAt_key" ON "Product3"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "customer4_code_key" ON "customer4"("code");

-- CreateIndex
CREATE INDEX "customer4_product3Id_idx" ON "customer4"("product3Id");

-- CreateIndex
CREATE UNIQUE INDEX "shipment5_code_key" ON "shipment5"("code");

-- CreateIndex
CREATE UNIQUE INDEX "shipment5_profile3Id_key" ON "shipment5"("profile3Id");

-- CreateIndex
CREATE INDEX "shipment5_order2Id_idx" ON "shipment5"("order2Id");

-- CreateIndex
CREATE INDEX "shipment5_createdAt_idx" ON "shipment5"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Payment6_code_key" ON "Payment6"("code");

-- CreateIndex
CREATE INDEX "Payment6_account0Id_idx" ON "Payment6"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review7_code_key" ON "Review7"("code");

-- CreateIndex
CREATE INDEX "Review7_shipment5Id_idx" ON "Review7"("shipment5Id");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket8_code_key" ON "Ticket8"("code");

-- CreateIndex
CREATE INDEX "Ticket8_payment6Id_idx" ON "Ticket8"("payment6Id");

-- CreateIndex
CREATE UNIQUE INDEX "Project9_code_key" ON "Project9"("code");

-- CreateIndex
CREATE INDEX "Project9_review7Id_idx" ON "Project9"("review7Id");

-- CreateIndex
CREATE INDEX "Project9_createdAt_idx" ON "Project9"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Task10_code_key" ON "Task10"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task10_profile8Id_key" ON "Task10"("profile8Id");

-- CreateIndex
CREATE INDEX "Task10_createdAt_idx" ON "Task10"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Task10_code_createdAt_key" ON "Task10"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Comment11_code_key" ON "Comment11"("code");

-- CreateIndex
CREATE UNIQUE INDEX "team12_code_key" ON "team12"("code");

-- CreateIndex
CREATE UNIQUE INDEX "team12_code_createdAt_key" ON "team12"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "member13_code_key" ON "member13"("code");

-- CreateIndex
CREATE UNIQUE INDEX "document14_code_key" ON "document14"("code");

-- CreateIndex
CREATE INDEX "document14_ticket8Id_idx" ON "document14"("ticket8Id");

-- CreateIndex
CREATE INDEX "document14_createdAt_idx" ON "document14"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "document14_code_createdAt_key" ON "document14"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Event15_code_key" ON "Event15"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event15_profile13Id_key" ON "Event15"("profile13Id");

-- CreateIndex
CREATE INDEX "Event15_document14Id_idx" ON "Event15"("document14Id");

-- CreateIndex
CREATE UNIQUE INDEX "Event15_code_createdAt_key" ON "Event15"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Session16_code_key" ON "Session16"("code");

-- CreateIndex
CREATE INDEX "Session16_event15Id_idx" ON "Session16"("event15Id");

-- CreateIndex
CREATE UNIQUE INDEX "Session16_code_createdAt_key" ON "Session16"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Device17_code_key" ON "Device17"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Report18_code_key" ON "Report18"("code");

-- CreateIndex
CREATE INDEX "Report18_member13Id_idx" ON "Report18"("member13Id");

-- CreateIndex
CREATE UNIQUE INDEX "contract19_code_key" ON "contract19"("code");

-- CreateIndex
CREATE INDEX "contract19_comment11Id_idx" ON "contract19"("comment11Id");

-- CreateIndex
CREATE UNIQUE INDEX "contract19_code_createdAt_key" ON "contract19"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "account20_code_key" ON "account20"("code");

-- CreateIndex
CREATE UNIQUE INDEX "account20_profile18Id_key" ON "account20"("profile18Id");

-- CreateIndex
CREATE INDEX "account20_shipment5Id_idx" ON "account20"("shipment5Id");

-- CreateIndex
CREATE INDEX "account20_createdAt_idx" ON "account20"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice21_code_key" ON "Invoice21"("code");

-- CreateIndex
CREATE INDEX "Invoice21_createdAt_idx" ON "Invoice21"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Order22_code_key" ON "Order22"("code");

-- CreateIndex
CREATE INDEX "Order22_contract19Id_idx" ON "Order22"("contract19Id");

-- CreateIndex
CREATE INDEX "Order22_createdAt_idx" ON "Order22"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Product23_code_key" ON "Product23"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Customer24_code_key" ON "Customer24"("code");

-- CreateIndex
CREATE INDEX "Customer24_device17Id_idx" ON "Customer24"("device17Id");

-- CreateIndex
CREATE INDEX "Customer24_createdAt_idx" ON "Customer24"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Customer24_code_createdAt_key" ON "Customer24"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "shipment25_code_key" ON "shipment25"("code");

-- CreateIndex
CREATE UNIQUE INDEX "shipment25_profile23Id_key" ON "shipment25"("profile23Id");

-- CreateIndex
CREATE INDEX "shipment25_session16Id_idx" ON "shipment25"("session16Id");

-- CreateIndex
CREATE INDEX "shipment25_createdAt_idx" ON "shipment25"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "payment26_code_key" ON "payment26"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Review27_code_key" ON "Review27"("code");

-- CreateIndex
CREATE INDEX "Review27_account0Id_idx" ON "Review27"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket28_code_key" ON "Ticket28"("code");

-- CreateIndex
CREATE INDEX "Ticket28_customer4Id_idx" ON "Ticket28"("customer4Id");

-- CreateIndex
CREATE UNIQUE INDEX "Project29_code_key" ON "Project29"("code");

-- CreateIndex
CREATE INDEX "Project29_invoice1Id_idx" ON "Project29"("invoice1Id");

-- CreateIndex
CREATE UNIQUE INDEX "Task30_code_key" ON "Task30"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task30_profile28Id_key" ON "Task30"("profile28Id");

-- CreateIndex
CREATE INDEX "Task30_payment6Id_idx" ON "Task30"("payment6Id");

-- CreateIndex
CREATE UNIQUE INDEX "Task30_code_createdAt_key" ON "Task30"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "comment31_code_key" ON "comment31"("code");

-- CreateIndex
CREATE INDEX "comment31_comment11Id_idx" ON "comment31"("comment11Id");

-- CreateIndex
CREATE UNIQUE INDEX "Team32_code_key" ON "Team32"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Team32_code_createdAt_key" ON "Team32"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "member33_code_key" ON "member33"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Document34_code_key" ON "Document34"("code");

-- CreateIndex
CREATE INDEX "Document34_session16Id_idx" ON "Document34"("session16Id");

-- CreateIndex
CREATE INDEX "Document34_createdAt_idx" ON "Document34"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Document34_code_createdAt_key" ON "Document34"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Event35_code_key" ON "Event35"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event35_profile33Id_key" ON "Event35"("profile33Id");

-- CreateIndex
CREATE INDEX "Event35_invoice1Id_idx" ON "Event35"("invoice1Id");

-- CreateIndex
CREATE UNIQUE INDEX "Event35_code_createdAt_key" ON "Event35"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "session36_code_key" ON "session36"("code");

-- CreateIndex
CREATE INDEX "session36_review7Id_idx" ON "session36"("review7Id");

-- CreateIndex
CREATE UNIQUE INDEX "device37_code_key" ON "device37"("code");

-- CreateIndex
CREATE INDEX "device37_customer4Id_idx" ON "device37"("customer4Id");

-- CreateIndex
CREATE INDEX "device37_createdAt_idx" ON "device37"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Report38_code_key" ON "Report38"("code");

-- CreateIndex
CREATE UNIQUE INDEX "contract39_code_key" ON "contract39"("code");

-- CreateIndex
CREATE INDEX "contract39_project29Id_idx" ON "contract39"("project29Id");

-- CreateIndex
CREATE UNIQUE INDEX "contract39_code_createdAt_key" ON "contract39"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Account40_code_key" ON "Account40"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Account40_profile38Id_key" ON "Account40"("profile38Id");

-- CreateIndex
CREATE INDEX "Account40_invoice1Id_idx" ON "Account40"("invoice1Id");

-- CreateIndex
CREATE INDEX "Account40_createdAt_idx" ON "Account40"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "invoice41_code_key" ON "invoice41"("code");

-- CreateIndex
CREATE UNIQUE INDEX "invoice41_code_createdAt_key" ON "invoice41"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Order42_code_key" ON "Order42"("code");

-- CreateIndex
CREATE INDEX "Order42_team32Id_idx" ON "Order42"("team32Id");

-- CreateIndex
CREATE INDEX "Order42_createdAt_idx" ON "Order42"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Order42_code_createdAt_key" ON "Order42"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "product43_code_key" ON "product43"("code");

-- CreateIndex
CREATE INDEX "product43_invoice1Id_idx" ON "product43"("invoice1Id");

-- CreateIndex
CREATE INDEX "product43_createdAt_idx" ON "product43"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Customer44_code_key" ON "Customer44"("code");

-- CreateIndex
CREATE INDEX "Customer44_task10Id_idx" ON "Customer44"("task10Id");

-- CreateIndex
CREATE UNIQUE INDEX "Customer44_code_createdAt_key" ON "Customer44"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment45_code_key" ON "Shipment45"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment45_profile43Id_key" ON "Shipment45"("profile43Id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment46_code_key" ON "Payment46"("code");

-- CreateIndex
CREATE INDEX "Payment46_member33Id_idx" ON "Payment46"("member33Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review47_code_key" ON "Review47"("code");

-- CreateIndex
CREATE INDEX "Review47_shipment25Id_idx" ON "Review47"("shipment25Id");

-- CreateIndex
CREATE INDEX "Review47_createdAt_idx" ON "Review47"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ticket48_code_key" ON "ticket48"("code");

-- CreateIndex
CREATE INDEX "ticket48_review27Id_idx" ON "ticket48"("review27Id");

-- CreateIndex
CREATE UNIQUE INDEX "Project49_code_key" ON "Project49"("code");

-- CreateIndex
CREATE INDEX "Project49_member13Id_idx" ON "Project49"("member13Id");

-- CreateIndex
CREATE UNIQUE INDEX "Project49_code_createdAt_key" ON "Project49"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Task50_code_key" ON "Task50"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task50_profile48Id_key" ON "Task50"("profile48Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment51_code_key" ON "Comment51"("code");

-- CreateIndex
CREATE INDEX "Comment51_payment26Id_idx" ON "Comment51"("payment26Id");

-- CreateIndex
CREATE UNIQUE INDEX "Team52_code_key" ON "Team52"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Team52_code_createdAt_key" ON "Team52"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Member53_code_key" ON "Member53"("code");

-- CreateIndex
CREATE INDEX "Member53_session36Id_idx" ON "Member53"("session36Id");

-- CreateIndex
CREATE UNIQUE INDEX "Document54_code_key" ON "Document54"("code");

-- CreateIndex
CREATE INDEX "Document54_order2Id_idx" ON "Document54"("order2Id");

-- CreateIndex
CREATE UNIQUE INDEX "Event55_code_key" ON "Event55"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event55_profile53Id_key" ON "Event55"("profile53Id");

-- CreateIndex
CREATE INDEX "Event55_session36Id_idx" ON "Event55"("session36Id");

-- CreateIndex
CREATE UNIQUE INDEX "Session56_code_key" ON "Session56"("code");

-- CreateIndex
CREATE INDEX "Session56_comment31Id_idx" ON "Session56"("comment31Id");

-- CreateIndex
CREATE UNIQUE INDEX "Session56_code_createdAt_key" ON "Session56"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "device57_code_key" ON "device57"("code");

-- CreateIndex
CREATE INDEX "device57_team32Id_idx" ON "device57"("team32Id");

-- CreateIndex
CREATE UNIQUE INDEX "device57_code_createdAt_key" ON "device57"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Report58_code_key" ON "Report58"("code");

-- CreateIndex
CREATE INDEX "Report58_shipment25Id_idx" ON "Report58"("shipment25Id");

-- CreateIndex
CREATE INDEX "Report58_createdAt_idx" ON "Report58"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Contract59_code_key" ON "Contract59"("code");

-- CreateIndex
CREATE INDEX "Contract59_createdAt_idx" ON "Contract59"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "account60_code_key" ON "account60"("code");

-- CreateIndex
CREATE UNIQUE INDEX "account60_profile58Id_key" ON "account60"("profile58Id");

-- CreateIndex
CREATE INDEX "account60_invoice21Id_idx" ON "account60"("invoice21Id");

-- CreateIndex
CREATE INDEX "account60_createdAt_idx" ON "account60"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice61_code_key" ON "Invoice61"("code");

-- CreateIndex
CREATE INDEX "Invoice61_member53Id_idx" ON "Invoice61"("member53Id");

-- CreateIndex
CREATE UNIQUE INDEX "Order62_code_key" ON "Order62"("code");

-- CreateIndex
CREATE INDEX "Order62_session56Id_idx" ON "Order62"("session56Id");

-- CreateIndex
CREATE UNIQUE INDEX "product63_code_key" ON "product63"("code");

-- CreateIndex
CREATE INDEX "product63_document34Id_idx" ON "product63"("document34Id");

-- CreateIndex
CREATE UNIQUE INDEX "customer64_code_key" ON "customer64"("code");

-- CreateIndex
CREATE INDEX "customer64_device17Id_idx" ON "customer64"("device17Id");

-- CreateIndex
CREATE UNIQUE INDEX "customer64_code_createdAt_key" ON "customer64"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment65_code_key" ON "Shipment65"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment65_profile63Id_key" ON "Shipment65"("profile63Id");

-- CreateIndex
CREATE INDEX "Shipment65_order42Id_idx" ON "Shipment65"("order42Id");

-- CreateIndex
CREATE UNIQUE INDEX "payment66_code_key" ON "payment66"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Review67_code_key" ON "Review67"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ticket68_code_key" ON "ticket68"("code");

-- CreateIndex
CREATE INDEX "ticket68_invoice41Id_idx" ON "ticket68"("invoice41Id");

-- CreateIndex
CREATE UNIQUE INDEX "ticket68_code_createdAt_key" ON "ticket68"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Project69_code_key" ON "Project69"("code");

-- CreateIndex
CREATE INDEX "Project69_report18Id_idx" ON "Project69"("report18Id");

-- CreateIndex
CREATE INDEX "Project69_createdAt_idx" ON "Project69"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Project69_code_createdAt_key" ON "Project69"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Task70_code_key" ON "Task70"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task70_profile68Id_key" ON "Task70"("profile68Id");

-- CreateIndex
CREATE INDEX "Task70_ticket48Id_idx" ON "Task70"("ticket48Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment71_code_key" ON "Comment71"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Team72_code_key" ON "Team72"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Member73_code_key" ON "Member73"("code");

-- CreateIndex
CREATE INDEX "Member73_member13Id_idx" ON "Member73"("member13Id");

-- CreateIndex
CREATE INDEX "Member73_createdAt_idx" ON "Member73"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Member73_code_createdAt_key" ON "Member73"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "document74_code_key" ON "document74"("code");

-- CreateIndex
CREATE INDEX "document74_createdAt_idx" ON "document74"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "document74_code_createdAt_key" ON "document74"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Event75_code_key" ON "Event75"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event75_profile73Id_key" ON "Event75"("profile73Id");

-- CreateIndex
CREATE INDEX "Event75_shipment5Id_idx" ON "Event75"("shipment5Id");

-- CreateIndex
CREATE INDEX "Event75_createdAt_idx" ON "Event75"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Event75_code_createdAt_key" ON "Event75"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Session76_code_key" ON "Session76"("code");

-- CreateIndex
CREATE INDEX "Session76_document14Id_idx" ON "Session76"("document14Id");

-- CreateIndex
CREATE INDEX "Session76_createdAt_idx" ON "Session76"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Device77_code_key" ON "Device77"("code");

-- CreateIndex
CREATE UNIQUE INDEX "report78_code_key" ON "report78"("code");

-- CreateIndex
CREATE INDEX "report78_project69Id_idx" ON "report78"("project69Id");

-- CreateIndex
CREATE UNIQUE INDEX "Contract79_code_key" ON "Contract79"("code");

-- CreateIndex
CREATE INDEX "Contract79_invoice61Id_idx" ON "Contract79"("invoice61Id");

-- CreateIndex
CREATE UNIQUE INDEX "Account80_code_key" ON "Account80"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Account80_profile78Id_key" ON "Account80"("profile78Id");

-- CreateIndex
CREATE INDEX "Account80_createdAt_idx" ON "Account80"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice81_code_key" ON "Invoice81"("code");

-- CreateIndex
CREATE INDEX "Invoice81_account40Id_idx" ON "Invoice81"("account40Id");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice81_code_createdAt_key" ON "Invoice81"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Order82_code_key" ON "Order82"("code");

-- CreateIndex
CREATE INDEX "Order82_createdAt_idx" ON "Order82"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Product83_code_key" ON "Product83"("code");

-- CreateIndex
CREATE UNIQUE INDEX "customer84_code_key" ON "customer84"("code");

-- CreateIndex
CREATE INDEX "customer84_project69Id_idx" ON "customer84"("project69Id");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment85_code_key" ON "Shipment85"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment85_profile83Id_key" ON "Shipment85"("profile83Id");

-- CreateIndex
CREATE INDEX "Shipment85_member33Id_idx" ON "Shipment85"("member33Id");

-- CreateIndex
CREATE INDEX "Shipment85_createdAt_idx" ON "Shipment85"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Payment86_code_key" ON "Payment86"("code");

-- CreateIndex
CREATE INDEX "Payment86_comment31Id_idx" ON "Payment86"("comment31Id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment86_code_createdAt_key" ON "Payment86"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Review87_code_key" ON "Review87"("code");

-- CreateIndex
CREATE INDEX "Review87_device57Id_idx" ON "Review87"("device57Id");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket88_code_key" ON "Ticket88"("code");

-- CreateIndex
CREATE INDEX "Ticket88_project29Id_idx" ON "Ticket88"("project29Id");

-- CreateIndex
CREATE UNIQUE INDEX "Project89_code_key" ON "Project89"("code");

-- CreateIndex
CREATE UNIQUE INDEX "task90_code_key" ON "task90"("code");

-- CreateIndex
CREATE UNIQUE INDEX "task90_profile88Id_key" ON "task90"("profile88Id");

-- CreateIndex
CREATE INDEX "task90_report38Id_idx" ON "task90"("report38Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment91_code_key" ON "Comment91"("code");

-- CreateIndex
CREATE INDEX "Comment91_document74Id_idx" ON "Comment91"("document74Id");

-- CreateIndex
CREATE INDEX "Comment91_createdAt_idx" ON "Comment91"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "team92_code_key" ON "team92"("code");

-- CreateIndex
CREATE INDEX "team92_order2Id_idx" ON "team92"("order2Id");

-- CreateIndex
CREATE UNIQUE INDEX "team92_code_createdAt_key" ON "team92"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Member93_code_key" ON "Member93"("code");

-- CreateIndex
CREATE INDEX "Member93_task70Id_idx" ON "Member93"("task70Id");

-- CreateIndex
CREATE INDEX "Member93_createdAt_idx" ON "Member93"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Document94_code_key" ON "Document94"("code");

-- CreateIndex
CREATE INDEX "Document94_invoice81Id_idx" ON "Document94"("invoice81Id");

-- CreateIndex
CREATE UNIQUE INDEX "event95_code_key" ON "event95"("code");

-- CreateIndex
CREATE UNIQUE INDEX "event95_profile93Id_key" ON "event95"("profile93Id");

-- CreateIndex
CREATE INDEX "event95_contract19Id_idx" ON "event95"("contract19Id");

-- CreateIndex
CREATE UNIQUE INDEX "Session96_code_key" ON "Session96"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Session96_code_createdAt_key" ON "Session96"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "device97_code_key" ON "device97"("code");

-- CreateIndex
CREATE INDEX "device97_account40Id_idx" ON "device97"("account40Id");

-- CreateIndex
CREATE UNIQUE INDEX "Report98_code_key" ON "Report98"("code");

-- CreateIndex
CREATE INDEX "Report98_device77Id_idx" ON "Report98"("device77Id");

-- CreateIndex
CREATE INDEX "Report98_createdAt_idx" ON "Report98"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Contract99_code_key" ON "Contract99"("code");

-- CreateIndex
CREATE INDEX "Contract99_createdAt_idx" ON "Contract99"("createdAt" DESC);

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
ALTER TABLE "Order2" ADD CONSTRAINT "Order2_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product3" ADD CONSTRAINT "Product3_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer4" ADD CONSTRAINT "customer4_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "Product3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment5" ADD CONSTRAINT "shipment5_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment5" ADD CONSTRAINT "shipment5_profile3Id_fkey" FOREIGN KEY ("profile3Id") REFERENCES "Product3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment6" ADD CONSTRAINT "Payment6_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review7" ADD CONSTRAINT "Review7_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "shipment5"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket8" ADD CONSTRAINT "Ticket8_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "Payment6"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project9" ADD CONSTRAINT "Project9_review7Id_fkey" FOREIGN KEY ("review7Id") REFERENCES "Review7"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task10" ADD CONSTRAINT "Task10_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "Product3"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task10" ADD CONSTRAINT "Task10_profile8Id_fkey" FOREIGN KEY ("profile8Id") REFERENCES "Ticket8"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment11" ADD CONSTRAINT "Comment11_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment11" ADD CONSTRAINT "Comment11_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment11"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team12" ADD CONSTRAINT "team12_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member13" ADD CONSTRAINT "member13_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document14" ADD CONSTRAINT "document14_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event15" ADD CONSTRAINT "Event15_document14Id_fkey" FOREIGN KEY ("document14Id") REFERENCES "document14"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event15" ADD CONSTRAINT "Event15_profile13Id_fkey" FOREIGN KEY ("profile13Id") REFERENCES "member13"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session16" ADD CONSTRAINT "Session16_event15Id_fkey" FOREIGN KEY ("event15Id") REFERENCES "Event15"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device17" ADD CONSTRAINT "Device17_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report18" ADD CONSTRAINT "Report18_member13Id_fkey" FOREIGN KEY ("member13Id") REFERENCES "member13"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract19" ADD CONSTRAINT "contract19_comment11Id_fkey" FOREIGN KEY ("comment11Id") REFERENCES "Comment11"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account20" ADD CONSTRAINT "account20_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "shipment5"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account20" ADD CONSTRAINT "account20_profile18Id_fkey" FOREIGN KEY ("profile18Id") REFERENCES "Report18"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice21" ADD CONSTRAINT "Invoice21_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order22" ADD CONSTRAINT "Order22_contract19Id_fkey" FOREIGN KEY ("contract19Id") REFERENCES "contract19"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order22" ADD CONSTRAINT "Order22_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Order22"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product23" ADD CONSTRAINT "Product23_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "shipment5"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer24" ADD CONSTRAINT "Customer24_device17Id_fkey" FOREIGN KEY ("device17Id") REFERENCES "Device17"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment25" ADD CONSTRAINT "shipment25_session16Id_fkey" FOREIGN KEY ("session16Id") REFERENCES "Session16"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment25" ADD CONSTRAINT "shipment25_profile23Id_fkey" FOREIGN KEY ("profile23Id") REFERENCES "Product23"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment26" ADD CONSTRAINT "payment26_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review27" ADD CONSTRAINT "Review27_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket28" ADD CONSTRAINT "Ticket28_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "customer4"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project29" ADD CONSTRAINT "Project29_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task30" ADD CONSTRAINT "Task30_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "Payment6"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task30" ADD CONSTRAINT "Task30_profile28Id_fkey" FOREIGN KEY ("profile28Id") REFERENCES "Ticket28"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment31" ADD CONSTRAINT "comment31_comment11Id_fkey" FOREIGN KEY ("comment11Id") REFERENCES "Comment11"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team32" ADD CONSTRAINT "Team32_invoice21Id_fkey" FOREIGN KEY ("invoice21Id") REFERENCES "Invoice21"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member33" ADD CONSTRAINT "member33_comment11Id_fkey" FOREIGN KEY ("comment11Id") REFERENCES "Comment11"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member33" ADD CONSTRAINT "member33_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "member33"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document34" ADD CONSTRAINT "Document34_session16Id_fkey" FOREIGN KEY ("session16Id") REFERENCES "Session16"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event35" ADD CONSTRAINT "Event35_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event35" ADD CONSTRAINT "Event35_profile33Id_fkey" FOREIGN KEY ("profile33Id") REFERENCES "member33"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session36" ADD CONSTRAINT "session36_review7Id_fkey" FOREIGN KEY ("review7Id") REFERENCES "Review7"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device37" ADD CONSTRAINT "device37_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report38" ADD CONSTRAINT "Report38_task10Id_fkey" FOREIGN KEY ("task10Id") REFERENCES "Task10"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract39" ADD CONSTRAINT "contract39_project29Id_fkey" FOREIGN KEY ("project29Id") REFERENCES "Project29"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account40" ADD CONSTRAINT "Account40_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account40" ADD CONSTRAINT "Account40_profile38Id_fkey" FOREIGN KEY ("profile38Id") REFERENCES "Report38"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice41" ADD CONSTRAINT "invoice41_team12Id_fkey" FOREIGN KEY ("team12Id") REFERENCES "team12"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order42" ADD CONSTRAINT "Order42_team32Id_fkey" FOREIGN KEY ("team32Id") REFERENCES "Team32"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product43" ADD CONSTRAINT "product43_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer44" ADD CONSTRAINT "Customer44_task10Id_fkey" FOREIGN KEY ("task10Id") REFERENCES "Task10"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer44" ADD CONSTRAINT "Customer44_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Customer44"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment45" ADD CONSTRAINT "Shipment45_document34Id_fkey" FOREIGN KEY ("document34Id") REFERENCES "Document34"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment45" ADD CONSTRAINT "Shipment45_profile43Id_fkey" FOREIGN KEY ("profile43Id") REFERENCES "product43"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment46" ADD CONSTRAINT "Payment46_member33Id_fkey" FOREIGN KEY ("member33Id") REFERENCES "member33"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review47" ADD CONSTRAINT "Review47_shipment25Id_fkey" FOREIGN KEY ("shipment25Id") REFERENCES "shipment25"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket48" ADD CONSTRAINT "ticket48_review27Id_fkey" FOREIGN KEY ("review27Id") REFERENCES "Review27"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project49" ADD CONSTRAINT "Project49_member13Id_fkey" FOREIGN KEY ("member13Id") REFERENCES "member13"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task50" ADD CONSTRAINT "Task50_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task50" ADD CONSTRAINT "Task50_profile48Id_fkey" FOREIGN KEY ("profile48Id") REFERENCES "ticket48"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment51" ADD CONSTRAINT "Comment51_payment26Id_fkey" FOREIGN KEY ("payment26Id") REFERENCES "payment26"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team52" ADD CONSTRAINT "Team52_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member53" ADD CONSTRAINT "Member53_session36Id_fkey" FOREIGN KEY ("session36Id") REFERENCES "session36"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document54" ADD CONSTRAINT "Document54_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event55" ADD CONSTRAINT "Event55_session36Id_fkey" FOREIGN KEY ("session36Id") REFERENCES "session36"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event55" ADD CONSTRAINT "Event55_profile53Id_fkey" FOREIGN KEY ("profile53Id") REFERENCES "Member53"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event55" ADD CONSTRAINT "Event55_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Event55"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session56" ADD CONSTRAINT "Session56_comment31Id_fkey" FOREIGN KEY ("comment31Id") REFERENCES "comment31"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device57" ADD CONSTRAINT "device57_team32Id_fkey" FOREIGN KEY ("team32Id") REFERENCES "Team32"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report58" ADD CONSTRAINT "Report58_shipment25Id_fkey" FOREIGN KEY ("shipment25Id") REFERENCES "shipment25"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract59" ADD CONSTRAINT "Contract59_document54Id_fkey" FOREIGN KEY ("document54Id") REFERENCES "Document54"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account60" ADD CONSTRAINT "account60_invoice21Id_fkey" FOREIGN KEY ("invoice21Id") REFERENCES "Invoice21"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account60" ADD CONSTRAINT "account60_profile58Id_fkey" FOREIGN KEY ("profile58Id") REFERENCES "Report58"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice61" ADD CONSTRAINT "Invoice61_member53Id_fkey" FOREIGN KEY ("member53Id") REFERENCES "Member53"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order62" ADD CONSTRAINT "Order62_session56Id_fkey" FOREIGN KEY ("session56Id") REFERENCES "Session56"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product63" ADD CONSTRAINT "product63_document34Id_fkey" FOREIGN KEY ("document34Id") REFERENCES "Document34"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer64" ADD CONSTRAINT "customer64_device17Id_fkey" FOREIGN KEY ("device17Id") REFERENCES "Device17"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment65" ADD CONSTRAINT "Shipment65_order42Id_fkey" FOREIGN KEY ("order42Id") REFERENCES "Order42"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment65" ADD CONSTRAINT "Shipment65_profile63Id_fkey" FOREIGN KEY ("profile63Id") REFERENCES "product63"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment66" ADD CONSTRAINT "payment66_product43Id_fkey" FOREIGN KEY ("product43Id") REFERENCES "product43"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment66" ADD CONSTRAINT "payment66_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "payment66"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review67" ADD CONSTRAINT "Review67_order62Id_fkey" FOREIGN KEY ("order62Id") REFERENCES "Order62"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket68" ADD CONSTRAINT "ticket68_invoice41Id_fkey" FOREIGN KEY ("invoice41Id") REFERENCES "invoice41"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project69" ADD CONSTRAINT "Project69_report18Id_fkey" FOREIGN KEY ("report18Id") REFERENCES "Report18"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task70" ADD CONSTRAINT "Task70_ticket48Id_fkey" FOREIGN KEY ("ticket48Id") REFERENCES "ticket48"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task70" ADD CONSTRAINT "Task70_profile68Id_fkey" FOREIGN KEY ("profile68Id") REFERENCES "ticket68"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment71" ADD CONSTRAINT "Comment71_task10Id_fkey" FOREIGN KEY ("task10Id") REFERENCES "Task10"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team72" ADD CONSTRAINT "Team72_ticket68Id_fkey" FOREIGN KEY ("ticket68Id") REFERENCES "ticket68"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member73" ADD CONSTRAINT "Member73_member13Id_fkey" FOREIGN KEY ("member13Id") REFERENCES "member13"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document74" ADD CONSTRAINT "document74_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event75" ADD CONSTRAINT "Event75_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "shipment5"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event75" ADD CONSTRAINT "Event75_profile73Id_fkey" FOREIGN KEY ("profile73Id") REFERENCES "Member73"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session76" ADD CONSTRAINT "Session76_document14Id_fkey" FOREIGN KEY ("document14Id") REFERENCES "document14"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device77" ADD CONSTRAINT "Device77_member13Id_fkey" FOREIGN KEY ("member13Id") REFERENCES "member13"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device77" ADD CONSTRAINT "Device77_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Device77"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report78" ADD CONSTRAINT "report78_project69Id_fkey" FOREIGN KEY ("project69Id") REFERENCES "Project69"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract79" ADD CONSTRAINT "Contract79_invoice61Id_fkey" FOREIGN KEY ("invoice61Id") REFERENCES "Invoice61"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account80" ADD CONSTRAINT "Account80_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "shipment5"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account80" ADD CONSTRAINT "Account80_profile78Id_fkey" FOREIGN KEY ("profile78Id") REFERENCES "report78"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice81" ADD CONSTRAINT "Invoice81_account40Id_fkey" FOREIGN KEY ("account40Id") REFERENCES "Account40"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order82" ADD CONSTRAINT "Order82_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product83" ADD CONSTRAINT "Product83_document14Id_fkey" FOREIGN KEY ("document14Id") REFERENCES "document14"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer84" ADD CONSTRAINT "customer84_project69Id_fkey" FOREIGN KEY ("project69Id") REFERENCES "Project69"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment85" ADD CONSTRAINT "Shipment85_member33Id_fkey" FOREIGN KEY ("member33Id") REFERENCES "member33"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment85" ADD CONSTRAINT "Shipment85_profile83Id_fkey" FOREIGN KEY ("profile83Id") REFERENCES "Product83"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment86" ADD CONSTRAINT "Payment86_comment31Id_fkey" FOREIGN KEY ("comment31Id") REFERENCES "comment31"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review87" ADD CONSTRAINT "Review87_device57Id_fkey" FOREIGN KEY ("device57Id") REFERENCES "device57"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket88" ADD CONSTRAINT "Ticket88_project29Id_fkey" FOREIGN KEY ("project29Id") REFERENCES "Project29"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket88" ADD CONSTRAINT "Ticket88_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Ticket88"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project89" ADD CONSTRAINT "Project89_product23Id_fkey" FOREIGN KEY ("product23Id") REFERENCES "Product23"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task90" ADD CONSTRAINT "task90_report38Id_fkey" FOREIGN KEY ("report38Id") REFERENCES "Report38"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task90" ADD CONSTRAINT "task90_profile88Id_fkey" FOREIGN KEY ("profile88Id") REFERENCES "Ticket88"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment91" ADD CONSTRAINT "Comment91_document74Id_fkey" FOREIGN KEY ("document74Id") REFERENCES "document74"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team92" ADD CONSTRAINT "team92_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member93" ADD CONSTRAINT "Member93_task70Id_fkey" FOREIGN KEY ("task70Id") REFERENCES "Task70"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document94" ADD CONSTRAINT "Document94_invoice81Id_fkey" FOREIGN KEY ("invoice81Id") REFERENCES "Invoice81"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event95" ADD CONSTRAINT "event95_contract19Id_fkey" FOREIGN KEY ("contract19Id") REFERENCES "contract19"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event95" ADD CONSTRAINT "event95_profile93Id_fkey" FOREIGN KEY ("profile93Id") REFERENCES "Member93"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session96" ADD CONSTRAINT "Session96_shipment85Id_fkey" FOREIGN KEY ("shipment85Id") REFERENCES "Shipment85"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device97" ADD CONSTRAINT "device97_account40Id_fkey" FOREIGN KEY ("account40Id") REFERENCES "Account40"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report98" ADD CONSTRAINT "Report98_device77Id_fkey" FOREIGN KEY ("device77Id") REFERENCES "Device77"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract99" ADD CONSTRAINT "Contract99_team92Id_fkey" FOREIGN KEY ("team92Id") REFERENCES "team92"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract99" ADD CONSTRAINT "Contract99_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Contract99"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7_4" ADD CONSTRAINT "_M7_4_A_fkey" FOREIGN KEY ("A") REFERENCES "customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

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
ALTER TABLE "_M28_25" ADD CONSTRAINT "_M28_25_A_fkey" FOREIGN KEY ("A") REFERENCES "shipment25"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M28_25" ADD CONSTRAINT "_M28_25_B_fkey" FOREIGN KEY ("B") REFERENCES "Ticket28"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M35_32" ADD CONSTRAINT "_M35_32_A_fkey" FOREIGN KEY ("A") REFERENCES "Event35"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M35_32" ADD CONSTRAINT "_M35_32_B_fkey" FOREIGN KEY ("B") REFERENCES "Team32"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M42_39" ADD CONSTRAINT "_M42_39_A_fkey" FOREIGN KEY ("A") REFERENCES "contract39"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M42_39" ADD CONSTRAINT "_M42_39_B_fkey" FOREIGN KEY ("B") REFERENCES "Order42"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M49_46" ADD CONSTRAINT "_M49_46_A_fkey" FOREIGN KEY ("A") REFERENCES "Payment46"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M49_46" ADD CONSTRAINT "_M49_46_B_fkey" FOREIGN KEY ("B") REFERENCES "Project49"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M56_53" ADD CONSTRAINT "_M56_53_A_fkey" FOREIGN KEY ("A") REFERENCES "Member53"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M56_53" ADD CONSTRAINT "_M56_53_B_fkey" FOREIGN KEY ("B") REFERENCES "Session56"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M63_60" ADD CONSTRAINT "_M63_60_A_fkey" FOREIGN KEY ("A") REFERENCES "account60"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M63_60" ADD CONSTRAINT "_M63_60_B_fkey" FOREIGN KEY ("B") REFERENCES "product63"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M70_67" ADD CONSTRAINT "_M70_67_A_fkey" FOREIGN KEY ("A") REFERENCES "Review67"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M70_67" ADD CONSTRAINT "_M70_67_B_fkey" FOREIGN KEY ("B") REFERENCES "Task70"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M77_74" ADD CONSTRAINT "_M77_74_A_fkey" FOREIGN KEY ("A") REFERENCES "Device77"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M77_74" ADD CONSTRAINT "_M77_74_B_fkey" FOREIGN KEY ("B") REFERENCES "document74"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M84_81" ADD CONSTRAINT "_M84_81_A_fkey" FOREIGN KEY ("A") REFERENCES "customer84"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M84_81" ADD CONSTRAINT "_M84_81_B_fkey" FOREIGN KEY ("B") REFERENCES "Invoice81"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M91_88" ADD CONSTRAINT "_M91_88_A_fkey" FOREIGN KEY ("A") REFERENCES "Comment91"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M91_88" ADD CONSTRAINT "_M91_88_B_fkey" FOREIGN KEY ("B") REFERENCES "Ticket88"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M98_95" ADD CONSTRAINT "_M98_95_A_fkey" FOREIGN KEY ("A") REFERENCES "event95"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M98_95" ADD CONSTRAINT "_M98_95_B_fkey" FOREIGN KEY ("B") REFERENCES "Report98"("id") ON DELETE CASCADE ON UPDATE CASCADE;
