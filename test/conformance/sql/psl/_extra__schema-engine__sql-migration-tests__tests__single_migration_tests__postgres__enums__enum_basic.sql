-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MyEnum" AS ENUM ('A', 'B');

-- CreateTable
CREATE TABLE "Test" (
    "id" TEXT NOT NULL,
    "enum" "MyEnum" NOT NULL,

    CONSTRAINT "Test_pkey" PRIMARY KEY ("id")
);
