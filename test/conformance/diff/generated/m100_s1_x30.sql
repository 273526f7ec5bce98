-- AlterTable
ALTER TABLE "Shipment85" ADD COLUMN     "addedField1" DECIMAL(8,3);

-- AlterTable
ALTER TABLE "team92" DROP COLUMN "stringField5";
