-- AlterTable
ALTER TABLE "account0" ALTER COLUMN "datetimeField3" SET DATA TYPE TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Shipment5" ADD COLUMN     "link1Id" INTEGER;

-- CreateIndex
CREATE INDEX "order2_intField1_idx" ON "order2"("intField1");

-- CreateIndex
CREATE INDEX "Shipment5_link1Id_idx" ON "Shipment5"("link1Id");

-- AddForeignKey
ALTER TABLE "Shipment5" ADD CONSTRAINT "Shipment5_link1Id_fkey" FOREIGN KEY ("link1Id") REFERENCES "Customer4"("id") ON DELETE SET NULL ON UPDATE CASCADE;
