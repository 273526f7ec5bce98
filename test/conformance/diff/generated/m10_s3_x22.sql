-- AlterTable
ALTER TABLE "Project9" ADD COLUMN     "link1Id" INTEGER;

-- CreateIndex
CREATE INDEX "Project9_link1Id_idx" ON "Project9"("link1Id");

-- AddForeignKey
ALTER TABLE "Project9" ADD CONSTRAINT "Project9_link1Id_fkey" FOREIGN KEY ("link1Id") REFERENCES "account0"("id") ON DELETE SET NULL ON UPDATE CASCADE;
