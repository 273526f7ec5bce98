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
    "booleanField0" BOOLEAN[],
    "floatField1" REAL NOT NULL,
    "floatField2" REAL NOT NULL,
    "datetime_field_3" TIMESTAMPTZ(6)[],
    "float_field_4" REAL NOT NULL,
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
    "datetime_field_0" TIMESTAMPTZ(6) NOT NULL,
    "string_field_1" UUID NOT NULL,
    "booleanField2" BOOLEAN,
    "bytesField3" BYTEA,
    "floatField4" REAL,
    "intField5" SMALLINT NOT NULL,
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
    "bigintField0" BIGINT[],
    "stringField1" TEXT[],
    "decimalField2" DECIMAL(10,2) NOT NULL,
    "jsonField3" JSONB NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,

    CONSTRAINT "Order2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product3" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "intField1" INTEGER NOT NULL DEFAULT 0,
    "intField2" SMALLINT NOT NULL,
    "string_field_3" UUID,
    "datetimeField4" TIMESTAMPTZ(6) NOT NULL,
    "intField5" SMALLINT NOT NULL,
    "bigintField6" BIGINT NOT NULL,
    "bytes_field_7" BYTEA NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER,

    CONSTRAINT "product3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer4" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetime_field_0" TIMESTAMPTZ(6),
    "bigintField1" BIGINT,
    "decimalField2" DECIMAL(10,2) NOT NULL,
    "datetimeField3" TIMESTAMPTZ(6)[],
    "boolean_field_4" BOOLEAN,
    "intField5" SMALLINT NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product3Id" INTEGER NOT NULL,

    CONSTRAINT "Customer4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment5" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN,
    "bigintField1" BIGINT[],
    "json_field_2" JSONB,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER,
    "profile3Id" INTEGER,

    CONSTRAINT "Shipment5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment6" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "stringField1" VARCHAR(255),
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "bytes_field_3" BYTEA NOT NULL,
    "json_field_4" JSONB,
    "booleanField5" BOOLEAN NOT NULL DEFAULT false,
    "jsonField6" JSONB,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER NOT NULL,

    CONSTRAINT "Payment6_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review7" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytes_field_0" BYTEA NOT NULL,
    "stringField1" TEXT[],
    "intField2" SMALLINT,
    "stringField3" TEXT NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER,

    CONSTRAINT "Review7_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket8" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" DOUBLE PRECISION[],
    "stringField1" UUID NOT NULL,
    "stringField2" TEXT NOT NULL,
    "stringField3" TEXT NOT NULL,
    "bytes_field_4" BYTEA NOT NULL,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "Ticket8_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project9" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "stringField1" UUID NOT NULL,
    "stringField2" TEXT NOT NULL,
    "intField3" SMALLINT,
    "stringField4" TEXT[],
    "floatField5" REAL,
    "datetimeField6" TIMESTAMPTZ(6),
    "booleanField7" BOOLEAN,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER NOT NULL,

    CONSTRAINT "project9_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task10" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "jsonField1" JSONB NOT NULL,
    "boolean_field_2" BOOLEAN[],
    "string_field_3" UUID NOT NULL,
    "boolean_field_4" BOOLEAN[],
    "int_field_5" SMALLINT NOT NULL,
    "stringField6" UUID NOT NULL,
    "stringField7" VARCHAR(255) NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project9Id" INTEGER NOT NULL,
    "profile8Id" INTEGER,

    CONSTRAINT "Task10_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment11" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT,
    "bytes_field_1" BYTEA NOT NULL,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "bytesField3" BYTEA,
    "intField4" INTEGER NOT NULL DEFAULT 0,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER,
    "parentId" INTEGER,

    CONSTRAINT "Comment11_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team12" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "intField1" INTEGER NOT NULL DEFAULT 0,
    "decimalField2" DECIMAL(10,2) NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task10Id" INTEGER NOT NULL,

    CONSTRAINT "Team12_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member13" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(65,30)[],
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "bigintField2" BIGINT,
    "bigintField3" BIGINT[],
    "stringField4" VARCHAR(255) NOT NULL,
    "bigintField5" BIGINT NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER NOT NULL,

    CONSTRAINT "member13_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document14" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "stringField1" TEXT NOT NULL,
    "decimal_field_2" DECIMAL(65,30)[],
    "stringField3" TEXT[],
    "floatField4" REAL NOT NULL,
    "stringField5" VARCHAR(255) NOT NULL,
    "float_field_6" DOUBLE PRECISION[],
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
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "stringField1" TEXT,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "intField3" SMALLINT,
    "decimalField4" DECIMAL(10,2),
    "boolean_field_5" BOOLEAN,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER NOT NULL,
    "profile13Id" INTEGER,

    CONSTRAINT "Event15_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session16" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB,
    "datetime_field_1" TIMESTAMPTZ(6) NOT NULL,
    "json_field_2" JSONB NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER NOT NULL,

    CONSTRAINT "session16_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device17" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT NOT NULL,
    "stringField1" TEXT[],
    "decimalField2" DECIMAL(10,2),
    "stringField3" TEXT[],
    "datetime_field_4" TIMESTAMPTZ(6)[],
    "intField5" SMALLINT NOT NULL,
    "stringField6" TEXT[],
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product3Id" INTEGER NOT NULL,

    CONSTRAINT "Device17_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report18" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "booleanField1" BOOLEAN,
    "bigintField2" BIGINT[],
    "decimalField3" DECIMAL(65,30)[],
    "stringField4" TEXT[],
    "string_field_5" VARCHAR(255) NOT NULL,
    "stringField6" UUID NOT NULL,
    "stringField7" TEXT NOT NULL,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER,

    CONSTRAINT "report18_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contract19" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "bytesField1" BYTEA,
    "string_field_2" VARCHAR(255) NOT NULL,
    "stringField3" UUID NOT NULL,
    "intField4" SMALLINT NOT NULL,
    "jsonField5" JSONB NOT NULL,
    "stringField6" VARCHAR(255) NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event15Id" INTEGER,

    CONSTRAINT "contract19_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account20" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "booleanField1" BOOLEAN[],
    "datetimeField2" TIMESTAMPTZ(6),
    "booleanField3" BOOLEAN NOT NULL DEFAULT false,
    "datetime_field_4" TIMESTAMPTZ(6) NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER,
    "profile18Id" INTEGER,

    CONSTRAINT "Account20_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice21" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" INTEGER,
    "decimalField1" DECIMAL(65,30)[],
    "jsonField2" JSONB NOT NULL,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product3Id" INTEGER,

    CONSTRAINT "Invoice21_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order22" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB,
    "intField1" INTEGER[],
    "intField2" INTEGER NOT NULL DEFAULT 0,
    "decimalField3" DECIMAL(10,2),
    "stringField4" TEXT,
    "decimalField5" DECIMAL(10,2) NOT NULL,
    "jsonField6" JSONB,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team12Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "order22_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product23" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255),
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "bigintField2" BIGINT NOT NULL,
    "intField3" INTEGER NOT NULL DEFAULT 0,
    "bytesField4" BYTEA,
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
    "floatField0" DOUBLE PRECISION[],
    "floatField1" DOUBLE PRECISION[],
    "stringField2" VARCHAR(255),
    "stringField3" VARCHAR(255) NOT NULL,
    "stringField4" VARCHAR(255) NOT NULL,
    "booleanField5" BOOLEAN NOT NULL DEFAULT false,
    "stringField6" VARCHAR(255) NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER,

    CONSTRAINT "Customer24_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment25" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" INTEGER,
    "decimalField1" DECIMAL(10,2),
    "decimalField2" DECIMAL(10,2) NOT NULL,
    "decimalField3" DECIMAL(10,2),
    "stringField4" UUID,
    "floatField5" REAL,
    "decimalField6" DECIMAL(10,2) NOT NULL,
    "int_field_7" SMALLINT,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER NOT NULL,
    "profile23Id" INTEGER,

    CONSTRAINT "Shipment25_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment26" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" INTEGER NOT NULL DEFAULT 0,
    "jsonField1" JSONB NOT NULL,
    "string_field_2" TEXT NOT NULL,
    "stringField3" TEXT[],
    "stringField4" UUID,
    "string_field_5" TEXT[],
    "stringField6" VARCHAR(255),
    "bigintField7" BIGINT NOT NULL,
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
    "stringField0" TEXT[],
    "int_field_1" SMALLINT,
    "floatField2" REAL NOT NULL,
    "jsonField3" JSONB NOT NULL,
    "stringField4" UUID NOT NULL,
    "bytesField5" BYTEA,
    "bigintField6" BIGINT NOT NULL,
    "string_field_7" TEXT NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customer4Id" INTEGER NOT NULL,

    CONSTRAINT "Review27_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket28" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN[],
    "jsonField1" JSONB NOT NULL,
    "stringField2" TEXT NOT NULL,
    "booleanField3" BOOLEAN NOT NULL DEFAULT false,
    "bigintField4" BIGINT[],
    "stringField5" UUID,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review27Id" INTEGER NOT NULL,

    CONSTRAINT "Ticket28_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project29" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "intField1" INTEGER[],
    "datetime_field_2" TIMESTAMPTZ(6),
    "datetimeField3" TIMESTAMPTZ(6) NOT NULL,
    "int_field_4" SMALLINT,
    "jsonField5" JSONB NOT NULL,
    "booleanField6" BOOLEAN[],
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice21Id" INTEGER NOT NULL,

    CONSTRAINT "project29_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task30" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "float_field_1" REAL,
    "intField2" INTEGER NOT NULL DEFAULT 0,
    "bigintField3" BIGINT[],
    "stringField4" VARCHAR(255) NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment25Id" INTEGER NOT NULL,
    "profile28Id" INTEGER,

    CONSTRAINT "Task30_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment31" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "stringField1" TEXT NOT NULL,
    "stringField2" VARCHAR(255),
    "bytesField3" BYTEA NOT NULL,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order22Id" INTEGER,

    CONSTRAINT "Comment31_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team32" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "string_field_1" TEXT NOT NULL,
    "bytesField2" BYTEA NOT NULL,
    "decimalField3" DECIMAL(65,30)[],
    "string_field_4" TEXT[],
    "stringField5" UUID NOT NULL,
    "jsonField6" JSONB NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session16Id" INTEGER NOT NULL,

    CONSTRAINT "Team32_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member33" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "stringField1" TEXT NOT NULL,
    "string_field_2" TEXT NOT NULL,
    "stringField3" TEXT[],
    "datetimeField4" TIMESTAMPTZ(6) NOT NULL,
    "stringField5" VARCHAR(255),
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment26Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Member33_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document34" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT,
    "bytesField1" BYTEA,
    "stringField2" TEXT[],
    "decimalField3" DECIMAL(10,2),
    "booleanField4" BOOLEAN[],
    "intField5" INTEGER,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER,

    CONSTRAINT "Document34_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event35" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT,
    "stringField1" TEXT NOT NULL,
    "stringField2" TEXT[],
    "stringField3" TEXT NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order22Id" INTEGER NOT NULL,
    "profile33Id" INTEGER,

    CONSTRAINT "Event35_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session36" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB,
    "string_field_1" UUID,
    "booleanField2" BOOLEAN[],
    "datetimeField3" TIMESTAMPTZ(6) NOT NULL,
    "booleanField4" BOOLEAN,
    "datetimeField5" TIMESTAMPTZ(6),
    "stringField6" UUID,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device17Id" INTEGER NOT NULL,

    CONSTRAINT "Session36_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device37" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "intField1" INTEGER,
    "intField2" INTEGER,
    "int_field_3" INTEGER[],
    "bigintField4" BIGINT NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,

    CONSTRAINT "Device37_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report38" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" DOUBLE PRECISION[],
    "datetime_field_1" TIMESTAMPTZ(6),
    "floatField2" DOUBLE PRECISION[],
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "contract19Id" INTEGER NOT NULL,

    CONSTRAINT "report38_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract39" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "float_field_1" REAL,
    "bigintField2" BIGINT,
    "bigintField3" BIGINT NOT NULL,
    "stringField4" TEXT,
    "bigintField5" BIGINT NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment11Id" INTEGER NOT NULL,

    CONSTRAINT "Contract39_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account40" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" INTEGER NOT NULL DEFAULT 0,
    "bytesField1" BYTEA,
    "bytesField2" BYTEA,
    "stringField3" UUID NOT NULL,
    "jsonField4" JSONB NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session16Id" INTEGER NOT NULL,
    "profile38Id" INTEGER,

    CONSTRAINT "account40_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice41" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" SMALLINT NOT NULL,
    "stringField1" TEXT NOT NULL,
    "stringField2" UUID,
    "decimalField3" DECIMAL(10,2) NOT NULL,
    "stringField4" TEXT[],
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice1Id" INTEGER NOT NULL,

    CONSTRAINT "Invoice41_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order42" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "float_field_0" REAL,
    "bytes_field_1" BYTEA NOT NULL,
    "string_field_2" UUID,
    "stringField3" VARCHAR(255),
    "floatField4" REAL NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "contract19Id" INTEGER NOT NULL,

    CONSTRAINT "Order42_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product43" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER[],
    "stringField1" VARCHAR(255) NOT NULL,
    "booleanField2" BOOLEAN NOT NULL DEFAULT false,
    "stringField3" TEXT NOT NULL,
    "decimalField4" DECIMAL(65,30)[],
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event15Id" INTEGER NOT NULL,

    CONSTRAINT "Product43_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer44" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6),
    "datetimeField1" TIMESTAMPTZ(6) NOT NULL,
    "bigintField2" BIGINT,
    "datetimeField3" TIMESTAMPTZ(6) NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER,
    "parentId" INTEGER,

    CONSTRAINT "Customer44_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment45" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "booleanField2" BOOLEAN[],
    "bigintField3" BIGINT NOT NULL,
    "bigintField4" BIGINT[],
    "jsonField5" JSONB NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product43Id" INTEGER NOT NULL,
    "profile43Id" INTEGER,

    CONSTRAINT "Shipment45_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment46" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" SMALLINT NOT NULL,
    "bigintField1" BIGINT NOT NULL,
    "int_field_2" INTEGER[],
    "stringField3" TEXT NOT NULL,
    "intField4" INTEGER NOT NULL DEFAULT 0,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task10Id" INTEGER,

    CONSTRAINT "Payment46_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review47" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" DOUBLE PRECISION[],
    "jsonField1" JSONB,
    "stringField2" VARCHAR(255) NOT NULL,
    "decimal_field_3" DECIMAL(65,30)[],
    "stringField4" TEXT,
    "floatField5" DOUBLE PRECISION[],
    "booleanField6" BOOLEAN[],
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session36Id" INTEGER NOT NULL,

    CONSTRAINT "review47_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket48" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL,
    "string_field_1" TEXT,
    "booleanField2" BOOLEAN NOT NULL DEFAULT false,
    "decimalField3" DECIMAL(10,2) NOT NULL,
    "decimalField4" DECIMAL(10,2),
    "datetimeField5" TIMESTAMPTZ(6),
    "intField6" INTEGER NOT NULL DEFAULT 0,
    "booleanField7" BOOLEAN,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER NOT NULL,

    CONSTRAINT "Ticket48_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project49" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "floatField1" REAL,
    "bigintField2" BIGINT NOT NULL,
    "bytesField3" BYTEA NOT NULL,
    "floatField4" REAL NOT NULL,
    "stringField5" TEXT,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session36Id" INTEGER,

    CONSTRAINT "Project49_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task50" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "boolean_field_0" BOOLEAN,
    "stringField1" TEXT[],
    "string_field_2" TEXT NOT NULL,
    "booleanField3" BOOLEAN NOT NULL DEFAULT false,
    "booleanField4" BOOLEAN,
    "stringField5" TEXT[],
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "invoice41Id" INTEGER,
    "profile48Id" INTEGER,

    CONSTRAINT "task50_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment51" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2),
    "intField1" SMALLINT,
    "stringField2" TEXT,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket8Id" INTEGER NOT NULL,

    CONSTRAINT "comment51_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team52" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID,
    "stringField1" TEXT NOT NULL,
    "stringField2" TEXT NOT NULL,
    "decimalField3" DECIMAL(10,2),
    "bigint_field_4" BIGINT NOT NULL,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "device17Id" INTEGER NOT NULL,

    CONSTRAINT "Team52_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "member53" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(65,30)[],
    "jsonField1" JSONB,
    "floatField2" REAL,
    "int_field_3" INTEGER[],
    "stringField4" VARCHAR(255) NOT NULL,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment26Id" INTEGER NOT NULL,

    CONSTRAINT "member53_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document54" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER,
    "jsonField1" JSONB,
    "stringField2" TEXT NOT NULL,
    "bytesField3" BYTEA NOT NULL,
    "bytes_field_4" BYTEA,
    "booleanField5" BOOLEAN,
    "datetimeField6" TIMESTAMPTZ(6) NOT NULL,
    "stringField7" TEXT NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project9Id" INTEGER,

    CONSTRAINT "document54_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event55" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" DOUBLE PRECISION[],
    "jsonField1" JSONB,
    "bytes_field_2" BYTEA NOT NULL,
    "json_field_3" JSONB,
    "stringField4" VARCHAR(255),
    "bigint_field_5" BIGINT,
    "stringField6" UUID NOT NULL,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "contract39Id" INTEGER NOT NULL,
    "profile53Id" INTEGER,
    "parentId" INTEGER,

    CONSTRAINT "Event55_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session56" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "intField1" INTEGER NOT NULL DEFAULT 0,
    "intField2" INTEGER NOT NULL DEFAULT 0,
    "stringField3" TEXT[],
    "datetimeField4" TIMESTAMPTZ(6) NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment45Id" INTEGER,

    CONSTRAINT "session56_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device57" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6),
    "decimalField1" DECIMAL(10,2),
    "datetimeField2" TIMESTAMPTZ(6)[],
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket48Id" INTEGER NOT NULL,

    CONSTRAINT "Device57_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report58" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "string_field_0" UUID NOT NULL,
    "decimalField1" DECIMAL(10,2) NOT NULL,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "stringField3" TEXT,
    "stringField4" TEXT NOT NULL,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document34Id" INTEGER NOT NULL,

    CONSTRAINT "Report58_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract59" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "string_field_1" TEXT[],
    "stringField2" TEXT[],
    "stringField3" TEXT[],
    "stringField4" VARCHAR(255),
    "intField5" INTEGER[],
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
    "stringField0" TEXT[],
    "stringField1" VARCHAR(255) NOT NULL,
    "int_field_2" INTEGER NOT NULL DEFAULT 0,
    "bytesField3" BYTEA,
    "stringField4" UUID NOT NULL,
    "stringField5" TEXT,
    "booleanField6" BOOLEAN NOT NULL DEFAULT false,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event15Id" INTEGER,
    "profile58Id" INTEGER,

    CONSTRAINT "account60_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice61" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "floatField1" DOUBLE PRECISION[],
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "decimalField3" DECIMAL(10,2),
    "bytesField4" BYTEA,
    "stringField5" TEXT,
    "floatField6" DOUBLE PRECISION[],
    "bytesField7" BYTEA,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team12Id" INTEGER NOT NULL,

    CONSTRAINT "invoice61_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order62" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" INTEGER[],
    "stringField1" TEXT NOT NULL,
    "decimalField2" DECIMAL(10,2),
    "floatField3" REAL,
    "stringField4" VARCHAR(255),
    "stringField5" TEXT[],
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "order62_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product63" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "intField0" INTEGER NOT NULL DEFAULT 0,
    "bytesField1" BYTEA NOT NULL,
    "floatField2" DOUBLE PRECISION[],
    "booleanField3" BOOLEAN[],
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "contract19Id" INTEGER,

    CONSTRAINT "Product63_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer64" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "jsonField1" JSONB NOT NULL,
    "stringField2" TEXT[],
    "string_field_3" TEXT NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "team52Id" INTEGER,

    CONSTRAINT "Customer64_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment65" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" DOUBLE PRECISION[],
    "stringField1" TEXT NOT NULL,
    "jsonField2" JSONB,
    "jsonField3" JSONB,
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session16Id" INTEGER,
    "profile63Id" INTEGER,

    CONSTRAINT "Shipment65_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment66" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigintField0" BIGINT[],
    "string_field_1" TEXT,
    "intField2" INTEGER[],
    "intField3" INTEGER,
    "stringField4" TEXT,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review7Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "payment66_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review67" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "intField1" SMALLINT NOT NULL,
    "stringField2" UUID,
    "stringField3" TEXT,
    "intField4" SMALLINT NOT NULL,
    "intField5" INTEGER NOT NULL DEFAULT 0,
    "booleanField6" BOOLEAN NOT NULL DEFAULT false,
    "intField7" SMALLINT NOT NULL,
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
    "intField0" INTEGER[],
    "intField1" SMALLINT,
    "stringField2" TEXT[],
    "floatField3" REAL,
    "stringField4" UUID NOT NULL,
    "string_field_5" TEXT NOT NULL,
    "bigintField6" BIGINT,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session16Id" INTEGER NOT NULL,

    CONSTRAINT "Ticket68_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project69" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN NOT NULL DEFAULT false,
    "bigint_field_1" BIGINT,
    "decimalField2" DECIMAL(65,30)[],
    "string_field_3" TEXT[],
    "stringField4" UUID NOT NULL,
    "decimalField5" DECIMAL(10,2),
    "booleanField6" BOOLEAN NOT NULL DEFAULT false,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment51Id" INTEGER,

    CONSTRAINT "Project69_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task70" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN,
    "decimal_field_1" DECIMAL(65,30)[],
    "string_field_2" TEXT,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review67Id" INTEGER NOT NULL,
    "profile68Id" INTEGER,

    CONSTRAINT "Task70_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment71" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "bigintField1" BIGINT NOT NULL,
    "bigintField2" BIGINT NOT NULL,
    "string_field_3" TEXT[],
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "Comment71_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team72" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "jsonField1" JSONB,
    "boolean_field_2" BOOLEAN NOT NULL DEFAULT false,
    "stringField3" UUID NOT NULL,
    "intField4" INTEGER NOT NULL DEFAULT 0,
    "json_field_5" JSONB,
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "payment6Id" INTEGER,

    CONSTRAINT "team72_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member73" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "decimalField1" DECIMAL(10,2),
    "bytesField2" BYTEA NOT NULL,
    "bytesField3" BYTEA NOT NULL,
    "datetime_field_4" TIMESTAMPTZ(6)[],
    "bigintField5" BIGINT[],
    "float_field_6" DOUBLE PRECISION[],
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment11Id" INTEGER NOT NULL,

    CONSTRAINT "Member73_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document74" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "booleanField1" BOOLEAN,
    "floatField2" REAL NOT NULL,
    "bytesField3" BYTEA,
    "bigintField4" BIGINT NOT NULL,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account40Id" INTEGER,

    CONSTRAINT "Document74_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event75" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(65,30)[],
    "booleanField1" BOOLEAN[],
    "string_field_2" TEXT,
    "bytesField3" BYTEA,
    "stringField4" TEXT[],
    "datetimeField5" TIMESTAMPTZ(6),
    "decimalField6" DECIMAL(65,30)[],
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "report38Id" INTEGER NOT NULL,
    "profile73Id" INTEGER,

    CONSTRAINT "Event75_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session76" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA NOT NULL,
    "stringField1" TEXT[],
    "stringField2" TEXT NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "document54Id" INTEGER,

    CONSTRAINT "Session76_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device77" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "jsonField1" JSONB NOT NULL,
    "datetimeField2" TIMESTAMPTZ(6) NOT NULL,
    "jsonField3" JSONB NOT NULL,
    "json_field_4" JSONB NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket48Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "device77_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report78" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bigint_field_0" BIGINT,
    "decimalField1" DECIMAL(65,30)[],
    "booleanField2" BOOLEAN[],
    "stringField3" TEXT NOT NULL,
    "bigintField4" BIGINT NOT NULL,
    "string_field_5" VARCHAR(255) NOT NULL,
    "string_field_6" TEXT,
    "bigintField7" BIGINT NOT NULL,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review47Id" INTEGER NOT NULL,

    CONSTRAINT "report78_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contract79" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" INTEGER,
    "intField1" SMALLINT NOT NULL,
    "stringField2" UUID,
    "stringField3" TEXT[],
    "bytes_field_4" BYTEA,
    "floatField5" REAL NOT NULL,
    "bytesField6" BYTEA NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket48Id" INTEGER NOT NULL,

    CONSTRAINT "contract79_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account80" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "stringField1" TEXT[],
    "floatField2" REAL NOT NULL,
    "floatField3" REAL NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event55Id" INTEGER,
    "profile78Id" INTEGER,

    CONSTRAINT "Account80_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice81" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "floatField0" REAL NOT NULL,
    "bytesField1" BYTEA,
    "intField2" INTEGER[],
    "bigintField3" BIGINT,
    "intField4" INTEGER,
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
    "stringField0" TEXT[],
    "stringField1" TEXT[],
    "stringField2" TEXT[],
    "float_field_3" DOUBLE PRECISION[],
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order2Id" INTEGER,

    CONSTRAINT "Order82_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product83" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetimeField0" TIMESTAMPTZ(6),
    "bigintField1" BIGINT,
    "bytesField2" BYTEA,
    "string_field_3" TEXT[],
    "bigintField4" BIGINT NOT NULL,
    "bigintField5" BIGINT,
    "intField6" INTEGER[],
    "intField7" INTEGER NOT NULL DEFAULT 0,
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event75Id" INTEGER,

    CONSTRAINT "Product83_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer84" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "stringField1" TEXT NOT NULL,
    "datetimeField2" TIMESTAMPTZ(6)[],
    "stringField3" VARCHAR(255),
    "bigintField4" BIGINT NOT NULL,
    "stringField5" TEXT,
    "stringField6" TEXT[],
    "jsonField7" JSONB,
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "session16Id" INTEGER NOT NULL,

    CONSTRAINT "Customer84_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment85" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "stringField1" TEXT[],
    "booleanField2" BOOLEAN[],
    "stringField3" TEXT[],
    "intField4" SMALLINT,
    "datetimeField5" TIMESTAMPTZ(6)[],
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment71Id" INTEGER NOT NULL,
    "profile83Id" INTEGER,

    CONSTRAINT "Shipment85_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment86" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "stringField1" TEXT NOT NULL,
    "bigintField2" BIGINT,
    "intField3" INTEGER,
    "stringField4" VARCHAR(255) NOT NULL,
    "string_field_5" VARCHAR(255) NOT NULL,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event15Id" INTEGER NOT NULL,

    CONSTRAINT "payment86_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review87" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "boolean_field_0" BOOLEAN NOT NULL DEFAULT false,
    "boolean_field_1" BOOLEAN[],
    "stringField2" TEXT,
    "stringField3" TEXT[],
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "review67Id" INTEGER NOT NULL,

    CONSTRAINT "review87_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket88" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "int_field_0" SMALLINT NOT NULL,
    "stringField1" TEXT NOT NULL,
    "stringField2" TEXT[],
    "stringField3" TEXT NOT NULL,
    "jsonField4" JSONB,
    "jsonField5" JSONB NOT NULL,
    "intField6" INTEGER,
    "bigintField7" BIGINT NOT NULL,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account40Id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "Ticket88_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project89" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT NOT NULL,
    "booleanField1" BOOLEAN,
    "booleanField2" BOOLEAN[],
    "intField3" SMALLINT NOT NULL,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "account0Id" INTEGER NOT NULL,

    CONSTRAINT "Project89_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task90" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "boolean_field_1" BOOLEAN,
    "decimal_field_2" DECIMAL(65,30)[],
    "floatField3" REAL NOT NULL,
    "booleanField4" BOOLEAN[],
    "string_field_5" TEXT NOT NULL,
    "decimalField6" DECIMAL(10,2) NOT NULL,
    "status" "Status0" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipment5Id" INTEGER NOT NULL,
    "profile88Id" INTEGER,

    CONSTRAINT "Task90_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment91" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(65,30)[],
    "stringField1" TEXT,
    "stringField2" VARCHAR(255) NOT NULL,
    "bigint_field_3" BIGINT NOT NULL,
    "int_field_4" SMALLINT NOT NULL,
    "status" "Status1" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticket48Id" INTEGER,

    CONSTRAINT "Comment91_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team92" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" TEXT[],
    "floatField1" REAL NOT NULL,
    "stringField2" TEXT,
    "bytesField3" BYTEA NOT NULL,
    "datetimeField4" TIMESTAMPTZ(6),
    "json_field_5" JSONB,
    "intField6" SMALLINT NOT NULL,
    "intField7" INTEGER[],
    "status" "Status2" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "event15Id" INTEGER,

    CONSTRAINT "Team92_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member93" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "bytesField0" BYTEA,
    "intField1" INTEGER NOT NULL DEFAULT 0,
    "datetimeField2" TIMESTAMPTZ(6)[],
    "jsonField3" JSONB,
    "string_field_4" UUID NOT NULL,
    "jsonField5" JSONB NOT NULL,
    "booleanField6" BOOLEAN[],
    "status" "Status3" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "project89Id" INTEGER NOT NULL,

    CONSTRAINT "Member93_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document94" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "booleanField0" BOOLEAN,
    "booleanField1" BOOLEAN[],
    "intField2" SMALLINT NOT NULL,
    "datetimeField3" TIMESTAMPTZ(6),
    "stringField4" TEXT[],
    "intField5" INTEGER[],
    "status" "Status4" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment11Id" INTEGER,

    CONSTRAINT "Document94_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event95" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "decimalField0" DECIMAL(10,2) NOT NULL,
    "datetimeField1" TIMESTAMPTZ(6)[],
    "intField2" INTEGER[],
    "bytesField3" BYTEA,
    "int_field_4" SMALLINT NOT NULL,
    "int_field_5" INTEGER NOT NULL DEFAULT 0,
    "floatField6" DOUBLE PRECISION[],
    "status" "Status5" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "comment91Id" INTEGER,
    "profile93Id" INTEGER,

    CONSTRAINT "Event95_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session96" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" UUID NOT NULL,
    "float_field_1" DOUBLE PRECISION[],
    "stringField2" TEXT NOT NULL,
    "stringField3" TEXT,
    "status" "Status6" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task70Id" INTEGER,

    CONSTRAINT "Session96_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device97" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "jsonField0" JSONB NOT NULL,
    "jsonField1" JSONB NOT NULL,
    "datetimeField2" TIMESTAMPTZ(6),
    "stringField3" UUID NOT NULL,
    "bytesField4" BYTEA NOT NULL,
    "status" "Status7" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "product23Id" INTEGER NOT NULL,

    CONSTRAINT "device97_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report98" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "datetime_field_0" TIMESTAMPTZ(6)[],
    "json_field_1" JSONB,
    "stringField2" VARCHAR(255),
    "booleanField3" BOOLEAN NOT NULL DEFAULT false,
    "intField4" INTEGER NOT NULL DEFAULT 0,
    "status" "Status8" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "order82Id" INTEGER,

    CONSTRAINT "Report98_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract99" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "stringField0" VARCHAR(255) NOT NULL,
    "bigintField1" BIGINT[],
    "stringField2" TEXT[],
    "string_field_3" TEXT,
    "status" "Status9" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "task50Id" INTEGER,
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
CREATE INDEX "Invoice1_account0Id_idx" ON "Invoice1"("account0Id");

