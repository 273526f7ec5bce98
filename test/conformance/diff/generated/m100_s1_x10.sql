-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Status1" ADD VALUE 'EXTRA1';
ALTER TYPE "Status1" ADD VALUE 'EXTRA2';

-- CreateIndex
CREATE UNIQUE INDEX "task90_code_float_field_2_key" ON "task90"("code", "float_field_2");
