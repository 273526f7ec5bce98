-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Status0" ADD VALUE 'EXTRA2';
ALTER TYPE "Status0" ADD VALUE 'EXTRA3';

-- AlterTable
ALTER TABLE "Invoice1" ADD COLUMN     "link1Id" INTEGER;

-- AlterTable
ALTER TABLE "Customer4" ALTER COLUMN "json_field_4" SET DATA TYPE TEXT;

-- AddForeignKey
ALTER TABLE "Invoice1" ADD CONSTRAINT "Invoice1_link1Id_fkey" FOREIGN KEY ("link1Id") REFERENCES "Account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;
