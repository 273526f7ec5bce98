-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "base";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "transactional";

-- CreateEnum
CREATE TYPE "base"."attribute" AS ENUM ('RED', 'GREEN', 'BLUE');

-- CreateEnum
CREATE TYPE "transactional"."attribute" AS ENUM ('SMALL', 'MEDIUM', 'LARGE', 'VENTI');

-- DropForeignKey
ALTER TABLE "Test4" DROP CONSTRAINT "Test4_id_fkey";

-- DropTable
DROP TABLE "users"."Test";

-- DropTable
DROP TABLE "Test2";

-- DropTable
DROP TABLE "security"."Test3";

-- DropTable
DROP TABLE "Test4";

-- DropTable
DROP TABLE "security"."Test5";

-- DropEnum
DROP TYPE "users"."UserType";
