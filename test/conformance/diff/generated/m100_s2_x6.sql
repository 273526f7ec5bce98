-- AlterEnum
ALTER TYPE "Status6" ADD VALUE 'EXTRA1';

-- DropIndex
DROP INDEX "Ticket8_account0Id_idx";

-- DropIndex
DROP INDEX "member73_project29Id_idx";

-- AlterTable
ALTER TABLE "Invoice61" ADD COLUMN     "link2Id" INTEGER;

-- AddForeignKey
ALTER TABLE "Invoice61" ADD CONSTRAINT "Invoice61_link2Id_fkey" FOREIGN KEY ("link2Id") REFERENCES "Invoice1"("id") ON DELETE SET NULL ON UPDATE CASCADE;
