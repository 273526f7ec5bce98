-- AlterTable
ALTER TABLE "Review7" DROP COLUMN "bigintField1";

-- CreateIndex
CREATE INDEX "Invoice1_string_field_0_idx" ON "Invoice1"("string_field_0");
