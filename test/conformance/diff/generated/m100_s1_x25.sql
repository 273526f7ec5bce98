-- DropIndex
DROP INDEX "Account40_createdAt_idx";

-- AlterTable
ALTER TABLE "Customer24" ADD COLUMN     "link2Id" INTEGER;

-- AlterTable
ALTER TABLE "Account40" ADD COLUMN     "addedField1" TEXT;

-- CreateIndex
CREATE INDEX "Customer24_link2Id_idx" ON "Customer24"("link2Id");

-- AddForeignKey
ALTER TABLE "Customer24" ADD CONSTRAINT "Customer24_link2Id_fkey" FOREIGN KEY ("link2Id") REFERENCES "Payment6"("id") ON DELETE SET NULL ON UPDATE CASCADE;