-- CreateIndex
CREATE INDEX "Invoice1_createdAt_idx" ON "Invoice1"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Order2_code_key" ON "Order2"("code");

-- CreateIndex
CREATE INDEX "Order2_invoice1Id_idx" ON "Order2"("invoice1Id");

-- CreateIndex
CREATE UNIQUE INDEX "product3_code_key" ON "product3"("code");

-- CreateIndex
CREATE INDEX "product3_invoice1Id_idx" ON "product3"("invoice1Id");

-- CreateIndex
CREATE UNIQUE INDEX "product3_code_createdAt_key" ON "product3"("code", "createdAt");

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
CREATE UNIQUE INDEX "Payment6_code_key" ON "Payment6"("code");

-- CreateIndex
CREATE INDEX "Payment6_customer4Id_idx" ON "Payment6"("customer4Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review7_code_key" ON "Review7"("code");

-- CreateIndex
CREATE INDEX "Review7_account0Id_idx" ON "Review7"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review7_code_createdAt_key" ON "Review7"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket8_code_key" ON "Ticket8"("code");

-- CreateIndex
CREATE INDEX "Ticket8_account0Id_idx" ON "Ticket8"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket8_code_createdAt_key" ON "Ticket8"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "project9_code_key" ON "project9"("code");

-- CreateIndex
CREATE INDEX "project9_payment6Id_idx" ON "project9"("payment6Id");

-- CreateIndex
CREATE INDEX "project9_createdAt_idx" ON "project9"("createdAt" DESC);

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
CREATE INDEX "Comment11_invoice1Id_idx" ON "Comment11"("invoice1Id");

-- CreateIndex
CREATE UNIQUE INDEX "Team12_code_key" ON "Team12"("code");

-- CreateIndex
CREATE UNIQUE INDEX "member13_code_key" ON "member13"("code");

-- CreateIndex
CREATE INDEX "member13_payment6Id_idx" ON "member13"("payment6Id");

-- CreateIndex
CREATE INDEX "member13_createdAt_idx" ON "member13"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "document14_code_key" ON "document14"("code");

-- CreateIndex
CREATE INDEX "document14_ticket8Id_idx" ON "document14"("ticket8Id");

-- CreateIndex
CREATE INDEX "document14_createdAt_idx" ON "document14"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Event15_code_key" ON "Event15"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event15_profile13Id_key" ON "Event15"("profile13Id");

-- CreateIndex
CREATE UNIQUE INDEX "session16_code_key" ON "session16"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Device17_code_key" ON "Device17"("code");

-- CreateIndex
CREATE INDEX "Device17_product3Id_idx" ON "Device17"("product3Id");

-- CreateIndex
CREATE UNIQUE INDEX "report18_code_key" ON "report18"("code");

-- CreateIndex
CREATE INDEX "report18_ticket8Id_idx" ON "report18"("ticket8Id");

-- CreateIndex
CREATE UNIQUE INDEX "contract19_code_key" ON "contract19"("code");

-- CreateIndex
CREATE INDEX "contract19_event15Id_idx" ON "contract19"("event15Id");

-- CreateIndex
CREATE UNIQUE INDEX "contract19_code_createdAt_key" ON "contract19"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Account20_code_key" ON "Account20"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Account20_profile18Id_key" ON "Account20"("profile18Id");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice21_code_key" ON "Invoice21"("code");

-- CreateIndex
CREATE UNIQUE INDEX "order22_code_key" ON "order22"("code");

-- CreateIndex
CREATE INDEX "order22_team12Id_idx" ON "order22"("team12Id");

-- CreateIndex
CREATE UNIQUE INDEX "Product23_code_key" ON "Product23"("code");

-- CreateIndex
CREATE INDEX "Product23_ticket8Id_idx" ON "Product23"("ticket8Id");

-- CreateIndex
CREATE UNIQUE INDEX "Customer24_code_key" ON "Customer24"("code");

-- CreateIndex
CREATE INDEX "Customer24_order2Id_idx" ON "Customer24"("order2Id");

-- CreateIndex
CREATE UNIQUE INDEX "Customer24_code_createdAt_key" ON "Customer24"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment25_code_key" ON "Shipment25"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment25_profile23Id_key" ON "Shipment25"("profile23Id");

-- CreateIndex
CREATE INDEX "Shipment25_payment6Id_idx" ON "Shipment25"("payment6Id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment26_code_key" ON "Payment26"("code");

-- CreateIndex
CREATE INDEX "Payment26_customer4Id_idx" ON "Payment26"("customer4Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review27_code_key" ON "Review27"("code");

-- CreateIndex
CREATE INDEX "Review27_customer4Id_idx" ON "Review27"("customer4Id");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket28_code_key" ON "Ticket28"("code");

-- CreateIndex
CREATE INDEX "Ticket28_createdAt_idx" ON "Ticket28"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "project29_code_key" ON "project29"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task30_code_key" ON "Task30"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task30_profile28Id_key" ON "Task30"("profile28Id");

-- CreateIndex
CREATE INDEX "Task30_shipment25Id_idx" ON "Task30"("shipment25Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment31_code_key" ON "Comment31"("code");

-- CreateIndex
CREATE INDEX "Comment31_order22Id_idx" ON "Comment31"("order22Id");

-- CreateIndex
CREATE UNIQUE INDEX "Team32_code_key" ON "Team32"("code");

-- CreateIndex
CREATE INDEX "Team32_session16Id_idx" ON "Team32"("session16Id");

-- CreateIndex
CREATE UNIQUE INDEX "Team32_code_createdAt_key" ON "Team32"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Member33_code_key" ON "Member33"("code");

-- CreateIndex
CREATE INDEX "Member33_payment26Id_idx" ON "Member33"("payment26Id");

-- CreateIndex
CREATE INDEX "Member33_createdAt_idx" ON "Member33"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Document34_code_key" ON "Document34"("code");

-- CreateIndex
CREATE INDEX "Document34_ticket8Id_idx" ON "Document34"("ticket8Id");

-- CreateIndex
CREATE INDEX "Document34_createdAt_idx" ON "Document34"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Event35_code_key" ON "Event35"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event35_profile33Id_key" ON "Event35"("profile33Id");

-- CreateIndex
CREATE INDEX "Event35_order22Id_idx" ON "Event35"("order22Id");

-- CreateIndex
CREATE INDEX "Event35_createdAt_idx" ON "Event35"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Event35_code_createdAt_key" ON "Event35"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Session36_code_key" ON "Session36"("code");

-- CreateIndex
CREATE INDEX "Session36_device17Id_idx" ON "Session36"("device17Id");

-- CreateIndex
CREATE INDEX "Session36_createdAt_idx" ON "Session36"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Device37_code_key" ON "Device37"("code");

-- CreateIndex
CREATE INDEX "Device37_invoice1Id_idx" ON "Device37"("invoice1Id");

-- CreateIndex
CREATE UNIQUE INDEX "report38_code_key" ON "report38"("code");

-- CreateIndex
CREATE INDEX "report38_contract19Id_idx" ON "report38"("contract19Id");

-- CreateIndex
CREATE UNIQUE INDEX "report38_code_createdAt_key" ON "report38"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Contract39_code_key" ON "Contract39"("code");

-- CreateIndex
CREATE INDEX "Contract39_createdAt_idx" ON "Contract39"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Contract39_code_createdAt_key" ON "Contract39"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "account40_code_key" ON "account40"("code");

-- CreateIndex
CREATE UNIQUE INDEX "account40_profile38Id_key" ON "account40"("profile38Id");

-- CreateIndex
CREATE INDEX "account40_session16Id_idx" ON "account40"("session16Id");

-- CreateIndex
CREATE INDEX "account40_createdAt_idx" ON "account40"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice41_code_key" ON "Invoice41"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Order42_code_key" ON "Order42"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Product43_code_key" ON "Product43"("code");

-- CreateIndex
CREATE INDEX "Product43_event15Id_idx" ON "Product43"("event15Id");

-- CreateIndex
CREATE UNIQUE INDEX "Customer44_code_key" ON "Customer44"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment45_code_key" ON "Shipment45"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment45_profile43Id_key" ON "Shipment45"("profile43Id");

-- CreateIndex
CREATE INDEX "Shipment45_createdAt_idx" ON "Shipment45"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Payment46_code_key" ON "Payment46"("code");

-- CreateIndex
CREATE INDEX "Payment46_task10Id_idx" ON "Payment46"("task10Id");

-- CreateIndex
CREATE INDEX "Payment46_createdAt_idx" ON "Payment46"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "review47_code_key" ON "review47"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket48_code_key" ON "Ticket48"("code");

-- CreateIndex
CREATE INDEX "Ticket48_order2Id_idx" ON "Ticket48"("order2Id");

-- CreateIndex
CREATE INDEX "Ticket48_createdAt_idx" ON "Ticket48"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Project49_code_key" ON "Project49"("code");

-- CreateIndex
CREATE INDEX "Project49_session36Id_idx" ON "Project49"("session36Id");

-- CreateIndex
CREATE UNIQUE INDEX "task50_code_key" ON "task50"("code");

-- CreateIndex
CREATE UNIQUE INDEX "task50_profile48Id_key" ON "task50"("profile48Id");

-- CreateIndex
CREATE INDEX "task50_invoice41Id_idx" ON "task50"("invoice41Id");

-- CreateIndex
CREATE UNIQUE INDEX "comment51_code_key" ON "comment51"("code");

-- CreateIndex
CREATE INDEX "comment51_createdAt_idx" ON "comment51"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Team52_code_key" ON "Team52"("code");

-- CreateIndex
CREATE INDEX "Team52_device17Id_idx" ON "Team52"("device17Id");

-- CreateIndex
CREATE INDEX "Team52_createdAt_idx" ON "Team52"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "member53_code_key" ON "member53"("code");

-- CreateIndex
CREATE UNIQUE INDEX "member53_code_createdAt_key" ON "member53"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "document54_code_key" ON "document54"("code");

-- CreateIndex
CREATE INDEX "document54_createdAt_idx" ON "document54"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "document54_code_createdAt_key" ON "document54"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Event55_code_key" ON "Event55"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event55_profile53Id_key" ON "Event55"("profile53Id");

-- CreateIndex
CREATE INDEX "Event55_contract39Id_idx" ON "Event55"("contract39Id");

-- CreateIndex
CREATE UNIQUE INDEX "session56_code_key" ON "session56"("code");

-- CreateIndex
CREATE INDEX "session56_shipment45Id_idx" ON "session56"("shipment45Id");

-- CreateIndex
CREATE INDEX "session56_createdAt_idx" ON "session56"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Device57_code_key" ON "Device57"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Report58_code_key" ON "Report58"("code");

-- CreateIndex
CREATE INDEX "Report58_createdAt_idx" ON "Report58"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Contract59_code_key" ON "Contract59"("code");

-- CreateIndex
CREATE INDEX "Contract59_document54Id_idx" ON "Contract59"("document54Id");

-- CreateIndex
CREATE UNIQUE INDEX "account60_code_key" ON "account60"("code");

-- CreateIndex
CREATE UNIQUE INDEX "account60_profile58Id_key" ON "account60"("profile58Id");

-- CreateIndex
CREATE INDEX "account60_event15Id_idx" ON "account60"("event15Id");

-- CreateIndex
CREATE UNIQUE INDEX "invoice61_code_key" ON "invoice61"("code");

-- CreateIndex
CREATE INDEX "invoice61_team12Id_idx" ON "invoice61"("team12Id");

-- CreateIndex
CREATE UNIQUE INDEX "order62_code_key" ON "order62"("code");

-- CreateIndex
CREATE INDEX "order62_account0Id_idx" ON "order62"("account0Id");

-- CreateIndex
CREATE INDEX "order62_createdAt_idx" ON "order62"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Product63_code_key" ON "Product63"("code");

-- CreateIndex
CREATE INDEX "Product63_contract19Id_idx" ON "Product63"("contract19Id");

-- CreateIndex
CREATE INDEX "Product63_createdAt_idx" ON "Product63"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Customer64_code_key" ON "Customer64"("code");

-- CreateIndex
CREATE INDEX "Customer64_team52Id_idx" ON "Customer64"("team52Id");

-- CreateIndex
CREATE UNIQUE INDEX "Customer64_code_createdAt_key" ON "Customer64"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment65_code_key" ON "Shipment65"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment65_profile63Id_key" ON "Shipment65"("profile63Id");

-- CreateIndex
CREATE INDEX "Shipment65_session16Id_idx" ON "Shipment65"("session16Id");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment65_code_createdAt_key" ON "Shipment65"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "payment66_code_key" ON "payment66"("code");

-- CreateIndex
CREATE INDEX "payment66_review7Id_idx" ON "payment66"("review7Id");

-- CreateIndex
CREATE UNIQUE INDEX "Review67_code_key" ON "Review67"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket68_code_key" ON "Ticket68"("code");

-- CreateIndex
CREATE INDEX "Ticket68_session16Id_idx" ON "Ticket68"("session16Id");

-- CreateIndex
CREATE INDEX "Ticket68_createdAt_idx" ON "Ticket68"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Ticket68_code_createdAt_key" ON "Ticket68"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Project69_code_key" ON "Project69"("code");

-- CreateIndex
CREATE INDEX "Project69_comment51Id_idx" ON "Project69"("comment51Id");

-- CreateIndex
CREATE UNIQUE INDEX "Task70_code_key" ON "Task70"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task70_profile68Id_key" ON "Task70"("profile68Id");

-- CreateIndex
CREATE INDEX "Task70_review67Id_idx" ON "Task70"("review67Id");

-- CreateIndex
CREATE INDEX "Task70_createdAt_idx" ON "Task70"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Comment71_code_key" ON "Comment71"("code");

-- CreateIndex
CREATE INDEX "Comment71_account0Id_idx" ON "Comment71"("account0Id");

-- CreateIndex
CREATE UNIQUE INDEX "team72_code_key" ON "team72"("code");

-- CreateIndex
CREATE UNIQUE INDEX "team72_code_createdAt_key" ON "team72"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Member73_code_key" ON "Member73"("code");

-- CreateIndex
CREATE INDEX "Member73_comment11Id_idx" ON "Member73"("comment11Id");

-- CreateIndex
CREATE UNIQUE INDEX "Document74_code_key" ON "Document74"("code");

-- CreateIndex
CREATE INDEX "Document74_account40Id_idx" ON "Document74"("account40Id");

-- CreateIndex
CREATE UNIQUE INDEX "Document74_code_createdAt_key" ON "Document74"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Event75_code_key" ON "Event75"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event75_profile73Id_key" ON "Event75"("profile73Id");

-- CreateIndex
CREATE UNIQUE INDEX "Session76_code_key" ON "Session76"("code");

-- CreateIndex
CREATE INDEX "Session76_document54Id_idx" ON "Session76"("document54Id");

-- CreateIndex
CREATE UNIQUE INDEX "device77_code_key" ON "device77"("code");

-- CreateIndex
CREATE INDEX "device77_ticket48Id_idx" ON "device77"("ticket48Id");

-- CreateIndex
CREATE UNIQUE INDEX "report78_code_key" ON "report78"("code");

-- CreateIndex
CREATE UNIQUE INDEX "contract79_code_key" ON "contract79"("code");

-- CreateIndex
CREATE INDEX "contract79_ticket48Id_idx" ON "contract79"("ticket48Id");

-- CreateIndex
CREATE UNIQUE INDEX "contract79_code_createdAt_key" ON "contract79"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Account80_code_key" ON "Account80"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Account80_profile78Id_key" ON "Account80"("profile78Id");

-- CreateIndex
CREATE INDEX "Account80_event55Id_idx" ON "Account80"("event55Id");

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
CREATE INDEX "Order82_order2Id_idx" ON "Order82"("order2Id");

-- CreateIndex
CREATE INDEX "Order82_createdAt_idx" ON "Order82"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Product83_code_key" ON "Product83"("code");

-- CreateIndex
CREATE INDEX "Product83_event75Id_idx" ON "Product83"("event75Id");

-- CreateIndex
CREATE UNIQUE INDEX "Customer84_code_key" ON "Customer84"("code");

-- CreateIndex
CREATE INDEX "Customer84_session16Id_idx" ON "Customer84"("session16Id");

-- CreateIndex
CREATE UNIQUE INDEX "Customer84_code_createdAt_key" ON "Customer84"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment85_code_key" ON "Shipment85"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment85_profile83Id_key" ON "Shipment85"("profile83Id");

-- CreateIndex
CREATE INDEX "Shipment85_comment71Id_idx" ON "Shipment85"("comment71Id");

-- CreateIndex
CREATE INDEX "Shipment85_createdAt_idx" ON "Shipment85"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "payment86_code_key" ON "payment86"("code");

-- CreateIndex
CREATE INDEX "payment86_event15Id_idx" ON "payment86"("event15Id");

-- CreateIndex
CREATE UNIQUE INDEX "payment86_code_createdAt_key" ON "payment86"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "review87_code_key" ON "review87"("code");

-- CreateIndex
CREATE INDEX "review87_review67Id_idx" ON "review87"("review67Id");

-- CreateIndex
CREATE INDEX "review87_createdAt_idx" ON "review87"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "review87_code_createdAt_key" ON "review87"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket88_code_key" ON "Ticket88"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket88_code_createdAt_key" ON "Ticket88"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Project89_code_key" ON "Project89"("code");

-- CreateIndex
CREATE INDEX "Project89_createdAt_idx" ON "Project89"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Task90_code_key" ON "Task90"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Task90_profile88Id_key" ON "Task90"("profile88Id");

-- CreateIndex
CREATE INDEX "Task90_shipment5Id_idx" ON "Task90"("shipment5Id");

-- CreateIndex
CREATE UNIQUE INDEX "Task90_code_createdAt_key" ON "Task90"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Comment91_code_key" ON "Comment91"("code");

-- CreateIndex
CREATE INDEX "Comment91_ticket48Id_idx" ON "Comment91"("ticket48Id");

-- CreateIndex
CREATE UNIQUE INDEX "Comment91_code_createdAt_key" ON "Comment91"("code", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Team92_code_key" ON "Team92"("code");

-- CreateIndex
CREATE INDEX "Team92_event15Id_idx" ON "Team92"("event15Id");

-- CreateIndex
CREATE UNIQUE INDEX "Member93_code_key" ON "Member93"("code");

-- CreateIndex
CREATE INDEX "Member93_project89Id_idx" ON "Member93"("project89Id");

-- CreateIndex
CREATE UNIQUE INDEX "Document94_code_key" ON "Document94"("code");

-- CreateIndex
CREATE INDEX "Document94_comment11Id_idx" ON "Document94"("comment11Id");

-- CreateIndex
CREATE UNIQUE INDEX "Event95_code_key" ON "Event95"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event95_profile93Id_key" ON "Event95"("profile93Id");

-- CreateIndex
CREATE UNIQUE INDEX "Session96_code_key" ON "Session96"("code");

-- CreateIndex
CREATE UNIQUE INDEX "device97_code_key" ON "device97"("code");

-- CreateIndex
CREATE INDEX "device97_createdAt_idx" ON "device97"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Report98_code_key" ON "Report98"("code");

-- CreateIndex
CREATE INDEX "Report98_createdAt_idx" ON "Report98"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Contract99_code_key" ON "Contract99"("code");

-- CreateIndex
CREATE INDEX "Contract99_task50Id_idx" ON "Contract99"("task50Id");

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
ALTER TABLE "Order2" ADD CONSTRAINT "Order2_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product3" ADD CONSTRAINT "product3_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer4" ADD CONSTRAINT "Customer4_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "product3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment5" ADD CONSTRAINT "Shipment5_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment5" ADD CONSTRAINT "Shipment5_profile3Id_fkey" FOREIGN KEY ("profile3Id") REFERENCES "product3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment6" ADD CONSTRAINT "Payment6_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "Customer4"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review7" ADD CONSTRAINT "Review7_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket8" ADD CONSTRAINT "Ticket8_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project9" ADD CONSTRAINT "project9_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "Payment6"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task10" ADD CONSTRAINT "Task10_project9Id_fkey" FOREIGN KEY ("project9Id") REFERENCES "project9"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task10" ADD CONSTRAINT "Task10_profile8Id_fkey" FOREIGN KEY ("profile8Id") REFERENCES "Ticket8"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment11" ADD CONSTRAINT "Comment11_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment11" ADD CONSTRAINT "Comment11_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment11"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team12" ADD CONSTRAINT "Team12_task10Id_fkey" FOREIGN KEY ("task10Id") REFERENCES "Task10"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member13" ADD CONSTRAINT "member13_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "Payment6"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document14" ADD CONSTRAINT "document14_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event15" ADD CONSTRAINT "Event15_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "Shipment5"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event15" ADD CONSTRAINT "Event15_profile13Id_fkey" FOREIGN KEY ("profile13Id") REFERENCES "member13"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session16" ADD CONSTRAINT "session16_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "Shipment5"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device17" ADD CONSTRAINT "Device17_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "product3"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report18" ADD CONSTRAINT "report18_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract19" ADD CONSTRAINT "contract19_event15Id_fkey" FOREIGN KEY ("event15Id") REFERENCES "Event15"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account20" ADD CONSTRAINT "Account20_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "Customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account20" ADD CONSTRAINT "Account20_profile18Id_fkey" FOREIGN KEY ("profile18Id") REFERENCES "report18"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice21" ADD CONSTRAINT "Invoice21_product3Id_fkey" FOREIGN KEY ("product3Id") REFERENCES "product3"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order22" ADD CONSTRAINT "order22_team12Id_fkey" FOREIGN KEY ("team12Id") REFERENCES "Team12"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order22" ADD CONSTRAINT "order22_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "order22"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product23" ADD CONSTRAINT "Product23_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer24" ADD CONSTRAINT "Customer24_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment25" ADD CONSTRAINT "Shipment25_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "Payment6"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment25" ADD CONSTRAINT "Shipment25_profile23Id_fkey" FOREIGN KEY ("profile23Id") REFERENCES "Product23"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment26" ADD CONSTRAINT "Payment26_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "Customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review27" ADD CONSTRAINT "Review27_customer4Id_fkey" FOREIGN KEY ("customer4Id") REFERENCES "Customer4"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket28" ADD CONSTRAINT "Ticket28_review27Id_fkey" FOREIGN KEY ("review27Id") REFERENCES "Review27"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project29" ADD CONSTRAINT "project29_invoice21Id_fkey" FOREIGN KEY ("invoice21Id") REFERENCES "Invoice21"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task30" ADD CONSTRAINT "Task30_shipment25Id_fkey" FOREIGN KEY ("shipment25Id") REFERENCES "Shipment25"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task30" ADD CONSTRAINT "Task30_profile28Id_fkey" FOREIGN KEY ("profile28Id") REFERENCES "Ticket28"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment31" ADD CONSTRAINT "Comment31_order22Id_fkey" FOREIGN KEY ("order22Id") REFERENCES "order22"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team32" ADD CONSTRAINT "Team32_session16Id_fkey" FOREIGN KEY ("session16Id") REFERENCES "session16"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member33" ADD CONSTRAINT "Member33_payment26Id_fkey" FOREIGN KEY ("payment26Id") REFERENCES "Payment26"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member33" ADD CONSTRAINT "Member33_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Member33"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document34" ADD CONSTRAINT "Document34_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event35" ADD CONSTRAINT "Event35_order22Id_fkey" FOREIGN KEY ("order22Id") REFERENCES "order22"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event35" ADD CONSTRAINT "Event35_profile33Id_fkey" FOREIGN KEY ("profile33Id") REFERENCES "Member33"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session36" ADD CONSTRAINT "Session36_device17Id_fkey" FOREIGN KEY ("device17Id") REFERENCES "Device17"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device37" ADD CONSTRAINT "Device37_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report38" ADD CONSTRAINT "report38_contract19Id_fkey" FOREIGN KEY ("contract19Id") REFERENCES "contract19"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract39" ADD CONSTRAINT "Contract39_comment11Id_fkey" FOREIGN KEY ("comment11Id") REFERENCES "Comment11"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account40" ADD CONSTRAINT "account40_session16Id_fkey" FOREIGN KEY ("session16Id") REFERENCES "session16"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account40" ADD CONSTRAINT "account40_profile38Id_fkey" FOREIGN KEY ("profile38Id") REFERENCES "report38"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice41" ADD CONSTRAINT "Invoice41_invoice1Id_fkey" FOREIGN KEY ("invoice1Id") REFERENCES "Invoice1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order42" ADD CONSTRAINT "Order42_contract19Id_fkey" FOREIGN KEY ("contract19Id") REFERENCES "contract19"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product43" ADD CONSTRAINT "Product43_event15Id_fkey" FOREIGN KEY ("event15Id") REFERENCES "Event15"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer44" ADD CONSTRAINT "Customer44_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "Payment6"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer44" ADD CONSTRAINT "Customer44_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Customer44"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment45" ADD CONSTRAINT "Shipment45_product43Id_fkey" FOREIGN KEY ("product43Id") REFERENCES "Product43"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment45" ADD CONSTRAINT "Shipment45_profile43Id_fkey" FOREIGN KEY ("profile43Id") REFERENCES "Product43"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment46" ADD CONSTRAINT "Payment46_task10Id_fkey" FOREIGN KEY ("task10Id") REFERENCES "Task10"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review47" ADD CONSTRAINT "review47_session36Id_fkey" FOREIGN KEY ("session36Id") REFERENCES "Session36"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket48" ADD CONSTRAINT "Ticket48_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project49" ADD CONSTRAINT "Project49_session36Id_fkey" FOREIGN KEY ("session36Id") REFERENCES "Session36"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task50" ADD CONSTRAINT "task50_invoice41Id_fkey" FOREIGN KEY ("invoice41Id") REFERENCES "Invoice41"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task50" ADD CONSTRAINT "task50_profile48Id_fkey" FOREIGN KEY ("profile48Id") REFERENCES "Ticket48"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment51" ADD CONSTRAINT "comment51_ticket8Id_fkey" FOREIGN KEY ("ticket8Id") REFERENCES "Ticket8"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team52" ADD CONSTRAINT "Team52_device17Id_fkey" FOREIGN KEY ("device17Id") REFERENCES "Device17"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member53" ADD CONSTRAINT "member53_payment26Id_fkey" FOREIGN KEY ("payment26Id") REFERENCES "Payment26"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document54" ADD CONSTRAINT "document54_project9Id_fkey" FOREIGN KEY ("project9Id") REFERENCES "project9"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event55" ADD CONSTRAINT "Event55_contract39Id_fkey" FOREIGN KEY ("contract39Id") REFERENCES "Contract39"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event55" ADD CONSTRAINT "Event55_profile53Id_fkey" FOREIGN KEY ("profile53Id") REFERENCES "member53"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event55" ADD CONSTRAINT "Event55_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Event55"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session56" ADD CONSTRAINT "session56_shipment45Id_fkey" FOREIGN KEY ("shipment45Id") REFERENCES "Shipment45"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device57" ADD CONSTRAINT "Device57_ticket48Id_fkey" FOREIGN KEY ("ticket48Id") REFERENCES "Ticket48"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report58" ADD CONSTRAINT "Report58_document34Id_fkey" FOREIGN KEY ("document34Id") REFERENCES "Document34"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract59" ADD CONSTRAINT "Contract59_document54Id_fkey" FOREIGN KEY ("document54Id") REFERENCES "document54"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account60" ADD CONSTRAINT "account60_event15Id_fkey" FOREIGN KEY ("event15Id") REFERENCES "Event15"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account60" ADD CONSTRAINT "account60_profile58Id_fkey" FOREIGN KEY ("profile58Id") REFERENCES "Report58"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice61" ADD CONSTRAINT "invoice61_team12Id_fkey" FOREIGN KEY ("team12Id") REFERENCES "Team12"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order62" ADD CONSTRAINT "order62_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product63" ADD CONSTRAINT "Product63_contract19Id_fkey" FOREIGN KEY ("contract19Id") REFERENCES "contract19"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer64" ADD CONSTRAINT "Customer64_team52Id_fkey" FOREIGN KEY ("team52Id") REFERENCES "Team52"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment65" ADD CONSTRAINT "Shipment65_session16Id_fkey" FOREIGN KEY ("session16Id") REFERENCES "session16"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment65" ADD CONSTRAINT "Shipment65_profile63Id_fkey" FOREIGN KEY ("profile63Id") REFERENCES "Product63"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment66" ADD CONSTRAINT "payment66_review7Id_fkey" FOREIGN KEY ("review7Id") REFERENCES "Review7"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment66" ADD CONSTRAINT "payment66_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "payment66"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review67" ADD CONSTRAINT "Review67_event15Id_fkey" FOREIGN KEY ("event15Id") REFERENCES "Event15"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket68" ADD CONSTRAINT "Ticket68_session16Id_fkey" FOREIGN KEY ("session16Id") REFERENCES "session16"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project69" ADD CONSTRAINT "Project69_comment51Id_fkey" FOREIGN KEY ("comment51Id") REFERENCES "comment51"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task70" ADD CONSTRAINT "Task70_review67Id_fkey" FOREIGN KEY ("review67Id") REFERENCES "Review67"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task70" ADD CONSTRAINT "Task70_profile68Id_fkey" FOREIGN KEY ("profile68Id") REFERENCES "Ticket68"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment71" ADD CONSTRAINT "Comment71_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team72" ADD CONSTRAINT "team72_payment6Id_fkey" FOREIGN KEY ("payment6Id") REFERENCES "Payment6"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member73" ADD CONSTRAINT "Member73_comment11Id_fkey" FOREIGN KEY ("comment11Id") REFERENCES "Comment11"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document74" ADD CONSTRAINT "Document74_account40Id_fkey" FOREIGN KEY ("account40Id") REFERENCES "account40"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event75" ADD CONSTRAINT "Event75_report38Id_fkey" FOREIGN KEY ("report38Id") REFERENCES "report38"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event75" ADD CONSTRAINT "Event75_profile73Id_fkey" FOREIGN KEY ("profile73Id") REFERENCES "Member73"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session76" ADD CONSTRAINT "Session76_document54Id_fkey" FOREIGN KEY ("document54Id") REFERENCES "document54"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device77" ADD CONSTRAINT "device77_ticket48Id_fkey" FOREIGN KEY ("ticket48Id") REFERENCES "Ticket48"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device77" ADD CONSTRAINT "device77_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "device77"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report78" ADD CONSTRAINT "report78_review47Id_fkey" FOREIGN KEY ("review47Id") REFERENCES "review47"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract79" ADD CONSTRAINT "contract79_ticket48Id_fkey" FOREIGN KEY ("ticket48Id") REFERENCES "Ticket48"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account80" ADD CONSTRAINT "Account80_event55Id_fkey" FOREIGN KEY ("event55Id") REFERENCES "Event55"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account80" ADD CONSTRAINT "Account80_profile78Id_fkey" FOREIGN KEY ("profile78Id") REFERENCES "report78"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice81" ADD CONSTRAINT "Invoice81_account40Id_fkey" FOREIGN KEY ("account40Id") REFERENCES "account40"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order82" ADD CONSTRAINT "Order82_order2Id_fkey" FOREIGN KEY ("order2Id") REFERENCES "Order2"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product83" ADD CONSTRAINT "Product83_event75Id_fkey" FOREIGN KEY ("event75Id") REFERENCES "Event75"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer84" ADD CONSTRAINT "Customer84_session16Id_fkey" FOREIGN KEY ("session16Id") REFERENCES "session16"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment85" ADD CONSTRAINT "Shipment85_comment71Id_fkey" FOREIGN KEY ("comment71Id") REFERENCES "Comment71"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment85" ADD CONSTRAINT "Shipment85_profile83Id_fkey" FOREIGN KEY ("profile83Id") REFERENCES "Product83"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment86" ADD CONSTRAINT "payment86_event15Id_fkey" FOREIGN KEY ("event15Id") REFERENCES "Event15"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review87" ADD CONSTRAINT "review87_review67Id_fkey" FOREIGN KEY ("review67Id") REFERENCES "Review67"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket88" ADD CONSTRAINT "Ticket88_account40Id_fkey" FOREIGN KEY ("account40Id") REFERENCES "account40"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket88" ADD CONSTRAINT "Ticket88_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Ticket88"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project89" ADD CONSTRAINT "Project89_account0Id_fkey" FOREIGN KEY ("account0Id") REFERENCES "Account0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task90" ADD CONSTRAINT "Task90_shipment5Id_fkey" FOREIGN KEY ("shipment5Id") REFERENCES "Shipment5"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task90" ADD CONSTRAINT "Task90_profile88Id_fkey" FOREIGN KEY ("profile88Id") REFERENCES "Ticket88"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment91" ADD CONSTRAINT "Comment91_ticket48Id_fkey" FOREIGN KEY ("ticket48Id") REFERENCES "Ticket48"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team92" ADD CONSTRAINT "Team92_event15Id_fkey" FOREIGN KEY ("event15Id") REFERENCES "Event15"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member93" ADD CONSTRAINT "Member93_project89Id_fkey" FOREIGN KEY ("project89Id") REFERENCES "Project89"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document94" ADD CONSTRAINT "Document94_comment11Id_fkey" FOREIGN KEY ("comment11Id") REFERENCES "Comment11"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event95" ADD CONSTRAINT "Event95_comment91Id_fkey" FOREIGN KEY ("comment91Id") REFERENCES "Comment91"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event95" ADD CONSTRAINT "Event95_profile93Id_fkey" FOREIGN KEY ("profile93Id") REFERENCES "Member93"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session96" ADD CONSTRAINT "Session96_task70Id_fkey" FOREIGN KEY ("task70Id") REFERENCES "Task70"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device97" ADD CONSTRAINT "device97_product23Id_fkey" FOREIGN KEY ("product23Id") REFERENCES "Product23"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report98" ADD CONSTRAINT "Report98_order82Id_fkey" FOREIGN KEY ("order82Id") REFERENCES "Order82"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract99" ADD CONSTRAINT "Contract99_task50Id_fkey" FOREIGN KEY ("task50Id") REFERENCES "task50"("id") ON DELETE SET NULL ON UPDATE CASCADE;

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
ALTER TABLE "_M21_18" ADD CONSTRAINT "_M21_18_B_fkey" FOREIGN KEY ("B") REFERENCES "report18"("id") ON DELETE CASCADE ON UPDATE CASCADE;

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
ALTER TABLE "_M42_39" ADD CONSTRAINT "_M42_39_B_fkey" FOREIGN KEY ("B") REFERENCES "Order42"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M49_46" ADD CONSTRAINT "_M49_46_A_fkey" FOREIGN KEY ("A") REFERENCES "Payment46"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M49_46" ADD CONSTRAINT "_M49_46_B_fkey" FOREIGN KEY ("B") REFERENCES "Project49"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M56_53" ADD CONSTRAINT "_M56_53_A_fkey" FOREIGN KEY ("A") REFERENCES "member53"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M56_53" ADD CONSTRAINT "_M56_53_B_fkey" FOREIGN KEY ("B") REFERENCES "session56"("id") ON DELETE CASCADE ON UPDATE CASCADE;

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
ALTER TABLE "_M84_81" ADD CONSTRAINT "_M84_81_B_fkey" FOREIGN KEY ("B") REFERENCES "Invoice81"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M91_88" ADD CONSTRAINT "_M91_88_A_fkey" FOREIGN KEY ("A") REFERENCES "Comment91"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M91_88" ADD CONSTRAINT "_M91_88_B_fkey" FOREIGN KEY ("B") REFERENCES "Ticket88"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M98_95" ADD CONSTRAINT "_M98_95_A_fkey" FOREIGN KEY ("A") REFERENCES "Event95"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M98_95" ADD CONSTRAINT "_M98_95_B_fkey" FOREIGN KEY ("B") REFERENCES "Report98"("id") ON DELETE CASCADE ON UPDATE CASCADE;
