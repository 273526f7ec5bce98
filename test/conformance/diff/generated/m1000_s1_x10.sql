-- AlterTable
ALTER TABLE "Customer124" ALTER COLUMN "decimalField3" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Payment826" ADD COLUMN     "addedField1" INTEGER NOT NULL DEFAULT 7;

-- CreateIndex
CREATE INDEX "Ticket428_decimalField1_createdAt_idx" ON "Ticket428"("decimalField1", "createdAt" DESC);
