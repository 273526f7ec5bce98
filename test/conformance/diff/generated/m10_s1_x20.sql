-- AlterEnum
ALTER TYPE "Status0" ADD VALUE 'EXTRA1';

-- AlterTable
ALTER TABLE "Shipment5" ADD COLUMN     "link2Id" INTEGER,
ALTER COLUMN "intField2" SET DATA TYPE BIGINT[];

-- CreateIndex
CREATE INDEX "Shipment5_link2Id_idx" ON "Shipment5"("link2Id");

-- AddForeignKey
ALTER TABLE "Shipment5" ADD CONSTRAINT "Shipment5_link2Id_fkey" FOREIGN KEY ("link2Id") REFERENCES "payment6"("id") ON DELETE SET NULL ON UPDATE CASCADE;
