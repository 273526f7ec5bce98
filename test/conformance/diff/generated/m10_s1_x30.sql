-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Status0" ADD VALUE 'EXTRA2';
ALTER TYPE "Status0" ADD VALUE 'EXTRA3';

-- AlterTable
ALTER TABLE "Product3" ALTER COLUMN "jsonField1" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Shipment5" ADD COLUMN     "addedField1" TIMESTAMPTZ(3);
