-- AlterTable
ALTER TABLE "account0" ALTER COLUMN "floatField3" SET NOT NULL;

-- AlterTable
ALTER TABLE "Project9" ALTER COLUMN "string_field_1" SET DATA TYPE VARCHAR(100);

-- CreateIndex
CREATE INDEX "Order2_stringField0_idx" ON "Order2"("stringField0");
