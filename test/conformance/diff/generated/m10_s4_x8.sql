-- AlterTable
ALTER TABLE "account0" ADD COLUMN     "link1Id" INTEGER;

-- AlterTable
ALTER TABLE "Shipment5" ALTER COLUMN "floatField2" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "account0" ADD CONSTRAINT "account0_link1Id_fkey" FOREIGN KEY ("link1Id") REFERENCES "product3"("id") ON DELETE SET NULL ON UPDATE CASCADE;
