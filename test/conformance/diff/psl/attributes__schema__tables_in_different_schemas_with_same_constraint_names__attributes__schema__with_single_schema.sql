-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('English', 'Spanish');

-- DropForeignKey
ALTER TABLE "transactional"."some_table" DROP CONSTRAINT "some_table_authorId_fkey";

-- DropTable
DROP TABLE "base"."some_table";

-- DropTable
DROP TABLE "transactional"."some_table";

-- CreateTable
CREATE TABLE "Test" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Test_pkey" PRIMARY KEY ("id")
);
