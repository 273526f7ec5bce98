-- AlterTable
ALTER TABLE "Device37" ALTER COLUMN "intField2" SET DATA TYPE BIGINT;

-- CreateIndex
CREATE INDEX "Event15_stringField4_createdAt_idx" ON "Event15"("stringField4", "createdAt" DESC);
