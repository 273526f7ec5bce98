-- DropIndex
DROP INDEX "comment51_createdAt_idx";

-- AlterTable
ALTER TABLE "Member33" ADD COLUMN     "link1Id" INTEGER;

-- CreateIndex
CREATE INDEX "order62_floatField3_createdAt_idx" ON "order62"("floatField3", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Member33" ADD CONSTRAINT "Member33_link1Id_fkey" FOREIGN KEY ("link1Id") REFERENCES "Session96"("id") ON DELETE SET NULL ON UPDATE CASCADE;
