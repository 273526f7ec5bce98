-- DropIndex
DROP INDEX "Account0_code_createdAt_key";

-- AlterTable
ALTER TABLE "Order2" ALTER COLUMN "booleanField2" SET DATA TYPE TEXT;

-- AlterTable
ALTER TABLE "Project9" ADD COLUMN     "link1Id" INTEGER;

-- AddForeignKey
ALTER TABLE "Project9" ADD CONSTRAINT "Project9_link1Id_fkey" FOREIGN KEY ("link1Id") REFERENCES "Review7"("id") ON DELETE SET NULL ON UPDATE CASCADE;
