-- AlterTable
ALTER TABLE "Product23" ALTER COLUMN "datetimeField1" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Session96" ADD COLUMN     "link1Id" INTEGER;

-- AddForeignKey
ALTER TABLE "Session96" ADD CONSTRAINT "Session96_link1Id_fkey" FOREIGN KEY ("link1Id") REFERENCES "Ticket28"("id") ON DELETE SET NULL ON UPDATE CASCADE;
