-- DropForeignKey
ALTER TABLE "Shipment85" DROP CONSTRAINT "Shipment85_comment71Id_fkey";

-- DropForeignKey
ALTER TABLE "Shipment85" DROP CONSTRAINT "Shipment85_profile83Id_fkey";

-- AlterTable
ALTER TABLE "Task70" ALTER COLUMN "string_field_2" SET NOT NULL;

-- AlterTable
ALTER TABLE "Document74" ALTER COLUMN "bigintField4" SET DATA TYPE DECIMAL(20,0);

-- DropTable
DROP TABLE "Shipment85";
