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
    "bigintField0" BIGINT NOT NULL,
    "booleanField1" BOOLEAN NOT NULL DEFAULT false,
    "decimalField2" DECIMAL(10,2),
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
    "string_field_0" UUID,
    "stringField1" TEXT[],
    "json_field_2" JSONB NOT NULL,
    "decimalField3" DECIMAL(65,30)[],
    "json_field_4" JSONB,
    "intField5" INTEGER[],
    "bigintField6" BIGINT NOT NULL,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER,

    CONSTRAINT "Invoice1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order2" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2) NOT NULL,
    "boolean_field_1" BOOLEAN,
    "bigintField2" BIGINT,
    "stringField3" UUID,
    "floatField4" REAL NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER,

    CONSTRAINT "Order2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product3" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "intField1" INTEGER[],
    "boolean_field_2" BOOLEAN,
    "stringField3" TEXT NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,

    CONSTRAINT "product3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer4" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "stringField1" TEXT[],
    "intField2" INTEGER[],
    "bytesField3" BYTEA,
    "intField4" INTEGER,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,

    CONSTRAINT "customer4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment5" (
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

    CONSTRAINT "Shipment5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment6" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigint_field_0" BIGINT[],
    "stringField1" VARCHAR(255) NOT NULL,
    "bigintField2" BIGINT NOT NULL,
    "bytes_field_3" BYTEA,
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
    "intField0" INTEGER[],
    "stringField1" TEXT,
    "decimalField2" DECIMAL(10,2) NOT NULL,
    "stringField3" UUID NOT NULL,
    "stringField4" TEXT[],
    "string_field_5" TEXT,
    "bytesField6" BYTEA NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER,

    CONSTRAINT "Review7_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket8" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" VARCHAR(255) NOT NULL,
    "stringField1" TEXT[],
    "intField2" SMALLINT NOT NULL,
    "datetimeField3" TIMESTAMPTZ(6) NOT NULL,
    "stringField4" TEXT[],
    "stringField5" TEXT[],
    "decimalField6" DECIMAL(10,2),
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER,

    CONSTRAINT "Ticket8_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project9" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(65,30)[],
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "boolean_field_2" BOOLEAN[],
    "stringField3" TEXT[],
    "stringField4" TEXT NOT NULL,
    "json_field_5" JSONB NOT NULL,
    "intField6" INTEGER[],
    "string_field_7" VARCHAR(255),
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER NOT NULL,

    CONSTRAINT "project9_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task10" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "json_field_1" JSONB,
    "decimal_field_2" DECIMAL(10,2) NOT NULL,
    "string_field_3" TEXT NOT NULL,
    "boolean_field_4" BOOLEAN NOT NULL DEFAULT false,
    "booleanField5" BOOLEAN NOT NULL DEFAULT false,
    "booleanField6" BOOLEAN,
    "intField7" INTEGER NOT NULL DEFAULT 0,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,
    "profile8Id" INTEGER,

    CONSTRAINT "task10_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment11" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "jsonField1" JSONB,
    "jsonField2" JSONB,
    "bytesField3" BYTEA NOT NULL,
    "string_field_4" TEXT NOT NULL,
    "intField5" INTEGER,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Comment11_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team12" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "decimalField1" DECIMAL(10,2),
    "stringField2" TEXT[],
    "intField3" INTEGER[],
    "bytes_field_4" BYTEA NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER NOT NULL,

    CONSTRAINT "team12_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member13" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "bytesField1" BYTEA,
    "decimalField2" DECIMAL(10,2) NOT NULL,
    "intField3" INTEGER NOT NULL DEFAULT 0,
    "stringField4" VARCHAR(255) NOT NULL,
    "stringField5" TEXT NOT NULL,
    "stringField6" TEXT[],
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team12Id" INTEGER NOT NULL,

    CONSTRAINT "Member13_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document14" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "floatField1" REAL NOT NULL,
    "jsonField2" JSONB NOT NULL,
    "bytesField3" BYTEA,
    "stringField4" VARCHAR(255) NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER,

    CONSTRAINT "Document14_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event15" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "bytesField1" BYTEA NOT NULL,
    "decimalField2" DECIMAL(65,30)[],
    "floatField3" DOUBLE PRECISION[],
    "datetimeField4" TIMESTAMPTZ(6) NOT NULL,
    "decimalField5" DECIMAL(10,2) NOT NULL,
    "datetimeField6" TIMESTAMPTZ(6),
    "stringField7" TEXT,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER NOT NULL,
    "profile13Id" INTEGER,

    CONSTRAINT "Event15_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session16" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6) NOT NULL,
    "intField1" SMALLINT NOT NULL,
    "int_field_2" SMALLINT NOT NULL,
    "stringField3" VARCHAR(255) NOT NULL,
    "stringField4" VARCHAR(255),
    "stringField5" UUID,
    "stringField6" TEXT[],
    "bytesField7" BYTEA NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document14Id" INTEGER NOT NULL,

    CONSTRAINT "session16_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device17" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "decimalField1" DECIMAL(10,2),
    "decimalField2" DECIMAL(65,30)[],
    "intField3" INTEGER NOT NULL DEFAULT 0,
    "intField4" INTEGER NOT NULL DEFAULT 0,
    "bigintField5" BIGINT[],
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document14Id" INTEGER NOT NULL,

    CONSTRAINT "device17_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report18" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "bytesField1" BYTEA,
    "stringField2" TEXT[],
    "decimalField3" DECIMAL(65,30)[],
    "int_field_4" INTEGER NOT NULL DEFAULT 0,
    "booleanField5" BOOLEAN NOT NULL DEFAULT false,
    "boolean_field_6" BOOLEAN NOT NULL DEFAULT false,
    "bytesField7" BYTEA,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER NOT NULL,

    CONSTRAINT "Report18_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contract19" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "bytesField1" BYTEA,
    "int_field_2" INTEGER,
    "decimal_field_3" DECIMAL(10,2) NOT NULL,
    "stringField4" TEXT NOT NULL,
    "booleanField5" BOOLEAN NOT NULL DEFAULT false,
    "jsonField6" JSONB,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event15Id" INTEGER NOT NULL,

    CONSTRAINT "contract19_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account20" (
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

    CONSTRAINT "account20_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice21" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "stringField1" TEXT[],
    "int_field_2" INTEGER NOT NULL DEFAULT 0,
    "stringField3" VARCHAR(255) NOT NULL,
    "bytesField4" BYTEA,
    "intField5" SMALLINT NOT NULL,
    "stringField6" VARCHAR(255) NOT NULL,
    "int_field_7" INTEGER[],
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member13Id" INTEGER NOT NULL,

    CONSTRAINT "Invoice21_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order22" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" INTEGER NOT NULL DEFAULT 0,
    "bytes_field_1" BYTEA,
    "int_field_2" SMALLINT NOT NULL,
    "booleanField3" BOOLEAN[],
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment11Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "order22_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product23" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "decimalField2" DECIMAL(65,30)[],
    "string_field_3" TEXT[],
    "datetimeField4" TIMESTAMPTZ(6) NOT NULL,
    "stringField5" TEXT NOT NULL,
    "stringField6" TEXT NOT NULL,
    "datetimeField7" TIMESTAMPTZ(6),
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task10Id" INTEGER NOT NULL,

    CONSTRAINT "Product23_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer24" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "stringField2" TEXT[],
    "jsonField3" JSONB,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product3Id" INTEGER,

    CONSTRAINT "Customer24_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment25" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "booleanField1" BOOLEAN NOT NULL DEFAULT false,
    "stringField2" UUID,
    "booleanField3" BOOLEAN NOT NULL DEFAULT false,
    "json_field_4" JSONB,
    "datetimeField5" TIMESTAMPTZ(6)[],
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "report18Id" INTEGER,
    "profile23Id" INTEGER,

    CONSTRAINT "Shipment25_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment26" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2),
    "boolean_field_1" BOOLEAN,
    "intField2" INTEGER NOT NULL DEFAULT 0,
    "decimalField3" DECIMAL(10,2) NOT NULL,
    "bigintField4" BIGINT[],
    "bytesField5" BYTEA,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER NOT NULL,

    CONSTRAINT "payment26_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review27" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" TEXT NOT NULL,
    "bigintField1" BIGINT,
    "bytes_field_2" BYTEA,
    "bigintField3" BIGINT NOT NULL,
    "decimalField4" DECIMAL(65,30)[],
    "intField5" INTEGER[],
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,

    CONSTRAINT "Review27_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket28" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytes_field_0" BYTEA NOT NULL,
    "floatField1" DOUBLE PRECISION[],
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "jsonField3" JSONB NOT NULL,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,

    CONSTRAINT "Ticket28_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project29" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6)[],
    "intField1" SMALLINT NOT NULL,
    "datetimeField2" TIMESTAMPTZ(6),
    "bigintField3" BIGINT NOT NULL,
    "booleanField4" BOOLEAN NOT NULL DEFAULT false,
    "decimalField5" DECIMAL(10,2) NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER,

    CONSTRAINT "Project29_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task30" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" DOUBLE PRECISION[],
    "jsonField1" JSONB NOT NULL,
    "bytesField2" BYTEA NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product23Id" INTEGER NOT NULL,
    "profile28Id" INTEGER,

    CONSTRAINT "task30_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment31" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytes_field_0" BYTEA NOT NULL,
    "stringField1" TEXT[],
    "intField2" INTEGER NOT NULL DEFAULT 0,
    "datetime_field_3" TIMESTAMPTZ(6) NOT NULL,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment26Id" INTEGER NOT NULL,

    CONSTRAINT "Comment31_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team32" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "float_field_0" REAL NOT NULL,
    "decimal_field_1" DECIMAL(10,2) NOT NULL,
    "stringField2" TEXT[],
    "jsonField3" JSONB NOT NULL,
    "decimalField4" DECIMAL(10,2) NOT NULL,
    "booleanField5" BOOLEAN,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "team32_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member33" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "bytesField2" BYTEA,
    "stringField3" VARCHAR(255) NOT NULL,
    "datetimeField4" TIMESTAMPTZ(6),
    "stringField5" UUID NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event15Id" INTEGER,
    "parentId" INTEGER,

    CONSTRAINT "member33_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document34" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT NOT NULL,
    "stringField1" TEXT NOT NULL,
    "floatField2" REAL NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review7Id" INTEGER,

    CONSTRAINT "Document34_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event35" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "string_field_1" UUID NOT NULL,
    "bytesField2" BYTEA,
    "jsonField3" JSONB,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket28Id" INTEGER NOT NULL,
    "profile33Id" INTEGER,

    CONSTRAINT "Event35_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session36" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "stringField1" TEXT,
    "bytesField2" BYTEA NOT NULL,
    "string_field_3" UUID NOT NULL,
    "intField4" INTEGER NOT NULL DEFAULT 0,
    "stringField5" TEXT NOT NULL,
    "intField6" INTEGER[],
    "stringField7" VARCHAR(255),
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session16Id" INTEGER NOT NULL,

    CONSTRAINT "Session36_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device37" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" TEXT NOT NULL,
    "floatField1" REAL NOT NULL,
    "stringField2" UUID NOT NULL,
    "datetime_field_3" TIMESTAMPTZ(6) NOT NULL,
    "datetime_field_4" TIMESTAMPTZ(6) NOT NULL,
    "datetimeField5" TIMESTAMPTZ(6) NOT NULL,
    "bigintField6" BIGINT NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task30Id" INTEGER NOT NULL,

    CONSTRAINT "Device37_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report38" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigint_field_0" BIGINT NOT NULL,
    "string_field_1" TEXT[],
    "stringField2" TEXT,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account20Id" INTEGER NOT NULL,

    CONSTRAINT "report38_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract39" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "stringField1" TEXT,
    "decimal_field_2" DECIMAL(10,2) NOT NULL,
    "stringField3" VARCHAR(255) NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER NOT NULL,

    CONSTRAINT "Contract39_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account40" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigint_field_0" BIGINT NOT NULL,
    "intField1" SMALLINT,
    "booleanField2" BOOLEAN,
    "floatField3" DOUBLE PRECISION[],
    "floatField4" REAL,
    "stringField5" TEXT[],
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account20Id" INTEGER,
    "profile38Id" INTEGER,

    CONSTRAINT "Account40_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice41" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "intField1" INTEGER[],
    "decimalField2" DECIMAL(10,2) NOT NULL,
    "booleanField3" BOOLEAN[],
    "intField4" SMALLINT NOT NULL,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "report38Id" INTEGER NOT NULL,

    CONSTRAINT "invoice41_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order42" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "intField1" INTEGER[],
    "stringField2" TEXT NOT NULL,
    "decimalField3" DECIMAL(10,2) NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event35Id" INTEGER NOT NULL,

    CONSTRAINT "order42_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product43" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "floatField1" REAL,
    "stringField2" TEXT[],
    "intField3" INTEGER NOT NULL DEFAULT 0,
    "intField4" SMALLINT,
    "stringField5" TEXT NOT NULL,
    "float_field_6" REAL NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER,

    CONSTRAINT "Product43_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer44" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "string_field_1" TEXT[],
    "bigintField2" BIGINT,
    "decimalField3" DECIMAL(10,2),
    "intField4" SMALLINT NOT NULL,
    "stringField5" TEXT[],
    "stringField6" TEXT[],
    "decimalField7" DECIMAL(10,2) NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account40Id" INTEGER,
    "parentId" INTEGER,

    CONSTRAINT "Customer44_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment45" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "datetime_field_1" TIMESTAMPTZ(6) NOT NULL,
    "bigintField2" BIGINT NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event15Id" INTEGER,
    "profile43Id" INTEGER,

    CONSTRAINT "Shipment45_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment46" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" UUID,
    "stringField1" VARCHAR(255) NOT NULL,
    "bytes_field_2" BYTEA NOT NULL,
    "int_field_3" SMALLINT,
    "jsonField4" JSONB NOT NULL,
    "intField5" SMALLINT NOT NULL,
    "jsonField6" JSONB NOT NULL,
    "intField7" INTEGER NOT NULL DEFAULT 0,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER NOT NULL,

    CONSTRAINT "Payment46_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review47" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetime_field_0" TIMESTAMPTZ(6),
    "datetime_field_1" TIMESTAMPTZ(6) NOT NULL,
    "jsonField2" JSONB NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "contract39Id" INTEGER NOT NULL,

    CONSTRAINT "review47_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket48" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6) NOT NULL,
    "intField1" SMALLINT,
    "jsonField2" JSONB NOT NULL,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device17Id" INTEGER NOT NULL,

    CONSTRAINT "Ticket48_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project49" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2) NOT NULL,
    "float_field_1" REAL,
    "intField2" INTEGER,
    "intField3" SMALLINT,
    "stringField4" VARCHAR(255),
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer24Id" INTEGER NOT NULL,

    CONSTRAINT "project49_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task50" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT,
    "datetimeField1" TIMESTAMPTZ(6)[],
    "floatField2" REAL NOT NULL,
    "stringField3" TEXT NOT NULL,
    "json_field_4" JSONB NOT NULL,
    "stringField5" TEXT NOT NULL,
    "string_field_6" TEXT[],
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER,
    "profile48Id" INTEGER,

    CONSTRAINT "Task50_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment51" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "floatField1" REAL NOT NULL,
    "intField2" INTEGER[],
    "string_field_3" VARCHAR(255) NOT NULL,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket48Id" INTEGER,

    CONSTRAINT "Comment51_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team52" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "string_field_1" TEXT NOT NULL,
    "floatField2" REAL NOT NULL,
    "datetimeField3" TIMESTAMPTZ(6)[],
    "string_field_4" VARCHAR(255) NOT NULL,
    "int_field_5" INTEGER NOT NULL DEFAULT 0,
    "bytesField6" BYTEA,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order42Id" INTEGER NOT NULL,

    CONSTRAINT "Team52_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member53" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" UUID,
    "datetime_field_1" TIMESTAMPTZ(6) NOT NULL,
    "stringField2" VARCHAR(255) NOT NULL,
    "jsonField3" JSONB,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer24Id" INTEGER,

    CONSTRAINT "Member53_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document54" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "intField1" INTEGER,
    "stringField2" TEXT NOT NULL,
    "stringField3" TEXT[],
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review27Id" INTEGER NOT NULL,

    CONSTRAINT "document54_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event55" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6) NOT NULL,
    "floatField1" REAL NOT NULL,
    "intField2" INTEGER NOT NULL DEFAULT 0,
    "decimalField3" DECIMAL(10,2) NOT NULL,
    "jsonField4" JSONB,
    "string_field_5" TEXT[],
    "decimalField6" DECIMAL(10,2) NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product3Id" INTEGER NOT NULL,
    "profile53Id" INTEGER,
    "parentId" INTEGER,

    CONSTRAINT "Event55_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session56" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "decimalField1" DECIMAL(10,2),
    "floatField2" REAL NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER NOT NULL,

    CONSTRAINT "session56_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device57" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "intField1" SMALLINT NOT NULL,
    "floatField2" REAL NOT NULL,
    "string_field_3" TEXT NOT NULL,
    "intField4" INTEGER NOT NULL DEFAULT 0,
    "bytesField5" BYTEA,
    "stringField6" TEXT NOT NULL,
    "bigintField7" BIGINT NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member33Id" INTEGER NOT NULL,

    CONSTRAINT "device57_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report58" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" SMALLINT NOT NULL,
    "int_field_1" INTEGER,
    "intField2" INTEGER NOT NULL DEFAULT 0,
    "booleanField3" BOOLEAN[],
    "string_field_4" UUID NOT NULL,
    "floatField5" REAL NOT NULL,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "report18Id" INTEGER NOT NULL,

    CONSTRAINT "Report58_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract59" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "stringField1" TEXT NOT NULL,
    "stringField2" VARCHAR(255),
    "stringField3" VARCHAR(255),
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event55Id" INTEGER NOT NULL,

    CONSTRAINT "Contract59_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account60" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "stringField1" TEXT,
    "stringField2" VARCHAR(255) NOT NULL,
    "stringField3" VARCHAR(255) NOT NULL,
    "stringField4" TEXT[],
    "stringField5" TEXT NOT NULL,
    "floatField6" REAL NOT NULL,
    "boolean_field_7" BOOLEAN NOT NULL DEFAULT false,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team12Id" INTEGER NOT NULL,
    "profile58Id" INTEGER,

    CONSTRAINT "Account60_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice61" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "intField1" INTEGER,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "bytesField3" BYTEA NOT NULL,
    "floatField4" DOUBLE PRECISION[],
    "datetimeField5" TIMESTAMPTZ(6),
    "string_field_6" VARCHAR(255),
    "stringField7" TEXT,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment51Id" INTEGER NOT NULL,

    CONSTRAINT "Invoice61_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order62" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" SMALLINT,
    "bigint_field_1" BIGINT,
    "jsonField2" JSONB NOT NULL,
    "decimalField3" DECIMAL(10,2),
    "bigintField4" BIGINT[],
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project29Id" INTEGER,

    CONSTRAINT "Order62_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product63" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "floatField2" DOUBLE PRECISION[],
    "int_field_3" INTEGER[],
    "decimalField4" DECIMAL(10,2),
    "bytesField5" BYTEA NOT NULL,
    "string_field_6" TEXT NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER,

    CONSTRAINT "Product63_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer64" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB,
    "floatField1" REAL NOT NULL,
    "floatField2" REAL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project9Id" INTEGER,

    CONSTRAINT "customer64_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipment65" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" VARCHAR(255) NOT NULL,
    "stringField1" TEXT,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "bytesField3" BYTEA,
    "datetime_field_4" TIMESTAMPTZ(6) NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review47Id" INTEGER NOT NULL,
    "profile63Id" INTEGER,

    CONSTRAINT "shipment65_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment66" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "floatField1" REAL NOT NULL,
    "floatField2" DOUBLE PRECISION[],
    "intField3" INTEGER[],
    "bytesField4" BYTEA,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer44Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Payment66_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review67" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2) NOT NULL,
    "decimalField1" DECIMAL(10,2),
    "decimal_field_2" DECIMAL(65,30)[],
    "booleanField3" BOOLEAN,
    "bigintField4" BIGINT NOT NULL,
    "json_field_5" JSONB,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event15Id" INTEGER,

    CONSTRAINT "Review67_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket68" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT NOT NULL,
    "string_field_1" UUID NOT NULL,
    "intField2" INTEGER[],
    "stringField3" UUID NOT NULL,
    "intField4" INTEGER NOT NULL DEFAULT 0,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review27Id" INTEGER NOT NULL,

    CONSTRAINT "Ticket68_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project69" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT,
    "decimal_field_1" DECIMAL(65,30)[],
    "float_field_2" DOUBLE PRECISION[],
    "intField3" INTEGER,
    "int_field_4" INTEGER[],
    "intField5" SMALLINT,
    "json_field_6" JSONB NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account60Id" INTEGER NOT NULL,

    CONSTRAINT "Project69_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task70" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "intField1" INTEGER,
    "stringField2" UUID,
    "int_field_3" INTEGER NOT NULL DEFAULT 0,
    "boolean_field_4" BOOLEAN[],
    "booleanField5" BOOLEAN NOT NULL DEFAULT false,
    "string_field_6" TEXT,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device37Id" INTEGER NOT NULL,
    "profile68Id" INTEGER,

    CONSTRAINT "Task70_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment71" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "jsonField1" JSONB NOT NULL,
    "datetimeField2" TIMESTAMPTZ(6)[],
    "stringField3" TEXT[],
    "stringField4" TEXT NOT NULL,
    "stringField5" TEXT[],
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review47Id" INTEGER,

    CONSTRAINT "comment71_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team72" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "floatField1" REAL NOT NULL,
    "bytesField2" BYTEA NOT NULL,
    "json_field_3" JSONB NOT NULL,
    "booleanField4" BOOLEAN NOT NULL DEFAULT false,
    "bytesField5" BYTEA NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member53Id" INTEGER NOT NULL,

    CONSTRAINT "Team72_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member73" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2),
    "stringField1" TEXT NOT NULL,
    "stringField2" TEXT,
    "intField3" INTEGER NOT NULL DEFAULT 0,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project29Id" INTEGER,

    CONSTRAINT "member73_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document74" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "jsonField1" JSONB,
    "intField2" SMALLINT,
    "datetimeField3" TIMESTAMPTZ(6) NOT NULL,
    "booleanField4" BOOLEAN[],
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document54Id" INTEGER NOT NULL,

    CONSTRAINT "Document74_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event75" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" UUID NOT NULL,
    "decimalField1" DECIMAL(65,30)[],
    "stringField2" UUID NOT NULL,
    "bytesField3" BYTEA,
    "jsonField4" JSONB,
    "datetimeField5" TIMESTAMPTZ(6)[],
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document74Id" INTEGER NOT NULL,
    "profile73Id" INTEGER,

    CONSTRAINT "event75_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session76" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetime_field_0" TIMESTAMPTZ(6) NOT NULL,
    "bytesField1" BYTEA NOT NULL,
    "string_field_2" TEXT NOT NULL,
    "stringField3" TEXT[],
    "decimalField4" DECIMAL(10,2) NOT NULL,
    "string_field_5" TEXT NOT NULL,
    "float_field_6" REAL NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment45Id" INTEGER,

    CONSTRAINT "session76_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device77" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "string_field_1" TEXT,
    "int_field_2" INTEGER,
    "bytesField3" BYTEA NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "member53Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "device77_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report78" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "floatField2" REAL,
    "boolean_field_3" BOOLEAN NOT NULL DEFAULT false,
    "datetime_field_4" TIMESTAMPTZ(6) NOT NULL,
    "stringField5" TEXT[],
    "string_field_6" TEXT[],
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER,

    CONSTRAINT "Report78_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract79" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2) NOT NULL,
    "json_field_1" JSONB NOT NULL,
    "decimalField2" DECIMAL(65,30)[],
    "bigintField3" BIGINT[],
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order42Id" INTEGER NOT NULL,

    CONSTRAINT "Contract79_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account80" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2),
    "stringField1" TEXT NOT NULL,
    "floatField2" REAL NOT NULL,
    "intField3" SMALLINT NOT NULL,
    "stringField4" TEXT,
    "bigint_field_5" BIGINT NOT NULL,
    "datetimeField6" TIMESTAMPTZ(6) NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "contract19Id" INTEGER NOT NULL,
    "profile78Id" INTEGER,

    CONSTRAINT "account80_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice81" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6) NOT NULL,
    "floatField1" REAL,
    "intField2" INTEGER[],
    "stringField3" UUID NOT NULL,
    "datetimeField4" TIMESTAMPTZ(6) NOT NULL,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment66Id" INTEGER,

    CONSTRAINT "Invoice81_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order82" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "intField1" SMALLINT,
    "int_field_2" INTEGER NOT NULL DEFAULT 0,
    "booleanField3" BOOLEAN[],
    "jsonField4" JSONB NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account20Id" INTEGER NOT NULL,

    CONSTRAINT "Order82_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product83" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB,
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "intField2" SMALLINT NOT NULL,
    "string_field_3" TEXT[],
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment45Id" INTEGER NOT NULL,

    CONSTRAINT "Product83_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer84" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID,
    "intField1" SMALLINT,
    "intField2" INTEGER[],
    "string_field_3" TEXT[],
    "jsonField4" JSONB NOT NULL,
    "booleanField5" BOOLEAN,
    "floatField6" REAL NOT NULL,
    "bytesField7" BYTEA NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "contract59Id" INTEGER NOT NULL,

    CONSTRAINT "Customer84_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment85" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "booleanField1" BOOLEAN NOT NULL DEFAULT false,
    "intField2" SMALLINT NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project49Id" INTEGER NOT NULL,
    "profile83Id" INTEGER,

    CONSTRAINT "Shipment85_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment86" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimal_field_0" DECIMAL(10,2) NOT NULL,
    "stringField1" VARCHAR(255) NOT NULL,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "datetimeField3" TIMESTAMPTZ(6),
    "floatField4" DOUBLE PRECISION[],
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER NOT NULL,

    CONSTRAINT "Payment86_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review87" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "stringField1" VARCHAR(255),
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "string_field_3" TEXT[],
    "booleanField4" BOOLEAN[],
    "decimalField5" DECIMAL(10,2),
    "intField6" SMALLINT,
    "bytesField7" BYTEA,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team52Id" INTEGER NOT NULL,

    CONSTRAINT "Review87_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket88" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN[],
    "stringField1" UUID,
    "stringField2" TEXT NOT NULL,
    "floatField3" REAL,
    "stringField4" TEXT,
    "decimal_field_5" DECIMAL(10,2),
    "booleanField6" BOOLEAN,
    "datetimeField7" TIMESTAMPTZ(6) NOT NULL,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task70Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Ticket88_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project89" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "floatField1" REAL NOT NULL,
    "decimalField2" DECIMAL(10,2),
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task10Id" INTEGER NOT NULL,

    CONSTRAINT "Project89_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task90" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN[],
    "bytesField1" BYTEA NOT NULL,
    "booleanField2" BOOLEAN[],
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "contract79Id" INTEGER,
    "profile88Id" INTEGER,

    CONSTRAINT "Task90_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment91" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "floatField1" REAL NOT NULL,
    "jsonField2" JSONB,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice81Id" INTEGER NOT NULL,

    CONSTRAINT "Comment91_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team92" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT NOT NULL,
    "bytesField1" BYTEA,
    "stringField2" VARCHAR(255) NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment91Id" INTEGER NOT NULL,

    CONSTRAINT "Team92_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member93" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "stringField1" TEXT[],
    "stringField2" UUID NOT NULL,
    "decimalField3" DECIMAL(65,30)[],
    "string_field_4" UUID NOT NULL,
    "decimalField5" DECIMAL(10,2) NOT NULL,
    "stringField6" TEXT NOT NULL,
    "floatField7" REAL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team12Id" INTEGER,

    CONSTRAINT "Member93_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document94" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" TEXT NOT NULL,
    "bytes_field_1" BYTEA,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "datetimeField3" TIMESTAMPTZ(6) NOT NULL,
    "bytesField4" BYTEA,
    "decimalField5" DECIMAL(65,30)[],
    "bytesField6" BYTEA NOT NULL,
    "decimal_field_7" DECIMAL(10,2) NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device77Id" INTEGER NOT NULL,

    CONSTRAINT "Document94_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event95" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "float_field_1" DOUBLE PRECISION[],
    "floatField2" REAL NOT NULL,
    "booleanField3" BOOLEAN,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team12Id" INTEGER NOT NULL,
    "profile93Id" INTEGER,

    CONSTRAINT "Event95_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session96" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "string_field_1" VARCHAR(255) NOT NULL,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "decimalField3" DECIMAL(10,2) NOT NULL,
    "datetime_field_4" TIMESTAMPTZ(6),
    "datetimeField5" TIMESTAMPTZ(6),
    "boolean_field_6" BOOLEAN NOT NULL DEFAULT false,
    "int_field_7" INTEGER[],
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment25Id" INTEGER,

    CONSTRAINT "Session96_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device97" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "stringField1" VARCHAR(255),
    "intField2" INTEGER[],
    "jsonField3" JSONB,
    "intField4" SMALLINT NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order62Id" INTEGER NOT NULL,

    CONSTRAINT "Device97_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report98" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "decimal_field_1" DECIMAL(65,30)[],
    "bigint_field_2" BIGINT[],
    "bytesField3" BYTEA,
    "jsonField4" JSONB NOT NULL,
    "datetime_field_5" TIMESTAMPTZ(6) NOT NULL,
    "stringField6" VARCHAR(255) NOT NULL,
    "booleanField7" BOOLEAN NOT NULL DEFAULT false,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment86Id" INTEGER NOT NULL,

    CONSTRAINT "Report98_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract99" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "intField1" SMALLINT NOT NULL,
    "stringField2" VARCHAR(255) NOT NULL,
    "intField3" INTEGER,
    "float_field_4" REAL NOT NULL,
    "stringField5" TEXT[],
    "intField6" SMALLINT NOT NULL,
    "bytesField7" BYTEA,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order22Id" INTEGER NOT NULL,
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
CREATE UNIQUE INDEX "Invoice1_code_key" ON "Invoice1"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Order2_code_key" ON "Order2"("code");

