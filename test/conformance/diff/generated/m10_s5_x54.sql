-- AlterTable
ALTER TABLE "Project9" DROP COLUMN "jsonField4",
ADD COLUMN     "jsonfield4_col" JSONB NOT NULL;

-- CreateIndex
CREATE INDEX "Shipment5_float_field_5_createdAt_idx" ON "Shipment5"("float_field_5", "createdAt" DESC);
