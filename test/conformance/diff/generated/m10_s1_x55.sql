-- AlterTable
ALTER TABLE "project9" ADD COLUMN     "link1Id" INTEGER;

-- CreateIndex
CREATE INDEX "project9_link1Id_idx" ON "project9"("link1Id");

-- AddForeignKey
ALTER TABLE "project9" ADD CONSTRAINT "project9_link1Id_fkey" FOREIGN KEY ("link1Id") REFERENCES "Shipment5"("id") ON DELETE SET NULL ON UPDATE CASCADE;
