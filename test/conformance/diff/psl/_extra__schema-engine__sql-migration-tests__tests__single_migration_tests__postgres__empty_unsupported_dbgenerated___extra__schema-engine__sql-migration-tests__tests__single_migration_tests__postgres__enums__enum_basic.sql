-- CreateEnum
CREATE TYPE "MyEnum" AS ENUM ('A', 'B');

-- DropTable
DROP TABLE "table";

-- CreateTable
CREATE TABLE "Test" (
    "id" TEXT NOT NULL,
    "enum" "MyEnum" NOT NULL,

    CONSTRAINT "Test_pkey" PRIMARY KEY ("id")
);
