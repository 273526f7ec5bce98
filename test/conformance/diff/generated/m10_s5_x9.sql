-- DropForeignKey
ALTER TABLE "Shipment5" DROP CONSTRAINT "Shipment5_invoice1Id_fkey";

-- DropForeignKey
ALTER TABLE "Shipment5" DROP CONSTRAINT "Shipment5_profile3Id_fkey";

-- DropTable
DROP TABLE "Shipment5";
