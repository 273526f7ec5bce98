-- AlterTable
ALTER TABLE "contract39" ADD COLUMN     "addedField2" TEXT;

-- AlterTable
ALTER TABLE "customer184" ADD COLUMN     "link1Id" INTEGER;

-- AlterTable
ALTER TABLE "Account940" ADD COLUMN     "link3Id" INTEGER;

-- CreateIndex
CREATE INDEX "customer184_link1Id_idx" ON "customer184"("link1Id");

-- CreateIndex
CREATE INDEX "Account940_link3Id_idx" ON "Account940"("link3Id");

-- AddForeignKey
ALTER TABLE "customer184" ADD CONSTRAINT "customer184_link1Id_fkey" FOREIGN KEY ("link1Id") REFERENCES "Review327"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account940" ADD CONSTRAINT "Account940_link3Id_fkey" FOREIGN KEY ("link3Id") REFERENCES "Shipment745"("id") ON DELETE SET NULL ON UPDATE CASCADE;
