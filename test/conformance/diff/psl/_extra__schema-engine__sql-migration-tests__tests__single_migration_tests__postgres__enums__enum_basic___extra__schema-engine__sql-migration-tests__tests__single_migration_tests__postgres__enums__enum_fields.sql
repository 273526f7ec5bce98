-- CreateEnum
CREATE TYPE "Result" AS ENUM ('succeeded', 'failed');

-- CreateEnum
CREATE TYPE "Activity" AS ENUM ('DANCING', 'SLEEPING', 'READING');

-- CreateEnum
CREATE TYPE "Kind" AS ENUM ('info', 'warning', 'error');

-- DropTable
DROP TABLE "Test";

-- DropEnum
DROP TYPE "MyEnum";

-- CreateTable
CREATE TABLE "MyTable" (
    "id" INTEGER NOT NULL,
    "a" "Activity" NOT NULL DEFAULT 'SLEEPING',
    "k" "Kind" DEFAULT 'error',
    "r" "Result" NOT NULL DEFAULT 'succeeded',

    CONSTRAINT "MyTable_pkey" PRIMARY KEY ("id")
);
