-- AlterTable
ALTER TABLE "Ticket8" ALTER COLUMN "intField2" SET DATA TYPE TEXT[];

-- CreateIndex
CREATE INDEX "Project9_booleanField0_idx" ON "Project9"("booleanField0");
