-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Status7" ADD VALUE 'EXTRA1';
ALTER TYPE "Status7" ADD VALUE 'EXTRA2';

-- AlterTable
ALTER TABLE "customer604" DROP COLUMN "stringField5";

-- AlterTable
ALTER TABLE "Contract999" ALTER COLUMN "intField2" SET DATA TYPE BIGINT;
