-- AlterTable
ALTER TABLE "account0" ADD COLUMN     "link1Id" INTEGER;

-- AlterTable
ALTER TABLE "Shipment5" DROP COLUMN "datetimeField0",
ADD COLUMN     "datetimefield0_col" TIMESTAMPTZ(6);

-- AlterTable
ALTER TABLE "Review7" ADD COLUMN     "addedField2" INTEGER NOT NULL DEFAULT 7;

-- CreateIndex
CREATE INDEX "account0_link1Id_idx" ON "account0"("link1Id");

-- AddForeignKey
ALTER TABLE "account0" ADD CONSTRAINT "account0_link1Id_fkey" FOREIGN KEY ("link1Id") REFERENCES "Project9"("id") ON DELETE SET NULL ON UPDATE CASCADE;
