-- DropIndex
DROP INDEX "Ticket8_payment6Id_idx";

-- AlterTable
ALTER TABLE "Shipment5" ALTER COLUMN "stringField1" SET NOT NULL;
