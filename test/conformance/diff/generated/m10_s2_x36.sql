-- AlterEnum
ALTER TYPE "Status0" ADD VALUE 'EXTRA2';

-- DropForeignKey
ALTER TABLE "Ticket8" DROP CONSTRAINT "Ticket8_account0Id_fkey";

-- DropIndex
DROP INDEX "Ticket8_account0Id_idx";

-- AlterTable
ALTER TABLE "Account0" ADD COLUMN     "link1Id" INTEGER;

-- AlterTable
ALTER TABLE "Ticket8" DROP COLUMN "account0Id";

-- CreateIndex
CREATE INDEX "Account0_link1Id_idx" ON "Account0"("link1Id");

-- AddForeignKey
ALTER TABLE "Account0" ADD CONSTRAINT "Account0_link1Id_fkey" FOREIGN KEY ("link1Id") REFERENCES "Ticket8"("id") ON DELETE SET NULL ON UPDATE CASCADE;
