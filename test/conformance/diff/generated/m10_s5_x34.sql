-- AlterEnum
ALTER TYPE "Status0" ADD VALUE 'EXTRA1';

-- AlterTable
ALTER TABLE "Invoice1" ADD COLUMN     "addedField3" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Project9" ADD COLUMN     "link2Id" INTEGER;

-- CreateIndex
CREATE INDEX "Project9_link2Id_idx" ON "Project9"("link2Id");

-- AddForeignKey
ALTER TABLE "Project9" ADD CONSTRAINT "Project9_link2Id_fkey" FOREIGN KEY ("link2Id") REFERENCES "ticket8"("id") ON DELETE SET NULL ON UPDATE CASCADE;