-- CreateIndex
CREATE INDEX "Order2_invoice1Id_idx" ON "Order2"("invoice1Id");

-- CreateIndex
CREATE UNIQUE INDEX "Order2_code_createdAt_key" ON "Order2"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "product3_code_key" ON "product3"("code");

-- CreateIndex
CREATE INDEX "product3_order2Id_idx" ON "product3"("order2Id");

-- CreateIndex
CREATE UNIQUE INDEX "customer4_code_key" ON "customer4"("code");

-- CreateIndex
CREATE INDEX "customer4_order2Id_idx" ON "customer4"("order2Id");

-- CreateIndex
CREATE INDEX "customer4_createdAt_idx" ON "customer4"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "customer4_code_createdAt_key" ON "customer4"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment5_code_key" ON "Shipment5"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment5_profile3Id_key" ON "Shipment5"("profile3Id");

-- CreateIndex
CREATE INDEX "Shipment5_account0Id_idx" ON "Shipment5"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment6_code_key" ON "Payment6"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Review7_code_key" ON "Review7"("code");

-- CreateIndex
CREATE INDEX "Review7_customer4Id_idx" ON "Review7"("customer4Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review7_code_createdAt_key" ON "Review7"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket8_code_key" ON "Ticket8"("code");

-- CreateIndex
CREATE INDEX "Ticket8_account0Id_idx" ON "Ticket8"("account0Id");

-- CreateIndex
CREATE INDEX "Ticket8_createdAt_idx" ON "Ticket8"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "project9_code_key" ON "project9"("code");

-- CreateIndex
CREATE INDEX "project9_ticket8Id_idx" ON "project9"("ticket8Id");

-- CreateIndex
CREATE INDEX "project9_createdAt_idx" ON "project9"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "task10_code_key" ON "task10"("code");

-- CreateIndex
CREATE UNIQUE INDEX "task10_profile8Id_key" ON "task10"("profile8Id");

-- CreateIndex
CREATE UNIQUE INDEX "task10_code_createdAt_key" ON "task10"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Comment11_code_key" ON "Comment11"("code");

-- CreateIndex
CREATE INDEX "Comment11_createdAt_idx" ON "Comment11"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Comment11_code_createdAt_key" ON "Comment11"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "team12_code_key" ON "team12"("code");

-- CreateIndex
CREATE INDEX "team12_shipment5Id_idx" ON "team12"("shipment5Id");

-- CreateIndex
CREATE INDEX "team12_createdAt_idx" ON "team12"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Member13_code_key" ON "Member13"("code");

-- CreateIndex
CREATE INDEX "Member13_team12Id_idx" ON "Member13"("team12Id");

-- CreateIndex
CREATE INDEX "Member13_createdAt_idx" ON "Member13"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Document14_code_key" ON "Document14"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Document14_code_createdAt_key" ON "Document14"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Event15_code_key" ON "Event15"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event15_profile13Id_key" ON "Event15"("profile13Id");

-- CreateIndex
CREATE INDEX "Event15_ticket8Id_idx" ON "Event15"("ticket8Id");

-- CreateIndex
CREATE INDEX "Event15_createdAt_idx" ON "Event15"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "session16_code_key" ON "session16"("code");

-- CreateIndex
CREATE INDEX "session16_document14Id_idx" ON "session16"("document14Id");

-- CreateIndex
CREATE INDEX "session16_createdAt_idx" ON "session16"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "device17_code_key" ON "device17"("code");

-- CreateIndex
CREATE INDEX "device17_createdAt_idx" ON "device17"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "device17_code_createdAt_key" ON "device17"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Report18_code_key" ON "Report18"("code");

-- CreateIndex
CREATE INDEX "Report18_shipment5Id_idx" ON "Report18"("shipment5Id");

-- CreateIndex
CREATE INDEX "Report18_createdAt_idx" ON "Report18"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "contract19_code_key" ON "contract19"("code");

-- CreateIndex
CREATE UNIQUE INDEX "contract19_code_createdAt_key" ON "contract19"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "account20_code_key" ON "account20"("code");

-- CreateIndex
CREATE UNIQUE INDEX "account20_profile18Id_key" ON "account20"("profile18Id");

-- CreateIndex
CREATE INDEX "account20_device17Id_idx" ON "account20"("device17Id");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice21_code_key" ON "Invoice21"("code");

-- CreateIndex
CREATE INDEX "Invoice21_member13Id_idx" ON "Invoice21"("member13Id");

-- CreateIndex
CREATE UNIQUE INDEX "order22_code_key" ON "order22"("code");

-- CreateIndex
CREATE INDEX "order22_createdAt_idx" ON "order22"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Product23_code_key" ON "Product23"("code");

-- CreateIndex
CREATE INDEX "Product23_createdAt_idx" ON "Product23"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Customer24_code_key" ON "Customer24"("code");

-- CreateIndex
CREATE INDEX "Customer24_product3Id_idx" ON "Customer24"("product3Id");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment25_code_key" ON "Shipment25"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment25_profile23Id_key" ON "Shipment25"("profile23Id");

-- CreateIndex
CREATE UNIQUE INDEX "payment26_code_key" ON "payment26"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Review27_code_key" ON "Review27"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket28_code_key" ON "Ticket28"("code");

-- CreateIndex
CREATE INDEX "Ticket28_invoice1Id_idx" ON "Ticket28"("invoice1Id");

-- CreateIndex
CREATE INDEX "Ticket28_createdAt_idx" ON "Ticket28"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Project29_code_key" ON "Project29"("code");

-- CreateIndex
CREATE INDEX "Project29_account0Id_idx" ON "Project29"("account0Id");

-- CreateIndex
CREATE INDEX "Project29_createdAt_idx" ON "Project29"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Project29_code_createdAt_key" ON "Project29"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "task30_code_key" ON "task30"("code");

-- CreateIndex
CREATE UNIQUE INDEX "task30_profile28Id_key" ON "task30"("profile28Id");

-- CreateIndex
CREATE INDEX "task30_product23Id_idx" ON "task30"("product23Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment31_code_key" ON "Comment31"("code");

-- CreateIndex
CREATE INDEX "Comment31_payment26Id_idx" ON "Comment31"("payment26Id");

-- CreateIndex
CREATE UNIQUE INDEX "team32_code_key" ON "team32"("code");

-- CreateIndex
CREATE UNIQUE INDEX "team32_code_createdAt_key" ON "team32"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "member33_code_key" ON "member33"("code");

-- CreateIndex
CREATE INDEX "member33_event15Id_idx" ON "member33"("event15Id");

-- CreateIndex
CREATE UNIQUE INDEX "member33_code_createdAt_key" ON "member33"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Document34_code_key" ON "Document34"("code");

-- CreateIndex
CREATE INDEX "Document34_review7Id_idx" ON "Document34"("review7Id");

-- CreateIndex
CREATE UNIQUE INDEX "Event35_code_key" ON "Event35"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event35_profile33Id_key" ON "Event35"("profile33Id");

-- CreateIndex
CREATE INDEX "Event35_createdAt_idx" ON "Event35"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Event35_code_createdAt_key" ON "Event35"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Session36_code_key" ON "Session36"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Device37_code_key" ON "Device37"("code");

-- CreateIndex
CREATE INDEX "Device37_task30Id_idx" ON "Device37"("task30Id");

-- CreateIndex
CREATE UNIQUE INDEX "Device37_code_createdAt_key" ON "Device37"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "report38_code_key" ON "report38"("code");

-- CreateIndex
CREATE INDEX "report38_account20Id_idx" ON "report38"("account20Id");

-- CreateIndex
CREATE UNIQUE INDEX "report38_code_createdAt_key" ON "report38"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Contract39_code_key" ON "Contract39"("code");

-- CreateIndex
CREATE INDEX "Contract39_ticket8Id_idx" ON "Contract39"("ticket8Id");

-- CreateIndex
CREATE INDEX "Contract39_createdAt_idx" ON "Contract39"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Contract39_code_createdAt_key" ON "Contract39"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Account40_code_key" ON "Account40"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Account40_profile38Id_key" ON "Account40"("profile38Id");

-- CreateIndex
CREATE INDEX "Account40_account20Id_idx" ON "Account40"("account20Id");

-- CreateIndex
CREATE UNIQUE INDEX "invoice41_code_key" ON "invoice41"("code");

-- CreateIndex
CREATE INDEX "invoice41_report38Id_idx" ON "invoice41"("report38Id");

-- CreateIndex
CREATE INDEX "invoice41_createdAt_idx" ON "invoice41"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "order42_code_key" ON "order42"("code");

-- CreateIndex
CREATE INDEX "order42_event35Id_idx" ON "order42"("event35Id");

-- CreateIndex
CREATE UNIQUE INDEX "order42_code_createdAt_key" ON "order42"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Product43_code_key" ON "Product43"("code");

-- CreateIndex
CREATE INDEX "Product43_order2Id_idx" ON "Product43"("order2Id");

-- CreateIndex
CREATE UNIQUE INDEX "Customer44_code_key" ON "Customer44"("code");

-- CreateIndex
CREATE INDEX "Customer44_createdAt_idx" ON "Customer44"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Shipment45_code_key" ON "Shipment45"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment45_profile43Id_key" ON "Shipment45"("profile43Id");

-- CreateIndex
CREATE INDEX "Shipment45_event15Id_idx" ON "Shipment45"("event15Id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment46_code_key" ON "Payment46"("code");

-- CreateIndex
CREATE UNIQUE INDEX "review47_code_key" ON "review47"("code");

-- CreateIndex
CREATE INDEX "review47_contract39Id_idx" ON "review47"("contract39Id");

-- CreateIndex
CREATE UNIQUE INDEX "review47_code_createdAt_key" ON "review47"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket48_code_key" ON "Ticket48"("code");

-- CreateIndex
CREATE INDEX "Ticket48_device17Id_idx" ON "Ticket48"("device17Id");

-- CreateIndex
CREATE UNIQUE INDEX "project49_code_key" ON "project49"("code");

-- CreateIndex
CREATE INDEX "project49_customer24Id_idx" ON "project49"("customer24Id");

-- CreateIndex
CREATE UNIQUE INDEX "Task50_code_key" ON "Task50"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task50_profile48Id_key" ON "Task50"("profile48Id");

-- CreateIndex
CREATE INDEX "Task50_shipment5Id_idx" ON "Task50"("shipment5Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment51_code_key" ON "Comment51"("code");

-- CreateIndex
CREATE INDEX "Comment51_ticket48Id_idx" ON "Comment51"("ticket48Id");

-- CreateIndex
CREATE INDEX "Comment51_createdAt_idx" ON "Comment51"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Comment51_code_createdAt_key" ON "Comment51"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Team52_code_key" ON "Team52"("code");

-- CreateIndex
CREATE INDEX "Team52_order42Id_idx" ON "Team52"("order42Id");

-- CreateIndex
CREATE INDEX "Team52_createdAt_idx" ON "Team52"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Member53_code_key" ON "Member53"("code");

-- CreateIndex
CREATE UNIQUE INDEX "document54_code_key" ON "document54"("code");

-- CreateIndex
CREATE INDEX "document54_review27Id_idx" ON "document54"("review27Id");

-- CreateIndex
CREATE UNIQUE INDEX "document54_code_createdAt_key" ON "document54"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Event55_code_key" ON "Event55"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event55_profile53Id_key" ON "Event55"("profile53Id");

-- CreateIndex
CREATE INDEX "Event55_product3Id_idx" ON "Event55"("product3Id");

-- CreateIndex
CREATE UNIQUE INDEX "session56_code_key" ON "session56"("code");

-- CreateIndex
CREATE INDEX "session56_payment6Id_idx" ON "session56"("payment6Id");

-- CreateIndex
CREATE UNIQUE INDEX "device57_code_key" ON "device57"("code");

-- CreateIndex
CREATE INDEX "device57_member33Id_idx" ON "device57"("member33Id");

-- CreateIndex
CREATE UNIQUE INDEX "Report58_code_key" ON "Report58"("code");

-- CreateIndex
CREATE INDEX "Report58_report18Id_idx" ON "Report58"("report18Id");

-- CreateIndex
CREATE UNIQUE INDEX "Report58_code_createdAt_key" ON "Report58"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Contract59_code_key" ON "Contract59"("code");

-- CreateIndex
CREATE INDEX "Contract59_event55Id_idx" ON "Contract59"("event55Id");

-- CreateIndex
CREATE UNIQUE INDEX "Account60_code_key" ON "Account60"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Account60_profile58Id_key" ON "Account60"("profile58Id");

-- CreateIndex
CREATE INDEX "Account60_createdAt_idx" ON "Account60"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice61_code_key" ON "Invoice61"("code");

-- CreateIndex
CREATE INDEX "Invoice61_comment51Id_idx" ON "Invoice61"("comment51Id");

-- CreateIndex
CREATE INDEX "Invoice61_createdAt_idx" ON "Invoice61"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Order62_code_key" ON "Order62"("code");

-- CreateIndex
CREATE INDEX "Order62_project29Id_idx" ON "Order62"("project29Id");

-- CreateIndex
CREATE UNIQUE INDEX "Product63_code_key" ON "Product63"("code");

-- CreateIndex
CREATE INDEX "Product63_account0Id_idx" ON "Product63"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "customer64_code_key" ON "customer64"("code");

-- CreateIndex
CREATE INDEX "customer64_project9Id_idx" ON "customer64"("project9Id");

-- CreateIndex
CREATE INDEX "customer64_createdAt_idx" ON "customer64"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "shipment65_code_key" ON "shipment65"("code");

-- CreateIndex
CREATE UNIQUE INDEX "shipment65_profile63Id_key" ON "shipment65"("profile63Id");

-- CreateIndex
CREATE INDEX "shipment65_review47Id_idx" ON "shipment65"("review47Id");

-- CreateIndex
CREATE UNIQUE INDEX "shipment65_code_createdAt_key" ON "shipment65"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payment66_code_key" ON "Payment66"("code");

-- CreateIndex
CREATE INDEX "Payment66_customer44Id_idx" ON "Payment66"("customer44Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review67_code_key" ON "Review67"("code");

-- CreateIndex
CREATE INDEX "Review67_event15Id_idx" ON "Review67"("event15Id");

-- CreateIndex
CREATE INDEX "Review67_createdAt_idx" ON "Review67"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Review67_code_createdAt_key" ON "Review67"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket68_code_key" ON "Ticket68"("code");

-- CreateIndex
CREATE INDEX "Ticket68_review27Id_idx" ON "Ticket68"("review27Id");

-- CreateIndex
CREATE UNIQUE INDEX "Project69_code_key" ON "Project69"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task70_code_key" ON "Task70"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task70_profile68Id_key" ON "Task70"("profile68Id");

-- CreateIndex
CREATE INDEX "Task70_device37Id_idx" ON "Task70"("device37Id");

-- CreateIndex
CREATE UNIQUE INDEX "Task70_code_createdAt_key" ON "Task70"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "comment71_code_key" ON "comment71"("code");

-- CreateIndex
CREATE UNIQUE INDEX "comment71_code_createdAt_key" ON "comment71"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Team72_code_key" ON "Team72"("code");

-- CreateIndex
CREATE INDEX "Team72_member53Id_idx" ON "Team72"("member53Id");

-- CreateIndex
CREATE UNIQUE INDEX "member73_code_key" ON "member73"("code");

-- CreateIndex
CREATE INDEX "member73_project29Id_idx" ON "member73"("project29Id");

-- CreateIndex
CREATE UNIQUE INDEX "Document74_code_key" ON "Document74"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Document74_code_createdAt_key" ON "Document74"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "event75_code_key" ON "event75"("code");

-- CreateIndex
CREATE UNIQUE INDEX "event75_profile73Id_key" ON "event75"("profile73Id");

-- CreateIndex
CREATE INDEX "event75_document74Id_idx" ON "event75"("document74Id");

-- CreateIndex
CREATE UNIQUE INDEX "session76_code_key" ON "session76"("code");

-- CreateIndex
CREATE INDEX "session76_shipment45Id_idx" ON "session76"("shipment45Id");

-- CreateIndex
CREATE UNIQUE INDEX "device77_code_key" ON "device77"("code");

-- CreateIndex
CREATE UNIQUE INDEX "device77_code_createdAt_key" ON "device77"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Report78_code_key" ON "Report78"("code");

-- CreateIndex
CREATE INDEX "Report78_customer4Id_idx" ON "Report78"("customer4Id");

-- CreateIndex
CREATE UNIQUE INDEX "Contract79_code_key" ON "Contract79"("code");

-- CreateIndex
CREATE INDEX "Contract79_order42Id_idx" ON "Contract79"("order42Id");

-- CreateIndex
CREATE INDEX "Contract79_createdAt_idx" ON "Contract79"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "account80_code_key" ON "account80"("code");

-- CreateIndex
CREATE UNIQUE INDEX "account80_profile78Id_key" ON "account80"("profile78Id");

-- CreateIndex
CREATE INDEX "account80_contract19Id_idx" ON "account80"("contract19Id");

-- CreateIndex
CREATE UNIQUE INDEX "account80_code_createdAt_key" ON "account80"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice81_code_key" ON "Invoice81"("code");

-- CreateIndex
CREATE INDEX "Invoice81_payment66Id_idx" ON "Invoice81"("payment66Id");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice81_code_createdAt_key" ON "Invoice81"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Order82_code_key" ON "Order82"("code");

-- CreateIndex
CREATE INDEX "Order82_account20Id_idx" ON "Order82"("account20Id");

-- CreateIndex
CREATE UNIQUE INDEX "Product83_code_key" ON "Product83"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Customer84_code_key" ON "Customer84"("code");

-- CreateIndex
CREATE INDEX "Customer84_createdAt_idx" ON "Customer84"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Customer84_code_createdAt_key" ON "Customer84"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment85_code_key" ON "Shipment85"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment85_profile83Id_key" ON "Shipment85"("profile83Id");

-- CreateIndex
CREATE INDEX "Shipment85_project49Id_idx" ON "Shipment85"("project49Id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment86_code_key" ON "Payment86"("code");

-- CreateIndex
CREATE INDEX "Payment86_payment6Id_idx" ON "Payment86"("payment6Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review87_code_key" ON "Review87"("code");

-- CreateIndex
CREATE INDEX "Review87_team52Id_idx" ON "Review87"("team52Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review87_code_createdAt_key" ON "Review87"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket88_code_key" ON "Ticket88"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Project89_code_key" ON "Project89"("code");

-- CreateIndex
CREATE INDEX "Project89_task10Id_idx" ON "Project89"("task10Id");

-- CreateIndex
CREATE UNIQUE INDEX "Task90_code_key" ON "Task90"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task90_profile88Id_key" ON "Task90"("profile88Id");

-- CreateIndex
CREATE INDEX "Task90_contract79Id_idx" ON "Task90"("contract79Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment91_code_key" ON "Comment91"("code");

-- CreateIndex
CREATE INDEX "Comment91_invoice81Id_idx" ON "Comment91"("invoice81Id");

-- CreateIndex
CREATE UNIQUE INDEX "Team92_code_key" ON "Team92"("code");

-- CreateIndex
CREATE INDEX "Team92_comment91Id_idx" ON "Team92"("comment91Id");

-- CreateIndex
CREATE UNIQUE INDEX "Team92_code_createdAt_key" ON "Team92"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Member93_code_key" ON "Member93"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Member93_code_createdAt_key" ON "Member93"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Document94_code_key" ON "Document94"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event95_code_key" ON "Event95"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event95_profile93Id_key" ON "Event95"("profile93Id");

-- CreateIndex
CREATE UNIQUE INDEX "Event95_code_createdAt_key" ON "Event95"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Session96_code_key" ON "Session96"("code");

-- CreateIndex
CREATE INDEX "Session96_shipment25Id_idx" ON "Session96"("shipment25Id");

-- CreateIndex
CREATE UNIQUE INDEX "Device97_code_key" ON "Device97"("code");

-- CreateIndex
CREATE INDEX "Device97_order62Id_idx" ON "Device97"("order62Id");

-- CreateIndex
CREATE UNIQUE INDEX "Report98_code_key" ON "Report98"("code");

-- CreateIndex
CREATE INDEX "Report98_payment86Id_idx" ON "Report98"("payment86Id");

-- CreateIndex
CREATE INDEX "Report98_createdAt_idx" ON "Report98"("createdAt" DESC);

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
ALTER TABLE "Invoice1" ADD CONSTRAINT "Invoice1_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order2" ADD CONSTRAINT "Order2_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product3" ADD CONSTRAINT "product3_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer4" ADD CONSTRAINT "customer4_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment5" ADD CONSTRAINT "Shipment5_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment5" ADD CONSTRAINT "Shipment5_profile3Id_fkey" FOREIGN KEY ("profile3Id") REFERENCES "product3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment6" ADD CONSTRAINT "Payment6_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review7" ADD CONSTRAINT "Review7_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "customer4"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket8" ADD CONSTRAINT "Ticket8_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project9" ADD CONSTRAINT "project9_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task10" ADD CONSTRAINT "task10_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task10" ADD CONSTRAINT "task10_profile8Id_fkey" FOREIGN KEY ("profile8Id") REFERENCES "Ticket8"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment11" ADD CONSTRAINT "Comment11_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment11" ADD CONSTRAINT "Comment11_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment11"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team12" ADD CONSTRAINT "team12_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "Shipment5"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member13" ADD CONSTRAINT "Member13_team12Id_fkey" FOREIGN KEY ("team12Id") REFERENCES "team12"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document14" ADD CONSTRAINT "Document14_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event15" ADD CONSTRAINT "Event15_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event15" ADD CONSTRAINT "Event15_profile13Id_fkey" FOREIGN KEY ("profile13Id") REFERENCES "Member13"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session16" ADD CONSTRAINT "session16_document14Id_fkey" FOREIGN KEY ("document14Id") REFERENCES "Document14"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device17" ADD CONSTRAINT "device17_document14Id_fkey" FOREIGN KEY ("document14Id") REFERENCES "Document14"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report18" ADD CONSTRAINT "Report18_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "Shipment5"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract19" ADD CONSTRAINT "contract19_event15Id_fkey" FOREIGN KEY ("event15Id") REFERENCES "Event15"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account20" ADD CONSTRAINT "account20_device17Id_fkey" FOREIGN KEY ("device17Id") REFERENCES "device17"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account20" ADD CONSTRAINT "account20_profile18Id_fkey" FOREIGN KEY ("profile18Id") REFERENCES "Report18"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice21" ADD CONSTRAINT "Invoice21_member13Id_fkey" FOREIGN KEY ("member13Id") REFERENCES "Member13"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order22" ADD CONSTRAINT "order22_comment11Id_fkey" FOREIGN KEY ("comment11Id") REFERENCES "Comment11"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order22" ADD CONSTRAINT "order22_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "order22"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product23" ADD CONSTRAINT "Product23_task10Id_fkey" FOREIGN KEY ("task10Id") REFERENCES "task10"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer24" ADD CONSTRAINT "Customer24_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "product3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment25" ADD CONSTRAINT "Shipment25_report18Id_fkey" FOREIGN KEY ("report18Id") REFERENCES "Report18"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment25" ADD CONSTRAINT "Shipment25_profile23Id_fkey" FOREIGN KEY ("profile23Id") REFERENCES "Product23"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment26" ADD CONSTRAINT "payment26_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "customer4"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review27" ADD CONSTRAINT "Review27_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket28" ADD CONSTRAINT "Ticket28_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project29" ADD CONSTRAINT "Project29_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task30" ADD CONSTRAINT "task30_product23Id_fkey" FOREIGN KEY ("product23Id") REFERENCES "Product23"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task30" ADD CONSTRAINT "task30_profile28Id_fkey" FOREIGN KEY ("profile28Id") REFERENCES "Ticket28"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment31" ADD CONSTRAINT "Comment31_payment26Id_fkey" FOREIGN KEY ("payment26Id") REFERENCES "payment26"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team32" ADD CONSTRAINT "team32_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member33" ADD CONSTRAINT "member33_event15Id_fkey" FOREIGN KEY ("event15Id") REFERENCES "Event15"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member33" ADD CONSTRAINT "member33_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "member33"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document34" ADD CONSTRAINT "Document34_review7Id_fkey" FOREIGN KEY ("review7Id") REFERENCES "Review7"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event35" ADD CONSTRAINT "Event35_ticket28Id_fkey" FOREIGN KEY ("ticket28Id") REFERENCES "Ticket28"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event35" ADD CONSTRAINT "Event35_profile33Id_fkey" FOREIGN KEY ("profile33Id") REFERENCES "member33"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session36" ADD CONSTRAINT "Session36_session16Id_fkey" FOREIGN KEY ("session16Id") REFERENCES "session16"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device37" ADD CONSTRAINT "Device37_task30Id_fkey" FOREIGN KEY ("task30Id") REFERENCES "task30"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report38" ADD CONSTRAINT "report38_account20Id_fkey" FOREIGN KEY ("account20Id") REFERENCES "account20"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract39" ADD CONSTRAINT "Contract39_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account40" ADD CONSTRAINT "Account40_account20Id_fkey" FOREIGN KEY ("account20Id") REFERENCES "account20"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account40" ADD CONSTRAINT "Account40_profile38Id_fkey" FOREIGN KEY ("profile38Id") REFERENCES "report38"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice41" ADD CONSTRAINT "invoice41_report38Id_fkey" FOREIGN KEY ("report38Id") REFERENCES "report38"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order42" ADD CONSTRAINT "order42_event35Id_fkey" FOREIGN KEY ("event35Id") REFERENCES "Event35"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product43" ADD CONSTRAINT "Product43_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer44" ADD CONSTRAINT "Customer44_account40Id_fkey" FOREIGN KEY ("account40Id") REFERENCES "Account40"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer44" ADD CONSTRAINT "Customer44_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Customer44"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment45" ADD CONSTRAINT "Shipment45_event15Id_fkey" FOREIGN KEY ("event15Id") REFERENCES "Event15"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment45" ADD CONSTRAINT "Shipment45_profile43Id_fkey" FOREIGN KEY ("profile43Id") REFERENCES "Product43"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment46" ADD CONSTRAINT "Payment46_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "Shipment5"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review47" ADD CONSTRAINT "review47_contract39Id_fkey" FOREIGN KEY ("contract39Id") REFERENCES "Contract39"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket48" ADD CONSTRAINT "Ticket48_device17Id_fkey" FOREIGN KEY ("device17Id") REFERENCES "device17"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project49" ADD CONSTRAINT "project49_customer24Id_fkey" FOREIGN KEY ("customer24Id") REFERENCES "Customer24"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task50" ADD CONSTRAINT "Task50_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "Shipment5"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task50" ADD CONSTRAINT "Task50_profile48Id_fkey" FOREIGN KEY ("profile48Id") REFERENCES "Ticket48"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment51" ADD CONSTRAINT "Comment51_ticket48Id_fkey" FOREIGN KEY ("ticket48Id") REFERENCES "Ticket48"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team52" ADD CONSTRAINT "Team52_order42Id_fkey" FOREIGN KEY ("order42Id") REFERENCES "order42"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member53" ADD CONSTRAINT "Member53_customer24Id_fkey" FOREIGN KEY ("customer24Id") REFERENCES "Customer24"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document54" ADD CONSTRAINT "document54_review27Id_fkey" FOREIGN KEY ("review27Id") REFERENCES "Review27"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event55" ADD CONSTRAINT "Event55_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "product3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event55" ADD CONSTRAINT "Event55_profile53Id_fkey" FOREIGN KEY ("profile53Id") REFERENCES "Member53"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event55" ADD CONSTRAINT "Event55_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Event55"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session56" ADD CONSTRAINT "session56_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "Payment6"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device57" ADD CONSTRAINT "device57_member33Id_fkey" FOREIGN KEY ("member33Id") REFERENCES "member33"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report58" ADD CONSTRAINT "Report58_report18Id_fkey" FOREIGN KEY ("report18Id") REFERENCES "Report18"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract59" ADD CONSTRAINT "Contract59_event55Id_fkey" FOREIGN KEY ("event55Id") REFERENCES "Event55"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account60" ADD CONSTRAINT "Account60_team12Id_fkey" FOREIGN KEY ("team12Id") REFERENCES "team12"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account60" ADD CONSTRAINT "Account60_profile58Id_fkey" FOREIGN KEY ("profile58Id") REFERENCES "Report58"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice61" ADD CONSTRAINT "Invoice61_comment51Id_fkey" FOREIGN KEY ("comment51Id") REFERENCES "Comment51"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order62" ADD CONSTRAINT "Order62_project29Id_fkey" FOREIGN KEY ("project29Id") REFERENCES "Project29"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product63" ADD CONSTRAINT "Product63_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer64" ADD CONSTRAINT "customer64_project9Id_fkey" FOREIGN KEY ("project9Id") REFERENCES "project9"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment65" ADD CONSTRAINT "shipment65_review47Id_fkey" FOREIGN KEY ("review47Id") REFERENCES "review47"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipment65" ADD CONSTRAINT "shipment65_profile63Id_fkey" FOREIGN KEY ("profile63Id") REFERENCES "Product63"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment66" ADD CONSTRAINT "Payment66_customer44Id_fkey" FOREIGN KEY ("customer44Id") REFERENCES "Customer44"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment66" ADD CONSTRAINT "Payment66_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Payment66"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review67" ADD CONSTRAINT "Review67_event15Id_fkey" FOREIGN KEY ("event15Id") REFERENCES "Event15"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket68" ADD CONSTRAINT "Ticket68_review27Id_fkey" FOREIGN KEY ("review27Id") REFERENCES "Review27"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project69" ADD CONSTRAINT "Project69_account60Id_fkey" FOREIGN KEY ("account60Id") REFERENCES "Account60"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task70" ADD CONSTRAINT "Task70_device37Id_fkey" FOREIGN KEY ("device37Id") REFERENCES "Device37"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task70" ADD CONSTRAINT "Task70_profile68Id_fkey" FOREIGN KEY ("profile68Id") REFERENCES "Ticket68"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment71" ADD CONSTRAINT "comment71_review47Id_fkey" FOREIGN KEY ("review47Id") REFERENCES "review47"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team72" ADD CONSTRAINT "Team72_member53Id_fkey" FOREIGN KEY ("member53Id") REFERENCES "Member53"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member73" ADD CONSTRAINT "member73_project29Id_fkey" FOREIGN KEY ("project29Id") REFERENCES "Project29"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document74" ADD CONSTRAINT "Document74_document54Id_fkey" FOREIGN KEY ("document54Id") REFERENCES "document54"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event75" ADD CONSTRAINT "event75_document74Id_fkey" FOREIGN KEY ("document74Id") REFERENCES "Document74"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event75" ADD CONSTRAINT "event75_profile73Id_fkey" FOREIGN KEY ("profile73Id") REFERENCES "member73"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session76" ADD CONSTRAINT "session76_shipment45Id_fkey" FOREIGN KEY ("shipment45Id") REFERENCES "Shipment45"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device77" ADD CONSTRAINT "device77_member53Id_fkey" FOREIGN KEY ("member53Id") REFERENCES "Member53"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device77" ADD CONSTRAINT "device77_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "device77"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report78" ADD CONSTRAINT "Report78_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract79" ADD CONSTRAINT "Contract79_order42Id_fkey" FOREIGN KEY ("order42Id") REFERENCES "order42"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account80" ADD CONSTRAINT "account80_contract19Id_fkey" FOREIGN KEY ("contract19Id") REFERENCES "contract19"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account80" ADD CONSTRAINT "account80_profile78Id_fkey" FOREIGN KEY ("profile78Id") REFERENCES "Report78"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice81" ADD CONSTRAINT "Invoice81_payment66Id_fkey" FOREIGN KEY ("payment66Id") REFERENCES "Payment66"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order82" ADD CONSTRAINT "Order82_account20Id_fkey" FOREIGN KEY ("account20Id") REFERENCES "account20"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product83" ADD CONSTRAINT "Product83_shipment45Id_fkey" FOREIGN KEY ("shipment45Id") REFERENCES "Shipment45"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer84" ADD CONSTRAINT "Customer84_contract59Id_fkey" FOREIGN KEY ("contract59Id") REFERENCES "Contract59"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment85" ADD CONSTRAINT "Shipment85_project49Id_fkey" FOREIGN KEY ("project49Id") REFERENCES "project49"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment85" ADD CONSTRAINT "Shipment85_profile83Id_fkey" FOREIGN KEY ("profile83Id") REFERENCES "Product83"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment86" ADD CONSTRAINT "Payment86_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "Payment6"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review87" ADD CONSTRAINT "Review87_team52Id_fkey" FOREIGN KEY ("team52Id") REFERENCES "Team52"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket88" ADD CONSTRAINT "Ticket88_task70Id_fkey" FOREIGN KEY ("task70Id") REFERENCES "Task70"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket88" ADD CONSTRAINT "Ticket88_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Ticket88"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project89" ADD CONSTRAINT "Project89_task10Id_fkey" FOREIGN KEY ("task10Id") REFERENCES "task10"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task90" ADD CONSTRAINT "Task90_contract79Id_fkey" FOREIGN KEY ("contract79Id") REFERENCES "Contract79"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task90" ADD CONSTRAINT "Task90_profile88Id_fkey" FOREIGN KEY ("profile88Id") REFERENCES "Ticket88"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment91" ADD CONSTRAINT "Comment91_invoice81Id_fkey" FOREIGN KEY ("invoice81Id") REFERENCES "Invoice81"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team92" ADD CONSTRAINT "Team92_comment91Id_fkey" FOREIGN KEY ("comment91Id") REFERENCES "Comment91"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member93" ADD CONSTRAINT "Member93_team12Id_fkey" FOREIGN KEY ("team12Id") REFERENCES "team12"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document94" ADD CONSTRAINT "Document94_device77Id_fkey" FOREIGN KEY ("device77Id") REFERENCES "device77"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event95" ADD CONSTRAINT "Event95_team12Id_fkey" FOREIGN KEY ("team12Id") REFERENCES "team12"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event95" ADD CONSTRAINT "Event95_profile93Id_fkey" FOREIGN KEY ("profile93Id") REFERENCES "Member93"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session96" ADD CONSTRAINT "Session96_shipment25Id_fkey" FOREIGN KEY ("shipment25Id") REFERENCES "Shipment25"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device97" ADD CONSTRAINT "Device97_order62Id_fkey" FOREIGN KEY ("order62Id") REFERENCES "Order62"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report98" ADD CONSTRAINT "Report98_payment86Id_fkey" FOREIGN KEY ("payment86Id") REFERENCES "Payment86"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract99" ADD CONSTRAINT "Contract99_order22Id_fkey" FOREIGN KEY ("order22Id") REFERENCES "order22"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract99" ADD CONSTRAINT "Contract99_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Contract99"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7_4" ADD CONSTRAINT "_M7_4_A_fkey" FOREIGN KEY ("A") REFERENCES "customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M7_4" ADD CONSTRAINT "_M7_4_B_fkey" FOREIGN KEY ("B") REFERENCES "Review7"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M14_11" ADD CONSTRAINT "_M14_11_A_fkey" FOREIGN KEY ("A") REFERENCES "Comment11"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M14_11" ADD CONSTRAINT "_M14_11_B_fkey" FOREIGN KEY ("B") REFERENCES "Document14"("id") ON DELETE CASCADE ON UPDATE CASCADE;

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
ALTER TABLE "_M35_32" ADD CONSTRAINT "_M35_32_B_fkey" FOREIGN KEY ("B") REFERENCES "team32"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M42_39" ADD CONSTRAINT "_M42_39_A_fkey" FOREIGN KEY ("A") REFERENCES "Contract39"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M42_39" ADD CONSTRAINT "_M42_39_B_fkey" FOREIGN KEY ("B") REFERENCES "order42"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M49_46" ADD CONSTRAINT "_M49_46_A_fkey" FOREIGN KEY ("A") REFERENCES "Payment46"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M49_46" ADD CONSTRAINT "_M49_46_B_fkey" FOREIGN KEY ("B") REFERENCES "project49"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M56_53" ADD CONSTRAINT "_M56_53_A_fkey" FOREIGN KEY ("A") REFERENCES "Member53"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M56_53" ADD CONSTRAINT "_M56_53_B_fkey" FOREIGN KEY ("B") REFERENCES "session56"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M63_60" ADD CONSTRAINT "_M63_60_A_fkey" FOREIGN KEY ("A") REFERENCES "Account60"("id") ON DELETE CASCADE ON UPDATE CASCADE;

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
ALTER TABLE "_M84_81" ADD CONSTRAINT "_M84_81_B_fkey" FOREIGN KEY ("B") REFERENCES "Invoice81"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M91_88" ADD CONSTRAINT "_M91_88_A_fkey" FOREIGN KEY ("A") REFERENCES "Comment91"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M91_88" ADD CONSTRAINT "_M91_88_B_fkey" FOREIGN KEY ("B") REFERENCES "Ticket88"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M98_95" ADD CONSTRAINT "_M98_95_A_fkey" FOREIGN KEY ("A") REFERENCES "Event95"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M98_95" ADD CONSTRAINT "_M98_95_B_fkey" FOREIGN KEY ("B") REFERENCES "Report98"("id") ON DELETE CASCADE ON UPDATE CASCADE;
